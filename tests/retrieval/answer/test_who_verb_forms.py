""" "Who leads X" is answered by a sentence holding the verb in another of its forms ("a syndicate led by
Nia Probert": "led" is the past of "lead", which the index keeps as another term), over one naming
someone titled as a doer of a synonym of the verb ("Vineyard manager Carys Lloyd will take charge")."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

SALE = (
    "Farmer Owen Tate has sold the Ridgeway vineyard to Hollin Wine Group, a syndicate led by Cardiff "
    "banker Nia Probert. "
    "The price was not disclosed. "
    "Tate said he would stay on as an adviser for a year."
)
HARVEST = (
    "The syndicate has hired a new team to run the Ridgeway estate. "
    "Vineyard manager Carys Lloyd will take charge as caretaker for the first harvest."
)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    docs = [
        {"id": "sale", "title": "Ridgeway vineyard sold", "text": SALE},
        {"id": "harvest", "title": "New winemaker for Ridgeway", "text": HARVEST},
        *filler(12),
    ]
    return engine_of(tmp_path, docs)


def test_who_leads_is_answered_by_led_by(engine: Engine) -> None:
    a = engine.ask("who leads the syndicate")
    assert not a.abstained
    assert "Nia Probert" in first_statement(a)
    assert_verbatim(engine, a)
