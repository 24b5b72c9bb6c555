"""A verb the question writes with a particle that WordNet knows together as a verb of its own ("chip
in", "give up") is bridged by that verb's words ("contribute", "quit"), which neither word says alone,
where the coverage writes them beside the question's other words."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

POOL = {
    "id": "pool",
    "title": "Lido pool to reopen in spring",
    "text": "The Varnby lido will reopen in April after a two-year refit, the parks board said.\n\n"
    "A local swimming club raised 80,000 euros from its members.\n\n"
    "Under the new plan the county council will contribute 1.2 million euros toward the lido's filters.\n\n"
    "The board expects about 900 swimmers on a summer day.",
}
ROOF = {
    "id": "roof",
    "title": "Lido roof bill",
    "text": "The county council spent 300,000 euros on the Varnby lido's roof in 2019, its budget office "
    "said on Monday.\n\nThe roof had leaked for a decade.",
}


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("pool"), [POOL, ROOF, *filler(12)])


def test_a_phrasal_verb_is_bridged_by_its_own_synonyms(pool: Engine) -> None:
    a = pool.ask("how much is the county council chipping in for the lido")
    assert not a.abstained, a.answer
    assert a.answer.split("[1]")[0].count("euros") == 1  # one statement, the contribution
    assert "1.2 million euros" in a.answer.split("[1]")[0]
    assert_verbatim(pool, a)
