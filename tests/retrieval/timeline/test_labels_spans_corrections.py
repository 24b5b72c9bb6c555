"""A date printed on a product is not its event's date; a span between two dates is one event; an outlet's
correction is an event of its day and withdraws its own earlier claim; a topic word counts in the forms
WordNet derives from it ("lawsuit" ~ "suit" ~ "sued", "death" ~ "died"). Small made-up documents."""

from __future__ import annotations

import json

import pytest

from retrieval import Engine, build_engine

DOCS = [
    {
        "id": "cheese",
        "published": "2027-03-12",  # a Friday
        "source": "Lakeside Gazette",
        "title": "Dairy pulls goat cheese from shelves",
        "text": "Brindle Farm Dairy on Thursday withdrew its soft goat cheese from sale after a lab found "
        "Listeria in a sample. "
        "The withdrawal covers 200-gram tubs with use-by dates of March 2 and March 4, 2027. "
        "Shoppers reported stomach upsets from Feb. 20 to Feb. 27, the county said.",
    },
    {
        "id": "ferry",
        "published": "2027-03-15",  # a Monday
        "source": "Lakeside Gazette",
        "title": "Ferry strike ends",
        "text": "Three passengers drowned when the ferry capsized near Gull Point, "
        "the Gazette reported Monday. "
        "The ferry strike ended on Saturday after a new pay offer.",
    },
    {
        "id": "fix",
        "published": "2027-03-16",
        "source": "Lakeside Gazette",
        "title": "Correction: ferry report",
        "text": "An article published Monday incorrectly reported that three passengers drowned "
        "when the ferry capsized near Gull Point. Nobody was hurt; the ferry ran aground.",
    },
    {
        "id": "court",
        "published": "2027-03-18",  # a Thursday
        "source": "Hill Times",
        "title": "Baker sues mill over flour",
        "text": "A baker filed the first lawsuit against the Redmill flour company. "
        "Lena Vasquez says in papers filed Wednesday in district court that bad flour "
        "ruined her shop's stock. "
        "The suit seeks damages.",
    },
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("labels")
    (root / "docs.jsonl").write_text("\n".join(json.dumps(d) for d in DOCS) + "\n", encoding="utf-8")
    return build_engine(root)


def _lines(engine: Engine, topic: str | None = None) -> list[tuple[str, str]]:
    return [(e.date, e.text) for e in engine.timeline(topic).events]


def test_a_printed_use_by_date_does_not_date_the_sentence(engine: Engine) -> None:
    dated = {d for d, _ in _lines(engine)}
    assert "2027-03-02" not in dated and "2027-03-04" not in dated
    assert "2027-03-11" in dated  # the withdrawal, on Thursday


def test_a_span_between_two_dates_is_one_event(engine: Engine) -> None:
    upsets = [d for d, text in _lines(engine) if "stomach upsets" in text]
    assert upsets == ["2027-02-20"]


def test_a_correction_is_on_the_timeline_and_its_withdrawn_claim_is_not(engine: Engine) -> None:
    lines = _lines(engine)
    assert any(d == "2027-03-16" and "incorrectly reported" in text for d, text in lines)
    assert not any(text.startswith("Three passengers drowned") for _, text in lines)
    # the corrected article's other news stays
    assert ("2027-03-13", "The ferry strike ended on Saturday after a new pay offer.") in lines


@pytest.mark.parametrize("topic", ["lawsuit", "lawsuits", "sued"])
def test_a_topic_finds_the_filing_in_its_derived_forms(engine: Engine, topic: str) -> None:
    assert "2027-03-17" in [d for d, _ in _lines(engine, topic)]


def test_the_correction_is_on_the_timeline_of_the_claims_topic(engine: Engine) -> None:
    assert [d for d, _ in _lines(engine, "drowning")] == ["2027-03-16"]


def test_an_expiry_that_is_the_event_still_dates_and_a_listed_pair_stays_two_events() -> None:
    from datetime import date

    from retrieval.models import Document, DocumentMeta, Sentence
    from retrieval.timeline.index import TimelineIndex

    texts = ("The truce expired on Monday.", "Storms hit the coast on May 2 and May 5.")
    meta = DocumentMeta(doc_id="a", title="t", source="S", url=None, published=date(2025, 6, 11))
    d = Document(
        meta=meta,
        sentences=tuple(Sentence("a", i, i, t) for i, t in enumerate(texts)),
        paragraphs=((0, 1), (1, 2)),
    )
    assert [e.date for e in TimelineIndex.build([d]).query().events] == [
        "2025-05-02",
        "2025-05-05",
        "2025-06-09",
    ]


def test_a_dispute_over_another_outlets_report_is_no_correction() -> None:
    from datetime import date

    from retrieval.models import Document, DocumentMeta, Sentence
    from retrieval.timeline.index import TimelineIndex

    def one(doc_id: str, published: date, text: str) -> Document:
        meta = DocumentMeta(
            doc_id=doc_id, title="Vote row", source="Hill Times", url=None, published=published
        )
        return Document(meta=meta, sentences=(Sentence(doc_id, 0, 0, text),), paragraphs=((0, 1),))

    first = one("a", date(2025, 6, 9), "Senator Okafor voted against the harbour bill on Monday.")
    later = one(
        "b", date(2025, 6, 11), "Okafor said a radio report misstated how Okafor voted on the harbour bill."
    )
    assert [e.date for e in TimelineIndex.build([first, later]).query().events] == ["2025-06-09"]
