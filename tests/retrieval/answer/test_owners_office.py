""" "Who is X's lawyer" is answered by the sentence naming someone in that office for X, not by an echo
that writes the office without naming anyone ("..., her lawyer confirmed"), nor by one naming the
office's holder for another owner ("Its lawyer, ... said", of the other campaign). A chat question's
possessive without its apostrophe ("who is keels lawyer") asks the same. Pinned on small made-up
corpora."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

_APPEAL = (
    "Sprinter Tessa Vool has appealed to the Court of Arbitration for Athletics against her four-year "
    "ban, her lawyer confirmed. "
    "The appeal will be heard in March."
)
_STATEMENT = (
    "Vool has always denied wrongdoing. "
    'In a statement issued through her lawyer, Ansel Grieve, the athlete said she had "never cheated". '
    "Her coach declined to comment."
)
_SUIT = (
    "The Keel campaign sued the county board of elections on Friday over 212 rejected ballots. "
    "The Brant campaign said it would ask to join the case. "
    'Its lawyer, Hugo Sallow, said the board had "followed the law to the letter." '
    "A hearing is set for Tuesday."
)
_HEARING = (
    "The judge heard arguments for three hours on Tuesday. "
    '"Every one of these ballots was cast in good faith by a registered voter," said Wren Adair, the '
    "attorney representing the Keel campaign. "
    "A ruling is expected next week."
)


def test_an_echo_naming_no_one_in_the_office_gives_way(tmp_path: Path) -> None:
    docs = [
        {"id": "appeal", "title": "Vool lodges appeal against ban", "text": _APPEAL},
        {"id": "statement", "title": "Vool denies doping", "text": _STATEMENT},
        *filler(12),
    ]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("who is vool's lawyer")
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    assert "Ansel Grieve" in first_statement(a)


def test_the_office_of_the_owner_asked_answers(tmp_path: Path) -> None:
    docs = [
        {"id": "suit", "title": "Keel campaign sues over rejected ballots", "text": _SUIT},
        {"id": "hearing", "title": "Judge hears ballot case", "text": _HEARING},
        *filler(12),
    ]
    engine = engine_of(tmp_path, docs)
    for question in ("who is keel's lawyer", "who is keels lawyer"):
        a = engine.ask(question)
        assert not a.abstained, a.answer
        assert "Wren Adair" in first_statement(a), question


_NAMED = (
    "The Ostrava Weavers Guild on Monday named Pell Hardacre, a retired accountant from Dunmore, as its "
    "permanent treasurer, three weeks after the members removed Ines Quarry. "
    "Hardacre will start in January."
)
_LIVE = (
    "We are following the fallout after the Ostrava Weavers Guild removed Ines Quarry as treasurer "
    "late last night. "
    "Members gathered outside the guild hall on Tuesday morning."
)


def test_the_one_named_as_the_role_is_named_in_it(tmp_path: Path) -> None:
    docs = [
        {"id": "named", "title": "Guild names permanent treasurer", "text": _NAMED},
        {"id": "live", "title": "Weavers guild fallout: live", "text": _LIVE},
        *filler(12),
    ]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("who is the new treasurer")
    assert not a.abstained, a.answer
    assert "Pell Hardacre" in first_statement(a)


_TRIAL = (
    "Defence lawyer Mara Quill said the government's case against Councillor Ivo Ostby rested on the word "
    "of one witness. "
    "Prosecutors called six witnesses in the first week of the Ostby trial."
)
_COURT = (
    "The jury was sworn in on Monday morning. "
    "The judge, Henrik Sols, told jurors the trial could last two weeks."
)


def test_an_echo_writing_no_one_in_the_role_gives_way(tmp_path: Path) -> None:
    docs = [
        {"id": "trial", "title": "Ostby case opens", "text": _TRIAL},
        {"id": "court", "title": "Ostby jury sworn in", "text": _COURT},
        *filler(12),
    ]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("who's the judge in the ostby case")
    assert not a.abstained, a.answer
    assert "Henrik Sols" in first_statement(a)


_FESTIVAL = (
    "The Tarvik summer festival cost the town $40,000, well below the figure arts officials had "
    "estimated, town finance director Ola Brun said. "
    "The festival drew 12,000 visitors."
)
_TICKETS = (
    "Ticket sales for the Tarvik festival doubled this year. "
    "Arts director Pim Sorell said the town would add a second stage next summer."
)


def test_a_holder_of_another_kind_of_the_role_gives_way(tmp_path: Path) -> None:
    docs = [
        {"id": "cost", "title": "Tarvik festival cost", "text": _FESTIVAL},
        {"id": "tickets", "title": "Festival sales double", "text": _TICKETS},
        *filler(12),
    ]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("who is the arts director in tarvik")
    assert not a.abstained, a.answer
    assert "Pim Sorell" in first_statement(a)
    a = engine.ask("who is the town finance director")
    assert "Ola Brun" in first_statement(a)


_CONCEDE = (
    "Marwick conceded the Tolhaven mayor's race on Monday. "
    "Marwick thanked his campaign manager, Tove Lind, and said he would not run for office again."
)
_COUNT = (
    "The Tolhaven recount ended on Saturday. "
    "Ondrey's campaign manager, Ansa Moro, said the campaign would wait for the certified result."
)


def test_a_pronoun_after_another_name_is_that_ones(tmp_path: Path) -> None:
    docs = [
        {"id": "concede", "title": "Marwick concedes to Ondrey", "text": _CONCEDE},
        {"id": "count", "title": "Tolhaven recount ends", "text": _COUNT},
        *filler(12),
    ]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("who is running ondreys campaign")
    assert not a.abstained, a.answer
    assert "Ansa Moro" in first_statement(a)


_BLAZE = (
    "A grass fire burned 400 acres east of Pell Crossing on Sunday. "
    "Fire Chief Holly Marren, who toured the burn scar with reporters, said the fire was 60 percent "
    "contained. "
    "Crews will stay overnight."
)
_INSURER = (
    "Harwick Mutual, the largest home insurer in the county, said it had received 300 claims. "
    "Its chief executive, Nils Tarrant, said the company expected its losses to be modest. "
    "Claims can be filed online."
)


def test_a_role_asked_by_its_kind_is_not_a_holder_of_another_kind(tmp_path: Path) -> None:
    # ("who is the fire chief": a chief executive is a chief of another kind, even where the sentence
    # naming the fire chief reads her first name, a noun, as what "Chief" describes)
    docs = [
        {"id": "blaze", "title": "Grass fire burns 400 acres near Pell Crossing", "text": _BLAZE},
        {"id": "insurer", "title": "Insurer counts fire claims", "text": _INSURER},
        *filler(12),
    ]
    engine = engine_of(tmp_path, docs)
    for question in ("who is the fire chief", "who is the fire cheif"):
        a = engine.ask(question)
        assert not a.abstained, a.answer
        assert_verbatim(engine, a)
        assert "Holly Marren" in first_statement(a), (question, a.answer)
