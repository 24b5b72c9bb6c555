"""Hostile and odd corpus files, second round: each bad record or file is skipped with a warning naming
it, every other record and file loads, and nothing blocks on a file that is not a regular file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from retrieval import build_engine
from retrieval.ingest.corpus import build_corpus
from retrieval.ingest.html import html_to_text
from retrieval.ingest.load import load_corpus

GOOD = {"id": "good", "text": "The harbour master said the new pier will open in March."}


def _jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _problems(root: Path) -> list[str]:
    return [str(p) for p in load_corpus(root)[1]]


def test_a_lone_surrogate_in_a_record_is_reported_and_the_rest_still_answers(tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    bad_text = '{"id": "odd", "text": "A lone \\ud800 surrogate in the pier story."}'
    bad_id = '{"id": "\\udc80x", "text": "Another story about the harbour."}'
    other = json.dumps({"id": "other", "text": "The council voted on the new bus routes on Friday."})
    _jsonl(root / "a.jsonl", [bad_text, bad_id, json.dumps(GOOD), other])
    docs, problems = load_corpus(root)
    assert [d.doc_id for d in docs] == ["odd", "good", "other"]
    assert "\ud800" not in docs[0].text and "\ufffd" in docs[0].text  # replaced, not kept
    shown = [str(p) for p in problems]
    assert any("a.jsonl:1" in p and "surrogate" in p for p in shown)
    assert any("a.jsonl:2" in p and "id" in p for p in shown)
    engine = build_engine(root)
    engine.sources().model_dump_json()  # serialisable: a surrogate would raise here
    answer = engine.ask("What is in the story with a lone surrogate?")
    answer.model_dump_json()
    assert not answer.abstained and answer.citations[0].doc_id == "odd"


def test_huge_numbers_and_deep_nesting_lose_only_their_own_line(tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    huge = '{"id": "n", "text": "x", "views": ' + "9" * 20_000 + "}"
    deep = "[" * 100_000 + "]" * 100_000
    _jsonl(root / "a.jsonl", [huge, deep, json.dumps(GOOD)])
    docs, problems = load_corpus(root)
    assert [d.doc_id for d in docs] == ["good"]
    shown = [str(p) for p in problems]
    assert any("a.jsonl:1" in p for p in shown) and any("a.jsonl:2" in p for p in shown)


def test_a_file_name_that_is_not_utf8_is_loaded_and_shown_safely(tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    name = os.fsencode(root) + b"/caf\xe9.txt"
    with open(name, "wb") as fh:
        fh.write(b"The cafe on the harbour reopened on Monday after the storm.")
    (root / "good.txt").write_text("The library extended its opening hours.", encoding="utf-8")
    engine = build_engine(root)
    sources = engine.sources()
    sources.model_dump_json()  # no surrogate reaches JSON
    assert len(sources.documents) == 2
    ids = {d.doc_id for d in sources.documents}
    assert "good" in ids and all(i.encode("utf-8") for i in ids)


def test_a_fifo_in_the_corpus_is_skipped_without_blocking(tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    os.mkfifo(root / "pipe.txt")
    os.mkfifo(root / "pipe.jsonl")
    (root / "good.txt").write_text("The library extended its opening hours.", encoding="utf-8")
    result: list[object] = []
    worker = threading.Thread(target=lambda: result.append(load_corpus(root)), daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "loading blocked on a FIFO"
    docs, problems = result[0]  # type: ignore[misc]
    assert [d.doc_id for d in docs] == ["good"]
    assert {p.path for p in problems} == {"pipe.txt", "pipe.jsonl"}
    assert all("not a regular file" in p.message for p in problems)


def test_utf16_text_files_are_read_not_called_binary(tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    text = "The ferry to the island will run twice a day from May, the operator said."
    (root / "le.txt").write_bytes(text.encode("utf-16"))  # with its byte-order mark
    (root / "be.txt").write_bytes(b"\xfe\xff" + text.replace("ferry", "bus").encode("utf-16-be"))
    docs, problems = load_corpus(root)
    assert not problems
    assert sorted(d.text for d in docs) == sorted([text, text.replace("ferry", "bus")])


def test_html_without_a_closing_head_keeps_its_body() -> None:
    page = (
        "<html><head><title>Pier</title><meta name='author' content='A. Writer'>"
        "<body><p>The pier opens in March.</p></body></html>"
    )
    text, fields = html_to_text(page)
    assert text == "The pier opens in March."
    assert fields["title"] == "Pier" and fields["author"] == "A. Writer"


def test_hidden_html_text_is_never_quoted() -> None:
    page = """<body><p>Visible story about the pier.</p>
    <p style="display:none">Hidden one.</p><div style="visibility: hidden">Hidden two.</div>
    <p hidden>Hidden three.</p><span aria-hidden="true">Hidden four.</span>
    <template><p>Hidden five.</p></template><p>The pier opens in March.</p></body>"""
    text, _ = html_to_text(page)
    assert "Hidden" not in text
    assert "Visible story about the pier." in text and "The pier opens in March." in text


def test_an_svg_title_is_neither_the_page_title_nor_glued_to_the_next_word() -> None:
    page = (
        "<html><head><title>Real title</title></head>"
        "<body><p><svg><title>Icon</title></svg>Harbour news</p></body></html>"
    )
    text, fields = html_to_text(page)
    assert fields["title"] == "Real title"
    assert text == "Harbour news"


#: text that may hold lone surrogates (st.text never makes them)
_texts = st.lists(st.one_of(st.characters(), st.sampled_from(["\ud800", "\udfff"]))).map("".join)
record_values = st.one_of(
    _texts,
    st.integers(),
    st.floats(allow_nan=True),
    st.none(),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=3),
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    records=st.lists(
        st.one_of(
            st.fixed_dictionaries(  # the shape of a record, with hostile values
                {"id": _texts, "text": _texts},
                optional={k: record_values for k in ("title", "published", "source", "url", "author", "x")},
            ),
            st.dictionaries(st.sampled_from(["id", "text", "title", "extra"]), record_values, max_size=4),
        ),
        max_size=6,
    ),
    raw=st.lists(st.binary(max_size=40), max_size=3),
)
def test_any_records_load_or_are_reported_never_crash(
    tmp_path: Path, records: list[dict[str, object]], raw: list[bytes]
) -> None:
    # a folder of its own per example: hypothesis may run one example twice (replaying a failure, or the
    # same draw again), and a name made from the example then existed already
    root = Path(tempfile.mkdtemp(dir=tmp_path))
    # each record as raw text (a lone surrogate becomes invalid UTF-8) and escaped (a "\\ud800" escape)
    lines = [json.dumps(r, ensure_ascii=False).encode("utf-8", "surrogatepass") for r in records]
    lines += [json.dumps(r).encode() for r in records]
    lines += [b.replace(b"\n", b" ") for b in raw]
    lines.append(json.dumps(GOOD).encode())
    (root / "x.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    docs, problems = load_corpus(root)
    assert "good" in {d.doc_id for d in docs}
    for d in docs:
        json.dumps({"id": d.doc_id, "text": d.text}, ensure_ascii=False).encode("utf-8")
        d.text.encode("utf-8")
        d.doc_id.encode("utf-8")
        for v in d.fields.values():
            v.encode("utf-8")
    for p in problems:
        str(p).encode("utf-8")


def test_shutdown_is_not_held_by_a_fifo(tmp_path: Path) -> None:
    """The CLI over a corpus holding a FIFO starts, lists its sources and exits."""
    root = tmp_path / "c"
    root.mkdir()
    os.mkfifo(root / "pipe.txt")
    (root / "good.txt").write_text("The library extended its opening hours on Tuesday.", encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot",
            "--corpus",
            str(root),
            "--no-cache",
            "sources",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert proc.returncode == 0, proc.stderr
    assert "The library extended" in proc.stdout and "pipe.txt" in proc.stderr


def test_a_line_pasted_over_and_over_is_reported_and_not_loaded(tmp_path: Path) -> None:
    (tmp_path / "junk.txt").write_text(
        "The ferry strike continues and everyone is talking. " * 400, encoding="utf-8"
    )
    (tmp_path / "story.txt").write_text(
        "Ferry strike ends\n\nDeckhands ended their ferry strike after 11 days, the union said.\n",
        encoding="utf-8",
    )
    corpus = build_corpus(tmp_path)
    problems = [str(p) for p in corpus.problems]
    assert any(p.startswith("junk.txt") and "over and over" in p and "not loaded" in p for p in problems), (
        problems
    )
    assert {d.meta.doc_id for d in corpus.documents} == {"story"}
    engine = build_engine(tmp_path)
    a = engine.ask("how long did the ferry strike last")
    assert "11 days" in a.answer and [c.doc_id for c in a.citations] == ["story"], a.answer


def test_a_sentence_repeated_inside_an_article_is_kept_once(tmp_path: Path) -> None:
    text = "Bridge reopens\n\nThe Tolley bridge reopened. Advertisement. Traffic was light. Advertisement."
    (tmp_path / "bridge.txt").write_text(text, encoding="utf-8")
    corpus = build_corpus(tmp_path)
    (doc,) = corpus.documents
    assert [s.text for s in doc.sentences].count("Advertisement.") <= 1
    assert [s.index for s in doc.sentences] == list(range(len(doc.sentences)))
    assert not corpus.problems
