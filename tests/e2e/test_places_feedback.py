"""Where the bot speaks and what moderators learn, end to end: a server's moderators choose the channels
the bot answers in (``/server allow``, or the ``channel_ids`` setting) — elsewhere a mention gets
nothing and a command an ephemeral pointer; /server is for moderators only and a setting that cannot
be saved says so; 👎 asks for an optional reason that is stored with the vote; /feedback lists recent
👎 with question, answer and reason, and the questions declined most often."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.store.sqlite import APPLICATION_ID, SCHEMA_VERSION
from tests.e2e.conftest import Launch, buttons, embed_of, server
from tests.e2e.emulator import BOT_ID, CHANNEL_ID, EPHEMERAL, JSON, OTHER_CHANNEL_ID

QUESTION = "Is Putin open to direct talks with Ukraine?"
DECLINED = "What is the recipe for sourdough pretzels?"


def ephemeral(msg: JSON) -> bool:
    return bool(msg.get("flags", 0) & EPHEMERAL)


async def test_allowed_channels_by_moderator_command_elsewhere_nothing_or_a_pointer(launch: Launch) -> None:
    h = await launch()
    shown = embed_of(await server(h, allow=CHANNEL_ID))
    assert {"name": "Answers in", "value": f"<#{CHANNEL_ID}>", "inline": False} in shown["fields"]
    # a mention in another channel gets nothing; a command there gets a pointer only the asker sees
    before = len(h.emu.sent)
    await h.emu.post(h.alice, f"<@{BOT_ID}> {QUESTION}", channel_id=OTHER_CHANNEL_ID)
    for name, options in (("ask", {"question": QUESTION}), ("timeline", {}), ("sources", {})):
        inter = await h.emu.command(h.alice, name, options, channel_id=OTHER_CHANNEL_ID)
        pointer = await h.emu.wait_final(inter)
        assert ephemeral(pointer) and f"<#{CHANNEL_ID}>" in pointer["content"], name
    helped = await h.emu.wait_final(await h.emu.command(h.alice, "help", channel_id=OTHER_CHANNEL_ID))
    assert helped["embeds"], "/help works everywhere"
    answered = await h.mention(h.bob, QUESTION)  # in the allowed channel
    assert "open to direct bilateral talks" in embed_of(answered)["description"]
    replies = [s for s in h.emu.sent[before:] if s.message["channel_id"] == str(OTHER_CHANNEL_ID)]
    assert all(s.ephemeral for s in replies), "nothing public in the channel that is not allowed"
    # everywhere again
    cleared = embed_of(await server(h, everywhere=True))
    assert {"name": "Answers in", "value": "every channel", "inline": False} in cleared["fields"]
    msg = await h.emu.post(h.alice, f"<@{BOT_ID}> {QUESTION}", channel_id=OTHER_CHANNEL_ID)
    assert (await h.emu.wait_reply_to(msg))["embeds"]


async def test_allowed_channels_from_the_settings_file(launch: Launch) -> None:
    h = await launch(channel_ids=[OTHER_CHANNEL_ID])
    inter = await h.emu.command(h.alice, "ask", {"question": QUESTION})  # in #news, not allowed
    assert f"<#{OTHER_CHANNEL_ID}>" in (await h.emu.wait_final(inter))["content"]
    msg = await h.emu.post(h.alice, f"<@{BOT_ID}> {QUESTION}", channel_id=OTHER_CHANNEL_ID)
    assert (await h.emu.wait_reply_to(msg))["embeds"]
    # the server's own list, once made, wins over the file's
    await server(h, allow=CHANNEL_ID)
    _inter, final = await h.ask(h.alice, QUESTION)
    assert final["embeds"]


async def test_server_is_for_moderators_and_its_settings_survive_a_restart(launch: Launch) -> None:
    h = await launch()
    refused = await h.emu.wait_final(await h.emu.command(h.alice, "server", {"threads": "on"}))
    assert ephemeral(refused) and "moderators" in refused["content"].lower()
    assert int(h.emu.guild_commands["server"]["default_member_permissions"]) == 1 << 5
    await server(h, allow=CHANNEL_ID, dms="off")
    by_role = await h.emu.wait_final(await h.emu.command(h.role_mod, "server", {"threads": "on"}))
    assert "Saved." in embed_of(by_role)["description"]
    assert h.restart is not None
    h = await h.restart()
    fields = {f["name"]: f["value"] for f in embed_of(await server(h))["fields"]}
    assert fields == {
        "Threads under answers": "on",
        "Answers in DMs": "off",
        "Answers in": f"<#{CHANNEL_ID}>",
    }
    inter = await h.emu.command(h.alice, "ask", {"question": QUESTION}, channel_id=OTHER_CHANNEL_ID)
    assert f"<#{CHANNEL_ID}>" in (await h.emu.wait_final(inter))["content"]


async def test_a_server_setting_that_cannot_be_stored_says_so(launch: Launch, tmp_path: Path) -> None:
    db = tmp_path / "newer.db"  # a newer bot's file: left alone, the bot runs without a store
    con = sqlite3.connect(db)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    h = await launch(db=db)
    reply = embed_of(await server(h, threads="on"))
    assert reply["description"].startswith("Not saved") and "Nothing changed" in reply["description"]
    assert {"name": "Threads under answers", "value": "off (the bot's default)", "inline": True} in reply[
        "fields"
    ]


async def test_thumbs_down_asks_for_an_optional_reason_stored_with_the_vote(launch: Launch) -> None:
    h = await launch()
    _inter, final = await h.ask(h.alice, QUESTION)
    down = next(b for b in buttons(final) if b.startswith("fb:down:"))
    press = await h.emu.press(h.bob, final, down)
    note = await h.emu.wait_final(press)
    assert ephemeral(note) and note["content"].startswith("Thanks, noted.")
    [menu] = [c for row in note["components"] for c in row["components"]]
    assert menu["type"] == 3 and [o["value"] for o in menu["options"]] == [
        "wrong_quote",
        "not_answered",
        "outdated",
        "other",
    ]
    answer_id = down.split(":", 2)[2]
    [row] = await h.service.store.feedback()
    assert (row.user_id, row.vote, row.reason) == (h.bob.id, -1, None), "the vote counts without a reason"
    choice = await h.emu.choose(h.bob, h.emu.messages[note["id"]], menu["custom_id"], ["wrong_quote"])
    await h.emu.wait_acked(choice)
    assert (
        choice.response_type == 7 and h.emu.messages[note["id"]]["content"] == "Thanks, noted: wrong quote."
    )
    assert not h.emu.messages[note["id"]]["components"]
    [row] = await h.service.store.feedback()
    assert (row.answer_id, row.user_id, row.vote, row.reason) == (answer_id, h.bob.id, -1, "wrong_quote")
    up = next(b for b in buttons(final) if b.startswith("fb:up:"))
    thanks = await h.emu.wait_final(await h.emu.press(h.alice, final, up))
    assert thanks["content"] == "Thanks, your vote is recorded." and not thanks["components"], (
        "no menu for 👍"
    )


async def test_the_reason_menu_still_works_after_a_restart(launch: Launch) -> None:
    h = await launch()
    _inter, final = await h.ask(h.alice, QUESTION)
    note = await h.emu.wait_final(
        await h.emu.press(h.bob, final, next(b for b in buttons(final) if "down" in b))
    )
    assert h.restart is not None
    h = await h.restart()
    [menu] = [c for row in note["components"] for c in row["components"]]
    await h.emu.wait_acked(
        await h.emu.choose(h.bob, h.emu.messages[note["id"]], menu["custom_id"], ["outdated"])
    )
    [row] = await h.service.store.feedback()
    assert row.reason == "outdated"


async def test_feedback_lists_recent_thumbs_down_and_the_most_declined_questions(launch: Launch) -> None:
    h = await launch()
    _inter, final = await h.ask(h.alice, QUESTION)
    note = await h.emu.wait_final(
        await h.emu.press(h.bob, final, next(b for b in buttons(final) if "down" in b))
    )
    [menu] = [c for row in note["components"] for c in row["components"]]
    await h.emu.wait_acked(
        await h.emu.choose(h.bob, h.emu.messages[note["id"]], menu["custom_id"], ["outdated"])
    )
    for user in (h.alice, h.bob):
        await h.ask(user, DECLINED)
    await h.ask(h.alice, "Who won the 1930 football world cup?")
    await h.service.wait_recorded()
    refused = await h.emu.wait_final(await h.emu.command(h.alice, "feedback"))
    assert ephemeral(refused) and "moderators" in refused["content"].lower()
    listing = await h.emu.wait_final(await h.emu.command(h.mod, "feedback"))
    assert ephemeral(listing)
    fields = {f["name"]: f["value"] for f in embed_of(listing)["fields"]}
    recent = fields["Recent 👎"].replace("\\", "")
    assert "outdated" in recent and f"Q: {QUESTION}" in recent and "A: " in recent and "bilateral" in recent
    declined = fields["Declined most often"].replace("\\", "").splitlines()
    assert declined[0].startswith("**2×** looked for ") and declined[0].endswith(
        "e.g. What is the recipe for sourdough pretzels?"
    )
    assert len(declined) == 2
