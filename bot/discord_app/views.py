"""Components: 👍/👎 feedback under answers (and, after a 👎, the optional reason), the Cancel button
under a reload in progress, and what every view with state in memory shares: buttons whose ids carry
the view's nonce, so one pressed after a restart or a timeout gets a clear answer instead of Discord's
"This interaction failed". The pagers are in ``pagers.py``."""

from __future__ import annotations

import logging
import re
import secrets
import threading
from typing import TYPE_CHECKING, Any, Literal, cast

import discord

from bot import render
from bot.discord_app.checks import asker_id, unknown_asker
from bot.store import VOTE_REASONS, StoreWriteError, VoteReason

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


async def tell(interaction: discord.Interaction, text: str, *, markup: bool = False) -> None:
    """An ephemeral note to the person behind ``interaction``, whether or not it was acknowledged yet.
    ``markup=True`` keeps Discord markup the bot wrote itself (a channel link); any other text is made
    inert."""
    content = render.clip(text, render.CONTENT_LIMIT) if markup else render.message_content(text)
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
        if self.vote == "up":
            await tell(interaction, "Thanks, your vote is recorded.")
            return
        await interaction.followup.send(
            render.message_content("Thanks, noted. What was wrong? (optional)"),
            view=reason_view(self.answer_id),
            ephemeral=True,
            allowed_mentions=NONE,
        )


#: what each 👎 reason is called in the menu
REASON_LABELS: dict[VoteReason, str] = {
    "wrong_quote": "Wrong quote: it does not say that",
    "not_answered": "Does not answer my question",
    "outdated": "Outdated",
    "other": "Something else",
}


class FeedbackReason(
    discord.ui.DynamicItem[discord.ui.Select[discord.ui.View]],
    template=r"fbr:(?P<aid>[A-Za-z0-9_-]{1,64})",
):
    """The optional reason for a 👎, offered right after it: stored with the vote (a second call to
    ``vote``). Its state is its custom id, so it works across restarts like the vote buttons."""

    def __init__(self, answer_id: str) -> None:
        self.answer_id = answer_id
        super().__init__(
            discord.ui.Select(
                custom_id=f"fbr:{answer_id}",
                placeholder="Why? (optional)",
                options=[discord.SelectOption(label=REASON_LABELS[r], value=r) for r in VOTE_REASONS],
            )
        )

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction,
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> FeedbackReason:
        return cls(match["aid"])

    async def callback(self, interaction: discord.Interaction) -> Any:
        voter = asker_id(interaction)
        chosen = self.item.values[0] if self.item.values else ""
        if voter is None or chosen not in VOTE_REASONS:
            await tell(
                interaction, unknown_asker("reason") if voter is None else "Please pick one of the reasons."
            )
            return
        reason: VoteReason = chosen
        bot = cast("NewsBot", interaction.client)
        try:
            await bot.service.feedback(self.answer_id, voter, -1, reason)
        except StoreWriteError as exc:
            log.warning("reason on %s not recorded: %s", self.answer_id, exc)
            await interaction.response.edit_message(
                content=VOTE_NOT_RECORDED, view=None, allowed_mentions=NONE
            )
            return
        label = REASON_LABELS[reason].split(":")[0].lower()
        await interaction.response.edit_message(
            content=f"Thanks, noted: {label}.", view=None, allowed_mentions=NONE
        )


def reason_view(answer_id: str) -> discord.ui.View:
    """The reason menu under the "Thanks, noted" that follows a 👎 (stopped, like the vote buttons)."""
    view = discord.ui.View(timeout=None)
    view.add_item(FeedbackReason(answer_id))
    view.stop()
    return view


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


#: what a press on a component that no longer lives is told
STALE = (
    "These buttons no longer work: the bot has restarted or they expired. "
    "Run the command again for fresh ones."
)
#: the custom ids of components made before they carried a nonce (still on older messages)
LEGACY_IDS = frozenset({"tl:prev", "tl:next", "reload:cancel"})
_NONCE_ID = re.compile(r"v:(?P<nonce>[0-9a-f]{12}):[a-z_]{1,20}")


class LiveView(discord.ui.View):
    """A view with its state in this process's memory. Its components' ids are ``v:NONCE:action``, and
    the view is registered with the bot while it lives; a press on a component of a view that no longer
    lives (the bot restarted, the view timed out) is answered by :func:`stale` instead of failing."""

    def __init__(self, live: dict[str, discord.ui.View], *, timeout: float | None) -> None:
        super().__init__(timeout=timeout)
        self.live = live
        self.nonce = secrets.token_hex(6)
        live[self.nonce] = self

    def cid(self, action: str) -> str:
        return f"v:{self.nonce}:{action}"

    def stop(self) -> None:
        self.live.pop(self.nonce, None)
        super().stop()

    async def on_timeout(self) -> None:
        self.live.pop(self.nonce, None)


def stale(custom_id: str, live: dict[str, discord.ui.View]) -> bool:
    """Whether a pressed component belongs to no living view: an old id, or a nonce no view has now."""
    if custom_id in LEGACY_IDS:
        return True
    m = _NONCE_ID.fullmatch(custom_id)
    if m is None:
        return False
    view = live.get(m["nonce"])
    return view is None or view.is_finished()


class ReloadCancel(LiveView):
    """A Cancel button under a reload's progress. Only the moderator who started the reload may press
    it; the build stops at its next checkpoint and the corpus being served stays as it was."""

    def __init__(
        self, live: dict[str, discord.ui.View], owner_id: int | None, cancel: threading.Event
    ) -> None:
        super().__init__(live, timeout=None)
        self.owner_id, self.cancel = owner_id, cancel
        self.stop_reload.custom_id = self.cid("cancel")

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if self.owner_id is None or asker_id(interaction) != self.owner_id:
            await tell(interaction, "Only the moderator who started this reload can cancel it.")
            return False
        return True

    @discord.ui.button(label="Cancel", style=discord.ButtonStyle.danger)
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
