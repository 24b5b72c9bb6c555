"""/timeline: dated events about a topic, paginated with buttons only the requester can press."""

from __future__ import annotations

from datetime import date

import discord
from discord.ext import commands

from bot.commands import CommandName
from bot.discord_app.client import NewsBot
from bot.discord_app.slash import Handler, RegistryCog
from bot.discord_app.views import NONE, TimelinePager, tell
from bot.service import QuestionError


class TimelineCog(RegistryCog, name="Timeline"):
    def handlers(self) -> dict[CommandName, Handler]:
        return {"timeline": self.timeline}

    async def timeline(
        self,
        interaction: discord.Interaction,
        topic: str | None,
        since: date | None,
        until: date | None,
    ) -> None:
        """The dates are parsed and checked, and the cooldown counted, before this is called."""
        await interaction.response.defer(thinking=True)
        try:
            result = await self.bot.service.timeline(topic, since, until)
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
