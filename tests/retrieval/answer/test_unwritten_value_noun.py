"""A "what is X's N" whose N the coverage never writes ("what is Tarnwick Power's stock ticker") is not
answered by a sentence holding X beside other names ("households in Elsby sued Tarnwick Power"): a name
beside X is some other thing of X's, not its N, and the bot declines. The twin writing N ("trades under
the ticker TWP") is answered."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler

LEAD = "Forty households in Elsby sued Tarnwick Power on Friday, saying its line started the Marrow Fire. "
QUESTION = "What is Tarnwick Power's stock ticker?"


def _engine(tmp_path: Path, text: str) -> Engine:
    return engine_of(
        tmp_path, [{"id": "a1", "title": "Families sue utility over fire", "text": LEAD + text}, *filler(12)]
    )


def test_the_value_of_a_noun_the_coverage_never_writes_is_declined(tmp_path: Path) -> None:
    a = _engine(tmp_path, "The utility said it would defend itself in court.").ask(QUESTION)
    assert a.abstained, a.answer


def test_the_value_of_a_noun_the_coverage_writes_is_answered(tmp_path: Path) -> None:
    text = "Tarnwick Power, whose stock trades under the ticker TWP, fell 9 percent on Friday."
    a = _engine(tmp_path, text).ask(QUESTION)
    assert not a.abstained, a.answer
    assert "TWP" in a.answer.split("[1]")[0]
