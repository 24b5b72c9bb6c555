"""A "when" answered by a weekday: "was charged with fraud on Tuesday" in an article of unknown date
places nothing (which Tuesday?), so a dated article's sentence whose weekday dates the asked act itself
("Prosecutors charged ... with fraud on Tuesday", its citation showing the day) leads it. A dated
article's weekday of another event ("met on Tuesday, a day after ... was charged") or its date of the
act to come ("is expected to be charged ... by the end of the month") does not, and when both articles
are dated nothing changes. Pinned on a small made-up corpus."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler, first_statement

_WIRE = (
    "Harbour master Ivo Kamp was charged with fraud on Tuesday, his lawyer confirmed. "
    "The port authority has suspended him on full pay."
)
_ACT_DATED = (
    "The port of Veldhaven has been run by an acting director for a year. "
    "Prosecutors charged harbour master Ivo Kamp with fraud on Tuesday over payments to a dredging firm. "
    "He denies wrongdoing."
)
_OTHER_DATED = (
    "The port of Veldhaven has been run by an acting director for a year. "
    "The port board met on Tuesday, a day after harbour master Ivo Kamp was charged with fraud. "
    "He denies wrongdoing."
)


_PLANNED_DATED = (
    "The port of Veldhaven has been run by an acting director for a year. "
    "Harbour master Ivo Kamp is expected to be charged with fraud by the end of the month, prosecutors said. "
    "He denies wrongdoing."
)


def _port(root: Path, ledger: str, wire_published: str | None = None) -> Engine:
    wire = {"id": "wire", "title": "Harbour master charged", "text": _WIRE}
    if wire_published:
        wire["published"] = wire_published
    dated = {"id": "ledger", "title": "Kamp charged", "text": ledger, "published": "2026-05-07"}
    return engine_of(root, [wire, dated, *filler(10)])


def test_a_dated_articles_weekday_of_the_asked_act_leads_an_undated_one(tmp_path: Path) -> None:
    a = _port(tmp_path, _ACT_DATED).ask("When was the harbour master charged?")
    assert not a.abstained, a.answer
    assert "Prosecutors charged" in first_statement(a), a.answer
    assert a.citations[0].doc_id == "ledger", a.citations


def test_a_dated_articles_weekday_of_another_event_does_not(tmp_path: Path) -> None:
    a = _port(tmp_path, _OTHER_DATED).ask("When was the harbour master charged?")
    assert not a.abstained, a.answer
    assert "board met" not in first_statement(a), a.answer


def test_a_dated_articles_planned_date_does_not(tmp_path: Path) -> None:
    a = _port(tmp_path, _PLANNED_DATED).ask("When was the harbour master charged?")
    assert not a.abstained, a.answer
    assert "expected to be charged" not in first_statement(a), a.answer


def test_both_dated_nothing_changes(tmp_path: Path) -> None:
    a = _port(tmp_path, _ACT_DATED, wire_published="2026-05-06").ask("When was the harbour master charged?")
    assert not a.abstained, a.answer
    assert "his lawyer confirmed" in first_statement(a), a.answer


def test_a_weekday_of_a_clause_joined_by_and_does_not(tmp_path: Path) -> None:
    # "and a judge on Tuesday refused him bail": a new subject after "and", its verb after the day; the
    # Tuesday is the refusal's, not the charging's
    other = (
        "The port of Veldhaven has been run by an acting director for a year. "
        "Prosecutors charged harbour master Ivo Kamp with fraud and a judge on Tuesday refused him bail. "
        "He denies wrongdoing."
    )
    a = _port(tmp_path, other).ask("When was the harbour master charged?")
    assert not a.abstained, a.answer
    assert "refused him bail" not in first_statement(a), a.answer


def test_a_weekday_after_a_joined_object_still_dates_the_act(tmp_path: Path) -> None:
    # "charged Kamp and his deputy Lena Voss ... on Tuesday": a name after "and" with no verb after the
    # day is the act's second object, one clause
    joined = (
        "The port of Veldhaven has been run by an acting director for a year. "
        "Prosecutors charged harbour master Ivo Kamp and his deputy Lena Voss with fraud on Tuesday. "
        "He denies wrongdoing."
    )
    a = _port(tmp_path, joined).ask("When was the harbour master charged?")
    assert not a.abstained, a.answer
    assert a.citations[0].doc_id == "ledger", a.citations
