"""Two outlets stating one fact with its figure written their own ways ("$310m" and "$310 million",
"Twelve" and "12") share the statement's citation: figures are compared by value, words by terms, so
a figure's spelling neither costs the outlet its citation nor passes for another figure. A twin whose
figure differs is quoted as a version of its own, cited only to itself (small made-up corpora)."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Answer
from retrieval.answer.confirm import ALSO_REPORTED
from retrieval.lexicon import figures
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

BUDGET = {
    "id": "budget-wire",
    "title": "Tarn harbour wall approved",
    "source": "Meridian Wire",
    "text": "The Tarn council approved a $310m budget for the new harbour wall on Tuesday. "
    "Work is due to begin in the spring.",
}
BUDGET_QUESTION = "What budget did the Tarn council approve for the harbour wall?"

HURT = {
    "id": "crane-wire",
    "title": "Crane topples at Tarn quay",
    "source": "Meridian Wire",
    "text": "Twelve dockers were hurt at Tarn quay. The quay was closed for the day.",
}
HURT_QUESTION = "What happened to the dockers at Tarn quay?"


def _cited(a: Answer) -> list[set[str]]:
    """The documents each statement's markers cite, in the reply's order."""
    by_n = {c.n: c.doc_id for c in a.citations}
    return [{by_n[n] for n in st.citations} for st in a.statements]


def _other(doc: dict[str, str], text: str) -> dict[str, str]:
    return {**doc, "id": "ledger", "source": "City Ledger", "title": doc["title"] + " (Ledger)", "text": text}


def _asked(tmp_path: Path, doc: dict[str, str], text: str, question: str) -> Answer:
    """The reply to ``question`` over ``doc`` and another outlet's version of it (``text``): an answer,
    every quote verbatim."""
    engine = engine_of(tmp_path, [*filler(12), doc, _other(doc, text)])
    a = engine.ask(question)
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    return a


def test_a_currency_sum_abbreviated_is_the_sum_written_out() -> None:
    assert figures("a $310m budget") == figures("a $310 million budget") == {"310000000"}
    assert figures("£1.2bn") == figures("£1,200m") == {"1200000000"}
    assert figures("a 400m race") == {"400"}  # (no currency: metres as often as millions)


@pytest.mark.parametrize(
    ("doc", "text", "question"),
    [
        # (a sum written out: "$310 million" of "$310m")
        (
            BUDGET,
            "Tarn council approved a $310 million budget for the new harbour wall on Tuesday.",
            BUDGET_QUESTION,
        ),
        # (a count in digits: "12" of "Twelve")
        (HURT, "12 dockers were hurt at Tarn quay, the port said.", HURT_QUESTION),
    ],
)
def test_an_outlet_writing_the_figure_its_own_way_is_cited_for_the_same_statement(
    tmp_path: Path, doc: dict[str, str], text: str, question: str
) -> None:
    a = _asked(tmp_path, doc, text, question)
    assert _cited(a)[0] == {doc["id"], "ledger"}, a.answer


@pytest.mark.parametrize(
    ("doc", "text", "question"),
    [
        (
            BUDGET,
            "Tarn council approved a $410 million budget for the new harbour wall on Tuesday.",
            BUDGET_QUESTION,
        ),
        (
            HURT,
            "14 dockers were hurt at Tarn quay, the port said.",
            "How many dockers were hurt at Tarn quay?",
        ),
    ],
)
def test_a_twin_with_another_figure_is_its_own_version(
    tmp_path: Path, doc: dict[str, str], text: str, question: str
) -> None:
    a = _asked(tmp_path, doc, text, question)
    cited = _cited(a)
    assert all(len(docs) == 1 for docs in cited), a.answer
    assert {d for docs in cited for d in docs} == {doc["id"], "ledger"}, a.answer


EMAIL = {
    "id": "email-wire",
    "title": "Tarn bank vote summary emailed early",
    "source": "Meridian Wire",
    "text": "Lawmakers heard that 70 members of staff got the email. The bank said rules were broken.",
}
EMAIL_QUESTION = "How many staff received the email with the vote summary?"


@pytest.mark.parametrize(
    ("text", "confirmed"),
    [
        # (the count a few words before its noun in the answer, right before it here: one value)
        ("A summary of the Tarn bank's rate vote was emailed to 70 staff before the decision.", True),
        # (another count of staff: never "also reported" for the answer's 70)
        ("A summary of the Tarn bank's rate vote was emailed to 90 staff before the decision.", False),
    ],
)
def test_a_count_written_apart_from_its_noun_is_the_same_value(
    tmp_path: Path, text: str, confirmed: bool
) -> None:
    a = _asked(tmp_path, EMAIL, text, EMAIL_QUESTION)
    cited = _cited(a)
    assert all(len(docs) == 1 for docs in cited), a.answer  # (each outlet cited for its own words)
    assert (set().union(*cited) == {"email-wire", "ledger"}) is confirmed, a.answer
    assert (ALSO_REPORTED in a.answer) is confirmed, a.answer


def test_a_part_count_told_of_another_act_confirms_no_total(tmp_path: Path) -> None:
    """A jury's "guilty on 4 counts of bribery" gives a count the answer lists ("indicted ... on nine
    counts: four counts of bribery, ..."), but of another act: the counted noun alone says no relation."""
    doc = {
        "id": "trial-wire",
        "title": "Tarn mayor Brandt indicted",
        "source": "Meridian Wire",
        "text": "Brandt, 58, was arrested in January and indicted later that month on nine counts: four "
        "counts of bribery, three counts of fraud and two counts of perjury.",
    }
    text = "A jury found Ivo Brandt guilty on 4 counts of bribery on Friday."
    a = _asked(tmp_path, doc, text, "How many counts was Brandt indicted on?")
    assert ALSO_REPORTED not in a.answer, a.answer


INJUNCTION = {
    "id": "court-wire",
    "title": "Tarn dockers blocked from striking",
    "source": "Meridian Wire",
    "published": "2026-03-20",
    "text": "A judge granted the Tarn port operator an injunction against the dockers' strike on Thursday, "
    "ruling that the ballot was flawed.",
}


@pytest.mark.parametrize(
    ("day", "confirmed"),
    [
        ("March 19", True),  # (the Thursday before the Friday the article is dated)
        ("March 12", False),  # (another day: not the answer's date)
    ],
)
def test_an_outlet_writing_the_date_its_own_way_is_also_reported(
    tmp_path: Path, day: str, confirmed: bool
) -> None:
    text = f"The injunction against the Tarn dockers was granted on {day}."
    a = _asked(tmp_path, INJUNCTION, text, "When was the injunction against the Tarn dockers granted?")
    assert _cited(a)[0] == {"court-wire"}, a.answer
    assert (ALSO_REPORTED in a.answer) is confirmed, a.answer
    assert all(len(docs) == 1 for docs in _cited(a)), a.answer
