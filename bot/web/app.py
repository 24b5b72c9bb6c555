"""The aiohttp application: routes, the access gate, security headers, templates.

Read-only: every page is a GET. The only other routes are ``POST /login`` and ``POST /logout``, which
change nothing but the visitor's own session cookie (a login form posts so that the token never
appears in a URL, a log line or a Referer header). No script runs in the pages and the CSP forbids
any: no inline script or style, nothing from elsewhere, no framing.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import jinja2
from aiohttp import web
from pydantic import SecretStr

from bot.render.shared import counted, event_days, event_mark, source_groups
from bot.service import Service
from bot.sources_index import SourcesIndexCache
from bot.web.access import COOKIE, Gate, host_is_loopback
from bot.web.timeline import TimelineCache

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}
PUBLIC_PATHS = frozenset({"/login", "/logout"})  # and /static/: the stylesheet shows nothing private

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class WebContext:
    """Everything the handlers use, built once per app and passed in (no module globals)."""

    service: Service
    gate: Gate
    templates: jinja2.Environment
    sources: SourcesIndexCache
    timelines: TimelineCache


CONTEXT = web.AppKey("newsbot_web", WebContext)
#: how this request proved it may see the pages: "bearer", "cookie", or absent
SESSION = web.RequestKey("newsbot_session", str)


def context(request: web.Request) -> WebContext:
    return request.app[CONTEXT]


# ---------------------------------------------------------------------------- templates


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value is not None else ""


def _number(value: int | float) -> str:
    return f"{value:,}"


def _duration(seconds: float | None) -> str:
    """A reload's length as people read it: "0.4 s", "12 s", "3 min 5 s"; a dash when not kept."""
    if seconds is None:
        return "–"
    if seconds < 10:
        return f"{seconds:.1f} s"
    if seconds < 60:
        return f"{seconds:.0f} s"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest} s"


def _web_url(value: str | None) -> str | None:
    """A document's link only if it is an http(s) address: a corpus is not trusted to hold no
    ``javascript:`` or ``data:`` URL."""
    if not value:
        return None
    scheme = urlsplit(value.strip()).scheme.lower()
    return value.strip() if scheme in {"http", "https"} else None


def _link(path: str, **params: object) -> str:
    """A page address with its query, leaving out empty parameters."""
    pairs = [(k, str(v)) for k, v in params.items() if v not in (None, "", False)]
    return path + ("?" + urlencode(pairs) if pairs else "")


def make_templates() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=jinja2.select_autoescape(["html"]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["when"] = _when
    env.filters["number"] = _number
    env.filters["duration"] = _duration
    env.filters["web_url"] = _web_url
    # an event's days and what they are, worded once for every front end (a range "2026-04-03 to
    # 2026-04-07", "(background)", "(planned)"): the page said less than the text and Discord do
    env.filters["event_days"] = event_days
    env.filters["event_mark"] = event_mark
    # "1 event", and an event's reports as its source lines show them: a copy of an article in a second
    # file is one report, not two (``source_groups``)
    env.filters["counted"] = counted
    env.filters["reports"] = lambda citations: [c for _, c in source_groups(citations)]
    env.globals["link"] = _link
    return env


def render(request: web.Request, template: str, *, status: int = 200, **values: Any) -> web.Response:
    env = context(request).templates
    html = env.get_template(template).render(
        signed_in=request.get(SESSION) == "cookie", gated=context(request).gate.required, **values
    )
    return web.Response(text=html, content_type="text/html", charset="utf-8", status=status)


# ---------------------------------------------------------------------------- middlewares


@web.middleware
async def errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """An unexpected fault is logged and shown as a plain page, never as a traceback; an address that
    is no page gets a page in the site's style with its links, not the server's bare "404: Not Found"."""
    try:
        return await handler(request)
    except web.HTTPNotFound:
        return render(
            request,
            "error.html",
            status=404,
            title="No such page",
            nav="",  # the pages' links, none of them current
            message="There is no page at this address. The pages are listed above.",
        )
    except web.HTTPException:
        raise
    except Exception:
        log.exception("web: %s %s failed", request.method, request.path)
        return render(
            request,
            "error.html",
            status=500,
            title="Something went wrong",
            message="The page could not be built; the server log says why.",
        )


@web.middleware
async def loopback_host(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Without a token, answer only requests addressed to a loopback name (DNS-rebinding guard)."""
    if not context(request).gate.required and not host_is_loopback(request.headers.get("Host")):
        return web.Response(status=403, text="This page answers only at 127.0.0.1 or localhost.\n")
    return await handler(request)


@web.middleware
async def gate(request: web.Request, handler: Handler) -> web.StreamResponse:
    """With a token set, every page needs it (Bearer header or the session cookie)."""
    g = context(request).gate
    if not g.required or request.path in PUBLIC_PATHS or request.path.startswith("/static/"):
        return await handler(request)
    authorization = request.headers.get("Authorization")
    if g.bearer_ok(authorization):
        request[SESSION] = "bearer"
        return await handler(request)
    if g.cookie_ok(request.cookies.get(COOKIE)):
        request[SESSION] = "cookie"
        return await handler(request)
    if authorization is None and request.method in {"GET", "HEAD"}:
        raise web.HTTPSeeOther(_link("/login", next=request.path_qs))
    raise web.HTTPUnauthorized(
        text="A moderator token is needed.\n", headers={"WWW-Authenticate": 'Bearer realm="newsbot"'}
    )


async def security_headers(request: web.Request, response: web.StreamResponse) -> None:
    """On every response, errors and redirects included."""
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if request.path.startswith("/static/"):
        response.headers["Cache-Control"] = "no-cache"
    else:
        response.headers["Cache-Control"] = "no-store"


def same_origin(request: web.Request) -> bool:
    """A form post from this site itself. Browsers say where a request comes from in Sec-Fetch-Site;
    older ones only in Origin (which is "null" under this site's no-referrer policy, so then refused).
    A client that sends neither is no browser, and a forged post needs a browser to carry a victim."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site in {"same-origin", "none"}
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    parts = urlsplit(origin)
    return parts.scheme in {"http", "https"} and parts.netloc == request.headers.get("Host")


# ---------------------------------------------------------------------------- the app


async def _warm_sources(app: web.Application) -> AsyncIterator[None]:
    """Build the sources index as the app starts (seconds at 100k documents, in a worker thread), so
    the first moderator to open Overview or Sources does not wait for it."""
    ctx = app[CONTEXT]

    async def warm() -> None:
        try:
            await ctx.sources.get(ctx.service.engine)
        except Exception as exc:
            log.warning("web: could not index the sources: %s", exc)

    task = asyncio.create_task(warm(), name="web-sources-index")
    yield
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


def build_app(service: Service, token: SecretStr | None) -> web.Application:
    """The web app over a running service. ``token`` is NEWSBOT_WEB_TOKEN (None: loopback only; the
    caller checks the bind address with ``access.check_bind``)."""
    from bot.web import pages

    app = web.Application(middlewares=[errors, loopback_host, gate], client_max_size=64 * 1024)
    app[CONTEXT] = WebContext(
        service=service,
        gate=Gate(token),
        templates=make_templates(),
        sources=service.sources_index,
        timelines=TimelineCache(),
    )
    app.on_response_prepare.append(security_headers)
    app.cleanup_ctx.append(_warm_sources)
    pages.add_routes(app)
    app.router.add_static("/static/", HERE / "static", append_version=False)
    return app
