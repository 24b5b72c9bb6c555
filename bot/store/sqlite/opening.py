"""Opening the SQLite file: inspecting what is on disk, setting aside a file we must not use, connecting,
migrating, and proving we may write — before any operation can touch it.

A file we cannot trust is set aside, never overwritten or deleted: a corrupt file or a foreign SQLite
database is renamed to ``<name>.corrupt-<UTC timestamp>`` / ``<name>.foreign-<UTC timestamp>`` (with its
``-wal``/``-shm`` companions) and a fresh database is created. A file written by a *newer* build of the
bot is left exactly as it is and no connection is returned: it is our own data, a downgrade must not
destroy it, and migrating backwards is not possible. A read-only file or directory gives no connection
either. Nothing here raises for a bad file: what happened is returned as notes for ``problems``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sqlite3
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import aiosqlite

from bot.store.base import UNAVAILABLE
from bot.store.sqlite.openlock import opening_lock
from bot.store.sqlite.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, SQLITE_HEADER

log = logging.getLogger(__name__)


Verdict = Literal["missing", "empty", "ours", "newer", "corrupt", "foreign", "unusable"]


def sqlite_code(exc: sqlite3.Error) -> int:
    """The primary SQLite result code (Python 3.11 exposes the extended one)."""
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def why(exc: sqlite3.Error) -> str:
    """Say what an operator can act on; SQLite's own words follow in brackets."""
    code = sqlite_code(exc)
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM):
        return f"the file or its directory is read-only or inaccessible ({exc})"
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return f"another process holds a lock on it ({exc})"
    return str(exc)


async def scalar(db: aiosqlite.Connection, sql: str, params: Iterable[Any] = ()) -> Any:
    """The first column of the first row, or None."""
    rows = list(await db.execute_fetchall(sql, tuple(params)))
    return rows[0][0] if rows else None


@dataclass(frozen=True)
class Inspection:
    verdict: Verdict
    detail: str = ""


@dataclass
class Opened:
    """What opening produced: a ready connection (None when the file cannot be used), the file's
    identity (to notice it being deleted or replaced later), and notes for ``problems``."""

    db: aiosqlite.Connection | None = None
    ident: tuple[int, int] | None = None
    notes: list[str] = field(default_factory=list)

    def note(self, message: str) -> None:
        log.warning("%s", message)
        self.notes.append(message)

    def unavailable(self, message: str) -> Opened:
        self.note(f"{message}; {UNAVAILABLE}")
        return self


async def open_database(path: Path, *, busy_timeout_ms: int, max_pages: int | None) -> Opened:
    """Open (creating, migrating or setting aside as needed) the database at ``path``. Never raises
    for a bad file: the result carries no connection and says why."""
    async with opening_lock(path, wait_s=max(10.0, 5 * busy_timeout_ms / 1000)):
        return await _open_locked(path, busy_timeout_ms=busy_timeout_ms, max_pages=max_pages)


async def _open_locked(path: Path, *, busy_timeout_ms: int, max_pages: int | None) -> Opened:
    opened = Opened()
    seen = await asyncio.to_thread(inspect_file, path)
    if seen is None:
        seen = await inspect_database(path, busy_timeout_ms)
    if seen.verdict in ("corrupt", "foreign"):
        if not await asyncio.to_thread(set_aside, path, seen, opened):
            return opened
    elif seen.verdict == "newer":
        return opened.unavailable(
            f"{path} was written by a newer newsbot (schema {seen.detail}, this build knows up to "
            f"{SCHEMA_VERSION}); it is left untouched (upgrade newsbot, or point --db at another file)"
        )
    elif seen.verdict == "unusable":
        return opened.unavailable(f"cannot use {path}: {seen.detail}")
    await connect(path, opened, busy_timeout_ms=busy_timeout_ms, max_pages=max_pages)
    return opened


def inspect_file(path: Path) -> Inspection | None:
    """What the bytes on disk say (blocking file calls, so run in a thread); None = ask SQLite."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        # "--db notes.txt/x.db": said plainly, not "cannot create its directory (File exists)"
        blocking = next((p for p in path.parents if p.exists() and not p.is_dir()), path.parent)
        return Inspection("unusable", f"{blocking} is a file, not a folder the database could be in")
    except OSError as exc:
        return Inspection("unusable", f"cannot create its directory ({exc.strerror})")
    try:
        st = path.stat()
    except FileNotFoundError:
        return Inspection("missing")
    except OSError as exc:
        return Inspection("unusable", exc.strerror or str(exc))
    if not path.is_file():
        return Inspection("unusable", "it is not a regular file")
    if st.st_size == 0:
        return Inspection("empty")  # SQLite itself treats an empty file as an empty database
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        return Inspection("unusable", f"cannot read it ({exc.strerror})")
    if header != SQLITE_HEADER:
        return Inspection("corrupt", "it is not an SQLite database (file is not a database)")
    return None


async def inspect_database(path: Path, busy_timeout_ms: int) -> Inspection:
    """Ours, foreign, newer or corrupt — asked through a read-only connection, so never written, and
    in one read transaction: read statement by statement, a database another process is creating
    could show its tables without its application id yet, and pass for a foreign one.

    (SQLite may leave an empty ``-wal``/``-shm`` beside a WAL file it opened read-only; they are
    left alone on purpose: deleting a ``-shm`` another process has mapped can corrupt its view.)"""
    absolute = await asyncio.to_thread(path.absolute)
    uri = f"file:{urllib.parse.quote(str(absolute))}?mode=ro"
    try:
        async with aiosqlite.connect(
            uri, uri=True, timeout=busy_timeout_ms / 1000, isolation_level=None
        ) as probe:
            await probe.execute("BEGIN")
            tables = [r[0] for r in await probe.execute_fetchall("SELECT name FROM sqlite_master")]
            app_id = await scalar(probe, "PRAGMA application_id")
            user_version = await scalar(probe, "PRAGMA user_version")
            check: list[str] = []
            if app_id == APPLICATION_ID:
                check = [str(r[0]) for r in await probe.execute_fetchall("PRAGMA quick_check")]
            await probe.execute("COMMIT")
    except sqlite3.Error as exc:
        if sqlite_code(exc) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            return Inspection("corrupt", str(exc))
        return Inspection("unusable", why(exc))
    if app_id == APPLICATION_ID:
        if check != ["ok"]:
            return Inspection("corrupt", f"integrity check failed: {'; '.join(check[:3])}")
        if user_version > SCHEMA_VERSION:
            return Inspection("newer", str(user_version))
        return Inspection("ours")
    if app_id == 0 and user_version == 0 and not tables:
        return Inspection("empty")
    shown = ", ".join(sorted(str(t) for t in tables)[:5]) or "none"
    return Inspection("foreign", f"application_id {app_id:#x}, tables: {shown}")


def set_aside(path: Path, seen: Inspection, opened: Opened) -> bool:
    """Rename a file we must not use out of the way (never delete: it may be someone's data)."""
    base = f"{path.name}.{seen.verdict}-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}"
    target = path.with_name(base)
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{base}-{n}")
    try:
        os.replace(path, target)
        for suffix in ("-wal", "-shm", "-journal"):
            side = Path(f"{path}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{target}{suffix}"))
    except OSError as exc:
        opened.unavailable(
            f"{path} is {seen.verdict} ({seen.detail}) and could not be moved aside ({exc.strerror})"
        )
        return False
    what = "corrupt" if seen.verdict == "corrupt" else "not a newsbot database"
    opened.note(f"{path} was {what} ({seen.detail}); moved it to {target} and started a fresh one")
    return True


async def connect(path: Path, opened: Opened, *, busy_timeout_ms: int, max_pages: int | None) -> None:
    """Connect in WAL mode, migrate, and prove with a rolled-back write that we may write here."""
    try:
        db = await aiosqlite.connect(path, isolation_level=None, timeout=busy_timeout_ms / 1000)
    except sqlite3.Error as exc:
        opened.unavailable(f"cannot open {path}: {why(exc)}")
        return
    try:
        await db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        mode = await scalar(db, "PRAGMA journal_mode = WAL")
        if str(mode).lower() != "wal":
            log.warning("%s: journal mode is %s, not WAL", path, mode)
        await db.execute("PRAGMA synchronous = NORMAL")
        # Unicode-aware lowering for searches of non-ASCII text (SQLite's own lower() is ASCII-only)
        await db.create_function("newsbot_lower", 1, _lower, deterministic=True)
        await migrate(db, path)
        # the one honest test that we may write here: a write statement, rolled back. (A bare
        # BEGIN IMMEDIATE succeeds on a read-only WAL file; only a real write reports READONLY.)
        await db.execute("BEGIN IMMEDIATE")
        try:
            await db.execute("DELETE FROM cache WHERE 0")
        finally:
            await db.execute("ROLLBACK")
        if max_pages is not None:
            await db.execute(f"PRAGMA max_page_count = {int(max_pages)}")
    except sqlite3.Error as exc:
        with contextlib.suppress(sqlite3.Error):
            await db.close()
        opened.unavailable(f"cannot use {path}: {why(exc)}")
        return
    opened.ident = await asyncio.to_thread(identity, path)
    opened.db = db


def identity(path: Path) -> tuple[int, int] | None:
    """The file's (device, inode): a different one later means it was deleted or replaced."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _lower(text: object) -> str | None:
    return text.lower() if isinstance(text, str) else None


async def migrate(db: aiosqlite.Connection, path: Path) -> None:
    """Apply the missing forward steps in one transaction, so a failure leaves the old schema."""
    if await scalar(db, "PRAGMA user_version") >= SCHEMA_VERSION:
        return
    await db.execute("BEGIN IMMEDIATE")
    try:
        # read again under the write lock: another process may have migrated meanwhile
        current = await scalar(db, "PRAGMA user_version")
        for step in MIGRATIONS:
            if step.version > current:
                for statement in step.statements:
                    await db.execute(statement)
        await db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        await db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        await db.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            await db.execute("ROLLBACK")
        raise
    if current:
        log.info("migrated %s from schema %d to %d", path, current, SCHEMA_VERSION)
