"""Who may see the moderators' pages.

Two modes, chosen by ``NEWSBOT_WEB_TOKEN``:
- **a token is set**: every page needs it, sent as ``Authorization: Bearer <token>`` or entered once on
  the login page, which sets a session cookie. The cookie never holds the token: it holds an expiry and
  an HMAC of that expiry keyed by the token, so a leaked cookie neither reveals the token nor outlives
  its expiry or a change of token. Tokens and MACs are compared in constant time.
- **no token**: the app only listens on a loopback address (``check_bind`` refuses any other before a
  socket is opened), and it answers only requests whose Host is a loopback name, so a web page that
  rebinds its own domain to 127.0.0.1 cannot read it through the moderator's browser.

The token is never logged, printed, or put in a URL.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import time
from urllib.parse import urlsplit

from pydantic import SecretStr

COOKIE = "newsbot_web"
COOKIE_MAX_AGE = 12 * 3600
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


class WebAccessError(ValueError):
    """The web app will not start as configured; the message says what to change."""


def is_loopback(host: str) -> bool:
    """A loopback name or address (127.0.0.0/8, ::1), with or without IPv6 brackets."""
    name = host.strip().strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_bind(host: str, token: SecretStr | None) -> None:
    """Refuse to serve beyond this machine without a token."""
    if has_token(token):
        return
    if not is_loopback(host):
        raise WebAccessError(
            f"refusing to serve the status pages on {host!r} without a token: set NEWSBOT_WEB_TOKEN "
            "(a long random string) in the environment, or serve on 127.0.0.1"
        )


def has_token(token: SecretStr | None) -> bool:
    return token is not None and bool(token.get_secret_value().strip())


def host_is_loopback(host_header: str | None) -> bool:
    """Whether a request's Host header (``name[:port]``) names this machine's loopback."""
    if not host_header:
        return False
    try:
        name = urlsplit("//" + host_header).hostname
    except ValueError:
        return False
    return name is not None and is_loopback(name)


class Gate:
    """The token check and the session cookie, for one token."""

    def __init__(self, token: SecretStr | None) -> None:
        secret = token.get_secret_value().strip() if token is not None else ""
        self.required = bool(secret)
        # Fixed-length digests compared, so not even the token's length shows in the timing.
        self._digest = hashlib.sha256(secret.encode()).digest()
        self._key = hmac.new(secret.encode(), b"newsbot web session cookie v1", hashlib.sha256).digest()

    def token_ok(self, candidate: str) -> bool:
        if not self.required:
            return True
        given = hashlib.sha256(candidate.strip().encode()).digest()
        return hmac.compare_digest(given, self._digest)

    def bearer_ok(self, authorization: str | None) -> bool:
        if not authorization:
            return False
        scheme, _, value = authorization.partition(" ")
        return scheme.lower() == "bearer" and bool(value.strip()) and self.token_ok(value)

    def _mac(self, expires: int) -> str:
        return hmac.new(self._key, str(expires).encode(), hashlib.sha256).hexdigest()

    def session_cookie(self, now: float | None = None) -> str:
        expires = int((time.time() if now is None else now) + COOKIE_MAX_AGE)
        return f"{expires}.{self._mac(expires)}"

    def cookie_ok(self, value: str | None, now: float | None = None) -> bool:
        if not self.required or not value:
            return False
        expires_text, _, mac = value.partition(".")
        if not expires_text.isdigit() or len(expires_text) > 12:
            return False
        expires = int(expires_text)
        if expires < (time.time() if now is None else now):
            return False
        return hmac.compare_digest(mac.encode(), self._mac(expires).encode())


def safe_next(target: str | None) -> str:
    """Where to go after logging in: a path on this site only (no scheme, host or '//' open redirect)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return "/"
    return target
