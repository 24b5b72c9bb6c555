"""Re-ask a new user's corpus's questions and list the answers that changed since they were judged.

usage: python -m benchmarks.user_diff [NAME ...] [--bot CMD] [--out FILE.jsonl]

Each ``benchmarks/user_corpora/NAME`` holds a made-up story as a tester wrote it (``corpus/``, broken files
included), the questions with the answers expected before asking (``questions.jsonl``), and the answers as
they were last hand-judged (``judged.jsonl``: verdict R right, W wrong, FD false decline, UA unanswerable
answered, OK unanswerable declined). An answer is a judgement of text against articles, which no scorer can
make; what a script can tell is which answers changed, so only those need judging again. Prints, per corpus,
the verdicts of the answers as judged and how many changed; ``--out`` writes the changed ones (question,
expected, verdict as judged, old and new answer and citations) for a judge to read.
"""

from __future__ import annotations

import argparse
import json
import subprocess
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "benchmarks" / "user_corpora"
VERDICTS = ("R", "W", "FD", "UA", "OK")


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def changed(name: str, bot: list[str]) -> tuple[Counter[str], list[dict[str, object]]]:
    """The verdicts as judged, and one record per answer that is not the one judged."""
    folder = CORPORA / name
    questions, judged = _rows(folder / "questions.jsonl"), _rows(folder / "judged.jsonl")
    asked = "".join(f"{q['question']}\n" for q in questions)
    cmd = [*bot, "--corpus", str(folder / "corpus"), "--no-cache", "ask", "--json"]
    out = subprocess.run(cmd, input=asked, capture_output=True, text=True, check=True).stdout
    answers = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    if len(answers) != len(questions):
        raise SystemExit(f"{name}: {len(answers)} answers to {len(questions)} questions")
    diffs = []
    for q, j, a in zip(questions, judged, answers, strict=True):
        cited = [c["doc_id"] for c in a["citations"]]
        if (a["abstained"], a["answer"], cited) != (j["abstained"], j["answer"], j["cited"]):
            diffs.append(
                {**q, "verdict": j["verdict"], "old_answer": j["answer"], "old_cited": j["cited"],
                 "new_abstained": a["abstained"], "new_answer": a["answer"], "new_cited": cited}
            )  # fmt: skip
    return Counter(str(j["verdict"]) for j in judged), diffs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*", help="corpora under benchmarks/user_corpora (default: all)")
    ap.add_argument("--bot", default=str(ROOT / ".venv" / "bin" / "newsbot"))
    ap.add_argument("--out", help="write the changed answers here, one JSON object a line")
    args = ap.parse_args()
    names = args.names or sorted(p.name for p in CORPORA.iterdir() if (p / "judged.jsonl").exists())
    every: list[dict[str, object]] = []
    for name in names:
        verdicts, diffs = changed(name, [args.bot])
        counts = " / ".join(f"{verdicts[v]} {v}" for v in VERDICTS)
        print(f"{name}: as judged {counts}; {len(diffs)} answers changed since")
        every += [{"corpus": name, **d} for d in diffs]
    if args.out:
        Path(args.out).write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in every))


if __name__ == "__main__":
    main()
