"""The seed-date scorer counts a right date, a wrong one and a dated trap (a made-up article)."""

import json
from pathlib import Path

from benchmarks.eval_seed_dates import score

TEXT = "Talks resumed on Tuesday. A 2 min read. The deal was signed on March 3, 2025."


def _item(text: str, kind: str, accept: list[str] | None = None) -> dict[str, object]:
    start = TEXT.index(text)
    item: dict[str, object] = {"text": text, "kind": kind, "start": start, "end": start + len(text)}
    if accept:
        item["accept"] = accept
    return item


def test_scores_right_wrong_and_traps(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "manifest.json").write_text(json.dumps({"documents": {"a": {"published": "2025-03-06"}}}))
    gold = {
        "articles": [
            {
                "file": "a.txt",
                "items": [
                    _item("on Tuesday", "date", ["2025-03-04", "2025-03-04"]),  # the Tuesday before: right
                    _item("March 3, 2025", "date", ["2025-04-03", "2025-04-03"]),  # stated otherwise: a miss
                    _item("2 min", "negative"),
                ],
            }
        ]
    }
    right, scored, traps, lines = score(gold, tmp_path)
    assert (right, scored, traps) == (1, 2, 0)
    assert len(lines) == 1 and lines[0].startswith("miss") and "March 3, 2025" in lines[0]
