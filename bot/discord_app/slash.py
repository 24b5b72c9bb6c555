"""The registry's commands as Discord slash commands.

Each :class:`bot.commands.CommandSpec` becomes one ``app_commands.Command``: its name, description,
options (with their descriptions and length limits, the question's from the ``max_question_chars``
setting), the moderator check, and the cooldown, all taken from the spec. The cog supplies only the
handler, which receives the options already parsed (days as dates, a ``since``/``until`` range checked)
and the cooldown already counted. Built at run time because a limit comes from the settings.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Optional

import discord
from discord import app_commands
from discord.ext import commands

from bot.commands import BY_NAME, CommandName, CommandSpec
from bot.dates import BadDate
from bot.discord_app.checks import moderator_only, slow_down
from bot.discord_app.views import tell

if TYPE_CHECKING:
    from bot.discord_app.client import NewsBot

#: a command's handler: ``(interaction, **options) -> None``, options named as in the spec
Handler = Callable[..., Awaitable[None]]
AppCommand = app_commands.Command[Any, ..., None]


def build_command(spec: CommandSpec, bot: NewsBot, handler: Handler) -> AppCommand:
    """The slash command for ``spec``, calling ``handler`` once the options are parsed and, for a
    rate-limited command, the asker's cooldown allows it (bad dates are refused first, uncounted)."""
    settings = bot.service.settings
    first = inspect.Parameter.POSITIONAL_OR_KEYWORD
    params = [inspect.Parameter("interaction", first, annotation=discord.Interaction)]
    for o in spec.options:
        text: Any = app_commands.Range[str, o.min_length, o.max_chars(settings)]
        kind = inspect.Parameter.KEYWORD_ONLY
        if o.required:
            params.append(inspect.Parameter(o.name, kind, annotation=text))
        else:
            optional = Optional[text]  # noqa: UP045 - an annotation object built at run time, not syntax
            params.append(inspect.Parameter(o.name, kind, annotation=optional, default=None))

    async def callback(interaction: discord.Interaction, **raw: str | None) -> None:
        try:
            values = spec.parse(raw)
        except BadDate as exc:
            await tell(interaction, str(exc))
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
    return app_commands.Command(name=spec.name, description=spec.description, callback=checked)


class RegistryCog(commands.Cog):
    """A feature's cog whose slash commands come from the registry: a subclass names its handlers in
    :meth:`handlers`; the commands are added to the tree when the cog loads and removed when it unloads."""

    def __init__(self, bot: NewsBot) -> None:
        self.bot = bot
        self.slash_commands = [build_command(BY_NAME[name], bot, h) for name, h in self.handlers().items()]

    def handlers(self) -> dict[CommandName, Handler]:
        raise NotImplementedError

    async def cog_load(self) -> None:
        for cmd in self.slash_commands:
            self.bot.tree.add_command(cmd)

    async def cog_unload(self) -> None:
        for cmd in self.slash_commands:
            self.bot.tree.remove_command(cmd.name)
