"""Yes/no questions as new users type them: one opened by a greeting or a mention and closed by a chat
word ("yo is the strike over lol") is still a yes/no question, answered by the sentence that settles
it ("the strike ended on Friday": "over" is reached by ending), the newest first when the state
changed; and one whose asked event only that word's synonyms in their other senses name ("traffic
was halted" for "arrested", "a week passed" for "died"), declines instead of quoting them."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import answer_from, assert_verbatim, engine_of, filler

DOCS = [
    {
        "id": "dock-1",
        "title": "Dockers strike at Pellam port",
        "published": "2025-02-01",
        "source": "Harbour Courier",
        "text": "Pellam dock strike: dockers at Pellam port walked out on Saturday, and the dock strike "
        "halted cargo traffic. The Pellam ferry terminal was closed to passengers. "
        "Police stopped lorries at the port gate.",
    },
    {
        "id": "dock-2",
        "title": "Talks continue",
        "published": "2025-02-15",
        "source": "Harbour Courier",
        "text": "The dockers' dock strike at Pellam ended on Friday after the union accepted a new "
        "shift rota. "
        "The Pellam ferry terminal, closed for two weeks, let passengers board again on Friday.",
    },
    {
        "id": "dock-3",
        "title": "Harbour master speaks",
        "published": "2025-02-20",
        "source": "Harbour Courier",
        "text": "Pellam dockers said a week passed between the first warnings and the dock strike.",
    },
    {
        "id": "beach",
        "title": "Swimmer dies at Corran",
        "published": "2025-02-21",
        "source": "Corran News",
        "text": "An elderly swimmer died at Corran beach on Sunday, the coastguard said.",
    },
    *filler(12),
]


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("yesno")
    return engine_of(root, DOCS)


@pytest.mark.parametrize(
    "question",
    ["yo is the dock strike over", "@everyone is the dock strike over lol", "is the dock strike over?"],
)
def test_a_state_asked_is_settled_by_the_sentence_saying_it_was_reached(news: Engine, question: str) -> None:
    a = news.ask(question)
    assert not a.abstained, a.answer
    assert "ended on Friday" in a.statements[0].text, a.answer
    assert_verbatim(news, a)


def test_the_newest_statement_of_a_changed_state_comes_first(news: Engine) -> None:
    a = news.ask("is the ferry terminal closed")
    assert not a.abstained, a.answer
    assert "board again" in a.statements[0].text, a.answer


@pytest.mark.parametrize("question", ["was anyone arrested", "has anyone died at pellam"])
def test_an_event_only_a_synonym_in_another_sense_names_declines(news: Engine, question: str) -> None:
    a = news.ask(question)  # "stopped lorries" is no arrest; "a week passed" no death
    assert a.abstained, a.answer


_LICENCE = (
    "Marlow Leisure's pool licence was granted in 2019, council records show. "
    "Inspectors visited the pool on Tuesday after complaints about the water. "
    "The company said it would publish the inspectors' findings."
)


def test_a_passive_yes_no_asks_of_the_verb_after_been_not_the_noun_before(tmp_path: Path) -> None:
    # ("licence" can be a verb; before "been" it is the subject's noun: the verb asked is "revoked")
    a = answer_from(
        tmp_path,
        {"id": "pool", "title": "Marlow pool inspected", "text": _LICENCE},
        "Has Marlow Leisure's licence been revoked?",
    )
    assert a.abstained, a.answer


def test_a_passive_yes_no_is_answered_by_the_verb_after_been(tmp_path: Path) -> None:
    text = "The council revoked Marlow Leisure's pool licence on Friday. " + _LICENCE
    a = answer_from(
        tmp_path,
        {"id": "pool", "title": "Marlow pool inspected", "text": text},
        "Has Marlow Leisure's licence been revoked?",
    )
    assert not a.abstained, a.answer
    assert "revoked" in a.answer, a.answer


_FARES = (
    "Harlow Buses confirmed that its next fare review, on 3 June, will be published at 09:00. "
    "The company carried 2.1 million passengers last year. "
    "Its drivers voted in May to accept a new pay offer."
)


def test_a_modal_yes_no_asks_of_the_base_verb_before_its_plural_object(tmp_path: Path) -> None:
    # ("raise fares": after "will" the verb is a base form, "fares" its object, not the verb asked)
    a = answer_from(
        tmp_path,
        {"id": "bus", "title": "Harlow Buses fare review", "text": _FARES},
        "Will Harlow Buses raise fares again on 3 June?",
    )
    assert a.abstained, a.answer


def test_a_modal_yes_no_is_answered_by_a_sentence_saying_the_base_verb(tmp_path: Path) -> None:
    text = "Harlow Buses will raise fares by 5% on 3 June, the company said. " + _FARES
    a = answer_from(
        tmp_path,
        {"id": "bus", "title": "Harlow Buses fare review", "text": text},
        "Will Harlow Buses raise fares again on 3 June?",
    )
    assert not a.abstained, a.answer
    assert "will raise fares" in a.answer, a.answer


def test_a_modal_yes_no_passes_over_a_plural_subject_and_reads_a_passive() -> None:
    from retrieval.answer.question import analyze
    from retrieval.search.text import Tokenizer

    tok = Tokenizer()
    assert analyze("Will the union members accept the offer?", tok).done == "accept"
    assert analyze("Will the captain be convicted?", tok).done == "convict"


_PROFESSOR = (
    "Professor Alden Voss was suspended by Marrick University on Monday over falsified data. "
    "The real failure is a system that rewards the splashy paper and punishes the person who checks it, "
    "a columnist wrote of Voss."
)


def test_a_named_persons_event_only_a_synonym_in_another_sense_names_declines(tmp_path: Path) -> None:
    # (a name asked beside the verb tells whom, not which sense: "checks it" is no arrest)
    a = answer_from(
        tmp_path, {"id": "voss", "title": "Voss suspended", "text": _PROFESSOR}, "Has Voss been arrested?"
    )
    assert a.abstained, a.answer


def test_a_named_persons_event_the_coverage_writes_is_answered(tmp_path: Path) -> None:
    text = _PROFESSOR + " Police arrested Voss at his home on Friday."
    a = answer_from(
        tmp_path, {"id": "voss", "title": "Voss suspended", "text": text}, "Has Voss been arrested?"
    )
    assert not a.abstained, a.answer
    assert "arrested Voss" in a.statements[0].text, a.answer


_FINE = (
    "The regulator fined Brightway Mining on Monday over safety failures at its Carrow pit. "
    "The company said it would appeal the decision. "
    "Brightway won a contract to supply coal to the port last year."
)


def test_an_adjective_naming_an_acts_outcome_is_settled_by_the_act_failing(tmp_path: Path) -> None:
    # ("successful": WordNet's "having succeeded"; succeeding is winning, whose opposite is losing)
    ruling = {
        "id": "ruling",
        "title": "Brightway loses appeal",
        "published": "2025-05-10",
        "text": "Brightway Mining has lost its appeal against the fine, the High Court ruled on Friday.",
    }
    fine = {"id": "fine", "title": "Brightway fined", "published": "2025-03-02", "text": _FINE}
    news = engine_of(tmp_path, [fine, ruling, *filler(12)])
    a = news.ask("Was Brightway's appeal successful?")
    assert not a.abstained, a.answer
    assert "lost its appeal" in a.statements[0].text, a.answer
    assert_verbatim(news, a)


def test_an_adjective_naming_an_acts_outcome_is_not_settled_by_the_plan_or_anothers_win(
    tmp_path: Path,
) -> None:
    # (a plan to appeal tells no outcome; the contract won is not the appeal)
    a = answer_from(
        tmp_path,
        {"id": "fine", "title": "Brightway fined", "text": _FINE},
        "Was Brightway's appeal successful?",
    )
    assert a.abstained, a.answer


def test_a_verb_asked_of_an_object_is_not_answered_by_it_done_to_another(tmp_path: Path) -> None:
    # ("did Brightway win its appeal": the contract it won is another thing won)
    a = answer_from(
        tmp_path, {"id": "fine", "title": "Brightway fined", "text": _FINE}, "Did Brightway win its appeal?"
    )
    assert a.abstained, a.answer


def test_a_verb_asked_of_an_object_is_answered_by_it_done_to_that_object(tmp_path: Path) -> None:
    text = _FINE + " In May Brightway won its appeal against the fine."
    a = answer_from(
        tmp_path, {"id": "fine", "title": "Brightway fined", "text": text}, "Did Brightway win its appeal?"
    )
    assert not a.abstained, a.answer
    assert "won its appeal" in a.statements[0].text, a.answer
