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
    "question", ["what's the latest?", "whats new", "any news?", "What is the latest news", "what happened?"]
)
def test_a_request_for_the_latest_is_answered_by_the_newest_articles(tmp_path: Path, question: str) -> None:
    news: Engine = engine_of(tmp_path, _docs(dated=True))
    a = news.ask(question)
    assert not a.abstained, a.answer
    assert_verbatim(news, a)
    # newest first; the second copy of the same headline is one story, not another statement
    assert [c.doc_id for c in a.citations] == ["dam-2", "fair", "dam-1"]


def test_a_correction_printed_alone_is_told_by_its_notice(tmp_path: Path) -> None:
    """A newest article that is only a correction is told by its notice and what it puts right, not by
    its closing line ("The Orrin Echo regrets the error.")."""
    notice = {
        "id": "correction",
        "title": "Correction: dam path",
        "published": "2025-05-22",
        "source": "Orrin Echo",
        "text": "An article published on May 20 misstated when the dam path reopened. "
        "It reopened on Tuesday, not on Monday.\n\nThe Orrin Echo regrets the error.",
    }
    news = engine_of(tmp_path, [*_docs(dated=True), notice])
    a = news.ask("what's the latest?")
    assert not a.abstained
    assert_verbatim(news, a)
    assert a.statements[0].text.startswith("An article published on May 20 misstated")
    assert "not on Monday" in a.statements[0].text
    assert all("regrets" not in s.text for s in a.statements)


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


TAMSIN = [
    (
        "t-1",
        "2025-03-02",
        "A water main burst under the high street in Tamsin Falls on Monday, flooding two blocks and cutting "
        "supply to 4,000 homes.",
    ),
    (
        "t-2",
        "2025-03-09",
        "Tamsin Falls lifted its boil-water notice on Sunday after two rounds of tests came back clean.",
    ),
    (
        "t-3",
        "2025-03-16",
        "The head of the Tamsin Falls water board resigned on Friday after weeks of criticism over the "
        "main break.",
    ),
]
AFTER = " Crews worked through the night. Residents queued for bottled water at the library."
QA = (
    "Is the water in Tamsin Falls safe to drink? The Tamsin Falls water board says yes. "
    "Who runs the water in Tamsin Falls? The board does."
)


def test_a_broad_question_about_the_coverages_own_topic_gets_the_newest_articles_on_it(
    tmp_path: Path,
) -> None:
    # every article is about Tamsin Falls: "what happened in tamsin falls" asks what the coverage says, its
    # newest articles' leads, not the sentences that repeat the name the most (an explainer's "... says yes.")
    docs = [
        {"id": i, "title": f"Water board story {n}", "published": p, "text": t + AFTER}
        for n, (i, p, t) in enumerate(TAMSIN)
    ]
    docs.append({"id": "qa", "title": "Your questions answered", "text": QA})
    news = engine_of(tmp_path, docs)
    a = news.ask("what happened in tamsin falls")
    assert not a.abstained
    assert_verbatim(news, a)
    assert [c.doc_id for c in a.citations] == ["t-3", "t-2", "t-1"]


def test_the_latest_on_the_topic_counts_an_article_naming_it_in_its_headline(tmp_path: Path) -> None:
    # the newest article says "strike" only in its headline: it is about the strike all the same
    docs = [
        {
            "id": "ferry-1",
            "title": "Ferry crews walk out",
            "published": "2025-09-01",
            "text": "Ferry crews began a strike on Monday over pay.",
        },
        {
            "id": "ferry-2",
            "title": "Ferry talks stall",
            "published": "2025-09-05",
            "text": "Talks to end the ferry strike stalled on Thursday.",
        },
        {
            "id": "ferry-3",
            "title": "Ferry crews ratify deal, ending strike",
            "published": "2025-09-09",
            "text": "Crews voted to accept the new contract on Saturday.",
        },
    ]
    news = engine_of(tmp_path, [{**d, "source": "Harbour Echo"} for d in docs])
    a = news.ask("whats the latest on the strike")
    assert not a.abstained and a.answer.startswith("Crews voted to accept the new contract"), a.answer
    assert_verbatim(news, a)


def test_the_latest_on_a_topic_of_two_words_counts_an_article_holding_one_of_them(tmp_path: Path) -> None:
    # "the ferry strike" is what the whole coverage is about: its newest article, which calls it a
    # "dispute", is the latest on it though it never writes "strike"
    docs = [
        {
            "id": "ferry-1",
            "title": "Ferry crews walk out",
            "published": "2025-09-01",
            "text": "Ferry crews began a strike on Monday over pay.",
        },
        {
            "id": "ferry-2",
            "title": "Ferry strike talks stall",
            "published": "2025-09-05",
            "text": "Talks to end the ferry strike stalled on Thursday.",
        },
        {
            "id": "ferry-3",
            "title": "Strike strands ferry passengers",
            "published": "2025-09-07",
            "text": "Hundreds of ferry passengers were stranded on Sunday as the strike went on.",
        },
        {
            "id": "ferry-4",
            "title": "Crews ratify contract, ending dispute",
            "published": "2025-09-09",
            "text": "Ferry crews voted to accept the new contract on Saturday.",
        },
    ]
    news = engine_of(tmp_path, [{**d, "source": "Harbour Echo"} for d in docs])
    a = news.ask("whats the latest on the ferry strike")
    assert not a.abstained and a.answer.startswith("Ferry crews voted to accept the new contract"), a.answer
    assert_verbatim(news, a)
