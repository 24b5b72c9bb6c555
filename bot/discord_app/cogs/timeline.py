"""/timeline: dated events about a topic, paginated with buttons only the requester can press."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.dates import BadDate, check_range, parse_day
from bot.discord_app.checks import slow_down
from bot.discord_app.client import NewsBot
from bot.discord_app.views import NONE, TimelinePager, tell
from bot.service import QuestionError


class TimelineCog(commands.Cog, name="Timeline"):
    def __init__(self, bot: NewsBot) -> None:
        self.bot = bot

    @app_commands.command(name="timeline", description="Dated events from the coverage, oldest first")
    @app_commands.describe(
        topic="What the events should be about (leave empty for everything)",
        since="Only events on or after this day, YYYY-MM-DD",
        until="Only events on or before this day, YYYY-MM-DD",
    )
    async def timeline(
        self,
        interaction: discord.Interaction,
        topic: app_commands.Range[str, 1, 300] | None = None,
        since: app_commands.Range[str, 1, 10] | None = None,
        until: app_commands.Range[str, 1, 10] | None = None,
    ) -> None:
        try:
            start, end = parse_day(since, "since"), parse_day(until, "until")
            check_range(start, end)
        except BadDate as exc:
            await tell(interaction, str(exc))
            return
        wait = self.bot.cooldowns.retry_after(interaction.user.id)
        if wait is not None:
            await tell(interaction, slow_down(wait))
            return
        await interaction.response.defer(thinking=True)
        try:
            result = await self.bot.service.timeline(topic, start, end)
        except QuestionError as exc:
            await interaction.delete_original_response()
            await tell(interaction, str(exc))
            return
        pager = TimelinePager(
            result,
            owner_id=interaction.user.id,
            page_size=self.bot.service.settings.timeline_page_size,
            timeout=self.bot.view_timeout,
        )
        if pager.pages <= 1:
            pager.stop()
            await interaction.followup.send(embed=pager.embed(), allowed_mentions=NONE)
            return
        pager.message = await interaction.followup.send(
            embed=pager.embed(), view=pager, allowed_mentions=NONE, wait=True
        )


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, NewsBot)
    await bot.add_cog(TimelineCog(bot))
