"""A timeline as a picture: one PNG that the web page, the Discord "📈 chart" button and the CLI's
``timeline --chart`` all show, so the three never disagree about what a timeline looks like.

``timeline_chart`` is a pure function (a Timeline in, PNG bytes out) drawn with matplotlib's
object API on the headless Agg canvas: no pyplot, no global figure state, no display. It is CPU
work of tens of milliseconds, so async callers run it in a worker thread (``asyncio.to_thread``).

The picture has two panels sharing one time axis:
- above, every event as a mark on the row of each outlet that reported it (the most frequent
  outlets get their own row and colour, the rest share "other outlets"); a filled mark is an event
  dated to the day, a hollow one an event dated only to the month or the year (drawn at its start);
- below, how many events fall in each period (day, month or year, by the span shown).
Text is large and ticks few, so it still reads as a Discord thumbnail. An event far from all the others
(a 2004 strike recalled among a month of 2026 news) is left off the time axis, which would otherwise
stretch over decades and squash the rest into one mark per outlet; a note over the marks names its date.
"""

from __future__ import annotations

import io
import threading
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.figure import Figure

from bot.render.shared import timeline_title
from retrieval import PRECISION_RANK, Timeline, TimelineEvent

MIN_WIDTH, MIN_HEIGHT = 600, 300
UNKNOWN_OUTLET = "unknown outlet"
OTHER_OUTLETS = "other outlets"
# Colour-blind-safe categorical colours (Okabe–Ito), then grey for "other outlets".
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
OTHER_COLOUR = "#8c8c8c"

Period = Literal["day", "month", "year"]

# matplotlib's text layout and font cache are shared by all figures; one drawing at a time.
_DRAWING = threading.Lock()


#: how many interquartile ranges beyond the middle half of the dates an event lies when it is left off the
#: axis (Tukey's "far out" fences): lower leaves off more of a long tail, higher lets a lone old date squash
#: the rest again
FAR_OUT = 3.0
#: the least interquartile range the fences are measured in: events bunched on a few days would otherwise
#: make a date a few weeks off "far"
MIN_SPREAD = timedelta(days=14)
#: fewer dated events than this have no middle half to measure against: all are drawn
MIN_POINTS_FOR_FAR = 5
#: how many left-off dates the note names
NOTE_DATES = 3


@dataclass(frozen=True, slots=True)
class _Point:
    when: date
    precision: Period  # what the event's date names: a day, a month or a year
    outlets: tuple[str, ...]
    label: str = ""  # the event's date as the timeline gives it ("2004", "2026-10-12")

    @property
    def exact(self) -> bool:
        return self.precision == "day"


_EPOCH = date(1970, 1, 1)  # matplotlib's default date epoch: x values are days since it


def _days(when: date) -> float:
    return float((when - _EPOCH).days)


def _event_date(event: TimelineEvent) -> date | None:
    """The first day an event's date can mean ("2025-04" -> 1 April); None if it does not parse."""
    parts = event.date.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 1
        day = int(parts[2]) if len(parts) > 2 else 1
        return date(year, month, day)
    except (ValueError, IndexError):
        return None


def _points(timeline: Timeline) -> list[_Point]:
    points = []
    for event in timeline.events:
        when = _event_date(event)
        if when is None:
            continue
        outlets = tuple(dict.fromkeys((c.source or UNKNOWN_OUTLET) for c in event.citations))
        points.append(_Point(when, event.precision, outlets or (UNKNOWN_OUTLET,), event.date))
    return points


def period_counts(points: list[_Point], period: Period) -> tuple[Counter[date], int]:
    """How many events each bar counts, and how many it leaves out: an event dated only to a month has
    no day to be counted on (drawn on the 1st, three of them would be a spike that never happened); its
    hollow mark above still shows it. An event is counted only when its date names a period no longer
    than the bars' (``PRECISION_RANK``)."""
    fine = [p for p in points if PRECISION_RANK[p.precision] <= PRECISION_RANK[period]]
    return Counter(period_start(p.when, period) for p in fine), len(points) - len(fine)


def far_apart(points: list[_Point]) -> tuple[list[_Point], list[_Point]]:
    """The points to draw and those left off the axis: a date beyond Tukey's far-out fences (``FAR_OUT``
    interquartile ranges, at least ``MIN_SPREAD``, past the middle half of the dates) would stretch the
    axis until the others merge."""
    if len(points) < MIN_POINTS_FOR_FAR:
        return points, []
    days = sorted(p.when for p in points)
    q1, q3 = days[len(days) // 4], days[(3 * len(days)) // 4]
    reach = max(q3 - q1, MIN_SPREAD) * FAR_OUT
    low, high = q1 - reach, q3 + reach
    shown = [p for p in points if low <= p.when <= high]
    return shown, [p for p in points if not low <= p.when <= high]


def period_for(first: date, last: date) -> Period:
    """Bars per day for a few weeks, per month up to a few years, per year beyond."""
    span = (last - first).days
    if span <= 62:
        return "day"
    if span <= 4 * 366:
        return "month"
    return "year"


def period_start(when: date, period: Period) -> date:
    if period == "day":
        return when
    if period == "month":
        return when.replace(day=1)
    return when.replace(month=1, day=1)


def _period_width(period: Period) -> float:
    """A bar's width in days, a little narrower than its period so neighbours stay apart."""
    return {"day": 0.8, "month": 24.0, "year": 300.0}[period]


def rows_for(points: list[_Point], max_outlets: int) -> list[str]:
    """The outlet rows, most reported first; outlets past ``max_outlets`` share one last row."""
    counts = Counter(o for p in points for o in p.outlets)
    ranked = sorted(counts, key=lambda o: (-counts[o], o == UNKNOWN_OUTLET, o.casefold()))
    if len(ranked) <= max_outlets:
        return ranked
    return [*ranked[: max_outlets - 1], OTHER_OUTLETS]


def _far_note(left_out: list[_Point]) -> str:
    """What the chart leaves off: "not shown, far from the rest: 2004, 2019"."""
    labels = sorted({p.label for p in left_out})
    named = ", ".join(labels[:NOTE_DATES]) + (" …" if len(labels) > NOTE_DATES else "")
    return f"not shown, far from the rest: {named}"


def _short(label: str, limit: int = 22) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def timeline_chart(
    timeline: Timeline,
    *,
    width: int = 800,
    height: int = 420,
    max_outlets: int = 6,
    title: str | None = None,
) -> bytes:
    """The timeline as PNG bytes, ``width`` x ``height`` pixels (at least 600 x 300).

    Events whose date does not parse are left out of the picture (the event list still has them);
    an empty timeline gives a picture that says so rather than an empty axis."""
    if width < MIN_WIDTH or height < MIN_HEIGHT:
        raise ValueError(f"a chart is at least {MIN_WIDTH}x{MIN_HEIGHT} pixels, not {width}x{height}")
    if not 1 <= max_outlets <= len(PALETTE):
        raise ValueError(f"max_outlets must be 1..{len(PALETTE)}")
    points = _points(timeline)
    heading = title if title is not None else timeline_title(timeline)
    dpi = 100
    with _DRAWING:
        fig = Figure(figsize=(width / dpi, height / dpi), dpi=dpi, layout="constrained")
        FigureCanvasAgg(fig)
        fig.set_facecolor("white")
        if not points:
            fig.suptitle(_short(heading, 70), fontsize=15, fontweight="bold")
            fig.text(0.5, 0.45, "No dated events to show", ha="center", va="center", fontsize=14)
        else:
            _draw(fig, points, max_outlets, heading)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
    return buf.getvalue()


def _draw(fig: Figure, every: list[_Point], max_outlets: int, heading: str) -> None:
    points, left_out = far_apart(every)
    rows = rows_for(points, max_outlets)
    row_of = {o: i for i, o in enumerate(rows)}
    colour_of = {o: (OTHER_COLOUR if o == OTHER_OUTLETS else PALETTE[i]) for i, o in enumerate(rows)}
    first = min(p.when for p in points)
    last = max(p.when for p in points)
    period = period_for(first, last)

    strip, bars = fig.subplots(2, 1, sharex=True, height_ratios=(max(len(rows), 2), 2.2))
    fig.suptitle(_short(heading, 70), fontsize=15, fontweight="bold")

    for outlet in rows:
        for exact in (True, False):
            xs = []
            for p in points:
                placed = {o if o in row_of else OTHER_OUTLETS for o in p.outlets}
                if outlet in placed and p.exact is exact:
                    xs.append(_days(p.when))
            if not xs:
                continue
            colour = colour_of[outlet]
            strip.scatter(
                xs,
                [row_of[outlet]] * len(xs),
                s=90,
                marker="o",
                facecolors=colour if exact else "white",
                edgecolors=colour,
                linewidths=2,
                alpha=0.85,
                zorder=3,
            )
    strip.set_title("● dated to the day   ○ to the month or year", loc="right", fontsize=9, color="#555555")
    if left_out:
        strip.set_title(_far_note(left_out), loc="left", fontsize=9, color="#555555")
    strip.set_yticks(range(len(rows)), [_short(r) for r in rows], fontsize=11)
    for label, outlet in zip(strip.get_yticklabels(), rows, strict=True):
        label.set_color(colour_of[outlet])
    strip.set_ylim(len(rows) - 0.5, -0.5)
    strip.grid(axis="x", color="#dddddd", zorder=0)
    strip.tick_params(axis="y", length=0)
    for side in ("top", "right", "left"):
        strip.spines[side].set_visible(False)

    per, coarser = period_counts(points, period)
    starts = sorted(per)
    bars.bar(
        [_days(s) for s in starts],
        [per[s] for s in starts],
        width=_period_width(period),
        align="edge",
        color="#4d4d4d",
        zorder=3,
    )
    bars.set_ylabel(f"events / {period}", fontsize=11)
    if coarser:
        bars.set_title(
            f"+{coarser} dated only to the {'month or year' if period == 'day' else 'year'}, not counted",
            loc="right",
            fontsize=9,
            color="#555555",
        )
    bars.yaxis.get_major_locator().set_params(integer=True)
    bars.grid(axis="y", color="#dddddd", zorder=0)
    for side in ("top", "right"):
        bars.spines[side].set_visible(False)

    pad = max(timedelta(days=2), (last - first) * 0.04)
    bars.set_xlim(_days(first - pad), _days(last + pad + timedelta(days=_period_width(period))))
    locator = AutoDateLocator(minticks=3, maxticks=7)  # type: ignore[no-untyped-call]
    bars.xaxis.set_major_locator(locator)
    bars.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    bars.tick_params(labelsize=11)
    strip.tick_params(axis="x", labelbottom=False)
