"""Records for the store tests: one call builds a plausible row, keyword arguments change what matters."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from bot.store import QuestionRecord, ReloadRecord, gap_key

T0 = datetime(2025, 4, 21, 9, 0, tzinfo=UTC)


def question(n: int = 1, **changes: Any) -> QuestionRecord:
    """Question ``n``, asked ``n`` minutes after T0; declined ones look for ``looked_for``."""
    looked_for = changes.pop("looked_for", ["ceasefire", f"term{n}"])
    values: dict[str, Any] = {
        "at": T0 + timedelta(minutes=n),
        "question": f"Question number {n}?",
        "answer_id": f"a{n}",
        "answer": f"Answer {n} [1]",
        "abstained": False,
        "cached": False,
        "looked_for": looked_for,
        "gap_key": gap_key(looked_for),
        "corpus_version": "v1",
        "user_id": 1000 + n,
        "guild_id": 7,
        "channel_id": 8,
        "source": "discord",
    }
    values.update(changes)
    return QuestionRecord(**values)


def reload_record(n: int = 1, ok: bool = True) -> ReloadRecord:
    return ReloadRecord(
        by="cli",
        at=T0 + timedelta(days=n),
        version_before=f"v{n - 1}",
        version_after=f"v{n}",
        documents=5 * n,
        sentences=100 * n,
        problems=[f"problem {n}"],
        ok=ok,
        error=None if ok else "boom",
        seconds=1.5 * n,
    )
