"""A verb the question writes with a particle that WordNet knows together as a verb of its own ("chip
in", "give up") is bridged by that verb's words ("contribute", "quit"), which neither word says alone,
where the coverage writes them beside the question's other words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

POOL = {
    "id": "pool",
    "title": "Lido pool to reopen in spring",
    "text": "The Varnby lido will reopen in April after a two-year refit, the parks board said.\n\n"
    "A local swimming club raised 80,000 euros from its members.\n\n"
    "Under the new plan the county council will contribute 1.2 million euros toward the lido's filters.\n\n"
    "The board expects about 900 swimmers on a summer day.",
}
ROOF = {
    "id": "roof",
    "title": "Lido roof bill",
    "text": "The county council spent 300,000 euros on the Varnby lido's roof in 2019, its budget office "
    "said on Monday.\n\nThe roof had leaked for a decade.",
}


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("pool"), [POOL, ROOF, *filler(12)])


def test_a_phrasal_verb_is_bridged_by_its_own_synonyms(pool: Engine) -> None:
    a = pool.ask("how much is the county council chipping in for the lido")
    assert not a.abstained, a.answer
    assert a.answer.split("[1]")[0].count("euros") == 1  # one statement, the contribution
    assert "1.2 million euros" in a.answer.split("[1]")[0]
    assert_verbatim(pool, a)


FERRY = {
    "id": "ferry",
    "title": "Island ferries laid up for repairs",
    "text": "Both Skerrow island ferries were taken out of service on Monday after a hull inspection.\n\n"
    "The ferries will return to the Skerrow crossing on June 2, the operator said.\n\n"
    "Islanders have been going back and forth in a chartered fishing boat in the meantime.\n\n"
    "The operator said the repair bill could come to 90,000 pounds.",
}


#: other ferries' news: "ferries" is a common word of the coverage, which alone decides little
HARBOURS = [
    {
        "id": f"harbour{i}",
        "title": f"Harbour news {i}",
        "text": f"Ferries at harbour {i} carried {1000 + i} passengers last month.\n\n"
        f"The harbour {i} ferries were repainted in March.",
    }
    for i in range(6)
]


def test_a_particle_the_question_asks_with_is_said_by_the_phrasal_verb(tmp_path: Path) -> None:
    """ "come back" is "return": the sentence writes neither "come" nor "back"."""
    engine = engine_of(tmp_path, [FERRY, *HARBOURS, *filler(12)])
    a = engine.ask("when do the ferries come back")
    assert not a.abstained, a.answer
    assert "June 2" in a.answer
    assert_verbatim(engine, a)


def test_particle_prefilter_holds_for_every_match() -> None:
    """``_writes_particle_after`` spares compiling a pattern of the word: it must hold wherever that
    pattern finds the word before a particle (over runs of any whitespace, tabs and no-break spaces
    too), so that passing it over never loses a phrasal verb."""
    from retrieval.answer.select import _PARTICLES, _writes_particle_after

    texts = [
        "who gave up the lease",
        "who gave  up",
        "what did the board\u00a0hand\tover to the trust",
        "did the fund run out of cash",
        "when did the crew set off",
        "was the plan given upon review",
        "who turned it in2 days",
        "what came back",
        "what happened in the town",
        "upbeat words about the deal",
        "",
    ]
    for text in texts:
        for word in {*text.split(), "gave", "set", "run", "x", "up", "in"}:
            found = [
                m for m in re.finditer(rf"\b{re.escape(word)}\s+([a-z]+)\b", text) if m.group(1) in _PARTICLES
            ]
            if found:
                assert _writes_particle_after(word, text), (word, text)
    assert not _writes_particle_after("gave", "who gave the lease up")


CLUB = {
    "id": "club",
    "title": "Rowing club ousts its treasurer",
    "published": "2026-03-04",
    "text": "Members of the Tarnby rowing club ousted treasurer Wim Sollers at a meeting on 2 March, "
    "the club secretary said.\n\n"
    "Sollers had kept the club's accounts for eleven years.\n\n"
    "The club will elect a new treasurer in April.",
}


def test_a_particle_its_object_separates_from_the_verb_makes_the_phrasal_verb(tmp_path: Path) -> None:
    """ "kick Sollers out" is "kick out", which is "oust": the particle ends the question, after the
    verb's object, where English writes it; "kick" alone ("strike with the foot") says nothing here."""
    engine = engine_of(tmp_path, [CLUB, *filler(12)])
    a = engine.ask("when did the members kick sollers out")
    assert not a.abstained, a.answer
    assert "2 March" in a.answer
    assert_verbatim(engine, a)


def test_a_separated_particle_is_read_only_at_the_end() -> None:
    """A particle later in the question is a preposition of another phrase ("kick ... into the goal"),
    not the verb's."""
    from retrieval.answer.select import _phrasal_verbs, wordnet

    wn = wordnet()
    assert wn is not None
    assert ("kick_out", "out") in _phrasal_verbs("kick", "when did they kick him out?", wn)
    assert not _phrasal_verbs("kick", "did he kick the ball out of the park", wn)


GUILD = {
    "id": "guild",
    "title": "Weavers' guild changes hands",
    "published": "2026-05-11",
    "text": "Ottilie Brannock resigned as chair of the Fenwick weavers' guild on Saturday, the guild "
    "said.\n\n"
    "Members will choose her successor at the autumn meeting.\n\n"
    "The tram stop outside the guild hall closes for works in June.",
}


def test_a_phrasal_verb_wins_over_an_unconfirmed_correction(tmp_path: Path) -> None:
    """ "step down" is "resign": "step", a word the coverage lacks, is one letter from its "stop", which
    no sentence writes beside the question's other words; that correction is no reading of the question
    and must not hide the phrasal verb's words."""
    engine = engine_of(tmp_path, [GUILD, *filler(12)])
    a = engine.ask("did brannock step down as chair")
    assert not a.abstained, a.answer
    assert "resigned" in a.answer.split("[1]")[0]
    assert_verbatim(engine, a)


BARGE = {
    "id": "barge",
    "title": "Canal barges halted by low water",
    "published": "2026-08-20",
    "text": "Cargo barges on the Ostmere canal stopped running on Tuesday when the water fell too low.\n\n"
    "After two days of rain, barge traffic on the canal resumed on Friday morning, the canal trust said.\n\n"
    "The trust plans to dredge the canal in the winter.",
}


def test_a_verb_done_again_is_said_by_its_re_verb(tmp_path: Path) -> None:
    """ "start again" is "restart", whose synonym "resume" the coverage writes, and which neither "start"
    nor "again" says."""
    engine = engine_of(tmp_path, [BARGE, *filler(12)])
    a = engine.ask("did the barges start again")
    assert not a.abstained, a.answer
    assert "resumed" in a.answer.split("[1]")[0]
    assert_verbatim(engine, a)


FOOTBRIDGE = {
    "id": "footbridge",
    "title": "Harlow footbridge collapse",
    "published": "2026-04-02",
    "text": "A footbridge over the Tarn canal in Harlow collapsed on Tuesday, injuring four walkers.\n\n"
    "The Rail and Road Safety Board is investigating the collapse, a spokeswoman said.\n\n"
    "The council said the bridge had been inspected in January.",
}


def test_a_verb_with_into_is_bridged_by_the_phrasal_verb(tmp_path: Path) -> None:
    # "look into" is WordNet's "investigate", which neither "look" nor "into" says alone
    engine = engine_of(tmp_path, [FOOTBRIDGE, *filler(12)])
    a = engine.ask("who is looking into the collapse")
    assert not a.abstained, a.answer
    assert "Safety Board is investigating" in a.answer.split("[1]")[0]
    assert_verbatim(engine, a)
