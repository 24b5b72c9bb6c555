"""A "why" whose reason is told right after the act as someone's report of what had happened before it,
in no cause word: the past perfect and an attribution closing the sentence ("Engineers had found cracks
in two of its supports, a council spokesperson said")."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.background import reports_background
from tests.retrieval.answer.corpora import answer_from, first_statement


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        ("Engineers had found cracks in two of its supports, a council spokesperson said.", True),
        ("The field had been flooded by a week of rain, organiser Jane Moss said on Friday.", True),
        ("Staff had not been paid since March, according to the union.", True),
        # the attribution may open the sentence, the reported clause after it
        ("A council spokesperson said the supports had been weakened by winter floods.", True),
        # ... not one told as coming after the act
        ("Doctors said two days later that the patient had recovered.", False),
        # the past perfect alone is as often the story's scene
        ("Engineers had found cracks in two of its supports.", False),
        # an attribution alone is as often what followed
        ("Drivers will be sent on a six-mile diversion, a council spokesperson said.", False),
        # "had" before a noun is no past perfect
        ("The supports had cracks in them, a council spokesperson said.", False),
    ],
)
def test_reported_background_is_read_by_form(text: str, reports: bool) -> None:
    assert reports_background(text) is reports


@pytest.mark.parametrize(
    ("after", "brought"),
    [
        # someone's report of what had happened before the act answers why
        ("Inspectors had found cracks in two of its supports, a council spokesperson said.", True),
        # ... not the scene in the past perfect, told by nobody
        ("The bridge had carried about 9,000 vehicles a day since 1932.", False),
        # ... nor what follows the act, whoever reports it
        ("Drivers will be sent on a six-mile diversion through Kelby, a council spokesperson said.", False),
    ],
)
def test_a_why_brings_the_reported_background_after_the_act(
    tmp_path: Path, after: str, brought: bool
) -> None:
    """The Tarrow council closed a bridge (no reason word); the sentence after it says, in a
    spokesperson's words, what inspectors had found before: why it was closed."""
    text = (
        "TARROW (Daily Post) - The Tarrow council closed the Mill Lane bridge to all traffic on Monday. "
        f"{after}"
        "\n\nLocal shops said trade had fallen in the first week."
    )
    doc = {"id": "bridge", "title": "Council shuts Tarrow bridge", "text": text}
    a = answer_from(tmp_path, doc, "Why did the council close the Mill Lane bridge?")
    assert not a.abstained, a.answer
    assert ("supports" in first_statement(a)) is brought, a.answer


@pytest.mark.parametrize(
    ("speaker", "brought"),
    [
        # whoever speaks for the body that did the act, by a role naming it, gives its reason
        ("trust chair Owen Pike", True),
        # ... not someone of the same place, by its name
        ("Denholm resident Mary Cole", False),
        # ... nor someone in another role
        ("swimmer Ann Lee", False),
    ],
)
def test_a_why_brings_the_quote_of_whoever_speaks_for_the_actor(
    tmp_path: Path, speaker: str, brought: bool
) -> None:
    """The Denholm leisure trust shut a pool (no reason word); the quotation right after it is the
    trust's account when its speaker's role names the trust."""
    text = (
        "DENHOLM (Denholm Star) - The Denholm leisure trust shut the town's outdoor pool for the summer on "
        f'Tuesday. "The filters are forty years old and the water is no longer safe," {speaker} said.'
        "\n\nThe pool opened in 1964."
    )
    doc = {"id": "pool", "title": "Pool shut for summer", "text": text}
    a = answer_from(tmp_path, doc, "Why did the trust shut the pool?")
    assert not a.abstained, a.answer
    assert ("filters" in first_statement(a)) is brought, a.answer


@pytest.mark.parametrize(
    ("speaker", "brought"),
    [
        # one who leads or speaks for the body that acted gives its reason
        ("council leader Ann Hale", True),
        ("council spokeswoman Ann Hale", True),
        # ... not one who merely belongs to it, though the role names the body
        ("council member Jim Pratt", False),
        # ... nor one of a party of their own in it, whatever their rank
        ("opposition council leader Jim Pratt", False),
        ("opposition council member Jim Pratt", False),
    ],
)
def test_a_why_brings_the_quote_only_of_whoever_speaks_for_the_body(
    tmp_path: Path, speaker: str, brought: bool
) -> None:
    """The Tarrow council closed a bridge (no reason word); a quotation right after it, by a speaker
    whose role names the council, is its account only when the role is one that speaks for it: a
    member's or an opponent's words are their own, no reason the council had."""
    text = (
        "The Tarrow council closed the Elm Street bridge on Monday. "
        f'"The supports are cracked and the deck is no longer safe," {speaker} said. '
        "Traffic will be diverted via the ring road until further notice."
        "\n\nThe bridge opened in 1932."
    )
    doc = {"id": "bridge", "title": "Council shuts Elm Street bridge", "text": text}
    a = answer_from(tmp_path, doc, "Why did the council close the bridge?")
    assert not a.abstained, a.answer
    assert ("supports" in first_statement(a)) is brought, a.answer
