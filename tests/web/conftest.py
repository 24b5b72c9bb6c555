"""Shared fixtures for the status pages: a small corpus (the seeds plus generated documents, some
undated, one with a hostile link), a question history in a real SQLite store, and app clients.

The history is a real SQLite store, filled through the store interface."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer
from pydantic import SecretStr

from bot.service import Service
from bot.settings import Settings
from bot.store import ReloadRecord, SQLiteStore, Store
from bot.web import build_app
from bot.web.history import QuestionRecord
from retrieval import Engine, build_engine
from tests.conftest import ALIASES, SEEDS

TOKEN = "correct-horse-battery-staple-0123456789"
OUTLETS = ("Harbour Gazette", "Élan Quotidien", "The Valley Post")
GAP_TOPICS = (
    ("eurovision winner", "Who won Eurovision this year?", 9),
    ("colony mars", "When will the Mars colony open?", 5),
    ("bitcoin price", "What is the bitcoin price?", 2),
)
QUESTIONS = 130


def write_corpus(root: Path) -> None:
    """The seeds and 120 generated articles: 3 outlets (one accented), every 10th undated, one without
    an outlet, one whose link is a javascript: URL."""
    shutil.copytree(SEEDS, root)
    dated, undated = [], []
    for i in range(120):
        day = date(2024, 1, 1) + timedelta(days=3 * i)
        record: dict[str, str] = {
            "id": f"gen-{i:03d}",
            "title": f"Harbour works report number {i:03d}" if i % 2 else f"Bridge council minutes {i:03d}",
            "text": f"The harbour council met on {day:%B} {day.day}, {day.year} to discuss item {i}. "
            f"Councillors approved {i + 3} new moorings for the east quay. The vote was close.",
            "source": OUTLETS[i % 3],
            "url": f"https://example.org/articles/{i}",
        }
        if i % 10:
            record["published"] = day.isoformat()
        else:  # words no dated article shares, so no date is inferred from a similar one
            record["title"] = f"Quilting guild notes {i:03d}"
            record["text"] = f"Quilters stitched {i} indigo patchworks. Embroidery circles admired lacework."
        if i == 7:
            del record["source"]
        if i == 11:
            record["url"] = "javascript:alert(1)"
        (dated if "published" in record else undated).append(json.dumps(record))
    # undated articles in a file of their own (they read the same beside dated ones: no date is inferred)
    (root / "generated.jsonl").write_text("\n".join(dated) + "\n", encoding="utf-8")
    (root / "undated.jsonl").write_text("\n".join(undated) + "\n", encoding="utf-8")


@pytest.fixture(scope="session")
def web_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("web") / "corpus"
    write_corpus(root)
    return root


@pytest.fixture(scope="session")
def web_engine(web_corpus: Path) -> Engine:
    return build_engine(web_corpus, aliases=ALIASES)


async def fill_history(store: Store, now: datetime | None = None, version: str = "v1") -> None:
    """130 questions over the last few days (ids 1..130, newest last): the gap topics declined, the
    rest answered; votes on some, with reasons; two reloads, the good one to ``version``."""
    now = now or datetime.now(UTC)
    declined: list[tuple[str, str]] = []
    for key, text, n in GAP_TOPICS:
        declined.extend([(key, text)] * n)
    for i in range(QUESTIONS):
        at = now - timedelta(minutes=50 * (QUESTIONS - i))
        if i % 8 == 0 and declined:
            key, text = declined.pop(0)
            rec = QuestionRecord(
                at=at,
                question=f"{text} (#{i})",
                answer_id=f"a{i}",
                answer="That is not in the coverage.",
                abstained=True,
                cached=False,
                looked_for=key.split(),
                gap_key=key,
                corpus_version="v1",
                user_id=4000 + i,
                source="discord",
            )
        else:
            rec = QuestionRecord(
                at=at,
                question=f"What did the harbour council approve? (#{i})",
                answer_id=f"a{i}",
                answer=f"Councillors approved {i} new moorings for the east quay. [1]" * (5 if i == 1 else 1),
                abstained=False,
                cached=i % 5 == 0,
                looked_for=["harbour", "council"],
                gap_key="council harbour",
                corpus_version="v1",
                user_id=4000 + i,
                source="discord",
            )
        await store.record_question(rec)
    # oldest vote first: the feedback list shows a8, a3, a10, a17 (a4's is a 👍)
    for answer_id, vote, reason in (
        ("a17", -1, None),
        ("a10", -1, "outdated"),
        ("a3", -1, "wrong_quote"),
        ("a4", 1, None),
        ("a8", -1, "not_answered"),
    ):
        await store.vote(answer_id, 9, vote, reason)  # type: ignore[arg-type]
    for ok in (True, False):
        await store.record_reload(
            ReloadRecord(
                by="cli" if ok else "1234", at=now - timedelta(hours=2 if ok else 1), version_before="v0",
                version_after=version if ok else None, documents=125, sentences=400, problems=[], ok=ok,
                error=None if ok else "RuntimeError: the new corpus has no readable documents",
                seconds=75.4 if ok else 0.25,
            )
        )  # fmt: skip


@asynccontextmanager
async def reads_fail(path: Path) -> AsyncIterator[None]:
    """Every read of the store at ``path`` fails for real: its tables are renamed away meanwhile."""
    con = sqlite3.connect(path, isolation_level=None)
    tables = ("cache", "reloads", "votes", "questions")
    try:
        for t in tables:
            con.execute(f"ALTER TABLE {t} RENAME TO {t}_away")
        yield
    finally:
        for t in tables:
            con.execute(f"ALTER TABLE {t}_away RENAME TO {t}")
        con.close()


@pytest.fixture
async def history_store(tmp_path: Path) -> AsyncIterator[SQLiteStore]:
    store = await SQLiteStore.open(tmp_path / "history.db")
    await fill_history(store)
    yield store
    await store.close()


@pytest.fixture
def make_service(tmp_path: Path, web_corpus: Path, web_engine: Engine) -> Callable[..., Service]:
    def make(store: Store | None) -> Service:
        settings = Settings(corpus=web_corpus, db=tmp_path / "newsbot.db")
        return Service(settings, web_engine, store)

    return make


@pytest.fixture
def web_service(make_service: Callable[..., Service], history_store: SQLiteStore) -> Service:
    return make_service(history_store)


@asynccontextmanager
async def serve(service: Service, token: str | None = None) -> AsyncIterator[TestClient[object, object]]:
    app = build_app(service, SecretStr(token) if token else None)
    async with TestClient(TestServer(app, host="127.0.0.1")) as client:
        yield client


@pytest.fixture
async def client(web_service: Service) -> AsyncIterator[TestClient[object, object]]:
    async with serve(web_service) as c:
        yield c


@pytest.fixture
async def gated(web_service: Service) -> AsyncIterator[TestClient[object, object]]:
    async with serve(web_service, TOKEN) as c:
        yield c


@pytest.fixture
def artifacts() -> Iterator[Path]:
    path = Path(__file__).resolve().parents[2] / "test-artifacts" / "web"
    path.mkdir(parents=True, exist_ok=True)
    yield path
