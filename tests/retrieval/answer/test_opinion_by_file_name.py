"""An opinion piece whose page carries no rubric ("Opinion: ...") is still one when the name its file was
saved under files it under opinion ("04_tolls_oped.txt"), as an address's path does: "the opinion
piece", "the op-ed", "the oped" name it, and what it says of someone is its own sentence, not a news
article's."""

from __future__ import annotations

from pathlib import Path

from retrieval import build_engine

NEWS = """Bridge tolls to double in March

By Orla Penhale
Published 3 February 2026

The Fenwick Bridge toll will double to $6 in March, the transport board said on Monday.

Mayor Idris Calloway said the board had no choice after repair costs rose.

Commuters said the rise would cost them hundreds of dollars a year.
"""

OPED = """The toll rise is a tax on the people who can least afford it

By Wendell Marsh

Nobody doubts that the Fenwick Bridge needs repairs.

Mayor Calloway deserves praise for saying so plainly, but he has picked the wrong way to pay.

The board should ask the state for a repair grant before it doubles anyone's toll.
"""


def _news(root: Path):  # type: ignore[no-untyped-def]
    root.mkdir(parents=True, exist_ok=True)
    (root / "01_tolls_news.txt").write_text(NEWS, encoding="utf-8")
    (root / "04_tolls_oped.txt").write_text(OPED, encoding="utf-8")
    for i in range(8):
        (root / f"{10 + i}_garden.txt").write_text(
            f"Garden show {i}\n\nThe spring garden show drew crowds to the park on Saturday. "
            "Judges praised the roses.\n",
            encoding="utf-8",
        )
    return build_engine(root)


def test_an_opinion_piece_is_named_by_its_files_name(tmp_path: Path) -> None:
    news = _news(tmp_path / "corpus")
    a = news.ask("who wrote the opinion piece")
    assert not a.abstained and "Wendell Marsh" in a.answer, a.answer
    a = news.ask("what does the oped say about the mayor")
    assert not a.abstained and "deserves praise" in a.answer, a.answer
    assert "no choice" not in a.answer, a.answer


def test_the_verb_of_a_named_piece_only_asks_what_it_writes(tmp_path: Path) -> None:
    """ "what does the op ed want the board to do": the piece "wants" nothing in those words; what it
    writes of the board answers."""
    news = _news(tmp_path / "corpus")
    a = news.ask("what does the op ed want the board to do")
    assert not a.abstained and "repair grant" in a.answer, a.answer
