"""Paraphrases a new user writes that the coverage words otherwise: a role named after its body ("what
did the FAA administrator say" when "FAA Acting Administrator Lena Ortiz said" it), and the like."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

DRONES = (
    "The aviation regulator grounded 300 delivery drones on Tuesday after two crashed in a park. "
    '"No package is worth a child\'s safety," FAA Acting Administrator Lena Ortiz said. '
    "A park administrator said the lawn would reopen on Friday. "
    "The drone maker, Skylark Freight, said it would inspect every aircraft."
)


def test_a_role_after_an_acronym_is_a_role_not_a_person(tmp_path: Path) -> None:
    news = engine_of(tmp_path, [{"id": "drones", "title": "Drones grounded", "text": DRONES}, *filler(12)])
    a = news.ask("what did the faa administrator say")
    assert not a.abstained, a.answer
    assert "worth a child" in a.answer, a.answer
    assert_verbatim(news, a)


FLOOD = (
    "Floodwater reached the first floor of the Marlow Street school on Sunday. "
    '"We moved every book upstairs before midnight," the girl\'s mother, Irene Costa, said. '
    "The river fell by a metre overnight, officials said."
)


def test_a_familiar_word_for_a_role_finds_the_word_it_is_a_kind_of(tmp_path: Path) -> None:
    # WordNet has no "mother" among the synonyms of "mom": a mom is a kind of mother
    news = engine_of(tmp_path, [{"id": "flood", "title": "School flooded", "text": FLOOD}, *filler(12)])
    a = news.ask("what did her mom say")
    assert not a.abstained, a.answer
    assert "every book upstairs" in a.answer, a.answer
    assert_verbatim(news, a)


MINING = (
    "Shares of Brightwell Mining fell 9 percent on Friday after the company cut its copper forecast. "
    "The company said output at its northern pit would be lower for the rest of the year. "
    'Analyst Omar Diaz moved the stock to "sell" from "hold."'
)


#: more of the miner's story: its name in every article weighs little in a question
MINING_MORE = [
    "Brightwell Mining will close its southern pit next spring, the company said.",
    "Workers at Brightwell Mining voted to accept a new safety plan.",
    "Brightwell Mining hired a new head of exploration from a rival.",
    "Brightwell Mining opened a training centre for apprentices.",
    "Brightwell Mining paid its annual dividend in March.",
]


def test_a_lowercase_name_is_a_name_for_a_typed_answer(tmp_path: Path) -> None:
    # the capitalised question was answered; the lowercase one, covering as little, was declined
    more = [{"id": f"more-{i}", "title": "Miner news", "text": t} for i, t in enumerate(MINING_MORE)]
    docs = [{"id": "mining", "title": "Miner cuts forecast", "text": MINING}, *more, *filler(12)]
    news = engine_of(tmp_path, docs)
    a = news.ask("how much did brightwell stock drop")
    assert not a.abstained, a.answer
    assert "9 percent" in a.answer, a.answer
    assert_verbatim(news, a)


ORCHARD = (
    "Greta Lind grows pears on forty acres outside Holbrook. "
    "She has filed a lawsuit against the Holbrook water board seeking $300,000 for a dry summer's lost crop. "
    "The board declined to comment."
)


def test_a_verb_reaches_the_synonyms_of_its_derived_noun(tmp_path: Path) -> None:
    # WordNet derives "suit" from "sue"; "lawsuit" is that suit's synonym (its first sense)
    news = engine_of(
        tmp_path, [{"id": "pears", "title": "Grower goes to court", "text": ORCHARD}, *filler(12)]
    )
    a = news.ask("how much is lind suing for")
    assert not a.abstained, a.answer
    assert "$300,000" in a.answer, a.answer
    assert_verbatim(news, a)


FOG = "Two crashes have been reported on the Kessel bridge this week, both in the morning fog."
ROADS = "The county has received 23 crash reports about the Kessel bridge since May, its roads office said."


def test_a_count_of_the_noun_asked_over_one_of_its_modifier(tmp_path: Path) -> None:
    # "two crashes have been reported" counts crashes (and "reported" is a verb): no reports
    docs = [
        {"id": "fog", "title": "Fog on the bridge", "text": FOG},
        {"id": "roads", "title": "Bridge safety", "text": ROADS},
        *filler(12),
    ]
    news = engine_of(tmp_path, docs)
    a = news.ask("how many crash reports were there")
    assert not a.abstained, a.answer
    assert a.answer.startswith("The county has received 23 crash reports"), a.answer
    assert_verbatim(news, a)


LIBRARY = (
    "Builders finished the roof of the new Harlow library on Monday. "
    "The library is expected to open to readers in the spring, the council said."
)


def test_a_season_dates_a_plan(tmp_path: Path) -> None:
    news = engine_of(
        tmp_path, [{"id": "library", "title": "Library roof done", "text": LIBRARY}, *filler(12)]
    )
    a = news.ask("when will the harlow library open")
    assert not a.abstained, a.answer
    assert "in the spring" in a.answer, a.answer
    assert_verbatim(news, a)


def test_a_season_of_something_is_no_date() -> None:
    from retrieval.answer.question import analyze
    from retrieval.answer.types import type_score
    from retrieval.search.text import Tokenizer

    tok = Tokenizer()
    q = analyze("when did the city fall", tok)
    assert type_score("date", "Historians still argue about the fall of the city.", q, tok) == 0.0
    assert type_score("date", "The bridge will reopen by next summer.", q, tok) == 1.0


RESCUE = (
    "A 71-year-old Brenford woman pulled two swimmers from the river on Sunday, police said. "
    "Grace Holm waded out from the bank when she heard them shouting. "
    "Grace has swum in the river every morning for forty years."
)


def test_a_lead_gives_the_age_of_the_one_named_next(tmp_path: Path) -> None:
    # the lead describes her by age before naming her; "grace" the coverage writes only opening sentences
    news = engine_of(tmp_path, [{"id": "river", "title": "Swimmers rescued", "text": RESCUE}, *filler(12)])
    a = news.ask("how old is grace")
    assert not a.abstained, a.answer
    assert "71-year-old" in a.answer, a.answer
    assert_verbatim(news, a)


DAIRY = (
    "Inspectors visited the Orwell Creamery on Monday after customers complained about sour milk. "
    "A spokesman said the milk from Orwell Creamery may look fine but should be thrown away."
)
DAIRY_FINED = DAIRY + " The county may fine Orwell Creamery up to $20,000, the inspectors said."


def test_an_adjective_sharing_a_verbs_stem_does_not_say_it(tmp_path: Path) -> None:
    # "fined" and "fine" share a stem: "may look fine" says nothing of a fine
    news = engine_of(tmp_path, [{"id": "milk", "title": "Sour milk", "text": DAIRY}, *filler(12)])
    a = news.ask("could orwell creamery be fined")
    assert a.abstained, a.answer


def test_the_bare_form_after_a_modal_is_the_verb(tmp_path: Path) -> None:
    news = engine_of(tmp_path, [{"id": "milk", "title": "Sour milk", "text": DAIRY_FINED}, *filler(12)])
    a = news.ask("could orwell creamery be fined")
    assert not a.abstained, a.answer
    assert "may fine" in a.answer, a.answer


STORM_UTILITY = (
    "Storms cut electricity to about 38,000 Harwick County homes on Saturday, operations chief Dana Mills "
    "told a briefing in Lowry, where crews from three states gathered."
)
STORM_MARKET = (
    "Shares of Northgate Utilities slipped 2 percent on Monday after storms cut electricity to roughly "
    "35,000 Harwick County homes."
)


def test_a_count_describing_the_thing_as_the_answer_does_is_a_version(tmp_path: Path) -> None:
    # the two stories share little but the count's description ("Harwick County homes"): each count is
    # shown with its own citation
    docs = [
        {"id": "utility", "title": "Storm outages", "text": STORM_UTILITY},
        {"id": "market", "title": "Utility shares slip", "text": STORM_MARKET},
        *filler(12),
    ]
    news = engine_of(tmp_path, docs)
    a = news.ask("how many homes had electricity cut by the storms")
    assert not a.abstained, a.answer
    assert "38,000" in a.answer and "35,000" in a.answer, a.answer
    assert len(a.statements) == 2, a.answer
    assert_verbatim(news, a)


def test_a_word_only_opening_sentences_is_a_name_before_a_name_not_before_a_title() -> None:
    from retrieval.answer.bridge import TermBridge, cased_names

    bridges = {
        "grace": TermBridge("grace", "known", ("grace",)),
        "harbour": TermBridge("harbour", "known", ("harbour",)),
    }
    words = {"grace": "grace", "harbour": "harbour"}
    texts = ["Grace Holm waded out from the bank.", "Harbour Master Ian Bell closed the quay on Friday."]
    out = cased_names(bridges, words, texts)
    assert out["grace"].name
    assert not out["harbour"].name
