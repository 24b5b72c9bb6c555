"""Answering a stream of questions (``newsbot ask`` reading stdin) on every core.

Choosing an answer is CPU work in Python, so threads cannot run two at once. A batch forks worker
processes once the engine is open: each inherits the parent's engine (its arrays are shared with the
parent page for page, never copied or rebuilt) and only computes answers. Everything else stays in the
parent: the cache is asked first and written after, the history is recorded, and answers are written
in the order the questions came, each as soon as it and every one before it are ready, so a slow
producer (a person typing into a pipe) gets each answer before sending the next question.
"""

from __future__ import annotations

import asyncio
import ctypes
import gc
import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Coroutine
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType
from typing import Any, TextIO

from retrieval import Answer, Engine

log = logging.getLogger(__name__)

#: the forked workers' engine: the parent's, as it was when they were forked
_ENGINE: Engine | None = None


#: allocations between two collections of the collector's youngest generation while a batch is
#: answered (Python's default is 700): an answer allocates tens of thousands of short-lived objects,
#: which at 700 were walked by a collection hundreds of times a batch, for a few cycles; at this many
#: they are walked a few times, for a few MB held a little longer
BATCH_GC_THRESHOLD = 50_000

#: Linux's prctl option: a signal this process gets when the thread that forked it ends
_PR_SET_PDEATHSIG = 1


def _worker_start(parent: int) -> None:
    """A worker leaves Ctrl-C to the parent, which stops the batch and the workers with it, and ends with
    its parent however that ends: an idle worker waits on a pipe it holds both ends of, so a parent
    killed (a timeout's SIGTERM, the out-of-memory killer) would otherwise leave it running for ever,
    holding a corpus's pages."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the parent's shutdown still ends the workers
        pass
    if os.getppid() != parent:  # the parent ended before the signal was asked for
        os._exit(1)


def _started() -> int:
    return os.getpid()


def _answer(text: str) -> Answer:
    assert _ENGINE is not None, "a worker is forked from a parent that set the engine"
    return _ENGINE.ask(text)


def workers_for(setting: int) -> int:
    """The ``ask_workers`` setting as a count: 0 is one per core this process may use, at most four (each
    worker is a process holding the answer code's working set; beyond four, a batch is bounded by the
    parent's cache and history writes)."""
    if setting:
        return setting
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(cores, 4))


class Workers:
    """Forked processes answering for one engine. Used as an async context manager around a batch; an
    answer for any other engine (a reload swapped it meanwhile), or once a worker has died, is computed
    in a thread of this process instead, as a single question is."""

    def __init__(self, engine: Engine, count: int) -> None:
        self.engine = engine
        self.count = count
        self._pool: ProcessPoolExecutor | None = None
        self._gc_threshold: tuple[int, int, int] = gc.get_threshold()

    async def __aenter__(self) -> Workers:
        global _ENGINE
        self._gc_threshold = gc.get_threshold()  # (the workers are forked with the batch's)
        gc.set_threshold(BATCH_GC_THRESHOLD, *self._gc_threshold[1:])
        if self.count > 1:
            _ENGINE = self.engine  # inherited at fork: the workers never pickle or rebuild it
            context = multiprocessing.get_context("fork")
            self._pool = ProcessPoolExecutor(
                self.count, mp_context=context, initializer=_worker_start, initargs=(os.getpid(),)
            )
            # forked now, every worker at once (a fork pool starts them all at its first task), while no
            # thread of this process reads stdin: a fork copies the locks other threads hold, and a
            # starting worker closes its copy of stdin, which would wait forever on the reader's lock.
            # Every object is frozen out of the collector's reach, and stays so in the parent too (the
            # engine's were already, since its build): a collection, in a worker or in the parent,
            # would otherwise write to every one of them, copying the pages the two share
            gc.freeze()
            try:
                await asyncio.get_running_loop().run_in_executor(self._pool, _started)
            except (BrokenProcessPool, OSError) as exc:  # no fork here (out of memory, a process limit)
                log.warning("answering in one process: could not start workers: %s", exc)
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        global _ENGINE
        if self._pool is not None:
            pool, self._pool = self._pool, None
            await asyncio.to_thread(pool.shutdown, wait=True, cancel_futures=True)
        _ENGINE = None
        gc.set_threshold(*self._gc_threshold)

    async def answer(self, engine: Engine, text: str) -> Answer:
        pool = self._pool
        if pool is not None and engine is self.engine:
            try:
                return await asyncio.get_running_loop().run_in_executor(pool, _answer, text)
            except BrokenProcessPool:  # a worker was killed (out of memory, a signal): go on without them
                self._pool = None
        return await asyncio.to_thread(engine.ask, text)


#: lines read ahead of the answers: a pipe of a million questions is read as they are answered, not
#: held in memory while the first ones are
READ_AHEAD = 256
#: characters of a line read at once: a question is far shorter (``max_question_chars``), and a line
#: that never ends (a binary file piped in by mistake) is read in pieces and answered as too long
LINE_LIMIT = 64 * 1024


async def answer_lines(
    lines: TextIO,
    answer: Callable[[str], Coroutine[Any, Any, str]],
    write: Callable[[str], None],
    in_flight: int,
) -> None:
    """Answer each non-blank line of ``lines`` with ``answer`` and ``write`` the results in the lines'
    order, with up to ``in_flight`` questions being answered at once. Lines are read by a thread of
    their own, so answers already computed are written while the next line is awaited; it is a daemon,
    because a read cannot be cancelled: a batch stopped early (Ctrl-C, a reader of its output that went
    away) must not wait for a line that may never come."""
    loop = asyncio.get_running_loop()
    arrived: asyncio.Queue[str | BaseException | None] = asyncio.Queue()
    room = threading.Semaphore(READ_AHEAD)

    def read() -> None:
        try:
            while line := lines.readline(LINE_LIMIT):
                if not line.endswith("\n"):  # a line without end: its first piece is its question
                    while (rest := lines.readline(LINE_LIMIT)) and not rest.endswith("\n"):
                        pass
                room.acquire()  # until the batch has taken enough of the lines read ahead
                loop.call_soon_threadsafe(arrived.put_nowait, line)
        except BaseException as exc:  # handed to the batch, which reports it
            loop.call_soon_threadsafe(arrived.put_nowait, exc)
        finally:
            loop.call_soon_threadsafe(arrived.put_nowait, None)

    threading.Thread(target=read, name="newsbot-stdin", daemon=True).start()
    slots = asyncio.Semaphore(max(1, in_flight))
    queued: asyncio.Queue[asyncio.Task[str] | None] = asyncio.Queue()

    async def dispatch() -> None:
        try:
            while (line := await arrived.get()) is not None:
                room.release()
                if isinstance(line, BaseException):
                    raise line
                if line.strip():
                    await slots.acquire()
                    await queued.put(asyncio.create_task(answer(line.rstrip("\n"))))
        finally:
            await queued.put(None)

    dispatcher = asyncio.create_task(dispatch())
    try:
        while (task := await queued.get()) is not None:
            write(await task)
            slots.release()
        await dispatcher  # its error, if reading failed
    finally:
        dispatcher.cancel()
        while not queued.empty():
            left = queued.get_nowait()
            if left is not None:
                left.cancel()
