"""A replaced engine is freed piecewise in the background, and nothing a live engine still uses is
touched."""

from __future__ import annotations

import gc
import json
import shutil
import threading
import time
import weakref
from pathlib import Path
from typing import ClassVar

import pytest

from retrieval import build_engine, reload_engine
from retrieval.lifecycle import release

ROOT = Path(__file__).resolve().parents[3]
ALIASES = ROOT / "config" / "aliases.toml"


class _List(list[object]):
    """A list that can be weakly referenced, to see when it is freed."""


class _Box:
    pass


def test_sole_containers_are_emptied_and_freed() -> None:
    box = _Box()
    inner = _List(range(20_000))
    box.big = inner  # type: ignore[attr-defined]
    box.table = {i: _List([i]) for i in range(100)}  # type: ignore[attr-defined]
    watch = [weakref.ref(inner), weakref.ref(box.table[3])]  # type: ignore[attr-defined]
    del inner
    release.release(box)
    del box
    assert release.wait_idle(10)
    gc.collect()
    assert all(w() is None for w in watch)


def test_shared_containers_are_left_alone() -> None:
    shared_list = _List(range(10_000))
    shared_dict = {"a": [1, 2]}
    box = _Box()
    box.a, box.b = shared_list, shared_dict  # type: ignore[attr-defined]
    release.release(box)
    del box
    assert release.wait_idle(10)
    assert shared_list == list(range(10_000))
    assert shared_dict == {"a": [1, 2]}


def test_a_released_engine_leaves_the_engine_that_replaced_it_whole(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "seeds", corpus)
    old = build_engine(corpus, aliases=ALIASES)
    with (corpus / "extra.jsonl").open("w", encoding="utf-8") as fh:
        record = {"id": "x1", "title": "Harbour", "text": "The harbour of Westport reopened."}
        fh.write(json.dumps(record) + "\n")
    new = reload_engine(old, corpus, aliases=ALIASES).engine  # shares old's unchanged documents
    question = "Who interviewed Rutte?"
    before = new.ask(question).model_dump()
    watch = weakref.ref(old._ctx)
    del old
    assert release.wait_idle(10)
    gc.collect()
    assert watch() is None
    assert new.ask(question).model_dump() == before
    assert all(d.sentences for d in new.corpus.documents)
    assert new.timeline().events


def test_a_process_holding_an_engine_at_exit_exits() -> None:
    """An engine still alive when the interpreter exits is freed plainly: starting the release
    thread during finalization would hang the process (a CLI run that never returns)."""
    import subprocess
    import sys

    code = (
        "from pathlib import Path\n"
        "from retrieval import build_engine\n"
        f"engine = build_engine(Path({str(ROOT / 'seeds')!r}))\n"
        "print(len(engine.sentences))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout.strip()) > 0


def test_the_collector_is_held_off_while_paused_and_what_was_built_is_frozen() -> None:
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    with release.collector_paused():
        assert not gc.isenabled()
        built = [[i] for i in range(1000)]
        with release.collector_paused():  # nested: the outer pause still holds afterwards
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen + len(built)
    gc.unfreeze()  # leave the test process as it was


def test_overlapping_pauses_in_two_threads_end_with_the_last() -> None:
    entered, leave = threading.Event(), threading.Event()

    def other() -> None:
        with release.collector_paused():
            entered.set()
            leave.wait(5)

    thread = threading.Thread(target=other)
    thread.start()
    entered.wait(5)
    with release.collector_paused():
        pass
    assert not gc.isenabled()  # the other thread's pause is still on
    leave.set()
    thread.join()
    assert gc.isenabled()
    gc.unfreeze()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with release.collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


class _Item:
    """Records, when freed, whether the list holding it still existed: it does only if the list
    was being emptied piecewise, not freed whole."""

    __slots__ = ("owner",)
    seen: ClassVar[list[bool]] = []

    def __init__(self, owner: weakref.ref[_List]) -> None:
        self.owner = owner

    def __del__(self) -> None:
        _Item.seen.append(self.owner() is not None)


def test_what_the_caller_still_holds_for_a_moment_is_still_taken_apart() -> None:
    """An engine's __del__ holds its attribute dict until it returns, after handing it over: the
    release thread waits for that instead of leaving it to be freed whole."""
    _Item.seen.clear()
    inner = _List()
    inner.extend(_Item(weakref.ref(inner)) for _ in range(12_000))
    box = _Box()
    box.big = inner  # type: ignore[attr-defined]
    del inner
    release.release(box)
    time.sleep(0.05)
    del box
    assert release.wait_idle(10)
    assert len(_Item.seen) == 12_000 and all(_Item.seen)


def test_every_attribute_of_a_real_engine_is_taken_apart() -> None:
    """The walk gets through every attribute of an engine, the row map too (a dict subclass whose
    ``len`` is not its dict's): a failure midway used to leave the rest to be freed whole, holding the
    GIL for a quarter of a second at a million passages."""
    engine = build_engine(ROOT / "seeds", aliases=ALIASES)
    attrs = dict(engine.__dict__)
    engine.__dict__.clear()
    del engine
    assert len(attrs["rows"]) > 0 and dict.__len__(attrs["rows"]) == 0
    sentences = attrs["sentences"]
    assert len(sentences) > 50
    del sentences
    release._take_apart(attrs, 0, 1)
    assert attrs == {}


def test_a_failure_while_freeing_is_logged(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(obj: object, depth: int, held: int) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(release, "_take_apart", broken)
    with caplog.at_level("WARNING", logger="retrieval.lifecycle.release"):
        release.release(_Box())
        assert release.wait_idle(10)
    assert "could not free a replaced engine piecewise: RuntimeError('boom')" in caplog.text


def _quiet() -> None:
    """No trim or release left over from earlier tests (they would call the patched trim)."""
    assert release.wait_trimmed(10) and release.wait_idle(10)


def test_memory_is_given_back_after_a_build_and_after_a_release(monkeypatch: pytest.MonkeyPatch) -> None:
    _quiet()
    calls: list[int] = []
    monkeypatch.setattr(release, "_malloc_trim", lambda pad: calls.append(pad))
    engine = build_engine(ROOT / "seeds", aliases=ALIASES)
    assert calls, "a build gives back what it no longer holds"
    calls.clear()
    del engine
    assert release.wait_idle(10)
    assert calls == [0], "freeing a replaced engine gives its memory back once"
    monkeypatch.setattr(release, "_malloc_trim", None)
    release.give_back_memory()  # no glibc: nothing to do, no error


def test_the_heap_is_trimmed_once_questions_stop(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = build_engine(ROOT / "seeds", aliases=ALIASES)
    engine.timeline_index  # noqa: B018 - built (and trimmed after) before the questions
    _quiet()
    calls: list[int] = []
    monkeypatch.setattr(release, "_malloc_trim", lambda pad: calls.append(pad))
    monkeypatch.setattr(release, "_QUIET_S", 0.5)
    for _ in range(3):
        engine.ask("Who interviewed Rutte?")
    engine.timeline()
    assert release.wait_trimmed(10)
    assert calls == [0], "one trim after the burst, none per question"
    calls.clear()
    engine.ask("Who interviewed Rutte?")
    assert release.wait_trimmed(10)
    assert calls == [0]
