"""Fuzzed corpus records through everything a command does with them: arbitrary JSONL records (lone
surrogates, huge numbers, deep nesting, values of every JSON type, raw bytes) are loaded or reported,
and the service then starts, answers, lists, builds a timeline and reloads, and every reply renders as
text, JSON and embeds and encodes as UTF-8. No crash anywhere: a bad record costs its own line only.

The loader alone is fuzzed in tests/retrieval/ingest/test_hostile_files.py; a record that loaded there
once crashed every command later, at serialization."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import render
from bot.cli import answer_json, timeline_json
from bot.questions import QuestionError
from bot.service import Service
from bot.settings import Settings
from tests.bot.render.hostile import check_limits
from tests.conftest import ROOT

ALIASES = ROOT / "config" / "aliases.toml"
GOOD = {
    "id": "good",
    "title": "Pier",
    "published": "2025-03-01",
    "text": "The harbour master said the new pier will open in March.",
}

#: text that may hold lone surrogates, escape sequences and the words the question looks for
_texts = st.lists(
    st.one_of(
        st.characters(),
        st.sampled_from(["\ud800", "\udfff", "\x1b]52;c;eA==\x07", "\x9b", "harbour ", "pier ", "March "]),
    ),
    max_size=30,
).map("".join)
_values = st.one_of(
    _texts,
    st.integers(),
    st.sampled_from([10**400, -(10**400), 2**63, 2**64]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.lists(_texts, max_size=3),
    st.dictionaries(_texts, _texts, max_size=2),
)
_records = st.one_of(
    st.fixed_dictionaries(
        {"id": _texts, "text": _texts},
        optional={k: _values for k in ("title", "published", "source", "url", "author", "extra")},
    ),
    st.dictionaries(st.sampled_from(["id", "text", "title", "published", "url"]), _values, max_size=5),
)
_raw_lines = st.sampled_from(
    [b"[" * 100_000, b"1" * 20_000, b'{"id": "n", "text": ' + b"9" * 20_000 + b"}", b"\xff\xfe\x00", b"{"]
)


def _encodes(text: str) -> None:
    text.encode("utf-8")  # what printing or sending it needs; a lone surrogate would raise here


@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(records=st.lists(_records, max_size=5), raw=st.lists(_raw_lines, max_size=2), question=_texts)
async def test_any_records_survive_every_command(
    tmp_path_factory: object, records: list[dict[str, object]], raw: list[bytes], question: str
) -> None:
    corpus = Path(tmp_path_factory.mktemp("records"))  # type: ignore[attr-defined]
    # the good record first: a file opening with a byte-order mark is read in that encoding, whole
    lines = [json.dumps(GOOD).encode()]
    lines += [json.dumps(r, ensure_ascii=False).encode("utf-8", "surrogatepass") for r in records]
    lines += [json.dumps(r).encode() for r in records]  # lone surrogates as "\ud800" escapes
    lines += raw
    (corpus / "x.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    settings_ = Settings(_env_file=None, corpus=corpus, db=corpus.parent / "bot.db", aliases=ALIASES)
    svc = await Service.start(settings_, use_store=False, warm=False)
    try:
        for p in svc.problems:
            _encodes(render.plain(str(p)))
        sources = await svc.sources()
        assert "good" in {d.doc_id for d in sources.documents}, "a bad record costs its own line only"
        for shown in (render.sources_text(sources), render.json_line(sources.model_dump(mode="json"))):
            _encodes(shown)
        check_limits([render.sources_embed(sources)])
        for q in ("When will the new pier open?", question):
            try:
                answer = await svc.ask(q)
            except QuestionError:
                continue
            _encodes(render.answer_text(answer))
            _encodes(render.json_line(answer_json(answer)))
            check_limits(render.answer_embeds(answer))
        timeline = await svc.timeline(None)
        _encodes(render.timeline_text(timeline) + render.json_line(timeline_json(timeline)))
        check_limits([render.timeline_embed(timeline, 0, 8)])
        report = await svc.reload("fuzz")
        assert report.ok, report.error
        _encodes(render.reload_text(report))
        check_limits([render.reload_embed(report)])
    finally:
        await svc.close()


async def test_a_question_with_a_lone_surrogate_is_answered_and_shown_safely(seeds_copy: Path) -> None:
    """Discord's JSON can carry a "\\ud800" escape in a question; it crashed the answer's serialization."""
    settings_ = Settings(_env_file=None, corpus=seeds_copy, db=seeds_copy.parent / "bot.db", aliases=ALIASES)
    svc = await Service.start(settings_, use_store=False, warm=False)
    try:
        answer = await svc.ask("Who interviewed Rutte?\ud800")
        assert not answer.abstained and answer.question == "Who interviewed Rutte?\ufffd"
        _encodes(render.answer_text(answer) + answer.model_dump_json())
        timeline = await svc.timeline("Rutte\udfff")
        _encodes(timeline.model_dump_json())
    finally:
        await svc.close()
