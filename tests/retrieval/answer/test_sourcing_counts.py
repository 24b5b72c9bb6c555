"""News counts its unnamed sources ("two people with knowledge of the investigation told ...", "three
people familiar with the matter said"): that number counts no one the story is about, so it does not
answer "how many people ..."."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of, filler


def test_a_reporters_sources_are_not_the_count_asked(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path,
        [
            {
                "id": "tills",
                "source": "Tills Weekly",
                "title": "How a stolen password opened the grocer's tills",
                "text": "Hackers used a stolen password belonging to an engineer at a payment contractor. "
                "The account did not require a second factor, two people with knowledge of the "
                "investigation told Tills Weekly.",
            },
            {
                "id": "breach",
                "source": "Harbor Wire",
                "title": "Grocer discloses card data breach",
                "text": "The breach exposed names and card numbers of about 4.2 million customers who "
                "shopped at the grocer's stores, the company said.",
            },
            *filler(12),
        ],
    )
    a = engine.ask("How many people had their cards stolen?")
    assert "two people" not in a.answer, a.answer


def test_people_counted_otherwise_still_answer(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path,
        [
            {
                "id": "crash",
                "title": "Bus crash on the coast road",
                "text": "Two people were injured when a bus left the coast road on Sunday, "
                "three people familiar with the rescue said.",
            },
            *filler(12),
        ],
    )
    a = engine.ask("How many people were injured in the bus crash?")
    assert not a.abstained and "Two people were injured" in a.answer, a.answer
