"""Settings: the one place every default is written (the model below); a TOML file (config/newsbot.toml,
commented examples) and NEWSBOT_* environment variables change them; the Discord token only from
DISCORD_TOKEN and the web pages' token only from NEWSBOT_WEB_TOKEN (never from a file, never logged)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, PydanticBaseSettingsSource, SettingsConfigDict

from bot.dsn import is_postgres_url, redact
from bot.settings_sources import (
    PATH_SETTINGS,
    CheckedToml,
    SecretInFileError,
    SettingsError,
    describe,
    origins_of,
    warn_unknown_environment,
)
from retrieval import aliases_problem

__all__ = ["DEFAULT_CONFIG", "SecretInFileError", "Settings", "SettingsError", "default", "load_settings"]

DEFAULT_CONFIG = Path("config/newsbot.toml")

#: the project's folder when the code runs from a checkout (an editable install, ``make``): its
#: relative defaults (the seeds, config/aliases.toml, the SQLite file under var/) are that folder's,
#: wherever the command runs; installed elsewhere, they stay relative to the current folder
_ROOT = Path(__file__).resolve().parents[1]
PROJECT: Path | None = _ROOT if (_ROOT / "pyproject.toml").is_file() else None


def project_path(path: Path) -> Path:
    """A relative default as the project's own file (as given, outside a checkout)."""
    return PROJECT / path if PROJECT is not None and not path.is_absolute() else path


#: the largest integer SQLite stores (counts compared in SQL must fit), and Discord's ids (snowflakes)
INT64_MAX = 2**63 - 1
SNOWFLAKE_MAX = 2**64 - 1
DAY_S = 86_400.0
YEAR_S = 365 * DAY_S
#: a Discord role id: a snowflake, never a name
RoleId = Annotated[int, Field(ge=1, le=SNOWFLAKE_MAX)]
ShardId = Annotated[int, Field(ge=0, le=INT64_MAX)]


class Settings(BaseSettings):
    """Every setting with its default. The README's configuration table and config/newsbot.toml are
    checked against these fields by tests, so neither can drift from them."""

    # an empty variable (``NEWSBOT_CORPUS=``) is unset, never the empty path (the current directory)
    model_config = SettingsConfigDict(
        env_prefix="NEWSBOT_", extra="ignore", toml_file=None, env_ignore_empty=True
    )

    corpus: Path = Path("seeds")
    db: Path = Path("var/newsbot.db")
    #: a PostgreSQL server instead of the SQLite file: ``db`` given as ``postgresql://…`` lands here
    #: (a secret, since the URL may carry a password); the engine's index is still persisted beside ``db``
    database_url: SecretStr | None = None
    aliases: Path | None = Path("config/aliases.toml")
    #: each outlet's order for all-numeric publication dates ("03/04/2005"): never guessed
    date_formats: Path | None = Path("config/date_formats.toml")
    engine: Literal["bm25", "rank_bm25"] = "bm25"

    # every number bounded: a value past what SQLite, Discord or a timer can hold is refused by name
    # here instead of failing (or hanging) deep inside
    cache_max_entries: int = Field(5000, ge=0, le=INT64_MAX)
    cache_ttl_seconds: float = Field(0, ge=0, le=100 * YEAR_S, allow_inf_nan=False)
    max_questions: int = Field(100_000, ge=0, le=INT64_MAX)
    #: connections each process keeps to a PostgreSQL server (``database_url``): the fewest held open,
    #: and the most at once (answers, records and the status pages query side by side; the server's
    #: ``max_connections`` must cover every process's most)
    pg_pool_min: int = Field(1, ge=0, le=1000)
    pg_pool_max: int = Field(10, ge=1, le=1000)

    #: processes answering the questions piped into ``newsbot ask`` at once: 0 is one per core (at most
    #: four); 1 answers them one at a time in this process. Each worker is a fork sharing the open index
    ask_workers: int = Field(0, ge=0, le=64)

    #: the longest question accepted anywhere: the service refuses longer ones and /ask's option is
    #: limited to it (Discord allows at most 6,000 characters in a string option)
    max_question_chars: int = Field(1000, ge=1, le=6000)

    dev_guild_id: int = Field(0, ge=0, le=SNOWFLAKE_MAX)
    moderator_role_ids: Annotated[list[RoleId], NoDecode] = Field(default_factory=list)
    cooldown_rate: int = Field(5, ge=1, le=INT64_MAX)
    cooldown_per_seconds: float = Field(60, gt=0, le=YEAR_S, allow_inf_nan=False)
    timeline_page_size: int = Field(8, ge=1, le=20)

    #: Discord conversations, for servers whose moderators have not chosen otherwise with /server:
    #: whether answers open a thread, whether members are answered in DMs, and the channels the bot
    #: answers in (channel ids; a server none of them belongs to is answered everywhere)
    threads: bool = False
    answer_dms: bool = True
    channel_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    #: how long a conversation's subject is kept for follow-up questions
    follow_up_seconds: float = Field(1800, gt=0, le=7 * 86400)

    #: shard clusters (discord.py's AutoShardedBot): the bot's shards in all, and the ones this process
    #: runs; unset, one process runs the bot unsharded
    shard_count: int | None = Field(None, ge=1, le=1_000_000)
    shard_ids: Annotated[list[ShardId] | None, NoDecode] = None
    #: how often a long-running process looks for reloads made by other processes sharing its database
    #: (PostgreSQL also notifies them at once); 0: this process neither follows nor locks reloads
    reload_poll_seconds: float = Field(5.0, ge=0, le=DAY_S, allow_inf_nan=False)

    discord_token: SecretStr | None = Field(default=None, validation_alias="DISCORD_TOKEN")

    # the moderators' status pages (bot/web): loopback only unless NEWSBOT_WEB_TOKEN is set
    web_host: str = "127.0.0.1"
    web_port: int = Field(8080, ge=0, le=65535)
    web_token: SecretStr | None = None  # NEWSBOT_WEB_TOKEN, from the environment only

    @field_validator("moderator_role_ids", "channel_ids", mode="before")
    @classmethod
    def _ids(cls, v: object) -> object:
        """Role ids arrive as "1,2" from the environment; ids are integers, never role names."""
        if isinstance(v, str):
            return _integers(v, "role ids are Discord's numeric ids (Server Settings > Roles > Copy Role ID)")
        return v

    @field_validator("shard_ids", mode="before")
    @classmethod
    def _shard_ids(cls, v: object) -> object:
        """Shard ids arrive as "0,1" from the environment."""
        if isinstance(v, str):
            return _integers(v, "shard ids are numbers") or None
        return v

    @field_validator("corpus", "db", "aliases", mode="before")
    @classmethod
    def _not_empty(cls, v: object) -> object:
        """An empty path would be the current directory: never what was meant."""
        if isinstance(v, str) and not v.strip():
            raise ValueError("an empty path; give a path, or leave the setting out for its default")
        return v

    @field_validator("aliases")
    @classmethod
    def _aliases_usable(cls, v: Path | None) -> Path | None:
        """A bad aliases file is said here, once, by name, instead of failing the engine's build."""
        problem = aliases_problem(v)
        if problem is not None:
            raise ValueError(problem)
        return v

    @field_validator("db")
    @classmethod
    def _db_is_no_directory(cls, v: Path) -> Path:
        """``db`` names the SQLite file (created when missing) and the index beside it: a directory
        (``--db /``) can be neither."""
        if v.is_dir():
            raise ValueError("is a directory; db names the SQLite database file (created if missing)")
        return v

    @model_validator(mode="after")
    def _pool(self) -> Settings:
        low, high = self.pg_pool_min, self.pg_pool_max
        if low > high:
            raise ValueError(f"pg_pool_min ({low}) is more than pg_pool_max ({high})")
        return self

    @model_validator(mode="after")
    def _shards(self) -> Settings:
        """This process's shards must be shards of the bot: each below the count, none twice."""
        ids = self.shard_ids
        if ids is None:
            return self
        if self.shard_count is None:
            raise ValueError("shard_ids needs shard_count (how many shards the bot has in all)")
        wrong = sorted({i for i in ids if not 0 <= i < self.shard_count})
        if wrong:
            raise ValueError(f"shard_ids run from 0 to {self.shard_count - 1} (shard_count - 1); not {wrong}")
        if len(set(ids)) != len(ids):
            raise ValueError(f"shard_ids: a shard id is listed twice in {ids}")
        if not ids:
            raise ValueError("shard_ids is empty: list this process's shards, or leave it unset")
        return self

    @property
    def store_label(self) -> str:
        """Where the store lives, as it may be shown: the SQLite file, or the server's URL without its
        password."""
        return redact(self.database_url.get_secret_value()) if self.database_url else str(self.db)

    @model_validator(mode="before")
    @classmethod
    def _project_defaults(cls, data: object) -> object:
        """A path setting set nowhere is the project's own file (``project_path``): run from another
        folder, the defaults would otherwise be looked for there and silently missed."""
        if isinstance(data, dict):
            for name in PATH_SETTINGS:
                given = cls.model_fields[name].get_default()
                if name not in data and isinstance(given, Path):
                    data = {**data, name: project_path(given)}
        return data

    @model_validator(mode="before")
    @classmethod
    def _db_url(cls, data: object) -> object:
        """``--db postgresql://…`` or ``NEWSBOT_DB=postgresql://…`` selects PostgreSQL; a path keeps
        SQLite. (Read as a path, the URL would lose its ``//`` and become a file name.)"""
        if isinstance(data, dict) and is_postgres_url(data.get("db")):
            url = str(data["db"]).strip()
            data = {k: v for k, v in data.items() if k != "db"}
            data["database_url"] = url
        return data

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml_path = settings_cls.model_config.get("toml_file")
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if toml_path:
            sources.append(CheckedToml(settings_cls, toml_file=toml_path))
        return tuple(sources)


def _integers(text: str, what: str) -> list[int]:
    out = []
    for part in text.replace(";", ",").split(","):
        if not part.strip():
            continue
        try:
            out.append(int(part))
        except ValueError:
            raise ValueError(f"{what}, not {part.strip()!r}") from None
    return out


def default(name: str) -> Any:
    """A setting's default, for code that takes the value as a parameter (the store's ``open``): the
    settings model is the one place defaults are written."""
    return Settings.model_fields[name].get_default(call_default_factory=True)


def load_settings(config: Path | None = None, **overrides: object) -> Settings:
    """Settings from a TOML file (default the project's config/newsbot.toml when present), the
    environment, and explicit overrides (command-line options), in increasing priority. A relative path
    in the file is read from the file's folder; one from the environment or the command line, from the
    current folder; a default, from the project's (``project_path``). Raises SettingsError (one line
    naming the key) for anything unusable, FileNotFoundError for a missing ``config``."""
    shipped = project_path(DEFAULT_CONFIG)
    path = config if config is not None else (shipped if shipped.is_file() else None)
    if config is not None and not config.is_file():
        raise FileNotFoundError(f"config file not found: {config}")

    class _FromFile(Settings):
        model_config = SettingsConfigDict(toml_file=path)

    values = {k: v for k, v in overrides.items() if v is not None}
    warn_unknown_environment(Settings.model_fields)
    try:
        return _FromFile(**values)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise describe(exc, origins_of(Settings.model_fields, values, path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: not valid TOML ({exc})") from None
