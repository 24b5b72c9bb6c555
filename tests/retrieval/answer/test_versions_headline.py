"""Outlets covering one event give different counts, each in its own words: another outlet's count of
the asked thing is quoted as a version of its own (with its own citation) when its headline names the
answer's story and it tells the count in one of the answer's own words, however little else of the
answer's wording its article shares."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

DOCS = [
    {
        "id": "a",
        "title": "Flooding closes roads as Kelso reservoir overflows",
        "source": "Kelso Courier",
        "text": "Volunteers reported on Tuesday that about 340 cottages stood flooded, according to the "
        "Kelso drainage board, as water poured over the weir. Sandbag stations opened at two churches.",
    },
    {
        "id": "b",
        "title": "Kelso flood: insurers brace for claims",
        "source": "Border Wire",
        "text": "By the insurers' count, 520 cottages were flooded after the weir gave way. Claims "
        "adjusters are expected from Monday.",
    },
    {
        "id": "c",
        "title": "Kelso residents count the cost",
        "source": "Valley Echo",
        "text": "Residents queued for hot meals at the town hall. The mayor thanked the fire brigade.",
    },
]


def test_another_outlets_count_of_the_same_event_is_quoted_as_its_version(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [*DOCS, *filler(12)])
    a = engine.ask("how many cottages were flooded")
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    by_n = {c.n: c.doc_id for c in a.citations}
    cited = {st.text: {by_n[n] for n in st.citations} for st in a.statements}
    assert any("340" in t and docs == {"a"} for t, docs in cited.items()), a.answer
    assert any("520" in t and docs == {"b"} for t, docs in cited.items()), a.answer
