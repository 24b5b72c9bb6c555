"""A value that changed is asked for at a stage: "what did the council offer at first" is its first
offer, not the later "raised its offer to ..." that shares more of the question's words; "how much did
the council raise its offer to" is the level the raise reached, a share as well as a sum."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

DOCS = [
    {
        "id": "pool-1",
        "title": "Lifeguards walk out at Marrow pools",
        "published": "2025-06-02",
        "source": "Marrow Gazette",
        "text": "Lifeguards at the three Marrow pools walked out on Monday over pay. "
        "The lifeguards want a 12 percent rise, while the council has offered 3 percent. "
        "The pools will stay shut until further notice.",
    },
    {
        "id": "pool-2",
        "title": "Council improves lifeguard pay offer",
        "published": "2025-06-09",
        "source": "Marrow Gazette",
        "text": "Marrow council raised its pay offer to the striking lifeguards to 5 percent on Friday. "
        "The lifeguards' spokesman said the offer would be put to a vote.",
    },
    *filler(12),
]


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("stages")
    return engine_of(root, DOCS)


@pytest.mark.parametrize(
    "question",
    [
        "what did the council offer the lifeguards at first",
        "what was the council's original offer to the lifeguards",
        "what did the council initially offer the lifeguards",
    ],
)
def test_a_first_stage_is_not_the_raised_value(news: Engine, question: str) -> None:
    a = news.ask(question)
    assert not a.abstained, a.answer
    assert "3 percent" in a.statements[0].text, a.answer
    assert_verbatim(news, a)


def test_the_level_a_raise_reached_is_a_share_too(news: Engine) -> None:
    a = news.ask("how much did the council raise its offer to")
    assert not a.abstained, a.answer
    assert "to 5 percent" in a.statements[0].text, a.answer
    assert_verbatim(news, a)


def test_without_a_stage_the_best_match_stands(news: Engine) -> None:
    a = news.ask("what did the council raise its pay offer to")
    assert not a.abstained, a.answer
    assert "5 percent" in a.statements[0].text, a.answer
