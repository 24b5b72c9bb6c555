"""A question asking how a changing fact stands now ("so far", "still", "now") is answered by its newest
statement: a later article's count supersedes an earlier one's, however closer the earlier one's words
are to the question. A time adverb closing "how many X now" is not what is counted."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.question import analyze
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

EARLY = (
    "Harwick General Hospital has now admitted 12 patients with the mystery fever, hospital officials said. "
    "Doctors at Harwick General are testing the town's well water."
)
LATER = (
    "The fever outbreak in Harwick keeps growing. "
    "Officials said 31 patients have been admitted to Harwick General since the first cases."
)


def _engine(tmp_path: Path) -> Engine:
    docs = [
        {"id": "early", "title": "Harwick ward fills", "published": "2026-03-01", "text": EARLY},
        {"id": "later", "title": "Harwick fever spreads", "published": "2026-03-09", "text": LATER},
    ]
    for i, doc in enumerate(filler(12)):
        docs.append({**doc, "published": f"2026-02-{i + 1:02d}"})
    return engine_of(tmp_path, docs)


@pytest.mark.parametrize(
    "question",
    ["how many patients has harwick general admitted so far", "how many admitted to harwick general now"],
)
def test_the_newest_statement_of_a_count_answers_how_it_stands(tmp_path: Path, question: str) -> None:
    engine = _engine(tmp_path)
    a = engine.ask(question)
    assert not a.abstained
    assert_verbatim(engine, a)
    assert "31 patients" in first_statement(a)


@pytest.mark.parametrize("question", ["how many admitted to harwick general now", "how many evacuated still"])
def test_a_closing_time_adverb_is_not_what_is_counted(question: str) -> None:
    counted = analyze(question, Tokenizer()).counted
    assert counted not in Tokenizer().term_set("now still")
