"""Loading a corpus directory: every usable document loads, every unusable file is reported."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from retrieval.ingest import load as load_module
from retrieval.ingest.html import html_to_text
from retrieval.ingest.load import load_corpus
from retrieval.models import LoadProblem
from tests.conftest import SEEDS


def _problems_for(problems: list[LoadProblem], path: str) -> list[LoadProblem]:
    return [p for p in problems if p.path == path]


def test_seeds_load_in_sorted_order_as_text() -> None:
    docs, problems = load_corpus(SEEDS)
    assert problems == []
    assert [d.doc_id for d in docs] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert all(d.fmt == "txt" and d.fields == {} for d in docs)
    assert docs[0].text == (SEEDS / "000_1d7d949346b86d78.txt").read_text(encoding="utf-8")


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "a.txt").write_text("Alpha story. It is fine.", encoding="utf-8")
    (root / "sub" / "b.md").write_text("# Beta\n\nBeta body.", encoding="utf-8")
    (root / "sub" / "deeper" / "c.html").write_text(
        "<html><head><title>Gamma page</title><meta property='og:site_name' content='Gamma Times'>"
        "<style>p {color: red}</style></head><body><p>Gamma one.</p><script>var x = 1;</script>"
        "<div>Gamma two.</div></body></html>",
        encoding="utf-8",
    )
    (root / "binary.txt").write_bytes(b"PK\x03\x04\x00\x00binary")
    (root / "latin1.txt").write_bytes("Caf\xe9 au lait.".encode("latin-1"))
    (root / "empty.md").write_text("  \n\n", encoding="utf-8")
    lines = [
        json.dumps({"id": "j1", "text": "First line.", "title": "J one", "published": "2025-04-21"}),
        '{"id": "j2", "text": "broken',
        json.dumps({"id": "j3", "text": "Third line.", "source": "Wire"}),
        json.dumps({"id": "j4"}),
        json.dumps({"id": "j5", "text": "Bad date.", "published": "21/04/2025"}),
        json.dumps({"id": 6, "text": "Wrong id type."}),
        "",
        json.dumps({"id": "a", "text": "Duplicate of a.txt's id."}),
    ]
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "sub" / "a.txt").write_text("Another a.", encoding="utf-8")  # duplicate id "a"
    outside = tmp_path / "outside.txt"
    outside.write_text("Secret outside the corpus.", encoding="utf-8")
    (root / "escape.txt").symlink_to(outside)
    (root / "inside_link.txt").symlink_to(root / "a.txt")
    (root / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (root / "notes.pdf").write_bytes(b"%PDF-1.4")
    (root / "manifest.json").write_text(
        json.dumps(
            {"documents": {"a": {"title": "Alpha", "published": "2025-07-16"}, "ghost": {"title": "G"}}}
        ),
        encoding="utf-8",
    )
    return root


def test_messy_corpus_loads_everything_usable(messy: Path) -> None:
    docs, _ = load_corpus(messy)
    by_id = {d.doc_id: d for d in docs}
    assert sorted(by_id) == [
        "a", "a@feed.jsonl", "a@sub/a.txt", "b", "c", "inside_link", "j1", "j3", "j5", "latin1"
    ]  # fmt: skip
    assert by_id["a"].path == "a.txt" and by_id["a"].text == "Alpha story. It is fine."
    assert by_id["a"].manifest == {"title": "Alpha", "published": "2025-07-16"}
    assert by_id["b"].fmt == "md" and by_id["b"].path == "sub/b.md"
    assert by_id["c"].text == "Gamma one.\n\nGamma two."
    assert by_id["c"].fields == {"title": "Gamma page", "source": "Gamma Times"}
    assert by_id["j1"].fields == {"title": "J one", "published": "2025-04-21"}
    assert by_id["j3"].fields == {"source": "Wire"}
    assert by_id["j5"].fields == {} and by_id["j5"].text == "Bad date."  # an unreadable date costs the date
    # sorted path order: a.txt, feed.jsonl, inside_link.txt, sub/..., sub/deeper/...
    assert [d.doc_id for d in docs] == [
        "a",
        "j1",
        "j3",
        "j5",
        "a@feed.jsonl",
        "inside_link",
        "latin1",  # no UTF-8 at all, and clean Windows-1252: read so, with a note
        "a@sub/a.txt",
        "b",
        "c",
    ]


def test_messy_corpus_reports_each_problem_with_file_and_line(messy: Path) -> None:
    _, problems = load_corpus(messy)
    rendered = sorted(str(p) for p in problems)
    assert len(problems) == 12, rendered
    assert "zip archive, not text" in _problems_for(problems, "binary.txt")[0].message
    assert "skipped: a .pdf file is not read" in _problems_for(problems, "notes.pdf")[0].message
    assert "note: not UTF-8, read as Windows-1252" in _problems_for(problems, "latin1.txt")[0].message
    assert "empty" in _problems_for(problems, "empty.md")[0].message
    assert "outside the corpus" in _problems_for(problems, "escape.txt")[0].message
    feed = {p.line or 0: p.message for p in _problems_for(problems, "feed.jsonl")}
    assert sorted(feed) == [2, 4, 5, 6, 8]
    assert "invalid JSON" in feed[2]
    assert "text: missing" in feed[4]
    assert "published" in feed[5] and "loaded without published" in feed[5]
    assert "id:" in feed[6]
    assert "duplicate document id 'a'" in feed[8] and "loaded as 'a@feed.jsonl'" in feed[8]
    dup = _problems_for(problems, "sub/a.txt")
    assert len(dup) == 1 and "duplicate document id 'a'" in dup[0].message and dup[0].line is None
    assert "loaded as 'a@sub/a.txt'" in dup[0].message
    ghost = _problems_for(problems, "manifest.json")
    assert len(ghost) == 1 and "ghost" in ghost[0].message
    assert any(r.startswith("feed.jsonl:2: invalid JSON") for r in rendered)


def test_problems_never_mention_hidden_files_and_name_foreign_ones_as_skipped(messy: Path) -> None:
    """A hidden file is no one's article; a file of a format not read (a ``.pdf``) is said to be skipped:
    left out without a word, a newcomer's export seemed lost."""
    _, problems = load_corpus(messy)
    assert not any(".hidden" in p.path for p in problems)
    assert [p.message for p in problems if p.path.endswith(".pdf")] == [
        "skipped: a .pdf file is not read (articles are .htm, .html, .json, .jsonl, .md, .txt files)"
    ]


def test_too_large_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "big.txt").write_text("x" * 200, encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Fine.", encoding="utf-8")

    def no_read(*args: object, **kwargs: object) -> None:
        raise AssertionError("a too-large file must not be opened")

    real_open = Path.open

    def guarded_open(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self.name == "big.txt":
            no_read()
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", guarded_open)
    docs, problems = load_corpus(tmp_path, max_file_bytes=100)
    assert [d.doc_id for d in docs] == ["ok"]
    assert [(p.path, "too large" in p.message) for p in problems] == [("big.txt", True)]


def test_big_jsonl_streams_but_an_overlong_line_is_a_problem(tmp_path: Path) -> None:
    good = [json.dumps({"id": f"d{i}", "text": "Short text."}) for i in range(50)]
    long_line = json.dumps({"id": "huge", "text": "y" * 500})
    (tmp_path / "feed.jsonl").write_text(
        "\n".join([*good[:25], long_line, *good[25:]]) + "\n", encoding="utf-8"
    )
    docs, problems = load_corpus(tmp_path, max_file_bytes=200)  # the file is far bigger than 200 bytes
    assert len(docs) == 50 and docs[-1].doc_id == "d49"
    assert [(p.path, p.line) for p in problems] == [("feed.jsonl", 26)]
    assert "longer than 200 bytes" in problems[0].message


def test_symlinked_directory_outside_root_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "ok.txt").write_text("Fine.", encoding="utf-8")
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / "leak.txt").write_text("Leaked.", encoding="utf-8")
    (root / "linked").symlink_to(other, target_is_directory=True)
    (root / "loop").symlink_to(root, target_is_directory=True)
    docs, problems = load_corpus(root)
    assert [d.doc_id for d in docs] == ["ok"]
    assert [p.path for p in problems] == ["linked"]


def test_file_deleted_while_loading_is_a_problem_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("B.", encoding="utf-8")
    real_walk = load_module._walk

    def walk_then_delete(*args, **kwargs):  # type: ignore[no-untyped-def]
        for cand in real_walk(*args, **kwargs):
            if cand.path.name == "a.txt":
                cand.path.unlink()
            yield cand

    monkeypatch.setattr(load_module, "_walk", walk_then_delete)
    docs, problems = load_corpus(tmp_path)
    assert [d.doc_id for d in docs] == ["b"]
    assert len(problems) == 1 and problems[0].path == "a.txt" and "cannot read" in problems[0].message


def test_file_replaced_by_directory_while_loading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.jsonl").write_text('{"id": "x", "text": "X."}\n', encoding="utf-8")
    real_walk = load_module._walk

    def walk_then_replace(*args, **kwargs):  # type: ignore[no-untyped-def]
        for cand in real_walk(*args, **kwargs):
            cand.path.unlink()
            cand.path.mkdir()
            yield cand

    monkeypatch.setattr(load_module, "_walk", walk_then_replace)
    docs, problems = load_corpus(tmp_path)
    assert docs == [] and [p.path for p in problems] == ["a.jsonl"]


@pytest.mark.parametrize(
    ("manifest", "fragment"),
    [
        ("{not json", "manifest ignored"),
        ('{"documents": {"a": {"title": 3}}}', "title"),
        ('{"documents": {"a": {"published": "2025-13-01"}}}', "published"),
        ('{"documents": {"a": {"headline": "x"}}}', "headline"),
        ('{"docs": {}}', "documents"),
    ],
)
def test_bad_manifest_is_a_problem_and_documents_still_load(
    tmp_path: Path, manifest: str, fragment: str
) -> None:
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / "manifest.json").write_text(manifest, encoding="utf-8")
    docs, problems = load_corpus(tmp_path)
    assert [(d.doc_id, d.manifest) for d in docs] == [("a", {})]
    assert len(problems) == 1 and problems[0].path == "manifest.json" and fragment in problems[0].message


def test_missing_root_is_a_problem(tmp_path: Path) -> None:
    docs, problems = load_corpus(tmp_path / "nope")
    assert docs == [] and len(problems) == 1 and "not found" in problems[0].message


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes("\ufeffHello there.".encode())
    docs, problems = load_corpus(tmp_path)
    assert problems == [] and docs[0].text == "Hello there."


def test_html_text_keeps_paragraphs_and_meta() -> None:
    text, fields = html_to_text(
        "<html><head><title>Page title - Site</title>"
        '<meta property="og:title" content="Clean title">'
        '<meta name="author" content="Jane Doe">'
        '<meta property="article:published_time" content="2025-04-21T09:30:00Z">'
        '<meta property="og:url" content="https://example.com/a">'
        "</head><body><nav>Home</nav><h1>Clean title</h1><p>First &amp; <b>bold</b>\n  para.</p>"
        "<noscript>Enable JS</noscript><ul><li>One.</li><li>Two.</li></ul>Tail<br>end.</body></html>"
    )
    assert text == "Home\n\nClean title\n\nFirst & bold para.\n\nOne.\n\nTwo.\n\nTail\n\nend."
    assert fields == {
        "title": "Clean title",
        "author": "Jane Doe",
        "published": "2025-04-21",
        "url": "https://example.com/a",
    }
    assert date.fromisoformat(fields["published"]) == date(2025, 4, 21)


def test_html_readers_comments_banners_and_buttons_are_never_story_text() -> None:
    """A reader's comment on a page would be quoted as the outlet's own words: comments, cookie banners,
    share buttons, controls and the page's footer are dropped as the page is read; the story's own
    footer (inside its <article>) is kept, and so is a class that merely begins like one ("share-price")."""
    text, _ = html_to_text(
        '<html><body><div class="cookie-banner">We use cookies to improve your experience.'
        "<button>Accept all</button></div>"
        "<article><h1>Ferry fares rise</h1><p>Fares rise by 8 percent from May.</p>"
        '<div class="share-buttons"><a>Share on Facebook</a></div>'
        '<p class="share-price">Shares in BlueLine rose 2 percent.</p>'
        "<footer>Published 4 May 2026.</footer></article>"
        '<section id="comments"><h3>Comments (2)</h3>'
        '<div class="comment"><div class="author">grumpy_dave</div><p>Fares will double by June.</p></div>'
        '<div class="comment"><p>They rise 20 percent, mark my words.</p></div></section>'
        "<p>More news.</p><footer>© 2026 Harbour Times. All rights reserved.</footer></body></html>"
    )
    assert text == (
        "Ferry fares rise\n\nFares rise by 8 percent from May.\n\nShares in BlueLine rose 2 percent."
        "\n\nPublished 4 May 2026.\n\nMore news."
    )


def test_html_hidden_element_ends_at_its_own_end_tag_not_a_nested_one() -> None:
    text, _ = html_to_text("<body><div hidden><div>Draft one.</div>Draft two.</div><p>The story.</p></body>")
    assert text == "The story."


@pytest.mark.parametrize(
    ("title", "meta", "expected"),
    [
        (
            "Port strike ends after pay deal | Harbour Times",
            "",
            {"title": "Port strike ends after pay deal", "source": "Harbour Times"},
        ),
        (
            "Port strike ends | Harbour Times",
            '<meta property="og:site_name" content="HT">',
            {"title": "Port strike ends", "source": "HT"},
        ),  # the declared outlet wins
        ("Brexit - what happens next", "", {"title": "Brexit - what happens next"}),  # a dash is headline
        ("Pay | deal", "", {"title": "Pay | deal"}),  # too short to be "headline | outlet"
    ],
)
def test_a_title_of_headline_bar_outlet_gives_both(title: str, meta: str, expected: dict[str, str]) -> None:
    _, fields = html_to_text(
        f"<html><head><title>{title}</title>{meta}</head><body><p>Text.</p></body></html>"
    )
    assert fields == expected


def test_unreadable_directory_is_a_problem(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can read anything")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "x.txt").write_text("X.", encoding="utf-8")
    locked.chmod(0)
    try:
        _, problems = load_corpus(tmp_path)
    finally:
        locked.chmod(0o755)
    assert [p.path for p in problems] == ["locked"]


def test_top_level_link_to_a_jsonl_corpus_is_followed_but_not_other_escapes(tmp_path: Path) -> None:
    """The shared evaluators mount their data by linking corpus.jsonl into a temp dir; that must load,
    while a link to a plain file, or a JSONL link below the top level, stays refused."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "corpus.jsonl").write_text('{"id": "d1", "text": "Rutte spoke in Brussels."}\n', encoding="utf-8")
    (data / "secret.txt").write_text("do not quote me", encoding="utf-8")
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "corpus.jsonl").symlink_to(data / "corpus.jsonl")
    (root / "secret.txt").symlink_to(data / "secret.txt")
    (root / "sub" / "deep.jsonl").symlink_to(data / "corpus.jsonl")
    docs, problems = load_corpus(root)
    assert [d.doc_id for d in docs] == ["d1"]
    refused = sorted(p.path for p in problems if "outside" in p.message)
    assert refused == ["secret.txt", "sub/deep.jsonl"]


def test_a_fingerprint_is_the_hash_of_the_whole_document_however_it_is_fed() -> None:
    """Hashed in small pieces (so hashing never hands the GIL back and forth); the digest is still
    the one of the whole text, whatever its length."""
    import hashlib

    from retrieval.ingest.corpus import fingerprint
    from retrieval.models import RawDocument

    for text in ("short", "é" * 1500 + "x" * 7001):
        raw = RawDocument(doc_id="d1", text=text, path="d1.txt", fmt="txt", fields={"title": "T"})
        parts = ("d1", text, repr([("title", "T")]), repr([]))
        whole = b"".join(part.encode("utf-8", "surrogatepass") + b"\0" for part in parts)
        assert fingerprint(raw) == hashlib.sha256(whole).hexdigest()[:16]


def test_jsonl_date_and_time_gives_its_date_and_an_author_list_its_names(tmp_path: Path) -> None:
    """Exports write "2026-01-13T07:30:00Z" and ["A", "B"]: the date the record states and the authors it
    credits are kept, not dropped with a warning; a date and time that is no real one still costs the date."""
    lines = [
        {
            "id": "s1",
            "text": "Storm.",
            "published": "2026-01-13T07:30:00Z",
            "author": ["Mara Quintal", "Dev Rao"],
        },
        {
            "id": "s2",
            "text": "Budget.",
            "published": "2026-01-20 23:59:00+02:00",
            "author": ["Ines Carvalho"],
        },
        {"id": "s3", "text": "Fire.", "published": "2026-02-30T10:00:00Z", "author": ["A", "B", "C"]},
        {"id": "s4", "text": "Fête.", "author": [1, 2]},
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    docs, problems = load_corpus(tmp_path)
    fields = {d.doc_id: d.fields for d in docs}
    assert fields["s1"] == {"published": "2026-01-13", "author": "Mara Quintal and Dev Rao"}
    assert fields["s2"] == {"published": "2026-01-20", "author": "Ines Carvalho"}
    assert fields["s3"] == {"author": "A, B and C"}
    assert fields["s4"] == {}
    assert [(p.line, "loaded without" in p.message) for p in problems] == [(3, True), (4, True)]


def test_a_jsonl_record_cut_short_is_reported_as_cut_short(tmp_path: Path) -> None:
    """A line that ends mid-record (a truncated export) says so, where json's own words ("Invalid control
    character at, column 66") pointed at the line's end as if a character were wrong there."""
    (tmp_path / "feed.jsonl").write_text(
        '{"id": "a", "text": "Cut off half-wa\n{"id": "b"\n{"id": "c", "text": "Fine."} x\n', encoding="utf-8"
    )
    _, problems = load_corpus(tmp_path)
    assert [(p.line, p.message) for p in problems] == [
        (1, "invalid JSON (the line ends before its record does)"),
        (2, "invalid JSON (the line ends before its record does)"),
        (3, "invalid JSON (Extra data at column 30)"),
    ]


def test_a_jsonl_line_of_junk_bytes_is_not_utf8_and_problems_come_in_line_order(tmp_path: Path) -> None:
    """A line starting with a UTF-16 byte-order mark inside a UTF-8 file is junk, reported as not UTF-8
    (not as "not UTF-16 text", as if the bot had been told it was); and the corpus' problems come file
    by file, line by line, whichever step found them (the duplicate id of line 2 is found after line
    3's bytes)."""
    from retrieval.ingest.corpus import build_corpus

    good = '{"id": "dup", "text": "The ferry sailed on time this morning, the harbour office said."}\n'
    (tmp_path / "feed.jsonl").write_bytes(
        good.encode() + good.replace("ferry", "tram").encode() + b"\xff\xfe{\x00\xe9\x00}\n"
    )
    problems = build_corpus(tmp_path).problems
    assert [p.line for p in problems] == [2, 3]
    assert problems[1].message.startswith("not UTF-8 text")


def test_a_file_whose_byte_order_mark_claims_an_encoding_it_is_not_in_says_so(tmp_path: Path) -> None:
    """A .md file opening with the bytes of a UTF-16 byte-order mark followed by bytes that are no UTF-16
    text is refused naming the mark: "not UTF-16 text" alone reads as if the editor had saved it so."""
    from retrieval.ingest.corpus import build_corpus

    (tmp_path / "notes.md").write_bytes(b"\xff\xfe" + "Harbour notes\n".encode("utf-16-le") + b"\x00\xd8")
    (tmp_path / "ok.txt").write_text("The ferry sailed on time this morning, the harbour office said.\n")
    problems = build_corpus(tmp_path).problems
    assert [p.message.split(" (")[0] for p in problems] == [
        "starts with a UTF-16 byte-order mark but is not UTF-16 text"
    ], problems
