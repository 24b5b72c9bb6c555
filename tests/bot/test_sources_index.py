"""The Sources page's index: orders with unknown values last, folded search, memoised scans."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bot.render.browse import source_row_line
from bot.sources_index import SourcesIndex
from retrieval import SourceInfo, Sources, build_engine


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


def test_an_opinion_piece_is_marked_on_the_sources_page(tmp_path: Path) -> None:
    """/sources says which articles are opinion, as citations and the CLI's list do: a moderator
    sorting the corpus can tell a column from a report. Both ways a row is built carry the flag."""
    (tmp_path / "column.txt").write_text(
        "Opinion: The tram fare rise is a mistake\nBy Lena Ortiz, Quay Times columnist\n\n"
        "The tram fare rose to three pounds in May. Riders deserve better than this.\n",
        encoding="utf-8",
    )
    (tmp_path / "report.txt").write_text(
        "Tram fares rise to three pounds\nBy Sam Holt, Quay Times\n\nThe fare rose to three pounds in May.\n",
        encoding="utf-8",
    )
    engine = build_engine(tmp_path)
    for index in (SourcesIndex.from_engine(engine), SourcesIndex.from_sources("v", engine.sources())):
        # as Discord renders it: the escapes before the parentheses are not shown
        shown = {r.title: source_row_line(1, r).replace("\\", "") for r in index.rows}
        column = shown["Opinion: The tram fare rise is a mistake"]
        assert column.endswith("Quay Times (opinion), date unknown · 2 passages")
        assert shown["Tram fares rise to three pounds"].endswith("Quay Times, date unknown · 1 passage")


def test_an_outlet_under_two_names_is_one_total_found_by_its_name() -> None:
    """One outlet credited two ways ("The Farm Weekly", "FARM WEEKLY") is one outlet in the totals, under
    its most complete name, and searching that name finds every row; each row keeps its own outlet as
    written. An acronym stays its own outlet ("TPW" is not "Tessaly Press Wire" for its initials)."""
    index = SourcesIndex.from_sources(
        "v2",
        Sources(
            documents=[
                info("a", "Lambing starts", "The Farm Weekly", None, 2),
                info("b", "Hay prices", "FARM WEEKLY", None, 3),
                info("c", "Grain exports", "Tessaly Press Wire", None, 1),
                info("d", "Port strike", "TPW", None, 4),
            ]
        ),
    )
    assert [(o.outlet, o.documents, o.passages) for o in index.outlets] == [
        ("The Farm Weekly", 2, 5),
        ("Tessaly Press Wire", 1, 1),
        ("TPW", 1, 4),
    ]
    assert [r.doc_id for r in index.page("The Farm Weekly", "title", "asc", 0, 10).rows] == ["b", "a"]
    assert [r.doc_id for r in index.page("Tessaly Press Wire", "title", "asc", 0, 10).rows] == ["c"]
    assert [r.outlet for r in index.rows] == ["The Farm Weekly", "FARM WEEKLY", "Tessaly Press Wire", "TPW"]
