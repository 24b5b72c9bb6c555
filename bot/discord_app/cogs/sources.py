"""/sources and /help: what the bot can quote, and how to ask it."""

from __future__ import annotations

import discord
from discord.ext import commands

from bot import render
from bot.commands import CommandName
from bot.discord_app.client import NewsBot
from bot.discord_app.slash import Handler, RegistryCog
from bot.discord_app.views import NONE


class SourcesCog(RegistryCog, name="Sources"):
    def handlers(self) -> dict[CommandName, Handler]:
        return {"sources": self.sources, "help": self.help}

    async def sources(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True)
        result = await self.bot.service.sources()
        await interaction.followup.send(embed=render.sources_embed(result), allowed_mentions=NONE)

    async def help(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(
            embed=render.help_embed(), ephemeral=True, allowed_mentions=NONE
        )


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, NewsBot)
    await bot.add_cog(SourcesCog(bot))
