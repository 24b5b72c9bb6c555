"""/server for moderators: whether answers open threads, whether the server's members are answered in
DMs, and the channels the bot answers in. Saved through the store, so they survive restarts and reach
every process of a cluster; a setting that could not be saved says so."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Literal

import discord
from discord.ext import commands

from bot.commands import CommandName
from bot.discord_app.client import NewsBot
from bot.discord_app.slash import Handler, RegistryCog
from bot.discord_app.views import NONE, tell
from bot.render.browse import server_embed
from bot.store import MAX_ALLOWED_CHANNELS, ServerSettings, StoreWriteError

log = logging.getLogger(__name__)

OnOff = Literal["on", "off"]


class ServerCog(RegistryCog, name="Server"):
    def handlers(self) -> dict[CommandName, Handler]:
        return {"server": self.server}

    async def server(
        self,
        interaction: discord.Interaction,
        threads: OnOff | None = None,
        dms: OnOff | None = None,
        allow: int | None = None,
        disallow: int | None = None,
        everywhere: bool | None = None,
    ) -> None:
        """Moderators only, in a server (the registry's spec checks both before this runs)."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        guild_id = interaction.guild_id
        if guild_id is None:  # guild-only command: Discord does not offer it elsewhere
            await tell(interaction, "/server works only in a server.")
            return
        places = self.bot.places
        current = await places.server(guild_id)
        channels = list(current.channel_ids)
        not_listed = disallow is not None and disallow not in channels
        if everywhere:
            channels = []
        if allow is not None and allow not in channels:
            channels.append(allow)
        if disallow is not None and disallow in channels:
            channels.remove(disallow)
        if len(channels) > MAX_ALLOWED_CHANNELS:
            await tell(interaction, f"A server can allow at most {MAX_ALLOWED_CHANNELS} channels.")
            return
        changed = ServerSettings(
            guild_id=guild_id,
            threads=current.threads if threads is None else threads == "on",
            dms=current.dms if dms is None else dms == "on",
            channel_ids=tuple(channels),
            updated_by=interaction.user.id,
            updated_at=datetime.now(UTC),
        )
        note = ""
        asked = any(v is not None for v in (threads, dms, allow, disallow, everywhere))
        if asked and changed.model_dump(exclude={"updated_by", "updated_at"}) != current.model_dump(
            exclude={"updated_by", "updated_at"}
        ):
            try:
                await places.save(changed)
                current, note = changed, "Saved."
            except StoreWriteError as exc:
                log.warning("server %s's settings not saved: %s", guild_id, exc)
                note = f"Not saved: the settings cannot be stored right now ({exc}). Nothing changed."
        elif asked:
            note = "Nothing to change."
        if not_listed:
            note = f"{note} That channel was not on the list.".strip()
        embed = server_embed(
            current, default_threads=places.threads(ServerSettings(guild_id=guild_id)),
            default_dms=places.dms(ServerSettings(guild_id=guild_id)), note=note,
        )  # fmt: skip
        await interaction.followup.send(embed=embed, allowed_mentions=NONE)


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, NewsBot)
    await bot.add_cog(ServerCog(bot))
