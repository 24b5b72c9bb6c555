"""A question "what was the name of the X that ..." asks for a name: its "name" says what kind of
answer is wanted, and is no word of the topic. A sentence that echoes it ("the mayor read the names of
the dead") does not answer; the sentence naming the X does. X is the noun before the clause that picks
it out ("the ferry that capsized"), not the clause's last word."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from retrieval.answer.question import asked_called_noun
from tests.retrieval.answer.corpora import engine_of, filler

STORY = [
    {
        "id": "t1",
        "title": "Ferry capsizes on the lake",
        "text": "Nine people died when the passenger ferry Blue Heron capsized on Lake Orva on Monday. "
        "Divers worked through the night near the northern shore.",
    },
    {
        "id": "t2",
        "title": "Vigil for the dead",
        "text": "Hundreds gathered at the quay on Tuesday evening. "
        "Mayor Ada Quill read the names of the dead at the vigil for the ferry victims. "
        "The search for the last ferry passengers ended on Wednesday.",
    },
]


def _engine(tmp_path: Path) -> Engine:
    return engine_of(tmp_path, [*STORY, *filler(12)])


def test_the_noun_whose_name_is_asked_is_the_one_before_its_clause() -> None:
    assert asked_called_noun("What was the name of the ferry that capsized?") == "ferry"
    assert asked_called_noun("what is the name of the reactor which blew up") == "reactor"


def test_the_name_of_the_ferry_is_the_sentence_naming_it(tmp_path: Path) -> None:
    a = _engine(tmp_path).ask("What was the name of the ferry that capsized?")
    assert not a.abstained, a.answer
    assert a.answer.startswith("Nine people died"), a.answer
