"""A page's own furniture written as sentences is never quoted nor listed as an event: an editor's note
on the page's revision ("Updated: corrects the spelling of ...", "Updated 5:40 p.m. with comment from
..."), the outlet speaking of itself to its reader ("The Fenby Lantern is Fenby's independent student
newspaper.", "Stay with the Fenby Lantern for updates.") and what follows in that paragraph, and a
footer's bare plea with a day ("Donate today."). A made-up page."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import build_engine
from retrieval.ingest.clean import _furniture_kind, speaks_as_outlet

_PAGE = """Ferry operator fined over safety lapses

By Tom Reed | Fenby Lantern | March 20, 2026

Updated: corrects the spelling of Dr. Hana Osei's first name.

The ferry operator was fined £2 million on Friday over safety lapses found by inspectors.

Dr. Hana Osei, who led the inspection, said the lapses were serious.

Updated 5:40 p.m. with comment from the operator's lawyer.

Stay with the Fenby Lantern for updates on this developing story.

The Fenby Lantern is Fenby's independent student newspaper. Donate today.

Fenby Lantern is read by more than 40,000 research administrators.

Donate today.
"""


def test_furniture_sentences_are_not_loaded(tmp_path: Path) -> None:
    (tmp_path / "fine.txt").write_text(_PAGE)
    engine = build_engine(tmp_path)
    texts = [s.text for d in engine.documents.values() for s in d.sentences]
    assert texts == [
        "The ferry operator was fined £2 million on Friday over safety lapses found by inspectors.",
        "Dr. Hana Osei, who led the inspection, said the lapses were serious.",
        "Donate today.",  # a paragraph of its own: loaded, but no event
    ], texts
    events = [e.text for e in engine.timeline(None).events]
    assert events == [texts[0]], events


@pytest.mark.parametrize(
    "line",
    [
        "Updated: corrects the spelling of Dr. Hana Osei's first name.",
        "Updated 5:40 p.m. with comment from the operator's lawyer.",
        "Updated at 9 a.m. to add the council's response.",
        # a day written before the time, or alone
        "Updated 4 March 2026 14:05 with comment from the council.",
        "Updated March 4, 2026, 2:05 p.m. to add the mayor's statement.",
        "Updated 10 March with the council's response.",
    ],
)
def test_an_update_note_is_furniture(line: str) -> None:
    assert _furniture_kind(line) == "other"


def test_a_sentence_opening_on_updated_is_prose() -> None:
    assert _furniture_kind("Updated figures show the toll rose to 12 on Monday.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Download the Fenby Lantern app for breaking news alerts.",
        "Fenby Lantern is published every Tuesday.",
    ],
)
def test_the_outlet_asking_or_describing_is_self_description(sentence: str) -> None:
    assert speaks_as_outlet(sentence, "The Fenby Lantern")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Fenby Lantern is suing the council over its records.",
        "Speaking to the Fenby Lantern, the mayor denied the claim.",
        "Some Fenby Lantern readers have complained about the new paywall.",
        "Many Fenby Lantern reporters walked out on Monday.",
        "The Valley Courier is Fenby's other newspaper.",
    ],
)
def test_news_of_or_to_the_outlet_is_no_self_description(sentence: str) -> None:
    assert not speaks_as_outlet(sentence, "Fenby Lantern")
