"""The running state: the current Engine, the store (always one: the unavailable store when there is
none), and a reload lock.

Every front end (Discord, the console, the CLI) goes through here, so caching, validation, the
question history and reloading behave the same everywhere. CPU work runs in worker threads; the
engine reference is swapped in one assignment only once a new engine is complete, so questions asked
during a reload are answered from the old corpus and a failed reload changes nothing.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import threading
import time
from collections.abc import Awaitable, Callable, Coroutine
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.dates import check_range
from bot.digest import DigestCache
from bot.engines import Changes, EmptyCorpus, prepare_reload, start_engine
from bot.questions import Asker, QuestionError, clean_question, shown_question
from bot.reports import ReloadReport
from bot.settings import Settings
from bot.sources_index import SourcesIndexCache
from bot.store import (
    FeedbackRow,
    GapRow,
    QuestionRecord,
    ReloadRecord,
    Store,
    StoreError,
    VoteReason,
    gap_key,
    normalize_request,
    open_store,
)
from retrieval import (
    Answer,
    BuildCancelled,
    Engine,
    Prepared,
    Sources,
    Timeline,
    index_location_problem,
    save_engine,
)

__all__ = ["CLI", "Asker", "Compute", "QuestionError", "ReloadReport", "Service", "clean_question"]
if TYPE_CHECKING:
    from bot.coordination import Coordinator

log = logging.getLogger(__name__)

ProgressCallback = Callable[[str], Coroutine[Any, Any, None]]
#: Timelines longer than this are not cached: writing and reading one back is pydantic work that holds
#: the GIL (a thread would not help), so a cache hit on a thousand events would stall the event loop
#: far longer than recomputing it in a worker thread does. Entries past the size limit (written before
#: this bound) are recomputed too.
MAX_CACHED_EVENTS = 100
MAX_CACHED_TIMELINE_CHARS = 1_000_000
#: why /feedback lists nothing when the bot runs without a store
NO_STORE_FEEDBACK = "No store is in use (--no-cache, or its file could not be used): no feedback is recorded."
#: who asked, when a caller does not say: the command line
CLI = Asker(source="cli")
#: how an answer the cache does not hold is computed: the engine it is asked of, and the question
Compute = Callable[[Engine, str], Awaitable[Answer]]


def empty_corpus(corpus: Path) -> str:
    """Why every question will be declined: a corpus folder with no article in it (an empty folder, or
    the wrong one). Its files that could not be read, if any, are the problems said with it."""
    return f"no article is loaded: the corpus folder {corpus} holds none that could be read"


class Service:
    def __init__(
        self, settings: Settings, engine: Engine, store: Store, *, persist_index: bool = True
    ) -> None:
        self.settings = settings
        self.engine = engine
        #: where the engine's index is persisted (``<index_at>.index/``): beside the database, or
        #: nowhere (``--no-cache``, or a ``db`` that is no file location, such as /dev/null)
        self.index_at: Path | None = settings.db if persist_index else None
        #: always a store: the unavailable one when there is none (``--no-cache``, a file that failed)
        self.store = store
        self._reload_lock = asyncio.Lock()
        #: questions being written to the history after their answers went out (awaited on close)
        self._recording: set[asyncio.Task[None]] = set()
        #: the last reload's persisting of its index, awaited before the next reload and on close
        self._saving: asyncio.Task[None] | None = None
        #: background timeline warm-ups (kept referenced so they are not collected mid-run)
        self._warming: set[asyncio.Task[None]] = set()
        #: the other processes of a cluster, when this one is long-running (see bot.coordination)
        self.coordinator: Coordinator | None = None
        #: what changed between the index persisted by the last process and the files read at this
        #: start (None: no index was there to compare with); the CLI's `reload` reports it
        self.since_index: Changes | None = None
        # how long reading the corpus (or its saved index) took at start: what the CLI's `reload`, which
        # records the corpus this process opened, took, shown beside every /reload's time
        self.opened_in: float | None = None
        #: what is worked out once per corpus version, off the loop: examples and event subjects, and
        #: the sources table (searched by /sources and the web's Sources page)
        self.digest = DigestCache()
        self.sources_index = SourcesIndexCache()

    # ------------------------------------------------------------------ lifecycle

    @classmethod
    async def start(
        cls,
        settings: Settings,
        *,
        use_store: bool = True,
        warm: bool = True,
        progress: Callable[[int, int], None] | None = None,
    ) -> Service:
        index_at = settings.db if use_store else None
        problem = None if index_at is None else await asyncio.to_thread(index_location_problem, index_at)
        if problem is not None:
            index_at = None  # said once, below: by the store when it cannot use the file either
        # the store opens while the engine does: its statements wait on SQLite's thread and the disk, which
        # the engine's opening (a thread of its own) need not wait for
        opening = asyncio.create_task(open_store(settings, enabled=use_store))
        started = time.monotonic()
        if index_at is not None and not await asyncio.to_thread(index_at.exists):
            # a database yet to be made: the engine is built from the files, far longer than the store
            # takes to open, so it waits for the store; a file the store cannot create ("--db
            # /proc/x.db") is then said once, by the store, not again by the index beside it
            opened = await opening
            if not opened.available and any(str(settings.db) in p for p in opened.problems):
                index_at = None
        try:
            engine, since = await asyncio.to_thread(start_engine, settings, index_at, progress, warm)
        except BaseException:
            await _closed(opening)
            raise
        service = cls(settings, engine, await opening, persist_index=index_at is not None)
        if problem is not None:
            # "--db /dev/null": the store has already warned that it cannot use the file, which says why
            # nothing is kept there; a second warning for the index beside it says it twice
            said = any(str(settings.db) in p for p in service.store.problems)
            log.log(logging.INFO if said else logging.WARNING, "not persisting the index: %s", problem)
        if not engine.corpus.documents:
            log.warning("%s", service.problems[0])  # said by every command, the status pages too
        service.since_index = since
        service.opened_in = round(time.monotonic() - started, 3)
        if warm:  # the interactive front ends: /help's examples ready before the first /help
            await service.digest.get(engine)
        return service

    async def _settle(self) -> None:
        """Wait for the previous reload's index to be on disk (two saves must not interleave)."""
        if self._saving is not None:
            await asyncio.gather(self._saving, return_exceptions=True)
            self._saving = None

    def _after_swap(self, prepared: Prepared) -> None:
        """Work a reload defers until its engine answers: persisting the index (the next start needs
        it, no user waits on it) and building the timeline index. Both run in worker threads; the
        timeline build is tens of seconds of Python at a million passages, so doing it before the swap
        would hold the new corpus back, and the first /timeline builds it anyway if asked sooner."""
        if prepared.needs_save and self.index_at is not None:
            self._saving = asyncio.create_task(asyncio.to_thread(save_engine, prepared, self.index_at))
        engine = prepared.engine

        def warm() -> None:
            engine.timeline_index  # noqa: B018 - built off the event loop, not on the first /timeline

        async def warm_later() -> None:
            if self._saving is not None:
                await asyncio.gather(self._saving, return_exceptions=True)
            if self.engine is engine:  # superseded meanwhile: no point building it
                try:
                    await asyncio.to_thread(warm)
                    await self.digest.get(engine)  # /help's examples drawn from the new corpus
                except Exception as exc:
                    log.warning("timeline warm-up failed: %s", exc)

        task = asyncio.create_task(warm_later())
        self._warming.add(task)
        task.add_done_callback(self._warming.discard)

    async def close(self) -> None:
        if self.coordinator is not None:
            await self.coordinator.close()
        await self._settle()
        await self.wait_recorded()
        await self.store.close()

    @property
    def problems(self) -> list[str]:
        """What is wrong right now: the current corpus's load problems and the store's, including cache
        faults that arose while running (disk full, locked, deleted)."""
        found = [str(p) for p in self.engine.corpus.problems] + list(self.store.problems)
        if not self.engine.corpus.documents:
            found.insert(0, empty_corpus(self.settings.corpus))
        if self.coordinator is not None:
            found.extend(self.coordinator.problems)
        return found

    @property
    def version(self) -> str:
        return self.engine.version

    @property
    def examples(self) -> list[str]:
        """Questions the loaded corpus answers, made from its own headlines and statements; none until
        they are worked out for this corpus version (never an earlier corpus's)."""
        digest = self.digest.current(self.version)
        return list(digest.examples) if digest is not None else []

    # ------------------------------------------------------------------ cache helpers

    # The store's cache never raises by contract; these guard the answer path all the same, since an
    # answer must never be lost to a cache, whatever store is behind it.

    async def _cache_get(self, version: str, request: str) -> str | None:
        try:
            return await self.store.cache_get(version, request)
        except Exception as exc:
            log.warning("cache read failed: %s", exc)
            return None

    async def _cache_put(self, version: str, request: str, payload: str) -> None:
        try:
            await self.store.cache_put(version, request, payload)
        except Exception as exc:
            log.warning("cache write failed: %s", exc)

    # ------------------------------------------------------------------ queries

    def check_question(self, question: str) -> str:
        """The question's searchable text, or QuestionError (empty, or over ``max_question_chars``):
        front ends call it to refuse at once, before acknowledging anything."""
        return clean_question(question, self.settings.max_question_chars)

    async def ask(self, question: str, *, asker: Asker = CLI, compute: Compute | None = None) -> Answer:
        """A cited answer, from the cache or the engine. The question and its answer are then written
        to the history in the background, so the caller sends the answer without waiting for that.
        ``compute`` answers a question the cache does not hold (default: the engine, in a thread; a
        batch passes its forked workers, ``bot.batch.Workers.answer``)."""
        text = self.check_question(question)
        engine = self.engine  # one corpus for the whole request, even if a reload swaps meanwhile
        request = normalize_request("ask", text)  # as the engine sees it: see normalize_request
        answer_id = hashlib.sha256(f"{engine.version}\0{request}".encode()).hexdigest()[:16]
        cached = await self._cache_get(engine.version, request)
        if cached is not None:
            try:
                hit = Answer.model_validate_json(cached)
            except ValueError:
                log.warning("ignoring an unreadable cache entry for %r", request)
            else:
                hit = hit.model_copy(update={"cached": True, "question": shown_question(question)})
                self._remember(text, hit, engine.version, asker)
                return hit
        if compute is None:
            answer = await asyncio.to_thread(engine.ask, text)
        else:
            answer = await compute(engine, text)
        answer = answer.model_copy(update={"answer_id": answer_id, "question": shown_question(question)})
        await self._cache_put(engine.version, request, answer.model_dump_json())
        self._remember(text, answer, engine.version, asker)
        return answer

    def _remember(self, text: str, answer: Answer, version: str, asker: Asker) -> None:
        """Write an answered question to the history in a task of its own: it runs once the caller
        awaits its send, never before the answer is returned, and a failure costs nothing (the store
        never raises from ``record_question``)."""
        rec = QuestionRecord(
            at=datetime.now(UTC),
            question=text,
            answer_id=answer.answer_id,
            answer=answer.answer,
            abstained=answer.abstained,
            cached=answer.cached,
            looked_for=answer.looked_for,
            gap_key=gap_key(answer.looked_for),
            corpus_version=version,
            **asker.model_dump(),
        )
        task = asyncio.create_task(self.store.record_question(rec))
        self._recording.add(task)
        task.add_done_callback(self._recording.discard)

    async def wait_recorded(self) -> None:
        """Wait until the questions answered so far are in the history (or failed to be)."""
        while self._recording:
            await asyncio.gather(*self._recording, return_exceptions=True)

    async def timeline(
        self,
        topic: str | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
    ) -> Timeline:
        topic_text = self.check_question(topic) if topic and topic.strip() else None
        check_range(since, until)
        if limit is not None and limit < 1:
            raise QuestionError("The limit must be a positive number.")
        engine = self.engine
        request = normalize_request(
            "timeline", topic_text or "", since=since or "", until=until or "", limit=limit or ""
        )
        cached = await self._cache_get(engine.version, request)
        if cached is not None and len(cached) <= MAX_CACHED_TIMELINE_CHARS:
            try:
                return Timeline.model_validate_json(cached).model_copy(update={"cached": True})
            except ValueError:
                log.warning("ignoring an unreadable cache entry for %r", request)
        result = await asyncio.to_thread(engine.timeline, topic_text, since, until, limit)
        if len(result.events) <= MAX_CACHED_EVENTS:
            await self._cache_put(engine.version, request, result.model_dump_json())
        return result

    async def sources(self) -> Sources:
        """Every document's metadata, validated in a worker thread (at 100k documents that is longer
        than the event loop may be held)."""
        return await asyncio.to_thread(self.engine.sources)

    async def feedback(
        self, answer_id: str, user_id: int, vote: int, reason: VoteReason | None = None
    ) -> None:
        """Record a 👍 (vote > 0) or 👎; raises StoreWriteError when it was not recorded, so the voter
        is told so (the store may be unavailable, full or locked)."""
        await self.store.vote(answer_id, user_id, 1 if vote > 0 else -1, reason)

    async def feedback_report(self, limit: int) -> tuple[list[FeedbackRow], list[GapRow], str | None]:
        """What /feedback shows, in Discord and the console alike: the latest 👎 and the questions
        declined most often, and why they cannot be shown when they cannot (no store in use, or a read
        that failed), so empty lists are never passed off as "nothing yet"."""
        if not self.store.available:
            return [], [], NO_STORE_FEEDBACK
        try:
            rows, gaps = await asyncio.gather(self.store.feedback(limit=limit), self.store.gaps(limit=limit))
        except StoreError as exc:
            log.warning("/feedback could not read the store: %s", exc)
            return [], [], f"The feedback could not be read right now: {exc}"
        return rows, gaps, None

    # ------------------------------------------------------------------ reload

    async def reload(
        self, by: str, progress: ProgressCallback | None = None, cancel: threading.Event | None = None
    ) -> ReloadReport:
        """Re-read the corpus off the event loop and swap it in whole; on any failure keep the old one.
        Only documents that changed are processed again. Setting ``cancel`` stops the build at the
        next checkpoint; the old corpus stays (the report says the reload was cancelled). In a cluster,
        one reload at a time across every process, and the others follow it (bot.coordination)."""
        if self.coordinator is not None:
            return await self.coordinator.lead(by, lambda: self._reload_here(by, progress, cancel))
        return await self._reload_here(by, progress, cancel)

    async def follow(self, by: str) -> ReloadReport:
        """Load the corpus as another process of the cluster just did: this process only, not recorded
        again (the reload that announced it is on record)."""
        return await self._reload_here(by, None, None, record=False)

    async def _reload_here(
        self,
        by: str,
        progress: ProgressCallback | None,
        cancel: threading.Event | None,
        *,
        record: bool = True,
    ) -> ReloadReport:
        async with self._reload_lock:
            await self._settle()
            started = time.monotonic()
            old = self.engine
            loop = asyncio.get_running_loop()
            pending: set[asyncio.Future[None]] = set()
            shown = -1

            def on_progress(done: int, total: int) -> None:
                nonlocal shown
                percent = 100 * done // max(total, 1)
                if progress is not None and percent != shown:  # at most 101 messages, however large
                    shown = percent
                    fut = asyncio.run_coroutine_threadsafe(progress(f"Indexing… {percent}% done"), loop)
                    pending.add(asyncio.wrap_future(fut, loop=loop))

            report = ReloadReport(ok=False, by=by, version_before=old.version, version_after=old.version)
            try:
                if progress is not None:
                    await progress("Reading the corpus…")
                prepared, report = await asyncio.to_thread(
                    prepare_reload, self.settings, self.index_at, old, by, on_progress, cancel
                )
            except BuildCancelled:
                report.seconds = round(time.monotonic() - started, 3)
                log.info("reload by %s cancelled", by)
                report.error, report.cancelled = "cancelled before it finished", True
                if record:
                    await self._record(report)
                return report
            except Exception as exc:
                report.seconds = round(time.monotonic() - started, 3)
                log.warning("reload by %s failed: %s", by, exc)
                report.error = str(exc) if isinstance(exc, EmptyCorpus) else f"{type(exc).__name__}: {exc}"
                if record:
                    await self._record(report)
                return report
            finally:
                if pending:
                    await asyncio.gather(*pending, return_exceptions=True)
            if progress is not None and 0 <= shown < 100:
                # the index is built (the last rows counted may be short of the total: unchanged files
                # are not re-read), so a watcher never sees progress stop short of done
                await progress("Indexing… 100% done")
            new = prepared.engine
            self.engine = new  # the atomic swap
            report.seconds = round(time.monotonic() - started, 3)
            self._after_swap(prepared)
            if new.version != old.version:
                await self.store.prune(new.version)  # never raises: a fault is noted by the store
            if record:
                await self._record(report)
            return report

    async def checkpoint(self, by: str) -> ReloadReport:
        """Record the corpus this process loaded as a reload (the CLI's `reload`): the cache keeps
        only this version's entries, and the history says which version was before."""
        since = self.since_index
        before = since.before if since is not None else ""
        corpus = self.engine.corpus
        if not corpus.documents:  # every file removed, empty or unreadable: as a /reload, not recorded
            return ReloadReport(
                ok=False,
                by=by,
                version_before=before,
                version_after=self.version,
                error="the corpus has no readable documents; nothing was recorded, and a running bot keeps "
                "serving its previous corpus",
                problems=[str(p) for p in corpus.problems],
            )
        try:
            history = await self.store.reload_history(1)
            before = (history[0].version_after or "") if history else before
        except StoreError as exc:
            log.warning("could not read the reload history: %s", exc)
        await self.store.prune(self.version)
        # what changed is known against the persisted index: listed when that is the version before
        diff = since if since is not None and since.before == before else None
        report = ReloadReport(
            ok=True,
            by=by,
            version_before=before,
            version_after=self.version,
            added=diff.added if diff else [],
            removed=diff.removed if diff else [],
            changed=diff.changed if diff else [],
            documents=len(corpus.documents),
            sentences=corpus.sentence_count,
            problems=[str(p) for p in corpus.problems],
            seconds=self.opened_in,
        )
        await self._record(report)
        return report

    async def _record(self, report: ReloadReport) -> None:
        """Write the reload to the history and say in the report whether that worked."""
        rec = ReloadRecord(
            by=report.by,
            at=datetime.now(UTC),
            version_before=report.version_before,
            version_after=report.version_after if report.ok else None,
            documents=report.documents,
            sentences=report.sentences,
            problems=report.problems,
            ok=report.ok,
            error=report.error,
            seconds=report.seconds,
        )
        try:
            await self.store.record_reload(rec)
        except StoreError as exc:
            # a store that failed is a problem to log; one switched off (``--no-cache``) recorded nothing
            # as asked, which the report's "Not recorded" line says, and a warning would alarm for nothing
            (log.warning if self.store.available else log.info)("could not record the reload: %s", exc)
            report.history, report.history_error = "failed", str(exc)
        else:
            report.history = "recorded"


async def _closed(opening: asyncio.Task[Store]) -> None:
    """Close the store a failed start opened beside its engine, once it is open (an opening stopped
    half-way could leave SQLite's connection thread running): a start that raised holds nothing."""
    try:
        store = await asyncio.shield(opening)
    except Exception:  # its own failure: nothing open
        return
    await store.close()
