"""A wire story names its outlet in its dateline ("HARROW BAY (Orrin Wire) — ...") and closes with its
credits ("Reporting by ...; Editing by ..."); a byline may give the reporter's title after the name; a
page's breadcrumb ("Harbor Daily | Sport") credits no one; a caption ends in its credit ("Photo: The
Wexham Courier", "(The Wexham Courier)"). All of it is read as metadata or furniture, never quoted, on
made-up pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import build_engine
from retrieval.ingest.byline import dateline_credit, read_byline
from retrieval.ingest.corpus import build_document
from retrieval.models import Document, RawDocument

_WIRE = """\
Bus operators pull routes after fuel tax rise
By Ines Marlow and Tobias Fenn
Published 3 May 2026 10:20
HARROW BAY (Orrin Wire) — Nine bus operators have withdrawn routes since the fuel tax rise, the board said.

The board had counted six withdrawals on Monday.

Reporting by Ines Marlow and Tobias Fenn; additional reporting by Cato Reyes; Editing by Hale Dunmore
"""

_CREDITS_ONLY = """Ferry fares to rise in June
HARROW BAY, 4 May 2026 (Orrin Wire) - Ferry fares across the bay will rise in June, the operator said.

The operator blamed the fuel tax.

(Reporting by Cato Reyes in Harrow Bay; Editing by Hale Dunmore)
"""

_PAGE = """<!DOCTYPE html>
<html><head><title>Drivers walk out over rotas | The Wexham Courier</title></head><body>
<nav><a href="/">Wexham Daily</a> | <a href="/transport">Transport</a></nav>
<article>
<h1>Drivers walk out over rotas</h1>
<p class="byline">By Petra Lund, Wexham Transport correspondent</p>
<p>Bus drivers in Wexham walked out on Tuesday over new rotas, their union said.</p>
<figure><figcaption>Drivers outside the depot on Tuesday. Photo: The Wexham Courier</figcaption></figure>
<p>The union said talks would resume next week.</p>
<p class="caption">Union leader Ada Brook speaks to drivers. (The Wexham Courier)</p>
</article>
</body></html>
"""


def _docs(tmp_path: Path) -> dict[str, Document]:
    (tmp_path / "wire.txt").write_text(_WIRE, encoding="utf-8")
    (tmp_path / "fares.txt").write_text(_CREDITS_ONLY, encoding="utf-8")
    (tmp_path / "walkout.html").write_text(_PAGE, encoding="utf-8")
    return dict(build_engine(tmp_path).documents)


def test_a_wire_storys_dateline_names_its_outlet_and_its_credits_are_furniture(tmp_path: Path) -> None:
    docs = _docs(tmp_path)
    wire, fares = docs["wire"], docs["fares"]
    assert (wire.meta.source, wire.meta.author) == ("Orrin Wire", "Ines Marlow and Tobias Fenn")
    assert wire.meta.provenance["source"] == "inferred"
    # the credits name the reporter where no byline heads the story, never the editor or a contributor
    assert (fares.meta.source, fares.meta.author) == ("Orrin Wire", "Cato Reyes")
    quoted = " ".join(s.text for d in (wire, fares) for s in d.sentences)
    assert "Editing by" not in quoted and "Reporting by" not in quoted
    assert quoted.count("(Orrin Wire)") == 2  # the dateline stays in the lead it opens, verbatim


def test_a_bylines_title_after_the_name_and_a_breadcrumb_credit_no_one_else(tmp_path: Path) -> None:
    walkout = _docs(tmp_path)["walkout"]
    assert (walkout.meta.source, walkout.meta.author) == ("The Wexham Courier", "Petra Lund")
    assert read_byline("Wexham Daily | Transport") is None  # an outlet and its section: a breadcrumb


def test_a_captions_credit_to_the_outlet_makes_it_furniture(tmp_path: Path) -> None:
    walkout = _docs(tmp_path)["walkout"]
    texts = [s.text for s in walkout.sentences]
    assert not any("Courier" in t for t in texts), texts
    assert texts == [
        "Bus drivers in Wexham walked out on Tuesday over new rotas, their union said.",
        "The union said talks would resume next week.",
    ]


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("HARROW BAY (Orrin Wire) — Nine operators", "Orrin Wire"),
        ("LONDON, March 4 (Reuters) - Shares fell", "Reuters"),
        ("PORTLAND, Ore. (AP) — Crews worked", "AP"),
        ("(CNN) — Officials said", "CNN"),
        ("LONDON (Updated) — Shares fell", None),  # a note on the story, no outlet
        ("PARIS (France) — Shares fell", None),  # a place
        ("The board (Orrin Wire) — said", None),  # no dateline: a name the story mentions
    ],
)
def test_a_dateline_credits_the_outlet_in_its_brackets(lead: str, outlet: str | None) -> None:
    assert dateline_credit(lead) == outlet


def test_a_title_in_capitals_after_a_name_and_an_aside_in_brackets_stay_what_they_were() -> None:
    # "Ana Ruiz, MD": a doctor's title, no breadcrumb's section; an aside closing a line is no caption
    got = read_byline("Ana Ruiz, MD")
    assert got is not None and got.author == "Ana Ruiz"
    text = "# Ferry strike ends\n\nCrews were back on Monday.\n\nOne said: 'I was early.' (She Was Late)\n"
    doc = build_document(RawDocument("d", text, "d.md", "md"))
    assert any("She Was Late" in s.text for s in doc.sentences)
