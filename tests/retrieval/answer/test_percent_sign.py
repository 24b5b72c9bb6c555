""" "what %" asks for a share as "what percentage" does: a figure answers, and a
sentence on the topic without one ("Dock workers have voted for strike action") gives way to the one
beside it holding the share."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.question import analyze
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

BALLOT = (
    "Dock workers at Harlow Freight have voted for a walkout, the Port Workers' Union said on Monday.\n\n"
    "Of the members who took part, 74 percent backed a walkout, on a turnout of 58 percent."
)


@pytest.mark.parametrize("asking", ["what %", "what percentage"])
def test_a_percent_sign_asks_a_number(asking: str) -> None:
    assert analyze(f"{asking} voted for the walkout", Tokenizer()).kind == "number"


def test_the_share_beside_the_vote_answers(tmp_path: Path) -> None:
    news = engine_of(tmp_path, [{"id": "ballot", "title": "Dock strike vote", "text": BALLOT}, *filler(12)])
    a = news.ask("what % voted for the harlow freight walkout")
    assert not a.abstained, a.answer
    assert "74 percent" in a.statements[0].text, a.answer
    assert_verbatim(news, a)
