"""The sentence holding what a question asks for, in the slot it asks about, answers before one that only
echoes its words: "which inspector flagged the crack" is answered by the sentence naming the inspector
("signed by senior bridge inspector Tomas Brell"), not by "the agency's own inspectors flagged the crack",
which repeats more of the question and names no one; "when was the service due to resume" leads with
"The service had been due to resume on Monday", not with the paragraph before it, which holds no time;
"how many fans does the arena hold" is counted by "Kelso Arena holds 9,800.", the verb asked for and its
bare figure, not by "400 fans marched to the arena", a count of another act; and "the name of the police
officer leading the inquiry" asks an officer's name (the participle's clause says which officer), which a
spokesman's words echoing "police" and "inquiry" do not give: declined; "what did Castell tell the council"
is answered by what she told it, not by her saying she will make a statement to it. Pinned on small
made-up corpora."""

from __future__ import annotations

from pathlib import Path

from retrieval.answer.question import analyze
from retrieval.answer.relation import counts
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

_BRIDGE = (
    "The Dunmere river bridge will stay closed until the autumn, the transport agency said on Tuesday.\n\n"
    "Records reviewed by the Valley Gazette show the agency's own inspectors flagged the crack last year.\n\n"
    "A report dated May 2, 2025, signed by senior bridge inspector Tomas Brell, said the main girder "
    "\u201cposed a growing risk to the deck.\u201d "
    "The agency said it had acted on every report it received."
)

_FERRY = (
    "The Harrowby ferry will not sail this week after a court upheld a safety notice on Friday.\n\n"
    "Inspectors found faults with two of the lifeboats on the vessel.\n\n"
    "Ida Venn, the crew union's secretary, said the ruling would be challenged. "
    "She said crews were \u201ctired but ready\u201d.\n\n"
    "The service had been due to resume on Monday."
)


def test_the_sentence_naming_the_one_asked_for_beats_the_echo(tmp_path: Path) -> None:
    bridge = {"id": "bridge", "title": "Bridge stays shut", "text": _BRIDGE}
    engine = engine_of(tmp_path, [bridge, *filler(12)])
    a = engine.ask("Which inspector flagged the crack in a report?")
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    assert "Tomas Brell" in first_statement(a)


def test_an_answer_holding_the_time_leads_the_paragraph_before_it(tmp_path: Path) -> None:
    ferry = {"id": "ferry", "title": "Ferry stays in port", "published": "2026-03-14", "text": _FERRY}
    engine = engine_of(tmp_path, [ferry, *filler(12)])
    a = engine.ask("When was the ferry service due to resume?")
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    assert "due to resume on Monday" in first_statement(a), a.answer


_HALL = (
    "Around 400 Dunmere Rovers fans marched to the Kelso Arena on Saturday against the sale of the club.\n\n"
    "The buyers want to build 300 homes on the Kelso Arena site and move the club to a new ground outside "
    "town. Kelso Arena holds 9,800.\n\n"
    "The council will vote on the lease next month."
)


def test_a_bare_figure_after_the_asked_verb_counts_the_asked_noun() -> None:
    tok = Tokenizer()
    q = analyze("How many fans does Kelso Arena hold?", tok)
    assert counts(q, "Kelso Arena holds 9,800.", tok)
    assert counts(q, "Kelso Arena holds about 9,800, the club says.", tok)
    # (a figure of another noun, or of a date, is not the arena's)
    assert not counts(q, "Kelso Arena will hold talks on 12 May.", tok)
    assert not counts(q, "The Palace holds 9,800.", tok)


def test_the_count_of_the_asked_act_beats_a_count_of_another(tmp_path: Path) -> None:
    hall = {"id": "hall", "title": "Fans march on the arena", "text": _HALL}
    engine = engine_of(tmp_path, [hall, *filler(12)])
    a = engine.ask("How many fans does Kelso Arena hold?")
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    assert "9,800" in first_statement(a), a.answer


_DEPOT = (
    "Managers at the Harlow bus depot said on Monday that a fire had destroyed six buses.\n\n"
    '"We are helping the police with their inquiry in every way we can," depot spokesman Ewan Tully said.\n\n'
    "The depot reopened on Thursday."
)


def test_the_noun_before_a_participles_clause_is_the_one_named() -> None:
    # "the police officer leading the investigation": the officer's name is asked, a person's; the
    # participle and its object say which officer ("the ruling party" is a party)
    tok = Tokenizer()
    assert analyze("What is the name of the police officer leading the investigation?", tok).kind == "person"
    assert analyze("What is the name of the inspector leading the review?", tok).kind == "person"
    assert analyze("What is the name of the ruling party?", tok).kind != "person"


def test_a_role_no_sentence_names_is_declined(tmp_path: Path) -> None:
    depot = {"id": "depot", "title": "Depot fire review", "text": _DEPOT}
    engine = engine_of(tmp_path, [depot, *filler(12)])
    # (the spokesman's words echo "police" and "inquiry"; he is no officer, and no sentence names one)
    a = engine.ask("What is the name of the police officer leading the inquiry?")
    assert a.abstained, a.answer


_MAYOR = (
    "10:05 a.m. Mayor Irene Castell says she will make a statement to the council on Monday about "
    '"the way forward" for the Harrow library.\n\n'
    "11:40 a.m. Castell told the council that the closures were "
    '"painful but the only honest choice".\n\n'
    "12:10 p.m. Protesters gathered outside the town hall."
)


def test_the_statement_by_the_asked_verb_of_saying_answers(tmp_path: Path) -> None:
    # "what did Castell tell the council": what she told it, not that she says she will speak to it
    mayor = {"id": "mayor", "title": "Live: library closures", "text": _MAYOR}
    engine = engine_of(tmp_path, [mayor, *filler(12)])
    a = engine.ask("What did Irene Castell tell the council?")
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    assert "painful but the only honest choice" in first_statement(a), a.answer
