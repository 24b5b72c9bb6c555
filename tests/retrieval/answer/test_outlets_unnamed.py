""" "Which outlets reported X" declines plainly when no article reports X, and says the coverage does not name
the outlets only when an article without an outlet does report it: the reason given is the true one."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of, filler

BRIDGE = {
    "id": "bridge",
    "title": "Ferry bridge to close for repairs",
    "text": "The Hollin ferry bridge will close for repairs in June, the county said. "
    "The repairs are expected to cost 4 million pounds.",
}


def test_no_article_reporting_it_is_a_plain_decline(tmp_path: Path) -> None:
    news = engine_of(tmp_path, [{**BRIDGE, "source": "Hollin Post"}, *filler(12)])
    a = news.ask("which outlets said the bridge toll was 9 pounds")
    assert a.abstained
    assert "does not name the outlets" not in a.answer, a.answer


def test_an_article_without_an_outlet_reporting_it_says_so(tmp_path: Path) -> None:
    news = engine_of(tmp_path, [BRIDGE, *filler(12)])
    a = news.ask("which outlets reported the bridge closing for repairs")
    assert a.abstained
    assert "does not name the outlets" in a.answer, a.answer
