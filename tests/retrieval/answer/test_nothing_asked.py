"""Declining a sentence that holds the question's topic and names but none of what the question asks
about them (``scoring.holds_nothing_asked``), pinned on small made-up corpora: each near-topic question
has an answerable twin of the same shape that is still answered."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim as _verbatim
from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler
from tests.retrieval.answer.corpora import first_statement as _first

_HALL = (
    "Dunmere's Victorian market hall will close in April for a rebuild expected to take two years. "
    "The council approved the scheme on Wednesday by 31 votes to 9. "
    "Traders will move to a temporary site on Castle Street."
)
_FINE = (
    "Brava Foods was fined £420,000 on Thursday for polluting the River Senn with whey from its plant. "
    "Magistrates heard that a broken valve let the waste flow into the river for three days."
)
_HOSPITAL = (
    "Nurses at St Aldric's Hospital have voted to strike over staffing levels, the Royal College of "
    "Nursing said. The union said wards were routinely running with two nurses fewer than planned. "
    "The hospital's chief nurse, Paula Grange, said she was disappointed and that talks would continue."
)


def _story(tmp_path: Path, title: str, text: str, *others: dict[str, str]) -> Engine:
    """An engine over one story (and ``others``) among unrelated filler articles."""
    return _engine(tmp_path, [{"id": "story", "title": title, "text": text}, *others, *_filler(12)])


def _answered(engine: Engine, question: str, expected: str) -> None:
    """The question is answered, its first statement holding ``expected``, every quote verbatim."""
    a = engine.ask(question)
    assert not a.abstained, a.answer
    assert expected in _first(a), a.answer
    _verbatim(engine, a)


def test_a_who_of_the_topic_naming_no_one_new_is_declined(tmp_path: Path) -> None:
    # the topic and a capitalised adjective ("Victorian"), no one who designed it
    engine = _story(tmp_path, "Dunmere market hall to close for rebuild", _HALL)
    a = engine.ask("Who designed Dunmere market hall?")
    assert a.abstained, a.answer


def test_a_who_answered_by_its_story_is_still_answered(tmp_path: Path) -> None:
    designed = " The hall was designed in 1872 by the architect Walter Brande."
    engine = _story(tmp_path, "Dunmere market hall to close for rebuild", _HALL + designed)
    _answered(engine, "Who designed Dunmere market hall?", "Walter Brande")


def test_a_sum_of_another_thing_is_no_cost_of_the_asked_one(tmp_path: Path) -> None:
    engine = _story(tmp_path, "Brava fined over pollution", _FINE)
    a = engine.ask("How much did it cost Brava to clean up the River Senn?")
    assert a.abstained, a.answer
    _answered(engine, "How much was Brava fined for polluting the River Senn?", "£420,000")


def test_a_role_of_the_topic_nobody_holds_is_declined(tmp_path: Path) -> None:
    # the coverage writes the role of another body only ("Brava's chief executive")
    other = {
        "id": "brava",
        "title": "Brava names new boss",
        "text": "Brava named Lena Okafor as its chief executive.",
    }
    engine = _story(tmp_path, "Nurses vote to strike", _HOSPITAL, other)
    a = engine.ask("Who is the chief executive of St Aldric's Hospital?")
    assert a.abstained, a.answer


def test_the_sum_itself_gives_a_cost(tmp_path: Path) -> None:
    # "cost" asks for the sum, which "A £40m ... centre" gives without the word
    text = "A £40m cancer treatment centre opened at Wrexford General Hospital on Monday. It has 24 chairs."
    engine = _story(tmp_path, "New cancer centre opens", text)
    _answered(engine, "How much did the Wrexford cancer centre cost?", "£40m")


def test_a_count_of_the_asked_people_in_other_words_answers(tmp_path: Path) -> None:
    text = (
        "The Castleford Folk Festival drew a record 18,000 visitors over three days, organisers said. "
        "The festival began in 1987 in a pub garden."
    )
    engine = _story(tmp_path, "Festival draws record crowds", text)
    _answered(engine, "How many people attended the Castleford Folk Festival?", "18,000")


def test_someone_new_named_beside_the_topic_may_answer_in_other_words(tmp_path: Path) -> None:
    # "a win over Lina Ostrova" says whom she beat, though no word of "beat" or "final" is written
    text = (
        "Top seed Marta Kell won her third career title with a 6-4 6-2 win over Lina Ostrova at the "
        "Harwick Open. The Pole was broken twice in the first set."
    )
    engine = _story(tmp_path, "Kell takes Harwick victory", text)
    _answered(engine, "Who did Marta Kell beat in the Harwick final?", "Lina Ostrova")
