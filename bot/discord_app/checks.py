"""Who may do what, and how often: the moderator check and per-user cooldowns.

Both are decided at run time from the interaction itself (``default_permissions`` is only a hint to
Discord's UI that a server admin can override, so it is never relied on alone).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar, cast

import discord
from discord import app_commands

from bot.commands import COOLDOWN_GROUPS, CommandSpec, CooldownGroup

if TYPE_CHECKING:
    from bot.discord_app.client import NewsBot

T = TypeVar("T")


class NotModerator(app_commands.CheckFailure):
    """Raised by the moderator check; its message is shown to the person who tried."""


def asker_id(interaction: discord.Interaction) -> int | None:
    """The id of whoever sent ``interaction``, or None when Discord sent neither a member nor a user
    payload (discord.py then leaves ``interaction.user`` as a sentinel whose ``.id`` would raise)."""
    user = getattr(interaction, "user", None)
    uid = getattr(user, "id", None) if isinstance(user, discord.abc.User) else None
    return uid if isinstance(uid, int) else None


def unknown_asker(what: str) -> str:
    """The reply when Discord did not say who is asking: nothing can be checked or rate-limited."""
    return (
        f"Discord did not tell me who sent this {what}, so I cannot answer it. Please try again in a moment."
    )


def is_moderator(interaction: discord.Interaction, role_ids: list[int]) -> bool:
    """Manage Server permission, or one of the configured role ids (ids, never names: names are not
    unique and anyone with Manage Roles could create a look-alike). Raises NotModerator with the reason."""
    if interaction.guild_id is None:
        raise NotModerator("/reload works only in a server, not in direct messages.")
    member = interaction.user
    if not isinstance(member, discord.Member):
        # Discord sent no member payload: we cannot see the person's permissions, so refuse
        raise NotModerator("I could not check your server permissions, so I cannot run /reload for you.")
    if interaction.permissions.manage_guild:
        return True
    wanted = set(role_ids)
    if wanted and any(role.id in wanted for role in member.roles):
        return True
    raise NotModerator("Only moderators (Manage Server permission or a moderator role) can use /reload.")


def moderator_only() -> Callable[[T], T]:
    """One decorator for both halves of the moderator rule: the run-time check plus the
    ``default_permissions``/guild-only hints that hide the command from everyone else."""

    async def predicate(interaction: discord.Interaction) -> bool:
        bot = cast("NewsBot", interaction.client)
        return is_moderator(interaction, list(bot.service.settings.moderator_role_ids))

    def decorator(func: T) -> T:
        func = app_commands.check(predicate)(func)
        func = app_commands.default_permissions(manage_guild=True)(func)
        return app_commands.guild_only()(func)

    return decorator


class Cooldowns:
    """One :class:`UserCooldowns` per cooldown group of the registry: every command of a group (and
    mentions, which ask) draws on the same budget, so one person cannot flood the bot through another
    door; a command without a group is not limited."""

    def __init__(self, rate: int, per: float, groups: tuple[CooldownGroup, ...] = COOLDOWN_GROUPS) -> None:
        self.groups = {g: UserCooldowns(rate, per) for g in groups}

    def retry_after(self, spec: CommandSpec, user_id: int) -> float | None:
        """Count one use of ``spec`` by ``user_id``; the seconds to wait if that is one too many."""
        if spec.cooldown is None:
            return None
        return self.groups[spec.cooldown].retry_after(user_id)


class UserCooldowns:
    """``rate`` requests per ``per`` seconds for each user. Memory stays bounded: buckets whose window
    has passed are dropped when the table grows."""

    def __init__(self, rate: int, per: float, *, max_users: int = 10_000) -> None:
        self.rate, self.per, self.max_users = rate, per, max_users
        self._buckets: dict[int, app_commands.Cooldown] = {}

    def retry_after(self, user_id: int) -> float | None:
        """Count one request; the seconds to wait if that is one too many, else None."""
        bucket = self._buckets.get(user_id)
        if bucket is None:
            if len(self._buckets) >= self.max_users:
                self._prune()
            bucket = self._buckets[user_id] = app_commands.Cooldown(self.rate, self.per)
        return bucket.update_rate_limit()

    def _prune(self) -> None:
        for uid, bucket in list(self._buckets.items()):
            if bucket.get_tokens() >= self.rate:
                del self._buckets[uid]
        while len(self._buckets) >= self.max_users:
            self._buckets.pop(next(iter(self._buckets)))


def slow_down(retry_after: float) -> str:
    return f"Slow down a little: you can ask again in {max(1, round(retry_after))} s."
