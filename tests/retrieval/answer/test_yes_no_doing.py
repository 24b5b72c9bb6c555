"""A yes/no question about what a named body did ("did brackwell mills sell the depot") is answered by
the sentence saying it did or did not, though a person speaks for the body there ("Chair Dolores
Quint said the cooperative did not sell the depot"): the coverage writes the body's name running on
past the words asked ("Brackwell Mills Cooperative"), as no person's surname does, so the person
named is no other doer. And a sentence giving the verb only as what the body is to do ("gave it ten
days to sell") answers neither yes nor no: one stating it done or not done is quoted first."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

OFFER = (
    "Brackwell Mills Cooperative, which runs three grain stores in the county, received an offer for "
    "its river depot in May. "
    "The buyer, a developer, offered the cooperative $3 million for the depot and gave it ten days to "
    "sell before the offer lapsed. "
    "Brackwell Mills said it would consider the offer."
)
OUTCOME = (
    "Chair Dolores Quint said the cooperative did not sell the depot. "
    "Brackwell Mills Cooperative will keep using the depot for storage, she said."
)


def test_a_body_speaking_through_a_person_answers_what_the_body_did(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path,
        [
            {"id": "offer", "title": "Depot offer", "text": OFFER, "published": "2025-05-02"},
            {"id": "outcome", "title": "Depot decision", "text": OUTCOME, "published": "2025-05-20"},
            *filler(12),
        ],
    )
    a = engine.ask("did brackwell mills sell the depot")
    assert not a.abstained, a.answer
    assert "did not sell the depot" in first_statement(a), a.answer
    assert_verbatim(engine, a)


def test_a_person_named_by_surname_is_still_anothers_doing(tmp_path: Path) -> None:
    text = (
        "Councillor Hettie Brackwell chaired the planning meeting on Tuesday. "
        "Its treasurer, Ansel Moray, resigned after the vote, the council said. "
        "Brackwell said the meeting had been calm."
    )
    engine = engine_of(tmp_path, [{"id": "council", "title": "Council vote", "text": text}, *filler(12)])
    a = engine.ask("did brackwell resign")
    assert "Moray, resigned" not in first_statement(a), a.answer


def test_a_demand_to_do_it_gives_way_to_a_statement_that_it_was_not_done(tmp_path: Path) -> None:
    demand = "A developer gave the cooperative ten days to sell the depot."
    outcome = (
        "In the end the cooperative did not sell the depot, which it still uses to store grain for "
        "farmers across the county, its annual report showed."
    )
    engine = engine_of(
        tmp_path,
        [
            {"id": "demand", "title": "Depot offer", "text": demand, "published": "2025-05-02"},
            {"id": "outcome", "title": "Annual report", "text": outcome},
            *filler(12),
        ],
    )
    a = engine.ask("did the cooperative sell the depot")
    assert not a.abstained, a.answer
    assert "did not sell the depot" in first_statement(a), a.answer
