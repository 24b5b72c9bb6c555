"""A money question asks the amount of one thing; a sentence stating a sum as another thing's ("The
asking price was ...", "The new depot will cost ...") does not answer it, even when it names the asked
thing elsewhere. A sum stated as the asked thing's kin ("penalty" for a fine), or by a pronoun, still
answers."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler

_STORY = [
    {
        "id": "mill-sale",
        "title": "Pellow Mill sold to Ardent Homes",
        "text": "Ardent Homes has bought the old Pellow Mill on the river bank. "
        "The asking price was $14 million, the agents said, though the mill's repair bill is still unknown. "
        "Ardent chairman Odile Varga said the firm's new depot at Ferris Quay would cost $9 million. "
        "The town council imposed a penalty of $40,000 on the previous owner for letting the roof fall in. "
        "Varga said the conversion would take two years. It will cost $30 million, she added.",
    },
    {
        "id": "mill-survey",
        "title": "Surveyor reports on Pellow Mill roof",
        "text": "A surveyor hired by Ardent Homes has inspected the old Pellow Mill. "
        "The surveyor puts the cost of the roof repairs at $2 million. "
        "The mill's two boilers were removed in the 1990s.",
    },
    {
        "id": "mill-grant",
        "title": "Council to share Pellow Mill survey bill",
        "text": "The town council will pay half of the flood survey's costs, which Ardent estimates at "
        "$70,000. A footbridge over the mill race is also planned.",
    },
    {
        "id": "mill-yard",
        "title": "Ardent to sell its Tollgate yard",
        "text": "Ardent Homes will pay for a warehouse at Ferris Quay partly by selling its Tollgate yard to "
        "a local builder for $4 million.",
    },
    *_filler(12),
]


def test_a_sum_stated_as_another_amount_does_not_answer(tmp_path: Path) -> None:
    # the $14 million is the asking price, not the repair bill the sentence mentions beside it
    engine = _engine(tmp_path, _STORY)
    a = engine.ask("how much is the mill's repair bill")
    assert a.abstained or "$14 million" not in a.answer, a.answer


def test_a_sum_another_thing_costs_does_not_answer(tmp_path: Path) -> None:
    # the depot costs $9 million; the asked thing is the Pellow Mill's
    engine = _engine(tmp_path, _STORY)
    a = engine.ask("how much does the gatehouse cost")
    assert a.abstained or "$9 million" not in a.answer, a.answer


def test_a_sum_stated_as_a_kin_of_the_asked_amount_still_answers(tmp_path: Path) -> None:
    engine = _engine(tmp_path, _STORY)
    a = engine.ask("how much was the fine for the previous owner")
    assert not a.abstained, a.answer
    assert "$40,000" in a.answer, a.answer


def test_a_sum_a_pronoun_costs_still_answers(tmp_path: Path) -> None:
    engine = _engine(tmp_path, _STORY)
    a = engine.ask("how much will the conversion cost")
    assert not a.abstained, a.answer
    assert "$30 million" in a.answer, a.answer


def test_a_sum_reckoned_as_another_things_cost_does_not_answer(tmp_path: Path) -> None:
    # "puts the cost of the roof repairs at $2 million": the repairs' cost, not the boilers'
    engine = _engine(tmp_path, _STORY)
    a = engine.ask("how much did the boilers cost")
    assert a.abstained or "$2 million" not in a.answer, a.answer
    a = engine.ask("how much will the roof repairs cost")
    assert not a.abstained, a.answer
    assert "$2 million" in a.answer, a.answer


def test_a_sum_which_stands_for_another_things_cost_does_not_answer(tmp_path: Path) -> None:
    # "the flood survey's costs, which Ardent estimates at $70,000": the survey's, not the footbridge's
    engine = _engine(tmp_path, _STORY)
    a = engine.ask("how much does the footbridge cost")
    assert a.abstained or "$70,000" not in a.answer, a.answer
    a = engine.ask("how much will the flood survey cost")
    assert not a.abstained, a.answer
    assert "$70,000" in a.answer, a.answer


def test_a_sum_another_thing_is_sold_for_does_not_answer(tmp_path: Path) -> None:
    # "selling its Tollgate yard to a local builder for $4 million": the yard's price, not the warehouse's
    engine = _engine(tmp_path, _STORY)
    a = engine.ask("how much does the warehouse cost")
    assert a.abstained or "$4 million" not in a.answer, a.answer
    a = engine.ask("how much did the tollgate yard cost")
    assert not a.abstained, a.answer
    assert "$4 million" in a.answer, a.answer
