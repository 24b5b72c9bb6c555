"""The console: lines in, the same answers as on Discord out, through the real Service over the seeds."""

from __future__ import annotations

import io
import warnings
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)  # discord.player's audioop import
    from bot.console import CommandError, parse_line, run_console

from bot.dates import BadDate
from bot.questions import QuestionError
from bot.service import Service
from bot.settings import Settings
from bot.store import QuestionQuery
from tests.support.alpine import ALPINE_PEOPLE, write_alpine_corpus

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def service(seeds_copy: Path, tmp_path: Path) -> AsyncIterator[Service]:
    settings = Settings(
        _env_file=None, corpus=seeds_copy, db=tmp_path / "c.db", aliases=ROOT / "config" / "aliases.toml"
    )
    svc = await Service.start(settings)
    yield svc
    await svc.close()


async def _run(service: Service, text: str, **kw: bool) -> str:
    out = io.StringIO()
    await run_console(service, io.StringIO(text), out, **kw)
    return out.getvalue()


def test_parse_line() -> None:
    assert parse_line("   ") is None
    assert parse_line("Who is Rutte?") == parse_line("/ask Who is Rutte?")
    # a command's name typed alone without its slash is the command; with more words, a question
    assert parse_line("sources") == parse_line("/sources")
    assert parse_line("Quit") == parse_line("/quit")
    assert parse_line("sources say what?") == parse_line("/ask sources say what?")
    # a listing's name with its words, as typed with the slash
    assert parse_line("sources Herald") == parse_line("/sources Herald")
    assert parse_line("Timeline ceasefire talks since:2025-04-01") == parse_line(
        "/timeline ceasefire talks since:2025-04-01"
    )
    assert parse_line("reload now") == parse_line("/ask reload now")
    cmd = parse_line("/timeline ceasefire talks since:2025-04-01 until:2025-04-30")
    assert cmd is not None and cmd.timeline is not None
    assert cmd.timeline.topic == "ceasefire talks"
    assert (str(cmd.timeline.since), str(cmd.timeline.until)) == ("2025-04-01", "2025-04-30")
    with pytest.raises(CommandError):
        parse_line("/frobnicate")
    with pytest.raises(BadDate):
        parse_line("/timeline since:04/01/2025")
    with pytest.raises(BadDate):
        parse_line("/timeline since:2025-05-01 until:2025-04-01")


def test_console_dates_run_over_words_or_are_quoted_and_options_are_checked() -> None:
    cmd = parse_line("/timeline ceasefire since:May 2025 until:June 2025 talks grouping:week")
    assert cmd is not None and cmd.timeline is not None
    assert cmd.timeline.topic == "ceasefire talks" and cmd.timeline.grouping == "week"
    assert (str(cmd.timeline.since), str(cmd.timeline.until)) == ("2025-05-01", "2025-06-30")
    quoted = parse_line('/timeline since:"12 May 2025" until:2025')
    assert quoted is not None and quoted.timeline is not None
    assert (str(quoted.timeline.since), str(quoted.timeline.until)) == ("2025-05-12", "2025-12-31")
    private = parse_line("/ask Who is Rutte? private:yes")
    assert private is not None and (private.text, private.get("private")) == ("Who is Rutte?", True)
    with pytest.raises(QuestionError, match="`grouping` is one of day, week, month"):
        parse_line("/timeline grouping:fortnight")
    with pytest.raises(QuestionError, match="`private` is true or false"):
        parse_line("/ask Who? private:maybe")
    searched = parse_line("/sources kyiv independent")
    assert searched is not None and searched.text == "kyiv independent"


async def test_questions_and_commands_until_eof(service: Service) -> None:
    text = (
        "Is Putin open to direct talks with Ukraine?\n"
        "/ask Is Putin open to direct talks with Ukraine?\n"
        "/ask What is the recipe for sourdough pretzels?\n"
        "/sources\n"
        "/timeline since:2025-01-01\n"
        "/help\n"
    )
    out = await _run(service, text)
    blocks = out.strip().split("\n\n")
    assert len(blocks) == 6
    assert "open to direct bilateral talks" in blocks[0] and "[1]" in blocks[0] and "Forbes" in blocks[0]
    assert "cached" not in blocks[0] and "· cached" in blocks[1]
    assert "does not answer" in blocks[2]
    assert blocks[3].startswith("Sources (5 documents)")
    assert blocks[4].startswith("Timeline") and "2025-04" in blocks[4]
    assert "/timeline" in blocks[5]


async def test_bad_input_is_answered_and_the_loop_goes_on(service: Service) -> None:
    out = await _run(service, "/ask    \n/timeline since:whenever\n/nope\n" + "x " * 600 + "\n/sources\n")
    assert "Please ask a question" in out
    assert "`since`: I can't read 'whenever' as a date; try one of: 2025-05-12" in out
    assert "Unknown command /nope" in out
    assert "please keep it to" in out
    assert "Sources (5 documents)" in out


async def test_quit_stops_before_later_lines(service: Service) -> None:
    out = await _run(service, "/help\n/quit\n/sources\n")
    assert "Try:" in out and "Sources (" not in out


async def test_console_sources_search_grouped_timeline_and_feedback(service: Service) -> None:
    out = await _run(service, "/sources kyiv independent\n/timeline since:2025 grouping:month\n/feedback\n")
    sources, timeline, feedback = out.strip().split("\n\n")
    assert sources.startswith("Sources (2 documents)") and sources.count("The Kyiv Independent") >= 2
    assert (
        timeline.startswith("Timeline (since 2025-01-01, by month)")
        and "April 2025 · " in timeline
        and "[1]" in timeline
    )
    assert feedback.startswith("Recent 👎:") and "Declined most often:" in feedback


async def test_reload_for_moderators_only(service: Service, seeds_copy: Path) -> None:
    refused = await _run(service, "/reload\n", is_moderator=False)
    assert "Only moderators" in refused
    (seeds_copy / "zz.txt").write_text(
        "Glacier lake monitors\n\nScientists installed monitors on the glacier lake on Tuesday.\n"
    )
    done = await _run(service, "/reload\nWhat did scientists install on the glacier lake?\n")
    assert "Corpus reloaded" in done and "Added (1): zz" in done
    assert "monitors on the glacier lake" in done


async def test_async_line_source(service: Service) -> None:
    async def lines() -> AsyncIterator[str]:
        yield "/sources"
        yield "/quit"

    out = io.StringIO()
    await run_console(service, lines(), out)
    assert out.getvalue().startswith("Sources (5 documents)")


async def test_console_questions_are_recorded_as_console(service: Service) -> None:
    await _run(service, "Who interviewed Rutte?\n/sources\n")
    await service.wait_recorded()
    [q] = (await service.store.questions(QuestionQuery())).items
    assert (q.question, q.source, q.user_id) == ("Who interviewed Rutte?", "console", None)


async def test_console_help_examples_come_from_the_loaded_corpus_not_the_seeds(tmp_path: Path) -> None:
    corpus = write_alpine_corpus(tmp_path / "alpine")
    svc = await Service.start(Settings(_env_file=None, corpus=corpus, db=tmp_path / "a.db", aliases=None))
    try:
        out = await _run(svc, "/help\n")
    finally:
        await svc.close()
    tried = out.split("Try:", 1)[1].strip().splitlines()
    assert len(tried) >= 2 and all(any(p.split()[-1] in q for p in ALPINE_PEOPLE) for q in tried), tried
    assert not any(n in out for n in ("Putin", "Zelensky", "Rutte", "NATO", "Peskov")), "not the seeds'"


async def test_a_sources_search_matching_nothing_says_so(service: Service) -> None:
    # "Sources (0 documents)" alone reads as an empty corpus; the search is what found nothing
    out = await _run(service, "/sources zzzqx\n/sources kyiv\n")
    first, second = out.strip().split("\n\n")[:2]
    assert "No document's title or outlet contains that" in first
    assert "No document's title" not in second and "Kyiv Independent" in second


async def test_feedback_says_when_no_store_is_in_use_and_none_yet_on_a_fresh_one(tmp_path: Path) -> None:
    """Without a usable store /feedback printed its two headings over nothing, as if no one had voted;
    on a fresh store "Declined most often" said "none" where the rest of the bot says "none yet"."""
    corpus = write_alpine_corpus(tmp_path / "alpine")
    (tmp_path / "ro").mkdir()
    (tmp_path / "ro" / "q.txt").write_text("a file, not a folder", encoding="utf-8")
    for db, expected in (
        (tmp_path / "ro" / "q.txt" / "x.db", "No store is in use"),
        (tmp_path / "fresh.db", "Recent 👎:\n  none yet\nDeclined most often:\n  none yet"),
    ):
        svc = await Service.start(Settings(_env_file=None, corpus=corpus, db=db, aliases=None))
        try:
            out = await _run(svc, "/feedback\n")
            assert ("Recent 👎" in out) == svc.store.available
        finally:
            await svc.close()
        assert out.strip().startswith(expected), out


async def test_a_follow_up_is_read_with_the_previous_questions_subject(tmp_path: Path) -> None:
    """ "when was that?" after an answer was declined for having no words to search for; a Discord
    thread reads it with its subject, and the console now does the same (bot.conversation)."""
    corpus = tmp_path / "cc"
    corpus.mkdir()
    (corpus / "ferry.txt").write_text(
        "Title: Ferry service added\nSource: Gull Gazette\nDate: 2031-03-18\n\n"
        "A temporary ferry service began on 18 March 2031 to carry commuters across Wrenmouth harbour.\n",
        encoding="utf-8",
    )
    svc = await Service.start(Settings(_env_file=None, corpus=corpus, db=tmp_path / "f.db", aliases=None))
    try:
        out = await _run(svc, "When did the ferry service begin?\nwhen was that?\n")
        alone = await _run(svc, "what did he say?\n")
    finally:
        await svc.close()
    _first, follow = out.strip().split("\n\n")
    assert follow.startswith("Q: when was that (about ferry")
    assert "18 March 2031" in follow and "no words to search for" not in follow
    # a new console has no previous question: the reason names the question's own words
    assert "only ones such as “what”, “did” or “he”" in alone
