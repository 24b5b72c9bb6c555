"""Score the date finder on the shared hand-made list of the seeds' temporal expressions.

usage: python -m benchmarks.eval_seed_dates [GOLD.json] [--corpus DIR]

GOLD is ``../shared/eval/seed_dates.json`` by default (read where it lies, never copied). Each article there
lists its expressions with character offsets into ``DIR/<file>``: a ``date`` item counts as right when a
mention the finder returns overlaps it and its first day falls in the item's ``accept`` range; a
``negative`` item (a duration, a number, reading-time boilerplate) is a trap, and any dated mention over it
counts against the finder. Each article is read against the publication date that ``DIR/manifest.json``
states for it, as the corpus loader reads it, so relative expressions are resolved the way the timeline
resolves them. Prints every miss and trap, then ``N/M dated right, K traps dated``; exits 1 on any.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from retrieval.timeline.dates import find_dates

ROOT = Path(__file__).resolve().parent.parent


def score(gold: dict[str, object], corpus: Path) -> tuple[int, int, int, list[str]]:
    """(right, scored, traps dated, one line per miss or trap)."""
    manifest = json.loads((corpus / "manifest.json").read_text())["documents"]
    right = scored = traps = 0
    lines: list[str] = []
    articles = gold["articles"]
    assert isinstance(articles, list)
    for art in articles:
        name = str(art["file"])
        text = (corpus / name).read_text(encoding="utf-8")
        anchor = date.fromisoformat(manifest[Path(name).stem]["published"])
        mentions = [m for m in find_dates(text, anchor) if m.date is not None]
        for item in art["items"]:
            over = [m for m in mentions if m.start < item["end"] and m.end > item["start"]]
            found = [(m.text, m.value) for m in over]
            if item["kind"] == "date":
                scored += 1
                low, high = item["accept"]
                if any(low <= str(m.date) <= high for m in over):
                    right += 1
                else:
                    lines.append(f"miss  {name}: {item['text']!r} (accept {low}..{high}), found {found}")
            elif item["kind"] == "negative" and over:
                traps += 1
                lines.append(f"trap  {name}: {item['text']!r} ({item.get('note', '')}), dated {found}")
    return right, scored, traps, lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default=str(ROOT.parent / "shared" / "eval" / "seed_dates.json"))
    ap.add_argument("--corpus", default=str(ROOT / "seeds"))
    args = ap.parse_args()
    right, scored, traps, lines = score(json.loads(Path(args.gold).read_text()), Path(args.corpus))
    for line in lines:
        print(line)
    print(f"{right}/{scored} dated right, {traps} traps dated")
    sys.exit(0 if right == scored and not traps else 1)


if __name__ == "__main__":
    main()
