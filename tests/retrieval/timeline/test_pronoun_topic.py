"""A dated sentence opening on "He" or "She" is about the person its paragraph's sentence before names
first, for a timeline topic: shown verbatim, never rewritten. Small made-up documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from retrieval import Engine, build_engine
from retrieval.timeline.index import subject_name, subject_noun

DOCS = [
    {
        "id": "council",
        "published": "2031-03-12",
        "title": "Harbor council budget passes",
        "text": "Jane Doe was elected to the Harbor council in 2029. She resigned from the port board on "
        "4 March, citing the budget.\n\nThe council approved the budget on 10 March.\n\n"
        "Tom Briggs thanked Jane Doe for her work. He retired from the ferry company on 6 March.",
    },
    {
        "id": "port",
        "published": "2031-03-20",
        "title": "Port strike ends",
        "text": "Mayor Jane Doe opened the new terminal on 18 March.\n\n"
        "She travelled to the capital on 19 March.",
    },
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("pronoun")
    (root / "docs.jsonl").write_text("\n".join(json.dumps(d) for d in DOCS) + "\n", encoding="utf-8")
    return build_engine(root)


def test_a_pronoun_led_sentence_counts_for_the_person_the_sentence_before_names(engine: Engine) -> None:
    texts = {e.date: e.text for e in engine.timeline("Jane Doe").events}
    assert texts["2031-03-04"] == "She resigned from the port board on 4 March, citing the budget."
    # a "He" after a sentence whose subject is someone else is that one's, not hers
    assert "2031-03-06" not in texts
    # a "She" opening another paragraph carries nothing over
    assert "2031-03-19" not in texts
    assert "2031-03-06" in {e.date for e in engine.timeline("Tom Briggs").events}


def test_the_subject_is_the_first_name_written() -> None:
    assert subject_name("Union leader Tom Briggs said on Monday that talks failed.") == "Tom Briggs"
    assert subject_name("On Tuesday, Jane Doe said the port would close.") == "Jane Doe"
    assert subject_name("Doe said the port would close.") == "Doe"
    assert subject_name("the port would close, officials said.") == ""


def test_a_pronoun_counts_for_a_person_the_sentence_before_opens_on_as_a_common_noun(tmp_path: Path) -> None:
    """ "11:05 The guard remains in Brantwood General Hospital. He was treated for head injuries on
    Thursday.": "He" is the guard, the subject written first, not the hospital's name after it."""
    docs = [
        {
            "id": "blog",
            "published": "2031-03-14",
            "title": "Live: warehouse attack",
            "text": "09:15 A security guard was attacked outside the Vellmore warehouse, police said.\n\n"
            "11:05 The guard remains in Brantwood General Hospital. He was treated for head injuries on "
            "Thursday.",
        },
        {
            "id": "later",
            "published": "2031-03-16",
            "title": "Vellmore reviews security",
            "text": "The Vellmore company said on Monday that it had hired a firm to review its warehouses.",
        },
        {
            "id": "bridge",
            "published": "2031-03-12",
            "title": "Bridge repairs begin",
            "text": "Crews began repairs on the Orrin bridge on Tuesday, the county said.",
        },
    ]
    (tmp_path / "docs.jsonl").write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    texts = {e.date: e.text for e in build_engine(tmp_path).timeline("guard").events}
    assert texts.get("2031-03-13", "").startswith("He was treated for head injuries")
    assert subject_noun("The council approved the budget.") == ""  # no person: nothing carried
