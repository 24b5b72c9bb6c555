"""A question about a place whose name is part of an outlet's name ("Brackwater Bay" of the
"Brackwater Bay Sentinel") is about the place, which other outlets' articles write too, or the outlet's
own articles write as a place ("a teacher from Dunmore" in the Dunmore Courier): it is not restricted to
that outlet. The outlet's own kind-word ("the Sentinel") still names it."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler


def _engine(tmp_path: Path) -> Engine:
    docs = [
        {
            "id": "sentinel",
            "source": "Brackwater Bay Sentinel",
            "title": "Council approves budget",
            "text": "The town council of Brackwater Bay approved its annual budget on Tuesday. "
            "The budget raises library hours, the Sentinel has learned.",
        },
        {
            "id": "wire",
            "source": "Coastal Wire",
            "title": "Landslide closes coast road",
            "text": "A landslide closed the coast road into Brackwater Bay on Thursday, stranding 40 cars. "
            "Road crews expect to reopen it by Sunday.",
        },
        *filler(12),
    ]
    return engine_of(tmp_path, docs)


def test_a_place_in_an_outlets_name_is_asked_about_in_every_outlet(tmp_path: Path) -> None:
    a = _engine(tmp_path).ask("what closed the road into brackwater bay")
    assert not a.abstained
    assert "landslide" in a.answer.lower()


def test_the_outlets_own_word_still_names_it(tmp_path: Path) -> None:
    a = _engine(tmp_path).ask("what did the sentinel report")
    assert not a.abstained
    assert {c.doc_id for c in a.citations} == {"sentinel"}


def test_a_place_only_its_local_paper_writes_is_the_place(tmp_path: Path) -> None:
    docs = [
        {
            "id": "courier",
            "source": "Dunmore Courier",
            "title": "A Dunmore grandmother's ordeal",
            "text": "Ruth Abernathy, a retired teacher from Dunmore, spent four days trying to get home. "
            "She finally landed at Dunmore airport on Tuesday, after three cancelled flights.",
        },
        {
            "id": "wire",
            "source": "Coastal Wire",
            "title": "Flights grounded",
            "text": "The airline grounded every flight on Monday, stranding 40,000 passengers.",
        },
        *filler(12),
    ]
    engine = engine_of(tmp_path, docs)
    # not "nothing from Dunmore Courier matches": the question asked about the town, not the paper
    assert "Courier" not in engine.ask("who is the passenger from dunmore").answer
    a = engine.ask("who is the retired teacher from dunmore")
    assert not a.abstained and "Ruth Abernathy" in a.answer, a.answer
