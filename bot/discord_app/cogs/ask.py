"""/ask: a question in, a quoted, cited answer out, with 👍/👎 under it; privately when asked
(``private:true``), as a follow-up inside a thread, and opening a thread when the server wants one.
Mentions, replies and DMs are in ``cogs/mentions.py``."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord.ext import commands

from bot import render
from bot.commands import CommandName
from bot.discord_app import answering
from bot.discord_app.client import NewsBot
from bot.discord_app.slash import Handler, RegistryCog
from bot.discord_app.views import NONE, feedback_view, interaction_gone, tell
from bot.questions import Asker, QuestionError
from retrieval import Answer

log = logging.getLogger(__name__)


class Ask(RegistryCog):
    def handlers(self) -> dict[CommandName, Handler]:
        return {"ask": self.ask}

    async def ask(self, interaction: discord.Interaction, question: str, private: bool | None = None) -> None:
        # the cooldown is counted and the channel checked already; quick refusals first, only to the asker
        try:
            self.bot.service.check_question(question)
        except QuestionError as exc:
            await tell(interaction, str(exc))
            return
        if interaction.guild_id is None:
            refusal = await self.bot.places.dm_refusal(interaction.user)
            if refusal is not None:
                await tell(interaction, refusal)
                return
        late = False
        try:
            await interaction.response.defer(thinking=True, ephemeral=bool(private))
        except discord.HTTPException as exc:
            if not interaction_gone(exc):
                raise
            # the 3-second window was missed (a stalled loop, a slow gateway): the question is still
            # answered, in the channel, rather than silently dropped (a private one is not: see below)
            late = True
            log.warning("/ask was acknowledged too late (%s); answering in the channel", exc.code)
        asker = Asker(
            source="discord",
            user_id=interaction.user.id,
            guild_id=interaction.guild_id,
            channel_id=interaction.channel_id,
        )
        keys = answering.conversation_keys(interaction.channel)
        try:
            answer = await answering.ask(self.bot, question, asker, keys)
        except QuestionError as exc:
            if late:
                return
            await interaction.delete_original_response()
            await tell(interaction, str(exc))
            return
        view = feedback_view(answer.answer_id) if not answer.abstained else None
        embeds = render.answer_embeds(answer)
        extra: dict[str, Any] = {"view": view} if view is not None else {}
        sent: discord.Message | None = None
        if not late:
            try:
                sent = await interaction.followup.send(
                    embeds=embeds, allowed_mentions=NONE, wait=True, **extra
                )
            except discord.HTTPException as exc:
                if not interaction_gone(exc):
                    raise
                log.warning("/ask: the interaction token expired before the answer (%s)", exc.code)
        if sent is None:
            if private:  # a private answer is never posted where everyone can read it
                return
            sent = await self._answer_in_channel(interaction, embeds, extra)
        keys += [("message", sent.id)] if sent is not None else []
        answering.remember(self.bot, answer, keys)
        if sent is not None and not private:
            await self._maybe_thread(interaction, sent, answer)

    async def _maybe_thread(
        self, interaction: discord.Interaction, sent: discord.Message, answer: Answer
    ) -> None:
        """Open a thread under the answer when the server wants threads (never in DMs or a thread)."""
        if interaction.guild_id is None or answering.is_thread(interaction.channel):
            return
        if not self.bot.places.threads(await self.bot.places.server(interaction.guild_id)):
            return
        channel_id = interaction.channel_id or sent.channel.id
        thread = await answering.open_thread(
            self.bot, channel_id, sent.id, interaction.guild_id, answer.question
        )
        if thread is not None:
            answering.remember(self.bot, answer, [("thread", thread.id)])

    async def _answer_in_channel(
        self, interaction: discord.Interaction, embeds: list[discord.Embed], extra: dict[str, Any]
    ) -> discord.Message | None:
        """The answer as an ordinary channel message, for when the interaction can no longer carry it;
        it names the asker (inert, so it pings no one) so they know it is theirs."""
        channel = interaction.channel
        if not isinstance(channel, discord.abc.Messageable):
            log.warning("/ask: no channel to answer in after the interaction expired")
            return None
        who = getattr(interaction.user, "display_name", None) or "someone"
        note = render.message_content(f"Answer for {who} (the reply to /ask had expired):")
        try:
            return await channel.send(note, embeds=embeds, allowed_mentions=NONE, **extra)
        except discord.HTTPException as exc:
            log.warning("/ask: answering in the channel failed too (%s %s)", exc.status, exc.code)
            return None


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, NewsBot)
    await bot.add_cog(Ask(bot))
