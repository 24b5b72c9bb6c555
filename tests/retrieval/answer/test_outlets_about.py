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


SUIT = [
    {
        "id": "suit-post",
        "source": "Dunmore Post",
        "title": "Quay traders sue harbour board over ferry levy",
        "text": "Correction: An earlier Dunmore Post article gave the levy as 9 percent. It is 6 percent.\n\n"
        "Eleven quay traders filed a claim in the county court on Monday accusing the board of acting "
        "beyond its powers. Their lawyer said the levy had cut trade by a third. "
        "The lawsuit names the board's chair.",
    },
    {
        "id": "suit-radio",
        "source": "Radio Dunmore",
        "title": "Traders take harbour board to court",
        "text": "The traders' lawsuit asks the court to strike down the levy. "
        "The board said it would defend the lawsuit. A hearing is set for March.",
    },
    {
        "id": "suit-weekly",
        "source": "Island Weekly",
        "title": "Lantern festival returns to the quay",
        "text": "The lantern festival returns to the quay this weekend with forty stalls. "
        "Organisers expect eight thousand visitors. "
        "Stallholders said the traders' lawsuit had not put them off. The parade starts at seven.",
    },
    *filler(12),
]


def test_an_article_whose_headline_tells_it_in_another_word_covered_it(tmp_path: Path) -> None:
    """ "Traders sue the board" is the lawsuit's story (WordNet derives "lawsuit" from "sue"), though its
    lede sits below a correction notice and its text never writes "lawsuit"; the festival piece naming
    the lawsuit once did not cover it. Which outlets *reported* a fact keeps every outlet stating it."""
    engine = engine_of(tmp_path, SUIT)
    a = engine.ask("which outlets covered the lawsuit")
    assert not a.abstained
    assert "Radio Dunmore" in a.answer
    assert "Island Weekly" not in a.answer
    if wordnet() is not None:
        assert "Dunmore Post" in a.answer
    b = engine.ask("which outlets reported the lawsuit")
    assert "Island Weekly" in b.answer and "Radio Dunmore" in b.answer
