"""Who may see the status pages, and the headers every response carries."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient
from pydantic import SecretStr

from bot.cli import main
from bot.service import Service
from bot.settings import SecretInFileError, Settings, load_settings
from bot.web.access import COOKIE, Gate, WebAccessError, check_bind, host_is_loopback, safe_next
from bot.web.server import run_web
from tests.web.conftest import TOKEN, serve

PAGES = ("/", "/sources", "/questions", "/gaps", "/timeline?topic=harbour", "/timeline.png?topic=harbour")
PRIVATE = ("harbour council approve", "Eurovision", "4129", "Harbour Gazette", "not in the coverage")


# ---------------------------------------------------------------------------- binding


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.5", "10.0.0.2", "example.com", ""])
def test_refuses_a_non_loopback_address_without_a_token(host: str) -> None:
    with pytest.raises(WebAccessError, match="NEWSBOT_WEB_TOKEN"):
        check_bind(host, None)
    with pytest.raises(WebAccessError):
        check_bind(host, SecretStr("   "))  # a blank token is no token


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "[::1]", "localhost"])
def test_serves_loopback_without_a_token(host: str) -> None:
    check_bind(host, None)


def test_serves_any_address_with_a_token() -> None:
    check_bind("0.0.0.0", SecretStr(TOKEN))


async def test_run_web_refuses_before_loading_anything(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = Settings(corpus=tmp_path / "no-such-corpus", db=tmp_path / "x.db")
    assert await run_web(settings, "0.0.0.0", 8080) == 2
    assert "refusing to serve" in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()


def test_cli_web_on_a_public_address_without_a_token_exits_2(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(Path(__file__).resolve().parents[2])
    with pytest.raises(SystemExit) as exc:
        main(["--db", "/nonexistent/never-created.db", "web", "--host", "0.0.0.0", "--port", "1"])
    assert exc.value.code == 2
    assert "NEWSBOT_WEB_TOKEN" in capsys.readouterr().err


def test_cli_web_refuses_a_bad_port(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["web", "--port", "70000"])
    assert exc.value.code == 2


def test_web_token_comes_from_the_environment_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBOT_WEB_TOKEN", TOKEN)
    settings = load_settings(None)
    assert settings.web_token is not None and settings.web_token.get_secret_value() == TOKEN
    assert TOKEN not in repr(settings) and TOKEN not in str(settings.model_dump())
    config = tmp_path / "newsbot.toml"
    config.write_text(f'web_token = "{TOKEN}"\n')
    with pytest.raises(SecretInFileError, match="NEWSBOT_WEB_TOKEN"):
        load_settings(config)


# ---------------------------------------------------------------------------- the gate


async def test_without_a_token_pages_answer_only_to_loopback_host_names(client: TestClient) -> None:  # type: ignore[type-arg]
    assert (await client.get("/", headers={"Host": "localhost:8080"})).status == 200
    rebound = await client.get("/questions", headers={"Host": "attacker.example"})
    assert rebound.status == 403
    assert "harbour" not in await rebound.text()


def test_loopback_host_header_parsing() -> None:
    assert (
        host_is_loopback("127.0.0.1:8080") and host_is_loopback("[::1]:80") and host_is_loopback("localhost")
    )
    assert not host_is_loopback("127.0.0.1.evil.example") and not host_is_loopback(None)
    assert not host_is_loopback("evil.example:127")


async def test_with_a_token_every_page_needs_it_and_shows_nothing_without(gated: TestClient) -> None:  # type: ignore[type-arg]
    for path in PAGES:
        response = await gated.get(path, allow_redirects=False)
        assert response.status == 303, path
        assert response.headers["Location"].startswith("/login?next=")
        body = await response.text()
        assert not any(p.lower() in body.lower() for p in PRIVATE), path
        followed = await gated.get(path)
        login = await followed.text()
        assert followed.status == 200 and 'name="token"' in login
        assert not any(p.lower() in login.lower() for p in PRIVATE), path


async def test_a_wrong_bearer_token_is_refused_and_the_right_one_admitted(gated: TestClient) -> None:  # type: ignore[type-arg]
    for bad in ("Bearer nope", f"Bearer {TOKEN}x", f"Basic {TOKEN}", "Bearer ", TOKEN):
        response = await gated.get("/questions", headers={"Authorization": bad}, allow_redirects=False)
        assert response.status == 401, bad
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
        assert "harbour" not in await response.text()
    ok = await gated.get("/questions", headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status == 200 and "harbour council approve" in await ok.text()
    assert "Sign out" not in await ok.text()  # a bearer client has no session to end


async def test_login_sets_a_signed_httponly_strict_cookie_without_the_token(gated: TestClient) -> None:  # type: ignore[type-arg]
    wrong = await gated.post("/login", data={"token": "guess", "next": "/gaps"}, allow_redirects=False)
    assert wrong.status == 401 and "That token is not right." in await wrong.text()
    assert COOKIE not in wrong.cookies
    right = await gated.post("/login", data={"token": TOKEN, "next": "/gaps"}, allow_redirects=False)
    assert right.status == 303 and right.headers["Location"] == "/gaps"
    header = right.headers["Set-Cookie"]
    assert "HttpOnly" in header and "SameSite=Strict" in header and "Path=/" in header
    assert TOKEN not in header and re.search(rf"{COOKIE}=\d+\.[0-9a-f]{{64}};", header)
    html = await (await gated.get("/gaps")).text()
    assert "eurovision winner" in html and "Sign out" in html
    out = await gated.post("/logout", allow_redirects=False)
    assert out.status == 303
    assert (await gated.get("/gaps", allow_redirects=False)).status == 303


async def test_a_forged_or_expired_cookie_is_refused(gated: TestClient) -> None:  # type: ignore[type-arg]
    gate = Gate(SecretStr(TOKEN))
    other = Gate(SecretStr("another-token-entirely-0000"))
    expired = gate.session_cookie(now=0)
    for value in (other.session_cookie(), expired, "9999999999.abc", "garbage", TOKEN):
        gated.session.cookie_jar.clear()
        response = await gated.get("/", cookies={COOKIE: value}, allow_redirects=False)
        assert response.status == 303, value
    assert gate.cookie_ok(gate.session_cookie())


async def test_login_refuses_a_cross_site_form_and_open_redirects(gated: TestClient) -> None:  # type: ignore[type-arg]
    for headers in (
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        {"Sec-Fetch-Site": "cross-site", "Origin": "null"},
        {"Sec-Fetch-Site": "same-site"},
    ):
        cross = await gated.post("/login", data={"token": TOKEN}, headers=headers, allow_redirects=False)
        assert cross.status == 403 and COOKIE not in cross.cookies, headers
    own = await gated.post(
        "/login", data={"token": TOKEN}, headers={"Sec-Fetch-Site": "same-origin"}, allow_redirects=False
    )
    assert own.status == 303 and COOKIE in own.cookies
    for target in ("https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)"):
        response = await gated.post("/login", data={"token": TOKEN, "next": target}, allow_redirects=False)
        assert response.headers["Location"] == "/", target
    assert safe_next("/sources?q=a") == "/sources?q=a"


async def test_login_page_is_skipped_without_a_token(client: TestClient) -> None:  # type: ignore[type-arg]
    response = await client.get("/login?next=/gaps", allow_redirects=False)
    assert response.status == 303 and response.headers["Location"] == "/gaps"


def test_token_comparison_uses_fixed_length_digests() -> None:
    gate = Gate(SecretStr(TOKEN))
    assert gate.token_ok(TOKEN) and gate.token_ok(f"  {TOKEN}\n")
    assert not gate.token_ok(TOKEN[:-1]) and not gate.token_ok("")
    assert gate.bearer_ok(f"bearer {TOKEN}") and not gate.bearer_ok(None)


# ---------------------------------------------------------------------------- headers and methods


@pytest.mark.parametrize("path", ["/", "/sources?sort=nope", "/no-such-page", "/static/style.css", "/login"])
async def test_security_headers_on_every_response(gated: TestClient, path: str) -> None:  # type: ignore[type-arg]
    response = await gated.get(path, allow_redirects=False)
    csp = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp and "default-src 'none'" in csp and "unsafe-inline" not in csp
    assert "script-src" not in csp  # no script at all: default-src 'none' covers it
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    if not path.startswith("/static/"):
        assert response.headers["Cache-Control"] == "no-store"


async def test_pages_carry_no_script_and_no_inline_style(client: TestClient) -> None:  # type: ignore[type-arg]
    for path in PAGES[:-1]:
        html = await (await client.get(path)).text()
        assert "<script" not in html and " style=" not in html and "<style" not in html, path
        assert not re.search(r"\son[a-z]+=", html), path  # no event handler attributes


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
async def test_pages_are_read_only(client: TestClient, method: str) -> None:  # type: ignore[type-arg]
    for path in ("/", "/sources", "/questions", "/gaps", "/timeline"):
        assert (await client.request(method, path)).status == 405


async def test_server_errors_show_no_traceback(web_service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    async def boom(*args: object) -> object:
        raise RuntimeError("secret internals")

    monkeypatch.setattr("bot.web.data.overview", boom)
    async with serve(web_service) as client:
        response = await client.get("/")
        body = await response.text()
        assert response.status == 500 and "secret internals" not in body and "Traceback" not in body
        assert response.headers["X-Frame-Options"] == "DENY"


async def test_sources_index_is_built_once_per_version(web_service: Service) -> None:
    async with serve(web_service) as client:
        from bot.web.app import CONTEXT

        cache = client.app[CONTEXT].sources  # type: ignore[index]
        await asyncio.gather(*(client.get("/sources") for _ in range(5)))
        first = await cache.get(web_service.engine)
        await client.get("/sources?q=harbour")
        assert await cache.get(web_service.engine) is first
