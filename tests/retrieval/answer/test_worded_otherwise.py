"""Answerable questions a reader words otherwise than the coverage, which were declined: a chat
contraction of the noun a "how many" counts ("ppl"), a noun the coverage lacks written as a modifier of
one it writes ("the hardship fund" of "a $2 million fund"), and an opinion piece's writer, whose name
only its byline writes. Each has its near-topic counterpart, still declined."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import engine_of, filler

_FLOOD = {
    "id": "flood",
    "title": "Lund Creek floods after three days of rain",
    "text": "Lund Creek burst its banks on Sunday after three days of heavy rain. "
    "About 900 residents were evacuated from the lower town, county officials said. "
    "The Tessel Water Board set up a $2 million fund for families whose homes were damaged. "
    "Board chairman Osric Vell said repairs to the levee would begin in the spring.",
}
_OPED = {
    "id": "oped",
    "title": "Opinion: Lund Creek's levee was neglected for a decade",
    "author": "Dr. Maren Quillby",
    "text": "Every spring the water board promised to raise the levee, and every spring it found a reason "
    "not to. Families who lost their homes should ask why the repair money went to a new office. "
    "I spent nine years inspecting dams, and I have never seen a levee left so long.",
}


def _engine(tmp_path: Path) -> Engine:
    return engine_of(tmp_path, [_FLOOD, _OPED, *filler(12)])


def test_a_chat_contraction_of_what_is_counted_is_read_as_its_word(tmp_path: Path) -> None:
    # "ppl": people, which a number of residents counts; the coverage never writes "people"
    a = _engine(tmp_path).ask("how many ppl were evacuated")
    assert not a.abstained, a.answer
    assert "900" in a.answer, a.answer


def test_a_modifier_the_coverage_lacks_describes_the_noun_it_writes(tmp_path: Path) -> None:
    a = _engine(tmp_path).ask("how much is the water board's hardship fund")
    assert not a.abstained, a.answer
    assert "$2 million" in a.answer, a.answer


def test_a_noun_dictionaries_know_with_its_modifier_is_still_declined(tmp_path: Path) -> None:
    # "vice chairman" is one noun to WordNet, someone other than the chairman the coverage names
    a = _engine(tmp_path).ask("who is the water board's vice chairman")
    assert a.abstained, a.answer


def test_an_op_ed_writer_named_in_its_byline_only_said_its_sentences(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    assert engine.documents["oped"].meta.opinion
    a = engine.ask("what did maren quillby say about families who lost their homes")
    assert not a.abstained, a.answer
    assert "should ask why the repair money went" in a.answer, a.answer
    b = engine.ask("how long did maren quillby inspect dams")
    assert not b.abstained, b.answer
    assert "nine years" in b.answer, b.answer


def test_someone_never_named_is_still_declined(tmp_path: Path) -> None:
    a = _engine(tmp_path).ask("what did petra ulvang say about families who lost their homes")
    assert a.abstained, a.answer


def test_a_name_before_a_noun_the_coverage_writes_is_still_declined(tmp_path: Path) -> None:
    # "nato": WordNet writes it capitalised only, a body whose inspectors the coverage never names
    docs = [
        {
            "id": "dam",
            "title": "Inspectors visit the Harlund dam",
            "text": "Inspectors from the regional water board said on Friday that the Harlund dam showed "
            "no new cracks. The inspectors will return in April to test the spillway gates.",
        },
        *filler(12),
    ]
    a = engine_of(tmp_path, docs).ask("what did the nato inspectors say")
    assert a.abstained, a.answer


@pytest.mark.parametrize(
    "question", ["what happened on june 12", "what happened on 12 june", "what happened on the 12th of june"]
)
def test_what_happened_on_a_day_is_told_by_that_days_articles(tmp_path: Path, question: str) -> None:
    # no sentence writes "June 12"; the article published that day tells what happened
    docs = [
        {
            "id": "strike-begins",
            "title": "Tram drivers walk out in Velmora",
            "published": "2031-06-03",
            "text": "Tram drivers in Velmora walked out on Tuesday after talks over night pay collapsed. "
            "The union said the strike would last until the city made a new offer.",
        },
        {
            "id": "strike-ends",
            "title": "Velmora tram strike ends with a pay deal",
            "published": "2031-06-12",
            "text": "Velmora's tram drivers returned to work on Thursday after accepting a 6 percent "
            "raise for night shifts. The first trams left the Osk depot at 5 a.m.",
        },
        *filler(12),
    ]
    a = engine_of(tmp_path, docs).ask(question)
    assert not a.abstained, a.answer
    assert "returned to work" in a.answer, a.answer
    assert "walked out" not in a.answer, a.answer


def test_how_long_something_lasts_is_answered_by_the_year_it_reaches(tmp_path: Path) -> None:
    docs = [
        {
            "id": "reserve",
            "title": "Orvane Transit draws on its reserve",
            "text": "Orvane Transit has $84 million in its capital reserve, enough to keep the night buses "
            "running into 2033, the agency's treasurer said. The reserve was built from parking fees.",
        },
        *filler(12),
    ]
    a = engine_of(tmp_path, docs).ask("how long will the capital reserve last")
    assert not a.abstained, a.answer
    assert "into 2033" in a.answer, a.answer


def test_an_outlets_figure_of_the_thing_counted_answers_in_other_words(tmp_path: Path) -> None:
    # "lost" is written "sunk"; the outlet, named by the question, stands for the names it gives
    docs = [
        {
            "id": "storm",
            "title": "Storm batters Kelvey harbour",
            "source": "Harbour Times",
            "text": "According to port records reviewed by the Harbour Times, 57 boats were sunk at their "
            "moorings. The harbour master said the sea wall would be inspected.",
        },
        {
            "id": "storm-2",
            "title": "Kelvey fishers count the cost",
            "source": "Coast Weekly",
            "text": "Fishers in Kelvey said insurance would cover only part of the damage to their boats. "
            "One crew lost its catch for the week.",
        },
        {
            "id": "regatta",
            "title": "Regatta returns to Kelvey",
            "source": "Coast Weekly",
            "text": "More than 40 boats raced in the Kelvey regatta on Saturday, watched from the pier.",
        },
        *filler(12),
    ]
    a = engine_of(tmp_path, docs).ask("how many boats were lost per the harbour times")
    assert not a.abstained, a.answer
    assert "57 boats" in a.answer, a.answer


def test_a_plural_acronym_is_spelled_out_as_its_singular(tmp_path: Path) -> None:
    docs = [
        {
            "id": "heat",
            "title": "Heatwave strains Pellam hospitals",
            "text": "Pellam General said its intensive care unit remained open to new patients through the "
            "heatwave, though two wards were closed for repairs.",
        },
        *filler(12),
    ]
    a = engine_of(tmp_path, docs).ask("were ICUs still open in pellam")
    assert not a.abstained, a.answer
    assert "intensive care unit remained open" in a.answer, a.answer


def test_a_run_of_days_holds_its_last_day(tmp_path: Path) -> None:
    # "mar 4-5": the night of the 4th, reported on the 5th
    docs = [
        {
            "id": "river-4",
            "title": "Ossel river rising after storms",
            "published": "2031-03-04",
            "text": "The Ossel river was at 3.1 metres on Tuesday evening, the flood agency said.",
        },
        {
            "id": "river-5",
            "title": "Ossel river peaks",
            "published": "2031-03-05",
            "text": "The Ossel river has risen to 4.4 metres overnight, the flood agency said on Wednesday.",
        },
        *filler(12),
    ]
    a = engine_of(tmp_path, docs).ask("did the ossel river rise overnight mar 4-5")
    assert not a.abstained, a.answer
    assert "4.4 metres" in a.answer, a.answer


def test_a_contraction_the_coverage_writes_stands_for_its_words_synonyms(tmp_path: Path) -> None:
    # the coverage writes "people" (elsewhere), and the figure counts "individuals", a synonym of it
    docs = [
        {
            "id": "screening",
            "title": "Brannock screens for lead after pipe scare",
            "text": "Health officials in Brannock said 3,200 individuals had been screened for lead by "
            "Friday. People living near the old pumping station were screened first.",
        },
        *filler(12),
    ]
    a = engine_of(tmp_path, docs).ask("how many ppl were screened for lead in brannock")
    assert not a.abstained, a.answer
    assert "3,200" in a.answer, a.answer


def test_a_word_clipped_after_a_number_is_read_as_the_coverage_writes_it(tmp_path: Path) -> None:
    # "40 mil": the coverage writes "$40 million"; to WordNet a "mil" is a thousandth of an inch, whose
    # synonym "mile" the coverage writes too ("30 miles of sea wall")
    docs = [
        {
            "id": "suit",
            "title": "Lawsuit against port authority seeks more than $40 million",
            "text": "Shopkeepers who sued the Carrow port authority this week are seeking more than "
            "$40 million in damages, their lawyers said Thursday. The authority said it would contest the "
            "claim. It inspects 30 miles of sea wall each year.",
        },
        {
            "id": "suit-filed",
            "title": "Carrow shopkeepers file lawsuit over flooding",
            "text": "A group of Carrow shopkeepers filed a lawsuit on Wednesday accusing the port "
            "authority of neglecting the sea wall.",
        },
        *filler(12),
    ]
    a = engine_of(tmp_path, docs).ask("is the lawsuit seeking 40 mil")
    assert not a.abstained, a.answer
    assert "$40 million" in a.answer, a.answer


@pytest.mark.parametrize(
    ("question", "said"),
    [("what happened on 23 march", None), ("what happened on march 9", "On March 9 the ferry operator")],
)
def test_a_day_no_article_is_of_is_told_only_by_a_sentence_stating_it(
    tmp_path: Path, question: str, said: str | None
) -> None:
    """The coverage is from April: "23 march" is no article's day, and "early in March" or "on March 9"
    tells nothing of that day; a sentence stating the day does."""
    docs = [
        {
            "id": "ferry-april",
            "title": "Ferry strike talks resume",
            "published": "2031-04-10",
            "text": "Talks on the ferry strike resumed on Thursday. "
            "The crews first walked out early in March over rosters. "
            "On March 9 the ferry operator cancelled every sailing to the islands.",
        },
        *filler(12),
    ]
    a = engine_of(tmp_path, docs).ask(question)
    if said is None:
        assert a.abstained, a.answer
    else:
        assert not a.abstained and a.answer.startswith(said), a.answer
