"""Which database a ``db`` setting names (a SQLite file, or a PostgreSQL server by URL), and the URL as
it may be shown: a password in it is a secret, so every message that names the server uses
:func:`redact`."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urlsplit

SCHEMES = ("postgresql://", "postgres://")

_USERINFO_PASSWORD = re.compile(r"^(postgres(?:ql)?://[^:/@?#]*):[^@/?#]*@", re.IGNORECASE)
_QUERY_PASSWORD = re.compile(r"([?&]password=)[^&#]*", re.IGNORECASE)


def is_postgres_url(value: object) -> bool:
    """True for ``postgresql://…`` and ``postgres://…`` (libpq's two URI schemes); a path is a file."""
    return isinstance(value, str) and value.strip().lower().startswith(SCHEMES)


def redact(url: str) -> str:
    """The URL with any password (in the user part or a ``password=`` parameter) replaced by ``***``."""
    return _QUERY_PASSWORD.sub(r"\1***", _USERINFO_PASSWORD.sub(r"\1:***@", url.strip()))


def password_of(url: str) -> str | None:
    """The password a URL carries, if any (so messages from elsewhere can be scrubbed of it too)."""
    parts = urlsplit(url.strip())
    if parts.password:
        return unquote(parts.password)
    for key, value in parse_qsl(parts.query):
        if key.lower() == "password" and value:
            return value
    return None


def scrub(text: str, url: str) -> str:
    """``text`` with the URL's password removed wherever it appears (a driver's message may quote it)."""
    secret = password_of(url)
    text = text.replace(url, redact(url))
    return text.replace(secret, "***") if secret else text
