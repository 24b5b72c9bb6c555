"""An article whose page names no outlet (a byline alone, "By Jo Reed") is taken for its author's outlet
when every article under that byline naming one names the same: "according to the Daily Star" reads it.
But the page itself does not say "The Daily Star", so "which outlet published the piece on X" must not
cite it for that name: it is cited for itself and its author, and the outlet by the author's article
that names it."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler


def _engine(tmp_path: Path) -> Engine:
    return engine_of(
        tmp_path,
        [
            {
                "id": "bridge",
                "source": "The Daily Star",
                "author": "Jo Reed",
                "title": "Harbour bridge repairs to close lanes",
                "text": "Engineers will close two lanes of the harbour bridge for a month. "
                "The repairs will replace corroded steel joints.",
            },
            {
                "id": "library",
                "author": "Jo Reed",
                "title": "Library expansion approved by council",
                "text": "The city council approved a three-storey expansion of the central library. "
                "The expansion will add a children's wing and a study hall.",
            },
            *filler(12),
        ],
    )


def test_the_outlet_is_cited_to_the_page_that_names_it(tmp_path: Path) -> None:
    a = _engine(tmp_path).ask("Which outlet published the piece on the library expansion?")
    assert not a.abstained, a.answer
    docs = {c.n: c.doc_id for c in a.citations}
    for st in a.statements:
        if "Daily Star" in st.text:
            assert all(docs[n] == "bridge" for n in st.citations), a.answer
    assert any("names no outlet" in st.text for st in a.statements), a.answer


def _columns(tmp_path: Path) -> Engine:
    return engine_of(
        tmp_path,
        [
            {
                "id": "col-library",
                "source": "The Valley Post",
                "author": "Sam Ortega",
                "title": "Opinion: The library plan is a waste of money",
                "text": "The council's library expansion is a waste of money the city cannot afford.",
            },
            {
                "id": "col-bridge",
                "source": "The Valley Post",
                "author": "Lena Fox",
                "title": "Opinion: Fix the bridge before it fails",
                "text": "The harbour bridge repairs are overdue and the city must fund them properly.",
            },
            {
                "id": "fares",
                "source": "Hill Radio",
                "author": "Max Bell",
                "title": "Bus fares rise next month",
                "text": "Bus fares will rise by ten percent next month, the transit authority said.",
            },
            *filler(12),
        ],
    )


def test_a_kind_of_piece_named_without_an_outlet_lists_its_pieces(tmp_path: Path) -> None:
    """ "Who wrote the opinion column about spending" (no outlet named, a topic no article writes in
    any form): each opinion piece with its author and headline, not a decline saying the coverage has
    two articles "from that outlet"."""
    a = _columns(tmp_path).ask("Who wrote the opinion column about spending?")
    assert not a.abstained, a.answer
    assert "Sam Ortega" in a.answer and "Lena Fox" in a.answer and "Max Bell" not in a.answer, a.answer
