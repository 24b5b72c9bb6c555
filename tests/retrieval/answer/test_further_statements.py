"""A further statement beside a yes/no answer must answer the same thing: say the question's verb of its
subject ("rents will rise"), not only share its words ("Rents in the north have doubled", "Rents take
half my pay, and I watch prices rise")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

BOARD = (
    "The Carrow housing board said on Tuesday that rents will rise by 5% in July. "
    "The board also approved new flats."
)
OTHER_THING = (
    "Rents in the north of Carrow have doubled in two years. "
    "Tenant groups held a meeting at the town hall on Monday."
)
ANOTHERS_VERB = (
    "Tenant groups held a meeting at the town hall on Monday. "
    '"Rents take half my pay, and I watch prices rise every month," said tenant Ana Pell.'
)


@pytest.mark.parametrize("other", [OTHER_THING, ANOTHERS_VERB])
def test_a_statement_not_saying_it_is_no_answer(tmp_path: Path, other: str) -> None:
    docs = [
        {"id": "board", "title": "Carrow housing budget", "text": BOARD},
        {"id": "tenants", "title": "Carrow rents anger tenants", "text": other},
        *filler(12),
    ]
    news = engine_of(tmp_path, docs)
    a = news.ask("Will rents rise?")
    assert not a.abstained, a.answer
    assert "rents will rise by 5%" in a.answer
    assert len(a.statements) == 1, a.answer
    assert_verbatim(news, a)
