"""The command line's interfaces, as the scorers and users drive them: real processes, real SQLite files."""

from __future__ import annotations

import json
import os
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def newsbot(*args: str, stdin: str | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def test_ask_json_shape_and_cache_across_processes(seeds_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "cache.db"
    args = ("--corpus", str(seeds_copy), "--db", str(db), "ask", "--json", "Who interviewed Rutte?")
    first = newsbot(*args)
    assert first.returncode == 0, first.stderr
    a = json.loads(first.stdout)
    assert set(a) >= {"question", "abstained", "answer", "citations", "cached"}
    assert a["question"] == "Who interviewed Rutte?"
    assert a["cached"] is False and not a["abstained"]
    assert set(a["citations"][0]) >= {"n", "doc_id", "title", "source", "url", "published", "quote"}
    second = json.loads(newsbot(*args).stdout)
    assert second["cached"] is True
    assert second["answer"] == a["answer"] and second["citations"] == a["citations"]

    # a reload on a changed corpus: the next ask is a miss
    (seeds_copy / "new.txt").write_text(
        "Margaret Brennan interviewed the NATO chief on Sunday.\n", encoding="utf-8"
    )
    reload = newsbot("--corpus", str(seeds_copy), "--db", str(db), "reload")
    assert reload.returncode == 0, reload.stderr
    assert "6 documents" in reload.stdout
    third = json.loads(newsbot(*args).stdout)
    assert third["cached"] is False


def test_ask_reads_questions_from_stdin_one_object_each(tmp_path: Path) -> None:
    stdin = "Who interviewed Rutte?\n\n" + "x" * 5000 + "\nlorem ipsum dolor\n"
    r = newsbot("--db", str(tmp_path / "c.db"), "ask", "--json", stdin=stdin)
    assert r.returncode == 0, r.stderr
    lines = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(lines) == 3  # the blank line is skipped, the huge one gets a clear refusal
    assert not lines[0]["abstained"]
    assert lines[1]["abstained"] and "characters" in lines[1]["answer"]
    assert lines[2]["abstained"]


def test_a_question_refused_unsearched_says_why_and_not_that_the_coverage_was_searched(
    tmp_path: Path,
) -> None:
    r = newsbot("--db", str(tmp_path / "c.db"), "ask", "what happened " * 100)
    assert r.returncode == 1
    assert "please keep it to" in r.stdout and "Searched the coverage" not in r.stdout
    piped = newsbot("--db", str(tmp_path / "c.db"), "ask", stdin="what happened " * 100 + "\n")
    assert "please keep it to" in piped.stdout and "Searched the coverage" not in piped.stdout


def test_ask_text_output_has_numbered_sources(tmp_path: Path) -> None:
    r = newsbot("--db", str(tmp_path / "c.db"), "ask", "Who is Ukraine's First Deputy Foreign Minister?")
    assert r.returncode == 0, r.stderr
    assert "Kyslytsya" in r.stdout and "Sources:" in r.stdout and "[1]" in r.stdout


def test_timeline_json_shape(tmp_path: Path) -> None:
    r = newsbot("--db", str(tmp_path / "c.db"), "timeline", "--json", "--since", "2025-04-01", "--limit", "3")
    assert r.returncode == 0, r.stderr
    t = json.loads(r.stdout)
    assert set(t) >= {"topic", "events"} and t["since"] == "2025-04-01" and "until" not in t
    assert 0 < len(t["events"]) <= 3
    dates = [e["date"] for e in t["events"]]
    assert dates == sorted(dates) and all(d >= "2025-04" for d in dates)
    for e in t["events"]:
        assert set(e) >= {"date", "precision", "text", "citations"} and e["citations"]


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_timeline_chart_natural_dates_and_grouping(tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    r = newsbot("--db", db, "timeline", "ceasefire", "--chart", str(tmp_path / "a.png"))
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Timeline: ceasefire") and f"chart: {tmp_path / 'a.png'}" in r.stderr
    width, height = png_size((tmp_path / "a.png").read_bytes())
    assert width >= 600 and height >= 300
    r = newsbot("--db", db, "timeline", "--since", "April 2025", "--until", "April 2025", "--json",
                "--chart", str(tmp_path / "b.png"))  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert {e["date"][:7] for e in json.loads(r.stdout)["events"]} == {"2025-04"}
    assert (tmp_path / "a.png").read_bytes() != (tmp_path / "b.png").read_bytes(), "other data, other picture"
    r = newsbot("--db", db, "timeline", "--since", "2025", "--group", "month")
    assert (
        r.returncode == 0
        and "Timeline (since 2025-01-01, by month)" in r.stdout
        and "April 2025 · " in r.stdout
    )
    r = newsbot("--db", db, "timeline", "--chart", str(tmp_path / "missing" / "c.png"))
    assert r.returncode == 2 and "cannot write the chart" in r.stderr


def test_sources_json_has_metadata_with_provenance(tmp_path: Path) -> None:
    r = newsbot("--db", str(tmp_path / "c.db"), "sources", "--json")
    assert r.returncode == 0, r.stderr
    docs = json.loads(r.stdout)["documents"]
    assert len(docs) == 5
    for d in docs:
        assert set(d) >= {
            "doc_id",
            "title",
            "source",
            "author",
            "url",
            "published",
            "provenance",
            "sentences",
        }
        assert d["title"] and d["published"][:7] in {"2025-04", "2025-07"}
        assert d["provenance"]["published"] == "manifest"  # seeds/manifest.json: the pages state none


def test_an_undated_corpus_has_null_dates_in_every_json_output_and_date_unknown_in_text(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "undated"
    corpus.mkdir()
    records = [
        {
            "id": "pier",
            "title": "Pier to reopen",
            "text": "The harbour pier reopened on Friday after repairs. "
            "Fishermen said the work had begun on 3 March 2005 and ended two days later.",
        },
        {"id": "ferry", "title": "Ferry strike", "text": "Ferry crews went on strike last month over pay."},
    ]
    (corpus / "docs.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    base = ("--corpus", str(corpus), "--db", str(tmp_path / "c.db"))
    ask = newsbot(*base, "ask", "--json", "When did the harbour pier reopen?")
    assert ask.returncode == 0, ask.stderr
    citations = json.loads(ask.stdout)["citations"]
    assert citations and all(c["published"] is None for c in citations)
    sources = json.loads(newsbot(*base, "sources", "--json").stdout)["documents"]
    assert [(d["published"], "published" in d["provenance"]) for d in sources] == [(None, False)] * 2
    events = json.loads(newsbot(*base, "timeline", "--json").stdout)["events"]
    # only what the text states: the day it names and "two days later" ("on Friday", "last month": no anchor)
    assert [e["date"] for e in events] == ["2005-03-03", "2005-03-05"]
    assert all(c["published"] is None for e in events for c in e["citations"])
    text = newsbot(*base, "sources").stdout
    assert text.count("date unknown") == 2


def test_bad_arguments_give_clear_errors(tmp_path: Path) -> None:
    r = newsbot("--corpus", str(tmp_path / "missing"), "ask", "hi")
    assert r.returncode == 2 and "corpus directory not found" in r.stderr
    r = newsbot("timeline", "--since", "Aprilish")
    assert r.returncode == 2 and "I can't read 'Aprilish' as a date; try one of: 2025-05-12" in r.stderr


@pytest.mark.parametrize("command", ["sources"])
def test_problems_go_to_stderr_naming_the_file(tmp_path: Path, command: str) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Rutte spoke in Brussels on Friday about the war.\n", encoding="utf-8")
    (corpus / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    r = newsbot("--corpus", str(corpus), "--db", str(tmp_path / "c.db"), command, "--json")
    assert r.returncode == 0, r.stderr
    assert "bin.txt" in r.stderr
    assert [d["doc_id"] for d in json.loads(r.stdout)["documents"]] == ["good"]


def test_a_reloads_problems_are_listed_once_in_its_report(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Rutte spoke in Brussels on Friday about the war.\n", encoding="utf-8")
    (corpus / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    r = newsbot("--corpus", str(corpus), "--db", str(tmp_path / "c.db"), "reload")
    assert r.returncode == 0, r.stderr
    assert (r.stdout + r.stderr).count("bin.txt") == 1, (r.stdout, r.stderr)
    assert "bin.txt: binary file" in r.stdout


def test_questions_asked_on_the_command_line_are_recorded_as_cli(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    r = newsbot("--db", str(db), "ask", "--json", stdin="Who interviewed Rutte?\nWho met in Istanbul?\n")
    assert r.returncode == 0, r.stderr
    con = sqlite3.connect(db)
    try:
        got = con.execute("SELECT question, source, user_id FROM questions ORDER BY id").fetchall()
    finally:
        con.close()
    # piped questions are answered in parallel, each recorded once answered: in either order
    assert sorted(got) == [("Who interviewed Rutte?", "cli", None), ("Who met in Istanbul?", "cli", None)]


def test_no_cache_answers_and_says_the_reload_was_not_recorded(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    r = newsbot("--db", str(db), "--no-cache", "ask", "--json", "Who interviewed Rutte?")
    assert r.returncode == 0, r.stderr
    assert not json.loads(r.stdout)["abstained"]
    assert "--no-cache" in r.stderr  # the reason the store is unavailable, as a warning
    r = newsbot("--db", str(db), "--no-cache", "reload")
    assert r.returncode == 0, r.stderr
    assert "not recorded in the reload history" in r.stdout.lower()
    assert "the store is off (--no-cache), so nothing was recorded" in r.stdout  # said once, plainly
    console = newsbot("--db", str(db), "--no-cache", "console", stdin="")
    assert "; no cache." in console.stdout and str(db) not in console.stdout  # the banner names no file
    assert list(tmp_path.iterdir()) == [], "--no-cache writes nothing: no database, no index beside it"


def test_a_db_that_is_no_regular_file_persists_nothing_and_says_why_once(
    seeds_copy: Path, tmp_path: Path
) -> None:
    """A FIFO (as /dev/null, a device) is no place for a database or an index beside it: the bot runs
    without both, says why once, and creates nothing (``--db /dev/null`` made ``/dev/null.index``). Once:
    the store's warning that it cannot use the file says it; the index's "not persisting" beside it said
    the same thing a second time."""
    fifo = tmp_path / "db.fifo"
    os.mkfifo(fifo)
    for command in (("ask", "--json", "Who interviewed Rutte?"), ("reload",)):
        r = newsbot("--corpus", str(seeds_copy), "--db", str(fifo), *command)
        assert r.returncode == 0, r.stderr
        assert r.stderr.count("WARNING") == 1 and "not persisting the index" not in r.stderr, r.stderr
        assert r.stderr.count("running without a cache or history") == 1, (
            r.stderr
        )  # not logged twice, printed
        assert "db.fifo: it is not a regular file" in r.stderr
        assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "db.fifo"]
    assert "Rutte" in r.stdout or "reloaded" in r.stdout


def test_the_command_line_and_the_console_print_the_same_text(tmp_path: Path) -> None:
    """One plain-text renderer: ``ask`` prints exactly the block the console prints."""
    question = "Who is Ukraine's First Deputy Foreign Minister?"
    cli = newsbot("--db", str(tmp_path / "c.db"), "--no-cache", "ask", question)
    console = newsbot("--db", str(tmp_path / "c.db"), "--no-cache", "console", stdin=question + "\n")
    assert cli.returncode == 0 and console.returncode == 0, (cli.stderr, console.stderr)
    block = cli.stdout.strip()
    assert block.startswith(f"Q: {question}\n> ") and "Kyslytsya" in block
    assert block in console.stdout


def test_the_command_line_imports_neither_discord_nor_matplotlib_until_needed() -> None:
    """Both are a good part of a start-up ``newsbot ask`` does not need (the scale benchmark times the
    command line from process start); the chart and the grouped text import them when asked for."""
    probe = "import sys, bot.cli; print(sorted(m for m in ('discord', 'matplotlib') if m in sys.modules))"
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True)
    assert r.stdout.strip() == "[]", r.stdout


#: holds the cluster's reload lock (an flock beside the SQLite file, as a reloading process does) until
#: a line arrives on stdin
RELOAD_LOCKER = """
import fcntl, json, os, sys
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o644)
fcntl.flock(fd, fcntl.LOCK_EX)
os.ftruncate(fd, 0)
os.pwrite(fd, json.dumps({"holder": "mod#1 (reload)", "since": "2026-12-04T08:00:00+00:00"}).encode(), 0)
print("locked", flush=True)
sys.stdin.readline()
"""


def test_cli_reload_waits_its_turn_behind_another_process_reloading(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    assert newsbot("--db", str(db), "reload").returncode == 0
    locker = subprocess.Popen(
        [sys.executable, "-c", RELOAD_LOCKER, f"{db}.reload-lock"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert locker.stdin is not None and locker.stdout is not None
    try:
        assert locker.stdout.readline() == "locked\n"
        refused = newsbot("--db", str(db), "reload")
    finally:
        locker.communicate("go\n", timeout=30)
    assert refused.returncode == 1
    assert "mod#1 (reload)" in refused.stdout and "not started" in refused.stdout
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM reloads").fetchone()[0] == 1  # the refused one: not recorded
    again = newsbot("--db", str(db), "reload")
    assert again.returncode == 0, again.stdout + again.stderr
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM reloads").fetchone()[0] == 2


def test_cli_reload_says_what_changed_since_the_last_process_read_the_corpus(tmp_path: Path) -> None:
    corpus, db = tmp_path / "corpus", tmp_path / "c.db"
    corpus.mkdir()
    for name in ("harbour", "ferry", "market"):
        text = f"{name.title()} news\n\nThe {name} reopened on Monday after repairs.\n"
        (corpus / f"{name}.txt").write_text(text)
    first = newsbot("--corpus", str(corpus), "--db", str(db), "reload")
    assert first.returncode == 0, first.stderr
    (corpus / "ferry.txt").unlink()
    (corpus / "market.txt").write_text("Market news\n\nThe market closed early on Friday for a festival.\n")
    (corpus / "pier.txt").write_text("Pier news\n\nThe pier was painted blue over the weekend.\n")
    second = newsbot("--corpus", str(corpus), "--db", str(db), "reload")
    assert second.returncode == 0, second.stderr
    lines = second.stdout.splitlines()
    assert "Added (1): pier" in lines and "Removed (1): ferry" in lines and "Changed (1): market" in lines
    version_line = lines[0]
    assert "version — ->" not in version_line  # the version before is the one the last reload recorded


def test_the_warnings_shown_are_kept_only_until_the_problems_at_start_are_printed() -> None:
    # (a bot or console running for weeks would otherwise keep every warning it ever logs)
    import logging

    from bot.cli import Shown

    def warning(text: str) -> logging.LogRecord:
        return logging.LogRecord("store", logging.WARNING, __file__, 1, text, None, None)

    shown = Shown()
    shown.filter(warning("store: db.fifo is not a regular file"))
    assert shown.said("db.fifo is not a regular file")
    shown.close()
    shown.filter(warning("a warning long after start"))
    assert shown.messages == []


def test_a_refused_reload_leaves_the_saved_index_as_it_was(tmp_path: Path) -> None:
    """`reload` of a corpus with nothing readable writes nothing: the index saved beside the database for
    the last good corpus stays, so the next reload of it compares with it and lists what changed."""
    corpus, empty, db = tmp_path / "corpus", tmp_path / "empty", tmp_path / "nb.db"
    corpus.mkdir()
    empty.mkdir()
    (corpus / "a.txt").write_text("Title: Fence falls\nPublished: 13 March 2026\n\nA fence fell.\n")
    assert newsbot("--corpus", str(corpus), "--db", str(db), "reload").returncode == 0
    saved = {p.name: p.read_bytes() for p in (tmp_path / "nb.db.index").iterdir()}
    assert newsbot("--corpus", str(empty), "--db", str(db), "reload").returncode == 1
    assert {p.name: p.read_bytes() for p in (tmp_path / "nb.db.index").iterdir()} == saved
    (corpus / "a.txt").write_text("Title: Fence falls\nPublished: 13 March 2026\n\nA fence fell down.\n")
    r = newsbot("--corpus", str(corpus), "--db", str(db), "reload")
    assert r.returncode == 0 and "Changed (1): a" in r.stdout, r.stdout


def test_a_first_reload_of_an_unreadable_corpus_keeps_no_previous_corpus(tmp_path: Path) -> None:
    """The one-shot `reload` serves nothing: its failure says why, not that "the previous corpus is kept"
    (a new store has none); a chart's event count is said in words ("1 event")."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "x.jsonl").write_text('{"broken\n', encoding="utf-8")
    r = newsbot("--corpus", str(corpus), "--db", str(tmp_path / "new.db"), "reload")
    assert r.returncode == 1
    assert r.stdout.startswith("Reload failed: the corpus has no readable documents"), r.stdout
    assert "previous corpus is kept" not in r.stdout
    article = "Title: Fence collapses\nPublished: 13 March 2026\n\nThe fence collapsed on Friday.\n"
    (corpus / "a.txt").write_text(article, encoding="utf-8")
    chart = tmp_path / "c.png"
    r = newsbot("--corpus", str(corpus), "--no-cache", "timeline", "fence", "--chart", str(chart))
    assert r.returncode == 0, r.stderr
    assert f"chart: {chart} (1 event)" in r.stderr, r.stderr


def test_a_load_note_is_printed_as_a_note_and_a_skipped_file_as_a_warning(tmp_path: Path) -> None:
    """A Windows-1252 file is loaded (a note, not a failure); a ``.csv`` beside it is skipped, by name."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    story = "Quill footbridge to close\n\nThe council said the footbridge would close \u201csoon\u201d.\n"
    (corpus / "ansi.txt").write_bytes(story.encode("cp1252"))
    (corpus / "brief.csv").write_text("date,headline\n", encoding="utf-8")
    r = newsbot("--corpus", str(corpus), "--no-cache", "sources")
    assert r.returncode == 0, r.stderr
    assert (
        "note: ansi.txt: not UTF-8, read as Windows-1252" in r.stderr and "warning: ansi.txt" not in r.stderr
    )
    assert "warning: brief.csv: skipped: a .csv file is not read" in r.stderr
    assert "Sources (1 document)" in r.stdout


def _bridge_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(
        "Harbour bridge shut\nGull Gazette\nPublished: March 10, 2031\n\n"
        "The Wrenmouth bridge was shut on 9 March 2031 after a crack was found.\n",
        encoding="utf-8",
    )
    return folder


@pytest.mark.parametrize("command", [["sources"], ["timeline"], ["ask", "who shut the bridge?"]])
def test_an_empty_corpus_folder_is_warned_about(tmp_path: Path, command: list[str]) -> None:
    """It started with "0 documents" and no warning; ask said none of the files could be read though
    there were none."""
    (tmp_path / "empty").mkdir()
    r = newsbot("--corpus", str(tmp_path / "empty"), "--no-cache", *command)
    assert r.returncode == 0, r.stderr
    assert f"no article is loaded: the corpus folder {tmp_path / 'empty'} holds none" in r.stderr
    assert r.stderr.count("no article is loaded") == 1
    assert "none of the corpus' files could be read" not in r.stdout


def test_wrong_corpus_and_database_paths_are_said_plainly(tmp_path: Path) -> None:
    corpus = _bridge_corpus(tmp_path / "cc")
    (tmp_path / "q.txt").write_text("notes\n", encoding="utf-8")
    r = newsbot("--corpus", "q.txt", "sources", cwd=tmp_path)
    assert r.returncode == 2
    assert f"error: the corpus q.txt (in {tmp_path}) is a file, not a folder" in r.stderr
    r = newsbot("--corpus", str(corpus), "--db", str(tmp_path / "q.txt" / "x.db"), "sources")
    assert r.returncode == 0, r.stderr
    assert f"{tmp_path / 'q.txt'} is a file, not a folder the database could be in" in r.stderr
    assert "File exists" not in r.stderr


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc")
def test_a_database_that_cannot_be_created_is_warned_about_once(tmp_path: Path) -> None:
    """``--db /proc/x.db``: the store's warning, and then the index's beside it, said the same twice."""
    corpus = _bridge_corpus(tmp_path / "cc")
    r = newsbot("--corpus", str(corpus), "--db", "/proc/newsbot-nufix-test.db", "sources")
    assert r.returncode == 0, r.stderr
    assert r.stderr.count("/proc/newsbot-nufix-test.db") == 1, r.stderr
