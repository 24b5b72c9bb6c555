"""/reload for moderators: re-read the corpus while questions keep being answered from the old one."""

from __future__ import annotations

import logging
import threading
import time

import discord
from discord.ext import commands

from bot import render
from bot.commands import CommandName
from bot.discord_app.checks import asker_id
from bot.discord_app.client import NewsBot
from bot.discord_app.slash import Handler, RegistryCog
from bot.discord_app.views import NONE, ReloadCancel

log = logging.getLogger(__name__)

PROGRESS_EVERY = 1.0  # seconds between progress edits: Discord rate-limits message edits


class ReloadCog(RegistryCog, name="Reload"):
    def handlers(self) -> dict[CommandName, Handler]:
        return {"reload": self.reload}

    async def reload(self, interaction: discord.Interaction) -> None:
        """Moderators only: the registry's spec makes the command check it before this runs."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        cancel = threading.Event()
        view = ReloadCancel(self.bot.live_views, asker_id(interaction), cancel)
        last = 0.0

        async def progress(text: str) -> None:
            nonlocal last
            now = time.monotonic()
            if now - last < PROGRESS_EVERY:
                return
            last = now
            try:
                await interaction.edit_original_response(
                    content=render.message_content(text),
                    view=None if view.is_finished() else view,
                    allowed_mentions=NONE,
                )
            except discord.HTTPException as exc:
                log.info("could not show reload progress (%s)", exc.status)

        who = f"{interaction.user} ({interaction.user.id})"
        try:
            report = await self.bot.service.reload(by=who, progress=progress, cancel=cancel)
        finally:
            view.stop()
        await interaction.edit_original_response(
            content=None, embed=render.reload_embed(report), view=None, allowed_mentions=NONE
        )


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, NewsBot)
    await bot.add_cog(ReloadCog(bot))
