"""The command registry: the Discord commands, the console, /help and the cooldowns are all made from
it, so they list the same commands with the same options and limits."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from bot import render
from bot.commands import BY_NAME, COMMANDS, COOLDOWN_GROUPS, CommandSpec, OptionSpec, command
from bot.console import HANDLERS, parse_line
from bot.discord_app import NewsBot, build_bot
from bot.discord_app.checks import Cooldowns
from bot.service import Service
from bot.settings import load_settings
from bot.store import UnavailableStore
from retrieval import Engine

NAMES = [c.name for c in COMMANDS]


@pytest.fixture
async def bot(seeds_engine: Engine, tmp_path: Path) -> AsyncIterator[NewsBot]:
    """The real bot with its cogs loaded (nothing is synced and nothing connects)."""
    settings = load_settings(None, db=tmp_path / "x.db", max_question_chars=321)
    bot = build_bot(Service(settings, seeds_engine, UnavailableStore("unused")))
    await bot.setup_hook()
    yield bot
    await bot.close()


def synced(bot: NewsBot) -> dict[str, dict[str, Any]]:
    """Each command as it would be sent to Discord when syncing."""
    return {c.name: c.to_dict(bot.tree) for c in bot.tree.get_commands()}


async def test_discord_the_console_and_help_list_the_same_commands(bot: NewsBot) -> None:
    assert sorted(synced(bot)) == sorted(NAMES), "the Discord tree"
    assert sorted(HANDLERS) == sorted(NAMES), "the console"
    for name in NAMES:
        parsed = parse_line(f"/{name}" + (" something" if BY_NAME[name].words else ""))
        assert parsed is not None and parsed.name == name
    help_text = render.help_text()
    help_embed = json.dumps(render.help_embed().to_dict(), ensure_ascii=False)
    for spec in COMMANDS:
        assert spec.console_usage in help_text, "the console's /help"
        assert f"`{spec.discord_usage}`" in help_embed, "Discord's /help"


async def test_options_descriptions_and_limits_come_from_the_registry(bot: NewsBot) -> None:
    commands = synced(bot)
    for spec in COMMANDS:
        sent = commands[spec.name]
        assert sent["description"] == spec.description
        options = {o["name"]: o for o in sent.get("options", [])}
        assert list(options) == [o.name for o in spec.options]
        for o in spec.options:
            sent_option = options[o.name]
            assert sent_option["description"] == o.description
            assert sent_option["required"] == o.required
            if o.kind in ("text", "date"):
                assert (sent_option["type"], sent_option["min_length"]) == (3, o.min_length)
            assert [c["value"] for c in sent_option.get("choices", [])] == list(o.choices)
            assert sent_option.get("autocomplete", False) == (o.suggest is not None)
            assert sent_option["type"] == {"text": 3, "date": 3, "choice": 3, "flag": 5, "channel": 7}[o.kind]
    question = commands["ask"]["options"][0]
    assert question["max_length"] == 321, "the max_question_chars setting, not a fixed number"
    assert commands["timeline"]["options"][0]["max_length"] == 300
    assert commands["timeline"]["options"][0]["autocomplete"] is True
    assert [c["value"] for c in commands["timeline"]["options"][3]["choices"]] == ["day", "week", "month"]


async def test_moderator_commands_are_hidden_and_checked(bot: NewsBot) -> None:
    commands = synced(bot)
    for spec in COMMANDS:
        sent = commands[spec.name]
        if spec.moderator_only:
            assert int(sent["default_member_permissions"]) == 1 << 5 and sent["contexts"] == [0]
            assert bot.tree.get_command(spec.name).checks  # type: ignore[union-attr]
        else:
            assert sent.get("default_member_permissions") is None


def test_cooldowns_are_the_registry_groups() -> None:
    assert COOLDOWN_GROUPS == ("browse", "questions")
    cooldowns = Cooldowns(rate=2, per=60)
    ask, timeline, sources, help_ = command("ask"), command("timeline"), command("sources"), command("help")
    assert cooldowns.retry_after(ask, 1) is None
    assert cooldowns.retry_after(timeline, 1) is None
    assert cooldowns.retry_after(ask, 1) is not None, "one budget for the group"
    assert cooldowns.retry_after(ask, 2) is None, "per user"
    assert cooldowns.retry_after(sources, 1) is None, "/sources has a budget of its own"
    assert cooldowns.retry_after(sources, 1) is None
    assert cooldowns.retry_after(sources, 1) is not None
    assert all(cooldowns.retry_after(help_, 1) is None for _ in range(5)), "no group, no limit"


def test_usage_lines_are_derived_from_the_options() -> None:
    assert command("ask").discord_usage == "/ask question [private]"
    assert command("ask").console_usage == "/ask QUESTION [private:true]"
    assert command("timeline").discord_usage == "/timeline [topic] [since] [until] [grouping]"
    assert command("timeline").console_usage == (
        "/timeline [TOPIC] [since:WHEN] [until:WHEN] [grouping:day|week|month]"
    )
    assert command("reload").discord_usage == "/reload"


def test_a_spec_that_discord_or_the_console_could_not_take_is_refused() -> None:
    text = {"description": "d", "max_length": 10, "placeholder": "X"}
    with pytest.raises(ValidationError, match="option name"):
        OptionSpec(name="Bad Name", **text)
    with pytest.raises(ValidationError):
        CommandSpec(name="help", description="x" * 101, help="h")
    with pytest.raises(ValidationError, match="more than one option"):
        CommandSpec(
            name="help",
            description="d",
            help="h",
            options=(
                OptionSpec(name="a", console="words", **text),
                OptionSpec(name="b", console="words", **text),
            ),
        )
    with pytest.raises(ValidationError, match="required options come first"):
        CommandSpec(
            name="help",
            description="d",
            help="h",
            options=(OptionSpec(name="a", **text), OptionSpec(name="b", required=True, **text)),
        )
