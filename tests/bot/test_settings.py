import json
import logging
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from bot.settings import SecretInFileError, Settings, SettingsError, default, load_settings
from tests.conftest import ROOT


def test_defaults_file_and_environment_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "n.toml"
    cfg.write_text('db = "from-file.db"\ncache_max_entries = 7\nmoderator_role_ids = [5]\n', encoding="utf-8")
    s = load_settings(cfg)
    assert (s.db, s.cache_max_entries, s.moderator_role_ids) == (tmp_path / "from-file.db", 7, [5])
    monkeypatch.setenv("NEWSBOT_CACHE_MAX_ENTRIES", "9")
    monkeypatch.setenv("NEWSBOT_MODERATOR_ROLE_IDS", "1, 2")
    s = load_settings(cfg, db=Path("cli.db"))
    assert (s.db, s.cache_max_entries, s.moderator_role_ids) == (Path("cli.db"), 9, [1, 2])


def test_token_only_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "n.toml"
    cfg.write_text('discord_token = "abc"\n', encoding="utf-8")
    with pytest.raises(SecretInFileError):
        load_settings(cfg)
    cfg.write_text('DISCORD_TOKEN = "abc"\n', encoding="utf-8")
    with pytest.raises(SecretInFileError):
        load_settings(cfg)
    monkeypatch.setenv("DISCORD_TOKEN", "secret-value")
    s = load_settings(None)
    assert s.discord_token is not None and s.discord_token.get_secret_value() == "secret-value"
    assert "secret-value" not in repr(s) and "secret-value" not in str(s)


def test_role_ids_must_be_integers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBOT_MODERATOR_ROLE_IDS", "moderators")
    with pytest.raises(ValueError):
        load_settings(None)


def test_missing_config_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_settings(tmp_path / "nope.toml")


# --------------------------------------------------------------------------- defaults in one place

EXAMPLE = re.compile(r"^#\s*([a-z_]+\s*=.*)$")


def shipped_examples() -> dict[str, object]:
    """config/newsbot.toml's commented example lines, uncommented and read as TOML."""
    text = (ROOT / "config" / "newsbot.toml").read_text(encoding="utf-8")
    lines = [m.group(1) for line in text.splitlines() if (m := EXAMPLE.match(line.strip()))]
    return tomllib.loads("\n".join(lines))


def test_the_shipped_file_restates_no_default_and_its_examples_are_valid_settings(tmp_path: Path) -> None:
    shipped = ROOT / "config" / "newsbot.toml"
    assert tomllib.loads(shipped.read_text(encoding="utf-8")) == {}, "only commented examples"
    assert load_settings(shipped).model_dump() == Settings(_env_file=None).model_dump(), "it changes nothing"
    examples = shipped_examples()
    fields = set(Settings.model_fields) - {"discord_token", "database_url", "web_token"}
    assert set(examples) <= fields, f"not settings: {set(examples) - fields}"
    assert set(examples) == fields, f"settings without an example: {fields - set(examples)}"
    uncommented = tmp_path / "n.toml"
    uncommented.write_text(
        "\n".join(f"{k} = {json.dumps(v)}" for k, v in examples.items()) + "\n", encoding="utf-8"
    )
    s = load_settings(uncommented)
    assert all(getattr(s, k) != default(k) for k in examples), "each example differs from its default"


def table_defaults(doc: Path) -> dict[str, str]:
    """The configuration table of a document: ``| `key` | default | meaning |`` rows."""
    out: dict[str, str] = {}
    for line in doc.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\|\s*`([a-z_]+)`\s*\|\s*([^|]*?)\s*\|", line)
        if m and m.group(1) in Settings.model_fields:
            out[m.group(1)] = m.group(2).strip("`")
    return out


def shown(value: object) -> str:
    if value is None:
        return "unset"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int):
        return f"{value:,}" if value >= 10_000 else str(value)
    return "[]" if value == [] else str(value)


@pytest.mark.parametrize("doc", ["README.md", "docs/discord.md"])
def test_configuration_tables_list_every_setting_with_its_default(doc: str) -> None:
    table = table_defaults(ROOT / doc)
    fields = set(Settings.model_fields) - {"discord_token", "database_url", "web_token"}
    assert set(table) == fields, f"missing: {fields - set(table)}"
    for key, written in table.items():
        assert written == shown(default(key)), f"{doc}: {key} shows {written!r}, default {default(key)!r}"


# --------------------------------------------------------------------------- hostile configuration


def run_cli(
    *args: str, env: dict[str, str] | None = None, cwd: Path = ROOT
) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBOT_") and k != "DISCORD_TOKEN"}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**base, **(env or {})},
        timeout=60,
    )


def one_line_error(r: subprocess.CompletedProcess[str], *needles: str) -> str:
    """The run stopped at once with exit status 2 and one line on stderr naming what is wrong."""
    assert r.returncode == 2, (r.returncode, r.stdout, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), r.stderr
    assert "Traceback" not in r.stderr
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("CACHE_MAX_ENTRIES", str(10**30)),
        ("MAX_QUESTIONS", str(10**30)),  # hung: the store's first trim overflowed SQLite's integers
        ("DEV_GUILD_ID", str(10**30)),
        ("SHARD_COUNT", str(10**30)),
        ("COOLDOWN_RATE", str(10**30)),
        ("CACHE_TTL_SECONDS", "1e400"),
        ("COOLDOWN_PER_SECONDS", "nan"),
        ("RELOAD_POLL_SECONDS", "1e300"),
        ("MODERATOR_ROLE_IDS", "moderators,12"),
        ("MODERATOR_ROLE_IDS", f"12,{10**30}"),
        ("MODERATOR_ROLE_IDS", "-5"),
    ],
)
def test_an_out_of_range_setting_is_one_line_naming_the_key(key: str, value: str, tmp_path: Path) -> None:
    r = run_cli("--db", str(tmp_path / "x.db"), "sources", env={f"NEWSBOT_{key}": value})
    one_line_error(r, key.lower())
    assert not (tmp_path / "x.db").exists()


def test_a_directory_as_the_database_is_one_line_naming_the_key(tmp_path: Path) -> None:
    one_line_error(run_cli("--db", "/", "sources"), "db", "directory")
    one_line_error(run_cli("--db", str(tmp_path), "sources"), "db", "directory")
    one_line_error(run_cli("sources", env={"NEWSBOT_DB": str(tmp_path)}), "db", "directory")
    assert list(tmp_path.iterdir()) == []


def test_bad_role_ids_in_the_file_are_one_line_naming_the_key(tmp_path: Path) -> None:
    for value in ('["moderators"]', '"moderators"', "[1.5]", f"[{2**70}]"):
        cfg = tmp_path / "n.toml"
        cfg.write_text(f"moderator_role_ids = {value}\n", encoding="utf-8")
        with pytest.raises(SettingsError, match="moderator_role_ids"):
            load_settings(cfg)
        one_line_error(run_cli("--config", str(cfg), "sources"), "moderator_role_ids")


def test_a_misspelled_key_in_the_file_is_refused_with_the_key_named(tmp_path: Path) -> None:
    cfg = tmp_path / "n.toml"
    cfg.write_text('corpus = "seeds"\ncache_max_entires = 10\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="cache_max_entires") as caught:
        load_settings(cfg)
    assert "cache_max_entries" in str(caught.value), "the setting it was probably meant to be"
    one_line_error(run_cli("--config", str(cfg), "sources"), "cache_max_entires", str(cfg))
    cfg.write_text('[newsbot]\ncorpus = "seeds"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="newsbot"):
        load_settings(cfg)


@pytest.mark.parametrize(
    "text",
    [
        '[discord]\nDISCORD_TOKEN = "abc"\n',
        '[bot]\ntoken = "abc"\n',
        '[web]\nweb_token = "abc"\n',
        'extra = { token = "abc" }\n',
        '[[servers]]\nname = "x"\n[servers.secrets]\ndiscord_token = "abc"\n',
    ],
)
def test_a_secret_anywhere_in_the_file_is_refused(text: str, tmp_path: Path) -> None:
    cfg = tmp_path / "n.toml"
    cfg.write_text(text, encoding="utf-8")
    with pytest.raises(SecretInFileError):
        load_settings(cfg)
    line = one_line_error(run_cli("--config", str(cfg), "sources"), "environment")
    assert "abc" not in line


def test_an_unknown_newsbot_variable_is_warned_about_and_ignored(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSBOT_CACHE_MAX_ENTIRES", "10")
    with caplog.at_level(logging.WARNING):
        s = load_settings(None)
    assert s.cache_max_entries == default("cache_max_entries")
    warned = [r.getMessage() for r in caplog.records if "NEWSBOT_CACHE_MAX_ENTIRES" in r.getMessage()]
    assert len(warned) == 1 and "NEWSBOT_CACHE_MAX_ENTRIES" in warned[0], warned


def test_an_empty_variable_is_unset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``NEWSBOT_CORPUS=`` loaded the current directory; now it means the default, as if unset."""
    for key in ("CORPUS", "DB", "ALIASES", "CACHE_MAX_ENTRIES", "MODERATOR_ROLE_IDS", "SHARD_IDS"):
        monkeypatch.setenv(f"NEWSBOT_{key}", "")
    monkeypatch.setenv("DISCORD_TOKEN", "")
    assert load_settings(None).model_dump() == Settings(_env_file=None).model_dump()
    r = run_cli("sources", "--json", env={"NEWSBOT_CORPUS": "", "NEWSBOT_DB": str(tmp_path / "x.db")})
    assert r.returncode == 0, r.stderr
    seeds = run_cli("--corpus", "seeds", "--db", str(tmp_path / "y.db"), "sources", "--json")
    assert json.loads(r.stdout) == json.loads(seeds.stdout), "the default corpus, not the current directory"


def test_an_empty_path_in_the_file_or_on_the_command_line_is_refused(tmp_path: Path) -> None:
    cfg = tmp_path / "n.toml"
    cfg.write_text('corpus = ""\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="corpus"):
        load_settings(cfg)
    one_line_error(run_cli("--corpus", "", "sources"), "corpus")


@pytest.mark.parametrize("text", ['groups = [["kyiv", "kiev"], 5]\n', "groups = [[\n", 'groups = "kyiv"\n'])
def test_a_bad_aliases_file_is_one_line_naming_the_key(text: str, tmp_path: Path) -> None:
    """It was a traceback from deep inside the engine's build."""
    aliases = tmp_path / "aliases.toml"
    aliases.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError, match="aliases"):
        load_settings(None, aliases=aliases)
    one_line_error(run_cli("sources", env={"NEWSBOT_ALIASES": str(aliases)}), "aliases", str(aliases))


@pytest.mark.parametrize("value", [str(10**30), "0", "-1", "guild"])
def test_a_dev_guild_that_is_no_discord_id_is_refused_before_anything_runs(value: str) -> None:
    """``run --dev-guild 1e30`` got as far as discord.py (with no token here, nothing connects)."""
    r = run_cli("run", "--dev-guild", value)
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr
    assert "--dev-guild" in r.stderr and "not a Discord id" in r.stderr, r.stderr


# --------------------------------------------------------------------------- paths, wherever the command runs


def test_a_config_files_relative_paths_are_read_from_its_folder(tmp_path: Path) -> None:
    """``corpus = "../cc"`` in a settings file was read from the current folder: "corpus directory not
    found" unless the command ran beside the file."""
    (tmp_path / "cc").mkdir()
    (tmp_path / "cc" / "a.txt").write_text(
        "Bridge shut\n\nThe bridge was shut on Monday.\n", encoding="utf-8"
    )
    (tmp_path / "conf").mkdir()
    cfg = tmp_path / "conf" / "n.toml"
    cfg.write_text('corpus = "../cc"\ndb = "var/n.db"\n', encoding="utf-8")
    s = load_settings(cfg)
    assert (s.corpus, s.db) == (tmp_path / "conf" / "../cc", tmp_path / "conf" / "var" / "n.db")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    r = run_cli("--config", str(cfg), "--no-cache", "sources", "--json", cwd=elsewhere)
    assert r.returncode == 0, r.stderr
    assert [d["title"] for d in json.loads(r.stdout)["documents"]] == ["Bridge shut"]


def test_the_projects_defaults_are_found_from_any_folder(tmp_path: Path) -> None:
    """Run from another folder, config/aliases.toml and config/date_formats.toml were looked for there
    and silently missed (while a warning said to edit config/date_formats.toml)."""
    s = Settings(_env_file=None)
    assert (
        s.aliases == ROOT / "config" / "aliases.toml"
        and s.date_formats == ROOT / "config" / "date_formats.toml"
    )
    assert s.corpus == ROOT / "seeds"
    (tmp_path / "cc").mkdir()
    page = "Title: Bridge shut\nSource: Daily Tern\nDate: 03/04/2026\n\nThe bridge was shut on Monday.\n"
    (tmp_path / "cc" / "a.txt").write_text(page, encoding="utf-8")
    r = run_cli("--corpus", "cc", "--no-cache", "sources", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert f"date formats file ({ROOT / 'config' / 'date_formats.toml'}, " in r.stderr
    r = run_cli("--no-cache", "sources", "--json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)["documents"]) == 5, "the seeds"
