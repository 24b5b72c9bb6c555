"""A question asking who WILL hold a post ("who will be the permanent chief executive", "who will replace
Fenn") is answered only by a sentence naming someone to it, never by its interim or past holder or the
plan to fill it: the coverage that names no one declines. Pinned on made-up twin corpora, one naming no
successor and one naming her."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler, first_statement

_RESIGNED = (
    "Odile Fenn resigned as chief executive of the Marlow Harbour Board on Tuesday after a dredging "
    "contract ran two years late. "
    "Deputy Tomas Creel will serve as interim chief executive while the board searches for a permanent "
    "successor. "
    "The board said it would appoint a permanent chief executive within weeks."
)
_NAMED = (
    "The Marlow Harbour Board on Friday named Rosa Vantongeren, a former port engineer, as its permanent "
    "chief executive. "
    "Vantongeren will replace Fenn on April 1."
)


def _engine(tmp_path: Path, named: bool) -> Engine:
    """The coverage of the chief's resignation, with the successor's naming when ``named``."""
    docs = [
        {"id": "resigned", "title": "Harbour chief resigns", "published": "2026-03-03", "text": _RESIGNED}
    ]
    if named:
        docs.append(
            {"id": "named", "title": "Harbour names chief", "published": "2026-03-20", "text": _NAMED}
        )
    docs += [{**d, "published": f"2026-02-{i + 1:02d}"} for i, d in enumerate(filler(12))]
    return engine_of(tmp_path, docs)


def test_no_successor_named_declines(tmp_path: Path) -> None:
    engine = _engine(tmp_path, named=False)
    for question in (
        "Who will be the permanent chief executive of the Marlow Harbour Board?",
        "Who will replace Fenn as chief executive?",
    ):
        a = engine.ask(question)
        assert a.abstained, (question, a.answer)


def test_the_named_successor_answers(tmp_path: Path) -> None:
    engine = _engine(tmp_path, named=True)
    for question in (
        "Who will be the permanent chief executive of the Marlow Harbour Board?",
        "Who will replace Fenn as chief executive?",
    ):
        a = engine.ask(question)
        assert not a.abstained, (question, a.answer)
        assert "Vantongeren" in first_statement(a), (question, a.answer)


def test_the_interim_holder_asked_answers(tmp_path: Path) -> None:
    a = _engine(tmp_path, named=False).ask("Who will be interim chief executive of the Marlow Harbour Board?")
    assert "Creel" in first_statement(a), a.answer
