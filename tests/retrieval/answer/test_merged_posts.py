"""A marker [k] after a statement means source k says that statement: another outlet naming the same
person at the same place, but not in the post the statement gives them ("Ruth Calder, head of the
Tarn Valley police fraud and theft squad" against "Ruth Calder of the ... squad"), is not cited for it."""

from __future__ import annotations

from pathlib import Path

from retrieval.answer.confirm import ALSO_REPORTED
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

HEAD = (
    "Who is leading the inquiry into the missing rowing club funds? "
    "Detective Sergeant Ruth Calder, head of the Tarn Valley police fraud and theft squad. "
    "She has run the squad for six years."
)
OF = (
    "Police have opened an inquiry into missing funds at the Tarn Valley rowing club. "
    "Detective Sergeant Ruth Calder of the Tarn Valley police fraud and theft squad has been named as "
    "the lead investigator."
)


def test_an_outlet_not_giving_the_post_is_not_cited_for_it(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path,
        [
            {"id": "head", "title": "Rowing club inquiry", "source": "Tarn Herald", "text": HEAD},
            {"id": "of", "title": "Club funds inquiry", "source": "Valley Post", "text": OF},
            *filler(12),
        ],
    )  # fmt: skip
    a = engine.ask("who is ruth calder")
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    by_n = {c.n: c for c in a.citations}
    stated = [st for st in a.statements if "head of" in st.text]
    assert stated, a.answer
    for st in stated:
        assert all("head of" in by_n[n].quote for n in st.citations), a.answer


SEIZED = (
    "The rowing club's treasurer has stepped down. "
    "Detective Sergeant Ruth Calder said the club's accounts had been seized on Friday."
)
REGATTA = (
    "The Tarn Valley spring regatta has been called off. "
    "Organisers said Detective Sergeant Ruth Calder had asked them to keep the boathouse closed while "
    "officers searched it."
)


def test_another_outlets_line_says_something_of_the_name(tmp_path: Path) -> None:
    """An outlet confirming the role is quoted with its sentence, not the role and name alone, which
    read as a name with nothing said of it."""
    engine = engine_of(
        tmp_path,
        [
            {"id": "head", "title": "Rowing club inquiry", "source": "Tarn Herald", "text": HEAD},
            {"id": "of", "title": "Club funds inquiry", "source": "Valley Post", "text": OF},
            {"id": "seized", "title": "Club accounts seized", "source": "Tarn Mercury", "text": SEIZED},
            {"id": "regatta", "title": "Regatta off", "source": "Rowing Weekly", "text": REGATTA},
            *filler(12),
        ],
    )  # fmt: skip
    a = engine.ask("who is ruth calder")
    assert not a.abstained, a.answer
    assert_verbatim(engine, a)
    for st in a.statements:
        text = st.text.removeprefix(ALSO_REPORTED).strip("\u201c\u201d .")
        assert text.split()[-2:] != ["Ruth", "Calder"], a.answer
