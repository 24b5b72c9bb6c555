"""A loopback Discord: just enough REST + gateway for the real discord.py client, and strict where
Discord is strict (3-second interaction deadline, payload limits, unknown routes, unsynced commands,
the bot's permissions in channels and threads, no message text without the Message Content intent
unless the bot is mentioned or in a DM), so that a test passing here means the payload would pass on
Discord too. Beyond channels: threads started on messages, DMs, replies, ephemeral follow-ups, select
menus, autocomplete, and file attachments (multipart uploads).

Every violation is both answered the way Discord answers it (400/404 with a JSON error) and recorded in
``Emulator.violations``; tests assert that list is empty.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import BodyPartReader, WSMsgType, web

JSON = dict[str, Any]

APP_ID = 900_000_000_000_000_001
BOT_ID = APP_ID
GUILD_ID = 900_000_000_000_000_100
GUILD_NAME = "Emulated Guild"
CHANNEL_ID = 900_000_000_000_000_200
OTHER_CHANNEL_ID = 900_000_000_000_000_201
MOD_ROLE_ID = 900_000_000_000_000_300
BOT_ROLE_ID = 900_000_000_000_000_301
TOKEN = "emulator-token.secret"

INTERACTION_DEADLINE = 3.0
TOKEN_TTL = 15 * 60.0
#: Discord's permission bits, by the names the developer portal shows
PERMISSIONS = {
    "Manage Server": 1 << 5,
    "View Channels": 1 << 10,
    "Send Messages": 1 << 11,
    "Embed Links": 1 << 14,
    "Attach Files": 1 << 15,
    "Read Message History": 1 << 16,
    "Use Application Commands": 1 << 31,
    "Create Public Threads": 1 << 35,
    "Send Messages in Threads": 1 << 38,
}
MANAGE_GUILD = PERMISSIONS["Manage Server"]
MEMBER_PERMISSIONS = (1 << 10) | (1 << 11) | (1 << 16) | (1 << 31)  # view, send, read history, use commands
#: what the invite in docs/discord.md grants the bot (its managed role); a test checks the docs' integer
BOT_PERMISSION_NAMES = (
    "View Channels",
    "Send Messages",
    "Embed Links",
    "Attach Files",
    "Read Message History",
    "Use Application Commands",
    "Create Public Threads",
    "Send Messages in Threads",
)
BOT_PERMISSIONS = sum(PERMISSIONS[n] for n in BOT_PERMISSION_NAMES)
ARCHIVE_DURATIONS = (60, 1440, 4320, 10080)
ATTACHMENT_LIMIT = 8 * 1024 * 1024

EPHEMERAL = 1 << 6
LOADING = 1 << 7
_snowflakes = itertools.count(910_000_000_000_000_000)


def snowflake() -> str:
    return str(next(_snowflakes))


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


def user_payload(uid: int, name: str, *, bot: bool = False) -> JSON:
    return {
        "id": str(uid),
        "username": name,
        "global_name": name,
        "discriminator": "0",
        "avatar": None,
        "bot": bot,
        "public_flags": 0,
        "flags": 0,
    }


@dataclass
class User:
    id: int
    name: str
    roles: list[int] = field(default_factory=list)
    permissions: int = MEMBER_PERMISSIONS
    bot: bool = False
    in_guild: bool = True  # a member of the emulated guild (a stranger can still DM the bot)

    def payload(self) -> JSON:
        return user_payload(self.id, self.name, bot=self.bot)

    def member(self, *, with_permissions: bool = False) -> JSON:
        data: JSON = {
            "user": self.payload(),
            "roles": [str(r) for r in self.roles],
            "joined_at": now_iso(),
            "deaf": False,
            "mute": False,
            "flags": 0,
            "nick": None,
            "avatar": None,
        }
        if with_permissions:
            data["permissions"] = str(self.permissions)
        return data


@dataclass
class Sent:
    """One message the bot created or edited, with where it went and what it asked to be allowed to ping."""

    route: str
    message: JSON
    payload: JSON
    ephemeral: bool = False


@dataclass
class Interaction:
    id: str
    token: str
    kind: int
    user: User
    created: float
    name: str = ""
    response_type: int | None = None
    responded_at: float | None = None
    original: JSON | None = None
    followups: list[JSON] = field(default_factory=list)
    ephemeral: bool = False
    choices: list[JSON] | None = None  # an autocomplete interaction's answer
    channel_id: str = str(CHANNEL_ID)
    done: asyncio.Event = field(default_factory=asyncio.Event)
    message: JSON | None = None  # the message a component interaction was on
    expired: bool = False  # its token no longer works (a test expired it)
    excused: bool = False  # a test made its acknowledgement fail on purpose: not a deadline violation

    def messages(self) -> list[JSON]:
        return ([self.original] if self.original is not None else []) + self.followups


@dataclass
class Fault:
    """A failure the next matching request gets instead of its answer (a test's deliberate fault, so
    never counted as a violation). ``code`` is Discord's JSON error code; ``retry_after`` is for 429."""

    prefix: str  # "METHOD /path" prefix, e.g. "POST /webhooks"
    status: int
    code: int = 0
    retry_after: float = 0.05
    message: str = "injected failure"


class DiscordError(Exception):
    def __init__(
        self, status: int, code: int, message: str, errors: JSON | None = None, *, expected: bool = False
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.errors = status, code, message, errors
        self.expected = expected  # the consequence of a fault a test injected, not the bot's mistake


def _json(data: Any, status: int = 200) -> web.Response:
    # discord.py tests the header for exactly "application/json": no charset suffix.
    return web.Response(
        status=status, body=json.dumps(data).encode(), headers={"Content-Type": "application/json"}
    )


# --------------------------------------------------------------------------- validation (Discord's limits)


def _len_checks(payload: JSON) -> list[str]:
    """Discord's message limits; each problem as "path: reason" like its Invalid Form Body errors."""
    problems: list[str] = []
    content = payload.get("content")
    if content is not None and len(content) > 2000:
        problems.append(f"content: must be 2000 or fewer in length ({len(content)})")
    embeds = payload.get("embeds") or []
    if len(embeds) > 10:
        problems.append("embeds: must be 10 or fewer")
    total = 0
    for i, e in enumerate(embeds):
        for key, limit in (("title", 256), ("description", 4096)):
            v = e.get(key)
            if v is not None:
                if len(v) > limit:
                    problems.append(f"embeds.{i}.{key}: must be {limit} or fewer in length ({len(v)})")
                total += len(v)
        if e.get("url") is not None and not re.match(r"^https?://", e["url"]):
            problems.append(f"embeds.{i}.url: Not a well formed URL")
        fields = e.get("fields") or []
        if len(fields) > 25:
            problems.append(f"embeds.{i}.fields: must be 25 or fewer")
        for j, f in enumerate(fields):
            name, value = f.get("name", ""), f.get("value", "")
            if not name or not value:
                problems.append(f"embeds.{i}.fields.{j}: name and value are required")
            if len(name) > 256:
                problems.append(f"embeds.{i}.fields.{j}.name: must be 256 or fewer in length")
            if len(value) > 1024:
                problems.append(f"embeds.{i}.fields.{j}.value: must be 1024 or fewer ({len(value)})")
            total += len(name) + len(value)
        footer = (e.get("footer") or {}).get("text")
        if footer is not None:
            if len(footer) > 2048:
                problems.append(f"embeds.{i}.footer.text: must be 2048 or fewer in length")
            total += len(footer)
        author = (e.get("author") or {}).get("name")
        if author is not None:
            if len(author) > 256:
                problems.append(f"embeds.{i}.author.name: must be 256 or fewer in length")
            total += len(author)
    if total > 6000:
        problems.append(f"embeds: total length must be 6000 or fewer ({total})")
    rows = payload.get("components") or []
    if len(rows) > 5:
        problems.append("components: must be 5 or fewer")
    for i, row in enumerate(rows):
        items = row.get("components") or []
        if not 1 <= len(items) <= 5:
            problems.append(f"components.{i}: must have 1 to 5 items")
        if any(item.get("type") == 3 for item in items) and len(items) != 1:
            problems.append(f"components.{i}: a select menu fills its row alone")
        for j, item in enumerate(items):
            where = f"components.{i}.components.{j}"
            if len(item.get("custom_id") or "") > 100:
                problems.append(f"{where}.custom_id: must be 100 or fewer in length")
            if len(item.get("label") or "") > 80:
                problems.append(f"{where}.label: must be 80 or fewer in length")
            if item.get("type") == 2 and item.get("style") != 5 and not item.get("custom_id"):
                problems.append(f"{where}.custom_id: a button needs one")
            if item.get("type") == 3:
                options = item.get("options") or []
                if not 1 <= len(options) <= 25:
                    problems.append(f"{where}.options: must have 1 to 25 options")
                if len(item.get("placeholder") or "") > 150:
                    problems.append(f"{where}.placeholder: must be 150 or fewer in length")
                for k, opt in enumerate(options):
                    for key in ("label", "value", "description"):
                        if len(opt.get(key) or "") > 100:
                            problems.append(f"{where}.options.{k}.{key}: must be 100 or fewer in length")
                    if not opt.get("label") or not opt.get("value"):
                        problems.append(f"{where}.options.{k}: label and value are required")
                values = [o.get("value") for o in options]
                if len(set(values)) != len(values):
                    problems.append(f"{where}.options: values must be unique")
    for k, a in enumerate(payload.get("attachments") or []):
        if not a.get("filename"):
            problems.append(f"attachments.{k}.filename: required")
    return problems


_MENTION = re.compile(r"<@!?(\d+)>|<@&(\d+)>|@everyone|@here")


def possible_pings(payload: JSON) -> list[str]:
    """What the message content could ping given its allowed_mentions (Discord's default parses everything).
    Embeds never ping, so only content counts."""
    content = payload.get("content") or ""
    am = payload.get("allowed_mentions")
    parse = {"everyone", "users", "roles"} if am is None else set(am.get("parse") or [])
    users = set() if am is None else {str(u) for u in am.get("users") or []}
    roles = set() if am is None else {str(r) for r in am.get("roles") or []}
    pings: list[str] = []
    for m in _MENTION.finditer(content):
        token = m.group(0)
        if token in ("@everyone", "@here"):
            if "everyone" in parse:
                pings.append(token)
        elif m.group(1):
            if "users" in parse or m.group(1) in users:
                pings.append(token)
        elif m.group(2) and ("roles" in parse or m.group(2) in roles):
            pings.append(token)
    return pings


# --------------------------------------------------------------------------- the emulator


class Emulator:
    """Start with ``await emu.start()``; ``emu.base`` is the URL to point discord.py at."""

    def __init__(self, *, deadline: float = INTERACTION_DEADLINE) -> None:
        self.deadline = deadline
        self.bot_user = User(BOT_ID, "newsbot", bot=True, roles=[BOT_ROLE_ID])
        #: what the bot's managed role grants (a test may take a permission away)
        self.bot_permissions = BOT_PERMISSIONS
        self.users: dict[int, User] = {}
        self.channel: JSON = self._text_channel(CHANNEL_ID, "news", 0)
        #: the guild's text channels by id (the first is ``channel``), its threads, and DM channels by user
        self.channels: dict[str, JSON] = {
            str(CHANNEL_ID): self.channel,
            str(OTHER_CHANNEL_ID): self._text_channel(OTHER_CHANNEL_ID, "general", 1),
        }
        self.threads: dict[str, JSON] = {}
        self.dm_channels: dict[int, JSON] = {}
        #: uploaded files by attachment id
        self.files: dict[str, bytes] = {}
        self.global_commands: dict[str, JSON] = {}
        self.guild_commands: dict[str, JSON] = {}
        self.sync_calls: list[str] = []
        self.messages: dict[str, JSON] = {}
        self.sent: list[Sent] = []
        self.interactions: dict[str, Interaction] = {}
        self.violations: list[str] = []
        self.requests: list[str] = []
        self.identified = asyncio.Event()
        self._ws: web.WebSocketResponse | None = None
        self._seq = 0
        self._runner: web.AppRunner | None = None
        self._changed = asyncio.Condition()
        self.base = ""
        # injected failures: Fault, or (route prefix, status) for short
        self.fail_next: list[Fault | tuple[str, int]] = []
        self.faults_served: list[str] = []
        self.expire_on_ack: set[str] = set()  # command names whose token expires once acknowledged
        self.backlog: list[JSON] = []  # events dispatched while the client was disconnected
        self.thread_events: list[JSON] = []  # threads made, THREAD_CREATE sent after the reply
        self.connections = 0
        #: the ``shard`` field of each IDENTIFY ([shard_id, shard_count], None when not sharded)
        self.identify_shards: list[list[int] | None] = []
        self.resumes = 0
        self.connected = asyncio.Event()

    @staticmethod
    def _text_channel(ident: int, name: str, position: int) -> JSON:
        return {
            "id": str(ident),
            "type": 0,
            "guild_id": str(GUILD_ID),
            "name": name,
            "position": position,
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
            "topic": None,
            "last_message_id": None,
            "rate_limit_per_user": 0,
        }

    # ------------------------------------------------------------------ people

    def add_user(
        self, name: str, *, moderator: bool = False, role_moderator: bool = False, in_guild: bool = True
    ) -> User:
        uid = int(snowflake())
        perms = MEMBER_PERMISSIONS | (MANAGE_GUILD if moderator else 0)
        user = User(
            uid, name, roles=[MOD_ROLE_ID] if role_moderator else [], permissions=perms, in_guild=in_guild
        )
        self.users[uid] = user
        return user

    # ------------------------------------------------------------------ server lifecycle

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.base = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        if self._ws is not None and not self._ws.closed:
            await self._ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # ------------------------------------------------------------------ gateway

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws = ws
        self.connections += 1
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None, "t": None})
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            data = json.loads(msg.data)
            op = data.get("op")
            if op == 1:
                await ws.send_json({"op": 11, "d": None, "s": None, "t": None})
            elif op == 2:
                if data["d"].get("token") != TOKEN:
                    await ws.close(code=4004, message=b"Authentication failed.")
                    break
                if data["d"].get("intents", 0) & (1 << 15):
                    self.violations.append("IDENTIFY requested the privileged message-content intent")
                self.identify_shards.append(data["d"].get("shard"))
                await self._ready(data["d"].get("shard"))
            elif op == 6:
                if data["d"].get("token") != TOKEN or data["d"].get("session_id") != "emulated-session":
                    await ws.close(code=4004, message=b"Authentication failed.")
                    break
                # like Discord: the events missed since the client's last sequence number, then RESUMED
                self.resumes += 1
                missed, self.backlog = self.backlog, []
                for frame in missed:
                    await ws.send_json(frame)
                self._seq += 1
                await ws.send_json({"op": 0, "t": "RESUMED", "s": self._seq, "d": {}})
                self.connected.set()
        return ws

    async def _ready(self, shard: list[int] | None = None) -> None:
        self.connected.set()
        await self.dispatch(
            "READY",
            {
                "v": 10,
                "user": {**self.bot_user.payload(), "verified": True, "mfa_enabled": False},
                "guilds": [{"id": str(GUILD_ID), "unavailable": True}],
                "session_id": "emulated-session",
                **({"shard": shard} if shard else {}),  # a sharded session's READY names its shard
                "resume_gateway_url": self.base + "/",
                "application": {"id": str(APP_ID), "flags": 0},
                "private_channels": [],
                "relationships": [],
            },
        )
        members = [self.bot_user.member()] + [u.member() for u in self.users.values() if u.in_guild]
        await self.dispatch(
            "GUILD_CREATE",
            {
                "id": str(GUILD_ID),
                "name": GUILD_NAME,
                "icon": None,
                "owner_id": "1",
                "unavailable": False,
                "member_count": len(members),
                "large": False,
                "features": [],
                "channels": list(self.channels.values()),
                "threads": list(self.threads.values()),
                "roles": [
                    {
                        "id": str(GUILD_ID),
                        "name": "@everyone",
                        "permissions": str(MEMBER_PERMISSIONS),
                        "position": 0,
                        "color": 0,
                        "hoist": False,
                        "managed": False,
                        "mentionable": False,
                        "flags": 0,
                    },
                    {
                        "id": str(MOD_ROLE_ID),
                        "name": "Moderators",
                        "permissions": "0",
                        "position": 1,
                        "color": 0,
                        "hoist": False,
                        "managed": False,
                        "mentionable": True,
                        "flags": 0,
                    },
                    {
                        "id": str(BOT_ROLE_ID),
                        "name": "newsbot",
                        "permissions": str(self.bot_permissions),
                        "position": 2,
                        "color": 0,
                        "hoist": False,
                        "managed": True,
                        "mentionable": False,
                        "flags": 0,
                        "tags": {"bot_id": str(BOT_ID)},
                    },
                ],
                "members": members,
                "emojis": [],
                "stickers": [],
                "voice_states": [],
                "presences": [],
                "joined_at": now_iso(),
            },
        )
        self.identified.set()

    async def dispatch(self, event: str, data: JSON) -> None:
        """Send an event; while the client is disconnected it is kept for the resume, as Discord does."""
        assert self._ws is not None, "the client never connected"
        self._seq += 1
        frame = {"op": 0, "t": event, "s": self._seq, "d": data}
        if self._ws.closed or not self.connected.is_set():
            self.backlog.append(frame)
            return
        await self._ws.send_json(frame)

    async def drop_connection(self, code: int = 4000) -> None:
        """Close the gateway the way Discord does on a server-side hiccup (4000 "unknown error": the client
        may resume). Events dispatched until the client resumes are replayed to it then."""
        assert self._ws is not None, "the client never connected"
        self.connected.clear()
        await self._ws.close(code=code, message=b"emulated disconnect")

    # ------------------------------------------------------------------ what users do

    def channel_json(self, channel_id: str) -> JSON:
        """A guild channel, thread or DM channel as an interaction carries it."""
        for table in (self.channels, self.threads):
            if channel_id in table:
                return table[channel_id]
        for dm in self.dm_channels.values():
            if dm["id"] == channel_id:
                return dm
        raise AssertionError(f"no channel {channel_id}")

    def dm_channel(self, user: User) -> JSON:
        """The DM channel between ``user`` and the bot (made on first use, as Discord does)."""
        if user.id not in self.dm_channels:
            self.dm_channels[user.id] = {
                "id": snowflake(),
                "type": 1,
                "recipients": [user.payload()],
                "last_message_id": None,
                "flags": 0,
            }
        return self.dm_channels[user.id]

    async def post(
        self,
        user: User,
        text: str,
        *,
        channel_id: str | int = CHANNEL_ID,
        reply_to: JSON | None = None,
        reply_mention: bool = True,
        extra_mentions: list[User] | None = None,
    ) -> JSON:
        """A user posts a message in a guild channel or thread. Its ``mentions`` are the bot when the text
        holds ``<@BOT_ID>``, the author replied to when the reply's mention is on, and ``extra_mentions``.
        Like Discord, the bot (which has no Message Content intent) is sent the text only when it is
        mentioned: otherwise the content, embeds and attachments arrive empty. What was really posted
        is kept in ``self.messages``."""
        cid = str(channel_id)
        assert cid in self.channels or cid in self.threads, f"no guild channel or thread {cid}"
        mentioned: list[JSON] = []
        if f"<@{BOT_ID}>" in text or f"<@!{BOT_ID}>" in text:
            mentioned.append(self.bot_user.payload())
        if (
            reply_to is not None
            and reply_mention
            and reply_to["author"]["id"] not in [m["id"] for m in mentioned]
        ):
            mentioned.append(reply_to["author"])
        mentioned += [u.payload() for u in extra_mentions or []]
        msg = self._user_message(user, text, cid, mentioned, reply_to, guild=True)
        self.messages[msg["id"]] = msg
        if cid in self.threads:
            self.threads[cid]["message_count"] = self.threads[cid].get("message_count", 0) + 1
        seen = dict(msg)
        if not any(m["id"] == str(BOT_ID) for m in mentioned):
            seen.update(content="", embeds=[], attachments=[], components=[])
        await self.dispatch("MESSAGE_CREATE", seen)
        return msg

    async def mention(self, user: User, text: str, *, extra_mentions: list[User] | None = None) -> JSON:
        """A user posts a message in the channel mentioning the bot (``text`` contains ``<@BOT_ID>``)."""
        return await self.post(user, text, extra_mentions=extra_mentions)

    async def dm(self, user: User, text: str, *, reply_to: JSON | None = None) -> JSON:
        """A user sends the bot a direct message (its text always reaches the bot)."""
        channel = self.dm_channel(user)
        msg = self._user_message(user, text, channel["id"], [], reply_to, guild=False)
        self.messages[msg["id"]] = msg
        await self.dispatch("MESSAGE_CREATE", msg)
        return msg

    def _user_message(
        self, user: User, text: str, cid: str, mentioned: list[JSON], reply_to: JSON | None, *, guild: bool
    ) -> JSON:
        msg: JSON = {
            "id": snowflake(),
            "channel_id": cid,
            "author": user.payload(),
            "content": text,
            "timestamp": now_iso(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": "@everyone" in text,
            "mentions": mentioned,
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "pinned": False,
            "type": 0,
            "flags": 0,
            "components": [],
        }
        if guild:
            msg["guild_id"] = str(GUILD_ID)
            msg["member"] = {k: v for k, v in user.member().items() if k != "user"}
        if reply_to is not None:
            msg["type"] = 19
            msg["message_reference"] = {
                "type": 0,
                "message_id": reply_to["id"],
                "channel_id": reply_to["channel_id"],
                **({"guild_id": str(GUILD_ID)} if guild else {}),
            }
            msg["referenced_message"] = {k: v for k, v in reply_to.items() if not k.startswith("_")}
        return msg

    def _interaction_base(
        self, user: User | None, kind: int, *, dm: bool, member: bool, channel_id: str | None = None
    ) -> tuple[JSON, str]:
        iid, token = snowflake(), f"itok-{snowflake()}"
        data: JSON = {
            "id": iid,
            "application_id": str(APP_ID),
            "type": kind,
            "token": token,
            "version": 1,
            "locale": "en-US",
            "app_permissions": str(MEMBER_PERMISSIONS | self.bot_permissions),
            "attachment_size_limit": ATTACHMENT_LIMIT,
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(GUILD_ID)},
        }
        assert user is not None
        if dm:
            channel = self.dm_channel(user) if channel_id is None else self.channel_json(channel_id)
            data["context"] = 1
            data["channel_id"] = channel["id"]
            data["channel"] = channel
            data["user"] = user.payload()
        else:
            channel = self.channel_json(channel_id or str(CHANNEL_ID))
            data["context"] = 0
            data["guild_id"] = str(GUILD_ID)
            data["guild_locale"] = "en-US"
            data["channel_id"] = channel["id"]
            data["channel"] = channel
            if member:
                data["member"] = user.member(with_permissions=True)
        return data, token

    async def command(
        self,
        user: User,
        name: str,
        options: dict[str, Any] | None = None,
        *,
        dm: bool = False,
        member: bool = True,
        stale: bool = False,
        channel_id: str | int | None = None,
    ) -> Interaction:
        """A user invokes a slash command (in ``channel_id``: a channel or thread of the guild). It must
        have been synced, like on Discord."""
        synced = self.guild_commands.get(name) or self.global_commands.get(name)
        assert synced is not None, f"/{name} was never synced"
        if dm:
            synced = self.global_commands.get(name)
            assert synced is not None, f"/{name} is not a global command: it cannot be used in DMs"
            contexts = synced.get("contexts")
            # a client with a stale command list could still send it; Discord checks contexts at sync only
            assert stale or contexts is None or 1 in contexts, f"/{name} is not offered in DMs"
        opts, resolved = self._options(name, synced, options or {}, focused=None)
        for o in synced.get("options", []):
            if o.get("required"):
                assert o["name"] in (options or {}), f"/{name} requires {o['name']}"
        cid = None if channel_id is None else str(channel_id)
        payload, token = self._interaction_base(user, 2, dm=dm, member=member, channel_id=cid)
        payload["data"] = {"id": synced["id"], "name": name, "type": 1, "options": opts}
        if resolved:
            payload["data"]["resolved"] = resolved
        if synced.get("guild_id"):
            payload["data"]["guild_id"] = synced["guild_id"]
        return await self._start_interaction(payload, token, user, name)

    def _options(
        self, name: str, synced: JSON, options: dict[str, Any], *, focused: str | None
    ) -> tuple[list[JSON], JSON]:
        """Option values as Discord sends them, checked against the synced command like Discord's
        client does (a choice option takes one of its choices), with ``resolved`` data for channels."""
        declared = {o["name"]: o for o in synced.get("options", [])}
        opts: list[JSON] = []
        resolved: JSON = {}
        for key, value in options.items():
            assert key in declared, f"/{name} has no option {key!r}"
            o = declared[key]
            if o.get("choices") and key != focused:
                assert value in [c["value"] for c in o["choices"]], (
                    f"/{name} {key}: {value!r} is not a choice"
                )
            if o["type"] == 5:
                assert isinstance(value, bool), f"/{name} {key} is a boolean"
            if o["type"] == 7:
                channel = self.channel_json(str(value))
                resolved.setdefault("channels", {})[str(value)] = {
                    k: channel[k] for k in ("id", "type", "name", "parent_id") if k in channel
                } | {"permissions": str(MEMBER_PERMISSIONS), "guild_id": str(GUILD_ID)}
                value = str(value)
            opt: JSON = {"name": key, "type": o["type"], "value": value}
            if key == focused:
                assert o.get("autocomplete"), f"/{name} {key} is not autocompleted"
                opt["focused"] = True
            opts.append(opt)
        return opts, resolved

    async def autocomplete(
        self, user: User, name: str, option: str, typed: str, others: dict[str, Any] | None = None
    ) -> list[JSON]:
        """A user types into an autocompleted option; the choices the bot offered (Discord shows at most
        25, each name 1-100 characters and a value of at most 100)."""
        synced = self.guild_commands.get(name) or self.global_commands.get(name)
        assert synced is not None, f"/{name} was never synced"
        opts, _ = self._options(name, synced, {**(others or {}), option: typed}, focused=option)
        payload, token = self._interaction_base(user, 4, dm=False, member=True)
        payload["data"] = {"id": synced["id"], "name": name, "type": 1, "options": opts}
        inter = await self._start_interaction(payload, token, user, f"autocomplete {name}")
        await self.wait_acked(inter)
        assert inter.response_type == 8, "an autocomplete is answered with choices, never deferred"
        return inter.choices or []

    async def press(self, user: User, message: JSON, custom_id: str, *, member: bool = True) -> Interaction:
        """A user presses a button on a message the bot sent (in whatever channel it is)."""
        ids = [c["custom_id"] for row in message.get("components") or [] for c in row["components"]]
        assert custom_id in ids, f"no button {custom_id!r} on the message; buttons: {ids}"
        found = next(
            c for row in message["components"] for c in row["components"] if c["custom_id"] == custom_id
        )
        assert found.get("type", 2) == 2 and not found.get("disabled"), f"{custom_id!r} cannot be pressed"
        return await self._component(user, message, custom_id, {"component_type": 2}, member=member)

    async def choose(self, user: User, message: JSON, custom_id: str, values: list[str]) -> Interaction:
        """A user picks options of a select menu on a message the bot sent."""
        menus = {c["custom_id"]: c for row in message.get("components") or [] for c in row["components"]}
        menu = menus.get(custom_id)
        assert menu is not None and menu.get("type") == 3, f"no select menu {custom_id!r} on the message"
        offered = [o["value"] for o in menu["options"]]
        assert all(v in offered for v in values), f"{values} are not among {offered}"
        assert menu.get("min_values", 1) <= len(values) <= menu.get("max_values", 1)
        return await self._component(user, message, custom_id, {"component_type": 3, "values": values})

    async def _component(
        self, user: User, message: JSON, custom_id: str, data: JSON, *, member: bool = True
    ) -> Interaction:
        cid = str(message["channel_id"])
        dm = any(d["id"] == cid for d in self.dm_channels.values())
        payload, token = self._interaction_base(user, 3, dm=dm, member=member, channel_id=cid)
        payload["message"] = {k: v for k, v in message.items() if not k.startswith("_")}
        payload["data"] = {"custom_id": custom_id, **data}
        return await self._start_interaction(payload, token, user, custom_id, message=message)

    async def _start_interaction(
        self, payload: JSON, token: str, user: User, name: str, *, message: JSON | None = None
    ) -> Interaction:
        inter = Interaction(
            payload["id"], token, payload["type"], user, time.monotonic(), name=name, message=message,
            channel_id=payload["channel_id"],
        )  # fmt: skip
        self.interactions[inter.id] = inter
        self.interactions[token] = inter
        asyncio.get_running_loop().call_later(self.deadline, self._check_deadline, inter)
        await self.dispatch("INTERACTION_CREATE", payload)
        return inter

    def _check_deadline(self, inter: Interaction) -> None:
        if inter.response_type is None and not inter.excused:
            self.violations.append(f"interaction {inter.name!r} not acknowledged within {self.deadline}s")

    # ------------------------------------------------------------------ waiting

    async def wait_until(self, predicate: Callable[[], bool], within: float = 10.0) -> None:
        async def _wait() -> None:
            async with self._changed:
                await self._changed.wait_for(predicate)

        await asyncio.wait_for(_wait(), within)

    async def wait_reply_to(self, msg: JSON, within: float = 10.0) -> JSON:
        def replied() -> bool:
            return any(
                str(s.message.get("message_reference", {}).get("message_id")) == msg["id"] for s in self.sent
            )

        await self.wait_until(replied, within)
        return next(
            s.message
            for s in self.sent
            if str(s.message.get("message_reference", {}).get("message_id")) == msg["id"]
        )

    async def wait_final(self, inter: Interaction, within: float = 10.0) -> JSON:
        """The interaction's visible reply: its original response once it is no longer "thinking"."""

        def has_reply() -> bool:
            return (
                inter.original is not None
                and not inter.original.get("flags", 0) & LOADING
                and (inter.response_type != 6)
            )

        await self.wait_until(has_reply, within)
        assert inter.original is not None
        return inter.original

    async def wait_acked(self, inter: Interaction, within: float = 10.0) -> None:
        await self.wait_until(lambda: inter.response_type is not None, within)

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    # ------------------------------------------------------------------ REST

    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        method = request.method
        self.requests.append(f"{method} {path}")
        auth = request.headers.get("Authorization")
        try:
            body: JSON = {}
            if request.can_read_body:
                if request.content_type == "multipart/form-data":
                    body = await self._multipart(request)
                else:
                    raw = await request.read()
                    if raw:
                        body = json.loads(raw)
            injected = self._injected(method, path)
            if injected is not None:
                await self._notify()
                return injected
            result = await self._route(method, path, body, request, auth)
            made, self.thread_events = self.thread_events, []
            for thread in made:
                await self.dispatch("THREAD_CREATE", {**thread, "newly_created": True})
            await self._notify()
            if result is None:
                return web.Response(status=204)
            return _json(result)
        except DiscordError as exc:
            if not exc.expected and (exc.status not in (401, 404) or exc.code != 0):
                self.violations.append(f"{method} {path}: {exc.status} {exc.message} {exc.errors or ''}")
            payload: JSON = {"message": exc.message, "code": exc.code}
            if exc.errors:
                payload["errors"] = exc.errors
            await self._notify()
            return _json(payload, exc.status)

    async def _multipart(self, request: web.Request) -> JSON:
        """A message with files, as discord.py uploads it: ``payload_json`` and ``files[n]`` parts. The
        files become the message's attachments (their bytes kept in ``self.files``)."""
        body: JSON = {}
        uploads: dict[int, tuple[str, bytes]] = {}
        reader = await request.multipart()
        async for part in reader:
            assert isinstance(part, BodyPartReader)
            data = await part.read()
            if part.name == "payload_json":
                body = json.loads(data)
            elif part.name and (m := re.fullmatch(r"files\[(\d+)\]", part.name)):
                uploads[int(m.group(1))] = (part.filename or "", bytes(data))
        declared = {int(a["id"]): a for a in body.get("attachments") or [] if str(a.get("id", "")).isdigit()}
        attachments = []
        for n, (filename, data) in sorted(uploads.items()):
            if len(data) > ATTACHMENT_LIMIT:
                raise DiscordError(413, 40005, "Request entity too large")
            ident = snowflake()
            self.files[ident] = data
            meta = declared.get(n, {})
            attachments.append(
                {
                    "id": ident,
                    "filename": meta.get("filename") or filename,
                    "description": meta.get("description"),
                    "size": len(data),
                    "url": f"{self.base}/attachments/{ident}/{filename}",
                    "proxy_url": f"{self.base}/attachments/{ident}/{filename}",
                    "content_type": "image/png" if filename.endswith(".png") else "application/octet-stream",
                }
            )
        body["attachments"] = attachments
        return body

    def _injected(self, method: str, path: str) -> web.Response | None:
        """The reply for the first pending fault matching this request, if any (used once)."""
        for i, item in enumerate(self.fail_next):
            fault = item if isinstance(item, Fault) else Fault(item[0], item[1])
            if not f"{method} {path}".startswith(fault.prefix):
                continue
            del self.fail_next[i]
            self.faults_served.append(f"{method} {path} -> {fault.status}")
            parts = path.strip("/").split("/")
            if parts[0] == "interactions" and len(parts) == 4 and parts[1] in self.interactions:
                self.interactions[parts[1]].excused = True
            if fault.status == 429:
                body: JSON = {
                    "message": "You are being rate limited.",
                    "retry_after": fault.retry_after,
                    "global": False,
                }
                headers = {
                    "Content-Type": "application/json",
                    "Retry-After": str(fault.retry_after),
                    "X-RateLimit-Scope": "user",
                    "Via": "1.1 google",  # without it discord.py takes a 429 for a Cloudflare ban
                }
                return web.Response(status=429, body=json.dumps(body).encode(), headers=headers)
            return _json({"message": fault.message, "code": fault.code}, fault.status)
        return None

    def _check_message(self, body: JSON, *, allow_empty: bool = False) -> None:
        problems = _len_checks(body)
        if problems:
            raise DiscordError(400, 50035, "Invalid Form Body", {"problems": problems})
        if not allow_empty and not (
            body.get("content") or body.get("embeds") or body.get("components") or body.get("attachments")
        ):
            raise DiscordError(400, 50006, "Cannot send an empty message")

    def _make_message(self, body: JSON, *, channel_id: str, interaction: Interaction | None = None) -> JSON:
        msg: JSON = {
            "id": snowflake(),
            "channel_id": channel_id,
            "author": self.bot_user.payload(),
            "content": body.get("content") or "",
            "embeds": body.get("embeds") or [],
            "components": body.get("components") or [],
            "attachments": body.get("attachments") or [],
            "mentions": [],
            "mention_roles": [],
            "mention_everyone": False,
            "pinned": False,
            "tts": False,
            "timestamp": now_iso(),
            "edited_timestamp": None,
            "flags": body.get("flags") or 0,
            "type": 0,
        }
        if channel_id in self.threads or channel_id in self.channels:
            msg["guild_id"] = str(GUILD_ID)
        if interaction is not None:
            msg["webhook_id"] = str(APP_ID)
            msg["application_id"] = str(APP_ID)
            msg["type"] = 20 if interaction.kind == 2 else 0
        if body.get("message_reference"):
            msg["type"] = 19
            msg["message_reference"] = body["message_reference"]
        self.messages[msg["id"]] = msg
        return msg

    def _record(self, route: str, msg: JSON, body: JSON) -> None:
        for ping in possible_pings(body):
            self.violations.append(f"{route}: content could ping {ping}")
        if body.get("allowed_mentions") is None and (body.get("content") or body.get("embeds")):
            self.violations.append(f"{route}: sent without allowed_mentions")
        self.sent.append(Sent(route, msg, body, ephemeral=bool(msg.get("flags", 0) & EPHEMERAL)))

    def _interaction(self, token: str) -> Interaction:
        inter = self.interactions.get(token)
        if inter is None:
            raise DiscordError(404, 10015, "Unknown Webhook")
        if inter.expired:
            self.faults_served.append(f"webhook {inter.name}: token expired -> 401")
            raise DiscordError(401, 50027, "Invalid Webhook Token", expected=True)
        if time.monotonic() - inter.created > TOKEN_TTL:
            raise DiscordError(401, 50027, "Invalid Webhook Token")
        return inter

    async def _route(
        self, method: str, path: str, body: JSON, request: web.Request, auth: str | None
    ) -> JSON | list[JSON] | None:
        parts = path.strip("/").split("/")
        # ------------------------------------------------ interaction callback (no auth needed)
        if method == "POST" and len(parts) == 4 and parts[0] == "interactions" and parts[3] == "callback":
            return self._callback(parts[1], parts[2], body, request)
        # ------------------------------------------------ webhooks (interaction followups)
        if parts[0] == "webhooks" and len(parts) >= 3:
            if parts[1] != str(APP_ID):
                raise DiscordError(404, 10015, "Unknown Webhook")
            inter = self._interaction(parts[2])
            if inter.response_type is None:
                raise DiscordError(404, 10015, "Unknown Webhook")
            if method == "POST" and len(parts) == 3:
                self._check_message(body)
                original = inter.original
                if inter.response_type == 5 and original is not None and original.get("flags", 0) & LOADING:
                    # the first followup after a deferral replaces the "thinking" message, and keeps the
                    # deferral's visibility whatever flags it asks for
                    return self._edit(original, body, f"followup {inter.name}")
                ephemeral = bool((body.get("flags") or 0) & EPHEMERAL)
                msg = self._make_message(
                    {**body, "flags": EPHEMERAL if ephemeral else 0},
                    channel_id=inter.channel_id,
                    interaction=inter,
                )
                inter.followups.append(msg)
                self._record(f"followup {inter.name}", msg, body)
                return msg
            if len(parts) == 5 and parts[3] == "messages":
                target = self._webhook_target(inter, parts[4])
                if method == "GET":
                    return target
                if method == "DELETE":
                    self.messages.pop(target["id"], None)
                    target["_deleted"] = True
                    return None
                if method == "PATCH":
                    return self._edit(target, body, f"edit {inter.name}")
        # ------------------------------------------------ everything else needs the bot token
        if auth != f"Bot {TOKEN}":
            raise DiscordError(401, 0, "401: Unauthorized")
        if method == "GET" and path == "/users/@me":
            return self.bot_user.payload()
        if method == "GET" and path == "/oauth2/applications/@me":
            return {
                "id": str(APP_ID),
                "name": "newsbot",
                "icon": None,
                "description": "",
                "bot_public": True,
                "bot_require_code_grant": False,
                "owner": user_payload(1, "owner"),
                "verify_key": "0" * 64,
                "flags": 0,
                "team": None,
            }
        if parts[:3] == ["applications", str(APP_ID), "commands"] and len(parts) == 3:
            if method == "PUT":
                return self._sync(body, None)
            if method == "GET":
                return list(self.global_commands.values())
        if parts[:4] == ["applications", str(APP_ID), "guilds", str(GUILD_ID)] and parts[4:] == ["commands"]:
            if method == "PUT":
                return self._sync(body, str(GUILD_ID))
            if method == "GET":
                return list(self.guild_commands.values())
        if method == "GET" and len(parts) == 4 and parts[:3] == ["guilds", str(GUILD_ID), "members"]:
            member = self.users.get(int(parts[3])) if parts[3].isdigit() else None
            if member is None or not member.in_guild:
                raise DiscordError(404, 10007, "Unknown Member", expected=True)
            return member.member()
        if parts[0] == "channels" and len(parts) >= 2:
            return self._channel_route(method, parts[1], parts[2:], body)
        raise DiscordError(404, 0, "404: Not Found")

    def _can(self, permission: str) -> bool:
        return bool((MEMBER_PERMISSIONS | self.bot_permissions) & PERMISSIONS[permission])

    def _channel_route(self, method: str, cid: str, rest: list[str], body: JSON) -> JSON | None:
        """Messages, typing and threads in a guild channel, a thread or a DM channel, with the
        permissions Discord checks for the bot there."""
        dm = any(d["id"] == cid for d in self.dm_channels.values())
        thread = self.threads.get(cid)
        if not dm and thread is None and cid not in self.channels:
            raise DiscordError(404, 10003, "Unknown Channel")
        if not dm and not self._can("View Channels"):
            raise DiscordError(403, 50001, "Missing Access")
        if method == "POST" and rest == ["typing"]:
            return None
        if method == "POST" and rest == ["messages"]:
            self._check_message(body)
            if thread is not None:
                if not self._can("Send Messages in Threads"):
                    raise DiscordError(403, 50013, "Missing Permissions (Send Messages in Threads)")
                if thread["thread_metadata"]["archived"]:
                    raise DiscordError(400, 50083, "Thread is archived")
            elif not dm and not self._can("Send Messages"):
                raise DiscordError(403, 50013, "Missing Permissions (Send Messages)")
            if not dm and body.get("embeds") and not self._can("Embed Links"):
                self.violations.append(f"embeds sent to {cid} without Embed Links: Discord drops them")
            if not dm and body.get("attachments") and not self._can("Attach Files"):
                raise DiscordError(403, 50013, "Missing Permissions (Attach Files)")
            ref = body.get("message_reference")
            if ref:
                if not dm and not self._can("Read Message History"):
                    raise DiscordError(400, 160002, "Cannot reply without permission to read message history")
                target = self.messages.get(str(ref.get("message_id")))
                if (target is None or str(target["channel_id"]) != cid) and ref.get(
                    "fail_if_not_exists", True
                ):
                    raise DiscordError(400, 50035, "Invalid Form Body: Unknown message")
            msg = self._make_message(body, channel_id=cid)
            if thread is not None:
                thread["message_count"] = thread.get("message_count", 0) + 1
            self._record("dm message" if dm else "thread message" if thread else "channel message", msg, body)
            return msg
        if len(rest) == 3 and rest[0] == "messages" and rest[2] == "threads" and method == "POST":
            return self._start_thread(cid, rest[1], body)
        if len(rest) == 2 and rest[0] == "messages":
            found = self.messages.get(rest[1])
            if found is None or str(found["channel_id"]) != cid:
                raise DiscordError(404, 10008, "Unknown Message")
            if method == "PATCH":
                if found["author"]["id"] != str(BOT_ID):
                    raise DiscordError(403, 50005, "Cannot edit a message authored by another user")
                return self._edit(found, body, "channel edit")
            if method == "GET":
                return found
        raise DiscordError(404, 0, "404: Not Found")

    def _start_thread(self, cid: str, mid: str, body: JSON) -> JSON:
        """A public thread started on a message, as Discord makes one: its id is the message's, the
        message gets a ``thread`` field, and THREAD_CREATE follows."""
        if cid not in self.channels:
            raise DiscordError(400, 50024, "Cannot execute action on this channel type")
        if not self._can("Create Public Threads"):
            raise DiscordError(403, 50013, "Missing Permissions (Create Public Threads)", expected=True)
        message = self.messages.get(mid)
        if message is None or str(message["channel_id"]) != cid:
            raise DiscordError(404, 10008, "Unknown Message")
        if mid in self.threads:
            raise DiscordError(400, 160004, "A thread has already been created for this message")
        name = str(body.get("name") or "")
        problems = []
        if not 1 <= len(name) <= 100:
            problems.append(f"name: must be between 1 and 100 in length ({len(name)})")
        if body.get("auto_archive_duration", 1440) not in ARCHIVE_DURATIONS:
            problems.append(f"auto_archive_duration: one of {ARCHIVE_DURATIONS}")
        if problems:
            raise DiscordError(400, 50035, "Invalid Form Body", {"problems": problems})
        thread: JSON = {
            "id": mid,
            "type": 11,
            "guild_id": str(GUILD_ID),
            "parent_id": cid,
            "owner_id": str(BOT_ID),
            "name": name,
            "last_message_id": None,
            "message_count": 0,
            "member_count": 1,
            "total_message_sent": 0,
            "rate_limit_per_user": 0,
            "flags": 0,
            "thread_metadata": {
                "archived": False,
                "auto_archive_duration": body.get("auto_archive_duration", 1440),
                "archive_timestamp": now_iso(),
                "locked": False,
                "create_timestamp": now_iso(),
            },
        }
        self.threads[mid] = thread
        message["thread"] = thread
        message["flags"] = message.get("flags", 0) | (1 << 5)  # HAS_THREAD
        self.thread_events.append(thread)
        return thread

    def _webhook_target(self, inter: Interaction, which: str) -> JSON:
        if which == "@original" or (inter.original is not None and inter.original["id"] == which):
            if inter.original is None or inter.original.get("_deleted"):
                raise DiscordError(404, 10008, "Unknown Message")
            return inter.original
        for m in inter.followups:
            if m["id"] == which:
                return m
        raise DiscordError(404, 10008, "Unknown Message")

    def _edit(self, target: JSON, body: JSON, route: str) -> JSON:
        keys = ("content", "embeds", "components", "attachments")
        merged: JSON = {k: body[k] for k in keys if k in body}
        self._check_message({**{k: target.get(k) for k in keys}, **merged})
        target.update(merged)
        target["edited_timestamp"] = now_iso()
        target["_edited"] = True
        target["flags"] = target.get("flags", 0) & ~LOADING
        self._record(route, target, body)
        return target

    def _callback(self, iid: str, token: str, body: JSON, request: web.Request) -> JSON:
        inter = self.interactions.get(iid)
        if inter is None or inter.token != token:
            raise DiscordError(404, 10062, "Unknown interaction")
        if time.monotonic() - inter.created > self.deadline:
            raise DiscordError(404, 10062, "Unknown interaction (acknowledged after the 3-second deadline)")
        if inter.response_type is not None:
            raise DiscordError(400, 40060, "Interaction has already been acknowledged.")
        if request.query.get("with_response") not in ("1", "true", "True"):
            self.violations.append("callback without with_response")
        rtype = body.get("type")
        data = body.get("data") or {}
        inter.response_type = rtype
        inter.responded_at = time.monotonic()
        inter.ephemeral = bool((data.get("flags") or 0) & EPHEMERAL)
        resource: JSON = {"type": rtype}
        if inter.kind == 4 and rtype != 8:
            raise DiscordError(400, 50035, "Invalid Form Body: an autocomplete is answered with choices")
        if rtype == 4:
            self._check_message(data)
            msg = self._make_message(data, channel_id=inter.channel_id, interaction=inter)
            inter.original = msg
            self._record(f"response {inter.name}", msg, data)
            resource["message"] = msg
        elif rtype == 5:
            msg = self._make_message(
                {"flags": (data.get("flags") or 0) | LOADING}, channel_id=inter.channel_id, interaction=inter
            )
            inter.original = msg
            resource["message"] = msg
        elif rtype in (6, 7):
            if inter.kind != 3 or inter.message is None:
                raise DiscordError(400, 50035, "Invalid Form Body: only component interactions can update")
            target = self.messages.get(inter.message["id"])
            if target is None:
                raise DiscordError(404, 10008, "Unknown Message")
            if rtype == 7:
                resource["message"] = self._edit(target, data, f"update {inter.name}")
        elif rtype == 8:
            if inter.kind != 4:
                raise DiscordError(400, 50035, "Invalid Form Body: only autocomplete takes choices")
            found = data.get("choices")
            problems = [] if isinstance(found, list) and len(found) <= 25 else ["choices: 25 or fewer"]
            for i, c in enumerate(found or []):
                if not 1 <= len(str(c.get("name", ""))) <= 100:
                    problems.append(f"choices.{i}.name: 1 to 100 in length")
                if len(str(c.get("value", ""))) > 100:
                    problems.append(f"choices.{i}.value: 100 or fewer in length")
            if problems:
                raise DiscordError(400, 50035, "Invalid Form Body", {"problems": problems})
            inter.choices = list(found or [])
        else:
            raise DiscordError(400, 50035, f"Invalid Form Body: unsupported callback type {rtype}")
        inter.done.set()
        if inter.name in self.expire_on_ack:
            inter.expired = True
        return {
            "interaction": {
                "id": inter.id,
                "type": inter.kind,
                "response_message_id": (inter.original or inter.message or {}).get("id"),
                "response_message_loading": rtype == 5,
                "response_message_ephemeral": inter.ephemeral,
            },
            "resource": resource,
        }

    def _sync(self, body: Any, guild_id: str | None) -> list[JSON]:
        if not isinstance(body, list) or len(body) > 100:
            raise DiscordError(400, 50035, "Invalid Form Body: expected a list of at most 100 commands")
        out: dict[str, JSON] = {}
        for cmd in body:
            name = cmd.get("name", "")
            if not re.fullmatch(r"[-_\w]{1,32}", name) or name != name.lower():
                raise DiscordError(400, 50035, f"Invalid Form Body: bad command name {name!r}")
            if cmd.get("type", 1) == 1 and not 1 <= len(cmd.get("description", "")) <= 100:
                raise DiscordError(400, 50035, f"Invalid Form Body: /{name} description must be 1-100")
            opts = cmd.get("options") or []
            if len(opts) > 25:
                raise DiscordError(400, 50035, f"Invalid Form Body: /{name} has more than 25 options")
            seen_optional = False
            for o in opts:
                if not 1 <= len(o.get("description", "")) <= 100:
                    raise DiscordError(400, 50035, f"Invalid Form Body: /{name} {o.get('name')} description")
                if o.get("required") and seen_optional:
                    raise DiscordError(400, 50035, "Invalid Form Body: required options must come first")
                seen_optional |= not o.get("required")
            stored = {
                **cmd,
                "id": snowflake(),
                "application_id": str(APP_ID),
                "version": snowflake(),
                "type": cmd.get("type", 1),
            }
            if guild_id:
                stored["guild_id"] = guild_id
            out[name] = stored
        if guild_id:
            self.guild_commands = out
        else:
            self.global_commands = out
        self.sync_calls.append(guild_id or "global")
        return list(out.values())

    # ------------------------------------------------------------------ assertions

    def check_clean(self) -> None:
        assert not self.violations, "Discord rules broken:\n" + "\n".join(self.violations)
