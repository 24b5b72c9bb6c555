"""The Sources page's index: orders with unknown values last, folded search, memoised scans."""

from __future__ import annotations

from datetime import date

from bot.sources_index import SourcesIndex
from retrieval import SourceInfo, Sources


def info(doc_id: str, title: str | None, outlet: str | None, published: date | None, n: int) -> SourceInfo:
    return SourceInfo(
        doc_id=doc_id,
        title=title,
        source=outlet,
        author=None,
        url=None,
        published=published,
        provenance={},
        sentences=n,
    )


INDEX = SourcesIndex.from_sources(
    "v1",
    Sources(
        documents=[
            info("a", "Zebra crossing", "Ölpost", date(2024, 5, 1), 3),
            info("b", None, None, None, 9),
            info("c", "apple harvest", "Farm Weekly", date(2023, 1, 2), 1),
            info("d", "Mango season", "Farm Weekly", None, 5),
        ]
    ),
)


def ids(sort: str, order: str, text: str = "") -> list[str]:
    return [r.doc_id for r in INDEX.page(text, sort, order, 0, 10).rows]  # type: ignore[arg-type]


def test_each_order_puts_missing_values_last() -> None:
    assert ids("date", "desc") == ["a", "c", "b", "d"]
    assert ids("date", "asc") == ["c", "a", "b", "d"]
    assert ids("title", "asc") == ["c", "d", "a", "b"]
    assert ids("title", "desc") == ["a", "d", "c", "b"]
    assert ids("outlet", "asc") == ["c", "d", "a", "b"]
    assert ids("passages", "desc") == ["b", "d", "a", "c"]


def test_search_folds_accents_and_case_and_keeps_the_order() -> None:
    assert ids("date", "desc", "OLPOST") == ["a"]
    assert ids("title", "asc", "farm") == ["c", "d"]
    assert ids("title", "asc", "  ") == ["c", "d", "a", "b"]
    assert INDEX.page("farm", "title", "desc", 1, 10).total == 2


def test_a_match_across_fields_is_not_a_match() -> None:
    assert ids("date", "desc", "season farm") == []  # title then outlet: not one text


def test_search_results_are_memoised() -> None:
    assert INDEX.matching("weekly") is INDEX.matching("Weekly")


def test_totals_per_outlet_most_documents_first() -> None:
    assert [(o.outlet, o.documents, o.passages) for o in INDEX.outlets] == [
        ("Farm Weekly", 2, 6),
        ("Ölpost", 1, 3),
        (None, 1, 9),
    ]
    assert INDEX.undated == 2 and INDEX.passages == 18
