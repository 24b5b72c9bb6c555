"""One opener at a time per directory: the lock taken while a database file is inspected, created and
migrated.

Without it, two processes starting together on a new file race: one sees the other's database
half-made (tables already there, the application id not yet readable, or the journal mode being
switched) and either takes it for a foreign database and moves the live file aside, or fails with
"database is locked" and runs without a store. The lock is ``flock`` on the database's directory, so
no lock file is left lying about and a read-only directory can still be locked. It is held only while
opening (connections in use do not take it) and never waited on forever: past ``wait_s`` the opener
goes ahead unlocked, as it did before there was a lock.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import os
import time
from collections.abc import AsyncIterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: opening is not serialised
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

#: how often a waiting opener tries the lock again (never blocking a thread, never the event loop)
_POLL_S = 0.01


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False
        raise
    return True


def _open_dir(path: Path) -> int | None:
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return os.open(path.parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None


@contextlib.asynccontextmanager
async def opening_lock(path: Path, wait_s: float) -> AsyncIterator[bool]:
    """Hold the opening lock of ``path``'s directory for the block; yields whether it was taken."""
    if fcntl is None:
        yield False
        return
    fd = await asyncio.to_thread(_open_dir, path)
    if fd is None:
        yield False  # the directory cannot be opened: opening will say why
        return
    try:
        deadline = time.monotonic() + wait_s
        try:
            while not (locked := _try_lock(fd)):
                if time.monotonic() >= deadline:
                    log.warning("%s: another process is still opening it; going ahead", path)
                    break
                await asyncio.sleep(_POLL_S)
        except OSError as exc:  # a file system without flock
            log.info("%s: no opening lock (%s)", path, exc)
            locked = False
        yield locked
    finally:
        os.close(fd)  # closing the descriptor releases the lock
