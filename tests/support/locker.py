"""Another process holding a SQLite file's write lock, for the tests of what the store does meanwhile."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

#: takes the lock, writes a row of its own (kept after it commits), says "locked" and waits for a line
LOCKER = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN EXCLUSIVE")
con.execute("INSERT INTO votes (answer_id, user_id, vote, at) VALUES ('locker', 1, 1, 0)")
print("locked", flush=True)
sys.stdin.readline()
con.execute("COMMIT")
con.close()
"""


@asynccontextmanager
async def locked_by_another_process(db: Path) -> AsyncIterator[None]:
    """``db`` write-locked by a real second process for the block; committed and released after it."""
    locker = await asyncio.create_subprocess_exec(
        sys.executable, "-c", LOCKER, str(db), stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE
    )
    assert locker.stdin is not None and locker.stdout is not None
    try:
        assert await locker.stdout.readline() == b"locked\n"
        yield
    finally:
        locker.stdin.write(b"go\n")
        await locker.stdin.drain()
        assert await locker.wait() == 0
