"""One process of a cluster, through Discord: with ``shard_count`` and ``shard_ids`` set, the bot is
discord.py's AutoShardedBot running exactly those shards — it identifies to the gateway as that shard
and answers as usual; /sources names the corpus version it serves (the same in every process after a
reload, see tests/pg/test_cluster_reload.py)."""

from __future__ import annotations

import discord
import pytest
from pydantic import ValidationError

from bot.discord_app.client import ShardedNewsBot
from bot.settings import Settings
from tests.e2e.conftest import GUILD_ID, Launch, embed_of


async def test_a_process_of_a_cluster_identifies_as_its_shard_and_answers(launch: Launch) -> None:
    h = await launch(shard_count=2, shard_ids=[1])
    assert isinstance(h.bot, ShardedNewsBot)
    assert h.bot.shard_count == 2 and h.bot.shard_ids == [1]
    assert h.emu.identify_shards == [[1, 2]], "IDENTIFY carries [shard_id, shard_count]"
    assert h.emu.sync_calls == [], "shard 0's process syncs the commands, not this one"
    h.bot.tree.copy_global_to(guild=discord.Object(id=GUILD_ID))
    await h.bot.tree.sync(guild=discord.Object(id=GUILD_ID))  # as the process running shard 0 does
    _, reply = await h.ask(h.alice, "Is Putin open to direct talks with Ukraine?")
    assert embed_of(reply)["description"]


@pytest.mark.parametrize(("shard_ids", "syncs"), [([1], False), ([0], True), ([1, 0], True), (None, True)])
async def test_only_the_process_running_shard_0_syncs_the_slash_commands(
    launch: Launch, shard_ids: list[int] | None, syncs: bool
) -> None:
    h = await launch(shard_count=2, shard_ids=shard_ids, sync_global=True)
    assert h.bot.syncs_commands is syncs
    assert h.emu.sync_calls == ([str(GUILD_ID), "global"] if syncs else [])


async def test_without_shard_settings_the_bot_is_not_sharded(launch: Launch) -> None:
    h = await launch()
    assert not isinstance(h.bot, ShardedNewsBot)
    assert h.emu.identify_shards == [None]


@pytest.mark.parametrize(
    ("values", "says"),
    [
        ({"shard_ids": "0"}, "needs shard_count"),
        ({"shard_count": 2, "shard_ids": "0,2"}, r"from 0 to 1 \(shard_count - 1\); not \[2\]"),
        ({"shard_count": 2, "shard_ids": "1,1"}, "listed twice"),
        ({"shard_count": 0}, "greater than or equal to 1"),
    ],
)
def test_shard_settings_are_checked(values: dict[str, object], says: str) -> None:
    with pytest.raises(ValidationError, match=says):
        Settings(_env_file=None, **values)  # type: ignore[arg-type]


def test_shard_ids_come_from_the_environment_as_a_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBOT_SHARD_COUNT", "4")
    monkeypatch.setenv("NEWSBOT_SHARD_IDS", "2,3")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert (settings.shard_count, settings.shard_ids) == (4, [2, 3])


async def test_sources_names_the_corpus_version_this_process_serves(launch: Launch) -> None:
    h = await launch()
    inter = await h.emu.command(h.alice, "sources")
    embed = embed_of(await h.emu.wait_final(inter))
    assert embed["footer"]["text"].endswith(f"corpus {h.service.version[:12]}")
