"""A question naming a clock time ("what happened at 2:10 p.m.") asks for the live blog entry stamped with
that time, however either writes it ("14:10", "2.10pm", "2:10 p.m."): the entry under a heading that is
only the stamp, or the sentence opening with it. The question's spelling is read as the coverage's stamp
(``clock.corpus_spelling``), not searched for as the words "2", "10" and "pm", and another entry's stamp
("16:30") does not answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from retrieval import Engine, build_engine
from retrieval.answer.clock import clock_times, corpus_spelling
from tests.retrieval.answer.corpora import FILLER_TOPICS, assert_verbatim, first_statement

HEADED = """# Storm Idris live: bridge closed at Tarrow

By the Marlow Gazette live team

Storm Idris is battering the coast today. Follow our live coverage.

## 12:05

The weather service has extended its amber warning until midnight.

## 14:10

Firefighters have rescued two people from a car trapped by floodwater on the road near Kelham.

## 16:30

Around 12,000 homes are without power across the county, the grid operator says.
"""
INLINE = """# Council live: the budget vote

By the Dunmere Echo

**9.15am** Councillors are arriving at the town hall for the budget meeting.

**11.40am** The leader of the council, Mara Holt, has opened the debate on the budget.

**1.05pm** The budget has been approved by 31 votes to 20.
"""
WIRE = {
    "id": "w1",
    "title": "Storm Idris closes Tarrow bridge",
    "text": "The Tarrow bridge was closed at 10:20 on Saturday after gusts of 80 mph hit the coast.",
}


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    (tmp_path / "storm_live.md").write_text(HEADED, encoding="utf-8")
    (tmp_path / "council_live.md").write_text(INLINE, encoding="utf-8")
    filler = [{"id": f"{slug}-{i}", "title": f"{slug.title()} news {i}", "text": text} for i, (slug, text) in
              enumerate(FILLER_TOPICS * 2)]  # fmt: skip
    (tmp_path / "wire.jsonl").write_text(
        "".join(json.dumps(d) + "\n" for d in [WIRE, *filler]), encoding="utf-8"
    )
    return build_engine(tmp_path)


@pytest.mark.parametrize(
    ("question", "given"),
    [
        ("What happened at 2:10 p.m.?", "Firefighters have rescued two people"),
        ("what happened at 2.10pm", "Firefighters have rescued two people"),
        ("What happened at 14:10?", "Firefighters have rescued two people"),
        ("What happened at 4:30 pm?", "Around 12,000 homes"),
        ("what happened at 13:05", "The budget has been approved"),
        ("What happened at 11:40 a.m.?", "has opened the debate"),
    ],
)
def test_the_entry_stamped_with_the_named_time_answers(engine: Engine, question: str, given: str) -> None:
    a = engine.ask(question)
    assert not a.abstained, a.answer
    assert given in first_statement(a)
    assert_verbatim(engine, a)


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("shortly after 1.30pm", {810}),
        ("at 1:30 p.m.", {810}),
        ("at 13:30", {810}),
        ("just before noon", {720}),
        ("at about 4am", {240}),
        ("at 2:10", {130, 850}),  # no half of the day: either
        ("prices rose 2.10 per cent", set()),  # a decimal, no time
    ],
)
def test_clock_times_in_any_spelling(text: str, times: set[int]) -> None:
    assert {m for _, minutes in clock_times(text) for m in minutes} == times


def test_a_time_no_entry_is_stamped_with_stays_as_asked() -> None:
    from collections import Counter

    spellings = Counter({("14:10", 850): 1})
    assert corpus_spelling("what happened at 2:10 p.m.", spellings) == "what happened at 14:10"
    assert corpus_spelling("what happened at 3pm", spellings) == "what happened at 3pm"


NOON_LIVE = """# Storm Idris live: Tarrow

By the Marlow Gazette live team

## 12:00

Rail services have resumed on the coast line between Tarrow and Kelham.
"""
MAYOR = {
    "id": "mayor",
    "title": "Mayor on the bridge",
    "text": "Tarrow mayor Joan Pike said at noon that the bridge would reopen on Monday. "
    "Engineers were still inspecting it.",
}


@pytest.mark.parametrize(
    "question", ["What did the mayor say at noon?", "What did the Tarrow mayor say at noon?"]
)
def test_the_time_as_asked_is_searched_too(tmp_path: Path, question: str) -> None:
    # the live blog stamps noon "12:00", but its entry says nothing of the mayor: the question's own
    # "noon" still finds the wire's sentence
    (tmp_path / "storm_live.md").write_text(NOON_LIVE, encoding="utf-8")
    filler = [{"id": f"{slug}-{i}", "title": f"{slug.title()} news {i}", "text": text} for i, (slug, text) in
              enumerate(FILLER_TOPICS * 2)]  # fmt: skip
    (tmp_path / "wire.jsonl").write_text(
        "".join(json.dumps(d) + "\n" for d in [MAYOR, *filler]), encoding="utf-8"
    )
    engine = build_engine(tmp_path)
    a = engine.ask(question)
    assert not a.abstained, a.answer
    assert "bridge would reopen on Monday" in first_statement(a)
    assert_verbatim(engine, a)
