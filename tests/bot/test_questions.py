"""Questions before the engine sees them: mentions, links and markup out, words kept, and a clear
refusal for an empty or over-long question (the limit is the ``max_question_chars`` setting)."""

from __future__ import annotations

import pytest

from bot.questions import QuestionError, clean_question
from bot.settings import default


def test_questions_lose_mentions_links_and_markup_but_keep_their_words() -> None:
    q = clean_question("@everyone <@123> [see](https://evil.example) Is **Putin** open to `direct talks`?")
    assert q == "see Is Putin open to direct talks ?"
    assert "http" not in clean_question("What is at https://example.com/x?y=1 about Rutte")


@pytest.mark.parametrize("bad", ["", "   ", "@everyone", "<@1> <#2>", "\u200b\u200d", "```", "?!"])
def test_empty_questions_are_refused_with_a_message(bad: str) -> None:
    with pytest.raises(QuestionError, match="question"):
        clean_question(bad)


def test_huge_questions_are_refused_with_their_length() -> None:
    with pytest.raises(QuestionError, match="10,000"):
        clean_question("x" * 10_000)


def test_the_question_limit_is_the_setting() -> None:
    assert default("max_question_chars") == 1000
    with pytest.raises(ValueError, match="to 40 at most"):
        clean_question("word " * 10, max_chars=40)
    assert clean_question("word " * 8, max_chars=40) == ("word " * 8).strip()


def test_the_refusal_states_the_limit_truly_as_the_longest_allowed() -> None:
    """The limit itself is allowed, so the message may not say "under" it: a question of exactly
    ``max_chars`` characters passes, and the one a character longer is told the most it may be."""
    assert clean_question("x" * 40, max_chars=40) == "x" * 40
    with pytest.raises(ValueError) as refused:
        clean_question("x" * 41, max_chars=40)
    assert "41 characters long" in str(refused.value) and "to 40 at most" in str(refused.value)
    assert "under" not in str(refused.value)


def test_terminal_escape_sequences_are_removed_whole() -> None:
    """A pasted escape sequence's parameters are no words of the question (a clipboard-setting OSC 52
    left "52 c aGVsbG8" to be searched for)."""
    assert clean_question("what did okafor say \x1b]52;c;aGVsbG8=\x07 about brightline") == (
        "what did okafor say about brightline"
    )
    assert clean_question("who \x1b[31mwon\x1b[0m the vote\x1b]0;title\x1b\\") == "who won the vote"
    assert clean_question("what \x1bc happened") == "what happened"


def test_html_pasted_into_a_question_is_not_searched_for() -> None:
    q = clean_question(
        '<b>Who</b> runs the <a href="x">food bank</a>? <script>alert("hi")</script><style>p{}</style>'
    )
    assert q == "Who runs the food bank ?"
    assert clean_question("is 3 < 4 and 5 > 2") == "is 3 < 4 and 5 2"  # a comparison is no tag
