"""The sentence holding the very thing asked answers, not the story's sentence that echoes the
question's words: "what is the X's name" asks for a name (a sentence that "named" someone else only
echoes the word); "how did the council vote" is answered by the vote's tally ("voted 6-3"), not by
someone "stunned by the council's decision" (a passive's agent, no means); "how many years" is
counted by "a seven-year term" as by "7 years". Pinned on small made-up corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.complement import asked_completion, states_means
from retrieval.answer.question import analyze
from retrieval.answer.relation import counts
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

_GUILD = (
    "The Ostrava Weavers Guild on Monday named Pell Hardacre as its new treasurer, a month after the "
    "members removed founder Ines Quarry. "
    "Quarry has challenged the removal. "
    '"The members broke the guild charter," Quarry\'s solicitor, Bram Tolliver, said in a statement.'
)

_COUNCIL = (
    "The Fenwick town council voted 6-3 on Thursday night to close the Millbrook library, ending a "
    "seven-year campaign to keep it open. "
    "Librarian Aud Perrin said she was stunned by the council vote on the library. "
    "The building will be sold next spring."
)


def test_the_name_asked_after_a_possessive_is_no_topic_word() -> None:
    q = analyze("what is the founders solicitor's name", Tokenizer())
    assert q.kind == "person"
    assert "name" not in q.terms


def test_the_sentence_naming_the_solicitor_answers(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [{"id": "guild", "title": "Guild treasurer", "text": _GUILD}, *filler(12)])
    a = engine.ask("what is the founders solicitor's name")
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    assert "Bram Tolliver" in first_statement(a)


def test_a_passive_agent_is_no_means() -> None:
    assert not states_means("She said she was stunned by the council's decision.")
    assert states_means("The systems were restored by rebuilding the servers.")
    assert states_means("Engineers got in through a stolen password.")


@pytest.mark.parametrize(
    ("text", "means"),
    [
        # a passive's "by" and a thing: what it was done with, the means a "how" asks for
        ("The vote summary was sent by email to 70 members of staff.", True),
        ("The roof was damaged by fire, officials said.", True),
        # (any possessive may open the thing: "my" as well as "their")
        ("The records were sent by my email, she said.", True),
        # a person or a group, however the noun phrase opens: who did it
        ("The captain was warned by a harbour official on the day.", False),
        ("The road was blocked by armed police.", False),
        ("The servers were restored by engineers.", False),
    ],
)
def test_a_passive_by_and_a_thing_is_a_means_and_a_person_its_agent(text: str, means: bool) -> None:
    assert states_means(text) is means


def test_the_verb_before_a_figure_tells_how_it_went() -> None:
    tok = Tokenizer()
    completes = asked_completion(analyze("how did the council vote on the library", tok), tok)
    assert completes is not None
    assert completes("The town council voted 6-3 on Thursday night to close the library.")
    assert not completes("The town council will vote on the library in 2027.")


def test_how_did_the_council_vote_is_answered_by_the_tally(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [{"id": "lib", "title": "Library to close", "text": _COUNCIL}, *filler(12)])
    a = engine.ask("how did the council vote on the library")
    assert not a.abstained, a.answer
    assert "voted 6-3" in first_statement(a)


def test_a_spelled_number_joined_to_its_unit_counts_it() -> None:
    tok = Tokenizer()
    q = analyze("how many years did the residents campaign", tok)
    assert counts(q, "It ended a seven-year campaign to save it.", tok)
    assert counts(q, "It ended a 7-year campaign to save it.", tok)
    assert not counts(q, "It ended a campaign by seven residents on a two-way street.", tok)


def test_how_many_years_is_answered_by_a_spelled_span(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [{"id": "lib", "title": "Library to close", "text": _COUNCIL}, *filler(12)])
    a = engine.ask("how many years did residents campaign for the library")
    assert not a.abstained, a.answer
    assert "seven-year" in first_statement(a)
