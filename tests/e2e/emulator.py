"""A loopback Discord: just enough REST + gateway for the real discord.py client, and strict where
Discord is strict (3-second interaction deadline, payload limits, unknown routes, unsynced commands),
so that a test passing here means the payload would pass on Discord too.

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

from aiohttp import WSMsgType, web

JSON = dict[str, Any]

APP_ID = 900_000_000_000_000_001
BOT_ID = APP_ID
GUILD_ID = 900_000_000_000_000_100
CHANNEL_ID = 900_000_000_000_000_200
MOD_ROLE_ID = 900_000_000_000_000_300
TOKEN = "emulator-token.secret"

INTERACTION_DEADLINE = 3.0
TOKEN_TTL = 15 * 60.0
MANAGE_GUILD = 1 << 5
MEMBER_PERMISSIONS = (1 << 10) | (1 << 11) | (1 << 16) | (1 << 31)  # view, send, read history, use commands

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
        for j, item in enumerate(items):
            if len(item.get("custom_id") or "") > 100:
                problems.append(f"components.{i}.components.{j}.custom_id: must be 100 or fewer in length")
            if len(item.get("label") or "") > 80:
                problems.append(f"components.{i}.components.{j}.label: must be 80 or fewer in length")
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
        self.bot_user = User(BOT_ID, "newsbot", bot=True)
        self.users: dict[int, User] = {}
        self.channel: JSON = {
            "id": str(CHANNEL_ID),
            "type": 0,
            "guild_id": str(GUILD_ID),
            "name": "news",
            "position": 0,
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
            "topic": None,
            "last_message_id": None,
            "rate_limit_per_user": 0,
        }
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
        self.connections = 0
        #: the ``shard`` field of each IDENTIFY ([shard_id, shard_count], None when not sharded)
        self.identify_shards: list[list[int] | None] = []
        self.resumes = 0
        self.connected = asyncio.Event()

    # ------------------------------------------------------------------ people

    def add_user(self, name: str, *, moderator: bool = False, role_moderator: bool = False) -> User:
        uid = int(snowflake())
        perms = MEMBER_PERMISSIONS | (MANAGE_GUILD if moderator else 0)
        user = User(uid, name, roles=[MOD_ROLE_ID] if role_moderator else [], permissions=perms)
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
        members = [self.bot_user.member()] + [u.member() for u in self.users.values()]
        await self.dispatch(
            "GUILD_CREATE",
            {
                "id": str(GUILD_ID),
                "name": "Emulated Guild",
                "icon": None,
                "owner_id": "1",
                "unavailable": False,
                "member_count": len(members),
                "large": False,
                "features": [],
                "channels": [self.channel],
                "threads": [],
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

    async def mention(self, user: User, text: str, *, extra_mentions: list[User] | None = None) -> JSON:
        """A user posts a message in the channel mentioning the bot (``text`` contains ``<@BOT_ID>``)."""
        mentioned = [self.bot_user, *(extra_mentions or [])]
        msg: JSON = {
            "id": snowflake(),
            "channel_id": str(CHANNEL_ID),
            "guild_id": str(GUILD_ID),
            "author": user.payload(),
            "member": {k: v for k, v in user.member().items() if k != "user"},
            "content": text,
            "timestamp": now_iso(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": "@everyone" in text,
            "mentions": [m.payload() for m in mentioned],
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "pinned": False,
            "type": 0,
            "flags": 0,
            "components": [],
        }
        self.messages[msg["id"]] = msg
        await self.dispatch("MESSAGE_CREATE", msg)
        return msg

    def _interaction_base(self, user: User | None, kind: int, *, dm: bool, member: bool) -> tuple[JSON, str]:
        iid, token = snowflake(), f"itok-{snowflake()}"
        data: JSON = {
            "id": iid,
            "application_id": str(APP_ID),
            "type": kind,
            "token": token,
            "version": 1,
            "locale": "en-US",
            "app_permissions": str(MEMBER_PERMISSIONS),
            "attachment_size_limit": 8 * 1024 * 1024,
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(GUILD_ID)},
        }
        assert user is not None
        if dm:
            data["context"] = 1
            data["channel_id"] = snowflake()
            data["channel"] = {"id": data["channel_id"], "type": 1, "recipients": [user.payload()]}
            data["user"] = user.payload()
        else:
            data["context"] = 0
            data["guild_id"] = str(GUILD_ID)
            data["guild_locale"] = "en-US"
            data["channel_id"] = str(CHANNEL_ID)
            data["channel"] = self.channel
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
    ) -> Interaction:
        """A user invokes a slash command. It must have been synced, like on Discord."""
        synced = self.guild_commands.get(name) or self.global_commands.get(name)
        assert synced is not None, f"/{name} was never synced"
        if dm:
            synced = self.global_commands.get(name)
            assert synced is not None, f"/{name} is not a global command: it cannot be used in DMs"
            contexts = synced.get("contexts")
            # a client with a stale command list could still send it; Discord checks contexts at sync only
            assert stale or contexts is None or 1 in contexts, f"/{name} is not offered in DMs"
        declared = {o["name"]: o for o in synced.get("options", [])}
        opts = []
        for key, value in (options or {}).items():
            assert key in declared, f"/{name} has no option {key!r}"
            opts.append({"name": key, "type": declared[key]["type"], "value": value})
        for o in declared.values():
            if o.get("required"):
                assert o["name"] in (options or {}), f"/{name} requires {o['name']}"
        payload, token = self._interaction_base(user, 2, dm=dm, member=member)
        payload["data"] = {"id": synced["id"], "name": name, "type": 1, "options": opts}
        if synced.get("guild_id"):
            payload["data"]["guild_id"] = synced["guild_id"]
        return await self._start_interaction(payload, token, user, name)

    async def press(self, user: User, message: JSON, custom_id: str, *, member: bool = True) -> Interaction:
        """A user presses a button on a message the bot sent."""
        ids = [c["custom_id"] for row in message.get("components") or [] for c in row["components"]]
        assert custom_id in ids, f"no button {custom_id!r} on the message; buttons: {ids}"
        payload, token = self._interaction_base(user, 3, dm=False, member=member)
        payload["message"] = message
        payload["data"] = {"custom_id": custom_id, "component_type": 2}
        return await self._start_interaction(payload, token, user, custom_id, message=message)

    async def _start_interaction(
        self, payload: JSON, token: str, user: User, name: str, *, message: JSON | None = None
    ) -> Interaction:
        inter = Interaction(
            payload["id"], token, payload["type"], user, time.monotonic(), name=name, message=message
        )
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
                raw = await request.read()
                if raw:
                    if request.content_type == "multipart/form-data":
                        raise DiscordError(400, 50035, "emulator: multipart uploads not supported")
                    body = json.loads(raw)
            injected = self._injected(method, path)
            if injected is not None:
                await self._notify()
                return injected
            result = await self._route(method, path, body, request, auth)
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
        if not allow_empty and not (body.get("content") or body.get("embeds") or body.get("components")):
            raise DiscordError(400, 50006, "Cannot send an empty message")

    def _make_message(self, body: JSON, *, channel_id: str, interaction: Interaction | None = None) -> JSON:
        msg: JSON = {
            "id": snowflake(),
            "channel_id": channel_id,
            "author": self.bot_user.payload(),
            "content": body.get("content") or "",
            "embeds": body.get("embeds") or [],
            "components": body.get("components") or [],
            "attachments": [],
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
                    channel_id=str(CHANNEL_ID),
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
        if parts[:2] == ["channels", str(CHANNEL_ID)]:
            if method == "POST" and parts[2:] == ["typing"]:
                return None
            if method == "POST" and parts[2:] == ["messages"]:
                self._check_message(body)
                ref = body.get("message_reference")
                if (
                    ref
                    and str(ref.get("message_id")) not in self.messages
                    and ref.get("fail_if_not_exists", True)
                ):
                    raise DiscordError(400, 50035, "Invalid Form Body: Unknown message")
                msg = self._make_message(body, channel_id=str(CHANNEL_ID))
                self._record("channel message", msg, body)
                return msg
            if len(parts) == 4 and parts[2] == "messages":
                found = self.messages.get(parts[3])
                if found is None:
                    raise DiscordError(404, 10008, "Unknown Message")
                target = found
                if method == "PATCH":
                    if target["author"]["id"] != str(BOT_ID):
                        raise DiscordError(403, 50005, "Cannot edit a message authored by another user")
                    return self._edit(target, body, "channel edit")
                if method == "GET":
                    return target
        raise DiscordError(404, 0, "404: Not Found")

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
        merged: JSON = {k: body[k] for k in ("content", "embeds", "components") if k in body}
        self._check_message({**{k: target.get(k) for k in ("content", "embeds", "components")}, **merged})
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
        if rtype == 4:
            self._check_message(data)
            msg = self._make_message(data, channel_id=str(CHANNEL_ID), interaction=inter)
            inter.original = msg
            self._record(f"response {inter.name}", msg, data)
            resource["message"] = msg
        elif rtype == 5:
            msg = self._make_message(
                {"flags": (data.get("flags") or 0) | LOADING}, channel_id=str(CHANNEL_ID), interaction=inter
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
