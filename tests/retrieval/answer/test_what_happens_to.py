"""A question "what happens to X" (and "what will happen to X") asks what the coverage says of X, as "what
happened to X" does: a short digest of the statements about X, not a decline for want of the word
"happen", which no report writes."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_DOCS = [
    {"id": "library", "title": "Council votes to merge Oakhurst libraries", "source": "Oakhurst Post",
     "published": "2025-06-10",
     "text": "Oakhurst council voted on Monday to merge the town's two libraries into one building.\n\n"
             "The Elm Street branch will close in September and its books will move to the Civic Hall.\n\n"
             "Head librarian Priya Nandi will retire when the branches merge, the council said."},
    # the coverage writes "happen" elsewhere, so the word is searched for, and no report of the branch has it
    {"id": "buses", "title": "Bus riders fear cuts", "source": "Oakhurst Post", "published": "2025-06-11",
     "text": "Riders asked what would happen to the late-night bus timetable after the budget vote."},
]  # fmt: skip


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("library"), [*_DOCS, *filler(8)])


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what happens to the elm street branch", "will close in September"),
        ("what will happen to priya nandi", "will retire"),
    ],
)
def test_what_happens_to_x_tells_what_the_coverage_says_of_x(
    library: Engine, question: str, expected: str
) -> None:
    a = library.ask(question)
    assert not a.abstained, a.answer
    assert_verbatim(library, a)
    assert expected in a.answer
