"""A "who" asking who holds a post ("who is the Kelso Bay harbour commissioner"): another outlet writing
the post after the same name, as an appositive ("Talia Voss, the harbour commissioner, met ..."), is
cited for it (``confirm.role_after``), leaving out the place the question qualifies the post with when
its article names it; an outlet whose article never names that place is not cited for it, and no run
that is not closed as an appositive ("Ewan Maddox, the officer who ...") is read as a role (small
made-up corpora)."""

from __future__ import annotations

from pathlib import Path

from retrieval.answer.confirm import role_after
from retrieval.answer.weights import WEIGHTS
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler
from tests.retrieval.answer.port_dispute import port_doc

GAZETTE = port_doc(
    "gazette",
    "Gazette",
    "Kelso Bay Harbour Commissioner Talia Voss warned on Monday that the dredging contract would run "
    "late. Crews were idle for a week.",
)


def _herald(doc_id: str, place: str) -> dict[str, str]:
    """Another outlet writing the post after the name, without the place; ``place`` ends its article."""
    return port_doc(
        doc_id,
        "Herald",
        "The ferry timetable changed twice this month. "
        "Talia Voss, the harbour commissioner, met union leaders, shipping agents, two councillors and the "
        "regional transport board on Tuesday to discuss overtime pay for the crews, the cost of the delayed "
        "dredging, the winter timetable and the reopening of the north quay to fishing boats. "
        "Fishing boats queued outside the breakwater. "
        f"The storms had closed {place} for a month.",
    )


#: another outlet, naming the bay elsewhere, writes the post after the name without it
HERALD = _herald("herald", "Kelso Bay")
#: an outlet whose article never names the bay: whose commissioner it writes is not told
NOWHERE = _herald("nowhere", "the north quay")


def test_an_outlet_writing_the_post_after_the_name_is_cited(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [*filler(12), GAZETTE, HERALD])
    a = engine.ask("Who is the Kelso Bay harbour commissioner?")
    assert not a.abstained, a.answer
    assert "Talia Voss" in a.answer
    assert_verbatim(engine, a)
    assert {c.doc_id for c in a.citations} >= {"gazette", "herald"}, a.answer


def test_an_outlet_not_naming_the_place_is_not_cited(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [*filler(12), GAZETTE, NOWHERE])
    a = engine.ask("Who is the Kelso Bay harbour commissioner?")
    assert not a.abstained, a.answer
    assert "nowhere" not in {c.doc_id for c in a.citations}, a.answer


def test_only_a_closed_appositive_is_a_role() -> None:
    tok = Tokenizer()
    name = frozenset(tok.tokens("Ewan Maddox"))

    def role(text: str) -> str | None:
        got = role_after(text, name, tok, WEIGHTS.role_words)
        return got.head_word if got is not None else None

    assert role("Ewan Maddox, the county harbour officer, said so.") == "officer"
    assert role("Ewan Maddox, the officer who led them, said so.") is None
    assert role("Ewan Maddox, the council said, will stay.") is None
