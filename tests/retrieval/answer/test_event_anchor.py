"""A question placed relative to an event ("what did Mbeki say after the verdict"): the event anchors a
time, and the answer is a statement from after (before) it, by its article's date or, inside one
article, by its place; no date is guessed for an undated article, and nothing after the event declines."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

DOCS = [
    {
        "id": "ferry-1",
        "title": "Ferry operator in court over safety record",
        "published": "2025-03-03",
        "source": "Harbour Post",
        "text": "The Saltmarsh ferry company appeared in court on Monday over a string of engine failures. "
        "Its director, Joan Mbeki, said the fleet was safe and the company had nothing to hide.",
    },
    {
        "id": "ferry-blog",
        "title": "LIVE: Saltmarsh ferry hearing",
        "published": "2025-03-10",
        "source": "Harbour Radio",
        "text": "9:40 a.m. Lawyers for the ferry company ask for more time.\n\n"
        "11:05 a.m. Verdict: the magistrate suspends the ferry company's licence for a month.\n\n"
        "11:30 a.m. Mbeki tells reporters the company will repair every engine before sailing again.",
    },
    {
        "id": "ferry-3",
        "title": "Ferries back on the water",
        "published": "2025-04-14",
        "source": "Harbour Post",
        "text": "Saltmarsh ferries resumed sailing on Monday after the licence suspension ended. "
        "Mbeki said passengers had been patient and the company was grateful.",
    },
    {
        "id": "ferry-4",
        "title": "Ferry company fined",
        "published": "2025-05-02",
        "source": "Harbour Post",
        "text": "After the harbour fine, Mbeki said the company had appealed to the port tribunal.",
    },
    {
        "id": "ferry-undated",
        "title": "Profile: the ferry director",
        "source": "Coast Weekly",
        "text": "Mbeki said she had never seen a harder month in thirty years on the water.",
    },
    *filler(12),
]


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("anchor")
    return engine_of(root, DOCS)


def test_what_was_said_after_the_event_is_the_statement_nearest_after_it(news: Engine) -> None:
    a = news.ask("what did mbeki say after the verdict")
    assert not a.abstained, a.answer
    assert "repair every engine" in a.statements[0].text, a.answer
    assert all("nothing to hide" not in s.text for s in a.statements), a.answer
    assert a.citations[0].doc_id != "ferry-undated", a.answer
    assert_verbatim(news, a)


def test_what_was_said_before_the_event(news: Engine) -> None:
    a = news.ask("what did mbeki say before the verdict")
    assert not a.abstained, a.answer
    assert "nothing to hide" in a.statements[0].text, a.answer
    assert all("repair every engine" not in s.text and "grateful" not in s.text for s in a.statements), (
        a.answer
    )


def test_nothing_after_the_event_declines(news: Engine) -> None:
    a = news.ask("what did the magistrate say after the ferries resumed sailing")
    assert a.abstained or all(c.doc_id != "ferry-blog" for c in a.citations), a.answer


def test_a_sentence_telling_the_event_and_what_is_asked_answers_as_written(news: Engine) -> None:
    a = news.ask("what did mbeki say after the harbour fine")  # "After the harbour fine, Mbeki said ..."
    assert not a.abstained, a.answer
    assert "had appealed" in a.statements[0].text, a.answer
