"""Corpus text reaching a terminal: an article (or a file name) carrying escape sequences, such as an
OSC 52 clipboard write or the C1 control U+009B (CSI in one character), is shown, never acted on, by
the text command line, its JSON, its warnings and the console. Real processes on a real corpus."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from bot import render
from tests.conftest import ROOT

OSC52 = "\x1b]52;c;cm0gLXJmIH4=\x07"  # writes "rm -rf ~" to the clipboard
C1_OSC52 = "\x9d52;c;cm0gLXJmIH4=\x9c"  # the same in 8-bit controls
CSI = "\x9b2J"  # clear the screen, as one C1 character and its parameters
TEXT = f"The harbour of Westport{OSC52} reopened after the{CSI} storm on Friday{C1_OSC52}."
#: what a terminal could act on; tab and newline are text
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _corpus(root: Path) -> Path:
    """The seeds (so the harbour's terms are rare enough to answer with) and a hostile article."""
    record = {
        "id": f"harbour{CSI}",
        "title": f"Harbour{OSC52} reopens",
        "source": f"Wire{C1_OSC52}",
        "url": f"https://example.com/harbour{C1_OSC52}",
        "published": "2025-03-01",
        "text": TEXT,
    }
    (root / "news.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    # a file whose name holds an escape sequence, and which is unusable: the warning names it
    (root / f"bad{OSC52}.jsonl").write_text("{not json\n", encoding="utf-8")
    return root


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def _shown_only(r: subprocess.CompletedProcess[str]) -> None:
    assert r.returncode == 0, r.stderr
    for stream in (r.stdout, r.stderr):
        found = sorted({hex(ord(c)) for c in CONTROLS.findall(stream)})
        assert not found, f"terminal controls {found} in {stream!r}"


def test_escape_sequences_in_articles_never_reach_the_terminal(seeds_copy: Path) -> None:
    corpus = _corpus(seeds_copy)
    base = ("--corpus", str(corpus), "--no-cache", "-v")
    question = "When did the harbour of Westport reopen?"

    text = _run(*base, "ask", question)
    _shown_only(text)
    assert "reopened after the" in text.stdout and "bad" in text.stderr, (text.stdout, text.stderr)

    as_json = _run(*base, "ask", "--json", question)
    _shown_only(as_json)
    answer = json.loads(as_json.stdout)
    assert answer["citations"][0]["quote"] == TEXT, "the JSON still carries the text exactly"

    listing = _run(*base, "sources")
    _shown_only(listing)
    assert "Harbour" in listing.stdout

    _shown_only(_run(*base, "sources", "--json"))
    console = _run(*base, "console", stdin=f"{question}\n/sources\n/reload\n")
    _shown_only(console)
    assert "reopened after the" in console.stdout and "Corpus reloaded" in console.stdout


def test_plain_takes_out_every_control_a_terminal_acts_on_and_nothing_else() -> None:
    every = "".join(map(chr, range(0x100)))
    shown = render.plain(every)
    assert not CONTROLS.search(shown) and len(shown) == len(every)
    assert [c for c in shown if c != " "] == [c for c in every if not CONTROLS.match(c) and c != " "]


def test_json_lines_escape_the_controls_json_leaves_raw() -> None:
    obj = {"text": TEXT, "plain": "é ✓ 👍"}
    line = render.json_line(obj)
    assert not CONTROLS.search(line) and json.loads(line) == obj and "é ✓ 👍" in line
