"""A byline line under an article's headline gives its author, outlet and (only when it states one) its
publication date, and is never quoted; a line of that shape elsewhere, or one naming a place or a
common phrase, gives nothing."""

from __future__ import annotations

from datetime import date

import pytest

from retrieval.ingest.byline import read_byline
from retrieval.ingest.corpus import build_document
from retrieval.models import Document, RawDocument

_BODY = (
    "The harbor road was closed on Tuesday after heavy floods.\n\n"
    "Crews worked overnight to clear the drains, the port authority said.\n"
)


def _doc(head: str, fmt: str = "md") -> Document:
    text = f"# Floods close the harbor road\n\n{head}\n\n{_BODY}" if fmt == "md" else f"{head}\n\n{_BODY}"
    return build_document(RawDocument("d", text, f"d.{fmt}", "md" if fmt == "md" else "txt"))


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("*Harbor Gazette* — by Lena Ortiz — 4 June 2024", date(2024, 6, 4)),
        ("By Lena Ortiz | Harbor Gazette | June 4, 2024", date(2024, 6, 4)),
        ("**By Lena Ortiz** · Harbor Gazette · 2024-06-04", date(2024, 6, 4)),
        ("_Lena Ortiz, Harbor Gazette, Tuesday, June 4, 2024 09:10_", date(2024, 6, 4)),
        ("Lena Ortiz, Harbor Gazette", None),
    ],
)
def test_a_head_byline_gives_author_outlet_and_only_a_stated_date(line: str, published: date | None) -> None:
    doc = _doc(line)
    assert (doc.meta.author, doc.meta.source, doc.meta.published) == (
        "Lena Ortiz",
        "Harbor Gazette",
        published,
    )
    assert doc.meta.provenance["author"] == "inferred"
    assert not any("Ortiz" in s.text for s in doc.sentences)  # furniture: never quoted


def test_a_text_file_byline_under_its_first_line_is_read() -> None:
    doc = _doc("Floods close the harbor road\nBy Lena Ortiz | Harbor Gazette | June 4, 2024", fmt="txt")
    assert (doc.meta.author, doc.meta.source, doc.meta.published) == (
        "Lena Ortiz",
        "Harbor Gazette",
        date(2024, 6, 4),
    )


def test_a_role_or_a_filing_place_is_not_the_outlet() -> None:
    assert read_byline("By Lena Ortiz, Senior Correspondent") == read_byline("By Lena Ortiz | Paris")
    got = read_byline("By Lena Ortiz | Paris")
    assert got is not None and (got.author, got.outlet, got.stated) == ("Lena Ortiz", None, None)


@pytest.mark.parametrize(
    "line",
    ["Lansdowne Road, Dublin", "World News, Europe", "Home | News | Sport"],
)
def test_lines_that_only_look_like_bylines_give_nothing(line: str) -> None:
    assert read_byline(line) is None
    doc = _doc(line)
    assert doc.meta.author is None and doc.meta.source is None and doc.meta.published is None


def test_a_byline_shaped_line_inside_the_story_is_not_read() -> None:
    text = f"# Floods close the harbor road\n\n{_BODY}\nLena Ortiz, Harbor Gazette, June 4, 2024\n"
    doc = build_document(RawDocument("d", text, "d.md", "md"))
    assert doc.meta.author is None and doc.meta.published is None


def test_a_list_of_authors_is_read_whole_and_an_outlet_among_names_spoils_it() -> None:
    got = read_byline("Naila Inayat, Siddhant Mohan and John Bacon")
    assert (
        got is not None and got.author == "Naila Inayat, Siddhant Mohan and John Bacon" and got.outlet is None
    )
    got = read_byline("By Lena Ortiz, Sam Lee and Ana Cruz | Harbor Gazette")
    assert got is not None and (got.author, got.outlet) == (
        "Lena Ortiz, Sam Lee and Ana Cruz",
        "Harbor Gazette",
    )
    assert read_byline("Jennifer Dixon, Detroit Free Press, Robin Erb and Kristen Shamus") is None
    # two names: two authors, or an author and an outlet named like a person; nothing is guessed
    assert read_byline("Evan Comen, Thomas C. Frohlich") is None


@pytest.mark.parametrize(
    ("line", "outlet", "published"),
    [
        ("Published 14 March 2026, Harbour Times", "Harbour Times", date(2026, 3, 14)),
        ("Posted on March 3, 2025 | The Coastal Ledger", "The Coastal Ledger", date(2025, 3, 3)),
        # a person or a place after the date: no outlet, no author (and the line, not understood whole,
        # gives no date either: nothing is read from a line that may be prose)
        ("Published 4 June 2024, Lena Ortiz", None, None),
        ("Published 4 June 2024, London", None, None),
    ],
)
def test_a_publication_line_naming_its_outlet_gives_the_outlet_and_no_author(
    line: str, outlet: str | None, published: date | None
) -> None:
    doc = _doc(line)
    assert (doc.meta.author, doc.meta.source, doc.meta.published) == (None, outlet, published)
    assert all(line not in s.text for s in doc.sentences)


@pytest.mark.parametrize(
    ("line", "author", "outlet", "published"),
    [
        ("Tomás Brennan, Elmstead Gazette", "Tomás Brennan", "Elmstead Gazette", None),
        ("Harbourside Weekly, 10 April 2026", None, "Harbourside Weekly", date(2026, 4, 10)),
        ("The Riverton Courier — 3 March 2026", None, "The Riverton Courier", date(2026, 3, 3)),
    ],
)
def test_an_outlet_named_as_newspapers_are_is_read_beside_a_name_or_a_date(
    line: str, author: str | None, outlet: str, published: date | None
) -> None:
    """ "Elmstead Gazette" is no one's name though no dictionary knows "Elmstead": a name ending as
    newspapers' names do ("Gazette", "Weekly", "Courier" ...) is the outlet, beside an author or a date."""
    doc = _doc(line)
    assert (doc.meta.author, doc.meta.source, doc.meta.published) == (author, outlet, published)
    assert all(line not in s.text for s in doc.sentences)


@pytest.mark.parametrize(
    "outlet", ["City Business Review", "Metro Ledger", "Harbourside Weekly", "Eastbound Radio"]
)
@pytest.mark.parametrize("by_first", [False, True])
def test_an_outlets_dateline_in_a_text_files_header_gives_the_outlet_and_date(
    outlet: str, by_first: bool
) -> None:
    """A name ending as newspapers' names and other phrases do ("judicial review", "general ledger"),
    beside only a date on a credit line: the outlet's dateline, above or below the author's line."""
    lines = [f"{outlet}, 10 March 2026", "By Priya Nandakumar"]
    doc = _doc("\n".join(["Floods close the harbor road", *(lines[::-1] if by_first else lines)]), "txt")
    assert (doc.meta.source, doc.meta.author, doc.meta.published) == (
        outlet,
        "Priya Nandakumar",
        date(2026, 3, 10),
    )
    assert all(outlet not in s.text for s in doc.sentences)


def test_a_name_and_a_date_alone_credit_no_outlet() -> None:
    assert read_byline("Lena Ortiz, 4 June 2024") is None


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_a_masthead_alone_under_the_headline_is_the_outlet(fmt: str) -> None:
    head = "Floods close the harbor road\nElmstead Gazette" if fmt == "txt" else "Elmstead Gazette"
    doc = _doc(head, fmt)
    assert (doc.meta.source, doc.meta.author, doc.meta.title) == (
        "Elmstead Gazette",
        None,
        "Floods close the harbor road",
    )
    assert all("Elmstead Gazette" not in s.text for s in doc.sentences)  # not quoted as the story


def test_a_sentence_repeated_near_the_top_is_boilerplate_not_the_headline() -> None:
    text = (
        "Floods close the harbor road\n\nSign up for our free flood alerts.\n\n"
        "The harbor road was closed on Tuesday after heavy floods.\n\nSign up for our free flood alerts.\n\n"
        "Crews worked overnight to clear the drains, the port authority said.\n"
    )
    doc = build_document(RawDocument("d", text, "d.txt", "txt"))
    assert doc.meta.title == "Floods close the harbor road"


@pytest.mark.parametrize(
    ("line", "author", "outlet", "published"),
    [
        ("By KRDL Channel 4 Staff | KRDL Channel 4 | March 9, 2025", "KRDL Channel 4 Staff", "KRDL Channel 4",
         date(2025, 3, 9)),
        ("Orrin Valley Sentinel staff | Published 08:15 BST, 9 March 2025", "Orrin Valley Sentinel staff",
         "Orrin Valley Sentinel", date(2025, 3, 9)),
        ("By Staff | Fennick Community Radio | Updated March 9, 2025", None, "Fennick Community Radio",
         date(2025, 3, 9)),
        ("Staff reports — Fennick Community Radio — 9 March 2025", None, "Fennick Community Radio",
         date(2025, 3, 9)),
        ("By Lena Ortiz | Fennick Community Radio staff", "Lena Ortiz", "Fennick Community Radio", None),
        ("Lena Ortiz, Staff Writer, Harbor Gazette", "Lena Ortiz", "Harbor Gazette", None),
        ("Staff and wire reports — Fennick Community Radio — 9 March 2025", None, "Fennick Community Radio",
         date(2025, 3, 9)),
        ("Lena Ortiz and staff | Harbor Gazette | June 4, 2024", "Lena Ortiz", "Harbor Gazette",
         date(2024, 6, 4)),
        ("KRDL Channel 4 and wire reports | June 4, 2024", "KRDL Channel 4 and wire reports",
         "KRDL Channel 4", date(2024, 6, 4)),
        ("By Evening Herald politics team", "Evening Herald politics team", "Evening Herald", None),
        ("Harbor Gazette business desk | June 4, 2024", "Harbor Gazette business desk", "Harbor Gazette",
         date(2024, 6, 4)),
    ],
)  # fmt: skip
def test_a_newsroom_credit_is_a_byline_naming_no_person(
    line: str, author: str | None, outlet: str, published: date | None
) -> None:
    """ "By KRDL Channel 4 Staff" credits a newsroom: the line is still the byline (its outlet and date
    read), the desk is who the page credits and no one's name is read out of it; "Staff reports"
    credits no one."""
    doc = _doc(line)
    assert (doc.meta.author, doc.meta.source, doc.meta.published) == (author, outlet, published)
    assert all("Staff" not in s.text and "staff" not in s.text for s in doc.sentences)


@pytest.mark.parametrize(
    ("head", "fmt", "outlet"),
    [
        ("Floods close the harbor road\nFennick Community Radio", "txt", "Fennick Community Radio"),
        ("Fennick Community Radio\nFloods close the harbor road", "txt", "Fennick Community Radio"),
        ("Fennick Community Radio\n\n# Floods close the harbor road", "raw-md", "Fennick Community Radio"),
        ("KRDL News 4", "md", "KRDL News 4"),
        ("Orrin Valley Wire", "md", "Orrin Valley Wire"),
        ("Talk Radio", "md", None),
        ("Barbed Wire", "md", None),
        # the medium first, before a name: a broadcaster's too ("Radio Silence" names none)
        ("Radio Albion Sport", "md", "Radio Albion Sport"),
        ("Radio Silence", "md", None),
        # a news agency's name, its own first word a common noun ("meridian")
        ("Meridian Press Agency", "md", "Meridian Press Agency"),
        ("Travel Agency", "md", None),
    ],
)
def test_a_broadcasters_or_wires_name_alone_above_or_below_the_headline_is_the_outlet(
    head: str, fmt: str, outlet: str | None
) -> None:
    """A line naming a broadcaster or a wire ("… Radio", "… Wire", "… News 4") alone next to the
    headline is the outlet's masthead, not the headline; a common phrase ending so ("Talk Radio") names
    no outlet, and the headline stays the headline."""
    if fmt == "raw-md":
        doc = build_document(RawDocument("d", f"{head}\n\n{_BODY}", "d.md", "md"))
    else:
        doc = _doc(head, fmt)
    assert (doc.meta.source, doc.meta.title) == (outlet, "Floods close the harbor road")
    assert all(head.splitlines()[0] not in s.text for s in doc.sentences)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("By Tomas Vale, Corrin Lantern columnist", "Corrin Lantern"),
        ("By Tomas Vale, Eastbay Gazette staff writer", "Eastbay Gazette"),
        ("Tomas Vale, KVRN correspondent", "KVRN"),
        ("By Tomas Vale, White House correspondent", None),  # a beat, not an outlet
        ("By Tomas Vale, Supreme Court reporter", None),
        ("By Tomas Vale, Guest columnist", None),
    ],
)
def test_the_outlet_a_role_is_held_at_is_the_outlet(line: str, outlet: str | None) -> None:
    got = read_byline(line)
    assert got is not None and (got.author, got.outlet) == ("Tomas Vale", outlet)


@pytest.mark.parametrize(
    ("head", "outlet", "author"),
    [
        ("By Tomas Vale\nCorrin Daily\nPublished June 4, 2024", "Corrin Daily", "Tomas Vale"),
        ("Eastbay Star-Ledger\nPublished June 4, 2024", "Eastbay Star-Ledger", None),
        ("By Tomas Vale\nPublished June 4, 2024\n\nCorrin Daily", "Corrin Daily", "Tomas Vale"),
        # a section's label names no outlet, and a second credited person is no outlet either
        ("By Tomas Vale\nLocal Politics\nPublished June 4, 2024", None, "Tomas Vale"),
        ("By Tomas Vale\nMirela Kostadinova\nPublished June 4, 2024", None, "Tomas Vale"),
        # a newspaper's last word, though the rest are common words ("Port City", "The Tidewater")
        ("Lake City Ledger\nBy Tomas Vale\nPublished June 4, 2024", "Lake City Ledger", "Tomas Vale"),
        ("By Tomas Vale\nThe Tidewater Review\nPublished June 4, 2024", "The Tidewater Review", "Tomas Vale"),
        # a wire's name of common words, between the headline and the byline
        ("The Relay Wire\nBy Tomas Vale", "The Relay Wire", "Tomas Vale"),
        # without a credit or a date line, a capitalised line under the headline may be anything
        ("Corrin Daily", None, None),
    ],
)
def test_an_outlets_name_alone_among_the_header_credits_is_the_outlet(
    head: str, outlet: str | None, author: str | None
) -> None:
    """ "Corrin Daily" on its own line between the byline and the publication line names the outlet,
    though its last word is no newspaper's the byline reader knows ("Gazette", "Times"); the line is
    never quoted as the story."""
    doc = build_document(RawDocument("d", f"Floods close the harbor road\n{head}\n\n{_BODY}", "d.txt", "txt"))
    assert (doc.meta.source, doc.meta.author) == (outlet, author)
    assert doc.meta.title == "Floods close the harbor road"
    assert all(
        "Corrin Daily" not in s.text and (outlet is None or outlet not in s.text) for s in doc.sentences
    )


def test_an_outlets_name_emphasised_alone_above_the_markdown_byline_is_the_outlet() -> None:
    """ "**Lake City Ledger**" over "**By Tomas Vale**": markdown's emphasis is no part of the name."""
    head = "**Lake City Ledger**\n\n**By Tomas Vale**\n\nPublished June 4, 2024"
    text = f"# Floods close the harbor road\n\n{head}\n\n"
    doc = build_document(RawDocument("d", text + _BODY, "d.md", "md"))
    assert (doc.meta.source, doc.meta.author) == ("Lake City Ledger", "Tomas Vale")


def test_an_outlets_name_closing_the_page_is_the_outlet() -> None:
    """An op-ed that ends with its author's note and its outlet's name ("The Harbour Observer") is that
    outlet's; the line is not quoted, and a last line of prose names no outlet."""
    text = (
        "# Opinion: Fix the harbor road before the next flood\n\nBy Lena Ortiz\n\n"
        "The harbor road flooded twice this winter.\n\nThe council should raise it now.\n\n"
        "Lena Ortiz is a retired engineer.\n\nThe Harbour Observer\n"
    )
    doc = build_document(RawDocument("d", text, "d.md", "md"))
    assert (doc.meta.source, doc.meta.author) == ("The Harbour Observer", "Lena Ortiz")
    assert all("Harbour Observer" not in s.text for s in doc.sentences)
    plain = build_document(
        RawDocument("p", text.replace("The Harbour Observer\n", "Thanks for reading.\n"), "p.md", "md")
    )
    assert plain.meta.source is None


def test_an_outlets_name_under_a_headline_asking_a_question_is_the_outlet() -> None:
    """An explainer's headline ends in a question mark, so it reads as a sentence; the outlet's name alone
    between it and the byline is still the header's, and the outlet's."""
    text = "Harbor road closures explained: what comes next?\nThe Relay Wire\nBy Tomas Vale\n\n" + _BODY
    doc = build_document(RawDocument("d", text, "d.txt", "txt"))
    assert (doc.meta.source, doc.meta.author) == ("The Relay Wire", "Tomas Vale")
    assert all("Relay Wire" not in s.text for s in doc.sentences)


@pytest.mark.parametrize(
    ("line", "author", "outlet"),
    [
        ("*Relay Today — Comment*", None, "Relay Today"),
        ("Harbor Gazette — Opinion", None, "Harbor Gazette"),
        ("Mirela Kostadinova — Analysis", "Mirela Kostadinova", None),  # a columnist's name, no outlet
        ("By Tomas Vale — Comment", "Tomas Vale", None),
        ("Paris — Analysis", None, None),  # where, not who
    ],
)
def test_the_kind_of_piece_set_apart_on_a_credit_line_is_neither_author_nor_outlet(
    line: str, author: str | None, outlet: str | None
) -> None:
    """ "Relay Today — Comment" under an op-ed's headline credits the outlet Relay Today with a comment
    piece: "Comment" is the kind of piece, not the outlet, and the name before it no author."""
    got = read_byline(line)
    credited = (got.author, got.outlet) if got is not None else (None, None)
    assert credited == (author, outlet)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [("Morning Wire staff", "Morning Wire"), ("Evening Post staff | 9 March 2025", "Evening Post")],
)
def test_a_newsroom_of_common_words_shaped_as_a_masthead_is_the_outlet(line: str, outlet: str) -> None:
    """ "Morning Wire staff" credits a newsroom whose name is all English words: shaped as a masthead
    ("... Wire", "... Post"), it is the article's outlet, as "Metro staff" (a section) is not."""
    assert _doc(line).meta.source == outlet
    assert _doc("Metro staff").meta.source is None


@pytest.mark.parametrize(
    ("line", "author", "outlet"),
    [
        # a broadcaster's newsroom whose name is all English words
        ("*Harbour Public Radio newsroom*", "Harbour Public Radio newsroom", "Harbour Public Radio"),
        # a live page credited to its newsroom and to the person keeping it
        ("Radio Kestle newsroom, updated by Ola Brandt", "Ola Brandt", "Radio Kestle"),
        ("Updated by Ola Brandt", "Ola Brandt", None),
        # a live page's team credited after the outlet's name
        ("Kestle Courier live team", "Kestle Courier live team", "Kestle Courier"),
    ],
)
def test_a_newsroom_and_the_person_updating_its_page_are_credited(
    line: str, author: str, outlet: str | None
) -> None:
    got = read_byline(line)
    assert got is not None and (got.author, got.outlet) == (author, outlet)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Metro Wire", "Metro Wire"),  # a name ending as wires' names and other phrases do ("barbed wire")
        ("*Kestle Review*", "Kestle Review"),
        # a section's or a kind of piece's label: a word before the last names a kind of piece, a person or
        # a time
        ("Film Review", None),
        ("Guest Post", None),
    ],
)
@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_a_masthead_alone_under_the_headline_with_no_other_credit(
    line: str, outlet: str | None, fmt: str
) -> None:
    head = line if fmt == "md" else f"Floods close the harbor road\n{line}"
    doc = _doc(head, fmt)
    assert (doc.meta.source, doc.meta.title) == (outlet, "Floods close the harbor road")
    assert all(line.strip("*") not in s.text for s in doc.sentences)  # furniture either way, never quoted


@pytest.mark.parametrize(
    ("line", "author", "outlet"),
    [
        ("The Kestle Post (opinion)", None, "The Kestle Post"),
        ("Harbour Ledger (Editorial)", None, "Harbour Ledger"),
        ("Lena Ortiz (analysis)", "Lena Ortiz", None),
    ],
)
def test_the_kind_of_piece_in_brackets_is_set_apart_from_the_outlet(
    line: str, author: str | None, outlet: str | None
) -> None:
    """ "The Kestle Post (opinion)" under an op-ed's headline credits the outlet with an opinion piece, as
    "The Kestle Post | Opinion" does."""
    got = read_byline(line)
    assert got is not None and (got.author, got.outlet) == (author, outlet)
