""" "Who is Ruth Ames?" asks who a named person is: the sentence describing her ("Councillor Ruth Ames,
who leads on culture, said ..."), not a sentence holding some other person's name, nor one of her
quotations that only names her. "Who is the mayor?" still asks for a person by a role."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import build_engine
from retrieval.answer.question import classify
from tests.retrieval.answer.corpora import assert_verbatim

LIBRARY = """Oakfield library to close on Saturdays

The central library in Oakfield will close on Saturdays from next month, the county council has confirmed.
Councillor Ruth Ames, who leads on culture, said the change would save about 90,000 pounds a year.
"Nobody wants to cut opening hours, but the budget leaves us no choice," Ames said.
Campaigners said 1,200 people had signed a petition against the plan within two days.
The library was built in 1936 and was refurbished in 2019.
"""
BUS = """<html><head><title>New bus route links Oakfield and Marton</title></head><body><article>
<h1>New bus route links Oakfield and Marton</h1>
<p>A new bus service between Oakfield and Marton will start running on Monday, operator Greenline said.</p>
<p>The route, numbered 42, will run every 20 minutes during the day.</p>
<p>Greenline's managing director, Tom Reyes, said passenger numbers had recovered to 95 percent.</p>
</article></body></html>"""


@pytest.mark.parametrize("question", ["who is ruth ames", "Who is Ruth Ames?", "who's Ruth Ames"])
def test_who_a_named_person_is_is_the_sentence_describing_them(tmp_path: Path, question: str) -> None:
    # two articles, as a server might load: her quotation, which holds a speaker, names her too
    (tmp_path / "library.txt").write_text(LIBRARY, encoding="utf-8")
    (tmp_path / "bus.html").write_text(BUS, encoding="utf-8")
    engine = build_engine(tmp_path)
    a = engine.ask(question)
    assert not a.abstained, a.answer
    assert a.answer.startswith("Councillor Ruth Ames, who leads on culture"), a.answer
    assert_verbatim(engine, a)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("who is ruth ames", "what"),
        ("Who is Tom Cook?", "what"),  # "cook" is a word; the question writes it as a name
        ("who is the mayor of oakfield", "person"),
        ("who is oakfields culture councillor", "person"),
        ("Who is Russia's foreign minister?", "person"),
        ("who is leading the campaign", "person"),
    ],
)
def test_who_is_a_name_is_told_from_who_is_a_role(question: str, kind: str) -> None:
    assert classify(question) == kind


def test_who_is_a_surname_prefers_the_sentence_telling_who_over_mere_mentions(tmp_path: Path) -> None:
    from tests.retrieval.answer.corpora import engine_of, filler

    bridge = (
        "Harlan said the bridge would reopen. Harlan said traffic was light.\n\n"
        "The cables were inspected in May by chief engineer Mira Harlan, who has worked on the crossing "
        "since the spring floods closed it to lorries."
    )
    news = engine_of(tmp_path, [{"id": "bridge", "title": "Tolley bridge", "text": bridge}, *filler(8)])
    a = news.ask("who is harlan")
    assert not a.abstained and "chief engineer Mira Harlan" in a.statements[0].text, a.answer
    assert_verbatim(news, a)


def test_a_description_naming_whose_role_it_is_tells_who_someone_is() -> None:
    from retrieval.answer.types import describes

    assert describes("Harold Jensen, Tidewater's vice president of quality, said the glue failed.", "jensen")
    assert not describes("The glue failed, Jensen said.", "jensen")
    assert not describes("Jensen, Tidewater's shares fell.", "jensen")  # no person noun follows
