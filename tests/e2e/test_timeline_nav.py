"""Finding one's way around a timeline, end to end: the topic is suggested from the corpus's most
frequent event subjects as it is typed; since/until take dates as people write them (a clear error
otherwise); pages turn to the first and last, a menu jumps to a month, the page count is shown; a
long range can be grouped by day, week or month; "📈 chart" attaches a PNG of the timeline, which
differs when the data does. Buttons pressed after a restart are answered, not left to fail."""

from __future__ import annotations

import json
import re
import struct
from datetime import date, timedelta
from pathlib import Path

from bot.dates import today
from tests.e2e.conftest import Launch, actions, control, embed_of
from tests.e2e.emulator import EPHEMERAL, JSON


def footer(msg: JSON) -> str:
    return str(embed_of(msg)["footer"]["text"])


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def menu(msg: JSON, action: str) -> JSON:
    cid = control(msg, action)
    return next(c for row in msg["components"] for c in row["components"] if c["custom_id"] == cid)


async def test_topic_is_suggested_from_the_most_frequent_event_subjects(launch: Launch) -> None:
    h = await launch()
    offered = await h.emu.autocomplete(h.alice, "timeline", "topic", "")
    assert 1 <= len(offered) <= 25
    assert offered[0]["value"] == "Ukraine" and offered[0]["name"].startswith("Ukraine (")
    typed = await h.emu.autocomplete(h.alice, "timeline", "topic", "put")
    assert [c["value"] for c in typed][:2] == ["Putin", "Vladimir Putin"], "starting with it, then containing"
    assert await h.emu.autocomplete(h.alice, "timeline", "topic", "zzzz") == []
    final = await h.emu.wait_final(await h.emu.command(h.alice, "timeline", {"topic": typed[0]["value"]}))
    assert embed_of(final)["title"] == "Timeline: Putin"


async def test_since_and_until_take_dates_as_people_write_them(launch: Launch) -> None:
    h = await launch(timeline_page_size=20)
    april = await h.emu.wait_final(
        await h.emu.command(h.alice, "timeline", {"since": "April 2025", "until": "april 2025"})
    )
    dates = [line.split("**")[1] for line in embed_of(april)["description"].splitlines()]
    assert dates and all(d.startswith("2025-04") for d in dates), dates
    refused = await h.emu.wait_final(await h.emu.command(h.alice, "timeline", {"until": "the day after"}))
    assert (
        refused["flags"] & EPHEMERAL and "try one of: 2025-05-12, 12 May 2025, May 2025" in refused["content"]
    )


async def test_since_and_until_take_last_week_and_iso_days(launch: Launch, tmp_path: Path) -> None:
    """ "last week" is the calendar week before today's (in UTC, as the bot reads it); an ISO day is that
    day. The corpus's events are dated relative to today so that the test means the same any day."""
    now = today()
    monday = now - timedelta(days=now.weekday())
    last_week, before = monday - timedelta(days=4), monday - timedelta(days=30)
    corpus = tmp_path / "council"
    corpus.mkdir()
    docs = [
        {
            "id": f"c{i}",
            "title": f"Council report {i}",
            "source": "Town Crier",
            "published": (day + timedelta(days=1)).isoformat(),
            "text": f"The council approved the {what} plan on {day.strftime('%B')} {day.day}, {day.year}.",
        }
        for i, (day, what) in enumerate(
            ((last_week, "bridge"), (before, "harbour"), (date(2025, 5, 12), "ferry"))
        )
    ]
    (corpus / "c.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    h = await launch(corpus_dir=corpus)

    async def events(options: dict[str, str]) -> list[str]:
        final = await h.emu.wait_final(await h.emu.command(h.alice, "timeline", options))
        return str(embed_of(final)["description"]).splitlines()

    recent = await events({"since": "last week", "until": "last week"})
    assert len(recent) == 1 and last_week.isoformat() in recent[0] and "bridge" in recent[0], recent
    day = await events({"since": "2025-05-12", "until": "2025-05-12"})
    assert len(day) == 1 and "2025-05-12" in day[0] and "ferry" in day[0], day
    assert len(await events({"since": "2025-05-13"})) == 2, "since a day: that day on"


async def test_pages_turn_to_first_and_last_jump_to_a_month_and_show_the_count(launch: Launch) -> None:
    h = await launch(timeline_page_size=2)
    first = await h.emu.wait_final(await h.emu.command(h.alice, "timeline"))
    assert actions(first) == ["first", "prev", "page", "next", "last", "jump", "chart"]
    count = int(footer(first).split("page 1/")[1].split(" ")[0])
    assert count >= 5
    label = next(
        c for row in first["components"] for c in row["components"] if c["custom_id"].endswith(":page")
    )
    assert label["label"] == f"1/{count}" and label["disabled"]
    await h.emu.wait_acked(await h.emu.press(h.alice, first, control(first, "last")))
    last = h.emu.messages[first["id"]]
    assert f"page {count}/{count}" in footer(last)
    nxt = next(c for row in last["components"] for c in row["components"] if c["custom_id"].endswith(":next"))
    assert nxt["disabled"], "nothing after the last page"
    await h.emu.wait_acked(await h.emu.press(h.alice, last, control(last, "first")))
    assert f"page 1/{count}" in footer(h.emu.messages[first["id"]])
    jump = menu(first, "jump")
    months = {o["label"]: o["value"] for o in jump["options"]}
    assert "April 2025" in months and all(
        o["description"].endswith(("event", "events")) or "page" in o["description"] for o in jump["options"]
    )
    choice = await h.emu.choose(
        h.alice, h.emu.messages[first["id"]], control(first, "jump"), [months["April 2025"]]
    )
    await h.emu.wait_acked(choice)
    shown = embed_of(h.emu.messages[first["id"]])["description"]
    assert "**2025-04" in shown, "the page where April starts"
    refused = await h.emu.choose(
        h.bob, h.emu.messages[first["id"]], control(first, "jump"), [months["April 2025"]]
    )
    assert "Only the person who asked" in (await h.emu.wait_final(refused))["content"]


async def test_a_long_range_can_be_grouped_by_day_week_or_month(launch: Launch) -> None:
    h = await launch()
    grouped = await h.emu.wait_final(
        await h.emu.command(h.alice, "timeline", {"since": "2025", "grouping": "month"})
    )
    embed = embed_of(grouped)
    assert embed["title"] == "Timeline (since 2025-01-01, by month)"
    lines = embed["description"].splitlines()
    assert re.match(r"\*\*[^*]+\*\* · (?:1 of \d+ events|1 event) — ", lines[0]), lines[0]
    assert any(line.startswith("**April 2025** · ") for line in lines)
    assert all(line.rstrip().endswith("]") for line in lines), (
        "each line quotes its period's lead event, cited"
    )
    assert embed["fields"][0]["name"] == "Sources"
    assert "months" in footer(grouped)
    weekly = await h.emu.wait_final(await h.emu.command(h.alice, "timeline", {"grouping": "week"}))
    assert "week of " in embed_of(weekly)["description"]


async def test_chart_button_attaches_a_readable_png_that_changes_with_the_data(launch: Launch) -> None:
    h = await launch()
    pictures = []
    for topic in ("ceasefire", "Putin"):
        listing = await h.emu.wait_final(await h.emu.command(h.alice, "timeline", {"topic": topic}))
        press = await h.emu.press(h.bob, listing, control(listing, "chart"))  # anyone may look at it
        reply = await h.emu.wait_final(press)
        assert press.response_type == 5 and reply["flags"] & EPHEMERAL
        [attachment] = reply["attachments"]
        assert attachment["filename"] == "timeline.png" and attachment["content_type"] == "image/png"
        data = h.emu.files[attachment["id"]]
        width, height = png_size(data)
        assert width >= 600 and height >= 300
        pictures.append(data)
    assert pictures[0] != pictures[1], "another timeline, another picture"


async def test_buttons_pressed_after_a_restart_get_a_clear_message(launch: Launch) -> None:
    h = await launch(timeline_page_size=2)
    listing = await h.emu.wait_final(await h.emu.command(h.alice, "timeline"))
    assert h.restart is not None
    h = await h.restart()
    for action in ("next", "chart"):
        press = await h.emu.press(h.alice, h.emu.messages[listing["id"]], control(listing, action))
        note = await h.emu.wait_final(press)
        assert (
            note["flags"] & EPHEMERAL
            and "no longer work" in note["content"]
            and "restarted" in note["content"]
        )
    month = menu(listing, "jump")["options"][-1]["value"]
    chosen = await h.emu.choose(h.alice, h.emu.messages[listing["id"]], control(listing, "jump"), [month])
    note = await h.emu.wait_final(chosen)
    assert note["flags"] & EPHEMERAL and "no longer work" in note["content"], "the month menu too"
    # a message from before the buttons carried their view's nonce
    old = dict(
        listing,
        components=[
            {
                "type": 1,
                "components": [{"type": 2, "style": 2, "custom_id": "tl:next", "emoji": {"name": "▶"}}],
            }
        ],
    )
    h.emu.messages[old["id"]] = old
    note = await h.emu.wait_final(await h.emu.press(h.alice, old, "tl:next"))
    assert "no longer work" in note["content"]
