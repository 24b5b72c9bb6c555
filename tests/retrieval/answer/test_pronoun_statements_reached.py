""" "What did X say": X's quotation attributed to "she" in another sentence than the one naming X holds
none of the question's words, so search never proposes it; the articles naming X are read for X's
statements (``select._with_statements``), and another person's quotation is not taken for X's."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import answer_from, first_statement

_DOC = {
    "id": "harbour-master",
    "title": "Harbour board names new master",
    "text": "Anna Pell was confirmed on Wednesday as harbour master of Port Wessing.\n\n"
    "Pell is expected to start work next week.\n\n"
    '"I know many people wanted someone else. I will earn their trust," she said.\n\n'
    "Board chairman Tom Gale said the appointment followed a long search. "
    '"We argued for weeks," he said.',
}


def test_a_pronoun_attributed_quotation_is_reached(tmp_path: Path) -> None:
    a = answer_from(tmp_path, _DOC, "What did Anna Pell say?")
    assert not a.abstained
    assert "I will earn their trust" in first_statement(a)


def test_another_persons_quotation_is_not_taken(tmp_path: Path) -> None:
    a = answer_from(tmp_path, _DOC, "What did Anna Pell say?")
    assert "We argued for weeks" not in a.answer
    b = answer_from(tmp_path / "gale", _DOC, "What did Tom Gale say?")
    assert "earn their trust" not in first_statement(b)


def test_an_article_never_writing_the_topic_gives_no_statement_on_it(tmp_path: Path) -> None:
    # ("what did Pell say about the ferry": her words in an article that never mentions a ferry)
    a = answer_from(tmp_path, _DOC, "What did Anna Pell say about the ferry?")
    assert "earn their trust" not in a.answer


_HEARING = {
    "id": "bank-hearing",
    "title": "Central bank chief questioned over leak",
    "text": "Governor Ada Okwu appeared before the Finance Committee on Tuesday.\n\n"
    '"We acted within our mandate and we will publish every document," she said.\n\n'
    "The committee will report in March.",
}


def test_words_to_an_addressee_in_the_next_sentence_are_reached(tmp_path: Path) -> None:
    # ("what did X tell the committee": the sentence before names the committee, hers the words)
    a = answer_from(tmp_path, _HEARING, "What did Ada Okwu tell the Finance Committee?")
    assert not a.abstained
    assert "We acted within our mandate" in first_statement(a)
