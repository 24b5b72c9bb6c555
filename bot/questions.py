"""What a question is before the engine sees it: its searchable text (mentions, markup and control
characters removed, within the length limit) and who asked it (for the history)."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from bot.settings import default
from bot.store import QuestionSource

_MENTION = re.compile(r"<(?:@[!&]?|#)\d+>|@(?:everyone|here)\b")
# Markup a question may carry that says nothing about what it asks: link targets, bare URLs, code fences.
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_URL = re.compile(r"\b(?:https?|ftp|javascript|data|file):\S*|\bwww\.\S+", re.IGNORECASE)
_MARKUP = re.compile(r"```|[*_~`|>]+")
# HTML pasted into a question: its tags are no words of it, and a script's or style's body neither
_HTML = re.compile(
    r"<(script|style)\b[^>]*>.*?(?:</\1\s*>|$)|</?[a-zA-Z][\w:-]*(?:\s[^<>]*)?/?>", re.IGNORECASE | re.DOTALL
)
# lone surrogates too: JSON (Discord's gateway) can carry a "\ud800" escape, which no UTF-8 output encodes
_CONTROL = re.compile(
    r"[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]"
)
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# A terminal escape sequence as a whole, not only its control characters: its parameters are no words of
# the question ("\x1b]52;c;aGVsbG8=\x07" sets a clipboard; "\x1b[31m" a colour). OSC runs to BEL or ESC \\,
# CSI to its final byte; ESC and a single character otherwise.
_ESCAPE = re.compile(
    r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\|$)|\x9d[^\x07\x1b]*(?:\x07|\x1b\\|$)"
    r"|(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?|\x1b[@-~]?"
)


class QuestionError(ValueError):
    """A question the bot will not run; the message is meant for the person who asked."""


class Asker(BaseModel):
    """Who asked, as the question history records it: the front end, and on Discord the ids of the
    user, server and channel (none of them from the command line or the console)."""

    model_config = ConfigDict(frozen=True)

    source: QuestionSource
    user_id: int | None = None
    guild_id: int | None = None
    channel_id: int | None = None


def shown_question(text: str) -> str:
    """The question as it is shown back and stored: stripped, with any lone surrogate as U+FFFD, so
    printing, sending or serialising it cannot fail."""
    return _SURROGATE.sub("\ufffd", text.strip())


def clean_question(text: str, max_chars: int = default("max_question_chars")) -> str:
    """The searchable part of a question: Discord mentions, terminal escape sequences, control and
    zero-width characters removed,
    whitespace collapsed. Raises QuestionError for a question that is empty or longer than
    ``max_chars`` (the ``max_question_chars`` setting; :meth:`Service.check_question` passes it)."""
    if text is None:
        raise QuestionError("Please ask a question.")
    text = _CONTROL.sub(" ", _MENTION.sub(" ", _ESCAPE.sub(" ", text)))
    text = _MARKUP.sub(" ", _URL.sub(" ", _MD_LINK.sub(r"\1", _HTML.sub(" ", text))))
    text = re.sub(r"\s+", " ", text).strip()
    if not text or not re.search(r"\w", text):
        raise QuestionError("Please ask a question with some words in it.")
    if len(text) > max_chars:
        raise QuestionError(
            f"That question is {len(text):,} characters long; please keep it to {max_chars:,} at most."
        )
    return text
