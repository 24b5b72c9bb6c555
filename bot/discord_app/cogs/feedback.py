"""/feedback for moderators: the latest 👎 with the question, the answer given and the reason, and the
questions the bot declined most often (what the coverage lacks), from the store."""

from __future__ import annotations

import asyncio
import logging

import discord
from discord.ext import commands

from bot.commands import CommandName
from bot.discord_app.client import NewsBot
from bot.discord_app.slash import Handler, RegistryCog
from bot.discord_app.views import NONE
from bot.render.browse import feedback_embed
from bot.store import FeedbackRow, GapRow, StoreError

log = logging.getLogger(__name__)

#: rows of each list shown (the status pages list them all)
SHOWN = 8


class FeedbackCog(RegistryCog, name="Feedback"):
    def handlers(self) -> dict[CommandName, Handler]:
        return {"feedback": self.feedback}

    async def feedback(self, interaction: discord.Interaction) -> None:
        """Moderators only: the registry's spec makes the command check it before this runs."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        store = self.bot.service.store
        rows: list[FeedbackRow] = []
        gaps: list[GapRow] = []
        problem = None
        try:
            rows, gaps = await asyncio.gather(store.feedback(limit=SHOWN), store.gaps(limit=SHOWN))
        except StoreError as exc:
            log.warning("/feedback could not read the store: %s", exc)
            problem = f"The feedback could not be read right now: {exc}"
        if not store.available:
            problem = "No store is in use (--no-cache, or its file could not be used): nothing is recorded."
        await interaction.followup.send(embed=feedback_embed(rows, gaps, problem), allowed_mentions=NONE)


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, NewsBot)
    await bot.add_cog(FeedbackCog(bot))
