"""Answers that hold on any corpus, pinned on small made-up ones (not the seeds): the sentence that holds
what is asked rather than one echoing the question, paraphrased and misspelt questions bridged to the
coverage's words, near-topic questions declined, outlets that disagree cited apart, questions about
the coverage itself (an outlet, an author), the speaker of a "she said" quotation, a digest for a
broad question, and a corpus of two articles still answering."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.question import analyze
from retrieval.answer.types import type_score
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim as _verbatim
from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler


@pytest.fixture
def delegation(tmp_path: Path) -> Engine:
    text = (
        "The trade delegation will travel to Oslo next week for talks on fishing quotas. "
        "Officials said the talks could last several days.\n\n"
        "The delegation is led by deputy minister Karin Holm, who negotiated the last agreement."
    )
    return _engine(
        tmp_path, [{"id": "trade", "title": "Trade delegation heads to Oslo", "text": text}, *_filler(12)]
    )


def test_the_sentence_holding_the_asked_person_wins_over_one_echoing_the_question(delegation: Engine) -> None:
    a = delegation.ask("Who leads the trade delegation?")
    assert not a.abstained
    assert "Karin Holm" in a.statements[0].text, a.answer
    _verbatim(delegation, a)


def test_a_paraphrased_word_is_bridged_to_the_coverage_synonym(tmp_path: Path) -> None:
    text = (
        "Mayor Jo Brand resigned on Friday because of ill health. The council will choose a successor in May."
    )
    engine = _engine(tmp_path, [{"id": "town", "title": "Town hall news", "text": text}, *_filler(12)])
    a = engine.ask("Why did the mayor quit?")  # the coverage says "resigned"
    assert not a.abstained, a.answer
    assert "ill health" in a.answer


def test_a_misspelt_name_is_matched_to_the_corpus_spelling(tmp_path: Path) -> None:
    text = "Councillor Dana Whitfield said the ferry would run twice a day from June."
    engine = _engine(tmp_path, [{"id": "ferry", "title": "Ferry plan", "text": text}, *_filler(12)])
    a = engine.ask("wat did whitfeild say about the fery")
    assert not a.abstained, a.answer
    assert "twice a day" in a.answer


def test_a_near_topic_question_is_declined(tmp_path: Path) -> None:
    text = (
        "Marlow Bank reported a rise in profits on Thursday. "
        "The bank's deputy chief executive, Tom Reyes, said lending had grown strongly."
    )
    engine = _engine(
        tmp_path, [{"id": "bank", "title": "Marlow Bank profits rise", "text": text}, *_filler(12)]
    )
    assert engine.ask("Who is the CEO of Marlow Bank?").abstained
    assert engine.ask("How many branches does Marlow Bank have?").abstained
    assert not engine.ask("Who is the deputy chief executive of Marlow Bank?").abstained


def test_outlets_that_disagree_are_cited_apart(tmp_path: Path) -> None:
    docs = [
        {
            "id": "a",
            "title": "Market roof collapses",
            "source": "Harbor Times",
            "text": "Two people were injured when the roof of the Elm Street market collapsed on Monday.",
        },
        {
            "id": "b",
            "title": "Roof falls in at market",
            "source": "Valley Post",
            "text": "Nine people were injured when the roof of the Elm Street market collapsed on Monday.",
        },
        *_filler(12),
    ]
    engine = _engine(tmp_path, docs)
    a = engine.ask("How many people were injured when the Elm Street market roof collapsed?")
    assert not a.abstained
    by_n = {c.n: c for c in a.citations}
    for st in a.statements:
        number = "Two" if st.text.startswith("Two") else "Nine"
        for n in st.citations:  # a marker after a statement means that source says it
            assert by_n[n].quote.startswith(number), a.answer


def test_an_outlet_adding_a_detail_is_cited_with_the_statement_it_also_makes(tmp_path: Path) -> None:
    """A second outlet that says the statement and adds a place is not a different version: it is cited
    beside the first (a different number would be, as above)."""
    docs = [
        {
            "id": "a",
            "title": "Market roof collapses",
            "source": "Harbor Times",
            "text": "Two people were injured when the roof of the Elm Street market collapsed on Monday.",
        },
        {
            "id": "b",
            "title": "Roof falls in at market",
            "source": "Valley Post",
            "text": "Two people were injured when the roof of the Elm Street market collapsed on Monday "
            "in Tarsk.",
        },
        *_filler(12),
    ]
    engine = _engine(tmp_path, docs)
    a = engine.ask("How many people were injured when the Elm Street market roof collapsed?")
    assert not a.abstained
    assert len(a.statements[0].citations) == 2, a.answer
    assert {c.doc_id for c in a.citations} == {"a", "b"}


def _tunnel(tmp_path: Path) -> Engine:
    docs = [
        {
            "id": "times-1",
            "title": "Council backs tunnel",
            "source": "Harbor Times",
            "author": "Maya Lind",
            "published": "2025-03-02",
            "text": "The council voted to build the river tunnel. "
            "The mayor said the tunnel will cost 40 million.",
        },
        {
            "id": "post-1",
            "title": "Tunnel cost questioned",
            "source": "Valley Post",
            "author": "Omar Quist",
            "published": "2025-03-09",
            "text": "Engineers said the river tunnel will cost 55 million, more than the mayor claimed.",
        },
        {
            "id": "times-2",
            "title": "Tunnel work to start",
            "source": "Harbor Times",
            "author": "Maya Lind",
            "published": "2025-04-20",
            "text": "Digging on the river tunnel will start in May, the contractor said.",
        },
        *_filler(12),
    ]
    return _engine(tmp_path, docs)


def test_according_to_an_outlet_keeps_the_answer_to_its_articles(tmp_path: Path) -> None:
    engine = _tunnel(tmp_path)
    a = engine.ask("According to the Valley Post, how much will the river tunnel cost?")
    assert not a.abstained
    assert {c.source for c in a.citations} == {"Valley Post"}
    assert "55 million" in a.answer


def test_an_outlet_named_by_a_part_of_its_name_the_articles_never_write_is_that_outlet(
    tmp_path: Path,
) -> None:
    """ "The Post" for "Valley Post": no article writes "Post", so it names the one outlet whose name
    holds it. "Valley" is written by an article (the orchard's valley): it may be what a question is
    about, and restricts nothing."""
    from retrieval.answer.about import mentioned_outlet
    from retrieval.answer.question import analyze

    engine = _tunnel(tmp_path)
    a = engine.ask("According to the Post, how much will the river tunnel cost?")
    assert not a.abstained, a.answer
    assert {c.source for c in a.citations} == {"Valley Post"}
    assert "55 million" in a.answer
    q = analyze("How much will the valley tunnel cost?", engine.tokenizer)
    assert engine.scorer.df(engine.tokenizer.tokens("valley")[0]) > 0
    assert mentioned_outlet(q, engine._ctx) is None


def test_who_wrote_an_article_is_answered_from_its_metadata(tmp_path: Path) -> None:
    engine = _tunnel(tmp_path)
    a = engine.ask("Who wrote the article questioning the tunnel cost?")
    assert not a.abstained
    assert "Omar Quist" in a.answer
    assert a.citations[0].doc_id == "post-1"
    _verbatim(engine, a)


def test_the_speaker_of_a_pronoun_quotation_is_named_from_the_article(tmp_path: Path) -> None:
    text = (
        "Mayor Ana Ruiz defended the road budget on Tuesday.\n\n"
        "“We cannot keep borrowing for roads,” she said. “The bill would fall on our children.”"
    )
    engine = _engine(tmp_path, [{"id": "roads", "title": "Road budget", "text": text}, *_filler(12)])
    a = engine.ask("What did Ruiz say about borrowing for roads?")
    assert not a.abstained
    assert a.statements[0].speaker == "Ana Ruiz"
    assert a.answer.startswith("Ana Ruiz: ")
    assert a.statements[0].text in a.citations[0].quote  # the quote itself stays verbatim


def test_no_speaker_label_when_the_quoted_statement_names_the_speaker_itself(tmp_path: Path) -> None:
    """A label before "Candidate Lena Fischer thanked volunteers. '…,' she said." would read as if she had
    said the narration too; the statement already says who she is."""
    text = "Candidate Lena Fischer thanked volunteers. “This is a victory for the valley,” she said."
    engine = _engine(tmp_path, [{"id": "vote", "title": "Fischer wins", "text": text}, *_filler(12)])
    a = engine.ask("what did lena fischer say about the valley")
    assert not a.abstained and "thanked volunteers" in a.statements[0].text
    assert a.statements[0].speaker is None and not a.answer.startswith("Lena Fischer: ")


@pytest.mark.parametrize(
    "question",
    ["What's the latest on the river tunnel?", "latest on the river tunnel", "Updates on the river tunnel?"],
)
def test_a_broad_question_gets_a_short_digest_newest_first(tmp_path: Path, question: str) -> None:
    engine = _tunnel(tmp_path)
    a = engine.ask(question)
    assert not a.abstained
    assert 2 <= len(a.statements) <= 4
    dates = [a.citations[st.citations[0] - 1].published for st in a.statements]
    assert all(d is not None for d in dates)
    assert dates == sorted(dates, reverse=True), a.answer
    for st in a.statements:
        assert st.citations


def test_a_two_article_corpus_still_answers(tmp_path: Path) -> None:
    """Every sentence holds "ferry" and "Marrow Island": their idf is negative, and BM25 alone finds
    nothing."""
    docs = [
        {
            "id": "a",
            "title": "Ferry to Marrow Island",
            "text": "The new ferry will sail to Marrow Island from June. "
            "The ferry to Marrow Island will carry 400 passengers a day.",
        },
        {
            "id": "b",
            "title": "Island ferry approved",
            "text": "A ferry to Marrow Island was approved on Monday. "
            "The Marrow Island ferry will start sailing in June.",
        },
    ]
    engine = _engine(tmp_path, docs)
    a = engine.ask("Where will the ferry sail?")
    assert not a.abstained, a.answer
    assert "Marrow Island" in a.answer
    assert "400" in engine.ask("How many passengers will the ferry carry?").answer


def test_a_who_question_is_not_answered_by_a_sentence_naming_only_places_and_bodies(tmp_path: Path) -> None:
    """Capitalised words are not all people: WordNet's classes tell "Canada" and "Trafford Centre"
    from a person, so the sentence naming the organiser wins over the echo naming only places."""
    text = (
        "The winter festival moved from Canada to the Trafford Centre in Manchester this year. "
        "Ticket sales rose sharply, the festival said.\n\n"
        "The festival was organised by Priya Ramaswamy, a former teacher."
    )
    engine = _engine(tmp_path, [{"id": "fest", "title": "Winter festival moves", "text": text}, *_filler(12)])
    a = engine.ask("Who organised the winter festival this year?")
    assert not a.abstained, a.answer
    assert "Priya Ramaswamy" in a.statements[0].text, a.answer
    _verbatim(engine, a)


def test_person_names_are_told_from_places_and_bodies_by_wordnet() -> None:
    from retrieval.answer.types import _single_person, person_like

    assert not person_like("Canada") and not person_like("Christmas")
    assert not person_like("Trafford Centre") and not person_like("Deutsche Bank")
    assert person_like("Jude Law") and person_like("Jerry Bruckheimer") and person_like("Putin")
    assert not _single_person("European") and _single_person("Trump")


def test_a_how_many_question_is_declined_when_the_number_counts_something_else(tmp_path: Path) -> None:
    """ "How many prisoners" needs a number of prisoners: a sentence on the talks whose number counts
    days does not answer it."""
    text = (
        "The two sides met in Geneva for three days of talks on an exchange deal. "
        "A second round is planned for next month."
    )
    engine = _engine(tmp_path, [{"id": "talks", "title": "Exchange deal talks", "text": text}, *_filler(12)])
    assert engine.ask("How many prisoners were exchanged after the Geneva talks?").abstained
    answered = engine.ask("How many days did the Geneva talks on the exchange deal last?")
    assert not answered.abstained and "three days" in answered.answer


def test_an_echo_holding_all_that_is_asked_keeps_its_place_over_one_holding_less(tmp_path: Path) -> None:
    """A "when" answered by a clause ("once the inspectors are satisfied") holds no date a pattern
    tells, but it holds everything the question asks: a sentence of the same story with a date and
    less of the question does not displace it."""
    text = (
        "The mayor said the bridge could reopen once the inspectors are satisfied with the repairs.\n\n"
        "The mayor met the council on Tuesday, March 4, to discuss the bridge budget."
    )
    engine = _engine(tmp_path, [{"id": "bridge", "title": "Bridge repairs", "text": text}, *_filler(12)])
    a = engine.ask("When did the mayor say the bridge could reopen?")
    assert not a.abstained, a.answer
    assert "inspectors are satisfied" in a.statements[0].text, a.answer
    _verbatim(engine, a)


def test_the_neighbour_too_long_to_join_a_restating_sentence_is_quoted_beside_it(tmp_path: Path) -> None:
    """A sentence that only restates the question leaves the answer to its neighbour; when the two would
    make one quote too long, the neighbour is quoted as a statement of its own rather than dropped."""
    text = (
        "Nearly three years after the canal reopened, the busiest shipping season yet has begun at the "
        "northern port. The season's largest arrival, the container ship Aurora Borealis of the Nordic "
        "line, docked on Monday morning with a record cargo of wind turbine blades bound for the new farms "
        "along the coast, according to a statement from the harbour master."
    )
    engine = _engine(tmp_path, [{"id": "port", "title": "Port season", "text": text}, *_filler(12)])
    a = engine.ask(
        "Nearly three years after the canal reopened, the busiest shipping season yet has begun at the "
        "northern port. What is the name of the ship that arrived?"
    )
    assert not a.abstained, a.answer
    assert "Aurora Borealis" in a.answer, a.answer
    assert all(len(s.text) <= 300 for s in a.statements)
    _verbatim(engine, a)


def test_a_weekday_in_the_question_is_not_a_name_its_story_must_hold(tmp_path: Path) -> None:
    """ "Early Thursday" places a question in the week; the article says when by its own date as often as
    by the word, so a story that never writes "Thursday" still answers it."""
    text = "Officials in Alder County say dozens of homes were flooded after the river burst its banks."
    other = "Dozens of volunteers met on Thursday at the county library to sort donated books."
    docs = [
        {"id": "flood", "title": "River bursts its banks", "text": text},
        {"id": "books", "title": "Library volunteers", "text": other},
        *_filler(12),
    ]
    engine = _engine(tmp_path, docs)
    a = engine.ask("Dozens of homes were flooded early Thursday in which county?")
    assert not a.abstained, a.answer
    assert "Alder County" in a.statements[0].text, a.answer
    _verbatim(engine, a)


def test_a_headline_stating_the_asked_fact_leaves_it_to_the_sentence_stating_it(tmp_path: Path) -> None:
    """Headline words are a story's topic, but a headline also states the story's main fact: the
    sentence holding those words with the asked-for number answers, though the question's other words
    (its long preamble) are elsewhere."""
    text = (
        "Pop singer Lena Voss has been sentenced to four years in prison, a court in Bremen said. "
        "Voss, a former judge on the talent show Starlight, pleaded guilty in March to tax fraud."
    )
    title = "Singer Lena Voss sentenced to four years"
    engine = _engine(tmp_path, [{"id": "voss", "title": title, "text": text}, *_filler(12)])
    a = engine.ask(
        "Lena Voss, a celebrity judge on a television show, was sentenced this week in a fraud case. "
        "How many years was her sentence?"
    )
    assert not a.abstained, a.answer
    assert "four years" in a.statements[0].text, a.answer
    _verbatim(engine, a)


def test_a_how_many_question_needs_its_number_beside_what_it_counts(tmp_path: Path) -> None:
    """A sentence naming the soldiers whose number counts days does not say how many soldiers; one
    whose number stands beside them (either side) does."""
    text = (
        "Russia rejected the offer and pushed for a 3-day local truce to retrieve the bodies of fallen "
        "soldiers from the river valley."
    )
    engine = _engine(tmp_path, [{"id": "truce", "title": "Truce talks", "text": text}, *_filler(12)])
    assert engine.ask("How many soldiers' bodies were returned under the local truce?").abstained
    more = "Under the local truce the bodies of soldiers numbering 212 were returned to their families."
    engine = _engine(tmp_path / "more", [{"id": "truce", "title": "Truce talks", "text": more}, *_filler(12)])
    a = engine.ask("How many soldiers' bodies were returned under the local truce?")
    assert not a.abstained, a.answer
    assert "212" in a.answer


@pytest.mark.parametrize("name", ["José Álvarez", "Łukasz Żółć", "Søren Østergaard"])
def test_a_name_with_accents_or_strokes_is_a_person_for_a_who_question(name: str) -> None:
    """The answer-type patterns read capitals as A-Z: a name written with diacritics ("Álvarez") or with
    letters no decomposition takes apart ("Łukasz", "Søren") must still count as a person's name."""
    tok = Tokenizer()
    q = analyze("Who leads the trade delegation?", tok)
    assert type_score("person", f"The delegation is led by deputy minister {name}.", q, tok) == 1.0
