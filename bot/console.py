"""``newsbot console``: the bot's commands in a terminal, offline, through the same Service and the
same content as on Discord (plain-text renderers). For trying the bot, and for moderators checking a
corpus before a reload. A line is a question, or a slash command as typed in Discord (its bare name alone
too: "sources", "quit")."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from itertools import takewhile
from typing import TYPE_CHECKING, ClassVar, Literal, TextIO

from bot import render
from bot.commands import BY_NAME, CommandName, CommandSpec, OptionValue
from bot.conversation import ConversationKey, Conversations, resolve
from bot.dates import DATE_WORDS, BadDate, date_words
from bot.questions import Asker, QuestionError
from bot.render.browse import feedback_text
from bot.render.shared import NO_SOURCE_MATCH
from bot.timeline_pages import Grouping, TimelinePages
from retrieval import Sources

if TYPE_CHECKING:
    from bot.service import Service

log = logging.getLogger(__name__)

PROMPT = "newsbot> "
CONSOLE = Asker(source="console")
#: the console's own commands, beyond the registry's (listed by /help from ``bot.commands.CONSOLE_ONLY``)
QUIT = ("quit", "exit")


@dataclass(frozen=True)
class TimelineRequest:
    topic: str | None
    since: date | None
    until: date | None
    grouping: Grouping | None = None


@dataclass(frozen=True)
class ConsoleCommand:
    """A parsed line: a registry command (or "quit") and its option values, parsed as on Discord."""

    name: CommandName | Literal["quit"]
    values: tuple[tuple[str, OptionValue], ...] = ()

    def get(self, option: str) -> OptionValue:
        return dict(self.values).get(option)

    @property
    def text(self) -> str:
        """The line's free words (the question of /ask)."""
        spec = BY_NAME.get(self.name)
        words = spec.words if spec else None
        value = self.get(words.name) if words else None
        return value if isinstance(value, str) else ""

    @property
    def timeline(self) -> TimelineRequest | None:
        if self.name != "timeline":
            return None
        topic, since, until, grouping = (self.get(k) for k in ("topic", "since", "until", "grouping"))
        return TimelineRequest(
            topic if isinstance(topic, str) else None,
            since if isinstance(since, date) else None,
            until if isinstance(until, date) else None,
            grouping if grouping in ("day", "week", "month") else None,  # type: ignore[arg-type]
        )


class CommandError(ValueError):
    """A line that is not a valid command; the message says how to write it."""


#: the commands that list the coverage by the words after their name, typed without their slash too
_LISTINGS = frozenset({"sources", "timeline"})


def parse_line(line: str) -> ConsoleCommand | None:
    """A typed line as a command (None for a blank line): a line without a leading "/" is a question,
    but for a command's bare name alone ("sources", "quit") and a listing's name with its words
    ("sources herald"); otherwise the command and its options as the registry describes them. Raises
    CommandError for a bad command, BadDate for a bad date or range."""
    text = line.strip()
    if not text:
        return None
    if not text.startswith("/"):
        # a command's bare name typed alone ("sources", "help", "quit") is that command, which no one
        # asks as a question; so is a listing's name with its words ("sources herald", "timeline
        # strike"), which people type as they would with the slash, unless it ends as a question does
        # ("sources say what?"); anything else is a question
        word, _, rest = text.partition(" ")
        word = word.lower()
        if rest and word in _LISTINGS and not text.endswith("?"):
            text = f"/{word} {rest}"
        elif not rest and (word in QUIT or (word in BY_NAME and word != "ask")):
            text = f"/{word}"
        else:
            text = "/ask " + text
    name, _, rest = text[1:].partition(" ")
    name, rest = name.lower(), rest.strip()
    if name in QUIT:
        if rest:
            raise CommandError(f"/{name} takes no arguments.")
        return ConsoleCommand("quit")
    spec = BY_NAME.get(name)
    if spec is None:
        raise CommandError(f"Unknown command /{name}. Try /help.")
    values = spec.parse(_typed_options(spec, rest))
    return ConsoleCommand(spec.name, tuple(values.items()))


def _typed_options(spec: CommandSpec, rest: str) -> dict[str, str | None]:
    """The raw option values of a line: ``name:value`` for the keyed options, and the remaining words
    for the option that takes them (``/timeline ceasefire talks since:May 2025``; ``topic:`` is
    accepted too, as Discord shows it). A value may be quoted (``since:"12 May 2025"``); a date runs
    on over the next words as long as they still read as one date (``since:last week``). A command
    whose only option takes the words gets the rest of the line verbatim (a question may hold a colon)."""
    keyed = {o.name: o for o in spec.options if o.console == "key"}
    words = spec.words
    if not spec.options:
        if rest and spec.name != "help":  # "/help anything" is still a request for help
            raise CommandError(f"/{spec.name} takes no arguments.")
        return {}
    if words is not None and not keyed:
        return {words.name: rest}
    raw: dict[str, str | None] = {}
    free: list[str] = []
    tokens = rest.split()
    i = 0
    while i < len(tokens):
        key, sep, value = tokens[i].partition(":")
        key = key.lower()
        i += 1
        if sep and key in keyed:
            if value.startswith('"'):
                while not (len(value) > 1 and value.endswith('"')) and i < len(tokens):
                    value, i = f"{value} {tokens[i]}", i + 1
                value = value.strip('"')
            elif keyed[key].kind == "date":
                run = [value, *takewhile(lambda t: ":" not in t, tokens[i : i + DATE_WORDS - 1])]
                n = date_words(run)
                value, i = " ".join(run[:n]), i + n - 1
            raw[key] = value
        elif sep and words is not None and key == words.name:
            free.append(value)
        else:
            free.append(tokens[i - 1])
    free = [w for w in free if w]
    if free and words is None:
        raise CommandError(f"Unexpected {free[0]!r}. Usage: {spec.console_usage}")
    if words is not None:
        raw[words.name] = " ".join(free) or None
    return raw


async def _lines_of(source: AsyncIterator[str] | TextIO, out: TextIO) -> AsyncIterator[str]:
    """Lines from an async iterator, or from a file read in a worker thread (a blocking ``readline``
    must not stall the event loop); a prompt only when a person is typing."""
    if isinstance(source, AsyncIterator):
        async for line in source:
            yield line
        return
    interactive = source.isatty()
    while True:
        if interactive:
            out.write(PROMPT)
            out.flush()
        line = await asyncio.to_thread(source.readline)
        if not line:  # EOF
            return
        yield line


async def run_console(
    service: Service,
    lines: AsyncIterator[str] | TextIO,
    out: TextIO,
    *,
    is_moderator: bool = True,
) -> None:
    """Answer every line until /quit or the end of input. Nothing a line contains stops the loop: bad
    input gets a message, and an unexpected failure is logged and reported, then the next line runs."""
    session = Session(out, Conversations(service.settings.follow_up_seconds))
    async for line in _lines_of(lines, out):
        try:
            command = parse_line(line)
            if command is None:
                continue
            if command.name == "quit":
                return
            reply = await _run(service, command, session, is_moderator=is_moderator)
        except (QuestionError, CommandError, BadDate) as exc:
            reply = str(exc)
        except Exception as exc:
            log.exception("console command failed: %r", line.strip()[:200])
            reply = f"Something went wrong ({type(exc).__name__}); see the log."
        out.write(render.plain(reply.rstrip("\n")) + "\n\n")  # the renderers did; an error message too
        out.flush()


@dataclass
class Session:
    """One console's state between lines: where it writes, and its conversation, so a follow-up
    ("when was that?") is read with the previous question's subject as in a Discord thread."""

    out: TextIO
    conversation: Conversations
    #: the console is one conversation (as a thread is)
    KEY: ClassVar[ConversationKey] = ("console", 0)


ConsoleHandler = Callable[["Service", ConsoleCommand, Session], Awaitable[str]]


async def _ask(service: Service, command: ConsoleCommand, session: Session) -> str:
    """A question, read as a follow-up of the previous one when it needs its subject (bot.conversation,
    the code a Discord thread uses); the answer shows the question as it was read."""
    talk = session.conversation
    answer = await service.ask(resolve(command.text, talk.recall(Session.KEY)), asker=CONSOLE)
    talk.remember(answer.question, answer.looked_for, Session.KEY)
    return render.answer_text(answer)


async def _timeline(service: Service, command: ConsoleCommand, session: Session) -> str:
    req = command.timeline or TimelineRequest(None, None, None)
    result = await service.timeline(req.topic, req.since, req.until)
    if req.grouping:
        pages = TimelinePages(result, service.settings.timeline_page_size, req.grouping)
        return render.timeline_text(result, pages.periods, req.grouping)
    return render.timeline_text(result)


async def _sources(service: Service, command: ConsoleCommand, session: Session) -> str:
    sources = await service.sources()
    search = command.text.strip()
    if search:  # the same search as /sources on Discord: title or outlet words, case and accents ignored
        index = await service.sources_index.get(service.engine)
        found = {index.rows[i].doc_id for i in (await asyncio.to_thread(index.matching, search)).tolist()}
        sources = Sources(documents=[d for d in sources.documents if d.doc_id in found])
        if not sources.documents:  # (a bare "Sources (0 documents)" reads as an empty corpus)
            return f"{render.sources_text(sources)}\n{NO_SOURCE_MATCH}\ncorpus version {service.version[:12]}"
    return render.sources_text(sources) + f"\ncorpus version {service.version[:12]}"


async def _help(service: Service, command: ConsoleCommand, session: Session) -> str:
    return render.help_text(service.examples)


async def _feedback(service: Service, command: ConsoleCommand, session: Session) -> str:
    return feedback_text(*await service.feedback_report(limit=10))


async def _server(service: Service, command: ConsoleCommand, session: Session) -> str:
    return "/server changes one Discord server's settings; the console belongs to no server."


async def _reload(service: Service, command: ConsoleCommand, session: Session) -> str:
    async def progress(text: str) -> None:
        session.out.write(f"  {render.plain(text)}\n")
        session.out.flush()

    return render.reload_text(await service.reload(by="console", progress=progress))


#: what each registry command does in the console (a test checks every command has one)
HANDLERS: dict[CommandName, ConsoleHandler] = {
    "ask": _ask,
    "timeline": _timeline,
    "sources": _sources,
    "feedback": _feedback,
    "server": _server,
    "help": _help,
    "reload": _reload,
}


async def _run(service: Service, command: ConsoleCommand, session: Session, *, is_moderator: bool) -> str:
    spec = BY_NAME.get(command.name)
    if spec is None:
        raise CommandError(f"Unknown command /{command.name}. Try /help.")
    if spec.moderator_only and not is_moderator:
        return f"Only moderators can use /{spec.name}."
    return await HANDLERS[spec.name](service, command, session)
