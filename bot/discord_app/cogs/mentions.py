"""Messages to the bot: a mention asks a question (answered in a new thread when the server wants
threads), a reply to one of its answers — or a mention in one of its threads — is a follow-up read with
that conversation's subject, a reply that asks nothing ("thanks!") is left alone, and a direct message
is answered (or told, in one line, why not). Never silence where an answer was asked for.

Without the privileged Message Content intent, Discord gives the bot a message's text only when it
mentions the bot (a reply counts when its mention is on) or is a direct message: exactly these."""

from __future__ import annotations

import logging
import re
from typing import Any

import discord
from discord.ext import commands

from bot import render
from bot.commands import command
from bot.conversation import looks_like_question
from bot.discord_app import answering
from bot.discord_app.checks import slow_down
from bot.discord_app.client import NewsBot
from bot.discord_app.views import NONE, feedback_view
from bot.questions import Asker, QuestionError
from retrieval import Answer

log = logging.getLogger(__name__)

#: a mention asks, so it counts against /ask's cooldown
ASK = command("ask")
EMPTY = "Ask me a question after the mention, or try /help."


class Mentions(commands.Cog):
    def __init__(self, bot: NewsBot) -> None:
        self.bot = bot

    def _replied_to_me(self, message: discord.Message) -> int | None:
        """The id of the bot's message this one replies to, if it replies to the bot."""
        ref = message.reference
        me = self.bot.user
        if ref is None or ref.message_id is None or me is None:
            return None
        resolved = ref.resolved
        if isinstance(resolved, discord.Message):
            return ref.message_id if resolved.author.id == me.id else None
        return ref.message_id if self.bot.conversations.recall(("message", ref.message_id)) else None

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        me = self.bot.user
        if me is None or message.author.bot or message.author.id == me.id:
            return
        dm = message.guild is None
        explicit = re.compile(rf"<@!?{me.id}>")
        asked = bool(explicit.search(message.content))
        replied = self._replied_to_me(message)
        if not (dm or replied is not None or any(u.id == me.id for u in message.mentions)):
            return
        question = explicit.sub(" ", message.content).strip()
        if replied is not None and not asked and not looks_like_question(question):
            return  # "thanks!" under an answer: not a question, left alone
        try:
            await self._answer(message, question, dm=dm, replied=replied)
        except discord.HTTPException as exc:
            log.warning("replying to a message failed (%s %s)", exc.status, exc.code)
        except Exception:
            log.exception("answering a message failed")
            await self._reply(message, content="Something went wrong while answering; it has been logged.")

    async def _answer(
        self, message: discord.Message, question: str, *, dm: bool, replied: int | None
    ) -> None:
        places = self.bot.places
        if message.guild is not None and await places.where_not(message.guild.id, message.channel):
            return  # not a channel this server's moderators want me in: say nothing there
        if dm:
            refusal = await places.dm_refusal(message.author)
            if refusal is not None:
                await self._reply(message, content=refusal)
                return
        if not question:
            await self._reply(message, content=EMPTY)
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
        keys = answering.conversation_keys(message.channel, replied)
        try:
            async with message.channel.typing():
                answer = await answering.ask(self.bot, question, asker, keys)
        except QuestionError as exc:
            await self._reply(message, content=str(exc))
            return
        thread = None
        guild = message.guild
        fresh = guild is not None and replied is None and not answering.is_thread(message.channel)
        if guild is not None and fresh and places.threads(await places.server(guild.id)):
            thread = await answering.open_thread(
                self.bot, message.channel.id, message.id, guild.id, answer.question
            )
        sent = await self._reply(message, answer=answer, into=thread)
        keys += [("message", sent.id)] if sent is not None else []
        keys += [("thread", thread.id)] if thread is not None else []
        answering.remember(self.bot, answer, keys)

    async def _reply(
        self,
        message: discord.Message,
        *,
        content: str | None = None,
        answer: Answer | None = None,
        into: discord.Thread | None = None,
    ) -> discord.Message | None:
        """A reply to ``message`` that still arrives (as a plain message) if the question was deleted
        meanwhile (``fail_if_not_exists=False``); in ``into`` (a thread opened on the question) the
        answer is the thread's first message instead."""
        extra: dict[str, Any] = {}
        if answer is not None:
            view = feedback_view(answer.answer_id) if not answer.abstained else None
            extra = {"embeds": render.answer_embeds(answer), **({"view": view} if view else {})}
        else:
            extra = {"content": render.message_content(content or "")}
        if into is not None:
            try:
                return await into.send(allowed_mentions=NONE, **extra)
            except discord.HTTPException as exc:
                log.warning("answering in the new thread failed (%s); replying in the channel", exc.status)
        ref = message.to_reference(fail_if_not_exists=False)
        return await message.channel.send(reference=ref, mention_author=False, allowed_mentions=NONE, **extra)


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, NewsBot)
    await bot.add_cog(Mentions(bot))
