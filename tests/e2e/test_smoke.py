"""The real client logs in to the emulator, syncs to the dev guild, and answers a mention."""

from __future__ import annotations

from tests.e2e.conftest import Launch, embed_of


async def test_login_sync_and_mention(launch: Launch) -> None:
    h = await launch()
    assert h.emu.requests[:2] == ["GET /users/@me", "GET /oauth2/applications/@me"]
    assert set(h.emu.guild_commands) == {"ask", "timeline", "sources", "feedback", "server", "help", "reload"}
    assert not h.emu.global_commands
    reply = await h.mention(h.alice, "Is Putin open to direct talks with Ukraine?")
    assert "[1]" in embed_of(reply)["description"]
