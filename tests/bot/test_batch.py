"""Questions piped into ``newsbot ask``: answered in forked workers, written in order as they are ready."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import io
import json
import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.batch import LINE_LIMIT, READ_AHEAD, Workers, answer_lines
from retrieval import Engine
from tests.conftest import ROOT
from tests.retrieval.answer.corpora import engine_of, filler

STORY = [
    {
        "id": "ferry",
        "title": "Ferry service resumes",
        "text": "Harbour master Ines Dahl said the ferry to "
        "Kelso Island would resume on Monday after repairs to the pier. The repairs cost 40,000 pounds.",
    },
    {
        "id": "mill",
        "title": "Mill to close",
        "text": "The Ardmore paper mill will close in March, its owner "
        "Tomas Berg told staff. About 120 workers are employed at the mill.",
    },
]
QUESTIONS = [
    "Who said the ferry would resume?",
    "How many workers are employed at the mill?",
    "When will the mill close?",
    "What did the repairs cost?",
    "Who owns the paper mill?",
]


def _engine(tmp_path: Path) -> Engine:
    return engine_of(tmp_path / "corpus", STORY + filler(12))


def test_forked_workers_answer_exactly_as_the_engine_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = _engine(tmp_path)
    unfrozen: list[bool] = []
    real_unfreeze = gc.unfreeze
    monkeypatch.setattr(gc, "unfreeze", lambda: (unfrozen.append(True), real_unfreeze())[1])

    async def batch() -> list[str]:
        async with Workers(engine, 2) as workers:
            assert workers._pool is not None
            answers = await asyncio.gather(*(workers.answer(engine, q) for q in QUESTIONS))
            pids = {p for p in workers._pool._processes}  # type: ignore[union-attr]
        assert os.getpid() not in pids and len(pids) == 2
        return [a.model_dump_json() for a in answers]

    assert asyncio.run(batch()) == [engine.ask(q).model_dump_json() for q in QUESTIONS]
    # what was frozen stays so: a collection walking a corpus's objects would copy the pages the
    # parent shares with its workers (watched by the calls: the frozen count itself drops whenever a
    # frozen object is freed, which other tests' leftovers may be)
    assert not unfrozen


def test_a_batch_collects_garbage_less_often_and_leaves_the_collector_as_it_was(tmp_path: Path) -> None:
    """While a batch is answered (here and in the workers forked for it) the collector's youngest
    generation is collected every ``BATCH_GC_THRESHOLD`` allocations; afterwards as before."""
    from bot.batch import BATCH_GC_THRESHOLD

    engine = _engine(tmp_path)
    before = gc.get_threshold()

    async def batch(count: int) -> None:
        async with Workers(engine, count) as workers:
            assert gc.get_threshold() == (BATCH_GC_THRESHOLD, *before[1:])
            await workers.answer(engine, QUESTIONS[0])

    for count in (1, 2):
        asyncio.run(batch(count))
        assert gc.get_threshold() == before


def test_an_answer_for_another_engine_or_after_a_worker_died_is_computed_here(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    other = engine_of(tmp_path / "other", STORY[:1] + filler(6))

    async def batch() -> None:
        async with Workers(engine, 2) as workers:
            # a reload swapped the engine: the workers hold the old one, so this one is answered here
            assert (await workers.answer(other, QUESTIONS[0])).answer == other.ask(QUESTIONS[0]).answer
            await workers.answer(engine, QUESTIONS[0])  # the workers are up
            for pid in list(workers._pool._processes):  # type: ignore[union-attr]
                os.kill(pid, signal.SIGKILL)
            got = await workers.answer(engine, QUESTIONS[1])
            assert workers._pool is None  # given up: the rest of the batch is answered in this process
            assert got.answer == engine.ask(QUESTIONS[1]).answer

    asyncio.run(batch())


def test_answers_are_written_in_the_questions_order_with_a_bounded_number_in_flight() -> None:
    running = 0
    most = 0
    written: list[str] = []

    async def answer(q: str) -> str:
        nonlocal running, most
        running += 1
        most = max(most, running)
        await asyncio.sleep(0.05 / int(q))  # later questions finish first
        running -= 1
        return q

    lines = io.StringIO("".join(f"{n}\n" for n in range(1, 9)) + "\n   \n")
    asyncio.run(answer_lines(lines, answer, written.append, in_flight=3))
    assert written == [str(n) for n in range(1, 9)]  # blank lines skipped, order kept
    assert most == 3


class _CountedLines(io.StringIO):
    """Lines whose reads are counted: how far ahead of the answers the batch has read."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.reads = 0

    def readline(self, size: int | None = -1, /) -> str:
        self.reads += 1
        return super().readline(-1 if size is None else size)


def test_lines_are_read_only_a_bounded_way_ahead_of_the_answers() -> None:
    """A pipe of many questions is not read into memory while the first ones are being answered."""
    lines = _CountedLines("".join(f"q{n}\n" for n in range(5 * READ_AHEAD)))
    written: list[str] = []

    async def run() -> None:
        go = asyncio.Event()

        async def answer(q: str) -> str:
            await go.wait()
            return q

        task = asyncio.create_task(answer_lines(lines, answer, written.append, in_flight=2))
        for _ in range(50):
            await asyncio.sleep(0.01)
        assert lines.reads <= READ_AHEAD + 4
        go.set()
        await asyncio.wait_for(task, 30)

    asyncio.run(run())
    assert written == [f"q{n}" for n in range(5 * READ_AHEAD)]


def test_a_line_without_end_is_answered_from_its_first_piece() -> None:
    """A binary file piped in by mistake is read in pieces: its question is its first piece (which the
    service turns down as too long), and the lines after it are answered."""
    asked: list[str] = []

    async def answer(q: str) -> str:
        asked.append(q)
        return str(len(q))

    written: list[str] = []
    lines = io.StringIO("x" * (3 * LINE_LIMIT + 5) + "\nnext\n")
    asyncio.run(answer_lines(lines, answer, written.append, in_flight=2))
    assert written == [str(LINE_LIMIT), "4"]
    assert asked[1] == "next"


def test_an_answer_is_written_before_the_next_question_arrives() -> None:
    """A person typing into a pipe gets each answer at once, not when the next line (or the end) comes."""
    read_fd, write_fd = os.pipe()
    written: list[tuple[str, float]] = []

    async def run() -> None:
        async def answer(q: str) -> str:
            return q.upper()

        with os.fdopen(read_fd, encoding="utf-8") as lines:
            task = asyncio.create_task(
                answer_lines(lines, answer, lambda s: written.append((s, time.monotonic())), in_flight=2)
            )
            os.write(write_fd, b"first\n")
            for _ in range(200):
                if written:
                    break
                await asyncio.sleep(0.01)
            assert [w for w, _ in written] == ["FIRST"]  # the second line has not been sent yet
            os.write(write_fd, b"second\n")
            os.close(write_fd)
            await asyncio.wait_for(task, 10)

    asyncio.run(run())
    assert [w for w, _ in written] == ["FIRST", "SECOND"]


def test_piped_questions_get_the_same_answers_with_workers_as_one_at_a_time(tmp_path: Path) -> None:
    engine_of(tmp_path / "corpus", STORY + filler(12))
    stdin = "".join(q + "\n" for q in QUESTIONS) + "x" * 5000 + "\n"
    outputs = []
    for workers in ("1", "2"):
        r = subprocess.run(
            [
                sys.executable,
                "-m",
                "bot",
                "--corpus",
                str(tmp_path / "corpus"),
                "--db",
                str(tmp_path / f"w{workers}.db"),
                "ask",
                "--json",
                "--workers",
                workers,
            ],
            input=stdin,
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
        assert r.returncode == 0, r.stderr
        outputs.append([json.loads(line) for line in r.stdout.splitlines()])
    assert outputs[0] == outputs[1]
    assert [a["question"] for a in outputs[1][:-1]] == QUESTIONS
    assert not outputs[1][0]["abstained"] and "Dahl" in outputs[1][0]["answer"]
    assert "characters" in outputs[1][-1]["answer"]  # a refused question keeps its place


@contextlib.contextmanager
def _piped(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """``newsbot ask --workers 2`` over the made-up corpus, its stdin and stdout pipes; it and its workers
    (a session of their own) are killed on the way out, whatever the test found."""
    engine_of(tmp_path / "corpus", STORY + filler(12))
    cmd = [sys.executable, "-m", "bot", "--corpus", str(tmp_path / "corpus"), "--db", str(tmp_path / "c.db")]
    with subprocess.Popen(
        [*cmd, "ask", "--json", "--workers", "2"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        start_new_session=True,
    ) as proc:
        try:
            yield proc
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)


def _ask(proc: subprocess.Popen[str], question: str) -> dict[str, object]:
    """One question written to the open stdin, and its answer, which must come before the next line."""
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(question + "\n")
    proc.stdin.flush()
    assert select.select([proc.stdout], [], [], 60)[0], "no answer while stdin stays open"
    answer: dict[str, object] = json.loads(proc.stdout.readline())
    return answer


def test_workers_answer_while_stdin_is_still_open(tmp_path: Path) -> None:
    """The workers are forked before stdin is read: a worker forked while the reader thread waited for
    the next line inherited stdin's lock held, and hung closing its copy (every batch piped from a
    program that writes the questions over time, as the scorers do, never ended)."""
    with _piped(tmp_path) as proc:
        for q in QUESTIONS[:2]:
            assert _ask(proc, q)["question"] == q
        assert proc.stdin is not None
        proc.stdin.close()
        assert proc.wait(timeout=60) == 0


def _children(pid: int) -> list[int]:
    got = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True)
    return [int(p) for p in got.stdout.split()]


def test_workers_end_when_their_parent_is_killed(tmp_path: Path) -> None:
    """A parent killed outright (a timeout's SIGTERM, SIGKILL, the out-of-memory killer) takes its workers
    with it: an idle worker waits on a pipe it holds both ends of, and would otherwise run for ever."""
    with _piped(tmp_path) as proc:
        _ask(proc, QUESTIONS[0])
        workers = _children(proc.pid)
        assert len(workers) == 2
        proc.kill()
        proc.wait(timeout=30)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and any(Path(f"/proc/{w}").exists() for w in workers):
            time.sleep(0.1)
        alive = [w for w in workers if Path(f"/proc/{w}").exists()]
        assert not alive, f"workers outlived their parent: {alive}"


def test_a_fault_answering_one_question_is_its_reply_and_the_batch_goes_on() -> None:
    from bot.cli import _answer

    class Failing:
        async def ask(self, question: str, **_: object) -> None:
            raise RuntimeError("boom")

    a, failed = asyncio.run(_answer(Failing(), "Who said it?", None))  # type: ignore[arg-type]
    assert failed and a.abstained and "went wrong" in a.answer and a.question == "Who said it?"
