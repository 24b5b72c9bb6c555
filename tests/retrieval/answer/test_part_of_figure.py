"""Outlets giving a figure differently: each version is quoted with its own citation, and a figure one
outlet gives as a part of its whole ("Of that, $40 million ...") is quoted with that whole, so the
reader sees both outlets' totals, and the part is no version of its own (small made-up corpora)."""

from __future__ import annotations

from pathlib import Path

from retrieval import Answer, Engine
from retrieval.search.text import normalize_for_match
from tests.retrieval.answer.corpora import engine_of, filler, statements_cited

GRANT = {
    "id": "gazette-grant",
    "source": "Tarrow Gazette",
    "title": "Province backs Tarrow library rebuild",
    "text": "The province has pledged a grant of $40 million toward rebuilding the Tarrow library "
    "under its budget, officials said.",
}
PACKAGE = {
    "id": "ledger-package",
    "source": "Tarrow Business Ledger",
    "title": "What the $52 million library package pays for",
    "text": "The province's package for the Tarrow library totals $52 million under its budget, "
    "officials said.\n\n"
    "Of that, $40 million would pay for rebuilding the Tarrow library and $12 million for a new access road.",
}


def _verbatim(engine: Engine, a: Answer) -> None:
    """Each piece of every quote (pieces from two paragraphs are joined by an ellipsis) is the source's."""
    for c in a.citations:
        doc = normalize_for_match(" ".join(s.text for s in engine.documents[c.doc_id].sentences))
        assert all(normalize_for_match(piece) in doc for piece in c.quote.split(" \u2026 "))


def test_a_part_is_quoted_with_the_whole_its_outlet_gives(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [*filler(12), GRANT, PACKAGE])
    a = engine.ask("how much is the library grant")
    assert not a.abstained
    _verbatim(engine, a)
    got = statements_cited(a)
    assert any("$40 million" in text and docs == {"gazette-grant"} for text, docs in got)
    # the other outlet's whole, with its own citation, before the part it splits
    assert any(
        "$52 million" in text and "Of that" in text and docs == {"ledger-package"} for text, docs in got
    )


def test_a_part_of_the_whole_is_no_version_of_its_own(tmp_path: Path) -> None:
    a = engine_of(tmp_path, [*filler(12), GRANT, PACKAGE]).ask("how much is the library grant")
    assert not any(text.startswith("Of that") for text, _ in statements_cited(a))


def test_two_outlets_counting_differently_each_keep_their_citation(tmp_path: Path) -> None:
    docs = [
        {
            "id": "a",
            "source": "Outlet North",
            "title": "Flood at Kell",
            "text": "The flood forced 620 families from their homes in Kell.",
        },
        {
            "id": "b",
            "source": "Outlet South",
            "title": "Kell flooding",
            "text": "About 900 families were forced from their homes in Kell by the flood.",
        },
    ]
    engine = engine_of(tmp_path, [*filler(12), *docs])
    a = engine.ask("how many families were forced from their homes")
    assert not a.abstained
    got = statements_cited(a)
    assert any("620" in text and d == {"a"} for text, d in got)
    assert any("900" in text and d == {"b"} for text, d in got)
