"""The service: question hygiene, caching, and reloads that swap whole or not at all (real SQLite files)."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

import bot.service as service_module
from bot import render
from bot.service import CLI, Asker, QuestionError, Service
from bot.settings import load_settings
from bot.store import QuestionQuery, StoreWriteError, UnavailableStore, gap_key
from bot.store.sqlite import APPLICATION_ID, SCHEMA_VERSION
from retrieval import Engine, build_engine
from tests.conftest import ALIASES, SEEDS


async def _service(tmp_path: Path, corpus: Path) -> Service:
    settings = load_settings(None, corpus=corpus, db=tmp_path / "s.db", aliases=ALIASES)
    return await Service.start(settings)


async def test_reload_reports_changes_and_a_failed_reload_keeps_the_old_corpus(
    tmp_path: Path, seeds_copy: Path
) -> None:
    service = await _service(tmp_path, seeds_copy)
    try:
        first = await service.ask("Who interviewed Rutte?")
        assert not first.abstained and not first.cached
        assert (await service.ask(" Who  interviewed Rutte? ")).cached  # the same text for the engine: a hit

        (seeds_copy / "new.txt").write_text(
            "Margaret Brennan hosts Face the Nation on CBS.\n", encoding="utf-8"
        )
        removed = sorted(seeds_copy.glob("002_*.txt"))[0]
        removed.unlink()
        report = await service.reload("cli")
        assert report.ok and report.added == ["new"] and report.removed == [removed.stem]
        assert report.version_after != report.version_before
        assert not (await service.ask("Who interviewed Rutte?")).cached  # a new corpus version: a miss

        version = service.version
        for f in seeds_copy.iterdir():
            f.unlink()
        failed = await service.reload("cli")
        assert not failed.ok and failed.error and "no readable documents" in failed.error
        assert "Error" not in failed.error, failed.error  # said to a moderator, not as an exception's class
        assert service.version == version  # nothing changed
        assert not (await service.ask("Who interviewed Rutte?")).abstained
    finally:
        await service.close()


async def test_store_problems_that_arise_later_are_reported(tmp_path: Path, seeds_copy: Path) -> None:
    service = await _service(tmp_path, seeds_copy)
    try:
        assert service.store is not None
        service.store.problems.append("cache: database or disk is full")
        assert "cache: database or disk is full" in service.problems
    finally:
        await service.close()


async def test_a_cached_answer_never_depends_on_how_someone_else_cased_the_question(
    tmp_path: Path, seeds_copy: Path, seeds_engine: Engine
) -> None:
    """The engine reads case (a capital marks a name): the answer to the capitalised question is the
    engine's own, whether or not the lowercase one was asked (and cached) first."""
    question = "What did Russia call on the West to do?"
    expected = seeds_engine.ask(question)
    lower = seeds_engine.ask(question.lower())
    assert [s.text for s in lower.statements] != [s.text for s in expected.statements], "the premise"
    service = await _service(tmp_path, seeds_copy)
    try:
        first = await service.ask(question.lower())
        assert [s.text for s in first.statements] == [s.text for s in lower.statements]
        second = await service.ask(question)
        assert not second.cached
        assert [s.text for s in second.statements] == [s.text for s in expected.statements]
        assert (await service.ask(question)).cached
    finally:
        await service.close()


def test_alias_file_is_part_of_the_version(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    shutil.copytree(SEEDS, corpus)
    other = tmp_path / "aliases.toml"
    other.write_text('groups = [["rutte", "mark rutte"]]\n', encoding="utf-8")
    assert build_engine(corpus, aliases=ALIASES).version != build_engine(corpus, aliases=other).version


# --------------------------------------------------------------------------- the question history


async def test_every_answered_question_is_recorded_after_it_is_answered(
    tmp_path: Path, seeds_copy: Path
) -> None:
    service = await _service(tmp_path, seeds_copy)
    try:
        who = Asker(source="discord", user_id=1, guild_id=2, channel_id=3)
        answer = await service.ask("  Who interviewed   Rutte? ", asker=who)
        # nothing awaited since the answer came back: the history has not been written yet
        assert rows(tmp_path / "s.db", "SELECT count(*) FROM questions") == [(0,)]
        await service.ask("Who interviewed Rutte?", asker=CLI)  # a cache hit is recorded too
        declined = await service.ask("What is the recipe for sourdough pretzels?")
        with pytest.raises(QuestionError):
            await service.ask("   ")  # refused: not an answered question
        await service.wait_recorded()
        page = await service.store.questions(QuestionQuery())
        newest, hit, first = page.items
        assert first.question == "Who interviewed Rutte?" and first.answer_id == answer.answer_id
        assert (first.source, first.user_id, first.guild_id, first.channel_id) == ("discord", 1, 2, 3)
        assert first.answer == answer.answer and not first.abstained and not first.cached
        assert first.corpus_version == service.version
        assert (hit.source, hit.user_id, hit.cached, hit.answer_id) == ("cli", None, True, answer.answer_id)
        assert newest.abstained and newest.answer == declined.answer
        assert newest.looked_for == declined.looked_for and newest.gap_key == gap_key(declined.looked_for)
        assert [g.gap_key for g in await service.store.gaps()] == [newest.gap_key]
    finally:
        await service.close()


async def test_without_a_store_questions_are_answered_and_nothing_claims_a_record(
    tmp_path: Path, seeds_copy: Path
) -> None:
    settings = load_settings(None, corpus=seeds_copy, db=tmp_path / "s.db", aliases=ALIASES)
    service = await Service.start(settings, use_store=False)
    try:
        assert isinstance(service.store, UnavailableStore)
        assert "--no-cache" in service.problems[-1]
        answer = await service.ask("Who interviewed Rutte?")
        assert not answer.abstained
        with pytest.raises(StoreWriteError, match="nothing was recorded"):
            await service.feedback(answer.answer_id, 42, 1)
        report = await service.reload("cli")
        assert report.ok and report.history == "failed" and "--no-cache" in (report.history_error or "")
        text = render.reload_text(report)
        assert "Not recorded in the reload history" in text and "--no-cache" in text
        embed = render.reload_embed(report)
        assert any(f.name == "Not recorded in the reload history" for f in embed.fields)
        checkpoint = await service.checkpoint("cli")
        assert checkpoint.history == "failed"
    finally:
        await service.close()
    assert not (tmp_path / "s.db").exists()


async def test_a_store_that_cannot_be_opened_is_the_unavailable_store_with_its_reason(
    tmp_path: Path, seeds_copy: Path
) -> None:
    db = tmp_path / "s.db"
    con = sqlite3.connect(db)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    service = await _service(tmp_path, seeds_copy)
    try:
        assert isinstance(service.store, UnavailableStore)
        assert any("newer newsbot" in p for p in service.problems)
        assert not (await service.ask("Who interviewed Rutte?")).abstained
        report = await service.reload("cli")
        assert report.ok and report.history == "failed"
    finally:
        await service.close()


async def test_a_recorded_reload_says_so(tmp_path: Path, seeds_copy: Path) -> None:
    service = await _service(tmp_path, seeds_copy)
    try:
        report = await service.reload("cli")
        assert report.history == "recorded" and report.history_error is None
        assert "Not recorded" not in render.reload_text(report)
        (record,) = await service.store.reload_history()
        assert report.seconds is not None and record.seconds == report.seconds > 0  # how long it took
    finally:
        await service.close()


async def test_the_cli_reload_of_an_emptied_corpus_is_refused_and_not_recorded(
    tmp_path: Path, seeds_copy: Path
) -> None:
    """`newsbot reload` after every file was removed (or is unreadable) says it failed, as a /reload does,
    and records nothing: a running bot that follows the history keeps its corpus."""
    first = await _service(tmp_path, seeds_copy)
    try:
        assert (await first.checkpoint("cli")).ok
        # how long it took is on record, as a /reload's is (the status page shows it, not "–")
        (recorded,) = await first.store.reload_history(1)
        assert recorded.seconds is not None and recorded.seconds >= 0, recorded
    finally:
        await first.close()
    for f in seeds_copy.iterdir():
        f.unlink()
    (seeds_copy / "empty.txt").write_text("", encoding="utf-8")
    service = await _service(tmp_path, seeds_copy)
    try:
        report = await service.checkpoint("cli")
        assert not report.ok and report.error and "no readable documents" in report.error
        assert "Reload failed" in render.reload_text(report)
        history = await service.store.reload_history()
        assert len(history) == 1 and history[0].documents > 0  # only the first, full corpus's
    finally:
        await service.close()


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


async def test_the_question_limit_comes_from_the_settings(seeds_engine: Engine, tmp_path: Path) -> None:
    settings = load_settings(None, db=tmp_path / "s.db", max_question_chars=30)
    service = Service(settings, seeds_engine, UnavailableStore("not needed"))
    with pytest.raises(QuestionError, match="to 30 at most"):
        await service.ask("Who interviewed Rutte on Sunday morning?")
    with pytest.raises(QuestionError, match="to 30 at most"):
        await service.timeline("ceasefire talks between the two delegations")
    assert service.check_question("Who interviewed Rutte?") == "Who interviewed Rutte?"


async def test_long_timelines_are_recomputed_not_read_back_from_the_cache(
    tmp_path: Path, seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading a long timeline back from the cache is pydantic work holding the GIL (a stall no worker
    thread avoids), longer than recomputing it off the loop: only short ones are cached."""
    from bot import service as service_module

    monkeypatch.setattr(service_module, "MAX_CACHED_EVENTS", 5)
    service = await _service(tmp_path, seeds_copy)
    try:
        first, second = await service.timeline(), await service.timeline()
        assert len(first.events) > 5 and not first.cached and not second.cached, "over the bound: recomputed"
        assert second == first
        short = await service.timeline("Zelensky")
        assert 0 < len(short.events) <= 5
        assert (await service.timeline("Zelensky")).cached, "a short one is cached as before"
    finally:
        await service.close()


async def test_the_store_opens_while_the_engine_does(
    tmp_path: Path, seeds_copy: Path, seeds_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A start's two waits overlap: the engine's opening (a thread) does not hold the store's back."""
    store_open = threading.Event()
    real_open = service_module.open_store

    async def open_store(*args: object, **kwargs: object) -> object:
        store = await real_open(*args, **kwargs)  # type: ignore[arg-type]
        store_open.set()
        return store

    def start_engine(*args: object) -> tuple[Engine, None]:
        assert store_open.wait(5), "the store waited for the engine"
        return seeds_engine, None

    monkeypatch.setattr(service_module, "open_store", open_store)
    monkeypatch.setattr(service_module, "start_engine", start_engine)
    service = await _service(tmp_path, seeds_copy)
    try:
        assert service.store.available and service.engine is seeds_engine
    finally:
        await service.close()


async def test_a_start_whose_engine_fails_leaves_no_store_open(
    tmp_path: Path, seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[object] = []
    real_open = service_module.open_store

    async def open_store(*args: object, **kwargs: object) -> object:
        store = await real_open(*args, **kwargs)  # type: ignore[arg-type]
        opened.append(store)
        return store

    def start_engine(*args: object) -> None:
        raise RuntimeError("no engine today")

    monkeypatch.setattr(service_module, "open_store", open_store)
    monkeypatch.setattr(service_module, "start_engine", start_engine)
    with pytest.raises(RuntimeError, match="no engine today"):
        await _service(tmp_path, seeds_copy)
    assert opened and all(s._db is None for s in opened)  # type: ignore[attr-defined]


async def test_a_reload_with_nothing_changed_shows_indexing_done(tmp_path: Path, seeds_copy: Path) -> None:
    """Unchanged files are not re-read, so the rows counted may stop short of the total: a watcher of
    the progress lines still sees the index finished before the report."""
    service = await _service(tmp_path, seeds_copy)
    messages: list[str] = []

    async def progress(text: str) -> None:
        messages.append(text)

    try:
        report = await service.reload("test", progress=progress)
        assert report.ok
        assert messages[-1] == "Indexing… 100% done", messages
    finally:
        await service.close()
