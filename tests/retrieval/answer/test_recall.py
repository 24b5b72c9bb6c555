"""Answering right when the coverage does answer, pinned on small made-up corpora (not the seeds): a
misspelling that is itself an English word corrected only where the coverage confirms it."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval import Engine, build_engine


def _engine(root: Path, docs: list[dict[str, str]]) -> Engine:
    root.mkdir(parents=True, exist_ok=True)
    with (root / "docs.jsonl").open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d) + "\n")
    return build_engine(root)


def _filler(n: int) -> list[dict[str, str]]:
    """Unrelated articles, so that a story's words are rare in the corpus as in real coverage."""
    topics = [
        ("orchard", "The apple harvest in the valley was the largest in a decade, growers said."),
        ("museum", "The city museum opened a new wing for modern sculpture on Saturday."),
        ("school", "Teachers at the district school voted to accept a new pay offer."),
        ("weather", "Forecasters warned of heavy snow across the northern hills this weekend."),
    ]
    return [
        {"id": f"{slug}-{i}", "title": f"{slug.title()} news {i}", "text": text}
        for i, (slug, text) in enumerate(topics[i % len(topics)] for i in range(n))
    ]


def _river(tmp_path: Path) -> Engine:
    docs = [
        {
            "id": "flood",
            "title": "Flood warning for the Brenn valley",
            "text": "The river Brenn burst its banks near Halden on Monday, the agency said. "
            "Engineers will inspect the old bridge over the river on Friday.",
        },
        {
            "id": "crash",
            "title": "School bus crash",
            "text": "A school bus carrying pupils crashed on the ring road outside Halden on Monday. "
            "Twelve pupils were taken to hospital with minor injuries.",
        },
        {
            "id": "talks",
            "title": "Harbour talks",
            "text": "Port officials hope to break the deadlock over harbour fees before the summer season.",
        },
        *_filler(12),
    ]
    return _engine(tmp_path, docs)


def test_a_word_the_coverage_lacks_is_not_read_as_the_corpus_word_one_edit_away(tmp_path: Path) -> None:
    engine = _river(tmp_path)
    # "driver" is one edit from "river", which the coverage holds; no sentence holds "river" with the
    # question's other words, so the question is not about the river
    assert engine.ask("what happened to the driver").abstained
    a = engine.ask("was the driver of the bus hurt")
    assert not a.abstained, a.answer
    assert "river" not in a.answer.lower() and "hospital" in a.answer


def test_a_real_word_misspelling_is_corrected_where_the_coverage_confirms_it(tmp_path: Path) -> None:
    engine = _river(tmp_path)
    a = engine.ask("wat do port officials hope to brake over harbour fees")  # "brake" for "break"
    assert not a.abstained, a.answer
    assert "deadlock" in a.answer
