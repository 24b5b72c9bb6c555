"""Buttons: 👍/👎 feedback under answers, timeline pagination only the requester can press, and the
Cancel button under a reload in progress."""

from __future__ import annotations

import logging
import re
import threading
from typing import TYPE_CHECKING, Any, Literal, cast

import discord

from bot import render
from bot.discord_app.checks import asker_id, unknown_asker
from bot.store import StoreWriteError
from retrieval import Timeline

if TYPE_CHECKING:
    from bot.discord_app.client import NewsBot

log = logging.getLogger(__name__)

NONE = discord.AllowedMentions.none()
_ANSWER_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


#: which button of the 👍/👎 pair
Thumb = Literal["up", "down"]

#: what a voter is told when their vote could not be stored: only a vote that was written is "recorded"
VOTE_NOT_RECORDED = "Your vote was not recorded: feedback cannot be stored right now. Please try again later."

#: Discord's answers for an interaction that can no longer be replied to: 10062 Unknown interaction (the
#: 3-second acknowledgement was missed), 10015 Unknown Webhook and 50027 Invalid Webhook Token (the
#: 15-minute interaction token expired)
GONE_CODES = frozenset({10015, 10062, 50027})


def interaction_gone(exc: BaseException) -> bool:
    """Whether ``exc`` means the interaction's token no longer works, so a reply must take another way."""
    return isinstance(exc, discord.HTTPException) and (exc.code in GONE_CODES or exc.status == 401)


async def tell(interaction: discord.Interaction, text: str) -> None:
    """An ephemeral note to the person behind ``interaction``, whether or not it was acknowledged yet."""
    content = render.message_content(text)
    try:
        if interaction.response.is_done():
            await interaction.followup.send(content, ephemeral=True, allowed_mentions=NONE)
        else:
            await interaction.response.send_message(content, ephemeral=True, allowed_mentions=NONE)
    except discord.HTTPException as exc:
        log.warning("could not tell the user (%s %s)", exc.status, exc.code)


class FeedbackButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=r"fb:(?P<vote>up|down):(?P<aid>[A-Za-z0-9_-]{1,64})",
):
    """A vote button that works for as long as the message exists, across restarts: its state lives in
    the custom id, so no view has to be kept in memory per answer."""

    def __init__(self, answer_id: str, vote: Thumb) -> None:
        self.answer_id, self.vote = answer_id, vote
        super().__init__(
            discord.ui.Button(
                style=discord.ButtonStyle.secondary,
                emoji="👍" if vote == "up" else "👎",
                custom_id=f"fb:{vote}:{answer_id}",
            )
        )

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction,
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> FeedbackButton:
        return cls(match["aid"], "up" if match["vote"] == "up" else "down")

    async def callback(self, interaction: discord.Interaction) -> Any:
        voter = asker_id(interaction)
        if voter is None:
            await tell(interaction, unknown_asker("vote"))
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        bot = cast("NewsBot", interaction.client)
        try:
            await bot.service.feedback(self.answer_id, voter, 1 if self.vote == "up" else -1)
        except StoreWriteError as exc:  # unavailable, full or locked: say so, never "recorded"
            log.warning("vote on %s not recorded: %s", self.answer_id, exc)
            await tell(interaction, VOTE_NOT_RECORDED)
            return
        except Exception:
            log.exception("storing feedback for %s failed", self.answer_id)
            await tell(interaction, VOTE_NOT_RECORDED)
            return
        await tell(interaction, "Thanks, your vote is recorded." if self.vote == "up" else "Thanks, noted.")


def feedback_view(answer_id: str) -> discord.ui.View | None:
    """The 👍/👎 row for an answer, or None when the answer has no id to vote on.

    The view is stopped before it is sent: the buttons are dynamic items dispatched from their custom
    ids, so keeping the view in discord.py's store would only leak memory (and dispatch twice)."""
    if not _ANSWER_ID.fullmatch(answer_id):
        return None
    view = discord.ui.View(timeout=None)
    view.add_item(FeedbackButton(answer_id, "up"))
    view.add_item(FeedbackButton(answer_id, "down"))
    view.stop()
    return view


class TimelinePager(discord.ui.View):
    """◀/▶ over a timeline's pages. Only the person who asked may turn them; the buttons are removed
    when the view times out, so nobody is left pressing dead buttons."""

    def __init__(self, timeline: Timeline, *, owner_id: int, page_size: int, timeout: float) -> None:
        super().__init__(timeout=timeout)
        self.timeline, self.owner_id, self.page_size = timeline, owner_id, page_size
        self.page = 0
        self.pages = render.timeline_page_count(timeline, page_size)
        self.message: discord.WebhookMessage | discord.Message | None = None
        self._sync_buttons()

    def embed(self) -> discord.Embed:
        return render.timeline_embed(self.timeline, self.page, self.page_size)

    def _sync_buttons(self) -> None:
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page >= self.pages - 1

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if asker_id(interaction) != self.owner_id:
            await tell(interaction, "Only the person who asked for this timeline can turn its pages.")
            return False
        return True

    async def _turn(self, interaction: discord.Interaction, step: int) -> None:
        self.page = min(max(self.page + step, 0), self.pages - 1)
        self._sync_buttons()
        await interaction.response.edit_message(embed=self.embed(), view=self, allowed_mentions=NONE)

    @discord.ui.button(emoji="◀", style=discord.ButtonStyle.secondary, custom_id="tl:prev")
    async def previous(
        self, interaction: discord.Interaction, button: discord.ui.Button[TimelinePager]
    ) -> None:
        await self._turn(interaction, -1)

    @discord.ui.button(emoji="▶", style=discord.ButtonStyle.secondary, custom_id="tl:next")
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button[TimelinePager]) -> None:
        await self._turn(interaction, 1)

    async def on_timeout(self) -> None:
        if self.message is None:
            return
        try:
            await self.message.edit(view=None, allowed_mentions=NONE)
        except discord.HTTPException as exc:
            log.info("could not remove expired timeline buttons (%s)", exc.status)

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any], /
    ) -> None:
        log.exception("timeline button failed", exc_info=error)
        await tell(interaction, "That did not work, sorry; try /timeline again.")


class ReloadCancel(discord.ui.View):
    """A Cancel button under a reload's progress. Only the moderator who started the reload may press
    it; the build stops at its next checkpoint and the corpus being served stays as it was."""

    def __init__(self, owner_id: int | None, cancel: threading.Event) -> None:
        super().__init__(timeout=None)
        self.owner_id, self.cancel = owner_id, cancel

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if self.owner_id is None or asker_id(interaction) != self.owner_id:
            await tell(interaction, "Only the moderator who started this reload can cancel it.")
            return False
        return True

    @discord.ui.button(label="Cancel", style=discord.ButtonStyle.danger, custom_id="reload:cancel")
    async def stop_reload(
        self, interaction: discord.Interaction, button: discord.ui.Button[ReloadCancel]
    ) -> None:
        self.cancel.set()
        button.disabled = True
        button.label = "Cancelling…"
        await interaction.response.edit_message(view=self, allowed_mentions=NONE)

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any], /
    ) -> None:
        log.exception("reload cancel button failed", exc_info=error)
        await tell(interaction, "That did not work, sorry.")
