"""Answering right when the coverage does answer, pinned on small made-up corpora (not the seeds): a
misspelling that is itself an English word corrected only where the coverage confirms it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from retrieval import Engine, build_engine
from tests.retrieval.answer.corpora import FILLER_TOPICS, filler
from tests.retrieval.answer.corpora import engine_of as _engine

#: fewer filler topics than the other answer tests: these stories are about rail, sport and the like
_TOPICS = [t for t in FILLER_TOPICS if t[0] in {"orchard", "museum", "school", "weather"}]


def _filler(n: int) -> list[dict[str, str]]:
    return filler(n, _TOPICS)


def _river(tmp_path: Path) -> Engine:
    docs = [
        {
            "id": "flood",
            "title": "Flood warning for the Brenn valley",
            "text": "The river Brenn burst its banks near Halden on Monday, the agency said. "
            "Engineers will inspect the old bridge over the river on Friday.",
        },
        {
            "id": "crash",
            "title": "School bus crash",
            "text": "A school bus carrying pupils crashed on the ring road outside Halden on Monday. "
            "Twelve pupils were taken to hospital with minor injuries.",
        },
        {
            "id": "talks",
            "title": "Harbour talks",
            "text": "Port officials hope to break the deadlock over harbour fees before the summer season.",
        },
        *_filler(12),
    ]
    return _engine(tmp_path, docs)


def test_a_word_the_coverage_lacks_is_not_read_as_the_corpus_word_one_edit_away(tmp_path: Path) -> None:
    engine = _river(tmp_path)
    # "driver" is one edit from "river", which the coverage holds; no sentence holds "river" with the
    # question's other words, so the question is not about the river
    assert engine.ask("what happened to the driver").abstained
    a = engine.ask("was the driver of the bus hurt")
    assert not a.abstained, a.answer
    assert "river" not in a.answer.lower() and "hospital" in a.answer


def test_a_real_word_misspelling_is_corrected_where_the_coverage_confirms_it(tmp_path: Path) -> None:
    engine = _river(tmp_path)
    a = engine.ask("wat do port officials hope to brake over harbour fees")  # "brake" for "break"
    assert not a.abstained, a.answer
    assert "deadlock" in a.answer


def test_the_detail_in_the_sentence_after_the_topic_sentence_answers_a_typed_question(tmp_path: Path) -> None:
    text = (
        "Three local dramas are among the shows nominated for the Silver Lantern television awards.\n\n"
        "The festival, which honours the best new drama, will take place in Velden from 3 to 8 May."
    )
    engine = _engine(tmp_path, [{"id": "tv", "title": "Lantern nominations", "text": text}, *_filler(12)])
    a = engine.ask("where are the silver lantern awards held")
    assert not a.abstained, a.answer
    assert "Velden" in a.answer, a.answer


def test_what_a_question_asks_is_read_from_its_asking_sentence_not_its_scene_setting() -> None:
    from retrieval.answer.question import classify

    assert classify("Prices rose again across the country. Where did they rise the most?") == "place"
    assert classify("A new chip was shown at the fair. When will it go on sale?") == "date"


def test_a_question_asking_what_something_is_called_asks_for_a_name() -> None:
    from retrieval.answer.question import classify

    assert classify("what is the new phone chip called") == "entity"
    assert classify("whats the singer's nickname") == "entity"


def test_the_wh_phrase_names_its_last_noun_not_its_first_word() -> None:
    from retrieval.answer.question import analyze
    from retrieval.search.text import Tokenizer, stem

    tok = Tokenizer()
    q = analyze("Which wildly popular show was renewed?", tok)
    assert q.head == stem("show")
    q = analyze("How many baby swings and rockers were recalled?", tok)
    assert q.counted == stem("swings") and stem("baby") in q.counted_with
    assert analyze("Which high-ranking US official tested positive?", tok).kind == "person"
    # a verb's plain form after a plural noun is the verb, though it can be a noun too
    assert analyze("How many Europeans want to watch films?", tok).counted == stem("europeans")
    assert analyze("How many seats change hands?", tok).counted == stem("seats")
    assert analyze("How many people work at the plant?", tok).counted == stem("people")
    # ... but a compound's last noun that can be a verb is the head at the phrase's end or before an auxiliary
    assert analyze("Stars were honoured at which awards show?", tok).head == stem("show")
    assert analyze("Which arms deal was signed?", tok).head == stem("deal")
    assert analyze("How many police officers were hurt?", tok).counted == stem("officers")


def test_a_how_much_question_is_not_answered_by_the_number_it_gives_itself(tmp_path: Path) -> None:
    docs = [
        {
            "id": "phone",
            "title": "Phone tickets",
            "text": "Passengers will need a Zephyr 3220 handset with a special shell attached to it. "
            "The shell holds a chip that the gates at the station can read.",
        },
        {
            "id": "rates",
            "title": "Rates held",
            "text": "The Pellan central bank left its key rate unchanged at 2% for the 19th month in a row.",
        },
        *_filler(12),
    ]
    engine = _engine(tmp_path, docs)
    assert engine.ask("how much does the zephyr 3220 cost").abstained
    a = engine.ask("how long has the pellan central bank left its rate at 2%")
    assert not a.abstained and "19th month" in a.answer, a.answer


def test_a_closed_class_word_no_dictionary_lists_is_not_taken_for_a_missing_name(tmp_path: Path) -> None:
    text = "Minister Ilse Varga said nothing had moved on the canal deal since the spring."
    engine = _engine(tmp_path, [{"id": "canal", "title": "Canal deal", "text": text}, *_filler(12)])
    # "anything" is in neither the stop words nor WordNet; read as a name it made the question abstain
    a = engine.ask("has anything moved on the canal deal according to varga")
    assert not a.abstained, a.answer


def test_a_lowercase_acronym_is_read_as_the_name_its_capitals_stand_for(tmp_path: Path) -> None:
    (tmp_path / "aliases.toml").write_text('groups = [["united kingdom", "uk"]]\n', encoding="utf-8")
    root = tmp_path / "corpus"
    root.mkdir()
    text = (
        "Rising fuel costs are hitting confidence among the UK's small brewers, the guild says. "
        "Small brewers in the UK sold fewer casks this winter than in any year since the UK guild began. "
        "Exports from the UK held up."
    )
    docs = [{"id": "brew", "title": "Brewers", "text": text}, *_filler(12)]
    # a web address writes it in lowercase once: the coverage holds "uk" too, not as the country
    docs.append({"id": "maps", "title": "Maps", "text": "Old maps are sold online at mapshop dot co dot uk."})
    (root / "docs.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    engine = build_engine(root, aliases=tmp_path / "aliases.toml")
    a = engine.ask("what's hitting confidence among uk small brewers")
    assert not a.abstained, a.answer
    assert "fuel costs" in a.answer


def test_the_sentence_naming_the_asked_noun_wins_over_one_naming_other_things(tmp_path: Path) -> None:
    text = (
        "Actor Nora Vance is one of the people behind plans to reopen a Dunmore theatre thought to be "
        "Wessex's oldest.\n\n"
        "They will set up a charity to buy the Alcott Theatre, and hope to reopen it in the summer."
    )
    engine = _engine(tmp_path, [{"id": "stage", "title": "Stage plans", "text": text}, *_filler(12)])
    a = engine.ask("which dunmore theatre is nora vance trying to reopen")
    assert not a.abstained, a.answer
    assert "Alcott Theatre" in a.answer, a.answer


def test_a_capitalised_verb_or_weekday_after_a_preposition_is_no_place() -> None:
    from retrieval.answer.question import analyze
    from retrieval.answer.types import type_score
    from retrieval.search.text import Tokenizer

    tok = Tokenizer()
    q = analyze("Where are the awards held?", tok)
    assert type_score("place", "Here is what you need to know to Get Up to Speed.", q, tok) == 0.0
    assert type_score("place", "The vote is on Monday.", q, tok) == 0.0
    assert type_score("place", "The festival will take place in Lucerne from 3 May.", q, tok) == 1.0
    assert type_score("place", "It opens at the Palace Theatre.", q, tok) == 1.0


def test_the_nouns_naming_the_asked_kind_are_not_names_the_story_must_hold(tmp_path: Path) -> None:
    docs = [
        {
            "id": "port",
            "title": "Port sale",
            "text": "Citing two officials, Reuters reported on Monday that mayor Lena Ostrow plans to sell "
            "the old port to a shipping firm.",
        },
        # the coverage writes "News" capitalised, as part of outlets' names
        *[
            {
                "id": f"tv-{i}",
                "title": "Ratings",
                "text": f"Valley News and Coast News drew {i} million viewers.",
            }
            for i in range(1)
        ],
        *_filler(12),
    ]
    engine = _engine(tmp_path, docs)
    a = engine.ask("which news agency reported that ostrow plans to sell the old port")
    assert not a.abstained, a.answer
    assert "Reuters" in a.answer


_TIE = """
import json, sys
from pathlib import Path
from retrieval import build_engine
engine = build_engine(Path(sys.argv[1]))
print(json.dumps(engine.ask("Who was the khadan of the steppe?").model_dump(mode="json")["answer"]))
"""


def test_a_misspelling_with_two_equally_common_corrections_reads_the_same_in_every_process(
    tmp_path: Path,
) -> None:
    """ "khadan" is one edit from "khagan" and from "khaan", each in one article: which one it is read as
    must not follow the process's hash seed (the same question answered two ways after a restart)."""
    (tmp_path / "a.txt").write_text("Steppe rulers\n\nThe khagan ruled the eastern steppe for forty years.\n")
    (tmp_path / "b.txt").write_text("Mongol titles\n\nThe khaan was crowned in a great assembly of clans.\n")
    for i in range(3):
        (tmp_path / f"f{i}.txt").write_text(f"Market note {i}\n\nGrain prices rose at the river market.\n")
    answers = {
        subprocess.run(
            [sys.executable, "-c", _TIE, str(tmp_path)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in range(6)
    }
    assert len(answers) == 1, answers


def test_a_capitalised_name_one_letter_from_a_function_word_is_a_name_not_a_typo(tmp_path: Path) -> None:
    """ "Bill" is one edit from "will" and "Dave" from "have": lowercase chat spellings of function words
    are dropped from a question, but a name the question capitalises must stay, or "What did Bill say
    about the bridge?" is answered with whatever anyone said about the bridge."""
    (tmp_path / "a.txt").write_text(
        "Bridge to close\n\nThe county council said the old bridge would close for six weeks of repairs.\n"
    )
    (tmp_path / "b.txt").write_text("Ferry fares\n\nFerry fares will rise in May, the operator said.\n")
    for i in range(3):
        (tmp_path / f"f{i}.txt").write_text(f"Market note {i}\n\nGrain prices rose at the river market.\n")
    engine = build_engine(tmp_path)
    for question in ("What did Bill say about the bridge?", "What did Dave say about the bridge?"):
        a = engine.ask(question)
        assert a.abstained, (question, a.answer)
    assert not engine.ask("What did the council say about the bridge?").abstained


def test_a_number_written_without_its_thousands_separator_finds_the_article(tmp_path: Path) -> None:
    docs = [
        {
            "id": "record",
            "title": "Runner breaks 5,000m world record",
            "text": "Mara Lenko broke the 5,000m world record in Oslo on Friday. "
            "She finished almost two seconds inside the old mark.",
        },
        *_filler(12),
    ]
    a = _engine(tmp_path / "c", docs).ask("Who broke the 5000m world record?")
    assert not a.abstained and "Mara Lenko" in a.answer
