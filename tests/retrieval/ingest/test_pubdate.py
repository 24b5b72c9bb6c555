"""Publication-date inference: the text's own dates first, weekday consistency, then the nearest article."""

from __future__ import annotations

from datetime import date

from retrieval.ingest.pubdate import infer_published
from retrieval.models import Document, DocumentMeta, ProvenanceKind, Sentence


def doc(doc_id: str, *texts: str, published: date | None = None, headings: tuple[int, ...] = ()) -> Document:
    sentences = tuple(Sentence(doc_id, i, i, t, heading=i in headings) for i, t in enumerate(texts))
    provenance: dict[str, ProvenanceKind] = {"published": "file"} if published else {}
    meta = DocumentMeta(doc_id=doc_id, published=published, provenance=provenance)
    return Document(meta=meta, sentences=sentences, paragraphs=tuple((i, i + 1) for i in range(len(texts))))


def by_id(docs: list[Document]) -> dict[str, Document]:
    return {d.meta.doc_id: d for d in docs}


# Hand-made stand-ins for the five seeds, with their date evidence and enough shared wording to match.
NATO = doc(
    "000",
    "After convening in Brussels on April 3 and 4, NATO's representatives are demanding an immediate "
    "response from Russian President Vladimir Putin to a ceasefire deal.",
    "“The ball clearly is in the court of the Russians,” NATO Secretary General Mark Rutte told CBS.",
    "Delegations from the U.S. and Ukraine originally hashed out a general ceasefire agreement "
    "early in March.",
)
CALIBER = doc(
    "001",
    "NATO Secretary General Mark Rutte said Russia must act faster to end the war in Ukraine.",
    "“The ball clearly is in the court of the Russians,” Rutte stated.",
    "Rutte said that “until January this year, nothing happened when it came to ending this war.”",
)
PUTIN_MONDAY = doc(
    "002",
    "“We need to sort this out,” Putin told a Russian state TV reporter Monday (April 21) via NBC News.",
    "The war has gone on for three years since Putin initially launched an invasion in February 2022.",
    "Rubio said in Paris after meeting with leaders from Ukraine on April 18.",
    "Trump claimed Ukraine “may not survive” in an interview with Maria Bartiromo on March 9.",
)
KYIV_JULY = doc(
    "003",
    "Kremlin spokesperson Dmitry Peskov said at a press briefing on July 16 that Russia wants peace talks.",
    "The last round of direct talks between Russia and Ukraine took place on June 2 in Istanbul.",
    "Reuters reported on July 15 that Putin remains determined to pursue the war.",
)
FORBES = doc(
    "004",
    "Russian President Vladimir Putin on Monday said he is open to direct bilateral talks with Ukraine.",
    "Last week, Rubio said in Paris that the administration would walk away from talks.",
    "Putin told state TV reporters that he was open to talks, NBC News reported.",
    "Trump told Maria Bartiromo that Ukraine may not survive the war, the Rubio warning in Paris followed.",
)


def test_seed_like_corpus_gets_april_and_july_2025() -> None:
    out = by_id(infer_published([NATO, CALIBER, PUTIN_MONDAY, KYIV_JULY, FORBES]))
    got = {k: d.meta.published for k, d in out.items()}
    assert got["002"] == date(2025, 4, 21)  # Monday (April 21) after February 2022 -> 2025
    assert got["004"] == date(2025, 4, 21)  # no date of its own: its nearest neighbour's
    assert got["000"] == date(2025, 4, 4)  # April 3 and 4, year from a neighbour: the range's last day
    assert got["003"] == date(2025, 7, 16)  # the latest of its own month-days
    assert got["001"] is not None and date(2025, 4, 1) <= got["001"] <= date(2025, 4, 30)
    for d in out.values():
        assert d.meta.provenance["published"] == "inferred"


def test_today_never_leaks_in() -> None:
    lone = doc("x", "Officials met on Monday to discuss the budget.", "Talks will resume next week.")
    (out,) = infer_published([lone])
    assert out.meta.published is None
    assert "published" not in out.meta.provenance


def test_known_dates_are_kept_and_anchor_others() -> None:
    known = doc("k", "The rig exploded, killing 11 workers in the Gulf.", published=date(2010, 4, 22))
    other = doc("u", "BP said the rig exploded on April 20, killing 11 workers in the Gulf.")
    out = by_id(infer_published([known, other]))
    assert out["k"].meta.published == date(2010, 4, 22)
    assert out["k"].meta.provenance == {"published": "file"}
    assert out["u"].meta.published == date(2010, 4, 20)


def test_explicit_full_date_dates_an_article_on_its_own() -> None:
    summit = doc("a", "The summit opened on 20 April 2009 in London.", "It ran for two days.")
    (out,) = infer_published([summit])
    assert out.meta.published == date(2009, 4, 20)


def test_headings_are_not_date_evidence() -> None:
    d = doc("h", "Looking back at 4 March 2001", "The council voted on 12 May 2009.", headings=(0,))
    (out,) = infer_published([d])
    assert out.meta.published == date(2009, 5, 12)
    (only_heading,) = infer_published([doc("h2", "Looking back at 4 March 2001", "A vote.", headings=(0,))])
    assert only_heading.meta.published is None


def test_a_left_over_photo_caption_is_not_date_evidence() -> None:
    d = doc(
        "c",
        "Rutte speaks in Brussels on Dec. 4, 2024, in Brussels, Belgium. (Omar Havana/Getty Images)",
        "Ministers met on 3 April 2025.",
    )
    (out,) = infer_published([d])
    assert out.meta.published == date(2025, 4, 3)


def test_weekday_fixes_the_year_from_a_neighbours_date() -> None:
    dated = doc("d", "Putin spoke to reporters about the Easter truce.", published=date(2025, 1, 10))
    monday = doc("m", "Putin spoke to reporters about the Easter truce on Monday (April 21).")
    out = by_id(infer_published([dated, monday]))
    assert out["m"].meta.published == date(2025, 4, 21)


def test_input_order_and_untouched_documents_are_preserved() -> None:
    a = doc("a", "Nothing dated here at all.", published=date(2020, 1, 1))
    b = doc("b", "Nothing dated here either.", published=date(2020, 1, 2))
    out = infer_published([a, b])
    assert out[0] is a and out[1] is b
