"""Where settings come from, checked before anything runs: the TOML file (no secrets anywhere in it, no
key that is not a setting), the ``NEWSBOT_*`` environment (a variable that names no setting is warned
about), and every invalid value said in one line naming its key and where it was set.

Why so strict: a misspelled key silently ignored leaves an operator believing a bound or a role is in
force; a token in a file ends up committed or shared; a traceback tells a moderator nothing.
"""

from __future__ import annotations

import difflib
import logging
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_settings import TomlConfigSettingsSource

log = logging.getLogger("bot.settings")

ENV_PREFIX = "NEWSBOT_"
#: the settings that name files or folders: a relative one in a settings file is read from its folder
PATH_SETTINGS = ("corpus", "db", "aliases", "date_formats")
#: keys no settings file may hold, at any depth, and the environment variable each belongs in
SECRETS = {"discord_token": "DISCORD_TOKEN", "token": "DISCORD_TOKEN", "web_token": "NEWSBOT_WEB_TOKEN"}


class SettingsError(ValueError):
    """A setting that cannot be used; the message is one line naming the key (shown as ``error: …``)."""


class SecretInFileError(SettingsError):
    """A settings file tried to set a token, which is read only from the environment."""


def _suggest(name: str, known: Iterable[str]) -> str:
    by_lower = {k.lower(): k for k in known}
    close = difflib.get_close_matches(name.lower(), sorted(by_lower), n=1, cutoff=0.75)
    return f" (did you mean {by_lower[close[0]]}?)" if close else ""


def _keys(data: Mapping[str, Any], where: str = "") -> Iterator[tuple[str, str]]:
    """Every key of a TOML document with its dotted path, inside tables and arrays of tables too."""
    for key, value in data.items():
        path = f"{where}.{key}" if where else key
        yield key, path
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, Mapping):
                yield from _keys(item, path)


class CheckedToml(TomlConfigSettingsSource):
    """The TOML source, refusing a secret anywhere in the file and any top-level key that is not a
    setting (with the setting it was probably meant to be)."""

    def __call__(self) -> dict[str, Any]:
        shown = str(self.toml_file_path)
        for key, path in _keys(self.toml_data):
            env = SECRETS.get(key.lower())
            if env is not None:
                raise SecretInFileError(
                    f"{shown}: {path!r} must not be in a settings file; set the {env} environment variable"
                )
        fields = set(self.settings_cls.model_fields)
        for key, value in self.toml_data.items():
            if key not in fields:
                what = " (a table; settings are top-level keys)" if isinstance(value, Mapping) else ""
                raise SettingsError(f"{shown}: unknown setting {key!r}{what}{_suggest(key, fields)}")
        return _from_folder(super().__call__(), Path(shown).parent)


def _from_folder(data: dict[str, Any], folder: Path) -> dict[str, Any]:
    """The file's relative paths read from ``folder``, the file's own, as a config file's paths are
    everywhere (``corpus = "../cc"`` beside the file): from the current folder, the same file would mean
    something else wherever the command ran. An empty path or a server's URL is left as written."""
    out = dict(data)
    for name in PATH_SETTINGS:
        value = out.get(name)
        if isinstance(value, str) and value.strip() and "://" not in value and not Path(value).is_absolute():
            out[name] = str(folder / value)
    return out


def warn_unknown_environment(fields: Iterable[str], environ: Mapping[str, str] | None = None) -> list[str]:
    """Warn (once per variable) about ``NEWSBOT_*`` variables that name no setting: they are ignored,
    so a misspelling would otherwise go unnoticed. Warned, not refused: test and deployment tooling
    may share the prefix. Returns the variables warned about."""
    env = os.environ if environ is None else environ
    known = {f"{ENV_PREFIX}{f.upper()}" for f in fields}
    unknown = sorted(k for k in env if k.upper().startswith(ENV_PREFIX) and k.upper() not in known)
    for name in unknown:
        log.warning("%s names no setting and is ignored%s", name, _suggest(name.upper(), known))
    return unknown


def _shown(value: object, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe(exc: ValidationError, origins: Mapping[str, str]) -> SettingsError:
    """A validation failure as one line: each bad key, where it was set, the value and what is wrong."""
    parts = []
    for err in exc.errors(include_url=False):
        loc = [str(p) for p in err["loc"]]
        key = loc[0].lower() if loc else ""
        name = key + "".join(f"[{p}]" for p in loc[1:])
        origin = origins.get(key)
        where = f" ({origin})" if origin else ""
        message = str(err["msg"]).removeprefix("Value error, ")
        if not name:
            parts.append(message)
        elif err["type"] in ("missing",):
            parts.append(f"setting {name}{where}: {message}")
        else:
            parts.append(f"setting {name}{where} = {_shown(err.get('input'))}: {message}")
    return SettingsError("; ".join(parts) or str(exc).splitlines()[0])


def origins_of(fields: Iterable[str], overrides: Mapping[str, object], config: Path | None) -> dict[str, str]:
    """Where each setting's value came from, to name it in an error: the command line, the
    environment variable, or the settings file."""
    out: dict[str, str] = {}
    for field in fields:
        env = f"{ENV_PREFIX}{field.upper()}"
        if overrides.get(field) is not None:
            out[field] = "command line"
        elif os.environ.get(env):
            out[field] = env
        elif config is not None:
            out[field] = str(config)
    out["discord_token"] = "DISCORD_TOKEN"
    return out
