"""Sentence segmentation: abbreviation-safe, quote-aware, verbatim."""

# ruff: noqa: E501  (verbatim article sentences are kept whole so they can be read and searched)

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from retrieval.ingest.segment import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "U.S. Secretary of State Marco Rubio said it. He left.",
            ["U.S. Secretary of State Marco Rubio said it.", "He left."],
        ),
        (
            "They met on Dec. 4, 2024, in Brussels. The IPI said her death on Sept. 19 was a crime.",
            ["They met on Dec. 4, 2024, in Brussels.", "The IPI said her death on Sept. 19 was a crime."],
        ),
        (
            "Gen. Mark Milley met Mr. Smith at No. 10 Downing St. today. Prices rose 2.5 percent.",
            ["Gen. Mark Milley met Mr. Smith at No. 10 Downing St. today.", "Prices rose 2.5 percent."],
        ),
        (
            "Vice President J. D. Vance spoke. The U.S.-led coalition agreed.",
            ["Vice President J. D. Vance spoke.", "The U.S.-led coalition agreed."],
        ),
        (
            "“We need to sort this out,” Putin told a reporter Monday (April 21) via NBC News. “Maybe even bilaterally.”",
            [
                "“We need to sort this out,” Putin told a reporter Monday (April 21) via NBC News.",
                "“Maybe even bilaterally.”",
            ],
        ),
        (
            '"It is over." He left. "Is it?" she asked.',
            ['"It is over."', "He left.", '"Is it?" she asked.'],
        ),
        (
            "The troops came from the U.S. The mission ended in May. Then they left.",
            ["The troops came from the U.S.", "The mission ended in May.", "Then they left."],
        ),
        (
            "The report (It was leaked. Officials denied it.) caused a stir. Nobody resigned.",
            ["The report (It was leaked. Officials denied it.) caused a stir.", "Nobody resigned."],
        ),
        (
            "What Has Trump Said About Russia-Ukraine Talks?",
            ["What Has Trump Said About Russia-Ukraine Talks?"],
        ),
        ("First paragraph without a stop\n\nSecond one.", ["First paragraph without a stop", "Second one."]),
        ("", []),
        ("   \n  ", []),
    ],
)
def test_split_cases(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_quote_closing_after_period_stays_with_sentence() -> None:
    text = "Rubio said: “If it is not possible to end the war, we need to move on.” He added more."
    assert split_sentences(text) == [
        "Rubio said: “If it is not possible to end the war, we need to move on.”",
        "He added more.",
    ]


def test_quote_followed_by_attribution_is_not_split() -> None:
    text = "“They are not moving fast enough.” said Rutte, who leads NATO."
    assert split_sentences(text) == [text]


@given(st.text(alphabet=st.sampled_from(list('ab .?!\n“”"()U.S')), max_size=80))
def test_every_sentence_is_a_verbatim_slice(text: str) -> None:
    position = 0
    for sentence in split_sentences(text):
        assert sentence == sentence.strip() and sentence
        found = text.find(sentence, position)
        assert found >= 0, sentence
        position = found + len(sentence)


def test_a_german_ordinal_day_before_its_month_ends_no_sentence() -> None:
    """ "am 12. Mai 2026": split at the ordinal's period, the answer quoted "Mai 2026 einen neuen Radweg …"
    from mid-sentence."""
    text = "Der Stadtrat hat am 12. Mai 2026 einen Radweg genehmigt. Am 21. April 2026 beginnt der Bau."
    assert split_sentences(text) == [
        "Der Stadtrat hat am 12. Mai 2026 einen Radweg genehmigt.",
        "Am 21. April 2026 beginnt der Bau.",
    ]


def test_a_number_ending_a_sentence_before_an_english_month_word_still_ends_it() -> None:
    assert split_sentences("The score was 21. April showers followed.") == [
        "The score was 21.",
        "April showers followed.",
    ]


def test_a_qa_answer_label_is_no_part_of_its_sentence() -> None:
    """ "A: The plant closed in May." in a questions-and-answers article: the label opens the answer, it
    is not quoted with it; an initial ("A. Ruiz said") and a question's "Q:" stay."""
    assert split_sentences("A: The Varrow plant closed in May. It may reopen.") == [
        "The Varrow plant closed in May.",
        "It may reopen.",
    ]
    assert split_sentences("A. Ruiz said the plant closed.") == ["A. Ruiz said the plant closed."]
    assert split_sentences("Q: Why did the plant close?") == ["Q: Why did the plant close?"]


def test_a_run_on_sentence_is_cut_at_spaces_into_verbatim_pieces() -> None:
    """A scraped table's "sentence" of thousands of characters ("1, 1, 1, ...") is cut at its last space
    before ``MAX_SENTENCE_CHARS``, each piece a verbatim slice; an ordinary long sentence stays whole."""
    from retrieval.ingest.segment import MAX_SENTENCE_CHARS, cut_run_ons

    long_run = "The fund paid " + "1, " * 5000 + "to residents."
    ordinary = "The mayor, who " + "spoke at length and " * 40 + "then left, said the fund would stay open."
    pieces = cut_run_ons(split_sentences(f"{ordinary} {long_run}"))
    assert pieces[0] == ordinary
    assert all(len(p) <= MAX_SENTENCE_CHARS for p in pieces)
    assert " ".join(pieces[1:]).split() == long_run.split()
    assert all(p in long_run for p in pieces[1:])
