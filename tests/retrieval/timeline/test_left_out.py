"""What a timeline leaves out is said, not hidden: the events a limit dropped, and the sentences on its
topic in undated articles whose day ("on Wednesday") has nothing to be counted from. Counted once by the
index, worded once (``bot.render.shared.timeline_notes``) for the CLI, the console, Discord and the web.
Small made-up documents."""

from __future__ import annotations

import json

import pytest

from bot.render import browse, embeds, text
from bot.render.shared import timeline_notes
from bot.timeline_pages import TimelinePages
from bot.web.data import TimelineParams
from bot.web.timeline import TimelineCache, timeline_page
from retrieval import Engine, Timeline, build_engine

DOCS = [
    {
        "id": "lake",
        "published": "2031-05-20",
        "title": "Lake Orrin ferry capsizes",
        "text": "The Lake Orrin ferry capsized on 18 May with 60 people aboard.\n\n"
        "Divers searched the Lake Orrin ferry wreck on 19 May.\n\n"
        "The Lake Orrin ferry operator was suspended on 20 May.",
    },
    {
        "id": "undated",
        "title": "Skipper questioned",
        "text": "The skipper of the Brisk Tern was questioned by police on Wednesday.\n\n"
        "The Brisk Tern skipper was released on Thursday without charge.\n\n"
        "The crew of the Brisk Tern has sailed the route for years.",
    },
    {
        "id": "council",
        "published": "2031-05-21",
        "title": "Council budget",
        "text": "The council passed its budget on 21 May.\n\nLibrary hours were extended.\n\n"
        "Bus fares stay the same.",
    },
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("left_out")
    (root / "docs.jsonl").write_text("\n".join(json.dumps(d) for d in DOCS) + "\n", encoding="utf-8")
    return build_engine(root)


def test_a_limit_says_how_many_events_it_left_out(engine: Engine) -> None:
    whole = engine.timeline("ferry")
    assert len(whole.events) == 3 and whole.left_out == 0 and not timeline_notes(whole)
    cut = engine.timeline("ferry", limit=2)
    assert len(cut.events) == 2 and cut.left_out == 1
    shown = text.timeline_text(cut)
    assert "Showing 2 of 3 events" in shown
    assert "Showing 2 of 3 events" in (embeds.timeline_embed(cut, 0, 8).description or "")
    everything = engine.timeline(limit=1)
    assert len(everything.events) == 1 and everything.left_out == 3  # the council's too


def test_relative_days_of_undated_articles_are_counted_never_placed(engine: Engine) -> None:
    t = engine.timeline("skipper")
    # "on Wednesday" in an article stating no date: no day to count from, so no event ...
    assert t.events == []
    # ... but said: two sentences name a day (the crew's names none, and is not about the skipper)
    assert t.unplaced == 2
    shown = text.timeline_text(t)
    assert "No dated events found." in shown
    assert "2 sentences on this topic in undated articles name a day not placed here" in shown
    embed = embeds.timeline_embed(t, 0, 8)
    assert "2 sentences on this topic" in (embed.description or "")
    # a dated article's events are placed, and nothing of it counts as unplaced
    assert engine.timeline("ferry").unplaced == 0


def test_the_whole_timeline_counts_the_same_sentences(engine: Engine) -> None:
    """Without a topic the count is of the same kind, over the whole corpus: the skipper's two sentences
    (not 0 beside a topic's 2), whatever window or limit the events are cut to."""
    assert engine.timeline().unplaced == 2
    assert engine.timeline(limit=1).unplaced == 2
    shown = text.timeline_text(engine.timeline())
    assert "\n2 sentences in undated articles name a day not placed here" in shown


def test_every_front_end_says_what_was_left_out(engine: Engine) -> None:
    """One wording, shown by the plain text (CLI, console), a Discord page, grouped or not, and the web."""
    cut = engine.timeline("ferry", limit=2).model_copy(update={"unplaced": 1})
    notes = timeline_notes(cut)
    assert notes == [
        "Showing 2 of 3 events, the most reported (a higher limit shows more).",
        "1 sentence on this topic in undated articles names a day not placed here (their articles state "
        "no date to count it from).",
    ]
    grouped = browse.timeline_page_embed(TimelinePages(cut, 8, "week"), 0).description or ""
    for note in notes:
        assert note in text.timeline_text(cut)
        assert note in (embeds.timeline_embed(cut, 0, 8).description or "")
        assert note in grouped


async def test_the_web_page_says_what_was_left_out(engine: Engine) -> None:
    shown = engine.timeline("skipper")

    class Service:
        version = "v1"

        async def timeline(self, topic: str, since: object, until: object) -> Timeline:
            return shown

    view = await timeline_page(Service(), TimelineParams(topic="skipper"), TimelineCache())  # type: ignore[arg-type]
    assert view.total == 0 and view.notes == timeline_notes(shown) and len(view.notes) == 1
