"""/sources and /help: what the bot can quote (paged, searchable by outlet or title words, built off
the event loop), and how to ask it, with example questions drawn from the loaded corpus."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot import render
from bot.commands import CommandName, Suggestions
from bot.discord_app.client import NewsBot
from bot.discord_app.pagers import SOURCES_PAGE, SourcesPager
from bot.discord_app.slash import Completer, Handler, RegistryCog, choices
from bot.discord_app.views import NONE


class SourcesCog(RegistryCog, name="Sources"):
    def handlers(self) -> dict[CommandName, Handler]:
        return {"sources": self.sources, "help": self.help}

    def completers(self) -> dict[Suggestions, Completer]:
        return {"sources": self.suggest}

    async def suggest(self, interaction: discord.Interaction, typed: str) -> list[app_commands.Choice[str]]:
        """Outlets and title words that match what is typed, from the sources index (worked out in a
        worker thread, once per corpus version)."""
        found = await self.bot.service.sources_index.suggest(self.bot.service.engine, typed)
        return choices([(s, s) for s in found])

    async def sources(self, interaction: discord.Interaction, search: str | None = None) -> None:
        await interaction.response.defer(thinking=True)
        text = " ".join((search or "").split())
        index, first = await self.bot.service.sources_index.search_page(
            self.bot.service.engine, text, "date", "desc", 0, SOURCES_PAGE
        )
        pager = SourcesPager(
            self.bot.live_views, index, text, first.total,
            owner_id=interaction.user.id, timeout=self.bot.view_timeout,
        )  # fmt: skip
        pager.message = await interaction.followup.send(
            embed=await pager.embed(), view=pager, allowed_mentions=NONE, wait=True
        )

    async def help(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(
            embed=render.help_embed(self.bot.service.examples), ephemeral=True, allowed_mentions=NONE
        )


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, NewsBot)
    await bot.add_cog(SourcesCog(bot))
