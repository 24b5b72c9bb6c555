"""A "who VERBs X" is answered by the one a title names as X's doer, where no sentence says the verb of
anyone: the noun derived from the verb ("operator" of operate, "founder" of found) is a title though its
first WordNet sense is no person, in an appositive after the name as before it; a title that holds X
itself beats one for a doer of something else; and the verb inside another phrasal verb ("running out
of") or said of no one ("was founded in") is no answer. Pinned on small made-up corpora."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim as _verbatim
from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler

_STORM = (
    "A winter storm closed the harbour at Quarnby on Friday and stranded hundreds of travellers. "
    '"We are running out of blankets for the barges," shelter manager Odile Fenck said. '
    "Port director Anselm Gribb said the barges would be inspected before they sail again. "
    "Barge operator Tallowmere Shipping sent four extra barges to carry stranded travellers home. "
    "The storm is expected to ease by Sunday."
)

_BANK = (
    "Pellinor, an online lender, halted new loans on Monday. "
    "Customers queued outside its only branch in Dunmarsh. "
    "Pellinor was founded in 2016 and says it has 80,000 customers. "
    "Regulators said they had opened an inquiry into the lender's accounts. "
    "Ottilie Brannagh, the founder of the troubled lender Pellinor, declined to comment on Tuesday."
)


def test_who_runs_names_the_titled_operator_of_the_thing_asked(tmp_path: Path) -> None:
    docs = [{"id": "storm", "title": "Storm strands travellers at Quarnby", "text": _STORM}, *_filler(12)]
    engine = _engine(tmp_path, docs)
    a = engine.ask("who runs the barges")
    assert not a.abstained, a.answer
    assert "Tallowmere Shipping" in a.answer.split("[1]")[0], a.answer
    _verbatim(engine, a)


def test_who_founded_names_the_founder_in_an_appositive(tmp_path: Path) -> None:
    docs = [{"id": "bank", "title": "Pellinor halts lending", "text": _BANK}, *_filler(12)]
    engine = _engine(tmp_path, docs)
    a = engine.ask("who founded pellinor")
    assert not a.abstained, a.answer
    assert "Ottilie Brannagh" in a.answer.split("[1]")[0], a.answer
    _verbatim(engine, a)


_HARBOUR = (
    "Pembury's fishing fleet has been tied up in harbour since the chemical leak, and skippers say they "
    "cannot last much longer without help. "
    "Torvald Quennell, chairman of the Pembury and District Fishermen's Association, said 38 boats were "
    "idle. "
    '"We have lost the whole mussel season," Quennell said. '
    "The association will meet the company's claims administrator next week, he said. "
    "Last month the association had warned the harbour board about the leaking tanks."
)
_LIVE = (
    "**16:15** Volunteers say they have found at least 90 oiled birds so far. "
    "**14:05** Brackwater Freight chief executive Ysolde Farrant has apologised at a press conference in "
    "Pembury. She said the company would pay fishermen for the lost season. "
    "**11:30** The environment agency has banned fishing within five miles of the leak."
)
_BUSES = "Buses will run every hour between Saxby and Lorne from June. The change follows a review of routes."


def test_who_runs_is_no_doer_titled_of_another_named_owner(tmp_path: Path) -> None:
    """ "who runs the fishermens association": its chairman, over the chief executive of another company
    named in her title ("Brackwater Freight chief executive ..."), whose sentence holds the place asked
    too: a doer of another thing answers no "who runs" of this one."""
    docs = [
        {"id": "harbour", "title": "Fishermen fear for their livelihoods after leak", "text": _HARBOUR},
        {"id": "live", "title": "Pembury chemical leak: live updates", "text": _LIVE},
        {"id": "buses", "title": "Bus timetable changes", "text": _BUSES},
        *_filler(12),
    ]
    engine = _engine(tmp_path, docs)
    a = engine.ask("who runs the fishermens association in pembury")
    assert not a.abstained, a.answer
    assert "Torvald Quennell" in a.answer.split("[1]")[0], a.answer
    _verbatim(engine, a)
