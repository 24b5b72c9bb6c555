"""A count asked for in other words than "how many" ("what was the number of X", "which outlets reported
the number of X") is asked as "how many X": the word "number" is no topic, and the answer gives a count of
X (small made-up corpora)."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.amounts import count_wording
from tests.retrieval.answer.corpora import engine_of, filler


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("what was the number of riders on the ferry", "how many riders on the ferry"),
        ("whats the total number of stalls?", "how many stalls?"),
        ("what is the count of injured crew", "how many injured crew"),
        ("which outlets reported the number of stalls", "which outlets reported how many stalls"),
        ("what is the number", "what is the number"),  # of nothing named
        ("what number did the winner wear", "what number did the winner wear"),
        # the tally of one thing ("the vote") is no count of things
        ("what was the final tally of the vote", "what was the final tally of the vote"),
        ("who gave the final tally of the vote", "who gave the final tally of the vote"),
    ],
)
def test_count_wording(asked: str, read: str) -> None:
    assert count_wording(asked) == read


DOCS = [
    {
        "id": "quay-count",
        "source": "Dunmore Chronicle",
        "title": "Ferry runs aground off Dunmore quay",
        "text": "The Dunmore ferry ran aground on a sandbank on Friday evening. "
        "Some 214 riders were on board when the hull struck, the harbour office said. "
        "All were taken off by lifeboat within two hours.",
    },
    {
        "id": "quay-inquiry",
        "source": "Radio Dunmore",
        "title": "Inquiry opens into Dunmore grounding",
        "text": "The inquiry will examine the number of riders the ferry was licensed to carry. "
        "Investigators from Phase 2 of the review will visit the island in May. "
        "The harbour office said it would publish the findings.",
    },
    {
        "id": "quay-later",
        "source": "Island Weekly",
        "title": "Islanders recall night on the sandbank",
        "text": "About 210 riders spent the night in the village hall after the grounding. "
        "Volunteers served soup until dawn.",
    },
    *filler(12),
]


def test_the_number_of_x_is_answered_with_a_count_of_x(tmp_path: Path) -> None:
    """The inquiry's sentence echoes "the number of riders" and gives none; the count is elsewhere."""
    a = engine_of(tmp_path, DOCS).ask("what was the number of riders on the ferry")
    assert not a.abstained, a.answer
    assert "214" in a.statements[0].text or "210" in a.statements[0].text, a.answer


def test_which_outlets_reported_the_number_lists_those_giving_a_count(tmp_path: Path) -> None:
    """Radio Dunmore names the riders beside another figure ("Phase 2"): it reported no count of them."""
    a = engine_of(tmp_path, DOCS).ask("which outlets reported the number of riders")
    assert not a.abstained, a.answer
    assert "Dunmore Chronicle" in a.answer and "Island Weekly" in a.answer
    assert "Radio Dunmore" not in a.answer


def test_which_outlets_said_a_figure_lists_those_stating_it(tmp_path: Path) -> None:
    """ "which outlets said the fine was 85k": the Chronicle's "$85,000", not the Echo's "$90,000"."""
    docs = [
        {
            "id": "fine-1",
            "source": "Dunmore Chronicle",
            "title": "Ferry firm fined over grounding",
            "text": "The ferry firm was fined $85,000 on Monday over the grounding off Dunmore quay.",
        },
        {
            "id": "fine-2",
            "source": "Radio Dunmore",
            "title": "Ferry firm penalised",
            "text": "Regulators fined the ferry firm $90,000 on Monday over the grounding off Dunmore quay.",
        },
        *filler(12),
    ]
    a = engine_of(tmp_path, docs).ask("which outlets said the fine was 85k")
    assert not a.abstained, a.answer
    assert "Dunmore Chronicle" in a.answer and "Radio Dunmore" not in a.answer, a.answer


def test_an_outlets_number_is_no_figure_the_question_states(tmp_path: Path) -> None:
    """ "KRDL News 4" names an outlet: its 4 is no figure an outlet's sentence must state; "85k" is."""
    from retrieval.answer.about import _asked_figures
    from retrieval.answer.question import analyze

    docs = [
        {"id": "k", "source": "KRDL News 4", "title": "Fined", "text": "The ferry firm was fined $85,000."},
        {"id": "c", "source": "Dunmore Chronicle", "title": "Fine", "text": "The ferry firm paid a fine."},
        *filler(12),
    ]
    engine = engine_of(tmp_path, docs)
    ctx = engine._ctx
    q = analyze("which outlets said, as KRDL News 4 did, that the fine was 85k", ctx.tokenizer)
    assert _asked_figures(q, ctx) == {"85"}
