"""Declining when the coverage holds the question's words but not its answer, pinned on small made-up
corpora: the kind of thing asked for must be filled by something the question does not already say
(its own number, a longer form of its own name), a "how much" about a price needs money, a "what
percentage" a share, and a "when" a date or a condition."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.retrieval.answer.corpora import assert_verbatim as _verbatim
from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler


def test_a_number_the_question_gives_is_not_its_answer(tmp_path: Path) -> None:
    text = "Owners of the Vela 3220 engines met in Derby on Friday to compare repairs with Halden Works."
    engine = _engine(tmp_path, [{"id": "vela", "title": "Engine owners meet", "text": text}, *_filler(12)])
    a = engine.ask("How many engines has the Vela 3220 got?")
    assert a.abstained, a.answer


def test_a_how_much_about_a_price_needs_an_amount_of_money(tmp_path: Path) -> None:
    docs = [
        {
            "id": "kite",
            "title": "Kite maker grows",
            "text": "The Arlo kite maker sold thousands of kites at the Brimley fair this summer.",
        },
        *_filler(12),
    ]
    engine = _engine(tmp_path, docs)
    a = engine.ask("How much does an Arlo kite cost?")
    assert a.abstained, a.answer


def test_a_how_much_about_a_price_is_answered_by_one(tmp_path: Path) -> None:
    docs = [
        {
            "id": "kite",
            "title": "Kite maker grows",
            "text": "The Arlo kite maker sold thousands of kites at the Brimley fair this summer. "
            "Each Arlo kite costs £40 at the fair.",
        },
        *_filler(12),
    ]
    engine = _engine(tmp_path, docs)
    a = engine.ask("How much does an Arlo kite cost?")
    assert not a.abstained, a.answer
    assert "£40" in a.statements[0].text, a.answer
    _verbatim(engine, a)


def test_a_what_percentage_question_needs_a_share(tmp_path: Path) -> None:
    text = "The Tamsin council threatened a levy on imported bricks unless builders paid within 50 days."
    engine = _engine(tmp_path, [{"id": "levy", "title": "Brick levy", "text": text}, *_filler(12)])
    a = engine.ask("What percentage levy did the Tamsin council threaten on imported bricks?")
    assert a.abstained, a.answer


def test_a_when_question_is_declined_by_a_sentence_holding_no_date(tmp_path: Path) -> None:
    text = (
        "The Orvane bridge will open to traffic after years of delays, engineers said. "
        "The bridge cost more than planned."
    )
    engine = _engine(tmp_path, [{"id": "bridge", "title": "Bridge news", "text": text}, *_filler(12)])
    a = engine.ask("When will the Orvane bridge open to traffic?")
    assert a.abstained, a.answer


def test_a_when_question_is_answered_by_a_condition(tmp_path: Path) -> None:
    text = "The Orvane bridge will open to traffic once the inspectors sign off the final repairs."
    engine = _engine(tmp_path, [{"id": "bridge", "title": "Bridge news", "text": text}, *_filler(12)])
    a = engine.ask("When will the Orvane bridge open to traffic?")
    assert not a.abstained, a.answer
    assert "once the inspectors" in a.answer


def test_a_longer_form_of_the_asked_name_does_not_fill_a_who() -> None:
    from retrieval.answer.question import analyze
    from retrieval.answer.types import type_score
    from retrieval.search.text import Tokenizer

    tok = Tokenizer()
    q = analyze("Who threw slurry over Kilroy-Silk?", tok)
    assert type_score("person", "Euro MP Robert Kilroy-Silk had slurry thrown over him.", q, tok) == 0.0
    assert type_score("person", "Farmer Tom Udall threw slurry over Kilroy-Silk.", q, tok) == 1.0


def test_a_when_question_is_answered_by_an_old_year_or_a_century(tmp_path: Path) -> None:
    text = "The Harl abbey was built in 1347 by monks from the coast, and rebuilt in the 16th century."
    engine = _engine(tmp_path, [{"id": "abbey", "title": "Abbey history", "text": text}, *_filler(12)])
    a = engine.ask("When was the Harl abbey built?")
    assert not a.abstained, a.answer
    assert "1347" in a.answer


def test_a_how_much_about_a_price_change_is_answered_by_a_percentage(tmp_path: Path) -> None:
    text = "Brint bread prices increased 12% over the year, the bakers' guild said on Monday."
    engine = _engine(tmp_path, [{"id": "bread", "title": "Bakers' report", "text": text}, *_filler(12)])
    a = engine.ask("How much have Brint bread prices increased?")
    assert not a.abstained, a.answer
    assert "12%" in a.answer


def _worm(tmp_path: Path, *more: str) -> list[dict[str, str]]:
    text = " ".join(
        [
            "The Zorbot worm spreads through email attachments, security firm Kelda said.",
            "Computers running Windows 95, 98, 2000 and XP are vulnerable to the Zorbot worm.",
            *more,
        ]
    )
    return [{"id": "worm", "title": "Zorbot worm spreads", "text": text}, *_filler(12)]


def test_a_number_of_a_name_counts_nothing(tmp_path: Path) -> None:
    """ "Windows 95, 98, 2000" are names, not how many computers the worm infected."""
    engine = _engine(tmp_path, _worm(tmp_path))
    a = engine.ask("How many computers has the Zorbot worm infected?")
    assert a.abstained, a.answer


def test_a_count_beside_a_name_still_counts(tmp_path: Path) -> None:
    engine = _engine(tmp_path, _worm(tmp_path, "Kelda said the Zorbot worm has infected 40,000 computers."))
    a = engine.ask("How many computers has the Zorbot worm infected?")
    assert not a.abstained
    assert "40,000 computers" in a.statements[0].text, a.answer
    _verbatim(engine, a)


AUDIT = (
    "Council leader Miriam Osei said on Tuesday she would stay in her post after the audit of the Harlow "
    "housing fund. The council also announced that its finance director, Peter Lamb, had resigned "
    "effective immediately. Osei said the fund would be run by an outside trustee."
)


@pytest.mark.parametrize(
    ("question", "declined"),
    [
        ("did osei resign", True),  # Lamb's resignation, Osei named only beside it, tells of Lamb
        ("has osei quit", True),
        ("did peter lamb resign", False),
        ("did osei say she would stay", False),
    ],
)
def test_a_yes_no_about_a_named_person_is_not_answered_by_anothers_doing(
    tmp_path: Path, question: str, declined: bool
) -> None:
    engine = _engine(tmp_path, [{"id": "audit", "title": "Harlow audit", "text": AUDIT}, *_filler(12)])
    assert engine.ask(question).abstained is declined
