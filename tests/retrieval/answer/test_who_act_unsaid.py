"""Declining a "who VERB ..." whose act the coverage says in no form, derived form or synonym ("who will
replace the harbourmaster" over a story of calls for her to resign): a sentence holding the question's
other words names someone who did something else. Its twin, whose coverage says the act, is answered."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler

_CALLS = (
    "Councillor Edwin Marsh called on harbourmaster Greta Lund to resign on Tuesday after a dredger "
    "ran aground in the Velby channel. "
    "Lund said she would stay in post until the inquiry into the grounding reported. "
    "The Velby Harbour Trust runs the port's moorings and pilot boats."
)


def _story(text: str) -> list[dict[str, str]]:
    return [{"id": "velby-port", "title": "Velby harbourmaster urged to quit", "text": text}, *_filler(12)]


def test_an_act_never_written_is_not_answered_by_another_act(tmp_path: Path) -> None:
    engine = _engine(tmp_path, _story(_CALLS))
    a = engine.ask("Who will replace Greta Lund as harbourmaster?")
    assert a.abstained, a.answer
    a = engine.ask("Who manages the Velby Harbour Trust?")
    assert a.abstained, a.answer


def test_the_act_written_names_its_doer(tmp_path: Path) -> None:
    engine = _engine(
        tmp_path,
        _story(
            _CALLS + " The trust said deputy harbourmaster Ansel Brink would replace Lund from Monday. "
            "Ansel Brink's sister Mona Brink manages the Velby Harbour Trust's pilot boats."
        ),
    )
    a = engine.ask("Who will replace Greta Lund as harbourmaster?")
    assert not a.abstained, a.answer
    assert "Ansel Brink" in a.answer.split("[1]")[0], a.answer
    a = engine.ask("Who manages the Velby Harbour Trust?")
    assert not a.abstained, a.answer
    assert "Mona Brink" in a.answer.split("[1]")[0], a.answer
