"""What a named person said about something, where the sentence holding their words does not itself
write what is asked: the story its headline and lead tell ("Harriers docked four points" led by "...
have been deducted four points ..." for "what did X say about the points deduction"); a company's
"its" beside the person whose words are asked, who is no "it" ("Its chief executive, Nadia Ferris, said
the company expected its losses ..." for "what did Ferris say about Halcyon's losses"); reported
speech followed by the speaker's own words in the next sentence of its paragraph, which are quoted with
it; and a speaker's words over a sentence telling only that they announced something ("Pryke announced
his resignation"), in the article telling of it; and a columnist asked about a noun ("what did Tallis
say about the lease") is asked something of the column, not for its lead. Made-up corpus about a
football club, an insurer, a council, a water company and a harbour."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

_DOCS = [
    {"id": "points", "title": "Harriers docked four points over unpaid tax", "source": "Fenmouth Sport",
     "published": "2026-04-03",
     "text": "Fenmouth Harriers have been deducted four points by the Northern League for failing to pay "
             "a tax bill on time.\n\n"
             "The penalty leaves the club 19th in the table.\n\n"
             "\"This hurts the fans for the mistakes of the people in the boardroom,\" said Colm Rafferty, "
             "chair of the Harriers Supporters' Club.\n\n"
             "The club said it would appeal."},
    {"id": "insurer", "title": "Storm claims pile up at Fenmouth insurers", "source": "Cover Weekly",
     "published": "2026-04-05",
     "text": "Insurers in Fenmouth have received thousands of claims after last week's storm.\n\n"
             "Halcyon Mutual, the county's largest home insurer, said it had received 3,400 claims. "
             "Its chief executive, Nadia Ferris, said the company expected its losses to be "
             "\"comfortably inside our reinsurance cover.\""},
    {"id": "council", "title": "Fenmouth weighs an audit office", "source": "Fenmouth Post",
     "published": "2026-04-06",
     "text": "Fenmouth council will vote next month on a proposal to create an independent audit office.\n\n"
             "The proposal was drafted by councillor Ines Varga.\n\n"
             "Varga said the storm contracts showed that the council had trusted its suppliers too much. "
             "\"We signed what we were handed and never checked,\" she said. \"That stops now.\""},
    {"id": "resign", "title": "Fenmouth Water chief quits over leaks", "source": "Fenmouth Post",
     "published": "2026-04-08",
     "text": "Owen Pryke announced his resignation as chief executive of Fenmouth Water on Monday, a month "
             "after the company admitted losing a third of its supply to leaks.\n\n"
             "\"I told the board the pipes would hold, and I was wrong. The job now needs someone else,\" "
             "Pryke said in a statement.\n\n"
             "The board thanked him for nine years of service."},
    {"id": "column", "title": "Opinion: Fenmouth gave its harbour away", "source": "Fenmouth Review",
     "author": "Gwen Tallis",
     "text": "There is always a ribbon to cut when a harbour changes hands.\n\n"
             "A 99-year lease for a harbour that has served the town for 300 years is not a partnership; "
             "it is a sale.\n\n"
             "The council should publish every page of the contract.\n\n"
             "Gwen Tallis writes about the coast every Saturday."},
]  # fmt: skip


@pytest.fixture(scope="module")
def fenmouth(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("fenmouth"), [*_DOCS, *filler(10)])


def test_words_in_the_story_headline_and_lead_tell(fenmouth: Engine) -> None:
    a = fenmouth.ask("What did Colm Rafferty say about the points deduction?")
    assert not a.abstained and "This hurts the fans" in first_statement(a), a.answer
    assert_verbatim(fenmouth, a)


def test_a_person_asked_about_is_no_its(fenmouth: Engine) -> None:
    a = fenmouth.ask("What did Nadia Ferris say about Halcyon Mutual's losses?")
    assert not a.abstained and "comfortably inside our reinsurance cover" in first_statement(a), a.answer


def test_reported_speech_quoted_with_the_words_after_it(fenmouth: Engine) -> None:
    a = fenmouth.ask("What did Varga say about the audit office proposal?")
    first = first_statement(a)
    assert (
        not a.abstained and "trusted its suppliers" in first and "We signed what we were handed" in first
    ), a.answer
    assert_verbatim(fenmouth, a)


def test_words_given_over_an_act_announced(fenmouth: Engine) -> None:
    a = fenmouth.ask("What did Pryke say when he resigned?")
    assert not a.abstained and "I told the board the pipes would hold" in first_statement(a), a.answer
    assert_verbatim(fenmouth, a)


def test_a_columnist_asked_about_a_noun_is_asked_something(fenmouth: Engine) -> None:
    # (the column's call answers "what does Gwen Tallis argue", not what she said about the lease)
    a = fenmouth.ask("What did Gwen Tallis say about the lease?")
    assert "ribbon to cut" not in a.answer, a.answer
    assert a.abstained or "99-year lease" in first_statement(a), a.answer
    call = fenmouth.ask("What does Gwen Tallis argue?")
    assert not call.abstained and "should publish every page" in first_statement(call), call.answer
