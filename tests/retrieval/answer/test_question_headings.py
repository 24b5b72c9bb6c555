"""An explainer asks its readers' questions as headings ("Can I still use my pass?") and answers each in
the paragraph under it, without repeating the question's words ("The agency says yes."). That paragraph
answers the question its heading asks: it is read as holding the heading's words, and it is found
through the heading, ahead of a news sentence that only echoes the question's words."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

EXPLAINER = (
    "Tramway shutdown: what riders need to know\n\n"
    "Will my monthly tram pass still work on the replacement buses?\n\n"
    "The operator says yes, for as long as the line is closed. Conductors have been told to accept every "
    "valid card.\n\n"
    "Do I need to book a seat on the replacement buses?\n\n"
    "No. Seats cannot be reserved, and coaches leave every ten minutes from the old tram stops."
)
NEWS = (
    "Riders at Quarry Street said the replacement buses were late on the first morning of the tram "
    "shutdown. Some said the buses still work better than the old trams did. The operator apologised "
    "for the delays."
)


def _news(tmp_path: Path) -> Engine:
    docs = [
        {"id": "explainer", "title": "Tramway shutdown: what riders need to know", "text": EXPLAINER},
        {"id": "riders", "title": "Tram riders face delays on first day of shutdown", "text": NEWS},
        *filler(12),
    ]
    return engine_of(tmp_path, docs)


def test_the_paragraph_under_a_question_heading_answers_it(tmp_path: Path) -> None:
    news = _news(tmp_path)
    a = news.ask("will my tram pass still work on the buses")
    assert not a.abstained and "The operator says yes" in first_statement(a), a.answer
    assert_verbatim(news, a)


def test_an_answer_not_repeating_its_heading_words_is_found(tmp_path: Path) -> None:
    news = _news(tmp_path)
    a = news.ask("do i need to book a seat on the replacement buses")
    assert not a.abstained and "Seats cannot be reserved" in a.answer, a.answer
    assert_verbatim(news, a)


QUIZ = (
    "Five things to know this morning\n\n"
    "The harbour ferry will run an extra evening service from next week, its operator said.\n\n"
    "Quiz time\n\n"
    "Which city opened the longest cable car in the country this year?\n\n"
    "A. Dunmere\n\nB. Castleford\n\nC. Ollerby\n\n"
    "Today's number\n\n"
    "4,000\n\n"
    "That's how many lanterns were floated down the river at the autumn festival on Saturday."
)


def test_a_quiz_question_is_not_answered_by_what_follows_its_options(tmp_path: Path) -> None:
    """The cleaner takes a quiz's options out as furniture: the paragraph left after its question is
    another item, sharing none of its words, and does not answer it."""
    news = engine_of(
        tmp_path, [{"id": "quiz", "title": "Five things to know this morning", "text": QUIZ}, *filler(12)]
    )
    a = news.ask("Which city opened the longest cable car in the country this year?")
    assert "lanterns" not in a.answer, a.answer


GUIDE = (
    "Missing kayaker: the search so far\n\n"
    "Who is leading the search?\n\n"
    "Sergeant Ada Pike, of the county's marine unit.\n\n"
    "How much has the search cost?\n\n"
    "About 48,000 pounds so far, the county estimates."
)
SHORE = (
    "Volunteers joined the search along the Wrenmouth shore on Tuesday, the council said. "
    "The search has been hampered by fog."
)


def test_a_reply_giving_the_kind_of_thing_its_heading_asks_for_answers_it(tmp_path: Path) -> None:
    """ "Who is leading the search?" over a name, "How much has it cost?" over a sum: the reply names
    what is asked and repeats none of the heading's nouns, which a news sentence echoing the question
    does."""
    news = engine_of(
        tmp_path,
        [
            {"id": "guide", "title": "Missing kayaker: the search so far", "text": GUIDE},
            {"id": "shore", "title": "Fog hampers search for kayaker", "text": SHORE},
            *filler(12),
        ],
    )
    a = news.ask("who is leading the search")
    assert not a.abstained and "Ada Pike" in first_statement(a), a.answer
    assert_verbatim(news, a)
    a = news.ask("how much has the search cost")
    assert not a.abstained and "48,000 pounds" in first_statement(a), a.answer
