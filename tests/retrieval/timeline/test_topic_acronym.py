"""A timeline topic's acronym counts where the coverage spells it out ("ceo" -> "chief executive"), and its
own spelling still counts: one story is told in both. Small made-up documents."""

from __future__ import annotations

import json

import pytest

from retrieval import Engine, build_engine

DOCS = [
    {
        "id": "ousted",
        "published": "2031-03-04",  # a Tuesday
        "title": "Board removes Brightwell founder",
        "text": "The board of Brightwell Foods removed Ada Korhonen as chief executive on Monday. "
        "Shares fell nine percent after the vote.",
    },
    {
        "id": "named",
        "published": "2031-03-20",
        "title": "Brightwell picks a successor",
        "text": "Brightwell Foods named Tomasz Wierzba as its new chief executive on Wednesday. "
        "He starts in April.",
    },
    {
        "id": "blog",
        "published": "2031-03-03",
        "title": "Live: Brightwell board meets",
        "text": "Brightwell directors voted to oust Korhonen as CEO late on Monday night. "
        "The company's warehouse in Tarnby opened on Monday as planned.",
    },
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("acronym")
    (root / "docs.jsonl").write_text("\n".join(json.dumps(d) for d in DOCS) + "\n", encoding="utf-8")
    return build_engine(root)


def test_an_acronym_topic_finds_the_events_told_with_its_words_spelled_out(engine: Engine) -> None:
    timeline = engine.timeline("ceo")
    texts = [e.text for e in timeline.events]
    assert timeline.topic == "ceo"
    assert any("Korhonen as CEO" in t for t in texts)
    assert any("Ada Korhonen as chief executive" in t for t in texts)
    assert any("Tomasz Wierzba" in t for t in texts)
    assert not any("warehouse" in t for t in texts)
    dates = [e.date for e in timeline.events]
    assert dates == sorted(dates)


def test_a_limit_keeps_at_most_that_many_events_of_both_spellings(engine: Engine) -> None:
    assert len(engine.timeline("ceo", limit=2).events) == 2


def test_a_topic_with_no_acronym_is_unchanged(engine: Engine) -> None:
    assert [e.text for e in engine.timeline("warehouse").events] == [
        "The company's warehouse in Tarnby opened on Monday as planned."
    ]
