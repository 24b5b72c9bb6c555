"""A lowercase word of a question one edit from a name the coverage writes (capitalised mid-sentence most
of the time) is read as that name where the question asks for someone there (``spellings._lone_name``):
"what did tilly say" of a coverage naming a Dora Tilley ("tilly" is no chat "till"), "how old is pillow"
of one naming a Gareth Pellow, "sherrif brant" of a Sheriff Ivo Brandt; a long one heard, not typed, its
consonants as the name's ("hollwrite" of a Tomas Hollwright, three edits away). An English word the
coverage itself writes lowercase ("did hail damage the roofs" beside an Anna Hall) is meant as written."""

from __future__ import annotations

import pytest

from retrieval import Engine
from retrieval.answer.spellings import named_respelt
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

STORM = {
    "id": "storm",
    "title": "Storm floods Kelbridge harbour",
    "text": "Harbour chief Gareth Pellow, 61, said the sea wall had held for forty years. "
    "Councillor Dora Tilley said the town had been warned about the wall in 2019. "
    "County Sheriff Ivo Brandt closed the coast road on Friday. "
    "Brandt said the road would stay shut until the wall is inspected. "
    "Residents thanked Pellow for opening the harbour office as a shelter. "
    "Fire Chief Lena Ostrova said crews pumped water from the lower town. "
    "Chief Ostrova thanked the volunteers. "
    "A nurse, Anna Hall, treated two fishermen for cold. "
    "Harbour engineer Tomas Hollwright said the wall needs new stone. "
    "Heavy hail damaged roofs across Kelbridge on Saturday, and more hail is forecast.",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("lone"), [STORM, *filler(12)])


@pytest.mark.parametrize(
    ("asked", "opening"),
    [
        ("what did tilly say", "Councillor Dora Tilley said"),
        ("how old is pillow", "Harbour chief Gareth Pellow, 61"),
        ("what is pillow's age", "Harbour chief Gareth Pellow, 61"),
        ("what did sherrif brant say", "County Sheriff Ivo Brandt closed"),
        ("what did hollwrite say", "Harbour engineer Tomas Hollwright said"),
    ],
)
def test_a_name_misspelt_as_a_word_is_answered(engine: Engine, asked: str, opening: str) -> None:
    a = engine.ask(asked)
    assert not a.abstained, a.answer
    assert first_statement(a).startswith(opening)
    assert a.question == asked  # shown as asked
    assert_verbatim(engine, a)


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("what did tilly say", "what did tilley say"),
        ("how old is pillow", "how old is pellow"),
        ("who thanked pillow", "who thanked pellow"),
        ("who is sherrif brant", "who is sheriff brandt"),
        # a long name misspelt by ear, three edits away, its consonants heard alike
        ("what did hollwrite say", "what did hollwright say"),
        # (not one whose consonants differ, nor a shorter word: too many names share a short one's)
        ("what did hollscote say", "what did hollscote say"),
        # an English word the coverage writes lowercase ("hail") is meant as written, not Anna Hall
        ("did hail damage the roofs", "did hail damage the roofs"),
        # not where the question asks for no one ("a pillow" is a thing), nor a word sounding otherwise
        ("where was the pillow", "where was the pillow"),
        ("did tally say", "did tally say"),
        # a title the coverage capitalises is no name ("Fire Chief Lena Ostrova"): the word's own correction
        ("who is the fire cheif", "who is the fire cheif"),
    ],
)
def test_only_a_word_asked_as_someone_is_read_as_the_name(engine: Engine, asked: str, read: str) -> None:
    assert named_respelt(asked, engine._ctx) == read


def test_a_words_name_is_looked_for_once_per_engine(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The name a word may misspell is the same wherever a question asks it (only whether the question
    asks for someone there differs): its edits are spelt out once per engine, not once per question."""
    import retrieval.answer.spellings as spellings

    engine = engine_of(tmp_path_factory.mktemp("once"), [STORM, *filler(12)])
    spelt: list[str] = []
    plain = spellings.edits1

    def counted(word: str) -> set[str]:
        spelt.append(word)
        return plain(word)

    monkeypatch.setattr(spellings, "edits1", counted)
    read = [
        named_respelt(q, engine._ctx)
        for q in ("how old is pillow", "where was the pillow", "who thanked pillow")
    ]
    assert read == ["how old is pellow", "where was the pillow", "who thanked pellow"]
    assert spelt.count("pillow") == 1
