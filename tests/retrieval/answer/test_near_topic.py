"""Declining near-topic questions, pinned on small made-up corpora: a sentence on the question's topic
that does not hold the asked-for thing in the asked relation is not its answer."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim as _verbatim
from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler


def test_a_did_question_needs_its_verb(tmp_path: Path) -> None:
    text = (
        "The mayor of Hollingford opened the new bus depot on Monday. "
        "The mayor said the depot would serve twelve routes across the town."
    )
    engine = _engine(tmp_path, [{"id": "depot", "title": "Depot opens", "text": text}, *_filler(12)])
    a = engine.ask("Did the mayor resign?")
    assert a.abstained, a.answer


def test_a_did_question_is_answered_by_its_verb(tmp_path: Path) -> None:
    text = (
        "The mayor of Hollingford opened the new bus depot on Monday. "
        "The mayor resigned on Friday after a row over the depot's cost."
    )
    engine = _engine(tmp_path, [{"id": "depot", "title": "Depot opens", "text": text}, *_filler(12)])
    a = engine.ask("Did the mayor resign?")
    assert not a.abstained, a.answer
    assert "resigned" in a.statements[0].text, a.answer
    _verbatim(engine, a)


def test_a_how_many_counts_the_noun_not_a_compound(tmp_path: Path) -> None:
    text = (
        "Storm Ferris closed two tram lines in Carrowby on Tuesday. "
        "Engineers cleared fallen trees from the tracks overnight."
    )
    engine = _engine(tmp_path, [{"id": "storm", "title": "Storm hits trams", "text": text}, *_filler(12)])
    a = engine.ask("How many trams were cancelled in Carrowby?")
    assert a.abstained, a.answer


def test_a_salary_question_needs_money(tmp_path: Path) -> None:
    text = (
        "Dana Whitcombe, chief executive of Harlow Mutual, said staff pay would rise by 4% next year. "
        "Whitcombe said the increase reflected a strong year for the insurer."
    )
    engine = _engine(tmp_path, [{"id": "pay", "title": "Insurer raises pay", "text": text}, *_filler(12)])
    a = engine.ask("What is the salary of Dana Whitcombe?")
    assert a.abstained, a.answer


def test_a_how_many_is_answered_by_the_noun_counted(tmp_path: Path) -> None:
    text = (
        "Storm Ferris closed two tram lines in Carrowby on Tuesday. "
        "Nine trams were cancelled in Carrowby as engineers cleared fallen trees from the tracks."
    )
    engine = _engine(tmp_path, [{"id": "storm", "title": "Storm hits trams", "text": text}, *_filler(12)])
    a = engine.ask("How many trams were cancelled in Carrowby?")
    assert not a.abstained, a.answer
    assert "Nine trams" in a.statements[0].text, a.answer
    _verbatim(engine, a)


def test_a_salary_question_is_answered_by_money(tmp_path: Path) -> None:
    text = (
        "Dana Whitcombe, chief executive of Harlow Mutual, said staff pay would rise by 4% next year. "
        "Whitcombe is paid a salary of £310,000 a year, the insurer's report shows."
    )
    engine = _engine(tmp_path, [{"id": "pay", "title": "Insurer raises pay", "text": text}, *_filler(12)])
    a = engine.ask("What is the salary of Dana Whitcombe?")
    assert not a.abstained, a.answer
    assert "£310,000" in a.statements[0].text, a.answer
    _verbatim(engine, a)


_ARREST = (
    "A party spokesman said Corin Halbrook was arrested on Tuesday morning in Lowther. "
    "Mr Halbrook is the third man to be arrested following the documentary about the Lowther party."
)


def test_what_someone_said_is_not_what_others_said_of_them(tmp_path: Path) -> None:
    docs = [{"id": "arrest", "title": "Party leader arrested", "text": _ARREST}, *_filler(12)]
    engine = _engine(tmp_path, docs)
    a = engine.ask("What did Corin Halbrook say after he was arrested?")
    assert a.abstained, a.answer


def test_what_someone_said_is_answered_by_their_words(tmp_path: Path) -> None:
    text = _ARREST + ' After he was arrested, Halbrook said: "I will fight these charges in court."'
    docs = [{"id": "arrest", "title": "Party leader arrested", "text": text}, *_filler(12)]
    engine = _engine(tmp_path, docs)
    a = engine.ask("What did Corin Halbrook say after he was arrested?")
    assert not a.abstained, a.answer
    assert "fight these charges" in a.answer, a.answer
    _verbatim(engine, a)


_MINISTER = (
    "Finance Minister Tomas Berglund said on Monday that Chile seeks a direct meeting with Peruvian "
    "President Ana Quispe before the summer. The talks would cover copper tariffs and port fees."
)


def test_a_title_whose_owner_holds_another_title_is_not_the_owners(tmp_path: Path) -> None:
    docs = [{"id": "talks", "title": "Copper talks sought", "text": _MINISTER}, *_filler(12)]
    engine = _engine(tmp_path, docs)
    a = engine.ask("Who is Peru's finance minister?")
    assert a.abstained, a.answer


def test_an_unowned_title_still_answers_for_the_owner_it_does_not_contradict(tmp_path: Path) -> None:
    docs = [{"id": "talks", "title": "Copper talks sought", "text": _MINISTER}, *_filler(12)]
    engine = _engine(tmp_path, docs)
    a = engine.ask("Who is Chile's finance minister?")
    assert not a.abstained, a.answer
    assert "Tomas Berglund" in a.answer, a.answer
    _verbatim(engine, a)


def test_according_to_someone_is_what_they_said(tmp_path: Path) -> None:
    text = (
        "Floods returned to the Fenley valley every spring for two centuries. "
        "According to Mirela Dobson, the floods were worst in the years after the mill was built."
    )
    docs = [{"id": "floods", "title": "Valley floods", "text": text}, *_filler(12)]
    engine = _engine(tmp_path, docs)
    a = engine.ask("What did Mirela Dobson say about the floods?")
    assert not a.abstained, a.answer
    assert "worst in the years" in a.answer, a.answer
    _verbatim(engine, a)


def test_what_someone_did_is_told_by_narration(tmp_path: Path) -> None:
    text = "In 1788 Edwin Carrow fitted a brass governor to the Tolland pump engine to steady its speed."
    docs = [{"id": "pump", "title": "Pump engine", "text": text}, *_filler(12)]
    engine = _engine(tmp_path, docs)
    a = engine.ask("What did Edwin Carrow add to the Tolland pump engine?")
    assert not a.abstained, a.answer
    assert "brass governor" in a.answer, a.answer


_BYPASS = (
    "Councillors clashed over the Harl bypass at a stormy meeting of the planning committee on Tuesday. "
    "Residents living near the route packed the public gallery."
)


def test_a_when_will_is_not_dated_by_a_past_event(tmp_path: Path) -> None:
    """ "When will the bypass open": the meeting's Tuesday is past, and nothing in the sentence is to come."""
    engine = _engine(tmp_path, [{"id": "bypass", "title": "Bypass row", "text": _BYPASS}, *_filler(12)])
    a = engine.ask("When will the Harl bypass open?")
    assert a.abstained, a.answer


def test_a_when_will_is_dated_by_what_is_to_come(tmp_path: Path) -> None:
    text = _BYPASS + " The Harl bypass is expected to open to traffic in March 2027."
    engine = _engine(tmp_path, [{"id": "bypass", "title": "Bypass row", "text": text}, *_filler(12)])
    a = engine.ask("When will the Harl bypass open?")
    assert not a.abstained, a.answer
    assert "March 2027" in a.answer, a.answer
    _verbatim(engine, a)


def test_a_when_is_not_dated_by_a_clause_about_something_else(tmp_path: Path) -> None:
    """A "when" clause dates the event it is attached to: "safer streets when lorries are banned" says
    when the streets will be safer, not when the bypass opens."""
    text = (
        "The Harl bypass will mean safer streets when lorries are banned from the town centre, "
        "councillors said."
    )
    engine = _engine(tmp_path, [{"id": "bypass", "title": "Bypass row", "text": text}, *_filler(12)])
    a = engine.ask("When will the Harl bypass open?")
    assert a.abstained, a.answer


LAST_ROUND = {
    "id": "geneva",
    "title": "Peace talks end without a deal",
    "text": "The last round of peace talks took place in Geneva on May 16. "
    "Both delegations left without a deal.",
}


def test_where_the_next_round_is_held_is_not_where_the_last_one_was(tmp_path: Path) -> None:
    """A question about what is to come is not answered by a sentence telling of nothing to come (the
    month "May" is no modal that would)."""
    engine = _engine(tmp_path, [*_filler(12), LAST_ROUND])
    for question in (
        "Where will the next round of peace talks be held?",
        "Where's the next round of peace talks?",
    ):
        assert engine.ask(question).abstained, question


def test_where_the_next_round_is_held_is_answered_when_the_coverage_says(tmp_path: Path) -> None:
    oslo = {
        "id": "oslo",
        "title": "Talks to resume",
        "text": "The next round of peace talks will be held in Oslo.",
    }
    engine = _engine(tmp_path, [*_filler(12), LAST_ROUND, oslo])
    a = engine.ask("Where will the next round of peace talks be held?")
    assert not a.abstained
    assert a.citations[0].doc_id == "oslo"
    _verbatim(engine, a)


def test_a_yes_no_question_needs_its_subject_in_or_beside_the_sentence(tmp_path: Path) -> None:
    """ "Will fares go up": a sentence holding "go" but no fares (nor a neighbour holding them) says
    nothing of fares; one beside a sentence about fares may refer to them."""
    riders = {
        "id": "riders",
        "title": "Riders stranded by strike",
        "text": "Commuters say they cannot get where they need to go without the buses. "
        "Many are walking to work.",
    }
    engine = _engine(tmp_path / "a", [*_filler(12), riders])
    assert engine.ask("Will fares go up?").abstained
    fares = {
        "id": "fares",
        "title": "Transit budget",
        "text": "The authority approved a budget on Monday. A fare increase of 25 cents will start in July.",
    }
    a = _engine(tmp_path / "b", [*_filler(12), riders, fares]).ask("Will fares go up?")
    assert not a.abstained
    assert a.citations[0].doc_id == "fares"


def test_a_choice_may_name_its_subject_in_other_words(tmp_path: Path) -> None:
    guild = {
        "id": "guild",
        "title": "The weavers' guild",
        "text": "In the weavers' guild the emphasis on mentoring is extremely high, with masters often "
        "training apprentices for a decade.",
    }
    other = {
        "id": "report",
        "title": "Report",
        "text": "Critics said the focus of the harbour report was narrow.",
    }
    engine = _engine(tmp_path, [*_filler(12), guild, other])
    for asked in ("high or low", "low or high", "high or meagre"):
        # (the side of the choice the coverage never writes is no claim the question makes: "low" and
        # "meagre" are what it is asked to tell apart from "high")
        a = engine.ask(f"Is the focus on mentoring in the weavers' guild {asked}?")
        assert not a.abstained, a.answer
