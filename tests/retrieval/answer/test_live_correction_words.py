"""A live page corrects its own earlier entry in words, not figures ("Correction: An earlier update said
Dr Quill had been dismissed. She resigned."): an answer whose best sentence is the entry it takes back is
led by the notice with what is right, never the entry alone; a notice withdrawing another act of the
same person leaves the answer alone. Small made-up blogs, dated and undated."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.ingest.notices import retracts
from retrieval.timeline.page import withdrawn_claim
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

ENTRIES = (
    "9:05 a.m. The board of Tarnwell Water met in emergency session at its Kendal offices.",
    "10:20 a.m. Dr Mara Quill has been dismissed as chief executive, the board confirmed.",
    "10:35 a.m. Shares in Tarnwell Water fell 8 percent in early trading.",
)
LATER = "11:10 a.m. The board named Tom Harle as interim chief executive."


def _engine(tmp_path: Path, notice: str, published: str) -> Engine:
    text = "\n\n".join([*ENTRIES, notice, LATER])
    blog = {"id": "blog", "title": "LIVE: Tarnwell Water board", "source": "Fell Courier", "text": text}
    if published:
        blog["published"] = published
    return engine_of(tmp_path, [blog, *filler(12)])


@pytest.mark.parametrize("published", ["2026-02-10", ""])
@pytest.mark.parametrize(
    "notice",
    [
        "10:48 a.m. Correction: An earlier update said Dr Quill had been dismissed. She resigned.",
        "10:48 a.m. We earlier reported that Dr Quill had been dismissed. She resigned.",
    ],
)
def test_the_entry_a_notice_takes_back_is_led_by_it(tmp_path: Path, notice: str, published: str) -> None:
    engine = _engine(tmp_path, notice, published)
    for question in ("what happened to Mara Quill", "was Mara Quill dismissed"):
        a = engine.ask(question)
        assert not a.abstained, a.answer
        assert_verbatim(engine, a)
        texts = [st.text for st in a.statements]
        assert "She resigned" in texts[0], a.answer
        assert not texts[0].startswith("10:20"), a.answer


def test_a_notice_about_another_act_does_not_lead(tmp_path: Path) -> None:
    """ "An earlier update said Dr Quill had been appointed to the board": that act is not the
    dismissal the answer tells."""
    notice = "10:48 a.m. Correction: An earlier update said Dr Quill had been appointed to the board."
    a = _engine(tmp_path, notice, "2026-02-10").ask("what happened to Mara Quill")
    assert a.statements and a.statements[0].text.startswith("10:20"), a.answer


def test_a_page_repeating_its_earlier_entry_is_no_notice() -> None:
    """ "As we earlier reported, ..." repeats an entry, and takes nothing back."""
    repeat = "10:48 a.m. As we earlier reported, Dr Quill had been dismissed by the board."
    assert not retracts(repeat) and withdrawn_claim(repeat) == ""
    assert retracts("10:48 a.m. We earlier reported that Dr Quill had been dismissed by the board.")
