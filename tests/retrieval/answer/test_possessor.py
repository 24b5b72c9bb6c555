"""A "who" is not answered by a name written as whose the person is ("Councillor Moira Fenn's closest
ally criticised ..."): the one asked about is the ally, whom that sentence does not name."""

from __future__ import annotations

from pathlib import Path

from retrieval.answer.question import analyze
from retrieval.answer.types import type_score
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler


def test_a_name_owning_a_person_noun_is_not_the_person_asked_for() -> None:
    tok = Tokenizer()
    q = analyze("who criticised the harbour budget", tok)
    ally = "Councillor Moira Fenn's closest ally criticised the harbour budget."
    assert type_score("person", ally, q, tok) == 0
    # her speech is hers: she is the one it tells of
    speech = "Councillor Moira Fenn's speech criticised the harbour budget."
    assert type_score("person", speech, q, tok) == 1


def test_the_sentence_naming_the_person_answers_over_one_describing_them(tmp_path: Path) -> None:
    docs = [
        {
            "id": "ally",
            "title": "Harbour budget row deepens",
            "text": "Councillor Moira Fenn's closest ally criticised the Ardmore harbour budget on Monday. "
            "The council will vote on the plan next month.",
        },
        {
            "id": "lant",
            "title": "Fishing fleet ignored, says deputy",
            "text": "Deputy mayor Ivo Lant criticised the Ardmore harbour budget, saying it ignored boats. "
            "Fishermen have protested outside the town hall twice this year.",
        },
        *filler(12),
    ]
    news = engine_of(tmp_path, docs)
    a = news.ask("who criticised the Ardmore harbour budget")
    assert not a.abstained, a.answer
    assert a.citations[0].doc_id == "lant", a.answer
    assert_verbatim(news, a)
