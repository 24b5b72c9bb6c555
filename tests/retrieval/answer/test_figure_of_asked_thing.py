"""A "how much X" about a name is answered by a figure of X, not by any figure beside the name: a
sentence that covers little of the question, holding the name and a sum but not X ("Pellco paid $40
million for ..."), tells of something else when the coverage writes X elsewhere. A "how much money" is
told by the figure itself."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler

_STORY = [
    {
        "id": "dairy-deal",
        "title": "Pellco buys Ardent Dairy brands",
        "text": "Pellco paid Ardent Dairy $40 million on Tuesday for its three cheese brands. "
        "The brands will keep their labels until next year, Pellco said. "
        "Pellco has bought four dairies since 2020. "
        "Pellco shares rose on the news.",
    },
    {
        "id": "dairy-after",
        "title": "Ardent Dairy keeps its yoghurt plant",
        "text": "Ardent Dairy will keep its yoghurt plant open after selling its cheese brands. "
        "Analyst Wen Okoro said Ardent Dairy held $12 million in cash at the end of March.",
    },
    *_filler(12),
]


def test_a_figure_of_another_thing_does_not_answer(tmp_path: Path) -> None:
    engine = _engine(tmp_path, _STORY)
    a = engine.ask("how much cash does pellco have")
    assert a.abstained, a.answer


def test_the_figure_of_the_thing_asked_is_still_given(tmp_path: Path) -> None:
    engine = _engine(tmp_path, _STORY)
    a = engine.ask("how much cash does ardent dairy have")
    assert not a.abstained, a.answer
    assert "$12 million" in a.answer, a.answer
    a = engine.ask("how much money did pellco pay")
    assert not a.abstained, a.answer
    assert "$40 million" in a.answer, a.answer


def test_an_owners_amount_is_asked_as_a_figure(tmp_path: Path) -> None:
    # "what's X's salary" asks a sum as "what's the salary of X" does: a sentence saying X will pay
    # something gives none
    docs = [
        {
            "id": "mill-pay",
            "title": "Tolland Mills to pay growers",
            "text": "Tolland Mills chief executive Irma Scholt said the mill would pay growers for the "
            "spoiled grain. Scholt earned praise from the cooperative for the offer.",
        },
        {
            "id": "bakery-pay",
            "title": "Wenlow Bakery boss paid more",
            "text": "Wenlow Bakery chief executive Ned Ashby earned a salary of $310,000 last year.",
        },
        *_filler(12),
    ]
    engine = _engine(tmp_path, docs)
    a = engine.ask("what's scholt's salary")
    assert a.abstained, a.answer
    a = engine.ask("what's ashby's salary")
    assert not a.abstained, a.answer
    assert "$310,000" in a.answer, a.answer


def test_a_sum_counts_none_of_the_things_after_it(tmp_path: Path) -> None:
    # "a $40 million development of flats": the scale word is the sum's, which counts money, not flats
    docs = [
        {
            "id": "yard-plan",
            "title": "Ormond Yard scheme approved",
            "text": "The Ormond Yard scheme, a $40 million development of flats and shops on the old "
            "depot, was approved by the council in May.",
        },
        {
            "id": "wharf-plan",
            "title": "Ribble Wharf scheme grows",
            "text": "The Ribble Wharf scheme will now have 120 flats, the developer said on Monday.",
        },
        *_filler(12),
    ]
    engine = _engine(tmp_path, docs)
    a = engine.ask("how many flats will the ormond yard scheme have")
    assert a.abstained, a.answer
    a = engine.ask("how many flats will the ribble wharf scheme have")
    assert not a.abstained, a.answer
    assert "120 flats" in a.answer, a.answer


def test_a_sum_modifying_another_amount_does_not_answer(tmp_path: Path) -> None:
    # "ordered Scholt to pay a $50,000 fine": the sum is the fine's, not the salary asked about, even in
    # a coverage that writes "salary" of someone else
    docs = [
        {
            "id": "mill-fine",
            "title": "Tolland Mills boss fined",
            "text": "A judge ordered Tolland Mills chief executive Irma Scholt to pay a $50,000 fine "
            "on Tuesday for misleading the grain cooperative.",
        },
        {
            "id": "bakery-pay",
            "title": "Wenlow Bakery boss paid more",
            "text": "Wenlow Bakery chief executive Ned Ashby earns a $310,000 salary, the bakery said.",
        },
        *_filler(12),
    ]
    engine = _engine(tmp_path, docs)
    a = engine.ask("what is scholt's salary")
    assert a.abstained or "$50,000" not in a.answer, a.answer
    a = engine.ask("what is ashby's salary")
    assert not a.abstained, a.answer
    assert "$310,000" in a.answer, a.answer
    a = engine.ask("how much was scholt's fine")
    assert not a.abstained, a.answer
    assert "$50,000" in a.answer, a.answer
