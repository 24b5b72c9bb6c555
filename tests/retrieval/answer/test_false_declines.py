"""Questions the coverage answers in other words than the question's (small made-up corpora): a kind of
thing newer than the dictionary ("which app"), and the answer is given, not declined."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

RUIZ = {
    "id": "ruiz",
    "title": "Ruiz to run for governor",
    "text": "Mayor Ana Ruiz will leave the council in May. She announced her run for governor in a video "
    "posted on Snapchat on Monday.",
}


def _engine(tmp_path: Path, *docs: dict[str, str]) -> Engine:
    return engine_of(tmp_path, [*filler(12), RUIZ, *docs])


def test_a_kind_of_thing_the_dictionary_lacks_is_asked_for_not_named(tmp_path: Path) -> None:
    # WordNet has no "app": the word names the kind of answer, not something the story must mention
    engine = _engine(tmp_path)
    a = engine.ask("which app did ruiz post the video on")
    assert not a.abstained, a.answer
    assert a.citations[0].doc_id == "ruiz" and "Snapchat" in a.answer
    assert_verbatim(engine, a)
    # still declined about someone the coverage never mentions
    assert engine.ask("which app did garcia post the video on").abstained
