"""Questions about the coverage itself on a made-up corpus of markdown, text and JSONL files: an article
named only by its headline's words, the outlet an author writes for, and a question placed in a period
(answered only from that period, declined when nothing of it matches)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from retrieval import Answer, Engine, build_engine
from retrieval.search.text import normalize_for_match
from tests.retrieval.answer.corpora import engine_of

_FILLER = [
    ("orchard", "The apple harvest in the valley was the largest in a decade, growers said."),
    ("museum", "The city museum opened a new wing for modern sculpture on Saturday."),
    ("rail", "Commuters faced delays after a signal failure near the central station."),
    ("school", "Teachers at the district school voted to accept a new pay offer."),
]


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("harbour")
    (root / "floods.md").write_text(
        "# Floods swamp the harbour district\n\n*Harbor Gazette* — by Lena Ortiz — 4 June 2024\n\n"
        "Water rose above the quay wall on Monday night and spread into the streets behind the port.\n"
        "Shopkeepers spent the morning pumping out cellars, and the council opened a shelter.\n"
        "The harbour master said the tide gauge broke its record by eleven centimetres.\n",
        encoding="utf-8",
    )
    (root / "cranes.md").write_text(
        "# New cranes arrive at the container terminal\n\nBy Lena Ortiz | Harbor Gazette | March 2, 2023\n\n"
        "Two new cranes were unloaded at the container terminal on Thursday.\n"
        "The port authority said the cranes would double the number of boxes handled each hour.\n",
        encoding="utf-8",
    )
    (root / "strike.txt").write_text(
        "Dock workers walk out over pay\n\nSam Keller, Coastal Courier\n\n"
        "Dock workers at the port stopped work on Friday in a dispute over overtime pay.\n"
        "The union said the strike would continue until a new offer was made.\n",
        encoding="utf-8",
    )
    records = [
        {
            "id": "ferry",
            "title": "Ferry timetable changes for summer",
            "text": "The ferry company will add two evening sailings from July. Tickets go on sale soon.",
            "source": "Coastal Courier",
            "author": "Sam Keller",
            "published": "2024-06-20",
        },
        {
            "id": "quay",
            "title": "Quay repairs begin",
            "text": "The port closed the quay for repairs in June, the harbour master said. "
            "Work on the quay wall was expected to take a month.",
            "source": "Harbor Gazette",
            "author": "Priya Nair",
            "published": "2022-06-15",
        },
        {
            "id": "column",
            "title": "A column on the lighthouse",
            "text": "The old lighthouse keeper retired after forty years on the point.",
            "source": "Bay Weekly",
            "author": "Sam Keller",
            "published": "2024-01-10",
        },
    ]
    records += [
        {"id": f"{slug}-{i}", "title": f"{slug} news {i}", "text": text}
        for i, (slug, text) in enumerate(_FILLER * 2)
    ]
    (root / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return build_engine(root)


def _cited_verbatim(engine: Engine, a: Answer) -> None:
    assert not a.abstained and a.citations, a.answer
    for c in a.citations:
        doc = normalize_for_match(" ".join(s.text for s in engine.documents[c.doc_id].sentences))
        assert normalize_for_match(c.quote) in doc


def test_the_metadata_comes_from_the_bylines(harbour: Engine) -> None:
    floods, strike = harbour.documents["floods"].meta, harbour.documents["strike"].meta
    assert (floods.author, floods.source, str(floods.published)) == (
        "Lena Ortiz",
        "Harbor Gazette",
        "2024-06-04",
    )
    assert (strike.author, strike.source, strike.published) == ("Sam Keller", "Coastal Courier", None)


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("Who wrote about the floods?", "Lena Ortiz wrote “Floods swamp the harbour district”"),
        ("When was the article about the floods published?", "was published on 4 June 2024"),
        ("Which outlets reported on the floods?", "Reported by Harbor Gazette [1]."),
    ],
)
def test_an_article_named_only_by_its_headline_is_found(harbour: Engine, question: str, says: str) -> None:
    a = harbour.ask(question)
    _cited_verbatim(harbour, a)
    assert says in a.answer and [c.doc_id for c in a.citations] == ["floods"]


def test_the_outlet_an_author_writes_for_comes_from_their_articles(harbour: Engine) -> None:
    a = harbour.ask("Which outlet does Lena Ortiz write for?")
    _cited_verbatim(harbour, a)
    assert a.answer == "Lena Ortiz writes for Harbor Gazette [1]."
    assert harbour.documents[a.citations[0].doc_id].meta.author == "Lena Ortiz"


def test_an_author_writing_for_two_outlets_is_answered_with_both(harbour: Engine) -> None:
    a = harbour.ask("Who does Sam Keller write for?")
    _cited_verbatim(harbour, a)
    assert "Coastal Courier [1]" in a.answer and "Bay Weekly [2]" in a.answer
    assert [harbour.documents[c.doc_id].meta.source for c in a.citations] == ["Coastal Courier", "Bay Weekly"]


def test_who_someone_works_for_is_not_taken_from_bylines_when_no_article_is_theirs(harbour: Engine) -> None:
    a = harbour.ask("Who does Karin Holm write for?")
    assert a.abstained and "writes for" not in a.answer


def test_a_question_in_a_period_is_answered_from_that_period(harbour: Engine) -> None:
    june = harbour.ask("What happened at the port in June 2024?")
    _cited_verbatim(harbour, june)
    assert {c.doc_id for c in june.citations} == {"floods"}
    said = harbour.ask("What did the harbour master say in 2024?")
    _cited_verbatim(harbour, said)
    assert {c.doc_id for c in said.citations} == {"floods"}
    year = harbour.ask("What happened at the port in 2023?")
    _cited_verbatim(harbour, year)
    assert {c.doc_id for c in year.citations} == {"cranes"}


def test_a_period_nothing_matches_in_is_declined_not_answered_from_another(harbour: Engine) -> None:
    # June 2022's quay repairs say "in June": not the June asked about
    a = harbour.ask("What did the harbour master say in June 2021?")
    assert a.abstained and not a.citations and "June 2021" in a.answer


def test_a_sentence_stating_the_period_counts_though_its_article_is_dated_otherwise(harbour: Engine) -> None:
    a = harbour.ask("What will the ferry company add in July 2024?")
    _cited_verbatim(harbour, a)
    assert a.citations[0].doc_id == "ferry"


def test_a_story_named_only_by_its_headline_is_found_for_an_ordinary_question(harbour: Engine) -> None:
    a = harbour.ask("Tell me about the floods")
    _cited_verbatim(harbour, a)
    assert a.citations[0].doc_id == "floods"


def test_who_wrote_about_a_topic_names_the_author_of_a_near_best_article_that_has_one(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    root = tmp_path_factory.mktemp("uncredited")
    records = [
        {"id": "wire", "title": "Strike ends", "text": "The dock strike ended on Friday after a pay deal."},
        {
            "id": "gazette",
            "title": "Dock strike over",
            "text": "The dock strike ended with a pay deal, the union said.",
            "source": "Harbor Gazette",
            "author": "Lena Ortiz",
        },
    ]
    records += [{"id": f"f{i}", "title": f"note {i}", "text": t} for i, (_, t) in enumerate(_FILLER * 2)]
    (root / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    engine = build_engine(root)
    a = engine.ask("Who wrote about the dock strike?")
    _cited_verbatim(engine, a)
    assert a.answer.startswith("Lena Ortiz wrote") and a.citations[0].doc_id == "gazette"
    writes = engine.ask("Which outlet does Lena Ortiz write for?")
    assert [s.text for s in writes.statements] == ["Lena Ortiz writes for Harbor Gazette."]


def test_who_wrote_a_book_the_articles_mention_is_asked_of_the_articles_not_their_bylines(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    root = tmp_path_factory.mktemp("novel")
    records = [
        {
            "id": "film",
            "title": "Harbour drama opens",
            "text": "The harbour drama opened in cinemas on Friday. "
            "The film is based on a novel by Ada Brennan.",
            "source": "Harbor Gazette",
            "author": "Lena Ortiz",
        },
        {
            "id": "ferry",
            "title": "Ferry fares rise",
            "text": "Ferry fares will rise by a tenth in May.",
            "source": "Coastal Courier",
            "author": "Sam Keller",
        },
    ]
    records += [{"id": f"f{i}", "title": f"note {i}", "text": t} for i, (_, t) in enumerate(_FILLER * 2)]
    (root / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    engine = build_engine(root)
    a = engine.ask("Who wrote the novel the film is based on?")
    _cited_verbatim(engine, a)
    assert "Ada Brennan" in a.answer and "Lena Ortiz" not in a.answer
    assert engine.ask("Who wrote about the harbour drama?").answer.startswith("Lena Ortiz wrote")
    named = engine.ask("Who wrote the Harbor Gazette story about the harbour drama?")
    assert named.answer.startswith("Lena Ortiz wrote"), named.answer


@pytest.mark.parametrize(
    ("question", "doc_id", "headline"),
    [
        (
            "What was the headline of the Coastal Courier story on the dock strike?",
            "strike",
            "Dock workers walk out",
        ),
        (
            "What did the headline say about the ferry sailings?",
            "ferry",
            "Ferry timetable changes for summer",
        ),
    ],
)
def test_a_headline_asked_for_is_the_articles_title_cited_to_it(
    harbour: Engine, question: str, doc_id: str, headline: str
) -> None:
    """The headline is stated from the article's title; the quote is verbatim page text (the headline
    itself where the page writes it, else the sentence that matched)."""
    a = harbour.ask(question)
    _cited_verbatim(harbour, a)
    assert (
        f"The headline of the article in {harbour.documents[doc_id].meta.source} is “{headline}" in a.answer
    )
    assert [c.doc_id for c in a.citations] == [doc_id]


@pytest.mark.parametrize(
    "question",
    ["What was the headline inflation rate?", "Who won the title?", "Which story made headlines on Friday?"],
)
def test_a_headline_figure_a_sports_title_or_making_headlines_is_not_a_question_about_a_headline(
    question: str,
) -> None:
    from retrieval.answer.about import meta_kind

    assert meta_kind(question) is None


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("Who wrote the Bay Weekly article?", "Sam Keller wrote “A column on the lighthouse” (Bay Weekly)."),
        ("When was the Bay Weekly piece published?", "was published on 10 January 2024."),
        ("What was the headline of the Bay Weekly story?", "is “A column on the lighthouse”."),
    ],
)
def test_an_outlets_article_named_by_nothing_else_is_its_only_one(
    harbour: Engine, question: str, says: str
) -> None:
    a = harbour.ask(question)
    _cited_verbatim(harbour, a)
    assert says in a.answer and [c.doc_id for c in a.citations] == ["column"]


def test_an_outlets_article_named_by_nothing_else_is_not_guessed_among_several(harbour: Engine) -> None:
    a = harbour.ask("Who wrote the Harbor Gazette article?")
    assert a.abstained and "3 articles from that outlet" in a.answer, a.answer


def test_an_outlets_articles_asked_in_the_plural_are_each_credited(harbour: Engine) -> None:
    # "the articles": each of them, by its own author; "the article" of several stays unguessed
    gazette = [d for d in harbour.documents.values() if d.meta.source == "Harbor Gazette"]
    a = harbour.ask("Who wrote the Harbor Gazette articles?")
    assert not a.abstained and len(a.statements) == len(gazette), a.answer
    for doc in gazette:
        assert f"{doc.meta.author} wrote “{doc.meta.title}”" in a.answer, a.answer
    _cited_verbatim(harbour, a)


def test_which_outlets_reported_names_every_outlet_with_an_article_on_it(tmp_path: Path) -> None:
    docs = [
        {"id": "a", "title": "Kiln strike begins", "source": "Tarn Herald",
         "text": "Workers at the Ostley kiln began a strike on Monday."},
        {"id": "b", "title": "Pickets at kiln", "source": "Valley Radio",
         "text": "Pickets outside the Ostley kiln, where the strike is in its third day and where managers "
                 "have brought in temporary staff from two other plants in the county, were cheerful."},
        {"id": "c", "title": "Kiln talks", "source": "Ostley Times",
         "text": "Talks to end the Ostley kiln strike will resume next week, the union said."},
        {"id": "d", "title": "Fair opens", "source": "Shire Post", "text": "The fair opened on Friday."},
    ]  # fmt: skip
    news = engine_of(tmp_path, docs)
    a = news.ask("Which outlets reported on the Ostley kiln strike?")
    assert {s.text for s in a.statements} == {"Tarn Herald", "Valley Radio", "Ostley Times"}, a.answer
    _cited_verbatim(news, a)


def test_an_outlet_named_by_its_initials_restricts_to_its_articles(tmp_path: Path) -> None:
    docs = [
        {
            "id": "radio",
            "title": "Dunmore council delays the bridge vote",
            "source": "Harbour City Public Radio",
            "author": "Ines Valdo",
            "text": "The Dunmore council delayed its vote on the bridge to next month, the mayor said.",
        },
        {
            "id": "paper",
            "title": "Dunmore bridge vote put off",
            "source": "Dunmore Gazette",
            "author": "Ruth Kell",
            "text": "Councillors in Dunmore put off the bridge vote after a long debate on Tuesday.",
        },
    ]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("what did hcpr report about the dunmore bridge")
    assert not a.abstained, a.answer
    assert {c.doc_id for c in a.citations} == {"radio"}
    assert "Ines Valdo" in engine.ask("who wrote the hcpr story").answer


def test_a_place_an_outlets_name_holds_is_no_short_name_for_the_outlet(tmp_path: Path) -> None:
    # "New" is written capitalised only inside "New Calder", a place: the question asks about the place
    docs = [
        {
            "id": "radio",
            "title": "Board certifies the count",
            "source": "New Calder Public Radio",
            "text": "The county board certified the count on Monday after a two-day review.",
        },
        {
            "id": "paper",
            "title": "Recount rules",
            "source": "The Calder Courier",
            "text": "Under New Calder law, a margin under half a percent triggers an automatic recount.",
        },
        {
            "id": "ledger",
            "title": "Count ends",
            "source": "Merrow Ledger",
            "text": "The count ended on Friday with the margin at 131 votes.",
        },
    ]
    engine = engine_of(tmp_path, docs)
    a = engine.ask("what triggers an automatic recount in new calder")
    assert not a.abstained, a.answer
    assert {c.doc_id for c in a.citations} == {"paper"}
