""" "Which outlets reported the FTC inquiry" lists an outlet whose article holds the acronym or the whole
name it stands for ("Federal Trade Commission"), not one whose article holds one word of that name in
another sense ("early trading"), cited by a sentence that is not about the commission."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of, filler


def test_one_word_of_an_acronyms_name_does_not_hold_the_acronym(tmp_path: Path) -> None:
    docs = [
        {
            "id": "post",
            "source": "Harbor Post",
            "title": "Regulator opens Kelbrook inquiry",
            "text": "The Federal Trade Commission has opened an inquiry into Kelbrook's purchase of Ardley "
            "Mills. "
            "The FTC inquiry could take six months, lawyers said.",
        },
        {
            "id": "times",
            "source": "Orrin Times",
            "title": "Kelbrook shares slip",
            "text": "Kelbrook shares fell 2% in early trading on Monday. "
            "The company said an internal inquiry into a warehouse fire had found no fault.",
        },
        *filler(12),
    ]
    a = engine_of(tmp_path, docs).ask("which outlets reported the ftc inquiry")
    assert not a.abstained
    assert "Harbor Post" in a.answer
    assert "Orrin Times" not in a.answer
