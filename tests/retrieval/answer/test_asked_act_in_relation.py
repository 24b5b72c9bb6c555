""" "Where was the stolen painting found?" asks about finding, not stealing: the question's act is the
verb its clause closes on, a participle before a noun ("stolen painting") only describes the noun; "Who
found the ballot box?" asks the doer of the verb right after "who". A "who"/"where" answer then leads with
a sentence writing that act with the asked slot beside it (the finder; a place after "found in"), not one
that only repeats the topic ("The stolen painting was insured ...", "... said a ballot box was found in a
cupboard")."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.question import analyze
from retrieval.answer.scoring import asked_act_forms
from retrieval.answer.types import reason_act
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

BALLOT = (
    "Council leader Tom Reyes said a ballot box was found in a cupboard at the town hall in Marrow. "
    "The box held some 300 uncounted votes from the May election. "
    "A cleaner, Petra Vang, found the box while clearing out old files."
)
PAINTING = (
    "The stolen painting was insured for two million pounds, the gallery said. "
    "The painting, a portrait by Elsa Brun, was taken from the Harwick gallery in March. "
    "Police said the painting was found in a garage in Dunmore on Sunday."
)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    docs = [
        {"id": "ballot", "title": "Lost ballot box turns up", "text": BALLOT},
        {"id": "painting", "title": "Stolen portrait recovered", "text": PAINTING},
        *filler(12),
    ]
    return engine_of(tmp_path, docs)


def test_the_act_is_the_clause_verb_not_a_modifier() -> None:
    tok = Tokenizer()
    q = analyze("Where was the stolen painting found?", tok)
    assert q.term_words.get(reason_act(q)) == "found"
    assert asked_act_forms(analyze("Who found the ballot box?", tok))


def test_where_leads_with_the_place_of_the_act(engine: Engine) -> None:
    a = engine.ask("Where was the stolen painting found?")
    assert not a.abstained
    assert "garage in Dunmore" in first_statement(a)
    assert "insured" not in first_statement(a)
    assert_verbatim(engine, a)


def test_who_leads_with_the_doer_of_the_act(engine: Engine) -> None:
    a = engine.ask("Who found the ballot box?")
    assert not a.abstained
    assert "Petra Vang" in first_statement(a)
    assert "Tom Reyes" not in first_statement(a)
    assert_verbatim(engine, a)
