"""A misspelling whose index stem is another word's ("staf" of "staffing", "survivers" of "surviv") is
read as the English word one edit away that the coverage writes (``spellings.respelt``): the stem alone
matched the other word's sentences, and the misspelling, no word to the dictionary, was taken for a
name. A four-letter word is read only as a double whose letter was dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.spellings import respelt
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

QUAY = {
    "id": "quay",
    "title": "Harbour trust under pressure after quay collapse",
    "text": "The Pellow Harbour Trust, which runs the port, has about 900 staff. "
    "A former harbour worker said she had raised concerns about staffing at the trust in 2021. "
    "Survivors of the quay collapse will receive 2,000 pounds each, the trust said. "
    "The trust said two of the survivors were still in hospital.",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("quay"), [QUAY, *filler(12)])


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("how many staf does the trust have", "The Pellow Harbour Trust, which runs the port, has about 900"),
        ("how much do survivers get", "Survivors of the quay collapse will receive 2,000 pounds"),
    ],
)
def test_a_misspelling_sharing_a_stem_is_read_as_the_word(
    engine: Engine, question: str, opening: str
) -> None:
    a = engine.ask(question)
    assert not a.abstained
    assert first_statement(a).startswith(opening)
    assert_verbatim(engine, a)


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("how many staf work there", "how many staff work there"),
        # ("stuff": no word the coverage writes; "harbuor": any edit of a longer word)
        ("how many stuf at the harbuor", "how many stuf at the harbour"),
        ("how many stff at the trust", "how many stff at the trust"),
        ("what did the trust say", "what did the trust say"),
    ],
)
def test_short_words_only_regain_a_double(engine: Engine, asked: str, read: str) -> None:
    assert respelt(asked, engine._ctx) == read


def test_of_the_words_one_edit_away_the_one_written_with_the_question_s_others_is_read(
    tmp_path: Path,
) -> None:
    """ "lifed" is one edit from "lived" and "lifted": the more frequent, "lived", was read, and the
    evacuation answered by when residents who lived nearby were told to leave; the coverage writes
    "lifted" with the evacuation."""
    text = (
        "Residents who lived near the Harlow depot were told to leave on Monday morning. "
        "The evacuation order was lifted at 6 p.m. on Tuesday, the county said. "
        "Families who lived closest to the depot said they lived in fear of another fire. "
        "Most of them had lived on the estate for decades."
    )
    news = engine_of(tmp_path, [{"id": "depot", "title": "Depot fire", "text": text}, *filler(12)])
    a = news.ask("when was the evacuation lifed")
    assert not a.abstained, a.answer
    assert first_statement(a).startswith("The evacuation order was lifted"), a.answer
    assert_verbatim(news, a)
