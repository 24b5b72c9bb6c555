"""A clause a question adds after a comma with a verb's -ing form ("..., angering thousands of season
ticket holders") says what followed from the asked fact, to tell it apart: the sentence giving the
answer ("... has moved the orchestra to Ashdown") seldom states it too. Its words count for covering
the question, not for what the question asks, so the answer is not declined for lacking them. A
sentence lacking what the main clause asks is still no answer."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

ORCHESTRA = (
    "Conductor Irma Vasquez has moved the Velmar Philharmonic to the town of Ashdown, its players said on "
    "Friday. "
    "The orchestra played its last concert at the old Corby hall in March. "
    "Rehearsals in the new hall begin after the summer."
)
#: the clause's words, and the other main clause's, written elsewhere in the coverage
TOWN = (
    "Season ticket holders and local shopkeepers in Corby say thousands of loyal fans are angry about "
    "parking fees. "
    "The Corby football club fired its manager after a poor season."
)

ASKED = (
    "Irma Vasquez moved the Velmar Philharmonic to which town, angering thousands of loyal season ticket "
    "holders and local shopkeepers?"
)


def _engine(tmp_path: Path) -> Engine:
    return engine_of(
        tmp_path,
        [
            {"id": "orchestra", "title": "Velmar Philharmonic", "text": ORCHESTRA},
            {"id": "town", "title": "Corby news", "text": TOWN},
            *filler(12),
        ],
    )


def test_the_main_clause_is_what_is_asked(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    a = engine.ask(ASKED)
    assert not a.abstained
    assert "Ashdown" in a.answer
    assert_verbatim(engine, a)


def test_a_sentence_lacking_the_main_clause_does_not_answer(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    a = engine.ask(
        ASKED.replace("moved the Velmar Philharmonic to", "fired the Velmar Philharmonic's manager in")
    )
    assert a.abstained
