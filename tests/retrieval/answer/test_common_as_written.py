"""A word a question that writes case (it opens with a capital) writes lowercase, and WordNet knows as a
common word, is the common word, though the coverage writes it only inside a name (an outlet's, "Ferry
Operator Weekly"): "How much money has the operator offered the families?" asks what the ferry's operator
offered, which "Bluewake Lines has offered 25,000 pounds ..." says, where reading "operator" as a name
that article must hold declined it. A chat question writing a name lowercase is still read by the
coverage's case, and a noun for a person the coverage writes as a title ("District Judge") stays one.
Made-up corpus about a ferry operator's compensation."""

from __future__ import annotations

import pytest

from retrieval import Engine
from retrieval.answer.bridge import wordnet
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_DOCS = [
    {"id": "payments", "title": "Bluewake Lines sets out compensation", "source": "Shire Post",
     "text": "Bluewake Lines has offered 25,000 pounds in compensation to the family of each person killed "
             "in the sinking of its Tarn Star ferry, the company said on Thursday. Lawyers for the families "
             "called the offer too low."},
    {"id": "records", "title": "Ferry passed its last check", "source": "Ferry Operator Weekly",
     "text": "Inspection records obtained by Ferry Operator Weekly show the Tarn Star passed its last check "
             "in March. An engineer told Ferry Operator Weekly that the engine had been replaced in 2021."},
]  # fmt: skip


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    if wordnet() is None:
        pytest.skip("WordNet is not installed")
    return engine_of(tmp_path_factory.mktemp("common_as_written"), [*_DOCS, *filler(8)])


def test_a_lowercase_common_word_in_a_cased_question_is_no_name(news: Engine) -> None:
    a = news.ask("How much money has the operator offered the families?")
    assert not a.abstained and [c.doc_id for c in a.citations][:1] == ["payments"], a.answer
    assert "25,000 pounds" in a.answer.split("[1]")[0]
    assert_verbatim(news, a)


def test_the_outlets_name_is_still_read_as_written(news: Engine) -> None:
    a = news.ask("What did Ferry Operator Weekly report about the engine?")
    assert not a.abstained and "replaced in 2021" in a.answer, a.answer
