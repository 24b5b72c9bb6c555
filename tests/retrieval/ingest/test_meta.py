"""Metadata: what each seed page states about itself, with provenance; nothing guessed."""

# ruff: noqa: E501  (verbatim article sentences are kept whole so they can be read and searched)

from __future__ import annotations

from datetime import date

import pytest

from retrieval.ingest.clean import clean
from retrieval.ingest.load import load_corpus
from retrieval.ingest.meta import infer_meta, lead_title
from retrieval.ingest.pubdate import page_date
from retrieval.models import DocumentMeta, RawDocument
from tests.conftest import SEEDS

_RAWS, _ = load_corpus(SEEDS)
RAW = {raw.doc_id[:3]: raw for raw in _RAWS}
META = {key: infer_meta(raw, clean(raw)) for key, raw in RAW.items()}


@pytest.mark.parametrize(
    ("key", "title", "source", "author"),
    [
        (
            "000",
            "'Russia owes an answer to the US' — West pushes Putin on ceasefire deal",
            "The Kyiv Independent",
            "The Kyiv Independent news desk",
        ),
        (
            "001",
            "NATO chief says Russia must act faster to end war in Ukraine, calls for more engagement",
            "Caliber.Az",
            "Vafa Guliyeva",
        ),
        (
            "002",
            "Russian President Vladimir Putin appeared to signal that he was open to ceasefire talks",
            None,
            None,
        ),
        (
            "003",
            "After rejecting ceasefire, Russia calls on West to 'pressure' Ukraine toward negotiations",
            "The Kyiv Independent",
            "Tim Zadorozhnyy",
        ),
        (
            "004",
            "Putin Says He’s Open To Direct Talks With Kyiv Amid U.S. Threat To Abandon Negotiations",
            "Forbes",
            None,
        ),
    ],
)
def test_seed_metadata(key: str, title: str, source: str | None, author: str | None) -> None:
    meta = META[key]
    assert (meta.title, meta.source, meta.author) == (title, source, author)
    expected = {"title": "inferred"}
    expected |= {"source": "inferred"} if source else {}
    expected |= {"author": "inferred"} if author else {}
    expected |= {"published": "manifest"}  # the pages state no publication date: seeds/manifest.json does
    assert meta.provenance == expected
    assert meta.url is None
    assert page_date(clean(RAW[key])) is None


def test_without_the_manifest_the_seeds_are_undated() -> None:
    """Nothing in the seed pages says when they were published, so nothing may be guessed from them."""
    for raw in _RAWS:
        bare = RawDocument(raw.doc_id, raw.text, raw.path, raw.fmt, raw.fields)
        assert infer_meta(bare, clean(bare)).published is None


def test_lead_title_of_002_is_a_verbatim_prefix_of_its_lead() -> None:
    lead = _RAWS[2].text.splitlines()[0]
    title = META["002"].title
    assert title is not None and lead.startswith(title) and len(title) <= 90


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        ("Short lead here.", "Short lead here"),
        (
            "The central bank raised interest rates by half a point on Wednesday, its biggest increase in two decades.",
            "The central bank raised interest rates by half a point on Wednesday",
        ),
        (
            "Officials in the northern province announced a sweeping set of new restrictions on travel and gatherings "
            "that will take effect next week.",
            "Officials in the northern province announced a sweeping set of new restrictions on travel",
        ),
        ("", None),
    ],
)
def test_lead_title(lead: str, title: str | None) -> None:
    assert lead_title(lead) == title


def _meta(
    text: str, fields: dict[str, str] | None = None, manifest: dict[str, str] | None = None
) -> DocumentMeta:
    raw = RawDocument("d", text, "d.txt", "txt", fields or {}, manifest or {})
    return infer_meta(raw, clean(raw))


def test_manifest_beats_file_beats_inferred() -> None:
    text = "Headline of the page here\n\nBy Jane Roe\n\nThe story. It goes on.\n\nJane Roe is a reporter at Daily Planet."
    inferred = _meta(text)
    assert (inferred.title, inferred.author, inferred.source) == (
        "Headline of the page here",
        "Jane Roe",
        "Daily Planet",
    )
    filed = _meta(text, fields={"title": "File title", "source": "file.com", "published": "2025-04-21"})
    assert (filed.title, filed.source, filed.author, filed.published) == (
        "File title",
        "file.com",
        "Jane Roe",
        date(2025, 4, 21),
    )
    assert filed.provenance == {"title": "file", "source": "file", "author": "inferred", "published": "file"}
    both = _meta(
        text,
        fields={"title": "File title", "published": "2025-04-21", "url": "https://f"},
        manifest={"title": "Manifest title", "published": "2025-07-16"},
    )
    assert (both.title, both.published, both.url) == ("Manifest title", date(2025, 7, 16), "https://f")
    assert both.provenance["title"] == "manifest" and both.provenance["published"] == "manifest"
    assert both.provenance["url"] == "file"


def test_cited_outlets_are_not_the_publisher() -> None:
    text = (
        "Officials met on Monday to discuss the deal, NBC News reported.\n\n"
        "Reuters reported that talks stalled, according to the New York Post.\n\n"
        "“We will see,” he told FOX News."
    )
    assert _meta(text).source is None


@pytest.mark.parametrize(
    ("extra", "outlet"),
    [
        ("Sign up for CNN’s Wonder Theory science newsletter. Explore the universe with us.", "CNN"),
        ("Support local journalism. Subscribe to azcentral.com today.", "azcentral.com"),
        ("Natalie Alund covers trending news for USA TODAY. Reach her at nalund@usatoday.com.", "USA TODAY"),
        ("Get Daily Planet Breaking News Text Alerts: text “News” to (201) 555-0100.", "Daily Planet"),
    ],
)
def test_outlet_from_promos_and_bios(extra: str, outlet: str) -> None:
    text = f"The story starts here. It goes on.\n\n{extra}\n\nThe story ends here."
    assert _meta(text).source == outlet


@pytest.mark.parametrize(
    ("page_title", "title"),
    [
        ("Bridge bill put at £3.1m - Elmstead Gazette", "Bridge bill put at £3.1m"),
        ("Bridge bill put at £3.1m – elmstead gazette", "Bridge bill put at £3.1m"),
        ("Brexit - what happens next", "Brexit - what happens next"),  # no outlet named: the dash stays
        ("Gazette - Elmstead Gazette", "Gazette - Elmstead Gazette"),  # too little left to be a headline
    ],
)
def test_a_page_title_ending_with_its_known_outlet_drops_it(page_title: str, title: str) -> None:
    """Shown as "Bridge bill … - Elmstead Gazette — Elmstead Gazette": once the page's byline names the
    outlet, the <title>'s " - Outlet" tail is the outlet's, not the headline's."""
    text = "Tomás Brennan, Elmstead Gazette\n\nThe county council confirmed the bill on Wednesday.\n"
    raw = RawDocument("g", text, "g.html", "html", {"title": page_title})
    meta = infer_meta(raw, clean(raw))
    assert (meta.title, meta.source) == (title, "Elmstead Gazette")
