"""Two weekday readings: the day of a statement a sentence is told from ("will appeal, according to a
statement on Tuesday") is the Tuesday before the article, made before it whatever the tense of what it
says; and "from Monday to Friday" is one event, the Monday spanning to the Friday after it, not two
(the Friday read alone was the nearest one, before the Monday)."""

from __future__ import annotations

from pathlib import Path

from retrieval import build_engine

# (5 March 2026 is a Thursday)
_STORY = """Bus drivers to strike over pay

Harwick Courier, 5 March 2026

{line}
Managers offered a 3 percent rise last month.
"""


def _events(tmp_path: Path, line: str) -> list[tuple[str, str | None]]:
    (tmp_path / "strike.txt").write_text(_STORY.format(line=line))
    events = build_engine(tmp_path).timeline().events
    return [(e.date, e.end) for e in events if "rise" not in e.text]


def test_the_day_of_a_statement_is_before_the_article(tmp_path: Path) -> None:
    line = "The company will appeal the ruling, according to a statement on Tuesday."
    assert _events(tmp_path, line) == [("2026-03-03", None)]


def test_from_one_weekday_to_another_is_one_event(tmp_path: Path) -> None:
    line = "Bus drivers in Harwick will strike from Monday to Friday, the union said."
    assert _events(tmp_path, line) == [("2026-03-09", "2026-03-13")]


def test_a_past_span_this_week(tmp_path: Path) -> None:
    line = "Train guards walked out from Monday to Wednesday this week, the rail union said."
    assert _events(tmp_path, line) == [("2026-03-02", "2026-03-04")]
