"""The detail asked for in the sentence beside the topic's: a "who" answered by a sentence telling the
asked act of people by "the" and a role ("the detective leading the case") or as "two people" is named by
the sentence after that names them in the role or the act; a "which X" answered by a sentence writing
X only as "the X" ("according to the hospital") is named by the sentence of its story naming one. A
sentence after naming someone in neither the role nor the act, or after a possessor ("the mayor's
office"), names no one asked for."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler


def _news(tmp_path: Path, text: str, title: str) -> Engine:
    return engine_of(tmp_path, [{"id": "a1", "title": title, "text": text}, *filler(12)])


ARREST = (
    "ORLIN (Kestrel Wire) — Police arrested two people on Thursday over the raid on the Orlin Gallery.\n\n"
    "Tobias Wrenn, 34, was arrested at a flat in Eastmoor, and Ida Sallow, 29, was arrested at the coach "
    "station."
)
ARREST_OTHER = (
    "Police arrested two people on Thursday over the raid on the Orlin Gallery.\n\n"
    "Gallery director Helen Marsh said the staff were relieved."
)


def test_two_people_arrested_are_named_by_the_sentence_after(tmp_path: Path) -> None:
    news = _news(tmp_path, ARREST, "Gallery raid")
    a = news.ask("Who was arrested over the gallery raid?")
    assert not a.abstained, a.answer
    assert "Tobias Wrenn" in a.statements[0].text, a.answer
    assert_verbatim(news, a)


def test_someone_named_after_in_another_role_is_not_the_answer(tmp_path: Path) -> None:
    a = _news(tmp_path, ARREST_OTHER, "Gallery raid").ask("Who was arrested over the gallery raid?")
    assert "Helen Marsh" not in (a.statements[0].text if a.statements else ""), a.answer


DETECTIVE = (
    "ORLIN (Kestrel Wire) — Police searching for the third suspect in this month's raid on the Orlin "
    "Gallery of Art believe he may have left the country, the detective leading the case said on Friday.\n\n"
    "Walter Henby, 41, is thought to have crossed the border by ferry from Portwell two days after the raid, "
    "Detective Inspector Carla Venn said."
)


def test_the_detective_is_named_by_the_sentence_after(tmp_path: Path) -> None:
    a = _news(tmp_path, DETECTIVE, "Suspect may have fled").ask("whos the detective on the case")
    assert not a.abstained, a.answer
    assert "Carla Venn" in a.statements[0].text, a.answer


COUNCIL = (
    "ORLIN (Kestrel Wire) — The Orlin Town Council voted 7-2 on Monday to declare the mayor's office vacant, "
    "three days after Owen Tarr was convicted of fraud.\n\n"
    "Under the town charter, Deputy Mayor Rosa Quint will remain acting mayor until an election in May."
)


def test_a_possessor_is_no_unnamed_doer(tmp_path: Path) -> None:
    a = _news(tmp_path, COUNCIL, "Mayor's office vacant").ask(
        "Who voted to declare the mayor's office vacant?"
    )
    assert "Rosa Quint" not in (a.statements[0].text if a.statements else ""), a.answer


HOSPITAL = (
    "An eight-month-old girl is being treated for measles at Greyfield Children's Hospital in Orlin, health "
    "officials said on Monday.\n\n"
    "The baby was admitted on 8 March and is in a stable condition, according to the hospital."
)


def test_the_hospital_is_named_by_its_story(tmp_path: Path) -> None:
    a = _news(tmp_path, HOSPITAL, "Baby in hospital with measles").ask(
        "Which hospital was the baby admitted to?"
    )
    assert not a.abstained, a.answer
    assert "Greyfield Children's Hospital" in a.statements[0].text, a.answer


OUTBREAK = (
    "Orvan fever can be contained in Tamsin, a state physician said on Sunday, a day after the Health "
    "Agency declared the virus an emergency.\n\n"
    "Officials faced a similar choice over the Kessel virus in 2016."
)


def test_the_noun_beside_another_name_may_mean_that_one(tmp_path: Path) -> None:
    # ("the virus" after "Orvan fever": the sentence names the one it means; another story's virus named
    # further on is not it)
    a = _news(tmp_path, OUTBREAK, "Orvan fever emergency").ask(
        "Which virus did the Health Agency declare an emergency?"
    )
    assert "Kessel" not in (a.statements[0].text if a.statements else ""), a.answer
