"""A count asked with one verb is answered by the count told with the verb its act brings about or a
narrower one ("how many passengers were killed": "Eleven passengers died in the crash", "drowned"): a figure
with another verb right after it is as often the asked act in other words as another act, so it is not
declined for that. Pinned on a made-up corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.retrieval.answer.corpora import engine_of, filler, first_statement

_CRASH = (
    "A coach carrying 40 passengers left the mountain road near Valdor on Sunday night. "
    "Eleven passengers died in the crash, police said. "
    "The driver was taken to hospital."
)
_SQUARE = (
    "Riot police cleared the square in Dunmere on Saturday night. "
    "Fourteen protesters detained at the scene were released without charge on Sunday."
)


@pytest.mark.parametrize(
    ("text", "question", "figure"),
    [
        (_CRASH, "How many passengers were killed?", "Eleven"),
        (_SQUARE, "How many protesters were arrested in Dunmere?", "Fourteen"),
    ],
)
def test_a_count_told_with_the_acts_own_result_answers(
    tmp_path: Path, text: str, question: str, figure: str
) -> None:
    docs = [{"id": "story", "title": "Valdor and Dunmere", "published": "2026-05-04", "text": text}]
    docs += [{**d, "published": f"2026-04-{i + 1:02d}"} for i, d in enumerate(filler(12))]
    a = engine_of(tmp_path, docs).ask(question)
    assert not a.abstained, a.answer
    assert figure in first_statement(a), a.answer
