"""Coordinated reloads: a ``/reload`` in any process of a cluster reaches every process.

How it works, and why:

* **The reloads table is the truth.** A successful reload is recorded in the shared store, as every
  reload always was; each process watches for a newer successful record than the last it saw, and when
  that record's corpus version is not the one it serves, it reloads its own corpus (:meth:`Service.follow`:
  the same off-loop build and atomic swap as a ``/reload``, not recorded again, so a follower never
  re-announces). Afterwards every process serves the same version and ``/sources`` says so.
* **How a process hears of it:** on PostgreSQL a trigger on the reloads table sends ``NOTIFY`` and each
  process ``LISTEN``s, so it follows within moments; the table is also polled every
  ``reload_poll_seconds`` (a notification can be missed while a connection is down). On SQLite —
  processes sharing one file on one machine — polling is all there is.
* **One reload at a time across the cluster.** A ``/reload`` first takes the cluster's reload lock (a
  PostgreSQL advisory lock, or an ``flock`` beside the SQLite file; either is released if its holder
  dies). When another process holds it, the reload is not started and the moderator is told who is
  reloading and since when — the corpus that reload loads reaches this process anyway. When the lock
  cannot be had at all (the database is unreachable), the reload goes ahead here alone and its report
  says the other processes were not told.
* **Each process reloads its own corpus files**, so the files must be the same everywhere (one machine,
  or a synchronised copy on each). A process whose files give another version than the one announced
  says so in its problems rather than pretending to be in step.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from bot.coordination.base import Announcement, Backend, Lock

if TYPE_CHECKING:
    from bot.service import ReloadReport, Service

__all__ = ["Announcement", "Backend", "Coordinator", "Lock"]

log = logging.getLogger(__name__)


class Coordinator:
    """The link between one process's Service and the rest of its cluster. Start it with
    :meth:`attach` (long-running front ends do: the Discord bot and the console)."""

    def __init__(self, service: Service, backend: Backend, poll_seconds: float) -> None:
        self.service = service
        self.backend = backend
        self.poll_seconds = poll_seconds
        #: what is wrong with this process's part in the cluster right now (listed with its problems)
        self.problems: list[str] = []
        #: the id of the newest reload record this process has acted on (or found at start)
        self.seen = 0
        #: set after each look at the reloads table (tests and tools wait on it)
        self.checked = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    @classmethod
    async def attach(cls, service: Service) -> Coordinator | None:
        """Coordinate this service's reloads with the other processes sharing its database, and follow
        theirs; None when ``reload_poll_seconds`` is 0 (a process on its own) or there is no store."""
        coordinator = cls.joined(service)
        if coordinator is None:
            return None
        try:
            latest = await coordinator.backend.latest()
            coordinator.seen = latest.id if latest else 0  # what came before this process started
        except Exception as exc:
            coordinator._problem(f"cannot read the reload history yet ({exc}); will keep trying")
        coordinator._task = asyncio.create_task(coordinator._watch(), name="reload-coordination")
        service.coordinator = coordinator
        return coordinator

    @classmethod
    def joined(cls, service: Service) -> Coordinator | None:
        """This process's part in its cluster without following the others' reloads: what a one-shot
        command needs to take the reload lock (the CLI's ``reload`` must not record a reload while a
        process of the cluster is in the middle of one). None where there is no cluster to join."""
        settings = service.settings
        if settings.reload_poll_seconds <= 0 or service.store is None:
            return None
        backend: Backend
        if settings.database_url is not None:
            from bot.coordination.postgres import PostgresCoordination  # the driver only when asked for

            backend = PostgresCoordination(settings.database_url.get_secret_value())
        elif not service.store.available:  # an unusable file: no history to share (a server may come back)
            return None
        else:
            from bot.coordination.sqlite import SQLiteCoordination

            backend = SQLiteCoordination(settings.db)
        return cls(service, backend, settings.reload_poll_seconds)

    async def close(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self.backend.close()

    def _problem(self, text: str) -> None:
        if text not in self.problems:
            log.warning("%s", text)
            self.problems = [*self.problems[-9:], text]

    # ------------------------------------------------------------------ leading a reload

    async def lead(self, by: str, run: Callable[[], Awaitable[ReloadReport]]) -> ReloadReport:
        """Run a reload asked for in this process, holding the cluster's reload lock."""
        from bot.service import ReloadReport

        lock = await self.backend.try_lock(by)
        if lock.state == "busy":
            version = self.service.version
            since = f" at {lock.since:%H:%M:%S} UTC" if lock.since else ""
            log.info("reload by %s not started: %s%s is reloading", by, lock.holder, since)
            return ReloadReport(
                ok=False,
                by=by,
                version_before=version,
                version_after=version,
                error=(
                    f"A reload started by {lock.holder}{since} is still running in another process, so this "
                    "one was not started; the corpus it loads will reach this process too."
                ),
            )
        try:
            report = await run()
        finally:
            if lock.state == "held":
                await self.backend.unlock()
        if lock.state == "unavailable":
            report.problems.append(f"the other processes were not told of this reload: {lock.reason}")
        return report

    # ------------------------------------------------------------------ following reloads

    async def _watch(self) -> None:
        while True:
            try:
                await self.backend.wait(self.poll_seconds)
            except Exception as exc:
                self._problem(f"cannot listen for reloads in other processes ({exc}); will keep trying")
                await asyncio.sleep(self.poll_seconds)
            await self.check()

    async def check(self) -> None:
        """Look at the newest successful reload on record, and follow it if it is news."""
        try:
            latest = await self.backend.latest()
        except Exception as exc:
            self._problem(f"cannot read the reload history ({exc}); will keep trying")
            return
        finally:
            self.checked.set()
        self.problems = [p for p in self.problems if not p.startswith("cannot ")]  # reading works again
        if latest is None or latest.id <= self.seen:
            return
        self.seen = latest.id
        if latest.version == self.service.version:
            return
        log.info("following reload #%d by %s: corpus %s", latest.id, latest.by, latest.version[:12])
        report = await self.service.follow(f"{latest.by} (reload #{latest.id}, another process)")
        if not report.ok:
            self._problem(f"could not follow reload #{latest.id} by {latest.by}: {report.error}")
        elif report.version_after != latest.version:
            self._problem(
                f"followed reload #{latest.id}, but this process's corpus files give version "
                f"{report.version_after[:12]}, not {latest.version[:12]}: are the files the same everywhere?"
            )
        else:
            self.problems = []
            log.info("now serving corpus %s, as the cluster is", latest.version[:12])
