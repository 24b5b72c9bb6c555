"""Declining a "who VERB ..." whose act the coverage says in no form, derived form or synonym ("who will
replace the harbourmaster" over a story of calls for her to resign): a sentence holding the question's
other words names someone who did something else. Its twin, whose coverage says the act, is answered."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import answer_from, first_statement

_CALLS = (
    "Councillor Edwin Marsh called on harbourmaster Greta Lund to resign on Tuesday after a dredger "
    "ran aground in the Velby channel. "
    "Lund said she would stay in post until the inquiry into the grounding reported. "
    "The Velby Harbour Trust runs the port's moorings and pilot boats."
)


def _doc(text: str) -> dict[str, str]:
    return {"id": "velby-port", "title": "Velby harbourmaster urged to quit", "text": text}


def test_an_act_never_written_is_not_answered_by_another_act(tmp_path: Path) -> None:
    for question in ("Who will replace Greta Lund as harbourmaster?", "Who manages the Velby Harbour Trust?"):
        a = answer_from(tmp_path / question[:9], _doc(_CALLS), question)
        assert a.abstained, a.answer


def test_the_act_written_names_its_doer(tmp_path: Path) -> None:
    said = _doc(
        _CALLS + " The trust said deputy harbourmaster Ansel Brink would replace Lund from Monday. "
        "Ansel Brink's sister Mona Brink manages the Velby Harbour Trust's pilot boats."
    )
    for question, name in (
        ("Who will replace Greta Lund as harbourmaster?", "Ansel Brink"),
        ("Who manages the Velby Harbour Trust?", "Mona Brink"),
    ):
        a = answer_from(tmp_path / question[:9], said, question)
        assert not a.abstained, a.answer
        assert name in first_statement(a), a.answer
