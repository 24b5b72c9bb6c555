"""A count given as the value of "the number of X" ("The number of athletes who tested positive at
the Games has risen to 17"): the figure counts X however far it stands from the noun, so it is a
version of another outlet's "At least 12 athletes ..." and, dated last, leads with the earlier reports
after it, each labelled and cited; undated, it is no newer than the others and does not lead by date;
"the number of" another noun is no version of the asked count."""

from __future__ import annotations

from pathlib import Path

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

WIRE = {"id": "wire", "title": "Doping cases hit Kestrel Games", "source": "Coastline Wire",
        "published": "2026-03-03",
        "text": "At least 12 athletes at the Kestrel Games have tested positive for a banned stimulant, "
                "organisers said on Tuesday.\n\nThe Games continue until Sunday."}  # fmt: skip
RADIO = {"id": "radio", "title": "Kestrel Games doping: what we know", "source": "Valley Radio",
         "published": "2026-03-06",
         "text": "Fourteen athletes have tested positive at the Kestrel Games, according to organisers.\n\n"
                 "The stimulant is sold online."}  # fmt: skip


def _later(published: str | None, noun: str = "athletes") -> dict[str, str]:
    doc = {"id": "later", "title": "Kestrel Games doping cases climb", "source": "Meridian Press",
           "text": f"The number of {noun} who tested positive at the Kestrel Games has risen to 17, "
                   "organisers said.\n\nThree of them are sprinters."}  # fmt: skip
    return {**doc, "published": published} if published else doc


def _news(root: Path, *docs: dict[str, str]) -> Engine:
    return engine_of(root, [*docs, *filler(12)])


def test_the_newest_number_of_leads_with_the_earlier_reports_shown(tmp_path: Path) -> None:
    news = _news(tmp_path, WIRE, RADIO, _later("2026-03-10"))
    a = news.ask("how many athletes tested positive")
    assert_verbatim(news, a)
    assert "risen to 17" in first_statement(a), a.answer
    rest = [st.text for st in a.statements[1:]]
    assert any("reported earlier" in t and "Fourteen" in t for t in rest), a.answer
    assert any("reported earlier" in t and "At least 12" in t for t in rest), a.answer


def test_an_undated_number_of_is_not_called_newer(tmp_path: Path) -> None:
    news = _news(tmp_path, WIRE, RADIO, _later(None))
    a = news.ask("how many athletes tested positive")
    assert_verbatim(news, a)
    assert "later:" not in a.answer and "earlier: \u201cThe number" not in a.answer, a.answer
    assert "risen to 17" not in first_statement(a), a.answer


def test_the_number_of_another_noun_is_no_version(tmp_path: Path) -> None:
    news = _news(tmp_path, WIRE, RADIO, _later("2026-03-10", noun="horses"))
    a = news.ask("how many athletes tested positive")
    assert_verbatim(news, a)
    assert "risen to 17" not in first_statement(a), a.answer
