"""A month named without a year in "what did X say in <month>" (made-up corpus about a town's pool): it
is the month of the one year whose articles the coverage has of it, and X's statements are those of
the articles published then, not a sentence naming a date in that month."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_DOCS = [
    {"id": "pool-feb", "title": "Dunmere pool to close for repairs", "source": "Dunmere Post",
     "published": "2025-02-10",
     "text": "Mayor Oksana Pell said the Dunmere pool would close for repairs to its roof. The new boilers "
             "will be delivered on March 14, the mayor's office said, and Pell said the work would cost "
             "about 90,000 pounds."},
    {"id": "pool-mar", "title": "Dunmere pool repairs running late", "source": "Dunmere Post",
     "published": "2025-03-20",
     "text": "Repairs to the Dunmere pool are running three weeks late. \"We will reopen the pool before the "
             "summer holidays, whatever it takes,\" Pell said."},
]  # fmt: skip


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("pool"), [*_DOCS, *filler(6)])


def test_what_someone_said_in_a_month_is_from_that_months_articles(pool: Engine) -> None:
    a = pool.ask("what did pell say in march")
    assert not a.abstained, a.answer
    assert_verbatim(pool, a)
    assert [c.doc_id for c in a.citations] == ["pool-mar"], a.answer
    assert "reopen the pool" in a.answer


def test_a_month_of_no_article_places_nothing(pool: Engine) -> None:
    # no article is from June: the month is searched as before, and nothing of June is made up
    a = pool.ask("what did pell say in june")
    assert all(c.doc_id.startswith("pool") for c in a.citations), a.answer
