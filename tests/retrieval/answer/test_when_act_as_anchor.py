"""A "when did X VERB" whose best sentence writes the act only in a clause placing another event from it
("Hundreds of residents were moved out of Fenwick overnight after the Kelmarsh weir collapsed, the county
council said on Sunday": its dates are the move's and the saying's) is an echo of the question. A sentence
as closely related whose date goes with the act itself answers instead ("The collapse of the Kelmarsh
weir on 4 February ..."), and, none doing so, a sentence a few after the echo in its article opening on
X's head noun with a date in that opening clause tells the act again in its own words ("The sluice gate
gave way at about 10:15 p.m. on Saturday ..."). With neither, the echo stays, and a sentence dating
another event is not taken. Pinned on small made-up corpora."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of, filler, first_statement

_LEAD = (
    "FENWICK, Feb 8 (Northgate Wire) - Hundreds of residents were moved out of Fenwick overnight after "
    "the {} failed, the county council said on Sunday."
)


def _ask(tmp_path: Path, docs: list[dict[str, str]], question: str) -> str:
    a = engine_of(tmp_path, [*docs, *filler(12)]).ask(question)
    assert not a.abstained, a.answer
    return first_statement(a)


def test_a_sentence_dating_the_act_beats_one_anchoring_another_event_on_it(tmp_path: Path) -> None:
    wire = {
        "id": "wire",
        "title": "Hundreds moved out as Kelmarsh weir fails",
        "text": _LEAD.format("Kelmarsh weir")
        + " Shelters were opened at two schools. Engineers were sent to inspect the damage.",
    }
    report = {
        "id": "report",
        "title": "Engineers count the cost of Kelmarsh weir",
        "text": "The failure of the Kelmarsh weir on 4 February 2026 left the lower town under water. "
        "Repairs are expected to take a year.",
    }
    got = _ask(tmp_path, [wire, report], "When did the Kelmarsh weir fail?")
    assert "4 February 2026" in got, got


def test_the_subject_told_again_after_the_lead_gives_the_acts_date(tmp_path: Path) -> None:
    """The act in other words than the question's ("gave way" for "failed"), its subject the same, in
    the next paragraph (wire copy gives each sentence one): it leads, not the lead it follows."""
    wire = {
        "id": "wire",
        "title": "Hundreds moved out as weir sluice gate fails",
        "text": _LEAD.format("sluice gate of the Kelmarsh weir")
        + "\n\nThe sluice gate gave way at about 10:15 p.m. on Saturday after a week of heavy rain."
        "\n\nShelters were opened at two schools.",
    }
    got = _ask(tmp_path, [wire], "When did the sluice gate fail?")
    assert "10:15 p.m. on Saturday" in got, got


def test_a_neighbour_dating_another_thing_is_not_taken(tmp_path: Path) -> None:
    """No sentence dates the act: the echo stays, not "The council will meet ... on 20 March", nor a
    sentence opening on the subject whose date comes after another clause opens."""
    wire = {
        "id": "wire",
        "title": "Hundreds moved out as weir sluice gate fails",
        "text": _LEAD.format("sluice gate of the Kelmarsh weir")
        + " The council will meet the weir's owners on 20 March 2026. "
        "The sluice gate, which was last repaired in 2019, is owned by the river trust.",
    }
    got = _ask(tmp_path, [wire], "When did the sluice gate fail?")
    assert "20 March" not in got and "2019" not in got, got
    assert "overnight after the sluice gate" in got, got


def test_an_anchor_clause_holding_a_date_dates_the_act_itself(tmp_path: Path) -> None:
    """ "... died when the ferry capsized on the Tarrow crossing on Saturday afternoon": the clause placing
    the deaths from the capsize dates the capsize too; it is no echo, and stays the answer."""
    wire = {
        "id": "wire",
        "title": "Ferry capsizes on the Tarrow",
        "text": "PORT ALVEN - At least nine people died when the ferry Mellow Tern capsized on the Tarrow "
        "crossing on Saturday afternoon, officials said. Rescuers pulled 40 people from the water.",
    }
    later = {
        "id": "later",
        "title": "Ferry was overloaded",
        "text": "The ferry that capsized on the Tarrow last week was carrying 120 people, ticket records "
        "show.",
    }
    got = _ask(tmp_path, [wire, later], "When did the Mellow Tern capsize?")
    assert "Saturday afternoon" in got, got
