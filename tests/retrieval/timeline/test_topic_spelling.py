"""A timeline topic's misspelt word is read as a question's is (``spellings.respelt``): "libary" finds
the coverage's library, and the timeline keeps the topic as typed. Small made-up documents."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler

DOCS = [
    {
        "id": "closed",
        "published": "2031-05-05",
        "title": "Benzene found near Dunmore depot",
        "text": "Air tests near the Dunmore depot showed benzene on Monday. "
        "The county library closed on Monday while the air was checked.",
    },
    {
        "id": "reopened",
        "published": "2031-05-12",
        "title": "Library reopens",
        "text": "The library reopened on Monday after new air tests came back clean.",
    },
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("topic_spelling"), [*DOCS, *filler(12)])


def test_a_misspelt_topic_finds_the_events_of_the_word_meant(engine: Engine) -> None:
    timeline = engine.timeline("libary")
    texts = [e.text for e in timeline.events]
    assert timeline.topic == "libary"
    assert any("library closed" in t for t in texts)
    assert any("library reopened" in t for t in texts)


def test_a_topic_spelt_right_is_read_as_written(engine: Engine) -> None:
    assert [e.text for e in engine.timeline("library").events] == [
        e.text for e in engine.timeline("libary").events
    ]
