"""The one command registry: every command the bot has, described once.

Each :class:`CommandSpec` gives a command's name, its Discord description, its options (with their
descriptions and length limits), whether it is for moderators only, which cooldown it counts against,
its help line, and how it is typed in the console. From these specs are made the Discord slash
commands (``bot/discord_app/slash.py``), the console's parser (``bot/console.py``), ``/help`` (the embed
and the console text, ``bot/render``) and the cooldown buckets, so a command added here shows up in all
of them; a test checks that they list the same commands.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from bot.dates import check_range, parse_day
from bot.settings import Settings

CommandName = Literal["ask", "timeline", "sources", "reload", "help"]
#: a cooldown shared by every command in the group (and by mentions, which ask)
CooldownGroup = Literal["questions"]
#: what an option holds: free text, or a day typed as YYYY-MM-DD
OptionKind = Literal["text", "date"]
#: how the console reads an option: the line's free words, or ``name:value``
ConsoleForm = Literal["words", "key"]
#: an option limited by the ``max_question_chars`` setting instead of a fixed length
QuestionLimit = Literal["max_question_chars"]

#: Discord's bounds: names are lowercase words, descriptions 1-100 characters
_NAME = re.compile(r"[a-z][a-z0-9_-]{0,31}")


class OptionSpec(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    description: str = Field(min_length=1, max_length=100)
    kind: OptionKind = "text"
    required: bool = False
    min_length: int = Field(1, ge=0)
    max_length: int | QuestionLimit
    #: how the console's usage line names the value
    placeholder: str
    console: ConsoleForm = "key"

    def max_chars(self, settings: Settings) -> int:
        return settings.max_question_chars if self.max_length == "max_question_chars" else self.max_length

    @model_validator(mode="after")
    def _valid(self) -> OptionSpec:
        if not _NAME.fullmatch(self.name):
            raise ValueError(f"option name {self.name!r} is not a Discord option name")
        if self.kind == "date" and self.console != "key":
            raise ValueError(f"date option {self.name!r} is typed name:YYYY-MM-DD in the console")
        return self


class CommandSpec(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: CommandName
    description: str = Field(min_length=1, max_length=100)
    help: str
    options: tuple[OptionSpec, ...] = ()
    moderator_only: bool = False
    cooldown: CooldownGroup | None = None

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

    @property
    def discord_usage(self) -> str:
        """``/timeline [topic] [since] [until]``: as /help shows it on Discord."""
        return "/" + "".join(
            [self.name, *(f" {o.name}" if o.required else f" [{o.name}]" for o in self.options)]
        )

    @property
    def console_usage(self) -> str:
        """``/timeline [TOPIC] [since:YYYY-MM-DD] [until:YYYY-MM-DD]``: as it is typed in the console."""
        parts = [f"/{self.name}"]
        for o in self.options:
            shown = o.placeholder if o.console == "words" else f"{o.name}:{o.placeholder}"
            parts.append(shown if o.required else f"[{shown}]")
        return " ".join(parts)

    def parse(self, raw: Mapping[str, str | None]) -> dict[str, str | date | None]:
        """Option values as typed (on Discord or in the console) into what the handler takes: text as
        it came (the service cleans questions and topics), days parsed, and a ``since``/``until``
        range checked. Raises BadDate with a message for the user."""
        values: dict[str, str | date | None] = {}
        for o in self.options:
            text = raw.get(o.name)
            values[o.name] = parse_day(text, o.name) if o.kind == "date" else text
        since, until = values.get("since"), values.get("until")
        check_range(since if isinstance(since, date) else None, until if isinstance(until, date) else None)
        return values


_DAY = "YYYY-MM-DD"

COMMANDS: tuple[CommandSpec, ...] = (
    CommandSpec(
        name="ask",
        description="Ask a question; the answer is quoted from the news coverage",
        help="a cited answer quoted from the coverage (or mention me with your question)",
        options=(
            OptionSpec(
                name="question",
                description="Your question, in plain words",
                required=True,
                max_length="max_question_chars",
                placeholder="QUESTION",
                console="words",
            ),
        ),
        cooldown="questions",
    ),
    CommandSpec(
        name="timeline",
        description="Dated events from the coverage, oldest first",
        help="dated events, oldest first; dates as YYYY-MM-DD",
        options=(
            OptionSpec(
                name="topic",
                description="What the events should be about (leave empty for everything)",
                max_length=300,
                placeholder="TOPIC",
                console="words",
            ),
            OptionSpec(
                name="since",
                description="Only events on or after this day, YYYY-MM-DD",
                kind="date",
                max_length=10,
                placeholder=_DAY,
            ),
            OptionSpec(
                name="until",
                description="Only events on or before this day, YYYY-MM-DD",
                kind="date",
                max_length=10,
                placeholder=_DAY,
            ),
        ),
        cooldown="questions",
    ),
    CommandSpec(
        name="sources",
        description="The articles the bot can quote from",
        help="the articles I can quote",
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
