"""/timeline: dated events about a topic (suggested from the corpus's most frequent event subjects),
between two dates as people type them, event by event or grouped by day, week or month; paged with
buttons and a month jump menu only the requester can use, and a chart anyone can open."""

from __future__ import annotations

import asyncio
from datetime import date

import discord
from discord import app_commands
from discord.ext import commands

from bot.commands import CommandName, Suggestions
from bot.discord_app.client import NewsBot
from bot.discord_app.pagers import TimelinePager
from bot.discord_app.slash import Completer, Handler, RegistryCog, choices
from bot.discord_app.views import NONE, tell
from bot.service import QuestionError
from bot.timeline_pages import Grouping, TimelinePages
from retrieval import fold


class TimelineCog(RegistryCog, name="Timeline"):
    def handlers(self) -> dict[CommandName, Handler]:
        return {"timeline": self.timeline}

    def completers(self) -> dict[Suggestions, Completer]:
        return {"topics": self.topics}

    async def topics(self, interaction: discord.Interaction, typed: str) -> list[app_commands.Choice[str]]:
        """The corpus's most frequent event subjects containing what is typed (those starting with it
        first). Worked out once per corpus version off the loop; nothing until it is ready."""
        digest = self.bot.service.digest.current(self.bot.service.version)
        if digest is None:
            return []
        needle = fold(typed.strip()).casefold()
        starting, containing = [], []
        for name, count in digest.subjects:
            folded = fold(name).casefold()
            if not needle or folded.startswith(needle):
                starting.append((name, count))
            elif needle in folded:
                containing.append((name, count))
        ranked = (starting + containing)[:25]
        return choices(
            [(f"{name} ({count} event{'s' if count != 1 else ''})", name) for name, count in ranked]
        )

    async def timeline(
        self,
        interaction: discord.Interaction,
        topic: str | None,
        since: date | None,
        until: date | None,
        grouping: Grouping | None = None,
    ) -> None:
        """The dates are parsed and checked, and the cooldown counted, before this is called."""
        await interaction.response.defer(thinking=True)
        try:
            result = await self.bot.service.timeline(topic, since, until)
        except QuestionError as exc:
            await interaction.delete_original_response()
            await tell(interaction, str(exc))
            return
        # grouping and the month index walk every event: off the loop for a long timeline
        pages = await asyncio.to_thread(
            TimelinePages, result, self.bot.service.settings.timeline_page_size, grouping
        )
        pager = TimelinePager(
            self.bot.live_views, pages, owner_id=interaction.user.id, timeout=self.bot.view_timeout
        )
        pager.message = await interaction.followup.send(
            embed=await pager.embed(), view=pager, allowed_mentions=NONE, wait=True
        )


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, NewsBot)
    await bot.add_cog(TimelineCog(bot))
