"""Settings: non-secret defaults in config/newsbot.toml, overridden by NEWSBOT_* environment variables;
the Discord token only from DISCORD_TOKEN and the web pages' token only from NEWSBOT_WEB_TOKEN (never
from a file, never logged)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

DEFAULT_CONFIG = Path("config/newsbot.toml")


class SecretInFileError(ValueError):
    """A settings file tried to set the Discord token, which is read only from the environment."""


class _NoSecretsToml(TomlConfigSettingsSource):
    """The TOML source, refusing the token: a token in a file ends up committed or shared."""

    def __call__(self) -> dict[str, object]:
        data = super().__call__()
        for key in list(data):
            if key.lower() in {"discord_token", "token"}:
                raise SecretInFileError(
                    f"{key!r} must not be in a settings file; set the DISCORD_TOKEN environment variable"
                )
            if key.lower() == "web_token":
                raise SecretInFileError(
                    f"{key!r} must not be in a settings file; set the NEWSBOT_WEB_TOKEN environment variable"
                )
        return data


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NEWSBOT_", extra="ignore", toml_file=None)

    corpus: Path = Path("seeds")
    db: Path = Path("var/newsbot.db")
    aliases: Path | None = Path("config/aliases.toml")
    engine: Literal["bm25", "rank_bm25"] = "bm25"

    cache_max_entries: int = Field(5000, ge=0)
    cache_ttl_seconds: float = Field(0, ge=0)

    dev_guild_id: int = Field(0, ge=0)
    moderator_role_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    cooldown_rate: int = Field(5, ge=1)
    cooldown_per_seconds: float = Field(60, gt=0)
    timeline_page_size: int = Field(8, ge=1, le=20)

    discord_token: SecretStr | None = Field(default=None, validation_alias="DISCORD_TOKEN")

    # the moderators' status pages (bot/web): loopback only unless NEWSBOT_WEB_TOKEN is set
    web_host: str = "127.0.0.1"
    web_port: int = Field(8080, ge=0, le=65535)
    web_token: SecretStr | None = None  # NEWSBOT_WEB_TOKEN, from the environment only

    @field_validator("moderator_role_ids", mode="before")
    @classmethod
    def _ids(cls, v: object) -> object:
        """Role ids arrive as "1,2" from the environment; ids are integers, never role names."""
        if isinstance(v, str):
            return [int(p) for p in v.replace(";", ",").split(",") if p.strip()]
        return v

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
            sources.append(_NoSecretsToml(settings_cls, toml_file=toml_path))
        return tuple(sources)


def load_settings(config: Path | None = None, **overrides: object) -> Settings:
    """Settings from a TOML file (default config/newsbot.toml when present), the environment, and
    explicit overrides (command-line options), in increasing priority."""
    path = config if config is not None else (DEFAULT_CONFIG if DEFAULT_CONFIG.is_file() else None)
    if config is not None and not config.is_file():
        raise FileNotFoundError(f"config file not found: {config}")

    class _FromFile(Settings):
        model_config = SettingsConfigDict(toml_file=path)

    values = {k: v for k, v in overrides.items() if v is not None}
    return _FromFile(**values)  # type: ignore[arg-type]
