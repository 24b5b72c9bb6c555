"""A marker [k] after a statement means source k says that statement: outlets share a citation only
when their sentence holds the statement (for a quotation, the quoted words), on small made-up corpora."""

from __future__ import annotations

from pathlib import Path

from retrieval import Answer, build_engine
from retrieval.search.text import normalize_for_match

#: unrelated stories, so that the words of the two under test are rare (as in any real corpus)
OTHERS = {
    f"other{i}.txt": f"{title}\n\n{text}"
    for i, (title, text) in enumerate(
        [
            ("Bakery wins prize", "A village bakery won a national prize for its rye bread on Friday."),
            ("School roof repaired", "Builders finished repairing the school roof after a month of work."),
            ("Library opens late", "The town library will open until nine in the evening from May."),
            (
                "Cyclists ride for charity",
                "Two hundred cyclists rode forty miles to raise money for a hospice.",
            ),
        ]
    )
}


def _ask(tmp_path: Path, files: dict[str, str], question: str) -> Answer:
    for name, text in {**OTHERS, **files}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return build_engine(tmp_path).ask(question)


def _cited_docs(answer: Answer) -> list[set[str]]:
    by_n = {c.n: c.doc_id for c in answer.citations}
    return [{by_n[n] for n in st.citations} for st in answer.statements]


def test_a_different_sentence_naming_the_same_people_is_not_cited_for_the_statement(tmp_path: Path) -> None:
    a = _ask(
        tmp_path,
        {
            "a.txt": "Flood closes Riverside bridge\n\nThe Riverside bridge was closed on Tuesday after "
            "heavy rain.\n\nCouncil leader Maria Okafor said engineers would inspect the bridge before "
            "it reopens.",
            "b.txt": "Riverside bridge to reopen\n\nEngineers found no damage to the Riverside bridge.\n\n"
            "The bridge will reopen next Monday, council leader Maria Okafor announced.",
        },
        "What did Maria Okafor say engineers would do?",
    )
    assert not a.abstained
    assert _cited_docs(a)[0] == {"a"}
    for st in a.statements:
        for n in st.citations:
            quote = normalize_for_match(next(c.quote for c in a.citations if c.n == n))
            assert "inspect" not in normalize_for_match(st.text) or "inspect" in quote


def test_the_same_quotation_attributed_differently_cites_both_outlets(tmp_path: Path) -> None:
    said = '"The harbour will stay closed until the storm has passed and the divers have checked the wall"'
    a = _ask(
        tmp_path,
        {
            "a.txt": f"Harbour stays shut\n\n{said}, harbour master Tom Reyes told the Coast Gazette.",
            "b.txt": f"Storm keeps boats in port\n\n{said}, Reyes said on Sunday.\n\nFishermen were angry.",
        },
        "What did Tom Reyes say about the harbour?",
    )
    assert not a.abstained
    assert _cited_docs(a)[0] == {"a", "b"}
