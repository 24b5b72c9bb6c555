"""A question's or a topic's words typed without quotes: the shell splits them, the command line joins
them again ("timeline black heron", "ask who owns the ferry")."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import parse
from tests.conftest import ROOT


def test_unquoted_words_make_one_topic_or_question() -> None:
    tl = parse(["timeline", "grey", "heron", "--limit", "3"])
    assert (tl.topic, tl.limit) == ("grey heron", 3)
    assert parse(["timeline"]).topic is None
    assert parse(["ask", "who", "owns", "the", "ferry"]).question == "who owns the ferry"
    assert parse(["ask", "--json"]).question is None  # no words: questions come from stdin


def test_an_unquoted_timeline_topic_runs(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ferry.txt").write_text(
        "Grey Heron ferry returns\nGullholm Post\nPublished: March 10, 2031\n\n"
        "The Grey Heron ferry returned to service on Friday after a month of repairs.\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot",
            "--corpus",
            str(corpus),
            "--no-cache",
            "timeline",
            "grey",
            "heron",
            "--json",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert out["topic"] == "grey heron"
    assert [e["date"] for e in out["events"]] == ["2031-03-07"]


def test_a_dates_words_need_no_quotes_and_the_rest_is_the_topic() -> None:
    """``--since May 2025`` as the README writes it: "2025" silently became the topic, and
    ``--since 16 March 2026`` was refused as "can't read '16'"."""
    a = parse(["timeline", "--since", "May", "2025"])
    assert (a.since, a.topic) == ("May 2025", None)
    a = parse(["timeline", "--since", "16", "March", "2026", "ferry", "strike", "--until", "last", "week"])
    assert (a.since, a.until, a.topic) == ("16 March 2026", "last week", "ferry strike")
    assert parse(["timeline", "heron", "--since", "2025", "ferry"]).topic == "heron ferry"


def test_a_date_that_does_not_read_is_refused_with_the_words_typed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exc:
        parse(["timeline", "--since", "16", "Marhc", "2026"])
    assert exc.value.code == 2
    assert "argument --since: I can't read '16 Marhc 2026' as a date" in capsys.readouterr().err


def test_a_chart_is_written_only_to_a_png_name(capsys: pytest.CaptureFixture[str]) -> None:
    """``--chart chart4.txt`` wrote a PNG into a .txt file without a word."""
    assert parse(["timeline", "--chart", "out/Chart.PNG"]).chart == Path("out/Chart.PNG")
    with pytest.raises(SystemExit):
        parse(["timeline", "--chart", "chart4.txt"])
    assert "give a file name ending in .png, not 'chart4.txt'" in capsys.readouterr().err
