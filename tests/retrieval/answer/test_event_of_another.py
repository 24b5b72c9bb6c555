"""A sentence holding the question's words may tell of another event or thing: a "when did X start"
answered by a day that dates a statement whose relative clause mentions the start, and a yes/no "is X
over" answered by a sentence ending something else beside one that names X. Pinned on small made-up
corpora."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import answer_from

_LEAK = (
    "Harwick Water acknowledged Tuesday that an old valve sits in the tunnel where the leak started. "
    "Crews have pumped the tunnel dry. "
    "Residents on Mallow Lane have been asked to boil their water."
)


def test_a_day_dating_a_statement_does_not_date_the_event_in_its_clause(tmp_path: Path) -> None:
    a = answer_from(
        tmp_path, {"id": "leak", "title": "Harwick Water leak", "text": _LEAK}, "when did the leak start"
    )
    assert a.abstained, a.answer


def test_the_same_day_dating_the_event_itself_answers(tmp_path: Path) -> None:
    text = "The leak started Tuesday in the tunnel under Mallow Lane, Harwick Water said. " + _LEAK
    a = answer_from(
        tmp_path, {"id": "leak", "title": "Harwick Water leak", "text": text}, "when did the leak start"
    )
    assert not a.abstained, a.answer
    assert "The leak started Tuesday" in a.answer, a.answer


_SINKING = (
    "Mourners gathered at Tallow Quay on Monday evening for a vigil for the nine people who died when the "
    "Marsh Heron sank. "
    "Divers have searched the wreck. "
    "The operator has suspended its other crossings."
)


def test_a_day_of_another_verb_before_a_named_subjects_clause_does_not_date_it(tmp_path: Path) -> None:
    # (the subject is a name, so the "when did the NOUN VERB" check of the asked noun does not read it:
    # the asked verb alone tells the clause)
    a = answer_from(
        tmp_path,
        {"id": "vigil", "title": "Marsh Heron vigil", "text": _SINKING},
        "when did the Marsh Heron sink",
    )
    assert a.abstained, a.answer


def test_a_day_dating_a_named_subjects_own_verb_answers(tmp_path: Path) -> None:
    text = "The Marsh Heron sank on Saturday afternoon off Tallow Point, the coastguard said. " + _SINKING
    a = answer_from(
        tmp_path, {"id": "vigil", "title": "Marsh Heron vigil", "text": text}, "when did the Marsh Heron sink"
    )
    assert not a.abstained, a.answer
    assert "sank on Saturday afternoon" in a.answer, a.answer


_FAIR = (
    "The Brindlemoor craft fair drew 12,000 visitors on its opening weekend, organisers said. "
    "Under the contract, the council can end the lease with 30 days' notice. "
    "Stallholders pay a fee of 40 pounds a day."
)


def test_a_verb_done_to_another_thing_beside_the_subject_is_no_answer(tmp_path: Path) -> None:
    a = answer_from(
        tmp_path, {"id": "fair", "title": "Brindlemoor craft fair opens", "text": _FAIR}, "is the fair over"
    )
    assert "end the lease" not in a.answer, a.answer


_CLOSURE = (
    "A closure notice is an order from the county that closes a pier until engineers say it is safe.\n\n"
    "The county closed the Wexcombe pier on Friday after divers found cracks in two of its pillars.\n\n"
    "Anglers have been told to use the harbour wall instead."
)


def test_an_until_clause_after_the_asked_verb_does_not_date_it(tmp_path: Path) -> None:
    """ "when did the pier get closed": the get-passive's participle is the event, and "closes a pier until
    engineers say it is safe" tells when a closure ends, not when this one began."""
    from retrieval.answer.question import analyze
    from retrieval.search.text import Tokenizer

    assert analyze("when did the pier get closed", Tokenizer()).done == "close"
    a = answer_from(
        tmp_path,
        {"id": "pier", "title": "Wexcombe pier closed", "text": _CLOSURE},
        "when did the pier get closed",
    )
    assert not a.abstained, a.answer
    assert "on Friday" in a.answer.split("[1]")[0], a.answer


_INQUIRY = (
    "Attorney General Rosa Imber said her office had opened an investigation into Calloway Estates.\n\n"
    "Imber confirmed the repair figures on Saturday as investigators continued their review.\n\n"
    "Tenants in the Marsh Street blocks have complained about damp for two winters."
)


def test_a_date_of_another_deed_does_not_date_the_asked_one(tmp_path: Path) -> None:
    """ "when did imber open her investigation": the verb, with its object after it, is the event asked
    about; a sentence dating another deed of hers ("confirmed the repair figures on Saturday") holding
    neither ("investigators" only shares the object's stem) says nothing of when it was opened."""
    a = answer_from(
        tmp_path,
        {"id": "inq", "title": "Calloway Estates inquiry", "text": _INQUIRY},
        "when did imber open her investigation",
    )
    assert "Saturday" not in a.answer, a.answer


_REVIEW = (
    "The Harwick Water board ordered an independent review of the leak on Monday. "
    "Reviews of this kind typically take six to nine months, the board said. "
    "The review will examine how the valve was maintained."
)


def test_what_a_subject_did_is_not_answered_by_a_sentence_on_the_subject_alone(tmp_path: Path) -> None:
    # ("what did the review conclude": how long reviews take, and what it will examine, tell no concluding)
    a = answer_from(
        tmp_path,
        {"id": "review", "title": "Harwick Water review", "text": _REVIEW},
        "What did the Harwick Water review conclude?",
    )
    assert a.abstained, a.answer


def test_what_a_subject_did_is_answered_by_a_sentence_saying_the_verb(tmp_path: Path) -> None:
    text = "The Harwick Water review concluded that the valve had not been inspected since 2015. " + _REVIEW
    a = answer_from(
        tmp_path,
        {"id": "review", "title": "Harwick Water review", "text": text},
        "What did the Harwick Water review conclude?",
    )
    assert not a.abstained, a.answer
    assert "concluded that the valve" in a.answer, a.answer


_ARREST = (
    "Police arrested the skipper of the Marsh Heron on Friday on suspicion of manslaughter, five days after "
    "the ferry sank off Tallow Point. "
    "Divers have searched the wreck. "
    "The operator has suspended its other crossings."
)


def test_a_day_before_a_temporal_clause_dates_the_main_event_not_the_clauses(tmp_path: Path) -> None:
    # ("on Friday" dates the arrest; the sinking is told in the "after" clause)
    a = answer_from(
        tmp_path,
        {"id": "arrest", "title": "Marsh Heron skipper arrested", "text": _ARREST},
        "when did the Marsh Heron sink",
    )
    assert a.abstained, a.answer


_FUND = (
    "Residents of Orlow filed a lawsuit against Brantel Mills on Wednesday. "
    "The lawsuit came a day after Brantel announced a relief fund for the town. "
    "The mill has been closed since the fire."
)


def test_a_time_measured_from_another_event_answers_when(tmp_path: Path) -> None:
    # (the sentence places the announcing a day before the lawsuit: it says so, and no day is worked out)
    a = answer_from(
        tmp_path,
        {"id": "fund", "title": "Orlow residents sue Brantel", "text": _FUND},
        "when did Brantel announce the relief fund",
    )
    assert not a.abstained, a.answer
    assert "a day after Brantel announced" in a.answer, a.answer


_HEARINGS = (
    "The inquiry into the sinking of the Marsh Heron will begin public hearings next week in Tallow. "
    "Divers have searched the wreck. "
    "The operator has suspended its other crossings."
)


def test_a_date_of_what_a_noun_phrase_holding_the_event_does_is_not_the_events(tmp_path: Path) -> None:
    # ("next week" dates the hearings; the sinking is only the inquiry's subject)
    a = answer_from(
        tmp_path,
        {"id": "inquiry", "title": "Marsh Heron inquiry", "text": _HEARINGS},
        "when did the Marsh Heron sink",
    )
    assert a.abstained, a.answer


def test_a_date_beside_the_events_noun_dates_it(tmp_path: Path) -> None:
    text = "Nine people died in the sinking of the Marsh Heron on Saturday, the coastguard said. " + _HEARINGS
    a = answer_from(
        tmp_path,
        {"id": "inquiry", "title": "Marsh Heron inquiry", "text": text},
        "when did the Marsh Heron sink",
    )
    assert not a.abstained, a.answer
    assert "on Saturday" in a.answer, a.answer
