"""Scale the BBC News articles to a benchmark corpus of N passages (sentences as the engine segments
them): the real articles first, then perturbed copies until the count is reached.

    python -m benchmarks.corpus [--bbc PATH/bbc-fulltext.zip] [--passages 100000] [--undated] OUT_DIR

The zip is read directly (third-party data is never copied into the project); the output is JSONL
files in OUT_DIR, meant for a temp dir or var/ (not committed). A copy swaps a few words per sentence
for other BBC words and renumbers figures, so copies are near-duplicates with their own fingerprints:
the realistic hard case for ranking (many close scores) and for dedup of citations.

Each record carries a made-up 2005 ``published`` date, or none at all with ``--undated`` (the same
passages, as most scraped news comes: every document is then read for the dates its own text states).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_BBC = Path("../shared/eval/external/bbc/bbc-fulltext.zip")
DOCS_PER_FILE = 2000
_WORD = re.compile(r"[A-Za-z]{4,}")
_NUMBER = re.compile(r"\b\d+\b")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]?\s+(?=[A-Z\"'])")


@dataclass(frozen=True, slots=True)
class Article:
    doc_id: str
    title: str
    paragraphs: list[str]
    category: str

    @property
    def passages(self) -> int:
        """Rough sentence count; ``passage_counts`` gives the engine's own."""
        return 1 + sum(1 + len(_SENTENCE_END.findall(p)) for p in self.paragraphs)


def passage_counts(articles: list[Article]) -> list[int]:
    """Each article's passages as the engine segments it (cleaning and sentence splitting exactly as
    a corpus load does), so that a corpus of "1M passages" holds a million, not an estimate of one."""
    from retrieval.ingest import build_document
    from retrieval.models import RawDocument

    counts = []
    for a in articles:
        raw = RawDocument(a.doc_id, "\n\n".join(a.paragraphs), "bbc", "jsonl", {"title": a.title})
        counts.append(len(build_document(raw).sentences))
    return counts


def read_bbc(path: Path) -> list[Article]:
    """The BBC articles in the zip: first line the title, blank-line separated paragraphs."""
    out: list[Article] = []
    with zipfile.ZipFile(path) as zf:
        for name in sorted(zf.namelist()):
            if not name.endswith(".txt") or name.count("/") < 3:
                continue
            raw = zf.read(name).decode("utf-8", "replace")
            blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", raw) if b.strip()]
            if len(blocks) < 2:
                continue
            parts = name.split("/")
            category, stem = parts[-2], parts[-1].removesuffix(".txt")
            out.append(Article(f"bbc-{category}-{stem}", blocks[0], blocks[1:], category))
    return out


def _perturb(text: str, rnd: random.Random, vocab: list[str]) -> str:
    words = list(_WORD.finditer(text))
    if not words:
        return text
    chosen = {m.start(): m for m in rnd.sample(words, k=min(len(words), rnd.randint(1, 3)))}
    pieces: list[str] = []
    last = 0
    for start in sorted(chosen):
        m = chosen[start]
        pieces.append(text[last : m.start()])
        repl = rnd.choice(vocab)
        pieces.append(repl.capitalize() if m.group(0)[0].isupper() else repl)
        last = m.end()
    pieces.append(text[last:])
    return _NUMBER.sub(lambda n: str(int(n.group(0)) + rnd.randint(1, 9)), "".join(pieces))


def scaled(
    articles: list[Article], passages: int, seed: int = 7, *, dated: bool = True
) -> Iterator[dict[str, str]]:
    """JSONL records: every real article (while under the target), then perturbed copies; without
    ``dated`` the same records without their ``published`` field."""
    rnd = random.Random(seed)
    vocab = sorted({w.lower() for a in articles for p in a.paragraphs for w in _WORD.findall(p)})
    sizes = passage_counts(articles)
    total = 0
    copy = 0
    while total < passages:
        for a, size in zip(articles, sizes, strict=True):
            if total >= passages:
                return
            if copy == 0:
                doc_id, title, paras = a.doc_id, a.title, a.paragraphs
            else:
                doc_id = f"{a.doc_id}-c{copy}"
                title = _perturb(a.title, rnd, vocab)
                paras = [_perturb(p, rnd, vocab) for p in a.paragraphs]
            day = rnd.randint(1, 28)  # drawn either way: dated and undated corpora hold the same text
            rec = {"id": doc_id, "title": title, "text": "\n\n".join(paras), "source": "BBC News"}
            if dated:
                rec["published"] = f"2005-{1 + copy % 12:02d}-{day:02d}"
            yield rec
            total += size
        copy += 1


def write_corpus(articles: list[Article], passages: int, out: Path, *, dated: bool = True) -> int:
    """Write the scaled corpus as JSONL files under ``out``; returns the number of documents."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("bbc-*.jsonl"):
        old.unlink()
    n = 0
    fh = None
    try:
        for rec in scaled(articles, passages, dated=dated):
            if n % DOCS_PER_FILE == 0:
                if fh is not None:
                    fh.close()
                fh = (out / f"bbc-{n // DOCS_PER_FILE:05d}.jsonl").open("w", encoding="utf-8")
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    finally:
        if fh is not None:
            fh.close()
    return n


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("out", type=Path)
    p.add_argument("--bbc", type=Path, default=DEFAULT_BBC, help="bbc-fulltext.zip")
    p.add_argument("--passages", type=int, default=100_000)
    p.add_argument("--undated", action="store_true", help="no published field")
    args = p.parse_args()
    n = write_corpus(read_bbc(args.bbc), args.passages, args.out, dated=not args.undated)
    print(f"{n} documents written to {args.out}")


if __name__ == "__main__":
    main()
