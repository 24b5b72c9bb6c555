"""/ask and mentions: a question in, a quoted, cited answer out, with 👍/👎 under it."""

from __future__ import annotations

import logging
import re
from typing import Any

import discord
from discord.ext import commands

from bot import render
from bot.commands import CommandName, command
from bot.discord_app.checks import slow_down
from bot.discord_app.client import NewsBot
from bot.discord_app.slash import Handler, RegistryCog
from bot.discord_app.views import NONE, feedback_view, interaction_gone, tell
from bot.questions import Asker, QuestionError
from retrieval import Answer

log = logging.getLogger(__name__)

#: a mention asks, so it counts against /ask's cooldown
ASK = command("ask")


class Ask(RegistryCog):
    def handlers(self) -> dict[CommandName, Handler]:
        return {"ask": self.ask}

    async def ask(self, interaction: discord.Interaction, question: str) -> None:
        # the cooldown is counted already; quick refusals first, answered at once and only to the asker
        try:
            self.bot.service.check_question(question)
        except QuestionError as exc:
            await tell(interaction, str(exc))
            return
        late = False
        try:
            await interaction.response.defer(thinking=True)
        except discord.HTTPException as exc:
            if not interaction_gone(exc):
                raise
            # the 3-second window was missed (a stalled loop, a slow gateway): the question is still
            # answered, in the channel, rather than silently dropped
            late = True
            log.warning("/ask was acknowledged too late (%s); answering in the channel", exc.code)
        asker = Asker(
            source="discord",
            user_id=interaction.user.id,
            guild_id=interaction.guild_id,
            channel_id=interaction.channel_id,
        )
        try:
            answer = await self.bot.service.ask(question, asker=asker)
        except QuestionError as exc:
            if late:
                return
            await interaction.delete_original_response()
            await tell(interaction, str(exc))
            return
        view = feedback_view(answer.answer_id) if not answer.abstained else None
        embeds = render.answer_embeds(answer)
        extra: dict[str, Any] = {"view": view} if view is not None else {}
        if not late:
            try:
                await interaction.followup.send(embeds=embeds, allowed_mentions=NONE, **extra)
                return
            except discord.HTTPException as exc:
                if not interaction_gone(exc):
                    raise
                log.warning("/ask: the interaction token expired before the answer (%s)", exc.code)
        await self._answer_in_channel(interaction, embeds, extra)

    async def _answer_in_channel(
        self, interaction: discord.Interaction, embeds: list[discord.Embed], extra: dict[str, Any]
    ) -> None:
        """The answer as an ordinary channel message, for when the interaction can no longer carry it;
        it names the asker (inert, so it pings no one) so they know it is theirs."""
        channel = interaction.channel
        if not isinstance(channel, discord.abc.Messageable):
            log.warning("/ask: no channel to answer in after the interaction expired")
            return
        who = getattr(interaction.user, "display_name", None) or "someone"
        note = render.message_content(f"Answer for {who} (the reply to /ask had expired):")
        try:
            await channel.send(note, embeds=embeds, allowed_mentions=NONE, **extra)
        except discord.HTTPException as exc:
            log.warning("/ask: answering in the channel failed too (%s %s)", exc.status, exc.code)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """A message mentioning the bot is a question. Without the message-content intent Discord still
        sends the content of messages that mention the bot, which is exactly what is needed."""
        me = self.bot.user
        if me is None or message.author.bot or message.author.id == me.id:
            return
        if not any(u.id == me.id for u in message.mentions):
            return
        question = re.sub(rf"<@!?{me.id}>", " ", message.content).strip()
        try:
            await self._answer_mention(message, question)
        except discord.HTTPException as exc:
            log.warning("replying to a mention failed (%s %s)", exc.status, exc.code)
        except Exception:
            log.exception("answering a mention failed")
            await self._reply(message, content="Something went wrong while answering; it has been logged.")

    async def _answer_mention(self, message: discord.Message, question: str) -> None:
        if not question:
            await self._reply(message, content="Ask me a question after the mention, or try /help.")
            return
        wait = self.bot.cooldowns.retry_after(ASK, message.author.id)
        if wait is not None:
            await self._reply(message, content=slow_down(wait))
            return
        asker = Asker(
            source="discord",
            user_id=message.author.id,
            guild_id=message.guild.id if message.guild else None,
            channel_id=message.channel.id,
        )
        try:
            async with message.channel.typing():
                answer = await self.bot.service.ask(question, asker=asker)
        except QuestionError as exc:
            await self._reply(message, content=str(exc))
            return
        await self._reply(message, answer=answer)

    async def _reply(
        self, message: discord.Message, *, content: str | None = None, answer: Answer | None = None
    ) -> None:
        """A reply to ``message`` that still arrives (as a plain message) if the question was deleted
        meanwhile: ``fail_if_not_exists=False``, so the answer is never lost to a vanished reference."""
        ref = message.to_reference(fail_if_not_exists=False)
        if answer is not None:
            view = feedback_view(answer.answer_id) if not answer.abstained else None
            extra: dict[str, Any] = {"view": view} if view is not None else {}
            await message.channel.send(
                embeds=render.answer_embeds(answer),
                reference=ref,
                mention_author=False,
                allowed_mentions=NONE,
                **extra,
            )
        else:
            await message.channel.send(
                render.message_content(content or ""),
                reference=ref,
                mention_author=False,
                allowed_mentions=NONE,
            )


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, NewsBot)
    await bot.add_cog(Ask(bot))
