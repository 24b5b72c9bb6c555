"""A question asking which outlets covered the story and naming no topic of its own ("which outlets
covered this?", "who reported this story?", "what outlets are in the coverage?") is answered from the
documents' metadata: every outlet of the coverage, the one with most articles first, each cited by an
article of its own. A question naming a topic still lists only the outlets that covered that."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of

_DOCS = [
    {"id": "a1", "source": "Ormsby Echo", "title": "Sea wall breached",
     "text": "The sea wall at Ormsby gave way on Monday night, flooding forty homes."},
    {"id": "a2", "source": "Ormsby Echo", "title": "Council meets on wall",
     "text": "The council met on Tuesday to discuss repairs to the sea wall."},
    {"id": "b1", "source": "Harwick Post", "title": "Families leave homes",
     "text": "Families on the seafront left their homes as the tide rose again."},
    {"id": "b2", "source": "Harwick Post", "title": "Live: Ormsby storm",
     "text": "The tide is due to peak at nine tonight, the harbour master says."},
    {"id": "c1", "source": "Kestrel Radio", "title": "Ferry timetable",
     "text": "The ferry company added two evening sailings for the summer."},
]  # fmt: skip


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("outlets"), _DOCS)


@pytest.mark.parametrize(
    "question",
    [
        "Which outlets covered this?",
        "Which outlets covered the story?",
        "Who reported this story?",
        "Which news outlets reported on it?",
        "What outlets are in the coverage?",
    ],
)
def test_the_whole_coverage_outlets(engine: Engine, question: str) -> None:
    a = engine.ask(question)
    assert not a.abstained
    assert a.answer.startswith("Reported by Ormsby Echo [1]")
    for name in ("Harwick Post", "Kestrel Radio"):
        assert name in a.answer
    assert {c.source for c in a.citations} == {"Ormsby Echo", "Harwick Post", "Kestrel Radio"}
    assert_verbatim(engine, a)


@pytest.mark.parametrize(
    "question", ["Which outlets covered the sea wall?", "Which outlets are covering the sea wall?"]
)
def test_a_topic_lists_only_its_outlets(engine: Engine, question: str) -> None:
    a = engine.ask(question)
    assert not a.abstained
    assert "Ormsby Echo" in a.answer
    assert "Kestrel Radio" not in a.answer


def test_an_outlet_running_a_kind_of_article(engine: Engine) -> None:
    a = engine.ask("Which outlet is running a live blog?")
    assert not a.abstained
    assert a.answer == "Reported by Harwick Post [1]."
