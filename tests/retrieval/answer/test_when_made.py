"""A "when was X built (founded, opened)" asks the date of that one event: a date of X's other news
("closed on Monday for repairs") in a story that writes the event in no form is declined; the date it
was built answers. Pinned on made-up twin corpora."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler, first_statement

_NEWS = (
    "The Harwick Street library closed on Monday for roof repairs, the Tollbridge council said. "
    "Readers can borrow books from the mobile van until the repairs end."
)
_BUILT = "The Harwick Street library was built in 1902 with money from a local brewer."


def _engine(tmp_path: Path, built: bool) -> Engine:
    """The coverage of the library's closure, with its history when ``built``."""
    docs = [{"id": "news", "title": "Library shuts for repairs", "published": "2026-05-04", "text": _NEWS}]
    if built:
        docs.append({"id": "built", "title": "A century of books", "published": "2026-05-09", "text": _BUILT})
    docs += [{**d, "published": f"2026-04-{i + 1:02d}"} for i, d in enumerate(filler(12))]
    return engine_of(tmp_path, docs)


def test_another_date_declines(tmp_path: Path) -> None:
    a = _engine(tmp_path, built=False).ask("When was the Harwick Street library built?")
    assert a.abstained, a.answer


def test_the_date_it_was_built_answers(tmp_path: Path) -> None:
    a = _engine(tmp_path, built=True).ask("When was the Harwick Street library built?")
    assert not a.abstained, a.answer
    assert "1902" in first_statement(a)
