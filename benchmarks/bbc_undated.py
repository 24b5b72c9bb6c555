#!/usr/bin/env python3
"""Convert the BBC News full-text zip into a JSONL corpus.

usage: python -m benchmarks.bbc_undated ZIP OUTDIR

Writes OUTDIR/bbc.jsonl, one record per article:
  {"id": "bbc-<category>-<NNN>", "title": <first line>, "text": <the rest>, "source": "BBC News"}
Paragraphs stay separated by blank lines. No "published" field: the dataset
carries no dates. Files are decoded as UTF-8 with errors="replace" (one file,
sport/199.txt, is not valid UTF-8).
"""

import json
import re
import sys
import zipfile
from pathlib import Path


def convert(zip_path: str, outdir: str) -> int:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    with zipfile.ZipFile(zip_path) as z, open(out / "bbc.jsonl", "w", encoding="utf-8") as fh:
        names = sorted(x for x in z.namelist() if x.endswith(".txt"))
        for name in names:
            m = re.search(r"(?:^|/)bbc/([a-z]+)/(\d+)\.txt$", name)
            if not m:
                continue
            cat, num = m.group(1), m.group(2)
            raw = z.read(name).decode("utf-8", errors="replace")
            raw = raw.replace("\r\n", "\n").replace("\r", "\n")
            title, _, rest = raw.strip("\n").partition("\n")
            paras = [re.sub(r"[ \t]+\n", "\n", p).strip() for p in re.split(r"\n\s*\n", rest)]
            text = "\n\n".join(p for p in paras if p)
            rec = {"id": f"bbc-{cat}-{num}", "title": title.strip(), "text": text, "source": "BBC News"}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    n = convert(sys.argv[1], sys.argv[2])
    print(f"wrote {n} articles to {Path(sys.argv[2]) / 'bbc.jsonl'}", file=sys.stderr)


if __name__ == "__main__":
    main()
