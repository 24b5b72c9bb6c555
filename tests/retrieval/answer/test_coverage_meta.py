"""Questions about the coverage itself on a made-up corpus about a warehouse fire: every outlet whose
article is on the topic is listed, the article whose headline or lead is about a thing is the one
"the article about" it means, an outlet is named by the word of its name its articles write only as
its name ("seen by the Gazette"), a rubric's kind names its article ("the live blog"), and a
correction notice is no article's lead."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_DOCS = [
    {"id": "fire-1", "title": "Fire guts Brackwell warehouse on Quay Road", "source": "Lintford Gazette",
     "author": "Oona Fairley", "published": "2025-06-02",
     "text": "A fire destroyed the Brackwell furniture warehouse on Quay Road early Sunday, fire crews said. "
             "No one was hurt, according to station officer Piet Lamond.\n\n"
             "Smoke from the fire closed the Quay Road bridge for six hours."},
    {"id": "fire-2", "title": "Brackwell blaze: insurer questions sprinkler records",
     "source": "Lintford Gazette", "author": "Oona Fairley", "published": "2025-06-09",
     "text": "Correction: An earlier version of this article gave the wrong date for the inspection. "
             "It was in March, not May.\n\n"
             "The insurer of the Brackwell warehouse has asked for its sprinkler records, according to "
             "a letter seen by the Gazette.\n\n"
             "The warehouse owner said the sprinklers were tested in March."},
    {"id": "fire-3", "title": "Neighbours sue Brackwell owner over smoke damage",
     "source": "Harrow Chronicle", "author": "Dev Anand", "published": "2025-06-12",
     "text": "A lawsuit filed on Wednesday by eleven neighbours seeks damages for smoke that blackened their "
             "homes.\n\n"
             "Their lawyer, Mira Sokol, said the owner had ignored repeated complaints about stored paint."},
    {"id": "fire-4", "title": "Brackwell warehouse site to reopen as depot", "source": "Wexham Courier",
     "author": "Lena Vos", "published": "2025-07-01",
     "text": "The owner of the burnt Brackwell warehouse plans to reopen the site as a parcel depot by "
             "autumn. The depot would employ about 40 people.\n\n"
             "The owner said the lawsuit over the smoke would not delay the lawsuit hearing or the work, "
             "and that the lawsuit was without merit."},
    {"id": "fire-5", "title": "LIVE: Brackwell warehouse fire updates", "source": "Radio Lintford",
     "author": "Radio Lintford staff", "published": "2025-06-01",
     "text": "Sunday, 5:10 a.m. - Crews are fighting a large fire at the Brackwell warehouse on "
             "Quay Road.\n\n"
             "Sunday, 7:40 a.m. - Police have closed the Quay Road bridge to traffic."},
    {"id": "fire-6", "title": "Brackwell staff to be paid during closure", "source": "Harrow Chronicle",
     "author": "Dev Anand", "published": "2025-06-04",
     "text": "Staff at Brackwell will be paid in full while the company looks for a new site, its owner "
             "said. "
             "The company employs 64 people, most of them drivers and packers.\n\n"
             "Union organiser Hal Brigg said members were relieved. Talks on a new rota begin next week.\n\n"
             "Investigators believe the fire started in a storeroom."},
    {"id": "fire-7", "title": "Brackwell CEO apologises to neighbours", "source": "Wexham Courier",
     "author": "Pia Holm", "published": "2025-06-20",
     "text": "The chief executive of Brackwell, Marta Brun, apologised to neighbours at a public meeting. "
             "She promised to pay for cleaning."},
    {"id": "fire-8", "title": "Brackwell fire chief praises crews", "source": "Harrow Chronicle",
     "author": "Dev Anand", "published": "2025-06-21",
     "text": "Chief executive Marta Brun and chief fire officer Ken Obi thanked the crews who fought the "
             "Brackwell fire, at a ceremony on Friday."},
]  # fmt: skip


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("warehouse"), [*_DOCS, *filler(8)])


def test_every_outlet_with_an_article_on_the_topic_is_listed(tmp_path: Path) -> None:
    # one outlet's many short updates on the fire outrank every sentence of the others' articles, whose
    # sentences name the company in one sentence and the fire in another
    updates = [
        {"id": f"update-{i}", "title": f"Brackwell fire update {i}", "source": "Lintford Gazette",
         "published": "2025-06-03", "text": f"Brackwell fire update {i}: the Brackwell fire site stays shut."}
        for i in range(50)
    ]  # fmt: skip
    engine = engine_of(tmp_path, [*_DOCS, *updates, *filler(8)])
    a = engine.ask("which outlets covered the Brackwell fire")
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    listed = {c.source for c in a.citations}
    assert {"Lintford Gazette", "Harrow Chronicle", "Radio Lintford"} <= listed, a.answer


def test_the_article_about_a_thing_is_the_one_whose_headline_or_lead_is_about_it(warehouse: Engine) -> None:
    # the depot story writes "lawsuit" more often; the Chronicle's lead is about the lawsuit
    a = warehouse.ask("who wrote the article about the lawsuit")
    assert not a.abstained, a.answer
    assert [c.doc_id for c in a.citations] == ["fire-3"], a.answer
    assert "Dev Anand" in a.answer


@pytest.mark.parametrize(
    "question", ["what did the gazette report", "according to the gazette, what closed?"]
)
def test_an_outlet_is_named_by_the_word_its_articles_write_only_as_its_name(
    warehouse: Engine, question: str
) -> None:
    a = warehouse.ask(question)
    assert not a.abstained, a.answer
    assert_verbatim(warehouse, a)
    assert {c.doc_id for c in a.citations} <= {"fire-1", "fire-2"}, a.answer
    if question.startswith("what did"):  # what the outlet reported: its articles' leads
        assert [c.doc_id for c in a.citations] == ["fire-2", "fire-1"], a.answer


def test_a_correction_notice_is_no_articles_lead(warehouse: Engine) -> None:
    a = warehouse.ask("what did the gazette report")
    assert not any("Correction" in c.quote or "not May" in c.quote for c in a.citations), a.answer


def test_the_live_blog_is_the_article_whose_headline_rubric_says_so(warehouse: Engine) -> None:
    a = warehouse.ask("what did the live blog say")
    assert not a.abstained, a.answer
    assert_verbatim(warehouse, a)
    assert [c.doc_id for c in a.citations] == ["fire-5"], a.answer


def test_every_outlet_naming_the_whole_coverages_topic_is_listed(tmp_path: Path) -> None:
    # no filler: the whole coverage is about the Brackwell fire, and follow-ups tell it in other words
    engine = engine_of(tmp_path, _DOCS)
    a = engine.ask("which outlets covered the Brackwell fire")
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    listed = {c.source for c in a.citations}
    assert listed == {"Lintford Gazette", "Harrow Chronicle", "Radio Lintford", "Wexham Courier"}, a.answer


def test_an_acronym_in_a_headline_names_its_article_over_one_word_of_its_spelling(warehouse: Engine) -> None:
    # "CEO" in one headline, "chief" (one word of "chief executive") in the other
    a = warehouse.ask("who wrote the article about the ceo")
    assert not a.abstained, a.answer
    assert [c.doc_id for c in a.citations] == ["fire-7"], a.answer
