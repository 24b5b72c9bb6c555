"""The most-similar-article search of publication-date inference, on more articles than the seeds:
its inverted index must choose exactly what comparing with every dated article chose."""

from __future__ import annotations

from datetime import date

from retrieval.ingest.pubdate import infer_published
from retrieval.models import Document, DocumentMeta, ProvenanceKind, Sentence


def doc(doc_id: str, text: str, published: date | None = None) -> Document:
    provenance: dict[str, ProvenanceKind] = {"published": "file"} if published else {}
    meta = DocumentMeta(doc_id=doc_id, published=published, provenance=provenance)
    return Document(meta=meta, sentences=(Sentence(doc_id, 0, 0, text),), paragraphs=((0, 1),))


def test_equally_similar_articles_tie_to_the_first_dated() -> None:
    text = "Harbour workers repaired the flooded quay while ferries waited offshore."
    first = doc("a", text, date(2021, 3, 4))
    second = doc("b", text, date(2022, 5, 6))
    (_, _, out) = infer_published([first, second, doc("u", text)])
    assert out.meta.published == date(2021, 3, 4)


def test_the_most_similar_of_many_wins_and_dated_neighbours_serve_later_ones() -> None:
    filler = [
        doc(f"f{i}", f"Council budget number {i} debated by councillors", date(2020, 1, 1 + i % 28))
        for i in range(60)
    ]
    near = doc("near", "Volcano eruption ash cloud grounded flights across Iceland", date(2010, 4, 15))
    # "u1" names a year-less day, so it is dated first and can serve "u2", which names none
    u1 = doc("u1", "Volcano ash cloud grounded flights across Iceland again on April 20.")
    u2 = doc("u2", "Volcano ash again: Iceland flights grounded, again, said airlines again.")
    out = {d.meta.doc_id: d for d in infer_published([*filler, near, u1, u2])}
    assert out["u1"].meta.published == date(2010, 4, 20)
    assert out["u2"].meta.provenance.get("published") == "inferred"
    assert out["u2"].meta.published in {date(2010, 4, 15), date(2010, 4, 20)}
