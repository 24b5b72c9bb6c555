"""A correction notice repeats what the coverage got wrong ("An earlier update said 12 people were
hurt."); the sentence after it says what is right. Quoted alone, it would give the wrong figure as the
answer: it is quoted with the sentence that corrects it."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

BLOG = (
    "A tram left the rails near the cathedral on Sunday evening, the city transit office said. "
    "Crews closed the line between the cathedral and the harbour for the night. "
    "Correction: An earlier update said 12 people were hurt in the derailment. "
    "The transit office now says 9 people were hurt, none of them seriously."
)
NOTICE = (
    "The mayor opened the new library branch in Eastfield on Monday. "
    "An article on Monday incorrectly stated that the branch has 40,000 books. "
    "The branch has 24,000 books and will add more in the autumn."
)


@pytest.mark.parametrize(
    ("question", "wrong", "right"),
    [
        ("how many people were hurt in the tram derailment", "12 people", "9 people"),
        ("how many books does the eastfield branch have", "40,000 books", "24,000 books"),
    ],
)
def test_a_correction_is_quoted_with_the_sentence_that_corrects_it(
    tmp_path: Path, question: str, wrong: str, right: str
) -> None:
    engine = engine_of(
        tmp_path,
        [
            {"id": "tram", "title": "Tram derails near cathedral", "text": BLOG},
            {"id": "library", "title": "Eastfield library opens", "text": NOTICE},
            *filler(12),
        ],
    )
    a = engine.ask(question)
    assert not a.abstained
    assert_verbatim(engine, a)
    first = first_statement(a)
    assert right in first  # the corrected figure, in the statement giving the wrong one
    assert first.index(wrong) < first.index(right)


SCHOOL = (
    "Parents packed the Hollins school gym on Thursday after tests found lead in its water at levels as "
    "high as 84 parts per billion. "
    "The district said the fountains had been shut off. "
    "Correction: An earlier version of this story misstated the highest reading. It was 48 parts per "
    "billion, not 84."
)


def test_an_articles_own_correction_of_the_answers_figure_is_quoted_before_it(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path, [{"id": "school", "title": "Lead in Hollins school water", "text": SCHOOL}, *filler(12)]
    )
    a = engine.ask("what was the highest lead level in the hollins school water")
    assert not a.abstained
    assert_verbatim(engine, a)
    texts = [s.text for s in a.statements]
    at = next(i for i, t in enumerate(texts) if "as high as 84 parts per billion" in t)
    # the notice leads: the figure it takes back is no answer
    assert "48 parts per billion, not 84" in " ".join(texts[:at])


def test_a_correction_in_a_paragraph_of_its_own_brings_the_next_one(tmp_path: Path) -> None:
    text = (
        "A tram left the rails near the cathedral on Sunday evening, the transit office said.\n\n"
        "Correction: An earlier update said 12 people were hurt in the tram derailment.\n\n"
        "The transit office now says 9 people were hurt, none of them seriously."
    )
    engine = engine_of(tmp_path, [{"id": "tram", "title": "Tram derails", "text": text}, *filler(12)])
    a = engine.ask("how many people were hurt in the tram derailment")
    assert not a.abstained
    first = a.statements[0].text
    # the two paragraphs quoted as one passage, the seam marked, each piece verbatim
    assert first.split(" \u2026 ") == [
        "Correction: An earlier update said 12 people were hurt in the tram derailment.",
        "The transit office now says 9 people were hurt, none of them seriously.",
    ]


def test_an_earlier_report_that_agrees_is_no_correction(tmp_path: Path) -> None:
    text = (
        "Tests found lead at 84 parts per billion in the Hollins school water on Thursday. "
        "The district shut off the fountains. "
        "A previous report by the state in 2019 also found 84 parts per billion at the school."
    )
    engine = engine_of(tmp_path, [{"id": "lead", "title": "Lead at Hollins", "text": text}, *filler(12)])
    a = engine.ask("how much lead was found in the hollins school water on thursday")
    assert not a.abstained
    assert all("previous report" not in s.text or i > 0 for i, s in enumerate(a.statements))
    assert "Correction" not in a.answer


FERRY = (
    "The Orla ferry ran aground off Kestrel Point on Saturday morning with 120 passengers on board, the "
    "harbour authority said. "
    "Tugs pulled the vessel free at high tide."
)
FOLLOW_UP = (
    "The harbour authority said on Wednesday that the Orla ferry will stay out of service until its hull "
    "is inspected. "
    "Correction: An article on May 4 incorrectly stated that the ferry had 120 passengers on board. "
    "It carried 102 passengers."
)


def _ferry_engine(tmp_path: Path, notice_source: str, notice_text: str = FOLLOW_UP) -> Engine:
    return engine_of(
        tmp_path,
        [
            {
                "id": "aground",
                "title": "Ferry runs aground off Kestrel Point",
                "source": "Kestrel Gazette",
                "published": "2026-05-04",
                "text": FERRY,
            },
            {
                "id": "inspection",
                "title": "Orla ferry out of service",
                "source": notice_source,
                "published": "2026-05-08",
                "text": notice_text,
            },
            *filler(12),
        ],
    )


def test_an_outlets_later_correction_of_the_answers_article_is_quoted_before_it(tmp_path: Path) -> None:
    # the notice is in another article of the same outlet, naming the answer's article by its date
    engine = _ferry_engine(tmp_path, "Kestrel Gazette")
    a = engine.ask("how many passengers were on the ferry that ran aground")
    assert not a.abstained
    assert_verbatim(engine, a)
    texts = [s.text for s in a.statements]
    at = next(i for i, t in enumerate(texts) if "with 120 passengers on board" in t)
    assert at > 0 and "It carried 102 passengers." in texts[at - 1]
    (notice,) = [s for s in a.statements if "incorrectly stated" in s.text]
    assert {c.doc_id for c in a.citations if c.n in notice.citations} == {"inspection"}


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("Harbour Weekly", FOLLOW_UP),  # another outlet's notice is about its own article
        ("Kestrel Gazette", FOLLOW_UP.replace("May 4", "April 27")),  # an article of another day
    ],
)
def test_a_correction_of_another_article_is_not_quoted(tmp_path: Path, source: str, text: str) -> None:
    engine = _ferry_engine(tmp_path, source, text)
    a = engine.ask("how many passengers were on the ferry that ran aground")
    assert not a.abstained
    assert "with 120 passengers on board" in first_statement(a)
    assert "incorrectly stated" not in a.answer


def test_a_notice_taking_back_a_title_not_a_figure_is_quoted_before_it(tmp_path: Path) -> None:
    """ "He was a deputy director, not the agency's chief engineer": the notice takes back words, not a
    number, and the answer that repeats them is led by it. A notice taking back other words is not."""
    story = (
        "Divers searched the flooded quarry at Pellam on Tuesday, said Ivo Brandt, the water agency's chief "
        "engineer. The agency said the pumps would run all week. "
        "Correction: This article misstated Ivo Brandt's position at the water agency. He is a deputy "
        "director, not the agency's chief engineer."
    )
    other = (
        "The Pellam council met on Thursday to discuss the quarry fence. "
        "Correction: This article misstated the day of the meeting. It was on Thursday, not on Wednesday."
    )
    engine = engine_of(
        tmp_path,
        [
            {"id": "quarry", "title": "Divers search Pellam quarry", "source": "Pellam Post", "text": story},
            {"id": "fence", "title": "Council on quarry fence", "source": "Pellam Post", "text": other},
            *filler(12),
        ],
    )
    a = engine.ask("who is the water agency's chief engineer")
    assert not a.abstained
    assert_verbatim(engine, a)
    texts = [s.text for s in a.statements]
    at = next(i for i, t in enumerate(texts) if "said Ivo Brandt" in t)
    assert "not the agency's chief engineer" in " ".join(texts[:at])
    b = engine.ask("when did the pellam council meet about the quarry fence")
    assert not b.abstained
    assert all("misstated Ivo Brandt" not in s.text for s in b.statements)
