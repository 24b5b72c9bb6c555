"""Where and how the bot speaks in each server: its moderators' settings (``/server``: threads, DMs,
the channel allow-list) over the bot's defaults (the settings file), read through the store and kept
briefly in memory; whether a channel is one the bot answers in; and whether a direct message may be
answered.

Settings are kept for ``REFRESH`` seconds, so processes of a cluster sharing one store pick up a
change within that time; the process that saved one sees it at once.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING

import discord

from bot.settings import Settings
from bot.store import ServerSettings, Store, StoreError

if TYPE_CHECKING:
    from bot.discord_app.client import NewsBot

log = logging.getLogger(__name__)

REFRESH = 30.0  # seconds a server's settings are trusted before being read again
MEMBERSHIP = 600.0  # seconds a "is this user in that server" lookup is kept
MAX_KEPT = 10_000

DMS_OFF = (
    "I don't answer direct messages here: the bot's operator turned them off. Ask me in a server instead."
)


def dms_off_in(server: str) -> str:
    return (
        f"The moderators of {server} turned off my answers in direct messages for its members. "
        "Ask me in the server instead."
    )


def channel_of(channel: object) -> int | None:
    """The channel an allow-list is about: a thread's parent, or the channel itself."""
    parent = getattr(channel, "parent_id", None)
    if isinstance(parent, int):
        return parent
    ident = getattr(channel, "id", None)
    return ident if isinstance(ident, int) else None


class Places:
    """Server settings and the rules that use them. One per bot."""

    def __init__(self, bot: NewsBot, clock: Callable[[], float] = time.monotonic) -> None:
        self.bot = bot
        self._clock = clock
        self._servers: OrderedDict[int, tuple[float, ServerSettings]] = OrderedDict()
        self._no_dms: tuple[float, list[int]] | None = None
        self._members: OrderedDict[tuple[int, int], tuple[float, bool]] = OrderedDict()

    @property
    def settings(self) -> Settings:
        return self.bot.service.settings

    @property
    def store(self) -> Store:
        return self.bot.service.store

    # ------------------------------------------------------------------ reading and saving

    async def server(self, guild_id: int) -> ServerSettings:
        """A server's settings (all defaults when it never chose, or when the store cannot be read)."""
        kept = self._servers.get(guild_id)
        if kept is not None and self._clock() - kept[0] < REFRESH:
            return kept[1]
        try:
            found = await self.store.server_settings(guild_id)
        except StoreError as exc:
            log.warning("reading server %s's settings failed, using the defaults: %s", guild_id, exc)
            found = kept[1] if kept is not None else None
        settings = found or ServerSettings(guild_id=guild_id)
        self._keep(settings)
        return settings

    def _keep(self, settings: ServerSettings) -> None:
        self._servers[settings.guild_id] = (self._clock(), settings)
        self._servers.move_to_end(settings.guild_id)
        while len(self._servers) > MAX_KEPT:
            self._servers.popitem(last=False)

    async def save(self, settings: ServerSettings) -> None:
        """Save (StoreWriteError when not written) and use at once."""
        await self.store.save_server_settings(settings)
        self._keep(settings)
        self._no_dms = None

    # ------------------------------------------------------------------ the rules

    def threads(self, settings: ServerSettings) -> bool:
        return self.settings.threads if settings.threads is None else settings.threads

    def dms(self, settings: ServerSettings) -> bool:
        return self.settings.answer_dms if settings.dms is None else settings.dms

    def allowed_channels(self, settings: ServerSettings) -> list[int]:
        """The channels the bot answers in, in this server; empty means all of them. The server's own
        list when its moderators made one, else the configured ids that belong to this server."""
        if settings.channel_ids:
            return list(settings.channel_ids)
        out = []
        for cid in self.settings.channel_ids:
            channel = self.bot.get_channel(cid)
            guild = getattr(channel, "guild", None)
            if guild is not None and guild.id == settings.guild_id:
                out.append(cid)
        return out

    async def where_not(self, guild_id: int | None, channel: object) -> list[int] | None:
        """None when the bot may answer in ``channel`` (always in DMs); else the channels it answers in."""
        if guild_id is None:
            return None
        allowed = self.allowed_channels(await self.server(guild_id))
        if not allowed or channel_of(channel) in allowed or getattr(channel, "id", None) in allowed:
            return None
        return allowed

    async def dm_refusal(self, user: discord.abc.User) -> str | None:
        """None when a direct message from ``user`` may be answered; else the one line saying why not:
        the operator turned DMs off, or a server the user is in turned them off for its members."""
        if not self.settings.answer_dms:
            return DMS_OFF
        for guild_id in await self._servers_without_dms():
            guild = self.bot.get_guild(guild_id)
            if guild is not None and await self._is_member(guild, user.id):
                return dms_off_in(guild.name or "a server you are in")
        return None

    async def _servers_without_dms(self) -> list[int]:
        if self._no_dms is not None and self._clock() - self._no_dms[0] < REFRESH:
            return self._no_dms[1]
        try:
            found = await self.store.servers_without_dms()
        except StoreError as exc:
            log.warning("reading which servers turned DMs off failed: %s", exc)
            found = self._no_dms[1] if self._no_dms is not None else []
        self._no_dms = (self._clock(), found)
        return found

    async def _is_member(self, guild: discord.Guild, user_id: int) -> bool:
        """Whether the user is in the server: the member cache, else one REST lookup (no privileged
        intent needed for a single member), kept for a while either way."""
        if guild.get_member(user_id) is not None:
            return True
        key = (guild.id, user_id)
        kept = self._members.get(key)
        if kept is not None and self._clock() - kept[0] < MEMBERSHIP:
            return kept[1]
        try:
            await guild.fetch_member(user_id)
            member = True
        except discord.NotFound:
            member = False
        except discord.HTTPException as exc:
            log.info("could not check %s's membership of %s (%s)", user_id, guild.id, exc.status)
            return kept[1] if kept is not None else False
        self._members[key] = (self._clock(), member)
        while len(self._members) > MAX_KEPT:
            self._members.popitem(last=False)
        return member


def pointer(channels: list[int]) -> str:
    """Where to ask instead (channel mentions are links, never pings)."""
    shown = ", ".join(f"<#{c}>" for c in channels[:10]) + (" …" if len(channels) > 10 else "")
    return f"In this server I answer in {shown}. Ask me there."
