"""A "why" is answered by a reason for the asked act, not by a sentence whose reason word belongs to the
act itself or to what the act did: a question's own word of blame ("Regulators share the blame" for "why
does the columnist blame regulators") restates the act; a participle after a comma (", prompting
protests") tells what the whole clause before it did; a comma inside a figure ("$840,000") ends no
clause, so the clause before an "after" reaches the act; a "following" after "are" or "the" is no
preposition. An opinion piece's claim that closes its paragraph is argued by the next paragraph's
opening, unless the claim sums up what is before it (it opens on a pronoun) or the next paragraph opens
on the view the writer answers ("Critics say ..."). The asked people's account may open on a pronoun
right after a sentence opening on them. A "how" is answered by the sentence going on with the act that
tells it again in detail or by a means, not by the next sentence on something else."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Answer, Engine
from retrieval.answer.question import analyze
from retrieval.answer.types import type_score
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

#: an opinion piece's page: its rubric and byline make it one
COLUMN_PAGE = {"title": "Opinion: The pool flood was a choice", "author": "Mara Lind"}


def _asked(tmp_path: Path, page: dict[str, str], text: str, question: str) -> tuple[Engine, Answer]:
    """The engine over one story (``page``'s title and meta, ``text``) and filler, and its answer."""
    engine = engine_of(tmp_path, [{"id": "story", **page, "text": text}, *filler(12)])
    return engine, engine.ask(question)


def _answered_with(tmp_path: Path, page: dict[str, str], text: str, question: str, wanted: str) -> None:
    """The answer's first statement holds ``wanted``, quoted verbatim."""
    engine, a = _asked(tmp_path, page, text, question)
    assert not a.abstained, a.answer
    assert wanted in first_statement(a), a.answer
    assert_verbatim(engine, a)


BUDGET = (
    "The Elmford library's book budget was cut by almost half last year, council papers show, prompting "
    "complaints from readers about the library's future.\n\n"
    "The budget fell from $96,000 to $51,000 in 2025, after the county council voted to reduce spending on "
    "its branch libraries.\n\n"
    "The library has kept its opening hours."
)


def test_a_participle_of_the_asked_act_is_no_reason_and_the_neighbour_gives_one(tmp_path: Path) -> None:
    """ ", prompting complaints" is what the cut did; the sentence after gives why (its "after" clause
    read past the comma of "$96,000")."""
    page = {"title": "Elmford library budget cut"}
    question = "Why did the council cut the library's book budget?"
    _answered_with(tmp_path, page, BUDGET, question, "voted to reduce spending")


FLOOD = (
    "Floodwater reached the Elmford library's basement on Monday, prompting the county council to close "
    "the library for the week.\n\n"
    "The library has kept its book budget."
)


def test_a_participle_whose_effect_is_the_asked_act_gives_its_reason(tmp_path: Path) -> None:
    """The twin: ", prompting the council to close the library" gives the flood as the reason for the
    asked act, which stands after the participle."""
    page = {"title": "Elmford library shut by flood"}
    _answered_with(tmp_path, page, FLOOD, "Why did the council close the library?", "Floodwater reached")


COLUMN = (
    "Every winter, the county tells us the roads are gritted and the plans are ready.\n\n"
    "Then the hill road ices over.\n\n"
    "The highways board shares the blame. It sold two of its four gritting lorries in March to balance "
    "its books.\n\n"
    "Drivers on the hill deserve a board that plans ahead.\n\n"
    "Mara Lind is a columnist for the Elmford Echo."
)


def test_the_asked_word_of_blame_is_no_reason_and_the_claim_is_argued_after_it(tmp_path: Path) -> None:
    """ "shares the blame" writes the question's own act: the sentence after it in its paragraph argues it."""
    page = {**COLUMN_PAGE, "title": "Opinion: The hill road was left to freeze"}
    question = "Why does the columnist blame the highways board?"
    _answered_with(tmp_path, page, COLUMN, question, "sold two of its four gritting lorries")


def _claim_column(claim: str, middle: str) -> str:
    return (
        "Nobody should be surprised that the Elmford pool flooded again. " + claim + "\n\n" + middle + "\n\n"
        "The council should repair the pool roof at once.\n\n"
        "Mara Lind is a columnist for the Elmford Echo."
    )


ARGUED = (
    "When the leisure committee cut the pool's repair budget by a third, engineers warned, in writing, "
    "that the roof would fail."
)


def test_a_claim_closing_its_paragraph_is_argued_by_the_next_paragraph(tmp_path: Path) -> None:
    text = _claim_column("The council let the water in.", ARGUED)
    _answered_with(
        tmp_path, COLUMN_PAGE, text, "Why does the columnist blame the council?", "engineers warned"
    )


SUMMED = (
    "The committee cut the pool's repair budget by a third. It ignored three written warnings about the "
    "roof. Those were choices made in the council chamber, not bad luck."
)


def test_a_claim_opening_on_a_pronoun_sums_up_what_is_before_it(tmp_path: Path) -> None:
    """The twin: "Those were choices ..." concludes its paragraph's argument; the next paragraph is
    another point, no reason for it."""
    text = _claim_column("", SUMMED + "\n\nSwimmers have lost a summer of lessons.")
    _, a = _asked(tmp_path, COLUMN_PAGE, text, "Why does the columnist say the flood was not bad luck?")
    assert "Swimmers have lost" not in a.answer, a.answer
    assert "ignored three written warnings" in first_statement(a), a.answer


def test_the_view_a_column_answers_is_no_argument_for_its_claim(tmp_path: Path) -> None:
    """The twin: a next paragraph opening on critics' view is what the writer answers, not her reason."""
    text = _claim_column("The council let the water in.", "Critics say the roof was simply old.")
    _, a = _asked(tmp_path, COLUMN_PAGE, text, "Why does the columnist blame the council?")
    assert "Critics say" not in a.answer, a.answer


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # a "following" after a form of "be" or a determiner is the verb or an adjective, no cause
        ("We are following events at the town hall all day.", False),
        ("The council closed the pool the following week.", False),
        # the preposition gives one
        ("The council closed the pool following a fire in its boiler room.", True),
    ],
)
def test_a_following_that_is_a_verb_or_an_adjective_gives_no_reason(text: str, reason: bool) -> None:
    tok = Tokenizer()
    q = analyze("Why did the council close the pool?", tok)
    assert (type_score("reason", text, q, tok) >= 1.0) is reason


RESIGNED = (
    "Two members of the Elmford school board, Ada Penn and Rory Vale, resigned on Monday, a day after the "
    "board voted to close the Hill Street school.\n\n"
    "Penn and Vale cast the two votes against the closure, according to two people at the meeting. In a "
    "joint letter, they said the board had ignored a petition signed by 900 parents.\n\n"
    "The board now has five members."
)
BOARD_PAGE = {"title": "Two Elmford board members quit"}


def test_their_account_by_a_pronoun_right_after_a_sentence_opening_on_them_tells_why(tmp_path: Path) -> None:
    """ "they said" right after a sentence whose subject is the two asked about is their account."""
    _answered_with(tmp_path, BOARD_PAGE, RESIGNED, "Why did Penn and Vale resign?", "ignored a petition")


def test_a_pronoun_after_a_sentence_opening_on_another_is_not_their_account(tmp_path: Path) -> None:
    """The twin: "she said" after a sentence on the board's chair is her reason for another act."""
    text = RESIGNED.replace(
        "Penn and Vale cast the two votes against the closure, according to two people at the meeting. In a "
        "joint letter, they said the board had ignored a petition signed by 900 parents.",
        "The board chair, Lena Frost, cast the deciding vote for the closure. In a statement, she said the "
        "board had no money to repair the building.",
    )
    _, a = _asked(tmp_path, BOARD_PAGE, text, "Why did Penn and Vale resign?")
    assert "no money to repair" not in a.answer, a.answer


RECOVERED = (
    "Police have recovered a violin stolen from the Elmford Music Museum, the force said on Tuesday.\n\n"
    "The 300-year-old Elmford Strad was found inside a locked garage in Dunmore after a tip-off from a "
    "neighbour.\n\n"
    "The museum will reopen next month."
)
VIOLIN_PAGE = {"title": "Stolen violin recovered"}


def test_how_it_was_done_is_told_by_the_sentence_going_on_with_the_act(tmp_path: Path) -> None:
    """ "How did police find the violin": the sentence telling it was recovered, with the next one telling
    the find again, in detail ("was found ... after a tip-off")."""
    _answered_with(tmp_path, VIOLIN_PAGE, RECOVERED, "How did police find the violin?", "after a tip-off")


def test_a_sentence_on_another_act_is_no_means_of_the_asked_one(tmp_path: Path) -> None:
    """The twin: the next sentence tells of another loss, neither the find nor a means."""
    text = RECOVERED.replace(
        "The 300-year-old Elmford Strad was found inside a locked garage in Dunmore after a tip-off from a "
        "neighbour.",
        "The Elmford museum has also lost a cello, which is still missing.",
    )
    _, a = _asked(tmp_path, VIOLIN_PAGE, text, "How did police find the violin?")
    assert "cello" not in a.answer, a.answer


FOUND_IN_UNIT = (
    "Police found the stolen Vardo clock inside a rented storage unit in Brill on Tuesday, a week after the "
    "theft from the Brill museum.\n\n"
    '"Officers were there within the hour," Inspector Ned Fane said.\n\n'
    "The unit had been rented under a false name a month before the theft, police said.\n\n"
    "The clock will go back on display in May."
)
CLOCK_PAGE = {"title": "Stolen Vardo clock found in Brill"}


def test_how_a_thing_was_done_is_told_where_its_article_comes_back_to_it_as_subject(tmp_path: Path) -> None:
    """ "How was the Brill storage unit rented": the sentence telling the find has the unit only in a place
    ("inside a rented storage unit in Brill"); a few sentences on, the article opens a sentence on it ("The
    unit ...") to tell how, which leads."""
    _answered_with(
        tmp_path, CLOCK_PAGE, FOUND_IN_UNIT, "How was the Brill storage unit rented?", "under a false name"
    )


def test_a_later_sentence_opening_on_someone_else_does_not_lead(tmp_path: Path) -> None:
    """The twin: the later sentence opens on a neighbour; the find's sentence answers (as by design)."""
    text = FOUND_IN_UNIT.replace(
        "The unit had been rented under a false name", "A neighbour had seen a white van outside it"
    )
    _, a = _asked(tmp_path, CLOCK_PAGE, text, "How was the Brill storage unit rented?")
    assert not a.abstained, a.answer
    assert "inside a rented storage unit" in first_statement(a), a.answer
