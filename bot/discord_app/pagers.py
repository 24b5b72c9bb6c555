"""Pagers: a timeline and the sources list, paged with ⏮ ◀ n/N ▶ ⏭ that only the requester can press,
a timeline's month jump menu and its "📈 chart" button. Their state lives in memory (``LiveView``):
the buttons are removed when the view times out, and a press after a restart gets a clear answer."""

from __future__ import annotations

import asyncio
import io
import logging
from typing import Any

import discord

from bot.chart import timeline_chart
from bot.discord_app.checks import asker_id
from bot.discord_app.views import NONE, LiveView, tell
from bot.render import message_content
from bot.render.browse import sources_page_embed, timeline_page_embed
from bot.sources_index import SourcesIndex
from bot.timeline_pages import TimelinePages

log = logging.getLogger(__name__)

#: documents on a /sources page
SOURCES_PAGE = 10
Live = dict[str, discord.ui.View]


class Pager(LiveView):
    """⏮ ◀ [page n/N] ▶ ⏭ over ``count`` pages; subclasses say what a page shows (``embed``)."""

    def __init__(self, live: Live, *, owner_id: int, count: int, timeout: float, what: str) -> None:
        super().__init__(live, timeout=timeout)
        self.owner_id, self.count, self.what = owner_id, count, what
        self.page = 0
        self.message: discord.WebhookMessage | discord.Message | None = None
        for button, action in (
            (self.first, "first"),
            (self.previous, "prev"),
            (self.where, "page"),
            (self.next, "next"),
            (self.last, "last"),
        ):
            button.custom_id = self.cid(action)
        if count <= 1:
            for button in (self.first, self.previous, self.where, self.next, self.last):
                self.remove_item(button)
        self._sync()

    async def embed(self) -> discord.Embed:
        raise NotImplementedError

    def _sync(self) -> None:
        self.first.disabled = self.previous.disabled = self.page == 0
        self.next.disabled = self.last.disabled = self.page >= self.count - 1
        self.where.label = f"{self.page + 1}/{self.count}"

    async def _mine(self, interaction: discord.Interaction) -> bool:
        if asker_id(interaction) != self.owner_id:
            await tell(interaction, f"Only the person who asked for this {self.what} can turn its pages.")
            return False
        return True

    async def turn(self, interaction: discord.Interaction, page: int) -> None:
        if not await self._mine(interaction):
            return
        self.page = min(max(page, 0), self.count - 1)
        self._sync()
        await interaction.response.edit_message(embed=await self.embed(), view=self, allowed_mentions=NONE)

    @discord.ui.button(emoji="⏮", style=discord.ButtonStyle.secondary, row=0)
    async def first(self, interaction: discord.Interaction, button: discord.ui.Button[Pager]) -> None:
        await self.turn(interaction, 0)

    @discord.ui.button(emoji="◀", style=discord.ButtonStyle.secondary, row=0)
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button[Pager]) -> None:
        await self.turn(interaction, self.page - 1)

    @discord.ui.button(label="1/1", style=discord.ButtonStyle.secondary, disabled=True, row=0)
    async def where(self, interaction: discord.Interaction, button: discord.ui.Button[Pager]) -> None:
        await interaction.response.defer()  # a label, disabled: Discord never sends a press

    @discord.ui.button(emoji="▶", style=discord.ButtonStyle.secondary, row=0)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button[Pager]) -> None:
        await self.turn(interaction, self.page + 1)

    @discord.ui.button(emoji="⏭", style=discord.ButtonStyle.secondary, row=0)
    async def last(self, interaction: discord.Interaction, button: discord.ui.Button[Pager]) -> None:
        await self.turn(interaction, self.count - 1)

    async def on_timeout(self) -> None:
        await super().on_timeout()
        if self.message is None:
            return
        try:
            await self.message.edit(view=None, allowed_mentions=NONE)
        except discord.HTTPException as exc:
            log.info("could not remove expired %s buttons (%s)", self.what, exc.status)

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any], /
    ) -> None:
        log.exception("%s button failed", self.what, exc_info=error)
        await tell(interaction, f"That did not work, sorry; try /{self.what} again.")


class TimelinePager(Pager):
    """A timeline's pages, a jump menu by month (or year) when there are several pages, and a chart."""

    def __init__(self, live: Live, pages: TimelinePages, *, owner_id: int, timeout: float) -> None:
        self.pages = pages
        super().__init__(live, owner_id=owner_id, count=pages.count, timeout=timeout, what="timeline")
        menu: discord.ui.Select[TimelinePager] = self.jump  # typed by hand: the decorator's type is lost
        menu.custom_id = self.cid("jump")
        self.chart.custom_id = self.cid("chart")
        jumps = pages.jumps()
        self.jump_pages = {j.key: j.page for j in jumps}
        if len(jumps) < 2:
            self.remove_item(menu)
        else:
            menu.options = [
                discord.SelectOption(
                    label=j.label[:100],
                    value=j.key,
                    description=f"{j.count:,} event{'s' if j.count != 1 else ''} · page {j.page + 1}",
                )
                for j in jumps
            ]
        if not pages.timeline.events:
            self.remove_item(self.chart)

    async def embed(self) -> discord.Embed:
        return timeline_page_embed(self.pages, self.page)

    @discord.ui.select(placeholder="Jump to a month…", row=1, options=[discord.SelectOption(label="-")])
    async def jump(self, interaction: discord.Interaction, select: discord.ui.Select[TimelinePager]) -> None:
        page = self.jump_pages.get(select.values[0]) if select.values else None
        if page is None:
            await tell(interaction, "Pick a month from the list.")
            return
        await self.turn(interaction, page)

    @discord.ui.button(label="chart", emoji="📈", style=discord.ButtonStyle.primary, row=2)
    async def chart(self, interaction: discord.Interaction, button: discord.ui.Button[TimelinePager]) -> None:
        """The whole timeline as a picture, shown to whoever pressed (drawn in a worker thread)."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        timeline = self.pages.timeline
        png = await asyncio.to_thread(timeline_chart, timeline)
        shown = f"“{timeline.topic}”" if timeline.topic else "everything"
        await interaction.followup.send(
            message_content(
                f"Timeline of {shown}: {len(timeline.events):,} events, by outlet and by period."
            ),
            file=discord.File(io.BytesIO(png), filename="timeline.png", description="Timeline chart"),
            ephemeral=True,
            allowed_mentions=NONE,
        )


class SourcesPager(Pager):
    """Pages of /sources: newest first, searched by outlet or title words."""

    def __init__(
        self, live: Live, index: SourcesIndex, search: str, total: int, *, owner_id: int, timeout: float
    ) -> None:
        self.index, self.search, self.total = index, search, total
        count = max(1, -(-total // SOURCES_PAGE))
        super().__init__(live, owner_id=owner_id, count=count, timeout=timeout, what="sources")

    async def embed(self) -> discord.Embed:
        offset = self.page * SOURCES_PAGE
        page = await asyncio.to_thread(self.index.page, self.search, "date", "desc", offset, SOURCES_PAGE)
        return sources_page_embed(
            page.rows, total=page.total, corpus_total=len(self.index), offset=offset, page=self.page,
            pages=self.count, search=self.search, version=self.index.version,
        )  # fmt: skip
