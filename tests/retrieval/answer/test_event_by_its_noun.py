"""A "when did the bus crash happen" asks the day of the crash: "happen" is a verb the index drops as
saying nothing of its own, so the event is the noun before it, as in "when was the bus crash". A day
dating what another noun does ("voted on Monday to open an inquiry into the Carrow Lane school bus
crash": the vote) does not date it, even with modifiers between the determiner and the noun; a day
beside the noun ("the ... crash on Saturday morning") does. Nor does a live blog's time stamp, which
dates its entry, not the crash. Pinned on small made-up corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.retrieval.answer.corpora import answer_from

_VOTE = (
    "Riverton Council voted 9 to 2 on Monday to open an inquiry into the Carrow Lane school bus crash{}. "
    "Four children were taken to hospital with minor injuries. "
    "The operator, Greenway Coaches, said it would cooperate fully."
)


@pytest.mark.parametrize("question", ["when did the bus crash happen", "when did the bus crash"])
def test_a_day_of_another_nouns_act_does_not_date_the_noun_in_its_phrase(
    tmp_path: Path, question: str
) -> None:
    doc = {"id": "vote", "title": "Council opens inquiry", "text": _VOTE.format("")}
    a = answer_from(tmp_path, doc, question)
    assert a.abstained, a.answer


def test_a_day_beside_the_noun_dates_it(tmp_path: Path) -> None:
    doc = {"id": "vote", "title": "Council opens inquiry", "text": _VOTE.format(" on Saturday morning")}
    a = answer_from(tmp_path, doc, "when did the bus crash happen")
    assert not a.abstained, a.answer
    assert "on Saturday morning" in a.answer, a.answer


_BLOG = (
    "9:05 a.m. The council's transport committee has opened its inquiry into the Carrow Lane crash. "
    "9:40 a.m. The committee chair said witnesses would be heard next week. "
    "10:15 a.m. Parents gathered outside the town hall holding banners."
)


def test_an_entrys_stamp_does_not_date_a_nouns_event_asked_with_happen(tmp_path: Path) -> None:
    doc = {"id": "blog", "title": "Live: Carrow Lane crash inquiry", "text": _BLOG}
    a = answer_from(tmp_path, doc, "when did the crash happen")
    assert "9:05" not in a.answer, a.answer


def test_an_entrys_stamp_still_dates_the_act_it_tells(tmp_path: Path) -> None:
    doc = {"id": "blog", "title": "Live: Carrow Lane crash inquiry", "text": _BLOG}
    a = answer_from(tmp_path, doc, "when did the committee open its inquiry")
    assert not a.abstained, a.answer
    assert a.answer.startswith("9:05 a.m."), a.answer
