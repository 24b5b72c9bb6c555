"""Conversations: what a thread (or one of the bot's answers) was about, so a follow-up such as "and
what did Zelensky say?" or "when was that?" is asked with the previous exchange's subject.

The subject is what the engine searched for last time (``Answer.looked_for``: the names and the topic
words of the question), kept per conversation — a thread, a DM channel, an answer message — bounded
in number and expiring, in this process's memory only. A resolved follow-up is an ordinary question
with that subject written out, so its answer is as extractive and cited as any other, and the asker
sees how it was read.
"""

from __future__ import annotations

import re
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

#: a conversation: ("thread", id), ("dm", channel id) or ("message", one of the bot's answers)
ConversationKey = tuple[str, int]

#: subject terms carried at most, conversations kept at most
MAX_SUBJECT, MAX_CONVERSATIONS = 6, 10_000

_WORDS = re.compile(r"[\w'’-]+")
# Words that point back at something said before: the question cannot be read alone.
_POINTERS = frozenset(
    "that this it its those these they them their there then he him his she her such same".split()
)
_OPENERS = ("and ", "also ", "what about ", "how about ", "and what", "but ", "so ", "then ")
_INTERROGATIVES = frozenset(
    """what who whom whose when where why how which is are was were do does did can could will would
    should has have had may might tell any""".split()
)
# Words of a question that say what kind of answer is wanted rather than what it is about.
_FRAME = _INTERROGATIVES | frozenset(
    "a an the of to in on at for about with and or but say said says tell me happen happened the".split()
)


@dataclass(frozen=True)
class Exchange:
    """The last question of a conversation and its subject (the terms the engine looked for)."""

    question: str
    subject: tuple[str, ...]
    at: float


def subject_of(looked_for: Iterable[str]) -> tuple[str, ...]:
    """A conversation's subject from what the engine searched for: names first, at most a few."""
    terms = list(dict.fromkeys(t for t in looked_for if t.strip()))
    names = [t for t in terms if t[:1].isupper()]
    return tuple((names + [t for t in terms if t not in names])[:MAX_SUBJECT])


def looks_like_question(text: str) -> bool:
    """Whether a reply to the bot asks something (a "?" or a question word first), as opposed to
    "thanks!" or "ok": replies that do not ask are left alone."""
    text = text.strip()
    if not text:
        return False
    if text.rstrip().endswith("?"):
        return True
    words = _WORDS.findall(text.lower())
    return bool(words) and (words[0] in _INTERROGATIVES or text.lower().startswith(_OPENERS))


def needs_context(question: str) -> bool:
    """Whether a question leans on the previous one: it points back ("that", "he", "there"), opens
    with "and …"/"what about …", or names nothing of its own ("why?", "when?")."""
    lower = question.strip().lower()
    words = _WORDS.findall(lower)
    if not words:
        return False
    if lower.startswith(_OPENERS) or any(w in _POINTERS for w in words):
        return True
    return not [w for w in words if w not in _FRAME]


def _names(question: str) -> list[str]:
    """Capitalised words after the first: the names a question brings itself."""
    return [w for w in _WORDS.findall(question)[1:] if w[:1].isupper()]


def resolve(question: str, previous: Exchange | None) -> str:
    """The question with the previous exchange's subject written out when it needs it, else as it is.
    A follow-up that names someone new keeps only the previous topic ("and what did Zelensky say?"
    after a question about Rutte and the ceasefire -> "... (about ceasefire, talks)")."""
    if previous is None or not previous.subject or not needs_context(question):
        return question
    have = {w.lower() for w in _WORDS.findall(question)}
    own_names = _names(question)
    carry = [t for t in previous.subject if t.lower() not in have and not (own_names and t[:1].isupper())]
    if not carry:
        return question
    core = question.strip().rstrip("?.! ")
    return f"{core} (about {', '.join(carry)})?"


class Conversations:
    """Exchanges by conversation, the least recently used dropped beyond ``max_entries`` and each
    forgotten ``ttl`` seconds after it was last asked; memory only (a restart forgets them)."""

    def __init__(
        self, ttl: float, max_entries: int = MAX_CONVERSATIONS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.ttl, self.max_entries, self._clock = ttl, max_entries, clock
        self._entries: OrderedDict[ConversationKey, Exchange] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def recall(self, *keys: ConversationKey | None) -> Exchange | None:
        """The most recent live exchange of any of ``keys`` (a thread and the answer replied to)."""
        now = self._clock()
        found: list[Exchange] = []
        for key in keys:
            if key is None:
                continue
            ex = self._entries.get(key)
            if ex is None:
                continue
            if now - ex.at > self.ttl:
                del self._entries[key]
                continue
            self._entries.move_to_end(key)
            found.append(ex)
        return max(found, key=lambda e: e.at, default=None)

    def remember(self, question: str, looked_for: Iterable[str], *keys: ConversationKey | None) -> None:
        """Keep what ``question`` was about under each key (the thread, the answer message …)."""
        subject = subject_of(looked_for)
        if not subject:
            return
        exchange = Exchange(question, subject, self._clock())
        for key in keys:
            if key is None:
                continue
            self._entries[key] = exchange
            self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)
