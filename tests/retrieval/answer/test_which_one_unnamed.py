"""A "which X" question asks which one of its kind, by name: a sentence writing X only as some of them
("Nine lenders are now refunding ...", counted), as one brought in unnamed ("will hire an outside
auditor") or as a bare kind of place ("was taken to hospital") does not say which, and the bot
declines. The twin corpus naming one ("The lender Harrow Mutual", "Elsby General Hospital") is
answered."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler

LEAD = "Thousands of savers lost access to their accounts for three days this week. "
CASES = [
    (
        "which lender was first to refund overdraft fees",
        "Nine lenders are now refunding overdraft fees to customers of the Tarnwick Building Society, the "
        "Savings Forum said on Friday.",
        "The lender Harrow Mutual was first to refund overdraft fees to customers of the Tarnwick Building "
        "Society, the Savings Forum said on Friday.",
        "Harrow Mutual",
    ),
    (
        "which auditor did the tarnwick building society hire",
        "The Tarnwick Building Society said it will hire an outside auditor to check its fee records.",
        "The Tarnwick Building Society said it has hired the auditor Kestle & Marr to check its fee records.",
        "Kestle & Marr",
    ),
    (
        "which hospital was the cashier taken to",
        "A cashier hurt in the rush at the Tarnwick branch was taken to hospital on Friday evening.",
        "A cashier hurt in the rush at the Tarnwick branch was taken to Elsby General Hospital on Friday.",
        "Elsby General Hospital",
    ),
]


def _engine(tmp_path: Path, text: str) -> Engine:
    return engine_of(
        tmp_path, [{"id": "a1", "title": "Tarnwick customers locked out", "text": LEAD + text}, *filler(12)]
    )


@pytest.mark.parametrize(("question", "unnamed", "named", "name"), CASES)
def test_which_one_written_only_as_some_of_its_kind_is_declined(
    tmp_path: Path, question: str, unnamed: str, named: str, name: str
) -> None:
    a = _engine(tmp_path, unnamed).ask(question)
    assert a.abstained, a.answer


@pytest.mark.parametrize(("question", "unnamed", "named", "name"), CASES)
def test_which_one_named_is_answered(
    tmp_path: Path, question: str, unnamed: str, named: str, name: str
) -> None:
    a = _engine(tmp_path, named).ask(question)
    assert not a.abstained, a.answer
    assert name in a.answer.split("[1]")[0]


def test_a_bare_plural_placed_by_names_is_answered(tmp_path: Path) -> None:
    # (a bare singular is a kind of place, "taken to hospital"; a bare plural is some of them, which the
    # words after it may name)
    text = "The stoppage spread to branches in Harwell and Tarnmouth overnight, the society said."
    a = _engine(tmp_path, text).ask("which branches did the stoppage spread to")
    assert not a.abstained, a.answer
    assert "Harwell" in a.answer


def test_a_figure_before_the_noun_counts_it_only_when_it_ends_on_a_digit(tmp_path: Path) -> None:
    # ("aged 94, the team announced": the comma closes the age; "the team" is the one named before)
    text = (
        "Broadcaster Ivo Marsh, who called games for the Harwell Rovers for six decades, has died at the "
        "age of 94, the team announced on Tuesday."
    )
    a = _engine(tmp_path, text).ask("which team did ivo marsh call games for")
    assert not a.abstained, a.answer
    assert "Harwell Rovers" in a.answer


def test_which_owner_is_not_asked_by_the_owned_noun(tmp_path: Path) -> None:
    # ("which society's stock": the owner is asked, not the stock "a stock split" brings in)
    text = "One share of the Tarnwick Building Society is suddenly cheaper after a massive stock split."
    a = _engine(tmp_path, text).ask("which society's stock became cheaper after a stock split")
    assert not a.abstained, a.answer


def test_a_noun_after_a_preposition_in_an_unnamed_phrase_is_told_which(tmp_path: Path) -> None:
    # ("an operation on her left wrist" brings in an operation; its "left wrist" says which wrist)
    text = "The cashier had an operation on her left wrist after she was hurt in the rush at the branch."
    a = _engine(tmp_path, text).ask("which wrist did the cashier have an operation on")
    assert not a.abstained, a.answer
    assert "left wrist" in a.answer
