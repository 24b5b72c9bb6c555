"""Who or what a sentence is about, pinned on small made-up corpora: a description is no one's name, a
name bound to the noun asked about must be the question's, and a date for an intention answers no
"when did"."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler


def test_a_name_after_an_article_or_a_place_preposition_is_no_persons(tmp_path: Path) -> None:
    """ "the Dane's agent", "at the Harbour Open in Lisbon": a description and an event take an article
    or a preposition of place, names of people do not. The echo holding only those is no answer to
    "who"; the next sentence, naming the agent, is."""
    text = (
        "Lakeside are closing in on a deal for Tomas Brandvold after the Dane's agent travelled "
        "to Lisbon for talks at the Harbour Open.\n\n"
        'Henrik Sondergaard told reporters: "I am here to listen to what they have to say."'
    )
    docs = [{"id": "deal", "title": "Lakeside close in on Brandvold", "text": text}, *filler(12)]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("who is tomas brandvold's agent")
    assert not a.abstained, a.answer
    assert "Henrik Sondergaard" in a.answer, a.answer
    assert_verbatim(engine, a)


def test_the_detail_three_sentences_after_the_topic_sentence_answers(tmp_path: Path) -> None:
    """News names its topic in the lead and gives the detail a few sentences on, through a word that
    refers back ("The festival ... will take place in Lucerne"): read that far for the asked-for kind."""
    text = (
        "Several regional dramas are among the shows nominated for the Silver Fern television awards.\n\n"
        "Reality programmes dominated one category. Two long-running soaps were overlooked this year. "
        "The festival, which honours the best television from around the globe, will take place in Vellora."
    )
    docs = [{"id": "fern", "title": "Dramas up for Silver Fern", "text": text}, *filler(12)]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("where are the silver fern tv awards held")
    assert not a.abstained, a.answer
    assert "Vellora" in a.answer, a.answer
    assert_verbatim(engine, a)


def test_a_noun_bound_to_another_name_does_not_answer_for_the_questions(tmp_path: Path) -> None:
    """ "the prime minister of Veldoria" is not the "Italian Prime Minister" a sentence about Veldoria
    names, nor is "the Brinmoor Centre" the "St Brannock's Shopping Centre": declined where the coverage
    has only another's, answered where it names the question's own."""
    text = (
        "Talks on Veldoria joining the trade union opened as Italian Prime Minister Anton Brisk met "
        "officials in Rome.\n\n"
        "The Brinmoor Centre said trading was strong. A spokeswoman for the St Brannock's Shopping "
        "Centre said about 200,000 shoppers had visited on Saturday."
    )
    docs = [{"id": "talks", "title": "Veldoria talks open", "text": text}, *filler(12)]
    engine = engine_of(tmp_path, docs)
    assert engine.ask("who is the prime minister of veldoria").abstained
    assert engine.ask("how many shoppers visited the brinmoor centre on saturday").abstained
    own = text + " Veldoria's Prime Minister Ilse Marr welcomed the talks."
    engine = engine_of(
        tmp_path / "own", [{"id": "talks", "title": "Veldoria talks open", "text": own}, *filler(12)]
    )
    a = engine.ask("who is the prime minister of veldoria")
    assert not a.abstained and "Ilse Marr" in a.answer, a.answer
    assert_verbatim(engine, a)


def test_a_did_question_is_not_answered_by_what_is_only_expected_to_happen(tmp_path: Path) -> None:
    """ "When did they sign?" asks what happened: "expected to sign a deal next week" dates a plan, not
    the signing, and is declined; once the coverage says they signed, that date answers."""
    text = (
        "Marlow and Keswick were expected to sign a fisheries deal next week, officials said on Monday. "
        "The deal would share the catch in the northern bay."
    )
    docs = [{"id": "fish", "title": "Fisheries deal", "text": text}, *filler(12)]
    engine = engine_of(tmp_path, docs)
    assert engine.ask("when did marlow and keswick sign the fisheries deal").abstained
    signed = text + "\n\nMarlow and Keswick signed the fisheries deal on 3 May."
    engine = engine_of(
        tmp_path / "signed", [{"id": "fish", "title": "Fisheries deal", "text": signed}, *filler(12)]
    )
    a = engine.ask("when did marlow and keswick sign the fisheries deal")
    assert not a.abstained and "3 May" in a.answer, a.answer
    assert_verbatim(engine, a)


def test_a_plan_to_begin_doing_it_is_no_date_it_was_done(tmp_path: Path) -> None:
    """ "expects the line to begin running again next week": the phase verb between the plan's "to" and
    the verb asked about still makes it a plan."""
    text = (
        "The Arlo ferry company expects the harbour line to begin running again next week, its manager said. "
        "Repairs to the landing stage are under way."
    )
    docs = [{"id": "ferry", "title": "Arlo ferry repairs", "text": text}, *filler(12)]
    engine = engine_of(tmp_path, docs)
    assert engine.ask("when did the arlo harbour line run again").abstained


def test_what_is_the_amount_noun_needs_a_number(tmp_path: Path) -> None:
    """ "What's the fine for ...": a fine is a possession in WordNet, an amount, which a sentence on
    the topic without a number does not give (declined); one stating it answers."""
    text = (
        "Councils issued more curfew orders this year, and about a third of the curfew orders were "
        "breached, the minister revealed."
    )
    docs = [{"id": "orders", "title": "Curfew orders rise", "text": text}, *filler(12)]
    engine = engine_of(tmp_path, docs)
    assert engine.ask("what's the fine for breaching a curfew order").abstained
    more = text + " Anyone breaching a curfew order faces a fine of up to 5,000 pounds."
    engine = engine_of(
        tmp_path / "more", [{"id": "orders", "title": "Curfew orders rise", "text": more}, *filler(12)]
    )
    a = engine.ask("what's the fine for breaching a curfew order")
    assert not a.abstained and "5,000" in a.answer, a.answer
    assert_verbatim(engine, a)


def test_the_detail_held_after_the_topic_sentence_is_quoted_before_a_further_statement(
    tmp_path: Path,
) -> None:
    """The sentence holding the asked-for name, a few sentences after the lead that only sets the scene
    ("The technology, Zephyr-Vox, ..."), is the answer's detail: quoted beside it even when another
    sentence of the story echoing the question would fill the answer's last place."""
    text = (
        "A mobile phone chip which combines a modem and a computer processor on one bit of silicon "
        "instead of two could make phones cheaper and more powerful.\n\n"
        "The specially-designed chip, developed by Varnell Instruments, could drive down the cost of "
        "making mobiles capable of 3D gaming and fast video. Currently, rich multimedia features "
        "tend to be on more expensive handsets. The technology, Zephyr-Vox, is being tested by firms in "
        "Europe and Asia and could appear by the end of the year."
    )
    docs = [{"id": "chip", "title": "Cheaper chip for mobiles", "text": text}, *filler(12)]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("what is varnell instruments' new mobile phone chip called")
    assert not a.abstained, a.answer
    assert "Zephyr-Vox" in a.answer, a.answer
    assert_verbatim(engine, a)


def test_the_story_sentence_naming_the_noun_asked_for_is_quoted_beside_the_scene(tmp_path: Path) -> None:
    """ "Which game is the tournament for": the chosen sentence sets the scene (the tournament, the
    prize) without naming a game; the story's sentence naming one beside the noun ("the Gravewalker
    game") is quoted with it, however far it stands."""
    text = (
        "UK gamers are getting a chance to take part in a $1m tournament thanks to one of the country's "
        "top teams.\n\n"
        "The Four-Kings clan is staging a competition to find new members. Four-Kings hopes the open "
        "qualifiers will turn up gamers good enough to beat all comers at the Gravewalker game. Top "
        "players also get a contract with the team.\n\n"
        "The event is being billed as the ZPL World Tour and will be arranged around ten separate "
        "tournaments at different locations around the world."
    )
    docs = [
        {"id": "zpl", "title": "Players sought for $1m prize", "text": text},
        {"id": "chess", "title": "Chess", "text": "The chess game lasted six hours."},
        *filler(12),
    ]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("which game is the $1m zpl tournament for")
    assert not a.abstained, a.answer
    assert "Gravewalker" in a.answer, a.answer
    assert_verbatim(engine, a)


def test_a_far_sentence_naming_the_noun_of_another_matter_does_not_lead_a_named_one(tmp_path: Path) -> None:
    """ "Which road are buses being diverted along": the chosen sentence names the road without the noun
    ("along the B714"); a sentence further down the story naming a road beside the noun ("Mill Road
    ... will stay shut") holds nothing else asked, and is another matter of the story: it does not
    lead the reply, whose first statement is the diversion."""
    text = (
        "The Harwick flyover will stay closed for at least a year after cracks were found in its deck, "
        "the highways office said.\n\n"
        "Buses heading east are being diverted along the B714 through Olcott village and back to the "
        "ring at Penfold Cross. Westbound services follow the same route in reverse.\n\n"
        "Olcott parish council said an extra 4,000 vehicles a day were now passing the school.\n\n"
        "Mill Road, under the flyover, will stay shut until the repairs are finished."
    )
    docs = [
        {"id": "flyover", "title": "Flyover closure: the diversions", "text": text},
        *filler(12),
    ]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("which road are buses being diverted along")
    assert not a.abstained, a.answer
    assert a.answer.split("[1]")[0].lstrip().startswith("Buses heading east"), a.answer
    assert_verbatim(engine, a)


def test_the_previous_matter_of_the_story_does_not_lead_an_answer_not_going_on(tmp_path: Path) -> None:
    """ "Who is reviewing Volle's relay gold medal": the chosen sentence names a body ("European Aquatics"),
    no person, so a "who" holder is looked for; the sentence before names a person, but holds nothing
    asked and the chosen one does not go on with it (no pronoun, no name of it, no quotation): it is the
    story's previous matter and does not lead the reply."""
    text = (
        "The appeals lodged by swimmers Kara Volle and Ben Astor will be heard by a tribunal in Geneva, "
        "which has not yet set a date.\n\n"
        "A third swimmer, Mia Dorn, said on Friday she would not appeal and accepted her ban. "
        '"I got it wrong and I will own that," Dorn said in a statement.\n\n'
        "European Aquatics said on Tuesday it had opened proceedings to review Volle's relay gold medal "
        "from the 2024 European Championships."
    )
    docs = [
        {"id": "appeals", "title": "Swimming appeals: what comes next", "text": text},
        *filler(12),
    ]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("Who is reviewing Volle's European Championships relay gold medal?")
    assert not a.abstained, a.answer
    assert a.answer.split("[1]")[0].lstrip().startswith("European Aquatics"), a.answer
    assert_verbatim(engine, a)
