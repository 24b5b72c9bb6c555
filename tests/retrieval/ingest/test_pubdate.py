"""Publication dates: read from what a page states (its publication line, its fields, the manifest), an
all-numeric date in its outlet's order, and never inferred from the body or from other documents."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from retrieval.ingest.clean import clean
from retrieval.ingest.corpus import build_corpus, build_document
from retrieval.ingest.pubdate import DateFormats, is_publication_line, stated_date
from retrieval.models import RawDocument


def raw(text: str, doc_id: str = "d", **fields: str) -> RawDocument:
    return RawDocument(doc_id, text, f"{doc_id}.txt", "txt", dict(fields))


STORY = (
    "The finance minister resigned after a vote in parliament on the budget.\n\n"
    "Officials said the vote had been expected for weeks and that talks would go on."
)


# --------------------------------------------------------------------------- publication lines


@pytest.mark.parametrize(
    ("line", "when", "label"),
    [
        ("Published 12:03 GMT, 4 March 2005", date(2005, 3, 4), "published"),
        ("First published on Fri 4 Mar 2005 12.03 GMT", date(2005, 3, 4), "published"),
        ("Posted on March 4th, 2005", date(2005, 3, 4), "published"),
        ("Last Updated: Friday, 4 March, 2005, 12:03 GMT 12:03 UK", date(2005, 3, 4), "updated"),
        ("Updated 3:45 PM ET, Fri March 4, 2005", date(2005, 3, 4), "updated"),
        ("Published 13/04/2005 09:30", date(2005, 4, 13), "published"),  # day first: 13 is no month
        ("Published 04/13/2005", date(2005, 4, 13), "published"),  # month first: 13 is no month
        ("Published 2005-03-04T12:03:00Z", date(2005, 3, 4), "published"),
    ],
)
def test_labelled_publication_lines_state_their_date(line: str, when: date, label: str) -> None:
    assert is_publication_line(line)
    stated = stated_date(line)
    assert stated is not None and (stated.when, stated.label, stated.written) == (when, label, None)


def test_a_date_that_reads_both_ways_is_kept_as_written_not_read() -> None:
    stated = stated_date("Published 03/04/2005 12:03")
    assert stated is not None and (stated.when, stated.written) == (None, "03/04/2005")


@pytest.mark.parametrize(
    "line",
    [
        "The vote on 4 March 2005 was close.",  # prose naming a date
        "Home | News | 4 March 2005",  # navigation with a date in it
        "Published: 31/02/2005",  # no such day
        "Budget 2005: what it means for you",
    ],
)
def test_lines_that_are_not_publication_lines(line: str) -> None:
    assert not is_publication_line(line, header=True)


def test_a_bare_date_is_a_publication_line_only_above_the_story() -> None:
    assert is_publication_line("4 March 2005 12:03", header=True)
    assert not is_publication_line("4 March 2005 12:03")


def test_the_publication_line_is_read_and_never_quoted() -> None:
    title = "Finance minister quits after losing the budget vote"
    doc = build_document(raw(f"{title}\nPublished 12:03 GMT, 4 March 2005\n\n{STORY}"))
    assert doc.meta.published == date(2005, 3, 4)
    assert doc.meta.provenance["published"] == "page"
    assert doc.meta.title == title
    assert not any("Published" in s.text or "2005" in s.text for s in doc.sentences)
    kinds = {
        r.kind for r in clean(raw(f"Minister quits\nPublished 12:03 GMT, 4 March 2005\n\n{STORY}")).removed
    }
    assert "dateline" in kinds


def test_a_bare_date_line_above_the_story_dates_it() -> None:
    doc = build_document(
        raw(f"Finance minister quits after losing the budget vote\n04/03/2005 12:03\n\n{STORY}")
    )
    assert (doc.meta.published, doc.meta.published_written) == (None, "04/03/2005")
    doc = build_document(
        raw(f"Finance minister quits after losing the budget vote\n24/03/2005 12:03\n\n{STORY}")
    )
    assert doc.meta.published == date(2005, 3, 24)


def test_a_published_line_wins_over_an_updated_one() -> None:
    text = f"Minister quits\nUpdated 6 March 2005\nPublished 4 March 2005\n\n{STORY}"
    assert build_document(raw(text)).meta.published == date(2005, 3, 4)


def test_file_fields_win_over_the_page_line() -> None:
    doc = build_document(raw(f"Minister quits\nPublished 4 March 2005\n\n{STORY}", published="2005-03-05"))
    assert (doc.meta.published, doc.meta.provenance["published"]) == (date(2005, 3, 5), "file")


# --------------------------------------------------------------------------- nothing inferred


def test_a_page_that_states_no_date_stays_undated_whatever_its_body_names() -> None:
    body = (
        "The talks resumed on Monday (April 21) after a pause.\n\n"
        "The war began in February 2022 and the vote was held on 4 March 2005.\n\n"
        "Officials met yesterday and will meet again next week."
    )
    doc = build_document(raw(body))
    assert doc.meta.published is None
    assert "published" not in doc.meta.provenance


def test_an_undated_corpus_borrows_no_date_from_its_dated_documents(tmp_path: Path) -> None:
    records = [
        {"id": "dated", "text": STORY, "published": "2005-03-04", "source": "Wire"},
        {"id": "undated", "text": STORY.replace("minister", "secretary"), "source": "Wire"},
    ]
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    docs = {d.meta.doc_id: d for d in build_corpus(tmp_path, date_formats=DateFormats()).documents}
    assert docs["dated"].meta.published == date(2005, 3, 4)
    assert docs["undated"].meta.published is None


# --------------------------------------------------------------------------- outlets' numeric orders


def write_pages(root: Path) -> None:
    root.mkdir(exist_ok=True)
    for doc_id, source in (("uk", "Daily Post"), ("us", "Morning Ledger"), ("xx", "Unset Gazette")):
        rec = {
            "id": doc_id,
            "text": f"Minister quits\nPublished 03/04/2005 12:03\n\n{STORY}",
            "source": source,
        }
        (root / f"{doc_id}.jsonl").write_text(json.dumps(rec), encoding="utf-8")


FORMATS = DateFormats(sources={"daily post": "day-first", "Morning Ledger": "month-first"})


def test_each_outlet_reads_an_ambiguous_date_in_its_own_order(tmp_path: Path) -> None:
    write_pages(tmp_path)
    corpus = build_corpus(tmp_path, date_formats=FORMATS)
    got = {d.meta.doc_id: d.meta.published for d in corpus.documents}
    assert got == {"uk": date(2005, 4, 3), "us": date(2005, 3, 4), "xx": None}
    assert {d.meta.doc_id: d.meta.provenance.get("published") for d in corpus.documents} == {
        "uk": "page",
        "us": "page",
        "xx": None,
    }
    (problem,) = [p for p in corpus.problems if "day-first and month-first" in p.message]
    assert "'Unset Gazette'" in problem.message and "'03/04/2005'" in problem.message


def test_a_default_order_reads_the_outlets_not_named(tmp_path: Path) -> None:
    write_pages(tmp_path)
    formats = DateFormats(default="day-first", sources={"Morning Ledger": "month-first"})
    corpus = build_corpus(tmp_path, date_formats=formats)
    got = {d.meta.doc_id: d.meta.published for d in corpus.documents}
    assert got == {"uk": date(2005, 4, 3), "us": date(2005, 3, 4), "xx": date(2005, 4, 3)}
    assert not [p for p in corpus.problems if "day-first and month-first" in p.message]


def test_a_changed_setting_rereads_unchanged_documents_and_changes_the_version(tmp_path: Path) -> None:
    write_pages(tmp_path)
    before = build_corpus(tmp_path, date_formats=DateFormats())
    assert all(d.meta.published is None for d in before.documents)
    after = build_corpus(tmp_path, date_formats=FORMATS, previous=before)
    assert {d.meta.doc_id: d.meta.published for d in after.documents}["uk"] == date(2005, 4, 3)
    assert after.version != before.version
    again = build_corpus(tmp_path, date_formats=DateFormats(), previous=after)
    assert all(d.meta.published is None for d in again.documents)
    assert again.version == before.version


def test_a_setting_that_reads_no_date_of_the_corpus_leaves_its_version_alone(tmp_path: Path) -> None:
    text = f"Minister quits\nPublished 4 March 2005\n\n{STORY}"
    rec = {"id": "plain", "text": text, "source": "Daily Post"}
    (tmp_path / "c.jsonl").write_text(json.dumps(rec), encoding="utf-8")
    assert build_corpus(tmp_path, date_formats=FORMATS).version == build_corpus(tmp_path).version


def test_a_setting_file_that_cannot_be_read_is_a_problem_and_sets_no_order(tmp_path: Path) -> None:
    write_pages(tmp_path / "c")
    bad = tmp_path / "date_formats.toml"
    bad.write_text("[sources\n", encoding="utf-8")
    corpus = build_corpus(tmp_path / "c", date_formats=bad)
    assert all(d.meta.published is None for d in corpus.documents)
    assert any(p.path == str(bad) and "cannot read the date formats" in p.message for p in corpus.problems)


def test_the_setting_file_is_validated(tmp_path: Path) -> None:
    path = tmp_path / "date_formats.toml"
    path.write_text('[sources]\n"Daily Post" = "day-first"\n', encoding="utf-8")
    assert DateFormats.load(path).order_for("DAILY POST") == "day-first"
    assert DateFormats.load(tmp_path / "absent.toml") == DateFormats()
    path.write_text('[sources]\n"Daily Post" = "dmy"\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"sources\.Daily Post"):
        DateFormats.load(path)


def test_the_shipped_setting_file_loads() -> None:
    formats = DateFormats.load(Path(__file__).parents[3] / "config" / "date_formats.toml")
    assert formats.order_for("BBC News") == "day-first"


def test_the_unread_date_warning_says_what_to_write_in_the_date_formats_file(tmp_path: Path) -> None:
    """The warning names the line to add: the outlet's under [sources], or, for documents with no
    outlet to name, the default order."""
    write_pages(tmp_path)
    (tmp_path / "anon.txt").write_text(
        f"Minister quits\nPublished 03/04/2005 12:03\n\n{STORY}", encoding="utf-8"
    )
    corpus = build_corpus(tmp_path, date_formats=FORMATS)
    said = {p.path: p.message for p in corpus.problems if "day-first and month-first" in p.message}
    assert said["xx.jsonl"].endswith('under [sources]: "Unset Gazette" = "day-first" or "month-first")')
    assert said["anon.txt"].startswith("1 document(s) with no source state")
    assert 'default = "day-first" or "month-first"' in said["anon.txt"]
