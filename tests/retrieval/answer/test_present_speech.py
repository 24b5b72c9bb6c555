"""Live blogs and broadcast copy report speech in the present tense ("Tomlin tells reporters ...",
"Ode argues that ..."): such a sentence is its speaker's statement, as "said" makes it, so "what did
Tomlin say" is answered by it rather than declined."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

BLOG = (
    "10:02 a.m. The council chamber is full as the budget hearing opens. "
    "10:15 a.m. Councillor Rhea Tomlin tells reporters in the lobby that the library cuts will be reversed. "
    "10:40 a.m. Lawyer Samuel Ode, representing the ratepayers' group, argues that the levy breaks the "
    "county charter. "
    "11:05 a.m. The hearing breaks for lunch."
)


def _news(tmp_path: Path):  # type: ignore[no-untyped-def]
    docs = [{"id": "blog", "title": "LIVE: Budget hearing", "source": "Lakeside Radio", "text": BLOG}]
    return engine_of(tmp_path, [*docs, *filler(12)])


def test_a_present_tense_report_is_the_speakers_statement(tmp_path: Path) -> None:
    news = _news(tmp_path)
    a = news.ask("what did rhea tomlin say")
    assert not a.abstained and "library cuts will be reversed" in a.answer, a.answer
    assert_verbatim(news, a)
    a = news.ask("what did samuel ode say")
    assert not a.abstained and "breaks the county charter" in a.answer, a.answer
