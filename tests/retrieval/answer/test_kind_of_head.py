"""A "which state" / "which holiday" is answered by a sentence naming something WordNet knows as an
instance or kind of the noun asked for ("Vermont" is an American state, a state), though the sentence
does not write the noun beside it; when no sentence of the best story names one, another story's that
does and scores near it answers."""

from __future__ import annotations

from pathlib import Path

from retrieval.answer.question import analyze
from retrieval.answer.types import names_kind
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

SURVEY = (
    "Heating oil prices climbed again this month, a survey of fuel dealers found. "
    "The national average for a gallon of heating oil reached $4.10, up from $3.85 a month earlier, the "
    "Fuel Dealers Guild said."
)
STATES = (
    "Vermont posted the highest heating oil price of any state this month, at $4.70 a gallon, dealers said."
)


def test_a_name_of_the_kind_asked_fills_the_slot() -> None:
    tok = Tokenizer()
    q = analyze("Which state has the highest price for heating oil?", tok)
    assert names_kind("Dealers in Vermont raised prices again.", q, tok)
    assert not names_kind("The Fuel Dealers Guild raised prices again.", q, tok)
    holiday = analyze("Which holiday did the town celebrate?", tok)
    assert names_kind("Crowds lined the square for Christmas on Sunday.", holiday, tok)


def test_another_story_naming_the_kind_asked_answers(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path,
        [
            {"id": "survey", "title": "Heating oil prices climb", "text": SURVEY},
            {"id": "states", "title": "Fuel dealers", "text": STATES},
            *filler(12),
        ],
    )
    a = engine.ask("Which state has the highest average price for a gallon of heating oil?")
    assert not a.abstained
    assert "Vermont" in first_statement(a)
    assert_verbatim(engine, a)


BAN = (
    "Officials seized imported board games from shops in the country's capital, Lisbon, on Monday, "
    "saying the games promote gambling. "
    "Portugal has banned games of chance in shops since 1990, a ministry spokesman said."
)
BAN_ELSEWHERE = (
    "On Monday the trade ministry of Portugal, the country's regulator, seized imported board games "
    "from shops, saying the games promote gambling."
)


def test_a_name_of_the_kind_asked_wins_over_a_name_beside_the_noun(tmp_path: Path) -> None:
    # "the country's capital, Lisbon" writes a name beside "country", but Lisbon is a city: a sentence
    # naming Portugal, which WordNet knows as a country, says which country
    engine = engine_of(
        tmp_path,
        [
            {"id": "ban", "title": "Board games seized", "text": BAN},
            {"id": "ministry", "title": "Ministry statement", "text": BAN_ELSEWHERE},
            *filler(12),
        ],
    )
    a = engine.ask("What country seized imported board games this week, saying the games promote gambling?")
    assert not a.abstained
    assert "Portugal" in first_statement(a)
    assert_verbatim(engine, a)


def test_a_nation_is_named_as_the_country_wordnet_classes_it_under() -> None:
    # WordNet classes "Japan" under "Asian country" -> "country" (a territory), not under "nation" (a
    # people under one government); "nation" and "country" share their most frequent sense
    tok = Tokenizer()
    q = analyze("Which nation hosted the sailing regatta?", tok)
    assert names_kind("The regatta was held off the coast of Japan in June.", q, tok)
    assert not names_kind("The regatta was held off the coast of Texas in June.", q, tok)
