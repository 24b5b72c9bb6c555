"""A live blog entry opens with its time stamp ("10:15 a.m. Mayor Reyes announces ..."): it dates the
entry, so a "when will" is not answered by it where the entry tells of something to come with no date
of its own, nor a "when was the hearing", which asks the day of an event a noun names ("2:10 p.m. The
hearing has ended" dates its end, on a day it does not say). The sentence giving the day answers, or
the bot declines; never the stamp. It answers when an act was done ("the bridge has been closed")."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

BLOG = (
    "10:15 a.m. Mayor Reyes announces that former inspector Hana Moss will lead an independent review of "
    "how the council handles floods. "
    "11:05 a.m. The river authority says pumps are running at all three stations."
)
STORY = (
    "The council's flood plan was criticised on Monday. "
    "Former inspector Hana Moss will lead an independent review and is due to report by the end of "
    "September, Reyes said."
)


@pytest.fixture
def floods(tmp_path: Path) -> Engine:
    return engine_of(
        tmp_path,
        [
            {"id": "blog", "title": "LIVE: Council flood plan", "text": BLOG},
            {"id": "story", "title": "Flood review named", "text": STORY},
            *filler(12),
        ],
    )


def test_a_when_will_is_not_answered_by_an_entrys_time_stamp(floods: Engine) -> None:
    a = floods.ask("When will the review of how the council handles floods give its conclusions?")
    assert "10:15" not in a.answer, a.answer
    if not a.abstained:
        assert "end of September" in a.answer, a.answer


def test_a_when_will_is_answered_by_the_day_it_is_due(floods: Engine) -> None:
    a = floods.ask("When will the former inspector give her conclusions?")
    assert not a.abstained, a.answer
    assert "end of September" in a.answer, a.answer
    assert_verbatim(floods, a)


HEARING_BLOG = (
    "10:05 a.m. The Harlow hearing has begun, with the committee chair calling for calm. "
    "11:30 a.m. Councillor Dana Price tells the committee the budget was approved without a vote. "
    "12:40 p.m. The Harlow bridge has been closed to traffic after a lorry struck a railing. "
    "2:10 p.m. The Harlow hearing has ended after four hours of questions."
)


@pytest.fixture
def hearing(tmp_path: Path) -> Engine:
    return engine_of(
        tmp_path,
        [{"id": "blog", "title": "LIVE: Council faces questions", "text": HEARING_BLOG}, *filler(12)],
    )


def test_a_when_was_the_event_is_not_answered_by_an_entrys_time_stamp(hearing: Engine) -> None:
    a = hearing.ask("When was the Harlow hearing?")
    assert not any(t in a.answer for t in ("10:05", "2:10")), a.answer


def test_an_entrys_time_stamp_answers_when_its_act_was_done(hearing: Engine) -> None:
    a = hearing.ask("When was the Harlow bridge closed?")
    assert not a.abstained, a.answer
    assert a.answer.startswith("12:40 p.m."), a.answer
