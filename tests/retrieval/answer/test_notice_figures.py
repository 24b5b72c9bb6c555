"""A correction notice takes back a figure counting one thing ("three people were hurt"): it does not
lead an answer giving the same number of something else ("three kittens"). And an outlet's notice that
names no article ("An earlier version of our coverage said ...") still takes back its earlier article's
figure when it states that figure counting the same thing: the claim is not given as current without
the notice before it."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

DRAIN = (
    "Volunteers from the Marsh End animal shelter pulled three kittens out of a storm drain on Ridley "
    "Lane on Sunday morning. "
    "The kittens were taken to a vet in Corbridge and are expected to recover. "
    "Correction: An earlier version of this article said three people were hurt when part of the Ridley "
    "Lane pavement gave way. In fact nobody was hurt."
)


def test_a_notice_does_not_lead_an_answer_counting_something_else(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path,
        [
            {"id": "drain", "title": "Kittens rescued from Ridley Lane drain", "source": "Marsh End Echo",
             "published": "2026-04-12", "text": DRAIN},
            *filler(12),
        ],
    )  # fmt: skip
    a = engine.ask("who pulled the kittens out of the storm drain")
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    assert "Volunteers" in first_statement(a), a.answer
    assert "Correction" not in a.answer, a.answer


FERRY = (
    "The Harlan Sound ferry carries about 2,600 passengers each day, making it the busiest crossing "
    "in the county. "
    "Its operator plans to add a third boat next summer."
)
FERRY_LATER = (
    "The Harlan Sound ferry will run a reduced timetable during the holiday weekend, its operator said. "
    "Correction: An earlier version of our coverage said the ferry carries 2,600 passengers a day. "
    "The operator's figure is 1,900 passengers a day."
)


def test_an_outlets_notice_naming_no_article_leads_the_figure_it_takes_back(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path,
        [
            {"id": "ferry", "title": "Busy crossing", "source": "Sound Courier", "text": FERRY},
            {"id": "later", "title": "Ferry holiday timetable", "source": "Sound Courier",
             "published": "2026-05-20", "text": FERRY_LATER},
            *filler(12),
        ],
    )  # fmt: skip
    a = engine.ask("how many passengers does the harlan sound ferry carry each day")
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    texts = [s.text for s in a.statements]
    at = next((i for i, t in enumerate(texts) if "about 2,600 passengers each day" in t), None)
    # the claim taken back comes after the notice, or not at all
    assert at is None or (at > 0 and "Correction" in texts[at - 1]), a.answer
    assert "1,900" in a.answer, a.answer


def test_a_notice_taking_back_a_numbered_name_does_not_lead_a_count(tmp_path: Path) -> None:
    """ "Gate 2" numbers a gate; "two miles" counts miles: the notice on the gate takes nothing back from
    an answer giving the distance."""
    blog = (
        "6:10 a.m. Firefighters are at the Harlow paint works after a tank caught fire overnight. "
        "6:40 a.m. The exclusion zone around the works has been widened to two miles. "
        "7:05 a.m. Correction: An earlier version of this blog said crews entered through Gate 2. "
        "They entered through Gate 5."
    )
    engine = engine_of(
        tmp_path,
        [
            {"id": "blog", "title": "LIVE: Harlow paint works fire", "source": "Harlow Herald",
             "published": "2026-05-02", "text": blog},
            *filler(12),
        ],
    )  # fmt: skip
    a = engine.ask("When was the exclusion zone widened to two miles?")
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    assert "6:40 a.m." in first_statement(a), a.answer
    assert "Correction" not in a.answer, a.answer
