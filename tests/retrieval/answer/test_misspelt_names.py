"""A misspelt word of a two-word name is read as the coverage writes the name when the other word is
one the coverage writes beside a name near it in spelling (``spellings.named_respelt``): "marcus hail"
is Marcus Hale, though "hail" is an English word, where the coverage names a Marcus Hale; a word the
coverage writes as a name of its own is another person, and stays."""

from __future__ import annotations

import pytest

from retrieval import Engine
from retrieval.answer.spellings import named_respelt, sound_key
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

BLAST = {
    "id": "blast",
    "title": "Third worker dies after Dunmere foundry blast",
    "text": "Marcus Hale, 52, a welder from Dunmere, died on Friday, his family said. "
    "Anna Hall, a nurse at the Dunmere clinic, treated the injured. "
    "Hail fell over the valley on Friday night, slowing the clean-up. "
    "Sarah Lindqvist, who runs the foundry's canteen, raised money for the families. "
    "Foreign Minister Ola Berg sent her condolences. "
    "Odile Cole, the foundry's owner, said she would call the families on Monday.",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("names"), [BLAST, *filler(12)])


def test_a_surname_misspelt_as_a_word_is_read_as_the_name(engine: Engine) -> None:
    a = engine.ask("how old was marcus hail")
    assert not a.abstained
    assert first_statement(a).startswith("Marcus Hale, 52")
    assert a.question == "how old was marcus hail"  # shown as asked
    assert_verbatim(engine, a)


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("how old was marcus hail", "how old was marcus hale"),
        ("How old was Marcus Hail?", "How old was Marcus Hale?"),
        ("who is sarah lindqvest", "who is sarah lindqvist"),
        ("who is sara lindqvist", "who is sarah lindqvist"),
        ("what did sarah lindqvest's campaign raise", "what did sarah lindqvist's campaign raise"),
        ("what did sarah lindqvist's campaign raise", "what did sarah lindqvist's campaign raise"),
        # another person the coverage names ("Anna Hall"), and names it never writes beside "Marcus"
        ("how old was marcus hall", "how old was marcus hall"),
        ("how old was marcus bell", "how old was marcus bell"),
        ("how old was peter hail", "how old was peter hail"),
        ("what did odile kole say", "what did odile cole say"),
        # (an English word that sounds otherwise than the name, "hole" beside an "Odile Cole", or one the
        # coverage writes lowercase, "call")
        ("what did odile hole say", "what did odile hole say"),
        ("did odile call the families", "did odile call the families"),
        # (an inflection of the name's word, no misspelling of it)
        ("did foreign ministers send condolences", "did foreign ministers send condolences"),
    ],
)
def test_only_a_near_spelling_of_a_name_written_beside_is_read(engine: Engine, asked: str, read: str) -> None:
    assert named_respelt(asked, engine._ctx) == read


def test_sound_keys() -> None:
    assert sound_key("hail") == sound_key("Hale") == "H400"
    assert sound_key("lindqvest") == sound_key("Lindqvist")
    assert sound_key("Ashcraft") == "A261"


@pytest.mark.parametrize(
    "text",
    [
        "Marcus Hale said Marcus Hale Marcus O'Neill left.",
        "Dr. Jean-Paul Marcus Marcus Hale-Smith and Marcus  Bell, then xMarcus Hall and Marcusy Dunn.",
        "D'Arcy Marcus, McDonald's Marcus and Jean-Paul Marcusy met Marcus\nHale at Marcus",
        "Marcus Marcus Marcus Hale",
    ],
)
def test_names_beside_an_anchor_are_those_a_pattern_of_it_finds(text: str) -> None:
    """The names written beside a word (``spellings._names_beside``, read without compiling a pattern
    for each word a question gives) are those the pattern of the word and a capitalised name finds:
    the word beginning a word, the name ending one, no two found overlapping."""
    import re

    from retrieval.answer.spellings import _CAP_NAME, _names_beside

    for after in (True, False):
        pattern = rf"\bMarcus\s+{_CAP_NAME}\b" if after else rf"\b{_CAP_NAME}\s+Marcus\b"
        assert _names_beside("Marcus", after, text) == re.findall(pattern, text)
    assert _names_beside("Marcus", True, "Marcus Hale met Marcus Hale-Smith") == ["Hale", "Hale-Smith"]
    assert _names_beside("Marcus", False, "D'Arcy Marcus, Jean-Paul Marcusy") == ["Arcy"]
