""" "What's the latest?" with no topic is answered by the newest articles' leads, newest first, one per
headline, each cited to its own article; a coverage without publication dates cannot tell which is the
latest and says so instead of quoting an arbitrary article. A topic keeps the ordinary search."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.question import analyze
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of

ARTICLES = [
    (
        "dam-1",
        "Dam inspection ordered",
        "2025-05-02",
        "Inspectors were sent to the Orrin dam after cracks appeared.",
    ),
    (
        "dam-2",
        "Dam reopens to walkers",
        "2025-05-20",
        "The path across the Orrin dam reopened to walkers on Monday.",
    ),
    (
        "dam-3",
        "Dam reopens to walkers",
        "2025-05-20",
        "Walkers were allowed back onto the Orrin dam path on Monday.",
    ),
    (
        "fair",
        "County fair draws crowds",
        "2025-05-11",
        "More than 9,000 people visited the county fair on Saturday.",
    ),
]


def _docs(dated: bool) -> list[dict[str, str]]:
    out = []
    for doc_id, title, published, text in ARTICLES:
        doc = {"id": doc_id, "title": title, "text": text, "source": "Orrin Echo"}
        if dated:
            doc["published"] = published
        out.append(doc)
    return out


@pytest.mark.parametrize(
    "question", ["what's the latest?", "whats new", "any news?", "What is the latest news"]
)
def test_a_request_for_the_latest_is_answered_by_the_newest_articles(tmp_path: Path, question: str) -> None:
    news: Engine = engine_of(tmp_path, _docs(dated=True))
    a = news.ask(question)
    assert not a.abstained, a.answer
    assert_verbatim(news, a)
    # newest first; the second copy of the same headline is one story, not another statement
    assert [c.doc_id for c in a.citations] == ["dam-2", "fair", "dam-1"]


def test_without_dates_the_latest_is_declined_with_the_reason(tmp_path: Path) -> None:
    news = engine_of(tmp_path, _docs(dated=False))
    a = news.ask("what's the latest?")
    assert a.abstained and not a.citations
    assert "no publication dates" in a.answer


def test_a_request_for_the_latest_on_a_topic_searches_the_topic(tmp_path: Path) -> None:
    assert analyze("what's the latest?", Tokenizer()).terms == []
    assert analyze("what's the latest on the fair?", Tokenizer()).terms == ["fair"]
    news = engine_of(tmp_path, _docs(dated=True))
    a = news.ask("what's the latest on the fair?")
    assert [c.doc_id for c in a.citations] == ["fair"], a.answer


@pytest.mark.parametrize(
    "question",
    [
        "what's happening with the ferry strike",
        "what happened to the ferry strike",
        "any news on the ferry strike",
    ],
)
def test_the_words_asking_for_news_are_not_searched_for(tmp_path: Path, question: str) -> None:
    assert analyze(question, Tokenizer()).terms == ["ferri", "strike"]
    docs = [
        {
            "id": "over",
            "title": "Ferry strike over",
            "text": "The ferry strike ended on Friday after a new pay offer.",
        },
        {
            "id": "crews",
            "title": "Crews vow",
            "text": "Crews will sail whatever happens in the ferry strike talks.",
        },
    ]
    news = engine_of(tmp_path, docs)
    a = news.ask(question)
    assert a.citations[0].doc_id == "over", a.answer  # not the sentence holding "happens"
