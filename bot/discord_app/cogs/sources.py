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
        embed = render.sources_embed(result)
        # the corpus version: every process of a cluster shows the same one after a reload
        embed.set_footer(text=f"{embed.footer.text} · corpus {self.bot.service.version[:12]}")
        await interaction.followup.send(embed=embed, allowed_mentions=NONE)

    async def help(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(
            embed=render.help_embed(), ephemeral=True, allowed_mentions=NONE
        )


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, NewsBot)
    await bot.add_cog(SourcesCog(bot))
