"""A live page's pointers to its newsroom's other pages ("Our full story on the arrests is on the Channel 9
News website.") and its sign-offs ("We'll bring you more as we get it.") are its word to its readers:
no event on the timeline, no answer to a question, and a question only they hold is declined plainly."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine, build_engine
from retrieval.search.text import greets_readers

_BLOG = """# Harwick arrests: live updates

Channel 9 News live coverage

Published 6 May 2026

**9:05 a.m.** Police arrested three men in Harwick on Tuesday morning after a raid on a Dock Road warehouse.

**10:20 a.m.** A police spokesman said the three men were being held at Harwick police station.

**11:45 a.m.** Our full story on the arrests is on the Channel 9 News website.

**1:10 p.m.** You can read our explainer on the Dock Road warehouse here.

**5:00 p.m.** That's all from us today. We'll be back tomorrow.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("live")
    (root / "live.md").write_text(_BLOG)
    return build_engine(root)


def test_pointers_are_no_events(engine: Engine) -> None:
    texts = [e.text for e in engine.timeline().events]
    assert any("arrested three men" in t for t in texts), texts
    assert not any("full story" in t or "explainer" in t for t in texts), texts


def test_pointers_answer_nothing(engine: Engine) -> None:
    a = engine.ask("What happened to the full story on the arrests?")
    assert "Our full story" not in a.answer, a.answer
    assert engine.ask("When will the coverage be back?").abstained


@pytest.mark.parametrize(
    "line",
    [
        "For more on the trial, see our live page.",
        "We will bring you more as we get it.",
        "Stay with us for the latest.",
        "We are pausing our live coverage now.",
    ],
)
def test_a_word_to_readers(line: str) -> None:
    assert greets_readers(line)


@pytest.mark.parametrize(
    "line",
    [
        "Our story on Monday reported that three men were held.",
        "The full report is on the inspectorate's website.",
    ],
)
def test_news_of_a_report_is_news(line: str) -> None:
    assert not greets_readers(line)
