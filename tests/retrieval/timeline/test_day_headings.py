"""A live blog's day heading ("Sunday, July 12" on a line of its own between entries) dates the entries
under it: ingest keeps it as a heading, not publication-line furniture, and the timeline places each
stamped entry on its heading's day, so a page running past midnight is read day by day. A page's only
day line above its story stays its publication line, and a heading whose weekday is not its day's
dates nothing (no date is guessed)."""

from __future__ import annotations

from pathlib import Path

from retrieval.ingest.clean import clean
from retrieval.ingest.load import RawDocument
from retrieval.timeline.index import TimelineIndex
from tests.retrieval.answer.corpora import engine_of

HEAD = "LIVE: Storm Hector hits the coast\n\nBy Coastal Herald staff\n\nPublished 11 July 2026\n\n"
ENTRIES = (
    "Saturday, July 11\n\n"
    "9:05 p.m. Winds of 90 mph have been recorded at Penmor Point, the weather service said.\n\n"
    "11:40 p.m. The harbour wall at Penmor has collapsed, the coastguard said.\n\n"
    "Sunday, July 12\n\n"
    "1:15 a.m. Power has been cut to 12,000 homes in Penmor, the electricity board said.\n\n"
    "6:30 a.m. The council has opened the Penmor leisure centre as a shelter for residents.\n"
)


def _raw(text: str) -> RawDocument:
    return RawDocument(doc_id="blog", text=text, path="blog.txt", fmt="txt")


def test_day_headings_inside_a_live_page_are_kept_as_headings() -> None:
    cleaned = clean(_raw(HEAD + ENTRIES))
    headings = [b.text for b in cleaned.blocks if b.heading]
    assert headings == ["Saturday, July 11", "Sunday, July 12"]


def test_a_pages_only_day_line_above_its_story_stays_furniture() -> None:
    text = (
        "Storm Hector hits the coast\n\nSaturday, July 11\n\nWinds of 90 mph were recorded at Penmor Point.\n"
    )
    cleaned = clean(_raw(text))
    assert not any(b.heading and "July" in b.text for b in cleaned.blocks)


def test_entries_are_placed_on_their_day_headings_day_past_midnight(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path,
        [
            {
                "id": "blog",
                "title": "LIVE: Storm Hector hits the coast",
                "text": ENTRIES,
                "published": "2026-07-11",
            }
        ],
    )
    tl = TimelineIndex.build(list(engine.documents.values())).query()
    assert [(e.date, e.text[:9]) for e in tl.events] == [
        ("2026-07-11", "9:05 p.m."),
        ("2026-07-11", "11:40 p.m"),
        ("2026-07-12", "1:15 a.m."),
        ("2026-07-12", "6:30 a.m."),
    ]


def test_a_heading_whose_weekday_is_not_its_days_dates_nothing(tmp_path: Path) -> None:
    wrong = ENTRIES.replace("Sunday, July 12", "Monday, July 12")
    engine = engine_of(
        tmp_path, [{"id": "blog", "title": "LIVE: Storm Hector", "text": wrong, "published": "2026-07-11"}]
    )
    tl = TimelineIndex.build(list(engine.documents.values())).query()
    assert not any(e.date == "2026-07-12" for e in tl.events)
