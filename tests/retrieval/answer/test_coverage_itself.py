"""Questions about the coverage itself asked as a new user would, on a made-up corpus about a town's
reservoir: an outlet named by a short form of its name or by a name only its own articles write, a
story asked to be summed up, a byline author asked about, and which outlet gave a figure."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_DOCS = [
    {"id": "dam-1", "title": "Crack found in Ostley reservoir dam", "source": "Tarn Valley Herald",
     "author": "Ruth Abara", "published": "2025-04-02",
     "text": "Engineers found a crack in the wall of the Ostley reservoir dam on Tuesday, the water board "
             "said. The board lowered the water level by two metres as a precaution. Board engineer Ines "
             "Morrow said the crack was not growing."},
    {"id": "dam-2", "title": "Ostley dam repairs to cost more than planned", "source": "Tarn Valley Herald",
     "author": "Ruth Abara", "published": "2025-04-20",
     "text": "Repairs to the Ostley dam will cost about 4,200,000 pounds, the water board said on Friday. "
             "Work is expected to finish before the autumn rains."},
    {"id": "dam-3", "title": "Anglers turned away from Ostley reservoir", "source": "RiverNet",
     "author": "Tomasz Wren", "published": "2025-04-05",
     "text": "Anglers were turned away from the Ostley reservoir on Saturday after the water board closed "
             "its banks. One angler told RiverNet the closure had ruined the opening of the season."},
    {"id": "dam-4", "title": "Water board defends dam inspections", "source": "Shire Post",
     "author": "Ines Calder", "published": "2025-04-08",
     "text": "The water board said its inspectors had checked the Ostley dam every spring. About 31,500 "
             "households draw their water from the reservoir, the board said."},
]  # fmt: skip


@pytest.fixture(scope="module")
def reservoir(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("reservoir"), [*_DOCS, *filler(8)])


def test_an_outlet_named_by_a_short_form_of_its_name_is_what_its_articles_report(reservoir: Engine) -> None:
    a = reservoir.ask("what did the herald report")
    assert not a.abstained, a.answer
    assert_verbatim(reservoir, a)
    assert [c.doc_id for c in a.citations] == ["dam-2", "dam-1"], a.answer


def test_an_outlet_whose_name_only_its_own_articles_write_is_still_that_outlet(reservoir: Engine) -> None:
    a = reservoir.ask("what did rivernet report")
    assert not a.abstained, a.answer
    assert_verbatim(reservoir, a)
    assert [c.doc_id for c in a.citations] == ["dam-3"], a.answer


@pytest.mark.parametrize("question", ["summarize the story", "summarize the coverage"])
def test_summing_up_the_story_is_a_digest_of_the_newest_articles(reservoir: Engine, question: str) -> None:
    a = reservoir.ask(question)
    assert not a.abstained, a.answer
    assert_verbatim(reservoir, a)
    assert [c.doc_id for c in a.citations][:2] == ["dam-2", "dam-4"], a.answer


@pytest.mark.parametrize(
    ("question", "docs"),
    [
        ("who is tomasz wren", ["dam-3"]),
        ("Who is Ruth Abara?", ["dam-2", "dam-1"]),
        # not "Board engineer Ines Morrow": someone else of the same first name
        ("who is ines calder", ["dam-4"]),
    ],
)
def test_someone_only_a_byline_names_is_answered_as_the_author_of_their_articles(
    reservoir: Engine, question: str, docs: list[str]
) -> None:
    a = reservoir.ask(question)
    assert not a.abstained and "wrote" in a.statements[0].text, a.answer
    assert_verbatim(reservoir, a)
    assert [c.doc_id for c in a.citations] == docs


def test_which_outlet_gave_a_figure_is_the_outlet_of_the_article_writing_it(reservoir: Engine) -> None:
    a = reservoir.ask("which outlet reported the 31,500 figure")
    assert [s.text for s in a.statements] == ["Shire Post"], a.answer
    assert_verbatim(reservoir, a)


def test_who_wrote_about_something_names_the_article_whose_headline_is_about_it(tmp_path: Path) -> None:
    # every article mentions the volunteers: the word says nothing of which one is about them but its
    # headline (a passing mention in another may be the best single sentence)
    docs = [
        {"id": "lamp", "title": "Lighthouse lamp relit after restoration", "source": "Cape Courier",
         "author": "Ada Morrow", "text": "The lamp of the Brenna Point lighthouse was relit on Sunday after "
         "a two-year restoration. The volunteers had raised the money, and volunteers will staff it."},
        {"id": "paint", "title": "Volunteers repaint the Brenna Point lighthouse", "source": "Cape Courier",
         "author": "Owen Tally", "text": "Forty people spent the weekend scraping the tower of the Brenna "
         "Point lighthouse. The work took "
         "three days and used two hundred litres of white paint. Boats from the sailing club ferried paint "
         "and ladders across the bay, and the volunteers slept in tents on the point. The red band around "
         "the lantern was left for a specialist firm."},
        {"id": "keeper", "title": "Last keeper remembers the lighthouse", "source": "Bay Weekly",
         "author": "Ada Morrow", "text": "The last keeper of the Brenna Point lighthouse, now 91, said the "
         "new paint looked fine."},
    ]  # fmt: skip
    news = engine_of(tmp_path, [*docs, *filler(6)])
    a = news.ask("who wrote about the volunteers")
    assert not a.abstained and a.answer.startswith("Owen Tally wrote"), a.answer
    assert [c.doc_id for c in a.citations] == ["paint"]


def test_who_wrote_an_outlets_story_is_its_one_author_of_all_its_stories(reservoir: Engine) -> None:
    a = reservoir.ask("who wrote the herald story")
    assert not a.abstained and a.answer.startswith("Ruth Abara wrote"), a.answer
    assert sorted(c.doc_id for c in a.citations) == ["dam-1", "dam-2"]
    assert_verbatim(reservoir, a)


_KINDS = [
    {"id": "view", "title": "Opinion: The quay deserves better than a car park", "source": "Bay Weekly",
     "author": "Nadia Ferrante",
     "text": "Nadia Ferrante has run a fish stall in Ostley for 30 years. The council wants to pave the old "
             "quay for 200 cars. It should instead open the quay to market stalls, as every harbour town "
             "along the coast has done. The council has not asked traders what they want."},
    {"id": "plan", "title": "Council backs car park on old quay", "source": "Shire Post",
     "author": "Ines Calder",
     "text": "The council voted on Tuesday to build a car park for 200 cars on the old quay. Work will start "
             "in May, the council said."},
    {"id": "storm", "title": "LIVE: Storm batters the coast", "source": "Shire Post",
     "author": "Shire Post staff",
     "text": "Waves broke over the quay wall at high tide on Friday. The coast road was closed at Ostley."},
]  # fmt: skip


@pytest.fixture(scope="module")
def kinds(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("kinds"), [*_KINDS, *filler(8)])


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("who wrote the op-ed", "Nadia Ferrante wrote"),
        ("Who wrote the op ed?", "Nadia Ferrante wrote"),
        ("who wrote the opinion piece", "Nadia Ferrante wrote"),
        ("who wrote the live blog", "Shire Post staff wrote"),
    ],
)
def test_an_article_named_by_its_kind_is_the_one_whose_headline_rubric_says_so(
    kinds: Engine, question: str, says: str
) -> None:
    a = kinds.ask(question)
    assert a.answer.startswith(says), a.answer
    assert_verbatim(kinds, a)


@pytest.mark.parametrize(
    "question", ["what does the op-ed argue", "what does the opinion piece say about the council"]
)
def test_what_an_article_named_by_its_kind_says_is_quoted_from_it(kinds: Engine, question: str) -> None:
    a = kinds.ask(question)
    assert not a.abstained and {c.doc_id for c in a.citations} == {"view"}, a.answer
    assert_verbatim(kinds, a)


def test_an_articles_lead_is_not_the_line_about_its_author(kinds: Engine) -> None:
    a = kinds.ask("what does the op-ed argue")
    assert not a.abstained and a.statements[0].text.startswith("The council wants"), a.answer


def test_a_typed_question_about_an_article_named_by_its_kind_is_not_read_from_its_sentences(
    kinds: Engine,
) -> None:
    # when the live blog started is the article's own time, which no sentence of it tells
    assert kinds.ask("what time did the live blog start").abstained
