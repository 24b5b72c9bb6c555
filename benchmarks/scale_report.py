"""The scale benchmark's markdown tables, from the measurements ``benchmarks.bench_scale`` collected.

A measurement that failed or ran out of time shows as such in its row, never as a number."""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass, field
from typing import Any

Result = dict[str, Any]


@dataclass
class Row:
    """Everything measured on one corpus (one size, dated or undated)."""

    size: str
    variant: str
    build: Result
    restart: Result = field(default_factory=dict)
    reloads: Result = field(default_factory=dict)
    ref: Result = field(default_factory=dict)
    race: Result = field(default_factory=dict)

    @property
    def passages(self) -> str:
        n = self.build.get("passages")
        return f"{n:,}" if isinstance(n, int) else self.size


def fmt(value: Any, unit: str = "", digits: int = 1) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return "n/a"
    return f"{value:,.{digits}f}{unit}" if isinstance(value, float) else f"{value}{unit}"


def _failed(r: Result) -> str | None:
    return str(r["error"]) if "error" in r else None


def main_table(rows: list[Row]) -> list[str]:
    lines = [
        "| passages | corpus | engine | ingest s | index s | restart s | ask p50 ms | ask p99 ms "
        "| after restart p50 / p99 ms | peak RSS MB | steady RSS MB | after restart MB | p50 speed-up |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        b, r, ref = row.build, row.restart, row.ref
        head = f"| {row.passages} | {row.variant} | newsbot"
        if (err := _failed(b)) is not None:
            lines.append(f"{head} | {err} |" + " |" * 9)
            continue
        oa, ra, fa = b.get("ask", {}), r.get("ask", {}), ref.get("ask", {})
        speed = fa.get("p50", float("nan")) / oa["p50"] if oa.get("p50") and fa else float("nan")
        lines.append(
            f"{head} | {fmt(b.get('ingest_s'))} | {fmt(b.get('index_s'))} "
            f"| {_failed(r) or fmt(r.get('restart_s'), digits=2)} | {fmt(oa.get('p50'), digits=2)} "
            f"| {fmt(oa.get('p99'), digits=2)} "
            f"| {fmt(ra.get('p50'), digits=2)} / {fmt(ra.get('p99'), digits=2)} "
            f"| {fmt(b.get('peak_mb'), digits=0)} | {fmt(b.get('steady_mb'), digits=0)} "
            f"| {fmt(r.get('steady_mb'), digits=0)} | {fmt(speed, '×', 0) if fa else '–'} |"
        )
        if ref:
            lines.append(
                f"| {row.passages} | {row.variant} | rank_bm25 | {fmt(ref.get('ingest_s'))} "
                f"| {fmt(ref.get('index_s'))} | (rebuild) | {fmt(fa.get('p50'))} | {fmt(fa.get('p99'))} | – "
                f"| {fmt(ref.get('peak_mb'), digits=0)} | {fmt(ref.get('steady_mb'), digits=0)} | – "
                f"| 1× (n={fa.get('n', 0)}) |"
            )
    return lines


def reload_table(rows: list[Row]) -> list[str]:
    lines = [
        "| passages | corpus | reload +100 articles: answering s | + save, timeline, free s "
        "| longest loop stall ms | reload −100: answering s | its stall ms | full reload: answering s "
        "| + save, timeline, free s | its stall ms |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        o = row.reloads
        if not o:
            continue
        if (err := _failed(o)) is not None:
            lines.append(f"| {row.passages} | {row.variant} | {err} |" + " |" * 7)
            continue
        lines.append(
            f"| {row.passages} | {row.variant} | {fmt(o.get('reload_100_s'), digits=2)}"
            f"{'' if o.get('reload_100_ok') else ' (!)'} | {fmt(o.get('reload_100_background_s'))} "
            f"| {fmt(o.get('reload_100_lag_ms'))} | {fmt(o.get('remove_100_s'), digits=2)}"
            f"{'' if o.get('remove_100_ok') else ' (!)'} | {fmt(o.get('remove_100_lag_ms'))} "
            f"| {fmt(o.get('reload_full_s'))}{'' if o.get('reload_full_ok') else ' (!)'} "
            f"| {fmt(o.get('reload_full_background_s'))} | {fmt(o.get('reload_full_lag_ms'))} |"
        )
    return lines


def _speed(plain: dict[str, Any], ours: dict[str, Any]) -> str:
    return fmt(plain["s"] / ours["s"] if "s" in ours and "s" in plain else float("nan"), "×", 0)


def race_table(rows: list[Row]) -> list[str]:
    lines = [
        "| passages | corpus | questions | `newsbot ask --json` s (index persisted) | speed-up "
        "| the same with `--workers 1` s | speed-up | plain rank_bm25 s |",
        "|---|---|---|---|---|---|---|---|",
    ]

    def timed(run: dict[str, Any], digits: int) -> str:
        return fmt(run.get("s"), digits=digits) if "s" in run else str(run.get("error", "n/a"))

    for row in rows:
        c = row.race
        if not c:
            continue
        ours, alone, plain = c.get("newsbot", {}), c.get("newsbot_one_process", {}), c.get("plain", {})

        lines.append(
            f"| {row.passages} | {row.variant} | {c.get('questions', 'n/a')} | {timed(ours, 2)} "
            f"| {_speed(plain, ours)} | {timed(alone, 2)} | {_speed(plain, alone)} | {timed(plain, 1)} |"
        )
    return lines


def growth_table(rows: list[Row]) -> list[str]:
    """Build seconds (ingest + index) by size, dated and undated side by side."""
    sizes = list(dict.fromkeys(row.size for row in rows))
    variants = list(dict.fromkeys(row.variant for row in rows))
    by = {(row.size, row.variant): row for row in rows}
    lines = [
        "| passages | " + " | ".join(f"{v} build s | {v} ×10 growth" for v in variants) + " |",
        "|---|" + "---|---|" * len(variants),
    ]
    previous: dict[str, float] = {}
    for size in sizes:
        cells: list[str] = []
        shown = size
        for v in variants:
            row = by.get((size, v))
            b = row.build if row is not None else {"error": "not run"}
            if row is not None and "passages" in b:
                shown = row.passages
            if (err := _failed(b)) is not None:
                cells += [err, "–"]
                previous.pop(v, None)
                continue
            s = float(b["ingest_s"]) + float(b["index_s"])
            growth = f"{s / previous[v]:.1f}×" if v in previous and previous[v] > 0 else "–"
            cells += [fmt(s), growth]
            previous[v] = s
        lines.append(f"| {shown} | " + " | ".join(cells) + " |")
    return lines


def report(rows: list[Row], overlap: dict[str, Result]) -> str:
    lines = [
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"{platform.platform()}",
        "",
        *main_table(rows),
        "",
        "Reloads through Service.reload (dated corpora), under the event loop's lag probe:",
        "",
        *reload_table(rows),
        "",
        "From process start, the questions on stdin, one JSON answer each:",
        "",
        *race_table(rows),
        "",
        "Build (ingest + index) as the corpus grows:",
        "",
        *growth_table(rows),
        "",
    ]
    for name, o in overlap.items():
        lines.append(
            f"Top-10 overlap with rank_bm25 on {name}: {fmt(o.get('overlap_top10'), digits=3)} "
            f"over {o.get('n', 0)} questions"
        )
    return "\n".join(lines)
