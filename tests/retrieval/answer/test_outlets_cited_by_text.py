""" "Which outlets covered this?" cites each outlet by its first article with a sentence of text to
quote: a page of headings alone (a gallery's section titles) quotes no news, so an outlet whose first page
is one is cited by its next article."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of, filler

_DOCS = [
    {"id": "a", "source": "Kestrel Wire", "title": "Storm",
     "text": "The storm cut power to about 41,000 homes in Ormsby on Monday, the grid operator said."},
    {"id": "b", "source": "Ormsby Radio", "title": "Sea wall",
     "text": "Harbour master Tom Pruitt said the sea wall needed urgent repairs before winter."},
]  # fmt: skip


def test_an_outlet_is_cited_by_an_article_with_text(tmp_path: Path) -> None:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "a_gallery.md").write_text(
        "# Storm in pictures\n\nBy Kestrel Wire staff\n\n## Monday on the sea front\n\n## Tuesday in town\n",
        encoding="utf-8",
    )
    engine = engine_of(tmp_path, [*_DOCS, *filler(3)])
    assert engine.documents["a_gallery"].meta.source == "Kestrel Wire"
    a = engine.ask("Which outlets covered this?")
    assert not a.abstained
    assert {c.source: c.doc_id for c in a.citations} == {"Kestrel Wire": "a", "Ormsby Radio": "b"}
