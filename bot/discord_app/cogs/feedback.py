"""/feedback for moderators: the latest 👎 with the question, the answer given and the reason, and the
questions the bot declined most often (what the coverage lacks), from the store."""

from __future__ import annotations

import discord
from discord.ext import commands

from bot.commands import CommandName
from bot.discord_app.client import NewsBot
from bot.discord_app.slash import Handler, RegistryCog
from bot.discord_app.views import NONE
from bot.render.browse import feedback_embed

#: rows of each list shown (the status pages list them all)
SHOWN = 8


class FeedbackCog(RegistryCog, name="Feedback"):
    def handlers(self) -> dict[CommandName, Handler]:
        return {"feedback": self.feedback}

    async def feedback(self, interaction: discord.Interaction) -> None:
        """Moderators only: the registry's spec makes the command check it before this runs."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        rows, gaps, problem = await self.bot.service.feedback_report(SHOWN)
        await interaction.followup.send(embed=feedback_embed(rows, gaps, problem), allowed_mentions=NONE)


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, NewsBot)
    await bot.add_cog(FeedbackCog(bot))
