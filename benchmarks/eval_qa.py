#!/usr/bin/env python3
"""Score a question-answering command against a gold JSONL set and a JSONL corpus.

usage:
  python -m benchmarks.eval_qa GOLD.jsonl CORPUS.jsonl [--split fit|check|all] [--timeout S]
                               [--out RESULTS.jsonl] -- CMD [ARG...]

GOLD.jsonl   one question per line:
             {"id", "kind", "question", "answers": [...], "sources": [...], "split": "fit"|"check"}
             answers == [] means the question is unanswerable (the command should abstain).
CORPUS.jsonl one document per line: {"id", "title", "text", ...}

CMD is started once. It gets the selected questions on stdin, one per line, and must
print one JSON object per question, in order, one per line:
  {"abstained": bool, "answer": str, "citations": [{"doc_id": str, "quote": str, ...}]}
Lines of stdout that do not start with "{" are ignored; the command's stderr is passed through.

Metrics (SUMMARY line):
  answer_acc           answerable questions answered (not abstained) whose answer text or quotes
                       contain some gold answer (after normalisation)
  cite_ok              answerable questions whose FIRST citation's doc_id is one of the sources
  multi_source_recall  over questions with >1 source: cited sources found / sources listed
  abstain_acc          unanswerable questions on which the command abstained
  false_abstain        answerable questions on which the command abstained
  verbatim             quotes (all questions) that occur in the cited document's title+text;
                       a quote may be elided with "..." or "…", each piece must occur
  median_len           median length in characters of the answer on answerable questions
  n                    questions scored
A question counts as abstained when "abstained" is true or the answer is empty.
Normalisation: NFKC, curly quotes and en/em dashes to ASCII, non-breaking space to space,
whitespace collapsed, lowercase.
"""

import argparse
import json
import re
import subprocess
import sys
import time
import unicodedata

_TRANS = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)


def normalise(text):
    text = unicodedata.normalize("NFKC", text or "")
    text = text.translate(_TRANS)
    return re.sub(r"\s+", " ", text).strip().lower()


def quote_pieces(quote):
    """Split a normalised quote at ellipses into the pieces that must each occur verbatim."""
    q = quote.strip(" .\"'\u2026")
    pieces = re.split(r"\.\.\.|\u2026", q)
    return [p.strip(" \"'") for p in pieces if p.strip(" \"'")]


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            line = line.strip()
            if line:
                rows.append(json.loads(line))
    return rows


class Corpus:
    def __init__(self, path):
        self.docs = {}
        for rec in load_jsonl(path):
            doc_id = str(rec.get("id", ""))
            body = (rec.get("title") or "") + "\n\n" + (rec.get("text") or "")
            self.docs[doc_id] = normalise(body)

    def resolve(self, doc_id):
        """Exact id, else the single corpus id that extends doc_id (or that doc_id extends)
        at '_', e.g. '000' -> '000_1d7d949346b86d78'."""
        doc_id = str(doc_id or "")
        if doc_id in self.docs:
            return doc_id
        hits = [d for d in self.docs if same_doc(doc_id, d)]
        return hits[0] if len(hits) == 1 else None

    def contains(self, doc_id, quote):
        key = self.resolve(doc_id)
        if key is None:
            return False
        pieces = quote_pieces(normalise(quote))
        return bool(pieces) and all(p in self.docs[key] for p in pieces)


def same_doc(a, b):
    """True when two document ids name the same document: equal, or one is the other
    followed by '_' (so short seed prefixes like '000' match '000_1d7d...')."""
    a, b = str(a or ""), str(b or "")
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return long_.startswith(short) and long_[len(short)] == "_"


def in_sources(doc_id, sources):
    return any(same_doc(doc_id, s) for s in sources)


def run_command(cmd, questions, timeout):
    payload = "".join(q.replace("\n", " ") + "\n" for q in questions)
    t0 = time.time()
    proc = subprocess.run(cmd, input=payload, stdout=subprocess.PIPE, stderr=None, text=True, timeout=timeout)
    wall = time.time() - t0
    outs = []
    for line in proc.stdout.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            obj = {"abstained": True, "answer": "", "citations": [], "_bad_json": True}
        outs.append(obj if isinstance(obj, dict) else {})
    return outs, proc.returncode, wall


def main():
    argv = sys.argv[1:]
    if "--" not in argv:
        sys.exit(__doc__)
    sep = argv.index("--")
    ap = argparse.ArgumentParser(description="score a QA command (see module docstring)")
    ap.add_argument("gold")
    ap.add_argument("corpus")
    ap.add_argument("--split", choices=["fit", "check", "all"], default="all")
    ap.add_argument("--timeout", type=float, default=7200.0, help="seconds for the whole run")
    ap.add_argument("--out", help="write one JSON line per question with its outcome")
    args = ap.parse_args(argv[:sep])
    cmd = argv[sep + 1 :]
    if not cmd:
        sys.exit("no command given after --")

    gold = load_jsonl(args.gold)
    if args.split != "all":
        gold = [g for g in gold if g.get("split") == args.split]
    if not gold:
        sys.exit(f"no questions in {args.gold} for split {args.split}")
    corpus = Corpus(args.corpus)

    outs, rc, wall = run_command(cmd, [g["question"] for g in gold], args.timeout)
    if len(outs) != len(gold):
        print(f"expected {len(gold)} JSON lines, got {len(outs)}; rc={rc}")
        print(
            f"SUMMARY answer_acc=0.000 cite_ok=0.000 multi_source_recall=0.000 abstain_acc=0.000 "
            f"false_abstain=1.000 verbatim=0.000 median_len=0 n={len(gold)} wall_s={wall:.1f}"
        )
        return

    n_ans = n_una = ans_ok = cite_ok = false_abst = una_ok = 0
    multi_listed = multi_found = 0
    n_quotes = n_verbatim = 0
    lengths = []
    records = []
    for g, r in zip(gold, outs, strict=True):
        answer = r.get("answer") or ""
        if not isinstance(answer, str):
            answer = str(answer)
        cites = [c for c in (r.get("citations") or []) if isinstance(c, dict)]
        abstained = bool(r.get("abstained")) or not answer.strip()
        quotes = [str(c.get("quote") or "") for c in cites]
        cited = [str(c.get("doc_id") or "") for c in cites]
        haystack = normalise(answer) + " \n " + " \n ".join(normalise(q) for q in quotes)

        bad_quotes = []
        for doc_id, quote in zip(cited, quotes, strict=True):
            if not normalise(quote):
                continue
            n_quotes += 1
            if corpus.contains(doc_id, quote):
                n_verbatim += 1
            else:
                bad_quotes.append(doc_id)

        rec = {
            "id": g.get("id"),
            "kind": g.get("kind"),
            "abstained": abstained,
            "cited": cited,
            "nonverbatim": bad_quotes,
        }
        sources = g.get("sources") or []
        if g.get("answers"):
            n_ans += 1
            lengths.append(len(answer))
            hit = (not abstained) and any(normalise(a) in haystack for a in g["answers"])
            good_cite = bool(cited) and in_sources(cited[0], sources)
            ans_ok += hit
            cite_ok += good_cite
            false_abst += abstained
            if len(sources) > 1:
                multi_listed += len(sources)
                multi_found += sum(1 for s in sources if any(same_doc(c, s) for c in cited))
            rec.update(hit=hit, cite_ok=good_cite)
            if not (hit and good_cite):
                print(
                    f"MISS {g.get('id')} [{g.get('kind')}]: {g['question']} -> abst={abstained} "
                    f"hit={hit} cited={cited[:3]} want={sources[:3]} :: {answer[:160]!r}"
                )
        else:
            n_una += 1
            una_ok += abstained
            rec.update(hit=abstained)
            if not abstained:
                print(
                    f"SHOULD-ABSTAIN {g.get('id')}: {g['question']} -> cited={cited[:3]} :: {answer[:160]!r}"
                )
        records.append(rec)

    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            for rec in records:
                fh.write(json.dumps(rec) + "\n")

    lengths.sort()
    median = lengths[len(lengths) // 2] if lengths else 0
    print(
        f"SUMMARY answer_acc={ans_ok / max(n_ans, 1):.3f} cite_ok={cite_ok / max(n_ans, 1):.3f} "
        f"multi_source_recall={multi_found / max(multi_listed, 1):.3f} "
        f"abstain_acc={una_ok / max(n_una, 1):.3f} false_abstain={false_abst / max(n_ans, 1):.3f} "
        f"verbatim={n_verbatim / max(n_quotes, 1):.3f} median_len={median} n={len(gold)} "
        f"wall_s={wall:.1f}"
    )


if __name__ == "__main__":
    main()
