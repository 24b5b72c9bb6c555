"""What coordinating reloads needs from a shared database, whichever it is: a lock only one process
holds while it reloads, the newest successful reload on record, and a way to wait for the next one."""

from __future__ import annotations

from datetime import datetime
from typing import Literal, Protocol

from pydantic import BaseModel, ConfigDict

#: what trying the reload lock found: it is ours now, another process holds it, or it cannot be had
#: (the database is unreachable: the reload goes ahead here alone, and says so)
LockState = Literal["held", "busy", "unavailable"]


class Lock(BaseModel):
    model_config = ConfigDict(frozen=True)

    state: LockState
    holder: str | None = None  # who holds it, when busy (as they said when taking it)
    since: datetime | None = None
    reason: str | None = None  # why it could not be had, when unavailable


class Announcement(BaseModel):
    """The newest successful reload on record: every process should serve its corpus version."""

    model_config = ConfigDict(frozen=True)

    id: int
    version: str
    by: str


class Backend(Protocol):
    """One shared database's side of coordination (PostgreSQL, or a SQLite file on one machine)."""

    async def try_lock(self, holder: str) -> Lock:
        """Take the reload lock without waiting; it is released by :meth:`unlock`, or when this
        process dies."""
        ...

    async def unlock(self) -> None: ...

    async def latest(self) -> Announcement | None:
        """The newest successful reload on record, or None (raises on a fault)."""
        ...

    async def wait(self, seconds: float) -> None:
        """Until a reload may have been announced, or ``seconds`` have passed."""
        ...

    async def close(self) -> None: ...
