"""Several outlets name a person's role beside the name, each in a sentence about something else: the
answer to "what position does X hold" cites each outlet that gives the answer's role, for that role and
name alone, quoted verbatim; an outlet giving another role is not cited for it (small made-up corpora)."""

from __future__ import annotations

from pathlib import Path

from retrieval import Answer
from retrieval.answer.compose import ALSO_REPORTED
from retrieval.search.text import normalize_for_match
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler


def _doc(doc_id: str, source: str, text: str) -> dict[str, str]:
    return {"id": doc_id, "title": f"Port dispute, {source}", "source": source, "text": text}


BEACON = _doc(
    "beacon",
    "Beacon",
    "Harbour Commissioner Talia Voss warned on Monday that the dredging contract would run late. "
    "Crews were idle for a week.",
)
LEDGER = _doc(
    "ledger",
    "Ledger",
    "The ferry timetable changed twice this month. "
    "Harbour Commissioner Talia Voss met union leaders on Tuesday to discuss overtime pay for the crews.",
)
POST = _doc(
    "post",
    "Post",
    "Fishing boats queued outside the breakwater. "
    "Harbour Commissioner Talia Voss toured the silted channel with engineers on Wednesday.",
)
DEPUTY = _doc(
    "deputy",
    "Courier",
    "Fishing boats queued outside the breakwater. "
    "Deputy Harbour Commissioner Talia Voss toured the silted channel with engineers on Wednesday.",
)
GAZETTE = _doc(
    "gazette",
    "Gazette",
    "Fishing crews gathered on the quay. "
    "Union organiser Talia Voss told the crowd that the quay would stay open through the winter.",
)


def _cited_for_role(a: Answer, role: str) -> set[str]:
    """The documents cited for a statement that is a role and the name, each quote holding it."""
    by_n = {c.n: c for c in a.citations}
    docs: set[str] = set()
    for st in a.statements:
        text = normalize_for_match(st.text.removeprefix(ALSO_REPORTED).strip("\u201c\u201d"))
        if role in text and "talia voss" in text and len(text) < 60:
            for n in st.citations:
                assert text in normalize_for_match(by_n[n].quote)
                docs.add(by_n[n].doc_id)
    return docs


def test_every_outlet_giving_the_answers_role_is_cited(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [*filler(12), BEACON, LEDGER, POST])
    a = engine.ask("What position does Talia Voss hold?")
    assert not a.abstained
    assert_verbatim(engine, a)
    assert {c.doc_id for c in a.citations} == {"beacon", "ledger", "post"}
    assert len(a.statements) <= 4


def test_an_outlet_giving_another_role_is_not_cited_for_it(tmp_path: Path) -> None:
    """Another role ("Union organiser"), or a rank of the role ("Deputy Harbour Commissioner"), is no
    confirmation, though the latter holds the answer's words."""
    engine = engine_of(tmp_path, [*filler(12), BEACON, LEDGER, GAZETTE, DEPUTY])
    a = engine.ask("What position does Talia Voss hold?")
    assert not a.abstained
    assert_verbatim(engine, a)
    cited = _cited_for_role(a, "harbour commissioner")
    assert "ledger" in cited
    assert not cited & {"gazette", "deputy"}
