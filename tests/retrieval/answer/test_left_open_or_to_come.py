"""A question the coverage leaves open or tells only as to come is declined; the act told answers.

"Will Lund be dismissed?" is not answered by "The rector declined to say whether he would be dismissed"
(an open question, neither yes nor no), and "How did the council vote on the harbour levy?" is not
answered by "The council will vote next week on the levy" (no vote yet). A whether put to someone and
answered ("Asked whether he would resign, Lund said no") and the vote itself answer. Pinned on made-up
twin corpora."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler, first_statement

_OPEN = (
    "Professor Anton Lund was suspended by Brightwell University on Monday after a panel found he had "
    "copied parts of three grant applications. "
    "The rector, Mira Solberg, declined to say whether he would be dismissed."
)
_DISMISSED = "Brightwell University dismissed Professor Anton Lund on Thursday, the rector said."
_ASKED = "Asked by a reporter whether he would resign, Lund said no."
_TO_COME = (
    "The Ostmark town council will vote next week on a proposed harbour levy of two crowns a ton. "
    "Fishing crews oppose the levy."
)
_VOTED = "The Ostmark town council voted 9-4 on Tuesday to approve the harbour levy."


def _engine(tmp_path: Path, *texts: str) -> Engine:
    """The coverage of the given stories, among filler articles."""
    docs = [
        {"id": f"s{i}", "title": f"Story {i}", "published": f"2026-05-{i + 4:02d}", "text": t}
        for i, t in enumerate(texts)
    ]
    docs += [{**d, "published": f"2026-04-{i + 1:02d}"} for i, d in enumerate(filler(12))]
    return engine_of(tmp_path, docs)


def test_a_question_left_open_declines(tmp_path: Path) -> None:
    a = _engine(tmp_path, _OPEN).ask("Will Lund be dismissed?")
    assert a.abstained, a.answer


def test_the_dismissal_answers(tmp_path: Path) -> None:
    a = _engine(tmp_path, _OPEN, _DISMISSED).ask("Will Lund be dismissed?")
    assert not a.abstained, a.answer
    assert "dismissed Professor Anton Lund" in first_statement(a)


def test_a_whether_put_and_answered_answers(tmp_path: Path) -> None:
    a = _engine(tmp_path, _OPEN, _ASKED).ask("Did Lund resign?")
    assert not a.abstained, a.answer
    assert "Lund said no" in first_statement(a)


def test_a_vote_to_come_declines(tmp_path: Path) -> None:
    a = _engine(tmp_path, _TO_COME).ask("How did the council vote on the harbour levy?")
    assert a.abstained, a.answer


def test_the_vote_answers(tmp_path: Path) -> None:
    a = _engine(tmp_path, _TO_COME, _VOTED).ask("How did the council vote on the harbour levy?")
    assert not a.abstained, a.answer
    assert "voted 9-4" in first_statement(a)
