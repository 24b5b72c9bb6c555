import json
import re
import tomllib
from pathlib import Path

import pytest

from bot.settings import SecretInFileError, Settings, default, load_settings
from tests.conftest import ROOT


def test_defaults_file_and_environment_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "n.toml"
    cfg.write_text('db = "from-file.db"\ncache_max_entries = 7\nmoderator_role_ids = [5]\n', encoding="utf-8")
    s = load_settings(cfg)
    assert (s.db, s.cache_max_entries, s.moderator_role_ids) == (Path("from-file.db"), 7, [5])
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
