""" "Which outlets covered X" lists the outlets with an article ABOUT X (X's words in its headline or
lede, or in several of its sentences), not one whose article names X once in passing (small made-up
corpora)."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import engine_of, filler

DOCS = [
    {
        "id": "chime-ballot",
        "source": "Dunmore Chronicle",
        "title": "Dunmore board backs ferry levy in narrow ballot",
        "text": "The Dunmore harbour board approved a ferry levy on Thursday by a ballot of 5 to 4. "
        "Opponents said the levy would hurt island traders.",
    },
    {
        "id": "kite-live",
        "source": "Radio Dunmore",
        "title": "Live: harbour board meets on ferry levy",
        "text": "The board chamber is full ahead of the ballot. "
        "The ballot is expected after nine. "
        "Island traders have asked the board to delay the ballot.",
    },
    {
        "id": "gull-festival",
        "source": "Island Weekly",
        "title": "Lantern festival returns to the quay",
        "text": "The lantern festival returns to Dunmore quay this weekend with forty stalls. "
        "Organisers expect eight thousand visitors. "
        "Stallholders said they would close early on the night of the ballot. "
        "The parade starts at seven.",
    },
    *filler(12),
]


def test_an_outlet_naming_it_once_in_passing_did_not_cover_it(tmp_path: Path) -> None:
    a = engine_of(tmp_path, DOCS).ask("which outlets covered the ballot")
    assert not a.abstained
    assert "Dunmore Chronicle" in a.answer and "Radio Dunmore" in a.answer
    assert "Island Weekly" not in a.answer


def test_an_outlet_telling_it_in_several_sentences_covered_it(tmp_path: Path) -> None:
    """Radio Dunmore's headline does not name the ballot: its sentences do, more than once."""
    a = engine_of(tmp_path, DOCS).ask("which outlets reported the ballot")
    assert "Radio Dunmore" in a.answer
