"""The status pages in a real browser: Debian's headless Chromium, driven by Selenium through Debian's
chromedriver (no browser download), against the app served on a free loopback port from a thread of
this process. Every page is loaded, search, sorting and filters are used, the token gate is walked
through, the browser's console must stay free of errors (a CSP violation is one), and a screenshot of
each step is saved under test-artifacts/web/.

``make test`` installs chromium and chromium-driver when missing; without them these tests skip
locally and fail in CI."""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr

from bot.service import Service
from bot.settings import Settings
from bot.store import SQLiteStore
from bot.web import start_web
from retrieval import Engine
from tests.web.conftest import TOKEN, fill_history

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
    if os.environ.get("CI"):
        pytest.fail("chromium and chromium-driver are missing (make test installs them)", pytrace=False)
    pytest.skip(
        "needs Debian's chromium and chromium-driver (make test installs them)", allow_module_level=True
    )

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import WebDriverException  # noqa: E402
from selenium.webdriver.chrome.service import Service as DriverService  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.remote.webelement import WebElement  # noqa: E402
from selenium.webdriver.support.wait import WebDriverWait  # noqa: E402


class ServedApp:
    """The web app on its own event loop in a thread, so the blocking WebDriver calls of the test
    cannot stall it. The service is built inside that loop, as ``newsbot web`` builds it."""

    def __init__(self, engine: Engine, corpus: Path, db: Path, token: str | None) -> None:
        self._engine, self._corpus, self._db, self._token = engine, corpus, db, token
        self._ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self.port = 0
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=lambda: asyncio.run(self._serve()), name="web-test-server")

    async def _serve(self) -> None:
        try:
            self._loop = asyncio.get_running_loop()
            self._stop = asyncio.Event()
            store = await SQLiteStore.open(self._db)
            await fill_history(store, version=self._engine.version)
            service = Service(Settings(corpus=self._corpus, db=self._db), self._engine, store)
            runner = await start_web(service, "127.0.0.1", 0, SecretStr(self._token) if self._token else None)
            self.port = runner.addresses[0][1]
        except BaseException as exc:
            self.error = exc
            self._ready.set()
            raise
        self._ready.set()
        try:
            await self._stop.wait()
        finally:
            await runner.cleanup()
            await service.close()

    def __enter__(self) -> ServedApp:
        self._thread.start()
        assert self._ready.wait(60), "the web app did not start"
        if self.error is not None:
            raise self.error
        return self

    def __exit__(self, *exc: object) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(30)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    profile = tempfile.mkdtemp(prefix="newsbot-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must not look for a browser or driver online
    driver = webdriver.Chrome(options=options, service=DriverService(executable_path=str(CHROMEDRIVER)))
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def module_tmp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("browser")


@pytest.fixture(scope="module")
def open_app(web_engine: Engine, web_corpus: Path, module_tmp: Path) -> Iterator[ServedApp]:
    with ServedApp(web_engine, web_corpus, module_tmp / "open.db", None) as app:
        yield app


@pytest.fixture(scope="module")
def gated_app(web_engine: Engine, web_corpus: Path, module_tmp: Path) -> Iterator[ServedApp]:
    with ServedApp(web_engine, web_corpus, module_tmp / "gated.db", TOKEN) as app:
        yield app


@pytest.fixture
def shot(browser: WebDriver, artifacts: Path) -> Callable[[str], Path]:
    def save(name: str) -> Path:
        path = artifacts / f"{name}.png"
        browser.save_screenshot(str(path))
        return path

    return save


def console_errors(browser: WebDriver) -> list[str]:
    """Console messages at error level since the last call: CSP violations, failed loads, script errors."""
    return [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def load(browser: WebDriver, url: str) -> None:
    browser.get(url)
    errors = console_errors(browser)
    assert not errors, errors


def navigate(browser: WebDriver, action: Callable[[], None]) -> None:
    """Click or submit, then wait until the next page has replaced this one."""
    old = browser.find_element(By.TAG_NAME, "html")
    action()

    def replaced(_: WebDriver) -> bool:
        # chromedriver reports an element of the previous document as stale, or, when asked while the
        # next one is loading, as "Node ... does not belong to the document": both mean it was replaced
        try:
            old.is_enabled()
        except WebDriverException:
            return True
        return False

    WebDriverWait(browser, 30).until(replaced)
    WebDriverWait(browser, 30).until(lambda b: b.execute_script("return document.readyState") == "complete")


def click(browser: WebDriver, by: str, what: str) -> None:
    navigate(browser, browser.find_element(by, what).click)


def submit(browser: WebDriver, field: WebElement, text: str) -> None:
    field.send_keys(text)
    navigate(browser, field.submit)


def heading(browser: WebDriver) -> str:
    return str(browser.find_element(By.TAG_NAME, "h1").text)


def test_every_page_loads_with_its_content_and_no_console_error(
    browser: WebDriver, open_app: ServedApp, shot: Callable[[str], Path]
) -> None:
    pages = [
        ("/", "Overview", "overview", "Harbour Gazette"),
        ("/sources", "Sources", "sources", "125 documents."),
        ("/questions", "Questions", "questions", "What did the harbour council approve?"),
        ("/gaps", "Coverage gaps", "gaps", "eurovision winner"),
        ("/timeline?topic=harbour+council", "Timeline", "timeline", "events from"),
    ]
    for path, title, name, text in pages:
        load(browser, open_app.url(path))
        assert heading(browser) == title
        assert text in browser.find_element(By.TAG_NAME, "main").text, path
        css = browser.execute_script(
            "return getComputedStyle(document.querySelector('header.top')).backgroundColor"
        )
        assert css == "rgb(23, 50, 77)", "the stylesheet did not apply"
        assert shot(name).stat().st_size > 5000


def test_the_timeline_chart_image_loads(browser: WebDriver, open_app: ServedApp) -> None:
    load(browser, open_app.url("/timeline?topic=harbour+council"))
    img = browser.find_element(By.CSS_SELECTOR, "figure.chart img")
    size = browser.execute_script("return [arguments[0].complete, arguments[0].naturalWidth]", img)
    assert size == [True, 800]


def test_sources_search_sort_and_paging(
    browser: WebDriver, open_app: ServedApp, shot: Callable[[str], Path]
) -> None:
    load(browser, open_app.url("/sources"))
    submit(browser, browser.find_element(By.ID, "q"), "quilting")
    assert "12 of 125 documents match" in browser.find_element(By.ID, "count").text
    cells = browser.find_elements(By.CSS_SELECTOR, "#sources td.date")
    assert len(cells) == 12 and all(c.text == "date unknown" for c in cells)
    click(browser, By.LINK_TEXT, "Title")
    titles = [
        t.text.splitlines()[0]
        for t in browser.find_elements(By.CSS_SELECTOR, "#sources tbody td:first-child")
    ]
    assert titles == sorted(titles)
    click(browser, By.PARTIAL_LINK_TEXT, "Title")  # again: the other way round
    again = [
        t.text.splitlines()[0]
        for t in browser.find_elements(By.CSS_SELECTOR, "#sources tbody td:first-child")
    ]
    assert again == sorted(titles, reverse=True)
    shot("sources-search")
    click(browser, By.LINK_TEXT, "clear")
    click(browser, By.PARTIAL_LINK_TEXT, "Next")
    assert "page 2 of 3" in browser.find_element(By.CSS_SELECTOR, "nav.pager").text
    assert not console_errors(browser)


def test_question_filters_and_older_pages(
    browser: WebDriver, open_app: ServedApp, shot: Callable[[str], Path]
) -> None:
    load(browser, open_app.url("/questions"))
    click(browser, By.LINK_TEXT, "Declined")
    rows = browser.find_elements(By.CSS_SELECTOR, "#questions tbody tr")
    assert len(rows) == 16 and all(r.get_attribute("class") == "declined" for r in rows)
    colour = browser.execute_script("return getComputedStyle(arguments[0]).backgroundColor", rows[0])
    assert colour == "rgb(253, 236, 234)", "declined questions are highlighted"
    shot("questions-declined")
    click(browser, By.LINK_TEXT, "Voted down")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#questions tbody tr")) == 4
    click(browser, By.LINK_TEXT, "All")
    submit(browser, browser.find_element(By.ID, "q"), "eurovision")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#questions tbody tr")) == 9
    click(browser, By.LINK_TEXT, "clear")
    click(browser, By.PARTIAL_LINK_TEXT, "Older")
    assert "before=" in browser.current_url
    assert len(browser.find_elements(By.CSS_SELECTOR, "#questions tbody tr")) == 50
    click(browser, By.PARTIAL_LINK_TEXT, "Newest")
    assert "before=" not in browser.current_url
    assert not console_errors(browser)


def test_gaps_period_filter(browser: WebDriver, open_app: ServedApp) -> None:
    load(browser, open_app.url("/gaps"))
    click(browser, By.LINK_TEXT, "All time")
    first = browser.find_element(By.CSS_SELECTOR, "#gaps tbody tr").text
    assert first.startswith("eurovision winner 9")


def test_timeline_form(browser: WebDriver, open_app: ServedApp) -> None:
    load(browser, open_app.url("/timeline"))
    submit(browser, browser.find_element(By.ID, "topic"), "harbour council")
    assert browser.find_elements(By.CSS_SELECTOR, "#events tbody tr")
    assert "topic=harbour+council" in browser.current_url


def test_token_gate_login_and_sign_out(
    browser: WebDriver, gated_app: ServedApp, shot: Callable[[str], Path]
) -> None:
    browser.delete_all_cookies()
    browser.get(gated_app.url("/questions?show=declined"))
    assert heading(browser) == "Sign in" and "/login?next=" in browser.current_url
    assert "Eurovision" not in browser.page_source
    shot("login")
    submit(browser, browser.find_element(By.ID, "token"), "not the token")
    assert [e for e in console_errors(browser) if "401" not in e] == []  # the refusal's own status
    assert "That token is not right." in browser.page_source and "Eurovision" not in browser.page_source
    submit(browser, browser.find_element(By.ID, "token"), TOKEN)
    assert heading(browser) == "Questions" and "show=declined" in browser.current_url
    assert "Eurovision" in browser.page_source
    assert browser.execute_script("return document.cookie") == "", "the session cookie is HttpOnly"
    cookie = browser.get_cookie("newsbot_web")
    assert cookie is not None and cookie["httpOnly"] and cookie["sameSite"] == "Strict"
    assert TOKEN not in cookie["value"]
    load(browser, gated_app.url("/gaps"))
    assert heading(browser) == "Coverage gaps"
    click(browser, By.CSS_SELECTOR, "form.signout button")
    assert heading(browser) == "Sign in"
    browser.get(gated_app.url("/"))
    assert heading(browser) == "Sign in"
    assert not console_errors(browser)
