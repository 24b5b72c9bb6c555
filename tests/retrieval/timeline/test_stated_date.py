"""Every date a timeline shows is stated (or resolved from a stated date) by a source cited beside it:
one outlet's "filed the complaint last month" merges with another's "filed the complaint on February 12",
and shows the day only with the outlet that states it cited; a topic that keeps the month's report alone
shows the month. Two made-up articles."""

from __future__ import annotations

from pathlib import Path

from retrieval import build_engine

_MONTH = """Clinic board faces inquiry

By Tom Reed | Harbor Gazette | March 3, 2026

Dr Mara Quint filed the complaint about night staffing last month.

The board has not commented on the inquiry.
"""

_DAY = """Doctor's complaint prompts review

By Lena Ortiz | Valley Courier | March 5, 2026

Dr Mara Quint filed the complaint on February 12.

The complaint concerns the clinic's night ward.
"""


def test_a_merged_day_is_shown_only_beside_the_outlet_stating_it(tmp_path: Path) -> None:
    (tmp_path / "month.txt").write_text(_MONTH)
    (tmp_path / "day.txt").write_text(_DAY)
    engine = build_engine(tmp_path)
    whole = engine.timeline(None).events
    assert [(e.date, sorted(c.source or "" for c in e.citations)) for e in whole] == [
        ("2026-02-12", ["Harbor Gazette", "Valley Courier"])
    ]
    staffing = engine.timeline("staffing").events
    assert [(e.date, e.precision, [c.source for c in e.citations]) for e in staffing] == [
        ("2026-02", "month", ["Harbor Gazette"])
    ]
