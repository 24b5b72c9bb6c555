"""A "did X VERB" whose verb the coverage writes only as what someone is to do ("asked the tribunal to
suspend the order") declines: a request or a plan is no yes. When a sentence says it was done, that
answers. Pinned on made-up twin corpora."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler, first_statement

_ASKED = (
    "Lawyers for the Dunhollow Anglers Club asked the river tribunal to suspend the abstraction order "
    "while their challenge is heard. "
    "The club says the order will dry out three spawning pools."
)
_DONE = "The river tribunal suspended the abstraction order on Friday, pending a full hearing in June."
_QUESTION = "Did the river tribunal suspend the abstraction order?"


def _engine(tmp_path: Path, done: bool) -> Engine:
    """The coverage of the club's request, with the tribunal's ruling when ``done``."""
    docs = [{"id": "asked", "title": "Anglers go to tribunal", "published": "2026-05-04", "text": _ASKED}]
    if done:
        docs.append({"id": "done", "title": "Tribunal rules", "published": "2026-05-09", "text": _DONE})
    docs += [{**d, "published": f"2026-04-{i + 1:02d}"} for i, d in enumerate(filler(12))]
    return engine_of(tmp_path, docs)


def test_only_the_request_declines(tmp_path: Path) -> None:
    a = _engine(tmp_path, done=False).ask(_QUESTION)
    assert a.abstained, a.answer


def test_the_ruling_answers(tmp_path: Path) -> None:
    a = _engine(tmp_path, done=True).ask(_QUESTION)
    assert not a.abstained, a.answer
    assert "suspended the abstraction order" in first_statement(a)
