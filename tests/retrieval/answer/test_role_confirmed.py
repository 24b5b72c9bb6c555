"""Several outlets name a person's role beside the name, each in a sentence about something else: the
answer to "what position does X hold" cites each outlet that gives the answer's role, for its own
sentence, quoted verbatim (a role and name alone would read as a name with nothing said of it); an
outlet giving another role is not cited for it (small made-up corpora)."""

from __future__ import annotations

from pathlib import Path

from retrieval import Answer
from retrieval.answer.confirm import ALSO_REPORTED
from retrieval.answer.spellings import written_plain
from retrieval.search.text import normalize_for_match
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler
from tests.retrieval.answer.port_dispute import BEACON, port_doc

LEDGER = port_doc(
    "ledger",
    "Ledger",
    "The ferry timetable changed twice this month. "
    "Harbour Commissioner Talia Voss met union leaders on Tuesday to discuss overtime pay for the crews.",
)
POST = port_doc(
    "post",
    "Post",
    "Fishing boats queued outside the breakwater. "
    "Harbour Commissioner Talia Voss toured the silted channel with engineers on Wednesday.",
)
DEPUTY = port_doc(
    "deputy",
    "Courier",
    "Fishing boats queued outside the breakwater. "
    "Deputy Harbour Commissioner Talia Voss toured the silted channel with engineers on Wednesday.",
)
GAZETTE = port_doc(
    "gazette",
    "Gazette",
    "Fishing crews gathered on the quay. "
    "Union organiser Talia Voss told the crowd that the quay would stay open through the winter.",
)


def _cited_for_role(a: Answer, role: str) -> set[str]:
    """The documents cited for a statement giving the role with the name, each quote holding it."""
    by_n = {c.n: c for c in a.citations}
    docs: set[str] = set()
    for st in a.statements:
        text = normalize_for_match(st.text.removeprefix(ALSO_REPORTED).strip("\u201c\u201d"))
        if role in text and "talia voss" in text:
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


def test_a_place_before_a_teams_name_is_no_role_to_confirm(tmp_path: Path) -> None:
    """ "the Harlow Hawks" in three outlets: "Harlow" is where the team plays, not a post, so an answer
    about the team quotes no bare "Harlow Hawks" as another outlet's confirmation."""
    docs = [
        port_doc(
            "gate",
            "Rink Report",
            "The Harlow Hawks drew an attendance of 9,800 a game last season, the league said.",
        ),
        port_doc("move", "Valley Post", "The Harlow Hawks could move to Brantford if the arena vote fails."),
        port_doc("owner", "Metro Daily", "Owner Rhea Klein bought the Harlow Hawks in 2019."),
    ]
    engine = engine_of(tmp_path, [*docs, *filler(8)])
    a = engine.ask("whats the hawks attendance")
    assert not a.abstained, a.answer
    assert "9,800" in a.answer
    assert ALSO_REPORTED not in a.answer, a.answer


def test_a_word_written_only_in_names_is_no_synonym_of_a_lowercase_word(tmp_path: Path) -> None:
    """ "harbour" is a sense of "hold" (to harbour a grudge), but this coverage writes it only in "Harbour
    Commissioner": "what position does Talia Voss hold" is not answered by the sentences holding it, so
    the rank "Deputy Harbour Commissioner" is not cited for it."""
    engine = engine_of(tmp_path, [*filler(12), BEACON, LEDGER, GAZETTE, DEPUTY])
    ctx = engine._ctx
    assert not written_plain("harbour", ctx)
    assert written_plain("quay", ctx)  # "the quay would stay open"
    assert written_plain("fish", ctx)  # "Fishing crews gathered": a sentence's first word before a common one
    a = engine.ask("What position does Talia Voss hold?")
    assert "deputy" not in {c.doc_id for c in a.citations}
