#!/usr/bin/env python3
"""Check the gold files in this directory against their texts.

usage: python check_gold.py [--seeds /work/shared/seeds] [--zip .../bbc-fulltext.zip] [--verbose]

Hard checks (any failure -> exit status 1):
  * every line has exactly the fields id, kind, question, answers, sources, split; ids are unique;
    split is fit or check; answers == [] exactly when sources == [] (unanswerable)
  * every listed source exists, and at least one gold answer occurs verbatim (normalised as in
    eval_qa.py) in EVERY listed source; every alternative answer occurs in at least one source
  * bbc_qa.jsonl: no article is a source of questions in both splits
  * seeds_everyday.jsonl: every kind is split evenly between fit and check
Report-only output (read it, do not trust a count):
  * answerable: other documents, not listed, that also contain an answer span (most are
    unrelated uses of a short span such as "8%"; the listed sources were chosen by reading these)
  * unanswerable: for each key-word group in unanswerable_checks.json, the documents containing
    all its words, with a snippet, so a reader can confirm none of them answers the question
"""

import argparse
import collections
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from eval_qa import normalise  # noqa: E402  (run as a script: the scorer beside it)

FIELDS = {"id", "kind", "question", "answers", "sources", "split"}


def load(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def seed_texts(seeds_dir):
    return {
        p.stem[:3]: normalise(p.read_text(encoding="utf-8", errors="replace"))
        for p in sorted(Path(seeds_dir).glob("*.txt"))
    }


def bbc_texts(zip_path):
    docs = {}
    with zipfile.ZipFile(zip_path) as z:
        for name in z.namelist():
            m = re.search(r"bbc/([a-z]+)/(\d+)\.txt$", name)
            if m:
                docs[f"bbc-{m.group(1)}-{m.group(2)}"] = normalise(
                    z.read(name).decode("utf-8", errors="replace")
                )
    return docs


def snippet(text, word, width=70):
    i = text.find(word)
    return text[max(0, i - width) : i + len(word) + width] if i >= 0 else ""


def check_file(name, rows, docs, checks, verbose):
    errors = 0
    ids = collections.Counter(r.get("id") for r in rows)
    for i, n in ids.items():
        if n > 1:
            print(f"[{name}] ERROR duplicate id {i}")
            errors += 1
    n_also = 0
    for r in rows:
        rid = r.get("id")
        if set(r) != FIELDS:
            print(f"[{name}] ERROR {rid}: fields {sorted(r)}")
            errors += 1
        if r.get("split") not in ("fit", "check"):
            print(f"[{name}] ERROR {rid}: split {r.get('split')!r}")
            errors += 1
        answers, sources = r.get("answers", []), r.get("sources", [])
        if bool(answers) != bool(sources):
            print(f"[{name}] ERROR {rid}: answers and sources must both be empty or both non-empty")
            errors += 1
        if answers:
            for s in sources:
                if s not in docs:
                    print(f"[{name}] ERROR {rid}: unknown source {s}")
                    errors += 1
                elif not any(normalise(a) in docs[s] for a in answers):
                    print(f"[{name}] ERROR {rid}: no answer of {answers} occurs in {s}")
                    errors += 1
            for a in answers:
                if not any(normalise(a) in docs.get(s, "") for s in sources):
                    print(f"[{name}] ERROR {rid}: answer {a!r} occurs in none of {sources}")
                    errors += 1
            also = sorted(
                d for d, t in docs.items() if d not in sources and any(normalise(a) in t for a in answers)
            )
            if also:
                n_also += 1
                if verbose:
                    print(
                        f"[{name}] note {rid}: answer span also in {len(also)} unlisted docs: "
                        f"{also[:8]}{' ...' if len(also) > 8 else ''}  ({r['question']})"
                    )
        else:
            groups = checks.get(rid)
            if groups is None:
                print(f"[{name}] ERROR {rid}: unanswerable question without key words in the checks file")
                errors += 1
                continue
            print(f"[{name}] {rid} UNANSWERABLE: {r['question']}")
            if groups.get("note"):
                print(f"      note: {groups['note']}")
            for words in groups["terms"]:
                words_n = [normalise(w) for w in words]
                hits = sorted(d for d, t in docs.items() if all(w in t for w in words_n))
                print(f"      {words} -> {len(hits)} docs")
                for d in hits[: (12 if verbose else 4)]:
                    print(f"         {d}: ...{snippet(docs[d], words_n[0])}...")
    print(
        f"[{name}] {len(rows)} questions; answerable with answer spans also in unlisted docs: "
        f"{n_also} (use --verbose to list)"
    )
    return errors


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default="../shared/seeds")
    ap.add_argument("--zip", default="../shared/eval/external/bbc/bbc-fulltext.zip")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    with open(HERE / "unanswerable_checks.json", encoding="utf-8") as fh:
        checks = json.load(fh)
    errors = 0

    seeds = load(HERE / "seeds_everyday.jsonl")
    errors += check_file("seeds", seeds, seed_texts(args.seeds), checks["seeds"], args.verbose)
    per_kind = collections.defaultdict(collections.Counter)
    for r in seeds:
        per_kind[r["kind"]][r["split"]] += 1
    for kind, c in sorted(per_kind.items()):
        if abs(c["fit"] - c["check"]) > 1:
            print(f"[seeds] ERROR kind {kind} split unevenly {dict(c)}")
            errors += 1
    print(
        "[seeds] per kind (fit/check):", {k: f"{c['fit']}/{c['check']}" for k, c in sorted(per_kind.items())}
    )

    bbc = load(HERE / "bbc_qa.jsonl")
    errors += check_file("bbc", bbc, bbc_texts(args.zip), checks["bbc"], args.verbose)
    split_of = {}
    for r in bbc:
        for s in r["sources"]:
            if split_of.setdefault(s, r["split"]) != r["split"]:
                print(f"[bbc] ERROR article {s} is a source in both splits")
                errors += 1
    kinds = collections.defaultdict(collections.Counter)
    for r in bbc:
        kinds[r["kind"]][r["split"]] += 1
    print("[bbc] per kind (fit/check):", {k: f"{c['fit']}/{c['check']}" for k, c in sorted(kinds.items())})
    print("[bbc] articles per split:", dict(collections.Counter(split_of.values())))

    print("OK" if not errors else f"{errors} ERRORS")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
