"""A "when" is answered by a day the reader can place. "pleaded guilty last month" in an article of
unknown date places nothing, so a statement of the reply writing the month ("pleaded guilty in
February") leads it; a weekday or "last month" of a dated article counts from its day (its citation
shows it), and keeps the lead. Pinned on a small made-up corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler, first_statement

_WIRE = (
    "Former harbour director Tessa Rowan pleaded guilty last month to a fraud charge and agreed to testify. "
    "The trial is expected to last three weeks."
)
_LEDGER = (
    "The chairman's lawyers said the case rested on one witness. "
    "She told the court she had carried envelopes of cash to the chairman's office for almost two years. "
    "Tessa Rowan, the port's former harbour director, pleaded guilty in February to one count of fraud and "
    "faces up to four years in prison."
)


def _court(root: Path, wire_published: str | None) -> Engine:
    wire = {"id": "wire", "title": "Harbour fraud trial opens", "text": _WIRE}
    if wire_published:
        wire["published"] = wire_published
    ledger = {"id": "ledger", "title": "Harbour director testifies", "text": _LEDGER}
    ledger["published"] = "2026-04-23"
    return engine_of(root, [wire, ledger, *filler(12)])


@pytest.mark.parametrize("question", ["When did Rowan plead guilty?", "When did Tessa Rowan plead guilty?"])
def test_a_month_written_leads_a_last_month_of_an_undated_article(tmp_path: Path, question: str) -> None:
    a = _court(tmp_path, None).ask(question)
    assert not a.abstained, a.answer
    assert "in February" in first_statement(a), a.answer


def test_last_month_of_a_dated_article_is_placed(tmp_path: Path) -> None:
    a = _court(tmp_path, "2026-03-02").ask("When did Rowan plead guilty?")
    assert not a.abstained, a.answer
    assert "last month" in first_statement(a), a.answer
