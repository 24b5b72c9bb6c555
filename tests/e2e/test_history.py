"""The question history and honest feedback, end to end: Discord questions are recorded with who asked
where, and with no store a vote or a reload is never reported as recorded."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.store import QuestionQuery, UnavailableStore
from bot.store.sqlite import APPLICATION_ID, SCHEMA_VERSION
from tests.e2e.conftest import Launch, buttons, embed_of
from tests.e2e.emulator import CHANNEL_ID, EPHEMERAL, GUILD_ID

QUESTION = "Is Putin open to direct talks with Ukraine?"


async def test_slash_and_mention_questions_are_recorded_with_their_ids(launch: Launch) -> None:
    h = await launch()
    await h.ask(h.alice, QUESTION)
    await h.mention(h.bob, "What is the recipe for sourdough pretzels?")
    await h.service.wait_recorded()
    mention, slash = (await h.service.store.questions(QuestionQuery())).items
    assert (slash.source, slash.user_id, slash.guild_id, slash.channel_id) == (
        "discord",
        h.alice.id,
        GUILD_ID,
        CHANNEL_ID,
    )
    assert slash.question == QUESTION and not slash.abstained
    assert (mention.user_id, mention.guild_id, mention.channel_id) == (h.bob.id, GUILD_ID, CHANNEL_ID)
    assert mention.abstained and mention.gap_key


async def test_without_a_store_votes_and_reloads_are_not_claimed_as_recorded(
    launch: Launch, tmp_path: Path
) -> None:
    db = tmp_path / "newer.db"  # written by a newer newsbot: left alone, the bot runs without a store
    con = sqlite3.connect(db)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    h = await launch(db=db)
    assert isinstance(h.service.store, UnavailableStore)
    _inter, final = await h.ask(h.alice, QUESTION)
    assert "[1]" in embed_of(final)["description"], "answers do not need a store"
    up = next(b for b in buttons(final) if b.startswith("fb:up:"))
    note = await h.emu.wait_final(await h.emu.press(h.bob, final, up))
    assert note["flags"] & EPHEMERAL
    assert "not recorded" in note["content"] and "Thanks" not in note["content"]
    inter = await h.emu.command(h.mod, "reload")
    await h.emu.wait_until(lambda: bool(inter.original and inter.original.get("embeds")), within=20)
    assert inter.original is not None
    embed = embed_of(inter.original)
    assert embed["title"].startswith("Corpus reloaded")
    [field] = [f for f in embed["fields"] if f["name"] == "Not recorded in the reload history"]
    assert "unavailable" in field["value"]
