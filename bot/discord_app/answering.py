"""What /ask, mentions, replies and DMs share: asking within a conversation (a follow-up resolved
with its subject, bot.conversation), remembering what was asked where, and opening a thread under an
answer when the server wants one."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Literal

import discord

from bot.conversation import ConversationKey, resolve
from bot.questions import Asker
from bot.render import message_content
from bot.render.safe import clip
from retrieval import Answer

if TYPE_CHECKING:
    from bot.discord_app.client import NewsBot

log = logging.getLogger(__name__)

NONE = discord.AllowedMentions.none()
#: Discord keeps a thread one day after its last message before archiving it
ARCHIVE_MINUTES: Literal[1440] = 1440
THREAD_INTRO = (
    "Ask follow-up questions here: reply to my answer or mention me, or use /ask in this thread. "
    '"When was that?" or "and what did they say?" are read with what this thread is about.'
)
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def is_thread(channel: object) -> bool:
    return isinstance(channel, discord.Thread)


def conversation_keys(channel: object, replied_to: int | None = None) -> list[ConversationKey]:
    """The conversations a message belongs to: its thread or DM channel, and the answer it replies to."""
    keys: list[ConversationKey] = []
    ident = getattr(channel, "id", None)
    if isinstance(ident, int):
        if is_thread(channel):
            keys.append(("thread", ident))
        elif isinstance(channel, discord.DMChannel):
            keys.append(("dm", ident))
    if replied_to is not None:
        keys.append(("message", replied_to))
    return keys


async def ask(bot: NewsBot, question: str, asker: Asker, keys: list[ConversationKey]) -> Answer:
    """The answer to ``question``, read as a follow-up of the conversation when it needs its subject
    (the answer's question is then the resolved one, so the asker sees how it was read)."""
    previous = bot.conversations.recall(*keys)
    return await bot.service.ask(resolve(question, previous), asker=asker)


def remember(bot: NewsBot, answer: Answer, keys: list[ConversationKey]) -> None:
    bot.conversations.remember(answer.question, answer.looked_for, *keys)


def thread_name(question: str) -> str:
    """A thread's name: the question, one line, 1–100 characters (thread names are plain text)."""
    text = " ".join(_UNPRINTABLE.sub(" ", question).split()) or "Question"
    return clip(text, 90)


async def open_thread(
    bot: NewsBot, channel_id: int, message_id: int, guild_id: int, question: str
) -> discord.Thread | None:
    """A public thread started on a message (the question mentioning the bot, or the answer to /ask)
    for follow-ups, with a line saying how to use it; None (logged) when Discord refuses, e.g. without
    the Create Public Threads permission: the answer is already in the channel, so nothing is lost."""
    message = bot.get_partial_messageable(channel_id, guild_id=guild_id).get_partial_message(message_id)
    try:
        thread = await message.create_thread(
            name=thread_name(question), auto_archive_duration=ARCHIVE_MINUTES
        )
    except (discord.HTTPException, ValueError) as exc:
        log.warning("could not open a thread for follow-ups (%s)", getattr(exc, "code", exc))
        return None
    try:
        await thread.send(message_content(THREAD_INTRO), allowed_mentions=NONE)
    except discord.HTTPException as exc:
        log.warning("could not post in the new thread (%s %s)", exc.status, exc.code)
    return thread
