"""A plain rank_bm25 pipeline, as someone without this project would write one: read the JSONL corpus,
split each text into sentences with a regular expression, index the sentences with
``rank_bm25.BM25Okapi`` (lowercased words, a short stop list), and for each question read from stdin
print the best sentence as one JSON line. Nothing is persisted, so every run indexes the corpus again.

    python -m benchmarks.plain_bm25 CORPUS_DIR < questions.txt

The scale benchmark times it from process start against ``newsbot --corpus CORPUS_DIR ask --json``
with the same questions (``benchmarks.bench_scale``). It imports nothing from the project.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import numpy as np
from rank_bm25 import BM25Okapi

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[A-Z\"'])")
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    "a an and are as at be by did do does for from had has have he her his how in is it its of on or "
    "said she that the their they this to was were what when where which who why will with".split()
)


def tokens(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP]


def passages(corpus: Path) -> tuple[list[str], list[str]]:
    texts: list[str] = []
    ids: list[str] = []
    for path in sorted(corpus.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                for para in re.split(r"\n\s*\n", rec["text"]):
                    for sentence in _SENTENCE_END.split(para.strip()):
                        if sentence:
                            texts.append(sentence)
                            ids.append(rec["id"])
    return texts, ids


def main() -> None:
    texts, ids = passages(Path(sys.argv[1]))
    bm25 = BM25Okapi([tokens(t) for t in texts])
    for line in sys.stdin:
        question = line.strip()
        if not question:
            continue
        best = int(np.argmax(bm25.get_scores(tokens(question))))
        print(json.dumps({"question": question, "answer": texts[best], "doc_id": ids[best]}), flush=True)


if __name__ == "__main__":
    main()
