"""Building and freeing a large engine without stalling the bot.

An engine's sentences are a few large arrays (``retrieval.ingest.sentences``), but its documents'
records and above all its warmed timeline index are still hundreds of thousands of Python objects at
a million passages. When the last reference to an engine dies, CPython frees everything reachable from
it at once, inside one C call that holds the GIL, and the bot's event loop cannot run meanwhile (it is
usually the loop that drops the last reference, when a reload swaps engines; README has the figures).
``release`` hands the big containers to one background thread instead, which empties them a chunk
at a time; between chunks the GIL passes to the loop as it does for any Python code. It takes apart
lists, dicts and objects' attribute dicts; anything else (a slotted record, a tuple, an array) is freed
whole, which is quick now that no engine holds a million small objects in one.

Building or loading one has the opposite problem: the cyclic garbage collector runs a full
collection every time the heap has grown by a quarter, each one walking every object built so far
while holding the GIL (the later ones long, as the heap grows).
``collector_paused`` holds the collector off for the build and then freezes what it made (moves it
out of the collector's view): an engine's objects never form cycles, so nothing is lost.

Freed memory stays with the process: glibc keeps it in its arenas. ``give_back_memory`` returns it
after a build, a load or a release, and ``note_activity`` (called after each question) has it
returned once questions stop coming for a while.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import queue
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

log = logging.getLogger(__name__)

#: items freed per step: a few milliseconds of deallocation at most
_CHUNK = 5_000
#: how long the release thread waits for the caller to let go of what it handed over
_HANDOVER_S = 0.5
#: how deep into attributes a container is looked for
_DEPTH = 4

_queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
_lock = threading.Lock()
_thread: threading.Thread | None = None
_pending = 0
_idle = threading.Event()
_idle.set()

_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = True


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while the block runs (in any thread: the collector is per
    process); on leaving, everything alive is frozen. Nested and concurrent pauses are counted, so
    the collector comes back only when the last one ends, and only if it was on before the first."""
    global _gc_pauses, _gc_was_enabled
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pauses += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            resumed = _gc_pauses == 0
            if resumed:
                gc.freeze()
                if _gc_was_enabled:
                    gc.enable()
        if resumed:
            give_back_memory()


def _find_malloc_trim() -> Any:
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the C library the interpreter already uses
    except (OSError, AttributeError):  # not glibc (musl, macOS): nothing to give back this way
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


_malloc_trim = _find_malloc_trim()


def give_back_memory() -> None:
    """Hand the heap that a build, a load or a release freed back to the operating system. glibc keeps
    freed memory in its arenas for reuse, so a process that built a million-passage engine stays
    noticeably larger than what it holds (README has the figures). The ctypes call releases the GIL,
    but glibc locks each arena while it trims it, so another thread's malloc may wait that long: it is
    only called after work of seconds, or when the process is idle."""
    if _malloc_trim is not None:
        _malloc_trim(0)


#: how long a process must have been quiet (no question answered) before its heap is trimmed
_QUIET_S = 2.0
_activity = threading.Event()
_last_activity = 0.0
#: set once the heap was trimmed after the last question; changed together with _activity
_trimmed = threading.Event()
_trimmed.set()
_trim_lock = threading.Lock()
_trimmer: threading.Thread | None = None


def note_activity() -> None:
    """A question was just answered. Answering leaves freed heap behind (taken again by the next burst
    of questions); once the process has been quiet for
    ``_QUIET_S`` a background thread gives it back, so an idle bot holds only what it uses."""
    global _last_activity, _trimmer
    _last_activity = time.monotonic()
    if _activity.is_set():  # a trim is pending: it waits for this question too
        return
    with _trim_lock:
        _activity.set()
        _trimmed.clear()
    with _lock:
        if (_trimmer is None or not _trimmer.is_alive()) and not sys.is_finalizing():
            try:
                _trimmer = threading.Thread(target=_trim_when_quiet, name="newsbot-trim", daemon=True)
                _trimmer.start()
            except RuntimeError as exc:  # no thread to be had: nothing trimmed, nothing else lost
                log.warning("could not start the heap trimmer: %s", exc)
                _trimmer = None
                with _trim_lock:
                    _activity.clear()
                    _trimmed.set()


def wait_trimmed(timeout: float | None = None) -> bool:
    """Block until the heap was trimmed after the last question (benchmarks and tests)."""
    return _trimmed.wait(timeout)


def _trim_when_quiet() -> None:
    while True:
        _activity.wait()
        while (left := _QUIET_S - (time.monotonic() - _last_activity)) > 0:
            time.sleep(left)
        with _trim_lock:
            _activity.clear()
        give_back_memory()
        with _trim_lock:
            if not _activity.is_set():
                _trimmed.set()


def release(obj: Any) -> None:
    """Take ``obj`` apart in the background; what others still hold is left alone."""
    global _thread, _pending
    if sys.is_finalizing():
        return  # the interpreter is exiting: a new thread could never start (plain freeing is fine)
    with _lock:
        _pending += 1
        _idle.clear()
        _queue.put(obj)
        if _thread is None or not _thread.is_alive():
            _thread = threading.Thread(target=_run, name="newsbot-release", daemon=True)
            _thread.start()


def wait_idle(timeout: float | None = None) -> bool:
    """Block until everything handed over so far is freed (benchmarks and tests)."""
    return _idle.wait(timeout)


def _run() -> None:
    global _pending
    while True:
        obj = _queue.get()
        try:
            _wait_handed_over(obj)
            _take_apart(obj, 0, 1)
        except Exception as exc:  # freeing must never take the bot down; the rest is freed normally
            log.warning("could not free a replaced engine piecewise: %r", exc)
        del obj
        with _lock:
            _pending -= 1
            last = _pending == 0
        if last:
            give_back_memory()
            with _lock:
                if _pending == 0:
                    _idle.set()


def _wait_handed_over(obj: Any) -> None:
    """Wait (briefly) for the caller of ``release`` to drop its own references: this thread often
    wakes while the caller's frame still holds ``obj`` (an engine's ``__del__`` holds its attribute
    dict until it returns), and ``_take_apart`` would then leave it whole, to be freed in one piece
    when this thread lets go of it, holding the GIL all that time."""
    deadline = time.monotonic() + _HANDOVER_S
    while sys.getrefcount(obj) > 3 and time.monotonic() < deadline:  # the queue's, ours, getrefcount's
        time.sleep(0.001)


def _take_apart(obj: Any, depth: int, held: int) -> None:
    """Empty ``obj`` piecewise if nobody but the caller holds it: ``held`` is how many references
    the caller's own frame has (its variables, the container it took ``obj`` from). Anything shared
    with a live engine has more and is left alone: it is only dereferenced."""
    # + this frame's parameter + getrefcount's argument
    if depth > _DEPTH or sys.getrefcount(obj) > held + 2:
        return
    # the base classes' own methods: a subclass may present itself otherwise (the engine's row map is
    # a dict that computes its entries, empty as a dict but not by its own ``len``)
    if isinstance(obj, list):
        while list.__len__(obj):
            chunk = list.__getitem__(obj, slice(-_CHUNK, None))
            list.__delitem__(obj, slice(-_CHUNK, None))
            if depth < _DEPTH:
                for item in chunk:
                    _take_apart(item, depth + 1, 2)  # held by the chunk and the loop variable
            del chunk
    elif isinstance(obj, dict):
        while dict.__len__(obj):
            _key, value = dict.popitem(obj)
            _take_apart(value, depth + 1, 1)
            del _key, value
    elif hasattr(obj, "__dict__") and not isinstance(obj, type):
        attrs = vars(obj)
        for name in list(attrs):
            value = attrs.pop(name)
            _take_apart(value, depth + 1, 1)
            del value
