"""Score the answer selector on one half of a question set, with the shared scorers.

usage: python -m benchmarks.eval_splits SET SPLIT [--shared DIR] [--bbc-corpus DIR]

SET is ``dev_qa`` or ``dev_qa_v2`` (the shared development sets; their fit/check halves are listed in
``benchmarks/questions/dev_split.json``), ``everyday`` (``seeds_everyday.jsonl``) or ``bbc``
(``bbc_qa.jsonl`` over the undated BBC corpus that ``benchmarks/bbc_undated.py`` writes). SPLIT is
``fit``, ``check`` or ``all``. Tune on ``fit`` only; ``check`` is for reporting the gap.

The selected half is written to a temporary file (the shared sets are read where they lie, never
copied into the project) and scored by ``score_qa.py`` or ``benchmarks/eval_qa.py`` driving
``newsbot ask --json``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "benchmarks" / "questions"
BOT = [str(ROOT / ".venv" / "bin" / "newsbot")]


def _subset(rows: list[dict[str, object]], ids: set[str] | None, split: str) -> list[dict[str, object]]:
    if split == "all":
        return rows
    if ids is not None:
        return [r for r in rows if r["id"] in ids]
    return [r for r in rows if r.get("split") == split]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set", choices=["dev_qa", "dev_qa_v2", "everyday", "bbc"])
    ap.add_argument("split", choices=["fit", "check", "all"])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument("--bbc-corpus", default="/tmp/bbc_undated", help="where bbc_undated.py wrote bbc.jsonl")
    args = ap.parse_args()
    shared = Path(args.shared)
    if args.set == "bbc":
        corpus = Path(args.bbc_corpus)
        cmd = [sys.executable, str(ROOT / "benchmarks" / "eval_qa.py"), str(QUESTIONS / "bbc_qa.jsonl")]
        cmd += [str(corpus / "bbc.jsonl"), "--split", args.split, "--"]
        cmd += [*BOT, "--corpus", str(corpus), "--no-cache", "ask", "--json"]
        sys.exit(subprocess.call(cmd))
    if args.set == "everyday":
        gold = QUESTIONS / "seeds_everyday.jsonl"
        ids = None
    else:
        gold = shared / f"{args.set}.jsonl"
        halves = json.loads((QUESTIONS / "dev_split.json").read_text())["sets"][args.set]
        ids = set(halves[args.split]) if args.split != "all" else None
    rows = [json.loads(line) for line in gold.read_text().splitlines() if line.strip()]
    chosen = _subset(rows, ids, args.split)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        fh.write("".join(json.dumps(r) + "\n" for r in chosen))
        path = fh.name
    try:
        cmd = [sys.executable, str(shared / "score_qa.py"), path, str(ROOT / "seeds"), "--"]
        cmd += [*BOT, "--corpus", str(ROOT / "seeds"), "--no-cache", "ask", "--json"]
        code = subprocess.call(cmd)
    finally:
        Path(path).unlink()
    sys.exit(code)


if __name__ == "__main__":
    main()
