"""Quotations shown honestly, on a made-up corpus about a flood at a school: a quotation "she said" after
an unnamed speaker ("A teacher told ...") is labelled with no one (not a body named entries before),
"who said" it is told by the sentence before it, not by the next entry's named official; a quotation
split into sentences is quoted from where it opens; a quotation going on from an attributed one is
labelled with that speaker; and a sentence naming its noun ("known internally as ...") gets no
headline added."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

_DOCS = [
    {"id": "blog", "title": "LIVE: Pellworth flood updates", "source": "KRDN Radio",
     "published": "2025-11-04",
     "text": "Tuesday, 10:00 a.m. - Pellworth Academy says it will open two hours late.\n\n"
             "Tuesday, 9:10 a.m. - A Pellworth teacher told KRDN that pupils had been moved upstairs to the "
             "library. \"It's like a swimming pool in the hall,\" she said.\n\n"
             "Tuesday, 8:30 a.m. - Council leader Anya Brookes said the Mill Lane bridge would stay closed "
             "until noon. Brookes urged drivers to avoid the town centre."},
    {"id": "sandbags", "title": "Volunteers fill sandbags as Pellworth river rises",
     "source": "Norcastle Echo", "published": "2025-11-04",
     "text": "Hundreds of volunteers filled sandbags through the night in Pellworth.\n\n"
             "\"We are running out of sandbags. Every street near the river has asked for more and we have "
             "none left to give them,\" volunteer coordinator Omar Telfer said. \"We need the army.\"\n\n"
             "\"The river rose faster than any model predicted,\" said Ilse Brandvold, a hydrologist at "
             "Norcastle University. \"Old culverts under the high street cannot carry this much water.\""},
    {"id": "school", "title": "Flood shuts Pellworth Academy, buses rerouted", "source": "Norcastle Echo",
     "published": "2025-11-05",
     "text": "Classes at the secondary school were cancelled on Wednesday.\n\n"
             "The school's heating plant, known internally as Boiler Block, was flooded to a depth of a "
             "metre.\n\n"
             "Parents were told that Pellworth Academy would stay shut until Monday."},
]  # fmt: skip


@pytest.fixture(scope="module")
def flood(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("flood"), [*_DOCS, *filler(8)])


def test_a_quotation_by_an_unnamed_speaker_is_labelled_with_no_one(flood: Engine) -> None:
    a = flood.ask("what did the teacher mean by a swimming pool")
    assert not a.abstained, a.answer
    assert_verbatim(flood, a)
    assert "swimming pool" in a.answer
    assert all(s.speaker is None for s in a.statements), a.answer
    assert "Brookes" not in a.answer, a.answer  # the next entry is another matter


def test_who_said_a_quotation_is_told_by_the_sentence_before_it(tmp_path: Path) -> None:
    # the blog's entries with the unnamed teacher's first, the council leader's next
    blog = {**_DOCS[0], "text": _DOCS[0]["text"].split("\n\n", 1)[1]}
    flood = engine_of(tmp_path, [blog, *_DOCS[1:], *filler(8)])
    a = flood.ask("who said it was like a swimming pool")
    assert not a.abstained, a.answer
    assert_verbatim(flood, a)
    assert "A Pellworth teacher told" in a.answer, a.answer
    assert "Brookes" not in a.answer, a.answer


def test_a_quotation_split_into_sentences_is_quoted_from_where_it_opens(flood: Engine) -> None:
    a = flood.ask("what did omar telfer say about the streets")
    assert not a.abstained, a.answer
    assert_verbatim(flood, a)
    assert '"We are running out of sandbags.' in a.statements[0].text, a.answer


def test_a_quotation_going_on_from_an_attributed_one_is_labelled_with_its_speaker(flood: Engine) -> None:
    a = flood.ask("what can the old culverts not carry")
    assert not a.abstained, a.answer
    first = a.statements[0]
    assert "culverts" in first.text, a.answer
    assert first.text.startswith('"Old culverts') and first.speaker == "Ilse Brandvold", a.answer


def test_a_sentence_naming_its_noun_gets_no_headline(flood: Engine) -> None:
    a = flood.ask("which plant was flooded")
    assert not a.abstained, a.answer
    assert "Boiler Block" in a.answer
    assert not a.answer.startswith("Headline"), a.answer


def test_reported_speech_after_a_pronoun_gets_no_speaker_label(tmp_path: Path) -> None:
    # a label before "She said she would ..." would read as the speaker of the whole sentence; a
    # quotation "..., she said" is labelled with whom the article names
    text = (
        "Mayor Dana Orrin lost the recount by 131 votes on Friday night, after three weeks in which election "
        "workers in the Kessing county hall counted every one of the 96,418 ballots cast by hand, twice, "
        "under the eyes of observers from both campaigns and the state elections office. "
        "She said she would not appeal the result, citing the cost to taxpayers.\n\n"
        "Orrin thanked her volunteers at a rally on Friday. "
        '"It is time to move on and fix the roads," she said.'
    )
    engine = engine_of(tmp_path, [{"id": "orrin", "title": "Orrin concedes", "text": text}, *filler(12)])
    a = engine.ask("will orrin appeal the result")
    assert not a.abstained, a.answer
    assert all(s.speaker is None for s in a.statements if '"' not in s.text)
    quoted = engine.ask("what did orrin say about fixing the roads")
    said = [s for s in quoted.statements if "fix the roads" in s.text]
    # labelled with her name, unless the statement names her itself ("Orrin thanked ... '...,' she said")
    assert said and all(s.speaker == "Dana Orrin" or s.text.startswith("Orrin ") for s in said), said
    assert all(s.speaker is None for s in said if s.text.startswith("Orrin "))
