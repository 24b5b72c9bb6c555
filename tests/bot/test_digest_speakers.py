"""/help's example questions ask what a named speaker said: a capital opening a sentence ("Police said
...") proves no name unless the article writes the word capitalised elsewhere, and the name before a
possessive ("said Ashbridge's fire chief") is whose the speaker is, a town, not who spoke; nor is a name
after a preposition ("engineers at Hollin Vale Airport said") the one speaking."""

from __future__ import annotations

from bot.digest import proven_words, statement_questions


def test_a_sentence_opening_capital_is_no_speaker() -> None:
    assert statement_questions("Police said the march passed off peacefully.") == []
    article = ["Police said the march passed off peacefully.", "Chief Inspector Rowe thanked the marchers."]
    assert "What did Rowe say?" in statement_questions(
        "Rowe said the march passed off peacefully.", proven_words(article)
    )


def test_an_owner_is_no_speaker() -> None:
    assert statement_questions("\u201cIt was a shock,\u201d said Ashbridge\u2019s fire chief.") == []


def test_a_prepositions_object_is_no_speaker() -> None:
    text = (
        "Engineers inspecting the runway at Hollin Vale Airport said on Monday that frost heave cracked it."
    )
    assert not [q for q in statement_questions(text) if "Airport" in q]
