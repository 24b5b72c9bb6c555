"""The registry's commands as Discord slash commands.

Each :class:`bot.commands.CommandSpec` becomes one ``app_commands.Command``: its name, description,
options (with their descriptions, kinds, choices and length limits, the question's from the
``max_question_chars`` setting), autocompletion, the moderator check, the channel allow-list and the
cooldown, all taken from the spec. The cog supplies only the handler (and the suggestions of an
autocompleted option), which receives the options already parsed (dates as days, a ``since``/``until``
range checked, channels as ids), the channel already allowed and the cooldown already counted. Built at
run time because a limit comes from the settings.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import TYPE_CHECKING, Any, Literal, Optional

import discord
from discord import app_commands
from discord.ext import commands

from bot.commands import BY_NAME, CommandName, CommandSpec, OptionSpec, Suggestions
from bot.discord_app.checks import moderator_only, slow_down
from bot.discord_app.places import pointer
from bot.discord_app.views import tell
from bot.questions import QuestionError

if TYPE_CHECKING:
    from bot.discord_app.client import NewsBot

log = logging.getLogger(__name__)

#: a command's handler: ``(interaction, **options) -> None``, options named as in the spec
Handler = Callable[..., Awaitable[None]]
#: an autocompleted option's suggestions: ``(interaction, typed) -> choices`` (at most 25)
Completer = Callable[[discord.Interaction, str], Coroutine[Any, Any, list[app_commands.Choice[str]]]]
AppCommand = app_commands.Command[Any, ..., None]
#: Discord's bounds on an autocomplete answer
MAX_CHOICES, CHOICE_CHARS = 25, 100


def _annotation(o: OptionSpec, bot: NewsBot) -> Any:
    """The type discord.py turns into the option Discord shows: a length-limited string, a boolean,
    a fixed choice, or a channel picker."""
    if o.kind == "flag":
        return bool
    if o.kind == "choice":
        return Literal.__getitem__(o.choices)
    if o.kind == "channel":
        return app_commands.AppCommandChannel
    return app_commands.Range[str, o.min_length, o.max_chars(bot.service.settings)]


def choices(values: list[tuple[str, str]]) -> list[app_commands.Choice[str]]:
    """(shown, value) pairs as autocomplete choices within Discord's limits (25, 100 characters each;
    a value longer than 100 characters is left out rather than cut into something else)."""
    out: list[app_commands.Choice[str]] = []
    for name, value in values:
        if value and len(value) <= CHOICE_CHARS and len(out) < MAX_CHOICES:
            out.append(app_commands.Choice(name=name[:CHOICE_CHARS] or value, value=value))
    return out


def build_command(
    spec: CommandSpec, bot: NewsBot, handler: Handler, completers: dict[Suggestions, Completer] | None = None
) -> AppCommand:
    """The slash command for ``spec``, calling ``handler`` once the options are parsed, the channel is
    one the server's moderators allow (for a ``placed`` command), and, for a rate-limited command, the
    asker's cooldown allows it (bad options are refused first, uncounted)."""
    first = inspect.Parameter.POSITIONAL_OR_KEYWORD
    params = [inspect.Parameter("interaction", first, annotation=discord.Interaction)]
    for o in spec.options:
        annotation: Any = _annotation(o, bot)
        kind = inspect.Parameter.KEYWORD_ONLY
        if o.required:
            params.append(inspect.Parameter(o.name, kind, annotation=annotation))
        else:
            optional = Optional[annotation]  # noqa: UP045 - an annotation object built at run time, not syntax
            params.append(inspect.Parameter(o.name, kind, annotation=optional, default=None))

    async def callback(interaction: discord.Interaction, **raw: Any) -> None:
        try:
            values = spec.parse(raw)
        except QuestionError as exc:
            await tell(interaction, str(exc))
            return
        if spec.placed:
            elsewhere = await bot.places.where_not(interaction.guild_id, interaction.channel)
            if elsewhere:
                await tell(interaction, pointer(elsewhere), markup=True)  # channel links, built from ids
                return
        wait = bot.cooldowns.retry_after(spec, interaction.user.id)
        if wait is not None:
            await tell(interaction, slow_down(wait))
            return
        await handler(interaction, **values)

    callback.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    callback.__name__ = callback.__qualname__ = spec.name  # a plain function to discord.py, not a method
    callback.__doc__ = None
    checked: Any = app_commands.describe(**{o.name: o.description for o in spec.options})(callback)
    if spec.moderator_only:
        checked = moderator_only()(checked)
    cmd: AppCommand = app_commands.Command(name=spec.name, description=spec.description, callback=checked)
    for o in spec.options:
        if o.suggest is not None:
            complete = (completers or {}).get(o.suggest)
            if complete is None:
                raise ValueError(f"/{spec.name} {o.name}: no suggestions for {o.suggest!r}")
            cmd.autocomplete(o.name)(_guarded(complete, spec.name))
    return cmd


def _guarded(complete: Completer, name: str) -> Completer:
    """Suggestions that never fail the interaction: a failure (logged) offers nothing."""

    async def suggest(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        try:
            return (await complete(interaction, current or ""))[:MAX_CHOICES]
        except Exception:
            log.exception("suggestions for /%s failed", name)
            return []

    return suggest


class RegistryCog(commands.Cog):
    """A feature's cog whose slash commands come from the registry: a subclass names its handlers in
    :meth:`handlers`; the commands are added to the tree when the cog loads and removed when it unloads."""

    def __init__(self, bot: NewsBot) -> None:
        self.bot = bot
        done = self.completers()
        self.slash_commands = [
            build_command(BY_NAME[name], bot, h, done) for name, h in self.handlers().items()
        ]

    def handlers(self) -> dict[CommandName, Handler]:
        raise NotImplementedError

    def completers(self) -> dict[Suggestions, Completer]:
        """The suggestions this cog's autocompleted options offer (none by default)."""
        return {}

    async def cog_load(self) -> None:
        for cmd in self.slash_commands:
            self.bot.tree.add_command(cmd)

    async def cog_unload(self) -> None:
        for cmd in self.slash_commands:
            self.bot.tree.remove_command(cmd.name)
