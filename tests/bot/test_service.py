"""The service: question hygiene, caching, and reloads that swap whole or not at all (real SQLite files)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.service import QuestionError, Service, clean_question
from bot.settings import load_settings
from tests.conftest import ALIASES, SEEDS


def test_questions_lose_mentions_links_and_markup_but_keep_their_words() -> None:
    q = clean_question("@everyone <@123> [see](https://evil.example) Is **Putin** open to `direct talks`?")
    assert q == "see Is Putin open to direct talks ?"
    assert "http" not in clean_question("What is at https://example.com/x?y=1 about Rutte")


@pytest.mark.parametrize("bad", ["", "   ", "@everyone", "<@1> <#2>", "\u200b\u200d", "```", "?!"])
def test_empty_questions_are_refused_with_a_message(bad: str) -> None:
    with pytest.raises(QuestionError, match="question"):
        clean_question(bad)


def test_huge_questions_are_refused_with_their_length() -> None:
    with pytest.raises(QuestionError, match="10,000"):
        clean_question("x" * 10_000)


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
        assert (await service.ask("who  interviewed RUTTE ?")).cached  # normalized request hits the cache

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


def test_alias_file_is_part_of_the_version(tmp_path: Path) -> None:
    from retrieval.engine import Engine

    corpus = tmp_path / "c"
    shutil.copytree(SEEDS, corpus)
    other = tmp_path / "aliases.toml"
    other.write_text('groups = [["rutte", "mark rutte"]]\n', encoding="utf-8")
    assert Engine.build(corpus, aliases=ALIASES).version != Engine.build(corpus, aliases=other).version
