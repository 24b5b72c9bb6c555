from pathlib import Path

import pytest

from bot.settings import SecretInFileError, load_settings


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
