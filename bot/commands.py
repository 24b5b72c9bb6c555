"""The one command registry: every command the bot has, described once.

Each :class:`CommandSpec` gives a command's name, its Discord description, its options (with their
descriptions, kinds, choices, autocompletion and length limits), whether it is for moderators only,
which cooldown it counts against, its help line, and how it is typed in the console. From these specs
are made the Discord slash commands (``bot/discord_app/slash.py``), the console's parser
(``bot/console.py``), ``/help`` (the embed and the console text, ``bot/render``) and the cooldown
buckets, so a command added here shows up in all of them; a test checks that they list the same commands.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from bot.dates import DateEdge, check_range, parse_edge
from bot.questions import QuestionError
from bot.settings import Settings

CommandName = Literal["ask", "timeline", "sources", "feedback", "server", "reload", "help"]
#: a cooldown shared by every command in the group (and by mentions, which ask)
CooldownGroup = Literal["questions", "browse"]
#: what an option holds: free text, a date as people type it, yes/no, one of a few words, a channel
OptionKind = Literal["text", "date", "flag", "choice", "channel"]
#: how the console reads an option: the line's free words, or ``name:value``
ConsoleForm = Literal["words", "key"]
#: an option limited by the ``max_question_chars`` setting instead of a fixed length
QuestionLimit = Literal["max_question_chars"]
#: where an option's suggestions come from as it is typed (Discord's autocomplete)
Suggestions = Literal["topics", "sources"]
#: an option's value once parsed: text, a day, yes/no, a channel id
OptionValue = str | date | bool | int | None

#: Discord's bounds: names are lowercase words, descriptions 1-100 characters, at most 25 choices
_NAME = re.compile(r"[a-z][a-z0-9_-]{0,31}")
_FLAGS = {
    "true": True,
    "yes": True,
    "on": True,
    "1": True,
    "false": False,
    "no": False,
    "off": False,
    "0": False,
}
_CHANNEL = re.compile(r"<#(\d{1,20})>|(\d{1,20})")


class BadOption(QuestionError):
    """An option value the command does not take; the message says what it takes."""


# built at first use (``defer_build``): a process uses few of these models, and building each at import
# cost every start of a one-shot ``newsbot ask`` some milliseconds
class OptionSpec(BaseModel):
    model_config = ConfigDict(frozen=True, defer_build=True)

    name: str
    description: str = Field(min_length=1, max_length=100)
    kind: OptionKind = "text"
    required: bool = False
    min_length: int = Field(1, ge=0)
    max_length: int | QuestionLimit = 100
    #: how the console's usage line names the value
    placeholder: str
    console: ConsoleForm = "key"
    #: the words a ``choice`` option takes
    choices: tuple[str, ...] = ()
    #: suggestions offered while a text option is typed
    suggest: Suggestions | None = None
    #: for a date: which end of the typed span counts
    edge: DateEdge = "start"

    def max_chars(self, settings: Settings) -> int:
        return settings.max_question_chars if self.max_length == "max_question_chars" else self.max_length

    @model_validator(mode="after")
    def _valid(self) -> OptionSpec:
        if not _NAME.fullmatch(self.name):
            raise ValueError(f"option name {self.name!r} is not a Discord option name")
        if self.kind != "text" and self.console != "key":
            raise ValueError(f"option {self.name!r} is typed name:value in the console")
        if (self.kind == "choice") != bool(self.choices) or len(self.choices) > 25:
            raise ValueError(f"option {self.name!r}: a choice option has 1 to 25 choices, others none")
        if self.suggest is not None and self.kind != "text":
            raise ValueError(f"option {self.name!r}: only text options are autocompleted")
        return self

    def parse(self, raw: object, on: date | None = None) -> OptionValue:
        """The value as typed (on Discord or in the console) as the handler takes it; BadOption or
        BadDate (both QuestionError) with a message for the user."""
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        if self.kind == "date":
            return parse_edge(str(raw), self.name, self.edge, on)
        if self.kind == "flag":
            if isinstance(raw, bool):
                return raw
            flag = _FLAGS.get(str(raw).strip().lower())
            if flag is None:
                raise BadOption(f"`{self.name}` is true or false, not {str(raw)[:40]!r}.")
            return flag
        if self.kind == "choice":
            word = str(raw).strip().lower()
            if word not in self.choices:
                raise BadOption(f"`{self.name}` is one of {', '.join(self.choices)}; not {str(raw)[:40]!r}.")
            return word
        if self.kind == "channel":
            ident = getattr(raw, "id", None)
            if isinstance(ident, int):
                return ident
            m = _CHANNEL.fullmatch(str(raw).strip())
            if m is None:
                raise BadOption(f"`{self.name}` is a channel, such as #news.")
            return int(m.group(1) or m.group(2))
        return str(raw)


class CommandSpec(BaseModel):
    model_config = ConfigDict(frozen=True, defer_build=True)

    name: CommandName
    description: str = Field(min_length=1, max_length=100)
    help: str
    options: tuple[OptionSpec, ...] = ()
    moderator_only: bool = False
    cooldown: CooldownGroup | None = None
    #: refused outside the channels a server's moderators chose (moderators' commands and /help never are)
    placed: bool = False

    @model_validator(mode="after")
    def _valid(self) -> CommandSpec:
        names = [o.name for o in self.options]
        if len(set(names)) != len(names):
            raise ValueError(f"/{self.name} has two options of one name")
        if sum(o.console == "words" for o in self.options) > 1:
            raise ValueError(f"/{self.name} has more than one option taking the console line's words")
        required = [o.required for o in self.options]
        if required != sorted(required, reverse=True):
            raise ValueError(f"/{self.name}: required options come first (Discord's rule)")
        return self

    @property
    def words(self) -> OptionSpec | None:
        """The option the console fills with the line's free words, if any."""
        return next((o for o in self.options if o.console == "words"), None)

    def option(self, name: str) -> OptionSpec | None:
        return next((o for o in self.options if o.name == name), None)

    @property
    def discord_usage(self) -> str:
        """``/timeline [topic] [since] [until]``: as /help shows it on Discord."""
        return "/" + "".join(
            [self.name, *(f" {o.name}" if o.required else f" [{o.name}]" for o in self.options)]
        )

    @property
    def console_usage(self) -> str:
        """``/timeline [TOPIC] [since:WHEN] [until:WHEN]``: as it is typed in the console."""
        parts = [f"/{self.name}"]
        for o in self.options:
            shown = o.placeholder if o.console == "words" else f"{o.name}:{o.placeholder}"
            parts.append(shown if o.required else f"[{shown}]")
        return " ".join(parts)

    def parse(self, raw: Mapping[str, object], on: date | None = None) -> dict[str, OptionValue]:
        """Option values as typed (on Discord or in the console) into what the handler takes: text as
        it came (the service cleans questions and topics), dates read as spans (``since`` their first
        day, ``until`` their last), flags, choices and channels checked, and a ``since``/``until``
        range checked. Raises BadDate or BadOption with a message for the user."""
        values = {o.name: o.parse(raw.get(o.name), on) for o in self.options}
        since, until = values.get("since"), values.get("until")
        check_range(since if isinstance(since, date) else None, until if isinstance(until, date) else None)
        return values


_WHEN = "WHEN"
_ON_OFF = ("on", "off")
GROUPINGS = ("day", "week", "month")

COMMANDS: tuple[CommandSpec, ...] = (
    CommandSpec(
        name="ask",
        description="Ask a question; the answer is quoted from the news coverage",
        help="a cited answer quoted from the coverage (or mention me); private:true shows it only to you",
        options=(
            OptionSpec(
                name="question",
                description="Your question, in plain words",
                required=True,
                max_length="max_question_chars",
                placeholder="QUESTION",
                console="words",
            ),
            OptionSpec(
                name="private",
                description="Show the answer only to you",
                kind="flag",
                placeholder="true",
            ),
        ),
        cooldown="questions",
        placed=True,
    ),
    CommandSpec(
        name="timeline",
        description="Dated events from the coverage, oldest first",
        help="dated events, oldest first; dates like 2025-05-12, May 2025 or last week",
        options=(
            OptionSpec(
                name="topic",
                description="What the events should be about (leave empty for everything)",
                max_length=300,
                placeholder="TOPIC",
                console="words",
                suggest="topics",
            ),
            OptionSpec(
                name="since",
                description="From this day or period: 2025-05-12, May 2025, last week",
                kind="date",
                max_length=40,
                placeholder=_WHEN,
                edge="start",
            ),
            OptionSpec(
                name="until",
                description="Up to this day or period: 2025-05-31, June 2025, yesterday",
                kind="date",
                max_length=40,
                placeholder=_WHEN,
                edge="end",
            ),
            OptionSpec(
                name="grouping",
                description="One line per day, week or month, for long ranges",
                kind="choice",
                choices=GROUPINGS,
                placeholder="|".join(GROUPINGS),
            ),
        ),
        cooldown="questions",
        placed=True,
    ),
    CommandSpec(
        name="sources",
        description="The articles the bot can quote from, searchable by outlet or title words",
        help="the articles I can quote; search by outlet or title words",
        options=(
            OptionSpec(
                name="search",
                description="Outlet or words of a title (leave empty for every article)",
                max_length=100,
                placeholder="WORDS",
                console="words",
                suggest="sources",
            ),
        ),
        cooldown="browse",
        placed=True,
    ),
    CommandSpec(
        name="feedback",
        description="Moderators: recent 👎 with their reasons, and the questions declined most",
        help="moderators: recent 👎 with question, answer and reason; the questions I declined most",
        moderator_only=True,
    ),
    CommandSpec(
        name="server",
        description="Moderators: threads, answers in DMs, and the channels I answer in",
        help="moderators: threads on/off, DMs on/off, allow or disallow a channel (no option: show)",
        options=(
            OptionSpec(
                name="threads",
                description="Open a thread under each answer for follow-up questions",
                kind="choice",
                choices=_ON_OFF,
                placeholder="on|off",
            ),
            OptionSpec(
                name="dms",
                description="Answer this server's members in direct messages",
                kind="choice",
                choices=_ON_OFF,
                placeholder="on|off",
            ),
            OptionSpec(
                name="allow",
                description="Answer in this channel (once any is allowed, only in those)",
                kind="channel",
                placeholder="#CHANNEL",
            ),
            OptionSpec(
                name="disallow",
                description="Stop answering in this channel",
                kind="channel",
                placeholder="#CHANNEL",
            ),
            OptionSpec(
                name="everywhere",
                description="true: answer in every channel again (clears the allowed channels)",
                kind="flag",
                placeholder="true",
            ),
        ),
        moderator_only=True,
    ),
    CommandSpec(
        name="reload",
        description="Moderators: re-read the corpus and swap it in",
        help="moderators: re-read the corpus",
        moderator_only=True,
    ),
    CommandSpec(
        name="help",
        description="How to use the bot, with example questions",
        help="this message",
    ),
)

BY_NAME: dict[str, CommandSpec] = {c.name: c for c in COMMANDS}

#: the console's own commands, beyond the registry's: (usage, help line)
CONSOLE_ONLY: tuple[tuple[str, str], ...] = (("/quit", "leave the console (or /exit, or end of input)"),)

#: every cooldown group some command counts against
COOLDOWN_GROUPS: tuple[CooldownGroup, ...] = tuple(sorted({c.cooldown for c in COMMANDS if c.cooldown}))


def command(name: CommandName) -> CommandSpec:
    return BY_NAME[name]
