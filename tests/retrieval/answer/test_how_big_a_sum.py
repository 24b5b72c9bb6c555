""" "How big a fine did the regulator impose" asks for a sum, as "how big was the fine" does: a sentence
whose only figure counts days ("opened an investigation two days later") gives no fine, and the bot
declines; a story giving the fine answers with it."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of, filler, first_statement

QUESTION = "how big a fine did the rail regulator impose on Brenmoor"
OPENED = (
    "The rail regulator said Brenmoor Trains had run late for a decade. "
    "The regulator opened a formal investigation into Brenmoor two days later."
)
FINED = (
    "The rail regulator said Brenmoor Trains had run late for a decade. "
    "The regulator imposed a fine of £2.4 million on Brenmoor on Tuesday."
)


def test_a_figure_of_something_else_gives_no_sum(tmp_path: Path) -> None:
    docs = [{"id": "a1", "title": "Regulator acts on Brenmoor", "text": OPENED}, *filler(12)]
    a = engine_of(tmp_path, docs).ask(QUESTION)
    assert a.abstained, a.answer


def test_the_sum_imposed_answers(tmp_path: Path) -> None:
    docs = [{"id": "a1", "title": "Regulator acts on Brenmoor", "text": FINED}, *filler(12)]
    a = engine_of(tmp_path, docs).ask(QUESTION)
    assert not a.abstained, a.answer
    assert "£2.4 million" in first_statement(a)
