"""A number of a kind of what a "how many" counts counts it: a closed compound whose head is the counted
word ("300 millworkers" for "how many workers"), and a word whose usual sense is a kind of it one class
down in WordNet ("240 employees" for workers). An outlet's few articles are searched for the question
words' variants too ("will lay off" for "laid off"), so its figure in other words is found. Made-up
corpus about a food plant."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_DOCS = [
    {"id": "tribune", "title": "Corlan Foods to cut jobs at Ridgeview plant", "source": "Ridgeview Tribune",
     "published": "2026-05-04",
     "text": "Corlan Foods said on Monday that it will lay off 240 employees at its Ridgeview plant. "
             "The company blamed falling orders for frozen pies. Staff who are let go will be paid "
             "until the end of June."},
    {"id": "wire", "title": "Corlan plant cuts draw union anger", "source": "Valley Wire",
     "published": "2026-05-05",
     "text": "The bakers' union said the Corlan Foods plan was a betrayal. Union leaders met Corlan "
             "managers on Tuesday. Laid-off workers will get help finding new jobs, the company said."},
    {"id": "mill", "title": "Fenwick mill walkout enters second day", "source": "Valley Wire",
     "published": "2026-05-06",
     "text": "About 300 millworkers walked out at the Fenwick paper mill on Monday over a pay freeze. "
             "The mill's owner said talks would resume on Thursday."},
]  # fmt: skip


@pytest.fixture(scope="module")
def plant(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("plant"), [*_DOCS, *filler(10)])


def test_a_compound_of_the_counted_word_counts_it(plant: Engine) -> None:
    a = plant.ask("how many workers walked out at the fenwick mill")
    assert not a.abstained and "About 300 millworkers" in a.answer, a.answer
    assert_verbatim(plant, a)


def test_an_outlets_figure_of_a_kind_in_other_words_answers(plant: Engine) -> None:
    a = plant.ask("according to the ridgeview tribune how many workers get laid off")
    assert not a.abstained and "240 employees" in a.answer, a.answer
    assert_verbatim(plant, a)


def test_a_compound_needs_a_noun_before_the_head(tmp_path: Path) -> None:
    """ "300 coworkers": "co" is too short to be the noun saying which workers; the word itself is
    credited as the question's own, not as a compound."""
    from retrieval.answer.question import analyze
    from retrieval.answer.relation import _counts_compound
    from retrieval.search.text import Tokenizer

    q = analyze("how many workers walked out", Tokenizer())
    assert _counts_compound(q, "About 300 dockworkers walked out.")
    assert not _counts_compound(q, "About 300 coworkers walked out.")
    assert not _counts_compound(q, "About 300 workers walked out.")  # (the word itself is credited)
