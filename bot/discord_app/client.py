"""The bot: a ``commands.Bot`` built around an already-running Service (passed in, never a global),
features loaded as cogs in ``setup_hook``, and ``run_bot`` for the ``newsbot run`` command."""

from __future__ import annotations

import asyncio
import logging
import re
import signal
import sys
from typing import Any

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands

from bot.conversation import Conversations
from bot.coordination import Coordinator
from bot.discord_app.checks import Cooldowns, NotModerator, asker_id, unknown_asker
from bot.discord_app.places import Places
from bot.discord_app.views import STALE, FeedbackButton, FeedbackReason, interaction_gone, stale, tell
from bot.service import QuestionError, Service
from bot.settings import Settings

log = logging.getLogger(__name__)

EXTENSIONS = (
    "bot.discord_app.cogs.ask",
    "bot.discord_app.cogs.mentions",
    "bot.discord_app.cogs.timeline",
    "bot.discord_app.cogs.sources",
    "bot.discord_app.cogs.feedback",
    "bot.discord_app.cogs.server",
    "bot.discord_app.cogs.reload",
)

EXIT_OK, EXIT_ERROR, EXIT_NO_TOKEN, EXIT_BAD_TOKEN = 0, 1, 2, 3


class RedactSecrets(logging.Filter):
    """Scrubs secrets from discord.py's own log lines before any handler sees them: discord.py logs request
    URLs (on a 429, at WARNING), and an interaction's webhook URL carries its token, which lets anyone
    post as the bot for 15 minutes. The bot token is scrubbed too, should any library ever print it."""

    _URL_TOKEN = re.compile(r"(/(?:webhooks|interactions)/\d+/)[^/\s?'\"]{8,}")

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    _FIELD_TOKEN = re.compile(r"""(['"]token['"]\s*:\s*['"])[^'"]+""")  # gateway payloads at DEBUG

    def redact(self, text: str) -> str:
        text = self._URL_TOKEN.sub(r"\1<token>", text)
        text = self._FIELD_TOKEN.sub(r"\1<token>", text)
        for secret in self.secrets:
            text = text.replace(secret, "<token>")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: leave it to logging's own error handling
            return True
        cleaned = self.redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


REDACT = RedactSecrets()
#: the loggers whose records can carry request URLs or payloads (logger filters do not inherit)
REDACTED_LOGGERS = (
    "discord.http",
    "discord.webhook.async_",
    "discord.gateway",
    "discord.client",
    "discord.state",
    "discord.interactions",
    "discord.app_commands.tree",
    "discord.ui.view",
    "discord.ext.commands.bot",
    __name__,
    "bot.discord_app.cogs.ask",
    "bot.discord_app.cogs.mentions",
    "bot.discord_app.views",
    "bot.discord_app.pagers",
)


def install_redaction(token: str | None = None) -> RedactSecrets:
    if token:
        REDACT.secrets.add(token)
    for name in REDACTED_LOGGERS:
        logger = logging.getLogger(name)
        if REDACT not in logger.filters:
            logger.addFilter(REDACT)
    return REDACT


class NewsTree(app_commands.CommandTree["NewsBot"]):
    """One place that turns any command failure into a short ephemeral reply (details go to the log)."""

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        """Refuse, clearly, a command whose sender Discord did not include: without it neither the
        moderator check nor the cooldown can be applied, and every command would fail on ``user.id``."""
        if asker_id(interaction) is not None:
            return True
        name = interaction.command.qualified_name if interaction.command else None
        if name is None and isinstance(interaction.data, dict):
            name = str(interaction.data.get("name") or "") or None
        log.info("refused /%s: the interaction carried no member or user", name or "?")
        await tell(interaction, unknown_asker(f"/{name}" if name else "command"))
        return False

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        original = getattr(error, "original", error)
        if isinstance(error, NotModerator):
            message = str(error)
        elif isinstance(error, app_commands.CommandOnCooldown):
            message = f"Slow down a little: try again in {max(1, round(error.retry_after))} s."
        elif isinstance(original, QuestionError):
            message = str(original)
        elif isinstance(error, app_commands.TransformerError):
            # an option Discord itself would have refused (too long, wrong type): say which one
            message = (
                "One of the options is too long or not the kind of value this command takes; "
                "please shorten or correct it."
            )
        elif isinstance(error, app_commands.CheckFailure):
            message = "You cannot use this command here."
        elif interaction_gone(original):
            name = interaction.command.qualified_name if interaction.command else "?"
            log.warning(
                "/%s: the interaction expired before the reply (%s)", name, getattr(original, "code", "")
            )
            return  # its token is dead: an ephemeral note cannot be delivered either
        else:
            name = interaction.command.qualified_name if interaction.command else "?"
            log.error("/%s failed", name, exc_info=original)
            message = "Something went wrong while answering; it has been logged. Please try again later."
        await tell(interaction, message)


class NewsBot(commands.Bot):
    """Holds the Service, the cooldowns, the servers' settings (``places``), the conversations kept
    for follow-ups, the views alive in memory and the sync choice; the commands live in the cogs."""

    def __init__(
        self,
        service: Service,
        *,
        dev_guild: int | None = None,
        sync_global: bool = False,
        view_timeout: float = 180.0,
        **options: Any,
    ) -> None:
        intents = discord.Intents.default()
        intents.message_content = False  # privileged; mentions of the bot carry their content anyway
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            allowed_mentions=discord.AllowedMentions.none(),
            tree_cls=NewsTree,
            help_command=None,
            **options,
        )
        self.service = service
        self.dev_guild = dev_guild
        self.sync_global = sync_global
        self.view_timeout = view_timeout
        settings = service.settings
        self.cooldowns = Cooldowns(settings.cooldown_rate, settings.cooldown_per_seconds)
        self.places = Places(self)
        self.conversations = Conversations(settings.follow_up_seconds)
        #: views with state in memory, by nonce (a press on one no longer here is told so)
        self.live_views: dict[str, discord.ui.View] = {}

    async def setup_hook(self) -> None:
        self.add_dynamic_items(FeedbackButton, FeedbackReason)
        for ext in EXTENSIONS:
            try:
                await self.load_extension(ext)
            except Exception:
                log.exception("could not load %s", ext)
        if not self.syncs_commands:
            log.info("slash commands are left to the process running shard 0 (it syncs them for all)")
            return
        if self.dev_guild:
            guild = discord.Object(id=self.dev_guild)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d commands to guild %s", len(synced), self.dev_guild)
        if self.sync_global:
            synced = await self.tree.sync()
            log.info("synced %d commands globally (may take up to an hour to appear)", len(synced))

    @property
    def syncs_commands(self) -> bool:
        """Whether this process syncs the slash commands: the commands are the bot's, not a shard's, so
        one process of a cluster does it (every one doing it is redundant and spends the bot's rate
        limit on the command endpoints)."""
        return True

    async def on_message(self, message: discord.Message, /) -> None:
        """No prefix commands: mentions, replies and DMs are handled by the mentions cog."""

    async def on_interaction(self, interaction: discord.Interaction, /) -> None:
        """A button or menu whose view is gone (a restart, a timeout) would otherwise leave Discord
        saying "This interaction failed": say what happened instead."""
        if interaction.type is not discord.InteractionType.component or not isinstance(
            interaction.data, dict
        ):
            return
        if stale(str(interaction.data.get("custom_id", "")), self.live_views):
            await tell(interaction, STALE)

    async def on_ready(self) -> None:
        user = self.user
        log.info("connected as %s (%s) to %d guilds", user, user.id if user else "?", len(self.guilds))


class ShardedNewsBot(NewsBot, commands.AutoShardedBot):
    """The same bot as one process of a shard cluster: it runs the shards ``shard_ids`` of
    ``shard_count`` (discord.py's AutoShardedBot, each shard its own gateway connection)."""

    @property
    def syncs_commands(self) -> bool:
        return self.shard_ids is None or 0 in self.shard_ids


def build_bot(
    service: Service,
    *,
    dev_guild: int | None = None,
    sync_global: bool = False,
    view_timeout: float = 180.0,
    **options: Any,
) -> NewsBot:
    """The bot without any process handling (signals, exit codes): what tests start against the emulator.
    Sharded when the service's settings name a ``shard_count`` (and this process's ``shard_ids``)."""
    install_redaction()
    discord.VoiceClient.warn_nacl = False  # no voice here: silence the start-up warnings about it
    discord.VoiceClient.warn_dave = False
    settings = service.settings
    if settings.shard_count is not None:
        return ShardedNewsBot(
            service, dev_guild=dev_guild, sync_global=sync_global, view_timeout=view_timeout,
            shard_count=settings.shard_count, shard_ids=settings.shard_ids, **options,
        )  # fmt: skip
    return NewsBot(
        service, dev_guild=dev_guild, sync_global=sync_global, view_timeout=view_timeout, **options
    )


async def run_bot(settings: Settings, *, dev_guild: int | None, sync_global: bool, web: bool = False) -> int:
    """Run until SIGINT/SIGTERM or a fatal error; returns the process exit code. ``web`` also serves
    the moderators' status pages (bot/web) from this process, over the bot's own service.

    The token comes only from settings (DISCORD_TOKEN) and is never logged or printed."""
    token = settings.discord_token.get_secret_value().strip() if settings.discord_token else ""
    if not token:
        print(
            "DISCORD_TOKEN is not set. Create a bot in the Discord developer portal, copy its token,\n"
            "and run it with the token in the environment:\n"
            "  DISCORD_TOKEN=... newsbot run",
            file=sys.stderr,
        )
        return EXIT_NO_TOKEN
    install_redaction(token)
    if web:
        from bot.web import WebAccessError, check_bind, start_web

        try:
            check_bind(settings.web_host, settings.web_token)
        except WebAccessError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_NO_TOKEN
    service = await Service.start(settings)
    await Coordinator.attach(service)  # a /reload in any process of the cluster reaches this one
    for problem in service.problems:
        log.warning("%s", problem)
    web_runner = None
    if web:
        try:
            web_runner = await start_web(service, settings.web_host, settings.web_port, settings.web_token)
        except OSError as exc:
            print(f"error: cannot serve the status pages: {exc.strerror or exc}", file=sys.stderr)
            await service.close()
            return EXIT_ERROR
    bot = build_bot(service, dev_guild=dev_guild or settings.dev_guild_id or None, sync_global=sync_global)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    handled: list[signal.Signals] = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
            handled.append(sig)
        except (NotImplementedError, RuntimeError):  # not the main thread, or Windows
            pass
    runner = asyncio.create_task(bot.start(token), name="discord-bot")
    stopper = asyncio.create_task(stop.wait(), name="stop-signal")
    code = EXIT_OK
    try:
        done, _ = await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
        if runner in done:
            code = _exit_code(runner.exception())
        else:
            log.info("shutting down")
    finally:
        stopper.cancel()
        await bot.close()
        if not runner.done():
            runner.cancel()
        await asyncio.gather(runner, stopper, return_exceptions=True)
        if web_runner is not None:
            await web_runner.cleanup()
        await service.close()
        for sig in handled:
            loop.remove_signal_handler(sig)
    return code


def _exit_code(exc: BaseException | None) -> int:
    if exc is None:
        return EXIT_OK
    if isinstance(exc, discord.LoginFailure):
        print(
            "Discord rejected the token in DISCORD_TOKEN: check it, or reset it in the developer portal.",
            file=sys.stderr,
        )
        return EXIT_BAD_TOKEN
    if isinstance(exc, discord.PrivilegedIntentsRequired):
        print("Discord refused the requested intents.", file=sys.stderr)
        return EXIT_ERROR
    if isinstance(exc, aiohttp.ClientConnectionError | discord.GatewayNotFound | TimeoutError):
        # no network, a name that does not resolve, a proxy or firewall in the way: not the bot's fault,
        # and "ClientConnectorDNSError" alone tells no one that
        print(
            f"Discord could not be reached ({type(exc).__name__}): check this machine's network "
            "connection (and any proxy or firewall), then start the bot again.",
            file=sys.stderr,
        )
        return EXIT_ERROR
    # the type and Discord's status only: an exception message could in principle carry request details
    log.error("the bot stopped: %s %s", type(exc).__name__, getattr(exc, "status", ""))
    return EXIT_ERROR
