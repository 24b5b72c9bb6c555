""" "Which outlets covered X" lists the outlets with an article ABOUT X (X's words in its headline or
lede, or in several of its sentences), not one whose article names X once in passing (small made-up
corpora)."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.bridge import wordnet
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


def test_an_outlet_telling_it_by_a_compound_of_its_word_covered_it(tmp_path: Path) -> None:
    """A "takeover bid" is a takeover's act (WordNet's compound, filed as an act as "takeover" is): the
    outlet whose headline reports the bid covered the takeover, though it never writes the word."""
    if wordnet() is None:
        pytest.skip("WordNet is not installed")
    docs = [
        {
            "id": "agreed",
            "source": "Kestle Courier",
            "title": "Orvell Mills agrees to Dansk takeover",
            "text": "Orvell Mills agreed on Friday to a takeover by Dansk Foods worth $2 billion. "
            "The takeover needs approval from regulators.",
        },
        {
            "id": "launch",
            "source": "Fenwick Wire",
            "title": "Dansk Foods launches hostile bid for Orvell Mills",
            "text": "Dansk Foods on Monday made an unsolicited offer to buy Orvell Mills for $31 a share. "
            "Orvell said its board would study the offer.",
        },
        {
            "id": "bakery",
            "source": "Kestle Weekly",
            "title": "Bakery reopens on the high street",
            "text": "The old Kestle bakery reopened on Saturday after a fire. "
            "Its owner said bread prices would stay the same. "
            "She joked that the shop was safe from any takeover. "
            "Queues stretched down the street.",
        },
        *filler(12),
    ]
    a = engine_of(tmp_path, docs).ask("which outlets covered the takeover")
    assert not a.abstained
    assert "Kestle Courier" in a.answer and "Fenwick Wire" in a.answer
    assert "Kestle Weekly" not in a.answer
