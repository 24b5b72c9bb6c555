"""A question asking what a named person said is answered with that person's statements: quotations
attributed to them in the sentence ("…," Ruiz said) or by a pronoun after the article named them
("…," she said), rather than narration about them."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.statements import asked_speaker, narration, said_by, speaker, speakers
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim as _verbatim
from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler


@pytest.fixture
def depot(tmp_path: Path) -> Engine:
    text = (
        "Mayor Ana Ruiz toured the Kell bus depot on Monday as the council weighs its future. "
        "The depot employs 200 drivers and mechanics, and the council says the depot loses money "
        "every year.\n\n"
        "“The depot stays open as long as I am mayor,” she said. Ruiz said she would meet the drivers' union "
        "on Friday.\n\n"
        "Union leader Tom Abbot said the drivers were worried about the depot."
    )
    return _engine(tmp_path, [{"id": "depot", "title": "Mayor visits depot", "text": text}, *_filler(12)])


def test_what_a_person_said_is_her_quotation_not_narration_about_her(depot: Engine) -> None:
    a = depot.ask("What did Ana Ruiz say about the depot?")
    assert not a.abstained
    assert "stays open as long as I am mayor" in a.statements[0].text, a.answer
    assert "toured" not in a.answer
    _verbatim(depot, a)


def test_what_a_person_said_finds_her_statements_without_a_topic(depot: Engine) -> None:
    a = depot.ask("What did Ruiz say?")
    assert not a.abstained
    first = a.statements[0].text  # her statement first, not narration about her
    assert "Ruiz said she would meet" in first or "stays open" in first, a.answer
    assert not a.answer.startswith("Ana Ruiz: Ruiz said")  # the statement names its speaker itself


def test_a_quotation_attributed_by_surname_after_the_quote_is_the_person_s(tmp_path: Path) -> None:
    text = (
        "Councillor Ines Varga opened the new Brannock library on Saturday, two years late. "
        "The library cost the town more than planned and its roof still leaks, residents say.\n\n"
        "“Every child in Brannock deserves a library that stays dry,” Varga said."
    )
    engine = _engine(tmp_path, [{"id": "lib", "title": "Library opens", "text": text}, *_filler(12)])
    a = engine.ask("What did Ines Varga say about the Brannock library?")
    assert not a.abstained
    assert "deserves a library" in a.statements[0].text, a.answer
    _verbatim(engine, a)


def test_speakers_are_those_reporting_not_those_reported_on() -> None:
    assert speakers("A party spokesman said Nick Griffin was arrested on Tuesday.") == []
    assert speakers("“We owe an answer,” said Foreign Minister Jean-Noel Barrot, per Bloomberg.") == [
        "Foreign Minister Jean-Noel Barrot"
    ]
    assert speakers("Ruiz said she would meet the union.") == ["Ruiz"]
    assert narration("Mayor Ana Ruiz toured the depot on Monday.")
    assert not narration("“The depot stays open,” she said.")


@pytest.fixture
def trams(tmp_path: Path) -> Engine:
    ruiz = {
        "id": "trams",
        "title": "Mayor visits tram depot",
        "text": "Mayor Ana Ruiz toured the tram depot on Monday with engineers.\n\n"
        "“We have a lot of work to do,” she said. “It takes time. The new trams will not arrive before "
        "spring.”\n\nThe depot employs two hundred people.",
    }
    beck = {
        "id": "council",
        "title": "Council questions tram plan",
        "text": "Councillor Tom Beck criticised Mayor Ana Ruiz over the tram plan, stating that the new "
        "trams would arrive late.\n\nThe council meets again next week.",
    }
    return _engine(tmp_path, [ruiz, beck, *_filler(12)])


def test_a_quotation_going_on_past_its_attribution_is_still_hers(trams: Engine) -> None:
    """ "'…,' she said. 'It takes time. The new trams will not arrive before spring.'": the last sentence
    names no speaker, but the quotation it goes on with is hers; another person's sentence about her
    is not what she said."""
    a = trams.ask("what did ruiz say about the new trams arriving")
    assert not a.abstained
    assert "will not arrive before spring" in a.statements[0].text, a.answer
    assert "Beck" not in a.statements[0].text
    _verbatim(trams, a)


def test_a_sentence_after_a_closed_quotation_is_not_the_speakers(trams: Engine) -> None:
    doc = trams.documents["trams"]
    after = next(s for s in doc.sentences if s.text.startswith("The depot employs"))
    assert not said_by(doc, after, lambda name: "Ruiz" in name)
    inside = next(s for s in doc.sentences if s.text.startswith("The new trams"))
    assert said_by(doc, inside, lambda name: "Ruiz" in name)


def test_a_speaker_named_before_when_she_spoke_is_still_the_speaker() -> None:
    assert speakers("Mayor Ana Ruiz on Monday said the depot would stay open.") == ["Mayor Ana Ruiz"]
    assert speakers("Ruiz last week told reporters the trams were late.") == ["Ruiz"]
    assert speakers("The council on Tuesday approved the plan.") == []


@pytest.fixture
def bridge(tmp_path: Path) -> Engine:
    works = {
        "id": "works",
        "title": "Bridge repairs run late",
        "text": "Repairs to the Orrin bridge will take until autumn, the contractor said.\n\n"
        "Engineer Lise Moran said the bridge repairs had found more rust than expected. "
        "Drivers face a long detour while the bridge repairs go on.\n\n"
        "Moran on Tuesday said the bridge would reopen to buses first.",
    }
    council = {
        "id": "council",
        "title": "Council blames contractor",
        "text": "Councillor Ed Park said the bridge repairs were badly planned. "
        "Shops near the bridge say the repairs have cost them customers.",
    }
    return _engine(tmp_path, [works, council, *_filler(12)])


def test_a_digest_of_what_a_person_said_holds_only_her_statements(bridge: Engine) -> None:
    """ "Summarize what Moran said about the bridge repairs": her statements, not what the contractor,
    a councillor or the narration said around her."""
    a = bridge.ask("Summarize what Moran said about the bridge repairs")
    assert not a.abstained, a.answer
    assert "more rust than expected" in a.answer and "reopen to buses first" in a.answer, a.answer
    assert "Park" not in a.answer and "detour" not in a.answer and "contractor said" not in a.answer
    _verbatim(bridge, a)


def test_who_did_a_person_say_is_answered_from_that_persons_words(tmp_path: Path) -> None:
    """ "who did Marlov say pushed Vardia into the truce": the answer is in his claim, though it names
    no one; another leader's statement naming her own push only echoes the question."""
    text = (
        "President Oleg Marlov said on Monday he is open to direct talks with Vardia for the first time "
        "in three years.\n\n"
        "Marlov also claimed Vardia agreed to the harvest truce after being pressured to do so by "
        "\u201csomeone smarter, most likely foreign handlers.\u201d The talks could take place in Geneva "
        "next month.\n\n"
        "In a post on X, Vardian leader Dana Vesk restated her push to extend the harvest truce, saying "
        "it shows that peace was possible."
    )
    engine = _engine(tmp_path, [{"id": "truce", "title": "Marlov open to talks", "text": text}, *_filler(12)])
    a = engine.ask("who did marlov say pushed vardia into the harvest truce")
    assert not a.abstained, a.answer
    assert "foreign handlers" in a.answer, a.answer
    _verbatim(engine, a)


def test_a_question_naming_whose_words_it_asks_for_only_by_a_name_has_a_speaker() -> None:
    """ "who did Marlov say ..." asks for Marlov's words; "who did Portsmouth appoint after Strachan said
    no" asks for no one's words (what the speaker clause spans is not only a name)."""
    tok = Tokenizer()
    names = frozenset({"marlov", "vardia", "portsmouth", "strachan"})
    assert asked_speaker("who did marlov say pushed vardia", names, tok, only_name=True) == {"marlov"}
    assert not asked_speaker("who did portsmouth appoint after strachan said no", names, tok, only_name=True)


@pytest.fixture
def talks(tmp_path: Path) -> Engine:
    text = (
        "Mayor Ana Ruiz said the city \u201cstands by its offer\u201d to the drivers and would not "
        "raise it.\n\n"
        "In a post on the city website, Mayor Ana Ruiz thanked passengers for their patience during the tram "
        "strike talks.\n\n"
        "Union chief Tom Abbot met the council on Monday. He added that the tram strike talks would go "
        "on for weeks."
    )
    return _engine(
        tmp_path, [{"id": "strike", "title": "Tram strike talks stall", "text": text}, *_filler(12)]
    )


def test_a_pronoun_speaks_for_the_person_the_nearest_sentence_names(talks: Engine) -> None:
    """ "Union chief Tom Abbot met the council. He added ...": Abbot's words, not those of the mayor,
    who was said to speak three sentences up (a label naming her would be false)."""
    doc = talks.documents["strike"]
    added = next(s for s in doc.sentences if s.text.startswith("He added"))
    assert speaker(doc, [added]) == "Tom Abbot"
    assert not said_by(doc, added, lambda name: "Ruiz" in name)


def test_what_a_person_said_is_not_another_named_speakers_statement(talks: Engine) -> None:
    a = talks.ask("what did Ruiz say about the tram strike talks")
    assert not a.abstained, a.answer
    assert "stands by its offer" in a.statements[0].text, a.answer
    assert "Abbot" not in a.answer and not any(st.speaker == "Ana Ruiz" for st in a.statements)
    _verbatim(talks, a)


def test_a_country_speaks_through_its_spokesperson(tmp_path: Path) -> None:
    """ "What did Norway call on other countries to do?": a country's words are said by others ("...,
    spokesperson Ola Brin said"), which a person's never are."""
    text = (
        "Norway is calling for other countries to pressure the whaling fleets into new limits, foreign "
        "ministry spokesperson Ola Brin said on Monday.\n\nThe fleets have resisted limits for years."
    )
    engine = _engine(
        tmp_path, [{"id": "whales", "title": "Norway seeks whaling limits", "text": text}, *_filler(12)]
    )
    a = engine.ask("What did Norway call on other countries to do?")
    assert not a.abstained and "pressure the whaling fleets" in a.answer, a.answer
    _verbatim(engine, a)


def test_a_speaker_the_coverage_never_names_is_not_read_as_a_synonym(tmp_path: Path) -> None:
    # "trump" ~ "best" (WordNet) would quote the station chief's words as his
    text = "Station chief Ana Ruiz said crews were doing their best during the ferry strike."
    news = _engine(tmp_path, [{"id": "ferry", "title": "Ferry strike", "text": text}, *_filler(8)])
    a = news.ask("what did trump say about the ferry strike")
    assert a.abstained and "trump" in a.answer, a.answer
    b = news.ask("what did ruis say about the ferry strike")  # a misspelt speaker is still corrected
    assert not b.abstained and "Ana Ruiz said" in b.answer, b.answer


def test_a_speaker_described_between_commas_is_the_one_before_the_description() -> None:
    from retrieval.models import Document, DocumentMeta, Sentence

    texts = [
        "Dr. Mira Osei, a surgeon at Tarnby Children's Hospital, said her team had seen four cases.",
        '"Two magnets can cut through tissue in hours," she said.',
    ]
    sentences = tuple(Sentence("d", i, 0, t, False) for i, t in enumerate(texts))
    doc = Document(meta=DocumentMeta(doc_id="d"), sentences=sentences, paragraphs=((0, 2),))
    assert speaker(doc, [sentences[1]]) == "Mira Osei"


def test_a_name_after_a_preposition_or_a_joined_verb_is_no_speaker() -> None:
    """The airport is the preposition's object, and the object of "visited": the minister promised."""
    assert speakers("Engineers at Hollin Vale Airport said the drains had failed.") == []
    assert speakers("Minister Ada Vell visited Northfield Hospital and promised new beds.") == []
