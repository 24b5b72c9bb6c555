"""/ask and mentions: a question in, a quoted, cited answer out, with 👍/👎 under it."""

from __future__ import annotations

import logging
import re

import discord
from discord import app_commands
from discord.ext import commands

from bot import render
from bot.discord_app.checks import slow_down
from bot.discord_app.client import NewsBot
from bot.discord_app.views import NONE, feedback_view, tell
from bot.service import QuestionError, clean_question
from retrieval.models import Answer

log = logging.getLogger(__name__)


class Ask(commands.Cog):
    def __init__(self, bot: NewsBot) -> None:
        self.bot = bot

    @app_commands.command(
        name="ask", description="Ask a question; the answer is quoted from the news coverage"
    )
    @app_commands.describe(question="Your question, in plain words")
    async def ask(self, interaction: discord.Interaction, question: app_commands.Range[str, 1, 4000]) -> None:
        # quick refusals first, answered at once and only to the asker
        wait = self.bot.cooldowns.retry_after(interaction.user.id)
        if wait is not None:
            await tell(interaction, slow_down(wait))
            return
        try:
            clean_question(question)
        except QuestionError as exc:
            await tell(interaction, str(exc))
            return
        await interaction.response.defer(thinking=True)
        try:
            answer = await self.bot.service.ask(question)
        except QuestionError as exc:
            await interaction.delete_original_response()
            await tell(interaction, str(exc))
            return
        view = feedback_view(answer.answer_id) if not answer.abstained else None
        embeds = render.answer_embeds(answer)
        if view is None:
            await interaction.followup.send(embeds=embeds, allowed_mentions=NONE)
        else:
            await interaction.followup.send(embeds=embeds, view=view, allowed_mentions=NONE)

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
        wait = self.bot.cooldowns.retry_after(message.author.id)
        if wait is not None:
            await self._reply(message, content=slow_down(wait))
            return
        try:
            async with message.channel.typing():
                answer = await self.bot.service.ask(question)
        except QuestionError as exc:
            await self._reply(message, content=str(exc))
            return
        await self._reply(message, answer=answer)

    async def _reply(
        self, message: discord.Message, *, content: str | None = None, answer: Answer | None = None
    ) -> None:
        if answer is not None:
            view = feedback_view(answer.answer_id) if not answer.abstained else None
            embeds = render.answer_embeds(answer)
            if view is None:
                await message.reply(embeds=embeds, mention_author=False, allowed_mentions=NONE)
            else:
                await message.reply(embeds=embeds, view=view, mention_author=False, allowed_mentions=NONE)
        else:
            await message.reply(
                render.message_content(content or ""), mention_author=False, allowed_mentions=NONE
            )


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, NewsBot)
    await bot.add_cog(Ask(bot))
