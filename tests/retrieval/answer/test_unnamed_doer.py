"""A "who" answered by a sentence telling the asked act of someone by a role alone ("a plumber who
repaired the boiler") names them when the article does a sentence or two later ("The plumber, Omar
Reese, ..."): the role is no answer to "who". A person named after it in neither that role nor the
asked act is someone else, and is not offered as the answer."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

HEARING = (
    "The inquest into the Dell Street fire heard from Fire Chief Ann Cole, a plumber who repaired the "
    "Dell Street boiler and a neighbour who raised the alarm.\n\n"
    "The plumber, Omar Reese, told the coroner that the landlord had asked him to skip the safety check."
)
OTHER = (
    "The inquest into the Dell Street fire heard from Fire Chief Ann Cole, a plumber who repaired the "
    "Dell Street boiler and a neighbour who raised the alarm.\n\n"
    "Landlord Peter Vane told the coroner that the building had passed every inspection."
)


def test_the_role_is_named_by_the_sentence_after(tmp_path: Path) -> None:
    # (the first names Ann Cole, who is not the one asked for: the plumber is named only after)
    news = engine_of(
        tmp_path, [{"id": "inquest", "title": "Dell Street inquest", "text": HEARING}, *filler(12)]
    )
    a = news.ask("Who repaired the Dell Street boiler?")
    assert not a.abstained, a.answer
    assert "Omar Reese" in a.statements[0].text, a.answer
    assert_verbatim(news, a)


def test_another_person_named_after_is_not_the_answer(tmp_path: Path) -> None:
    news = engine_of(
        tmp_path, [{"id": "inquest", "title": "Dell Street inquest", "text": OTHER}, *filler(12)]
    )
    a = news.ask("Who repaired the Dell Street boiler?")
    assert "Peter Vane" not in (a.statements[0].text if a.statements else ""), a.answer
