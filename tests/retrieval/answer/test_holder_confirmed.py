"""A "who" asking who holds a post ("who is the harbour commissioner"): other outlets writing the same
post beside the answer's name, each in a long sentence about something else, are cited for the post
and name as they write them (``confirm.confirm_holder``), however they qualify it ("the port's top
commissioner"); one writing another post for the name ("Deputy Harbour Commissioner", a word making it
another post) is not (small made-up corpora)."""

from __future__ import annotations

from pathlib import Path

from retrieval import Answer
from retrieval.search.text import normalize_for_match
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler
from tests.retrieval.answer.port_dispute import BEACON, port_doc

#: the post, qualified ("top"), in an appositive, in a sentence too long to quote whole
LEDGER = port_doc(
    "ledger",
    "Ledger",
    "The ferry timetable changed twice this month. "
    "The Harbour's top commissioner, Talia Voss, met union leaders, shipping agents, two councillors "
    "and the regional transport board on Tuesday to discuss overtime pay for the crews, the cost of "
    "the delayed dredging, the winter timetable and the reopening of the north quay to fishing boats "
    "after the storms of the previous month.",
)
DEPUTY = port_doc(
    "deputy",
    "Courier",
    "Fishing boats queued outside the breakwater. "
    "Deputy Harbour Commissioner Talia Voss toured the silted channel with engineers, divers, two "
    "councillors and the contractors' surveyors on Wednesday to see how far the silt had spread since "
    "the storms of the previous month closed the north quay to the fishing fleet and the ferries.",
)


def _cited_for(a: Answer, words: str) -> set[str]:
    """The documents cited for a statement writing ``words`` with the name, each quote holding it."""
    by_n = {c.n: c for c in a.citations}
    out: set[str] = set()
    for st in a.statements:
        text = normalize_for_match(st.text)
        if words in text and "talia voss" in text:
            out.update(by_n[n].doc_id for n in st.citations)
    return out


def test_an_outlet_writing_the_asked_post_beside_the_name_is_cited(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [*filler(12), BEACON, LEDGER])
    a = engine.ask("Who is the harbour commissioner?")
    assert not a.abstained, a.answer
    assert "Talia Voss" in a.answer
    assert_verbatim(engine, a)
    assert "ledger" in _cited_for(a, "top commissioner"), a.answer
    assert len(a.statements) <= 3


def test_an_outlet_writing_another_post_for_the_name_is_not_cited(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [*filler(12), BEACON, DEPUTY])
    a = engine.ask("Who is the harbour commissioner?")
    assert not a.abstained, a.answer
    assert "deputy" not in {c.doc_id for c in a.citations}, a.answer
