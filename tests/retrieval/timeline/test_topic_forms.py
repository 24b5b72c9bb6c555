"""A timeline topic's words in their other forms: "ratification" is about sentences saying "ratify" or
"ratified" (WordNet's derived forms, as the answers bridge them). Small made-up documents."""

from __future__ import annotations

import json

import pytest

from retrieval import Engine, build_engine

DOCS = [
    {
        "id": "pact",
        "published": "2026-05-04",  # a Monday
        "title": "Dockers back new pay pact",
        "text": "Dock workers ratified the new pay pact on Friday by a wide margin. "
        "The port authority said the pact would cost it $3 million a year.",
    },
    {
        "id": "council",
        "published": "2026-05-06",
        "title": "Harbour council meets",
        "text": "Harbour councillors will vote on whether to ratify the dredging contract on May 19. "
        "The harbour council held a vote on parking fees on May 5.",
    },
    {
        "id": "weather",
        "published": "2026-05-06",
        "title": "Storm closes ferry",
        "text": "A storm closed the island ferry on Tuesday. "
        "Forecasters expect calmer seas by the weekend. "
        "The ferry operator said crossings would resume once the swell eased. "
        "Fishing boats stayed in the harbour overnight.",
    },
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("forms")
    (root / "docs.jsonl").write_text("\n".join(json.dumps(d) for d in DOCS) + "\n", encoding="utf-8")
    return build_engine(root)


def test_a_topic_word_finds_the_sentences_saying_it_in_another_form(engine: Engine) -> None:
    assert [e.date for e in engine.timeline("ratification").events] == ["2026-05-01", "2026-05-19"]


def test_each_topic_word_is_still_needed_in_one_of_its_forms(engine: Engine) -> None:
    # the parking vote holds "vote" but no form of "ratification"
    assert [e.date for e in engine.timeline("ratification vote").events] == ["2026-05-19"]


LEAD_DOCS = [
    {
        "id": "pipes",
        "published": "2026-05-06",
        "title": "Water board tests pipes",
        "text": "Inspectors found lead in the school's water pipes on Monday. "
        "The water board said it would replace every pipe by autumn.",
    },
    {
        "id": "mayor",
        "published": "2026-05-06",
        "title": "Former mayor honoured",
        "text": "Ana Ruiz, who led the harbour council for a decade, was honoured on Tuesday. "
        "Her portrait will hang in the council chamber.",
    },
    {
        "id": "road",
        "published": "2026-05-06",
        "title": "Road works",
        "text": "Road works on the coast road began on Monday and will last a month.",
    },
]


def test_a_homographs_irregular_verb_form_does_not_count_for_a_topic_word(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    root = tmp_path_factory.mktemp("lead")
    (root / "docs.jsonl").write_text("\n".join(json.dumps(d) for d in LEAD_DOCS) + "\n", encoding="utf-8")
    engine = build_engine(root)
    # "led" is the verb "lead"'s past, also a word of its own (an LED): not the metal
    assert [e.date for e in engine.timeline("lead").events] == ["2026-05-04"]


def test_regular_forms_and_irregular_noun_plurals_still_count() -> None:
    from retrieval.answer.bridge import word_family

    assert {"fallen"} <= word_family("fall") and "fell" not in word_family("fall")
    assert {"rising", "risen"} <= word_family("rise") and "rose" not in word_family("rise")
    assert "mice" in word_family("mouse")


def test_a_topic_word_finds_its_own_regular_inflections(tmp_path_factory: pytest.TempPathFactory) -> None:
    """ "vote" is about a sentence saying members "voted" (its past tense, not its derived "voter")."""
    docs = [
        {
            "id": "ballot",
            "published": "2026-05-11",
            "title": "Dockers accept contract",
            "text": "Union members voted to accept the new contract, the union announced Monday. "
            "About 3,400 of the union's 4,200 members took part.",
        },
        {
            "id": "budget",
            "published": "2026-05-12",
            "title": "Harbour budget",
            "text": "Harbour councillors will vote on the budget on May 20.",
        },
        *DOCS[2:],
    ]
    root = tmp_path_factory.mktemp("inflections")
    (root / "docs.jsonl").write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    assert [e.date for e in build_engine(root).timeline("vote").events] == ["2026-05-11", "2026-05-20"]


def test_a_topic_word_that_names_a_month_is_not_found_in_the_month(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "march" (the fans' march) is not the month of "free to play again in March 2028"."""
    docs = [
        {
            "id": "rally",
            "published": "2026-09-07",  # a Monday
            "title": "Fans rally behind striker",
            "text": "Supporters will march from the stadium to the town hall on Saturday. "
            "The striker's ban means he is free to play again in March 2028.",
        },
        *DOCS[2:],
    ]
    root = tmp_path_factory.mktemp("month-word")
    (root / "docs.jsonl").write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    assert [e.date for e in build_engine(root).timeline("march").events] == ["2026-09-12"]
