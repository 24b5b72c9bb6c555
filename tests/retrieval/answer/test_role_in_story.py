"""A role asked by its full title ("the data protection commissioner") is often named in its article by the
bare noun beside the name ("..., commissioner Helena Varga said"), the title's qualifiers written in the
lead about the body; and a title's common words before the question's ("District" of "U.S. District
Judge ...") are the title's, not a longer name of the question's own word."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, first_statement
from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler

_PROBE = {
    "id": "probe",
    "title": "Regulator opens inquiry into Marlow Foods",
    "text": "The National Food Hygiene Commission said on Monday it had opened an inquiry into Marlow Foods "
    "after an outbreak at its Tessby factory. "
    "Inspectors found mould in two chilled storage rooms at the site. "
    "The commission can fine a company up to $2 million. "
    '"We will look at every shipment that left the plant," commissioner Orla Bennick said.',
}


def test_the_bare_role_beside_a_name_answers_its_full_title(tmp_path: Path) -> None:
    engine = _engine(tmp_path, [_PROBE, *_filler(12)])
    a = engine.ask("Who is the food hygiene commissioner?")
    assert not a.abstained, a.answer
    assert "Orla Bennick" in first_statement(a), a.answer
    assert_verbatim(engine, a)


def test_a_body_sharing_the_roles_stem_names_no_one_in_it(tmp_path: Path) -> None:
    # "Commission" and "commissioner" share an index term; a lead naming only the body gives no holder
    engine = _engine(tmp_path, [_PROBE, *_filler(12)])
    a = engine.ask("Who is the food hygiene commissioner?")
    assert not first_statement(a).startswith("The National Food Hygiene Commission"), a.answer


def test_a_titles_common_words_do_not_make_the_holder_the_questions_name(tmp_path: Path) -> None:
    docs = [
        {
            "id": "trial",
            "title": "Drummond fraud trial opens",
            "text": "The fraud trial of former treasurer Colin Drummond opened on Monday in Harwell, with "
            "prosecutors telling jurors he moved city money into his own accounts. "
            "Drummond, 58, denies all charges. "
            "Prosecutors plan to call 14 witnesses, among them two former deputies. "
            "U.S. District Judge Mirela Osterhout told jurors the trial could last four weeks.",
        },
        *_filler(12),
    ]
    engine = _engine(tmp_path, docs)
    a = engine.ask("Who is the judge in the Drummond trial?")
    assert not a.abstained, a.answer
    assert "Mirela Osterhout" in first_statement(a), a.answer
