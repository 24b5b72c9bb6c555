"""Answer selection on questions nobody tuned for (issue 15), pinned on small made-up corpora: what a new
user asked of coverage unlike the development sets, and the bot answered with an echo of the question,
a near-topic sentence, or a decline."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

HARVEST = (
    "The Calder valley harvest was the smallest in a generation, the growers' cooperative said on Friday. "
    "Irrigation deliveries to the valley's orchards were cut by half in April. "
    '"That leaves two of my five fields bare this year," said pear grower Maren Halvorsen, 61.'
)


def test_an_age_after_a_name_at_the_end_of_a_sentence_answers_how_old(tmp_path: Path) -> None:
    # "said ... Maren Halvorsen, 61." gives her age as the attribution closing a quotation does
    engine: Engine = engine_of(
        tmp_path, [{"id": "harvest", "title": "Dry year shrinks harvest", "text": HARVEST}, *filler(12)]
    )
    a = engine.ask("how old is maren halvorsen")
    assert not a.abstained, a.answer
    assert "Maren Halvorsen, 61" in a.answer
    # her sentence names her: the one before, which its quotation's "That" refers to, is not quoted for her
    # age, as it is not for "How old is Maren Halvorsen"
    assert "Irrigation" not in a.answer
    assert_verbatim(engine, a)


DOCKS = (
    "Dock workers at Port Abernay stayed off the job for a fifth day on Monday. "
    "Ship chandler Petra Lindgren, who runs a store on Quay Street, said trade had fallen by a third. "
    "Harbour board spokeswoman Nora Hill said no new talks had been scheduled."
)


def test_who_is_a_lowercase_name_of_english_words_asks_who_that_person_is(tmp_path: Path) -> None:
    # "hill" is an English word, but the coverage writes "Nora Hill" as a name: the question asks who she
    # is (her sentence describes her), not for someone else's name beside her sentence
    engine = engine_of(
        tmp_path, [{"id": "docks", "title": "Dock strike enters fifth day", "text": DOCKS}, *filler(12)]
    )
    a = engine.ask("who is nora hill")
    assert not a.abstained, a.answer
    assert a.statements[0].text.startswith("Harbour board spokeswoman Nora Hill"), a.answer
    assert "Lindgren" not in a.answer
    assert_verbatim(engine, a)


def test_who_is_the_role_is_answered_by_the_name_given_that_role(tmp_path: Path) -> None:
    # every sentence naming the role holds someone's name; the answer is the one naming the person in the
    # role ("said mediator Helen Varga"), not one that only mentions the role beside other people
    week = (
        "Mayor Priya Ostrow on Monday called for a state mediator to step in as the ferry strike at Port "
        "Abernay entered its second week. "
        "Ostrow said she had spoken with Governor Tomas Becker about sending a mediator."
    )
    deal = (
        "The Port Abernay ferry strike ended on Wednesday after the operator and the crews' union reached a "
        "tentative agreement. "
        "The deal gives crews an 8 percent raise over two years, said mediator Helen Varga, who was "
        "appointed by the governor last week."
    )
    docs = [
        {"id": "week", "title": "Ferry strike enters second week", "text": week},
        {"id": "deal", "title": "Deal ends Port Abernay ferry strike", "text": deal},
        *filler(12),
    ]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("who was the mediator")
    assert not a.abstained, a.answer
    assert "said mediator Helen Varga" in a.statements[0].text, a.answer
    assert_verbatim(engine, a)


GOVERNOR = (
    "Mayor Priya Ostrow on Monday urged both sides of the ferry strike at Port Abernay to accept mediation. "
    '"Every day without ferries is a day islanders cannot get to work," Ostrow told reporters. '
    "Ostrow said she had spoken with Governor Tomas Becker about sending a mediator. "
    "The crews' union said the governor had not returned its calls."
)


def test_what_did_the_role_say_needs_the_role_to_speak(tmp_path: Path) -> None:
    # the governor is only mentioned, in what the mayor said: nothing tells what the governor said
    engine = engine_of(
        tmp_path, [{"id": "ferry", "title": "Mayor urges ferry mediation", "text": GOVERNOR}, *filler(12)]
    )
    a = engine.ask("what did the governor say")
    assert a.abstained, a.answer


def test_what_did_the_role_say_is_answered_by_the_role_speaking(tmp_path: Path) -> None:
    text = (
        GOVERNOR + ' "A mediator will be in Port Abernay by Friday," Governor Tomas Becker said on Tuesday.'
    )
    engine = engine_of(
        tmp_path, [{"id": "ferry", "title": "Mayor urges ferry mediation", "text": text}, *filler(12)]
    )
    a = engine.ask("what did the governor say")
    assert not a.abstained, a.answer
    assert "by Friday" in a.statements[0].text, a.answer
    assert_verbatim(engine, a)


def test_what_did_the_role_say_takes_narration_leading_into_the_quotation(tmp_path: Path) -> None:
    text = (
        "Tarnbridge councillors on Monday approved a ban on garden hoses during the drought. "
        "Mayor Edith Vance defended the vote. "
        '"Nobody likes restrictions, but the reservoir is at 17 percent," Vance said.'
    )
    engine = engine_of(tmp_path, [{"id": "ban", "title": "Tarnbridge bans hoses", "text": text}, *filler(12)])
    a = engine.ask("what did the mayor say about the hose ban")
    assert not a.abstained, a.answer
    assert "Mayor Edith Vance defended the vote" in a.answer
    assert_verbatim(engine, a)


WEEK_TWO = (
    "The ferry strike at Port Abernay entered its second week on Monday, and islanders crowded the last "
    "private boats. Mayor Priya Ostrow called the ferry strike a disaster for the island."
)
ENDED = (
    "The Port Abernay ferry strike ended on Wednesday after the operator and the crews' union reached a "
    "tentative agreement. Ferries will run a full timetable from Thursday."
)


def test_is_it_over_asks_whether_it_ended(tmp_path: Path) -> None:
    # "over" is a function word to the index, but it is what the question asks: a sentence saying the
    # strike ended (WordNet: "over" ~ "ended") answers, not one that only mentions the strike
    docs = [
        {"id": "week", "title": "Ferry strike enters second week", "text": WEEK_TWO},
        {"id": "deal", "title": "Deal reached with ferry crews", "text": ENDED},
        *filler(12),
    ]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("is the ferry strike over")
    assert not a.abstained, a.answer
    assert "strike ended on Wednesday" in a.statements[0].text, a.answer
    assert_verbatim(engine, a)


def test_is_it_over_is_declined_when_nothing_says_it_ended(tmp_path: Path) -> None:
    docs = [{"id": "week", "title": "Ferry strike enters second week", "text": WEEK_TWO}, *filler(12)]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("is the ferry strike over")
    assert a.abstained, a.answer


def test_what_did_someone_say_about_a_story_s_topic_is_their_words_in_that_story(tmp_path: Path) -> None:
    # her statement in the story of the deal is about the deal, though it does not say "deal"
    start = (
        "Ferry crews at Port Abernay walked off the job on Tuesday. "
        '"Our members cannot keep working twelve-hour shifts," said union leader Dana Okoro.'
    )
    deal = (
        "The Port Abernay ferry strike ended on Wednesday after the operator and the crews' union reached a "
        "tentative agreement. "
        '"This is a win for working people and for the islanders who stood with us," Okoro said.'
    )
    docs = [
        {"id": "start", "title": "Ferry crews walk out", "text": start},
        {"id": "deal", "title": "Tentative deal ends ferry strike", "text": deal},
        *filler(12),
    ]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("what did okoro say after the deal")
    assert not a.abstained, a.answer
    assert "This is a win" in a.statements[0].text, a.answer
    assert_verbatim(engine, a)


def test_a_role_the_coverage_never_mentions_of_a_name_it_does_is_declined(tmp_path: Path) -> None:
    # "cfo" is in no sentence and nothing bridges it: the chief executive is another role of Aerovia's
    text = (
        "Aerovia Air cancelled all its flights on Monday after pilots began a 48-hour strike. "
        "Aerovia's chief executive, Owen Pryde, called the strike reckless."
    )
    engine = engine_of(tmp_path, [{"id": "air", "title": "Aerovia grounds fleet", "text": text}, *filler(12)])
    for question in ("what is the cfo of aerovia called", "who is the cfo of aerovia"):
        a = engine.ask(question)
        assert a.abstained, (question, a.answer)


def test_when_did_it_happen_is_declined_when_nothing_tells_it_happened(tmp_path: Path) -> None:
    # no sentence says the gallery reopened, in any word: its story's dates are of other events
    text = (
        "A gilded chalice was stolen from the Carrow Gallery overnight on Thursday. "
        "The chalice, which was donated to the gallery in 1921, is valued at about 2 million pounds. "
        "The gallery will remain closed until Tuesday."
    )
    engine = engine_of(tmp_path, [{"id": "theft", "title": "Chalice stolen", "text": text}, *filler(12)])
    a = engine.ask("when did the gallery reopen")
    assert a.abstained, a.answer
    a = engine.ask("when was the chalice donated")
    assert not a.abstained, a.answer
    assert "1921" in a.answer


def test_a_compound_written_solid_finds_it_written_with_a_hyphen(tmp_path: Path) -> None:
    # "bikeshare" is "Bike-share" in the coverage: one word to the question, two to the index
    text = (
        "Bike-share trips in Carrowby more than doubled during the first week of the tram strike, "
        "according to the city's transport department. "
        "Taxi firms said bookings were up by a fifth."
    )
    engine = engine_of(
        tmp_path, [{"id": "bikes", "title": "Riders turn to bikes", "text": text}, *filler(12)]
    )
    a = engine.ask("how much did bikeshare trips go up")
    assert not a.abstained, a.answer
    assert "Bike-share trips" in a.statements[0].text, a.answer
    assert_verbatim(engine, a)


def test_who_did_it_is_the_story_s_sentence_holding_what_was_done(tmp_path: Path) -> None:
    # the first sentence names people and the incinerator (its story's topic), and nothing of opposing it
    text = (
        "State lawmakers are considering a proposal to build a waste incinerator on the coast near Port "
        "Abernay that could burn up to 900 tonnes of rubbish a day. "
        "The incinerator would cost an estimated 90 million pounds, according to a council report. "
        "Residents' groups oppose the plan. "
        "Anna Kole, who chairs the Harbour Residents Association, said the smoke would harm children."
    )
    title = "State weighs waste incinerator for Port Abernay"
    engine = engine_of(tmp_path, [{"id": "plant", "title": title, "text": text}, *filler(12)])
    a = engine.ask("who opposes the waste incinerator")
    assert not a.abstained, a.answer
    assert "groups oppose the plan" in a.statements[0].text, a.answer
    assert_verbatim(engine, a)
