"""What a user's own corpus brings that the formats README describes must still read right: one article
saved as a JSON object, a page whose <title> ends "- Outlet", a wire dateline after an abbreviated
state, quotations whose inner sentences end before the speaker is named, Markdown emphasis. Made-up
stories; nothing here is from the seeds or a tester's corpus."""

# ruff: noqa: E501  (made-up article text is kept whole so it can be read)

from __future__ import annotations

import json
from pathlib import Path

import pytest

from retrieval.ingest.clean import clean
from retrieval.ingest.corpus import build_corpus
from retrieval.ingest.load import load_corpus
from retrieval.ingest.segment import split_sentences
from retrieval.models import RawDocument

_STORY = (
    "The Larkfield ferry will stop running in March, the harbour board said on Tuesday.\n\n"
    "Repairs to the slipway are expected to take eleven weeks."
)


def test_a_json_file_holding_one_article_is_read_like_a_jsonl_line(tmp_path: Path) -> None:
    record = {
        "id": "ferry-halt",
        "title": "Larkfield ferry to pause",
        "source": "Quayside Post",
        "text": _STORY,
    }
    (tmp_path / "ferry.json").write_text(json.dumps(record, indent=1), encoding="utf-8")
    (tmp_path / "nameless.json").write_text(json.dumps({"text": _STORY.replace("March", "April")}), "utf-8")
    docs, problems = load_corpus(tmp_path)
    assert problems == []
    by_id = {d.doc_id: d for d in docs}
    assert by_id["ferry-halt"].fields == {"title": "Larkfield ferry to pause", "source": "Quayside Post"}
    assert by_id["ferry-halt"].text == _STORY
    assert "April" in by_id["nameless"].text  # no id: the file's name is its id, as a .txt file's is


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ('[{"id": "a", "text": "One."}, {"id": "b", "text": "Two."}]', "JSON array"),
        ('{"id": "a", "body": "The ferry stops."}', "text: missing"),
        ('{"id": "a", "text": "The ferry', "invalid JSON"),
        ('"just a string"', "not a JSON article object"),
    ],
)
def test_a_json_file_that_is_no_article_is_skipped_with_the_reason(
    tmp_path: Path, content: str, said: str
) -> None:
    (tmp_path / "export.json").write_text(content, encoding="utf-8")
    docs, problems = load_corpus(tmp_path)
    assert docs == []
    assert [p.path for p in problems] == ["export.json"] and said in problems[0].message


_PAGE = """<html><head><title>Larkfield ferry to pause for slipway repairs - Quayside Community Radio</title></head>
<body><h1>{heading}</h1><p>By Odile Marchetti</p>
<p>The Larkfield ferry will stop running in March, the harbour board said on Tuesday. Repairs to the
slipway are expected to take eleven weeks, and a bus will replace the crossing.</p></body></html>"""


def test_a_title_dash_suffix_is_the_outlet_when_the_page_heading_is_the_headline_alone(
    tmp_path: Path,
) -> None:
    (tmp_path / "ferry.html").write_text(_PAGE.format(heading="Larkfield ferry to pause for slipway repairs"))
    meta = build_corpus(tmp_path).documents[0].meta
    assert (meta.title, meta.source) == (
        "Larkfield ferry to pause for slipway repairs",
        "Quayside Community Radio",
    )


def test_a_dash_in_a_headline_the_page_heading_repeats_is_kept(tmp_path: Path) -> None:
    whole = "Larkfield ferry to pause for slipway repairs - Quayside Community Radio"
    (tmp_path / "ferry.html").write_text(_PAGE.format(heading=whole))
    meta = build_corpus(tmp_path).documents[0].meta
    assert (meta.title, meta.source) == (whole, None)


def test_a_wire_dateline_after_an_abbreviated_state_stays_with_its_sentence() -> None:
    text = "MILLBROOK, Vt. (NWS) — Larkfield officials said Tuesday the ferry will stop. Repairs take weeks."
    assert split_sentences(text) == [
        "MILLBROOK, Vt. (NWS) — Larkfield officials said Tuesday the ferry will stop.",
        "Repairs take weeks.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        '"We let the riders down. We will make it right," Harbour Master Ines Tolland said at the pier.',
        "“The slipway cracked. Nobody saw it coming,” Ines Tolland told the board.",
        '"Is the crossing safe?" Councillor Bram Oyelaran asked at the meeting.',
        '"We will be back by summer!" Ines Tolland said.',
        '"We waited and waited…" Odile Marchetti wrote in her column.',
    ],
)
def test_a_quotation_is_not_cut_before_its_speaker(sentence: str) -> None:
    assert split_sentences(f"{sentence} The board meets again in May.") == [
        sentence,
        "The board meets again in May.",
    ]


def test_separate_quoted_sentences_still_split() -> None:
    text = '"We let the riders down," Ines Tolland said. "We will make it right. We start Monday," she said. The board met. "Why?" The question hung. "Who pays?" Ines Tolland said the board would. "We lost." Ann Lee added more.'
    assert split_sentences(text) == [
        '"We let the riders down," Ines Tolland said.',
        '"We will make it right.',
        'We start Monday," she said.',
        "The board met.",
        '"Why?"',
        "The question hung.",
        '"Who pays?"',
        "Ines Tolland said the board would.",
        '"We lost."',
        "Ann Lee added more.",
    ]


def test_markdown_emphasis_marks_are_not_kept_in_the_text() -> None:
    text = (
        "# Larkfield ferry: live updates\n\n"
        "**8:10 a.m. ET** — The harbour board says the *last* crossing left at dawn.\n\n"
        "**Update 2:45 pm** The second boat is back in service.\n\n"
        "A spokesperson for __Quayside Transit__ said buses run every 20 minutes; 3 * 4 = 12 seats are free.\n"
    )
    blocks = [b.text for b in clean(RawDocument("live", text, "live.md", "md")).blocks]
    assert blocks == [
        "8:10 a.m. ET — The harbour board says the last crossing left at dawn.",
        "Update 2:45 pm The second boat is back in service.",
        "A spokesperson for Quayside Transit said buses run every 20 minutes; 3 * 4 = 12 seats are free.",
    ]


def _only_document(tmp_path: Path, name: str, content: str) -> tuple[RawDocument, dict[str, object]]:
    (tmp_path / name).write_text(content, encoding="utf-8")
    docs, problems = load_corpus(tmp_path)
    assert problems == [] and len(docs) == 1
    return docs[0], build_corpus(tmp_path).documents[0].meta.model_dump(mode="json")


def test_labelled_header_lines_are_the_files_metadata_not_its_headline(tmp_path: Path) -> None:
    raw, meta = _only_document(
        tmp_path,
        "strike.txt",
        "Title: Larkfield ferry crews vote to strike\nSource: Quayside Post\nAuthor: By Mara Quist\n"
        "Link: https://quayside.example/ferry-strike\nDate: 12 May 2026\n\n" + _STORY,
    )
    assert raw.fields == {
        "title": "Larkfield ferry crews vote to strike",
        "source": "Quayside Post",
        "author": "Mara Quist",
        "url": "https://quayside.example/ferry-strike",
    }
    assert meta["title"] == "Larkfield ferry crews vote to strike"
    assert (meta["source"], meta["author"], meta["published"]) == (
        "Quayside Post",
        "Mara Quist",
        "2026-05-12",
    )
    assert "Title:" not in raw.text and "Quayside Post" not in raw.text


def test_markdown_front_matter_is_metadata_and_its_other_keys_never_text(tmp_path: Path) -> None:
    raw, meta = _only_document(
        tmp_path,
        "strike.md",
        '---\ntitle: "Ferry crews vote to strike"\nsource: https://quayside.example/s\nlayout: post\n'
        "tags: [ferry, strike]\npublished: 2026-05-12\n---\n\n" + _STORY,
    )
    assert raw.fields == {"title": "Ferry crews vote to strike", "url": "https://quayside.example/s"}
    assert meta["published"] == "2026-05-12" and meta["source"] is None
    assert "layout" not in raw.text and "tags" not in raw.text and raw.text.endswith(_STORY)


@pytest.mark.parametrize(
    ("value", "title"),
    [
        (
            "\"'We were never told': ferry crews vote to strike\"",
            "'We were never told': ferry crews vote to strike",
        ),
        ("'Crews say ''enough'' and vote to strike'", "Crews say 'enough' and vote to strike"),
        ('"Crews \\"walk out\\" at dawn"', 'Crews "walk out" at dawn'),
        ("'Never told': crews strike", "'Never told': crews strike"),  # no enclosing pair: as written
    ],
)
def test_front_matter_takes_off_only_the_quotes_enclosing_a_value(
    tmp_path: Path, value: str, title: str
) -> None:
    """A headline that opens with a quotation keeps its opening mark: only YAML's enclosing pair goes."""
    raw, _ = _only_document(tmp_path, "strike.md", f"---\ntitle: {value}\n---\n\n" + _STORY)
    assert raw.fields["title"] == title


@pytest.mark.parametrize(
    "content",
    [
        "Warning: the ferry will stop\n\n" + _STORY,  # not a label this reader knows
        "Larkfield ferry to pause\n\n" + _STORY + "\n\nSource: harbour board minutes",  # not at the top
        "---\n" + _STORY,  # a rule with no closing one is no front matter
    ],
)
def test_a_file_without_a_header_block_is_read_as_before(tmp_path: Path, content: str) -> None:
    (tmp_path / "story.txt").write_text(content, encoding="utf-8")
    docs, _ = load_corpus(tmp_path)
    assert docs[0].fields == {} and docs[0].text == content
