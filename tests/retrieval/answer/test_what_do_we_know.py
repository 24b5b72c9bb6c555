""" "What do we know about X" asks for what the coverage says of X: "know" is how it asks, not a word
to find (a quotation "We know people are frustrated ..." says nothing of X's facts)."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of, filler, first_statement

_DOCS = [
    {
        "id": "flood-road",
        "title": "Flooding closes river road in lower town",
        "text": "Flooding closed the river road on Monday after two days of heavy rain. "
        "Crews pumped water from 40 homes in the lower town, the fire service said.",
    },
    {
        "id": "flood-mayor",
        "title": "Mayor promises review of drains",
        "text": "The mayor promised a review of the town's drains. "
        '"We know people are frustrated and we know the flooding has cost them," she said.',
    },
]


def test_know_is_how_the_question_asks(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [*_DOCS, *filler(12)])
    a = engine.ask("What do we know about the flooding?")
    assert not a.abstained
    assert "We know" not in first_statement(a)
    assert a.citations[0].doc_id == "flood-road"
