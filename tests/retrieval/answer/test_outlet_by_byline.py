"""An article saved without its masthead ("By Ines Marlow" alone) is its author's outlet's when every
article naming an outlet under her byline names the same one: "according to the Courier" asks for her
story too. An author writing for two outlets tells nothing of a third article's."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler


def _engine(tmp_path: Path, second_outlet: str = "") -> Engine:
    docs = [
        {
            "id": "ferry-fare",
            "author": "Ines Marlow",
            "title": "Island ferry fares to rise",
            "text": "The harbour board has proposed a fare of 14 dollars for the island ferry. "
            "The board will vote on the plan next month.",
        },
        {
            "id": "ferry-notice",
            "source": "Tollmere Courier",
            "author": "Ines Marlow",
            "title": "Ferry timetable changes",
            "text": "The island ferry will leave the harbour every 40 minutes from June.",
        },
        {
            "id": "ferry-radio",
            "source": "Bay Radio",
            "title": "Ferry riders object",
            "text": "Riders said the island ferry was already too expensive. "
            "The harbour board said it had no choice.",
        },
        *filler(12),
    ]
    if second_outlet:
        docs.append(
            {
                "id": "ferry-column",
                "source": second_outlet,
                "author": "Ines Marlow",
                "title": "Why the ferry matters",
                "text": "The island depends on the ferry for doctors and groceries.",
            }
        )
    return engine_of(tmp_path, docs)


def test_an_unsourced_article_is_its_authors_outlet(tmp_path: Path) -> None:
    a = _engine(tmp_path).ask("according to the courier how much would the ferry fare be")
    assert not a.abstained and "14 dollars" in a.answer, a.answer


def test_an_author_of_two_outlets_names_neither(tmp_path: Path) -> None:
    a = _engine(tmp_path, "Westby Gazette").ask("according to the courier how much would the ferry fare be")
    assert "14 dollars" not in a.answer, a.answer
