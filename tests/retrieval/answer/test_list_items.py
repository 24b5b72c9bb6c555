"""A question asking for several things of a kind ("which cities sent crews") is answered with each of
them when the article lists them a sentence each, each item cited: not only the sentence that best
matches the question's words. The list ends at the first sentence naming none of the kind."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of, filler

FIRE = (
    "Lisbon sent forty firefighters to help fight the blaze in the Serra hills, the regional office said. "
    "Madrid dispatched two water bombers on Wednesday. "
    "Rome offered a team of medics and a field kitchen. "
    "The regional governor thanked the volunteers and said the fire was contained."
)


def test_a_plural_question_lists_each_item_the_article_gives(tmp_path: Path) -> None:
    news = engine_of(
        tmp_path,
        [{"id": "fire", "title": "Help arrives for Serra hills fire", "text": FIRE, "source": "Serra Post"},
         *filler(10)],
    )  # fmt: skip
    a = news.ask("which cities sent firefighters")
    assert not a.abstained, a.answer
    for city in ("Lisbon", "Madrid", "Rome"):
        assert city in a.answer, (city, a.answer)
    assert "thanked the volunteers" not in a.answer, a.answer
    assert len(a.citations) >= 3, a.citations
