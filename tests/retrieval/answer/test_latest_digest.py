"""A broad question asking for the latest on a topic ("what's the latest on the Harlow case") is led by
the newest dated article's statement on it, though the older reports name the topic more and outscore
it: the digest's statements are ordered newest first, and the newest turn must be among them."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.question import asks_latest
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

CASE = [
    (
        "case-1",
        "Harlow bribery case: trial opens",
        "2025-03-02",
        "The Harlow bribery case against councillor Dan Pike opened at Wexford Crown Court on Monday. "
        "Prosecutors said the Harlow bribery case was about cash paid for planning votes in Harlow. "
        "Pike denies bribery.",
    ),
    (
        "case-2",
        "Witness in Harlow bribery case",
        "2025-03-10",
        "A planning officer told jurors in the Harlow bribery case that she had seen envelopes of cash. "
        "The Harlow bribery case continues next week.",
    ),
    (
        "case-3",
        "Pike jailed",
        "2025-03-20",
        "A judge jailed Dan Pike for four years on Friday, ending the Harlow case.",
    ),
]


def _engine(tmp_path: Path) -> Engine:
    docs = [{"id": i, "title": t, "published": d, "text": x, "source": "Wexford Echo"} for i, t, d, x in CASE]
    return engine_of(tmp_path, [*docs, *filler(12)])


def test_the_latest_on_a_topic_leads_with_its_newest_turn(tmp_path: Path) -> None:
    news = _engine(tmp_path)
    a = news.ask("What's the latest on the Harlow bribery case?")
    assert not a.abstained, a.answer
    assert "four years" in first_statement(a), a.answer
    assert_verbatim(news, a)


@pytest.mark.parametrize(
    ("question", "latest"),
    [
        ("What's the latest on the Harlow case?", True),
        ("any updates on the Harlow case", True),
        ("what's going on with the Harlow case", True),
        # what happened, the event itself, or the story from its start
        ("What happened to Dan Pike?", False),
        ("Summarize the Harlow case", False),
        ("what's next for Dan Pike", False),
    ],
)
def test_a_question_asking_for_the_latest_is_told_from_one_asking_what_happened(
    question: str, latest: bool
) -> None:
    assert asks_latest(question) is latest
