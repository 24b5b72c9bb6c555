"""A dated sentence opening on "He" or "She" is about the person its paragraph's sentence before names
first, for a timeline topic: shown verbatim, never rewritten. Small made-up documents."""

from __future__ import annotations

import json

import pytest

from retrieval import Engine, build_engine
from retrieval.timeline.index import subject_name

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
