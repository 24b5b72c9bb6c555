"""A yes/no question on how a changing fact stands ("is she going to stay treasurer") is answered by its
newest statement holding as much of the question in its own words, however more of the question the
older statement's headline and neighbours hold. Pinned on a small made-up corpus."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of, filler, first_statement

_EARLY = (
    "Treasurer Ines Quarry will serve as acting chair of the Ostrava Weavers Guild while the members "
    "look for a permanent one, the guild said. "
    "The members meet again in May."
)
_LATER = (
    "The Ostrava Weavers Guild on Monday elected Pell Hardacre as its chair. "
    "Ines Quarry, who has led the guild on an acting basis, will return to her role as treasurer."
)


def test_the_newest_statement_of_her_role_answers(tmp_path: Path) -> None:
    docs = [
        {
            "id": "early",
            "title": "Quarry to stay on as guild treasurer and chair",
            "published": "2026-03-01",
            "text": _EARLY,
        },
        {"id": "later", "title": "Guild elects Hardacre chair", "published": "2026-04-09", "text": _LATER},
    ]
    docs += [{**d, "published": f"2026-02-{i + 1:02d}"} for i, d in enumerate(filler(12))]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("is quarry gonna stay treasurer")
    assert not a.abstained, a.answer
    assert "return to her role as treasurer" in first_statement(a)
