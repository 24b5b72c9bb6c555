"""A noun for a person written before a role ("the deputy governor", "the assistant coach") names
another role than the one after it: a coverage that never writes it tells of the governor, not of
a deputy, and is declined, not answered with the governor's sentence. The role itself still
answers."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler

STORY = (
    "Governor Elin Sorvik closed the port of Vardholm on Tuesday as a storm approached. "
    "Elin Sorvik said fishing boats would stay tied up until Thursday."
)


def _engine(tmp_path: Path) -> Engine:
    return engine_of(tmp_path, [{"id": "a1", "title": "Vardholm port shut", "text": STORY}, *filler(12)])


def test_a_deputy_the_coverage_never_mentions_is_declined(tmp_path: Path) -> None:
    a = _engine(tmp_path).ask("who is the deputy governor")
    assert a.abstained, a.answer


def test_the_role_itself_answers(tmp_path: Path) -> None:
    a = _engine(tmp_path).ask("who is the governor")
    assert not a.abstained, a.answer
    assert "Elin Sorvik" in a.answer
