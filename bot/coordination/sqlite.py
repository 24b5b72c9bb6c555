"""Coordination through a SQLite file shared by processes on one machine: the reload lock is an
``flock`` on ``<db>.reload-lock`` (released by the kernel if the process dies, so a crash never leaves
it taken), and reloads are found by polling the ``reloads`` table."""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import json
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from bot.coordination.base import Announcement, Lock


class SQLiteCoordination:
    def __init__(self, db: Path) -> None:
        self.db = db
        self.lock_path = db.with_name(db.name + ".reload-lock")
        self._fd: int | None = None

    async def try_lock(self, holder: str) -> Lock:
        return await asyncio.to_thread(self._try_lock, holder)

    def _try_lock(self, holder: str) -> Lock:
        try:
            fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            return Lock(state="unavailable", reason=f"cannot open {self.lock_path}: {exc.strerror}")
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            busy = self._holder(fd)
            os.close(fd)
            return busy
        except OSError as exc:
            os.close(fd)
            return Lock(state="unavailable", reason=f"cannot lock {self.lock_path}: {exc.strerror}")
        note = json.dumps({"holder": holder, "since": datetime.now(UTC).isoformat(), "pid": os.getpid()})
        os.ftruncate(fd, 0)
        os.pwrite(fd, note.encode(), 0)
        self._fd = fd
        return Lock(state="held", holder=holder)

    @staticmethod
    def _holder(fd: int) -> Lock:
        try:
            note = json.loads(os.pread(fd, 4096, 0) or b"{}")
            since = datetime.fromisoformat(note["since"]) if note.get("since") else None
            return Lock(state="busy", holder=str(note.get("holder") or "another process"), since=since)
        except (OSError, ValueError, KeyError):
            return Lock(state="busy", holder="another process")

    async def unlock(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            await asyncio.to_thread(os.close, fd)  # closing the descriptor releases the flock

    async def latest(self) -> Announcement | None:
        return await asyncio.to_thread(self._latest)

    def _latest(self) -> Announcement | None:
        if not self.db.exists():
            return None
        con = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=2)
        try:
            row = con.execute(
                """SELECT id, version_after, by FROM reloads WHERE ok AND version_after IS NOT NULL
                   ORDER BY id DESC LIMIT 1"""
            ).fetchone()
        finally:
            con.close()
        return Announcement(id=row[0], version=row[1], by=row[2]) if row else None

    async def wait(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    async def close(self) -> None:
        with contextlib.suppress(OSError):
            await self.unlock()
