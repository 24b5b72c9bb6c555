"""Small made-up corpora for the answer tests: a story among unrelated filler articles, so that its
words are as rare in the corpus as in real coverage, and the check that every citation is verbatim."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval import Answer, Engine, build_engine
from retrieval.answer.compose import statement_quote
from retrieval.search.text import normalize_for_match

#: unrelated one-sentence articles, cycled for as many as a test asks for
FILLER_TOPICS = [
    ("orchard", "The apple harvest in the valley was the largest in a decade, growers said."),
    ("museum", "The city museum opened a new wing for modern sculpture on Saturday."),
    ("rail", "Commuters faced delays after a signal failure near the central station."),
    ("school", "Teachers at the district school voted to accept a new pay offer."),
    ("weather", "Forecasters warned of heavy snow across the northern hills this weekend."),
    ("football", "The home side won the cup final after a late penalty in extra time."),
]


def engine_of(root: Path, docs: list[dict[str, str]]) -> Engine:
    """An engine over ``docs`` written as one JSONL file under ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    with (root / "docs.jsonl").open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d) + "\n")
    return build_engine(root)


def filler(n: int, topics: list[tuple[str, str]] = FILLER_TOPICS) -> list[dict[str, str]]:
    """``n`` unrelated articles, the topics cycled."""
    out = []
    for i in range(n):
        slug, text = topics[i % len(topics)]
        out.append({"id": f"{slug}-{i}", "title": f"{slug.title()} news {i}", "text": text})
    return out


def answer_from(root: Path, doc: dict[str, str], question: str) -> Answer:
    """The answer to ``question`` over ``doc`` among twelve unrelated articles: the shape of most twin
    tests (a sentence that must answer, its near-copy that must not), so each states only its story."""
    return engine_of(root, [doc, *filler(12)]).ask(question)


def assert_verbatim(engine: Engine, a: Answer) -> None:
    """Every citation's quote is a verbatim slice of its document (whitespace aside); a quote joined
    across a paragraph break (``quoting.join_parts`` marks the seam with an ellipsis) is, piece by piece."""
    for c in a.citations:
        doc = normalize_for_match(" ".join(s.text for s in engine.documents[c.doc_id].sentences))
        for piece in c.quote.split(" \u2026 "):
            assert normalize_for_match(piece) in doc


def first_statement(a: Answer) -> str:
    """The answer's first statement (the whole answer when it has none): where the asked thing must be."""
    return a.statements[0].text if a.statements else a.answer


def statements_cited(a: Answer) -> list[tuple[str, set[str]]]:
    """Each statement's text with the documents its markers cite, every cited quote holding it (a marker
    [k] after a statement means source k says that statement)."""
    by_n = {c.n: c for c in a.citations}
    out = []
    for st in a.statements:
        said = statement_quote(st.text)  # (a version's label, "Earlier:", is the reply's, not its source's)
        for n in st.citations:
            assert normalize_for_match(said) in normalize_for_match(by_n[n].quote)
        out.append((said, {by_n[n].doc_id for n in st.citations}))
    return out
