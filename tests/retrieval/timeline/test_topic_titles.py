"""A timeline topic naming a title or office finds the events news copy tells with its abbreviation
before a name ("timeline governor": "Gov. Ada Mensah declared ..."), as the name itself does. Small
made-up documents."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of

DOCS = [
    {
        "id": "storm",
        "published": "2026-09-09",  # a Wednesday
        "title": "Storm floods coastal county",
        "text": "Gov. Ada Mensah declared a state of emergency on Tuesday for the whole county. "
        "Det. Supt. Rhys Calder opened an inquiry into the dam's collapse on Monday. "
        "Crews cleared fallen trees from the coast road on Tuesday.",
    },
    {
        "id": "ferry",
        "published": "2026-09-10",
        "title": "Island ferry resumes",
        "text": "The island ferry resumed crossings on Thursday after the swell eased. "
        "Fishing boats stayed in the harbour overnight.",
    },
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("titles"), DOCS)


def test_a_topic_naming_a_title_finds_its_abbreviation_before_a_name(engine: Engine) -> None:
    assert [e.text[:20] for e in engine.timeline("governor").events] == ["Gov. Ada Mensah decl"]
    assert [e.date for e in engine.timeline("Mensah").events] == [
        e.date for e in engine.timeline("governor").events
    ]
    assert [e.text[:20] for e in engine.timeline("superintendent").events] == ["Det. Supt. Rhys Cald"]
    assert [e.text[:20] for e in engine.timeline("detective inquiry").events] == ["Det. Supt. Rhys Cald"]


def test_a_title_finds_nothing_where_no_one_holds_it(engine: Engine) -> None:
    assert engine.timeline("senator").events == []
