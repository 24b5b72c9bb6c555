"""What a thing is worth may be told by the period it runs for ("The contract was worth £2.4 million a
year"): a "how much is the contract worth" asks that whole, which a price of one of many units ("$46 a
share") is not. Made-up corpora."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler


def _engine(tmp_path: Path, worth: str) -> Engine:
    docs = [
        {
            "id": "gazette",
            "source": "Harbor Gazette",
            "title": "Bus firm loses contract",
            "text": "The district cancelled its bus contract with Brightway on Thursday. "
            f"The contract was worth {worth} and had been due to run until 2028.",
        },
        {
            "id": "wire",
            "source": "Metro Wire",
            "title": "Drivers leave",
            "text": "Brightway said it would appeal the decision.",
        },
        *filler(12),
    ]
    return engine_of(tmp_path, docs)


def test_a_sum_by_the_year_is_what_the_contract_is_worth(tmp_path: Path) -> None:
    for question in ("How much was the contract worth?", "What was the contract worth?"):
        a = _engine(tmp_path / question[:4], "£2.4 million a year").ask(question)
        assert not a.abstained and "£2.4 million a year" in a.answer, a.answer


def test_a_price_of_one_unit_is_not_the_whole(tmp_path: Path) -> None:
    a = _engine(tmp_path, "£12 a seat").ask("How much was the contract worth?")
    assert "£12 a seat" not in a.answer, a.answer


def test_a_sum_by_the_year_is_no_total_asked_in_so_many_words(tmp_path: Path) -> None:
    a = _engine(tmp_path, "£2.4 million a year").ask(
        "How much was the contract worth in total over the years?"
    )
    assert "£2.4 million a year" not in a.answer, a.answer
