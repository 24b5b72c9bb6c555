"""A "what is the X" asks for X: a sentence on its topic that never writes X (nor a synonym of it) does
not state it ("what was Norland's trade surplus in 2004" is not answered by "Norland's Securities Trading
Act says ..."). A noun the coverage never writes is not demanded: it can only be put in other words."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

PROBE = (
    "Norland's markets regulator is looking into share dealing at Vestra Bank in 2004. "
    "Norland's Securities Trading Act says that if the regulator finds such clues, "
    "it has to tell prosecutors. "
    "Vestra Bank said it would help the inquiry."
)
ECONOMY = (
    "Kellan's economy grew strongly last year. "
    "Kellan ran a trade surplus of $4bn in 2004, helped by exports of timber. "
    "The central bank kept rates on hold."
)


def _news(tmp_path: Path):  # type: ignore[no-untyped-def]
    docs = [
        {"id": "probe", "title": "Vestra Bank dealing probed", "text": PROBE},
        {"id": "economy", "title": "Kellan economy grows", "text": ECONOMY},
    ]
    return engine_of(tmp_path, [*docs, *filler(12)])


def test_a_topic_sentence_without_the_thing_asked_declines(tmp_path: Path) -> None:
    news = _news(tmp_path)
    for question in (
        "what was norland's trade surplus in 2004",
        "what was the trade surplus of norland in 2004",
    ):
        a = news.ask(question)
        assert a.abstained, a.answer


def test_the_thing_asked_answers(tmp_path: Path) -> None:
    news = _news(tmp_path)
    a = news.ask("what was kellan's trade surplus in 2004")
    assert not a.abstained and "$4bn" in a.answer, a.answer
    assert_verbatim(news, a)
