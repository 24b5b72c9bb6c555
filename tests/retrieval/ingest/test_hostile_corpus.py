"""A hostile corpus through the Service and the Discord renderer: text that pings, links, scripts or runs
for megabytes is shown inert and within Discord's limits; files outside the corpus are refused; a 200 MB
file is skipped without being read into memory; duplicate ids are reported; a file rewritten or deleted
while a reload reads it never leaves a half-swapped corpus.

Payloads are checked with the emulator's own copy of Discord's limits and the same reply checks as the
hostile-question e2e tests, so "valid" means the same thing everywhere."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import discord
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import render
from bot.service import Service
from bot.settings import Settings
from tests.e2e.emulator import _len_checks
from tests.e2e.hostile import HOSTILE_FRAGMENTS, reply_problems

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "seeds"
ALIASES = ROOT / "config" / "aliases.toml"
QUESTION = "Is Putin open to direct talks with Ukraine?"


def settings_for(corpus: Path, db: Path | None = None) -> Settings:
    return Settings(_env_file=None, corpus=corpus, db=db or corpus.parent / "bot.db", aliases=ALIASES)


def payload(embeds: list[discord.Embed]) -> dict[str, object]:
    return {
        "embeds": [e.to_dict() for e in embeds],
        "allowed_mentions": discord.AllowedMentions.none().to_dict(),
    }


def assert_sendable(embeds: list[discord.Embed], urls: set[str]) -> None:
    body = payload(embeds)
    assert not _len_checks(body)
    problems = reply_problems(body, body, urls)
    assert not problems, problems


# --------------------------------------------------------------------------- hostile text in documents

WORDS = ("harbour", "festival", "lantern", "mayor", "parade", "council", "bridge", "river", "ferry")


@st.composite
def hostile_document(draw: st.DrawFn) -> tuple[dict[str, str], str]:
    """A JSONL record whose sentences carry hostile fragments, and a question that retrieves them."""
    topic = draw(st.permutations(WORDS)).__getitem__(slice(0, 3))
    sentences = []
    for _ in range(draw(st.integers(1, 4))):
        bits = draw(st.lists(st.sampled_from(HOSTILE_FRAGMENTS), min_size=1, max_size=4))
        sentences.append(f"The {topic[0]} {topic[1]} {' '.join(bits)} reached the {topic[2]} on Monday.")
    if draw(st.booleans()):  # an enormous line with no sentence end for tens of thousands of characters
        sentences.append(f"The {topic[0]} {topic[1]} " + "@everyone [x](javascript:alert(1)) " * 2000 + ".")
    record = {
        "id": "hostile",
        "title": draw(st.sampled_from(HOSTILE_FRAGMENTS)) + " [t](javascript:alert(1)) @here",
        "source": draw(st.sampled_from(HOSTILE_FRAGMENTS)),
        "url": draw(
            st.sampled_from(["javascript:alert(1)", "https://ok.example/a)(b<c>", "data:text/html,x"])
        ),
        "published": "2025-04-21",
        "text": " ".join(sentences),
    }
    return record, f"What did the {topic[0]} {topic[1]} reach?"


@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(doc=hostile_document())
async def test_hostile_corpus_text_renders_inert(
    tmp_path_factory: object, doc: tuple[dict[str, str], str]
) -> None:
    record, question = doc
    corpus = Path(tmp_path_factory.mktemp("hostile"))  # type: ignore[attr-defined]
    (corpus / "docs.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    svc = await Service.start(settings_for(corpus), use_store=False, warm=False)
    try:
        urls = {u for d in (await svc.sources()).documents if (u := render.safe_url(d.url))}
        answer = await svc.ask(question)
        assert_sendable(render.answer_embeds(answer), urls)
        assert_sendable([render.sources_embed(await svc.sources())], urls)
        timeline = await svc.timeline(None)
        assert_sendable([render.timeline_embed(timeline, 0, 8)], urls)
    finally:
        await svc.close()


# --------------------------------------------------------------------------- paths leaving the corpus


async def test_symlinks_and_paths_leaving_the_corpus_are_refused(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = "The vault combination is seven seven three nine according to the quartermaster."
    (outside / "secret.txt").write_text(secret)
    (outside / "nested").mkdir()
    (outside / "nested" / "also.md").write_text(secret)
    svc = await Service.start(settings_for(corpus))
    try:
        (corpus / "secret.txt").symlink_to(outside / "secret.txt")
        (corpus / "escape").symlink_to(outside / "nested", target_is_directory=True)
        (corpus / "sub").mkdir()
        (corpus / "sub" / "deep.txt").symlink_to(Path("..") / ".." / "outside" / "secret.txt")
        report = await svc.reload("mod (1)")
        assert report.ok and not report.added
        refused = [p for p in report.problems if "symlink leads outside the corpus" in p]
        assert len(refused) == 3, report.problems
        answer = await svc.ask("What is the vault combination according to the quartermaster?")
        assert answer.abstained and "seven" not in answer.answer
    finally:
        await svc.close()


async def test_duplicate_ids_are_reported(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    first = next(p for p in sorted(corpus.iterdir()) if p.suffix in (".txt", ".md", ".html", ".jsonl"))
    svc = await Service.start(settings_for(corpus))
    try:
        doc_id = svc.engine.corpus.documents[0].meta.doc_id
        (corpus / "zz.jsonl").write_text(
            json.dumps({"id": doc_id, "text": "A copy with the same id."}) + "\n"
        )
        report = await svc.reload("mod (1)")
        assert report.ok and report.documents == len(svc.engine.corpus.documents)
        assert any(f"duplicate document id {doc_id!r}" in p for p in report.problems), report.problems
        assert first.exists()
    finally:
        await svc.close()


# --------------------------------------------------------------------------- a 200 MB file

RSS_PROBE = textwrap.dedent(
    """
    import asyncio, json, resource, sys
    from pathlib import Path
    from bot.service import Service
    from bot.settings import Settings

    async def main():
        s = Settings(_env_file=None, corpus=Path(sys.argv[1]), db=Path(sys.argv[2]), aliases=None)
        svc = await Service.start(s, use_store=False)
        answer = await svc.ask("Is Putin open to direct talks with Ukraine?")
        report = await svc.reload("probe")
        print(json.dumps({
            "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            "docs": len(svc.engine.corpus.documents),
            "answered": not answer.abstained,
            "problems": report.problems,
        }))
        await svc.close()

    asyncio.run(main())
    """
)


def probe(corpus: Path, db: Path) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", RSS_PROBE, str(corpus), str(db)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if not k.startswith("NEWSBOT_") and k != "DISCORD_TOKEN"},
        timeout=120,
    )
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def test_200_mb_files_are_skipped_without_exhausting_memory(tmp_path: Path) -> None:
    """A 200 MB text file is refused from its size alone; a 200 MB JSONL line is streamed past in bounded
    reads. Peak memory is compared with the same corpus without them, in fresh processes."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    baseline = probe(corpus, tmp_path / "a.db")
    size = 200 * 1024 * 1024
    with (corpus / "huge.txt").open("wb") as f:  # sparse: instant to make, 200 MB to anyone reading it
        f.truncate(size)
    with (corpus / "huge.jsonl").open("wb") as f:
        f.write(b'{"id": "huge", "text": "')
        f.truncate(size)
    loaded = probe(corpus, tmp_path / "b.db")
    assert loaded["docs"] == baseline["docs"] and loaded["answered"]
    problems = loaded["problems"]
    assert isinstance(problems, list)
    assert any("huge.txt" in p and "too large" in p for p in problems), problems
    assert any("huge.jsonl" in p and "longer than" in p for p in problems), problems
    grew_mb = (int(str(loaded["rss_kb"])) - int(str(baseline["rss_kb"]))) / 1024
    # the JSONL reader holds at most one line-limit's worth (50 MB) at a time; never the 400 MB on disk
    assert grew_mb < 120, f"peak RSS grew by {grew_mb:.0f} MB"
    print(f"200 MB files: peak RSS {baseline['rss_kb']} KB -> {loaded['rss_kb']} KB (+{grew_mb:.0f} MB)")


# --------------------------------------------------------------------------- files changing during reload

VERSION_A = "The ferry council approved the amber timetable on Monday. The amber timetable starts in May."
VERSION_B = "The ferry council rejected the violet timetable on Friday. The violet timetable was withdrawn."


async def test_files_rewritten_or_deleted_during_reload_never_corrupt_the_swap(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    flip = corpus / "flip.txt"
    flip.write_text(VERSION_A)
    svc = await Service.start(settings_for(corpus), warm=False)
    stop = threading.Event()
    states = {"written": 0}

    def churn() -> None:
        """Rewrite in place, replace atomically, delete: as an editor, rsync and a careless moderator do."""
        i = 0
        while not stop.is_set():
            i += 1
            text = VERSION_A if i % 2 else VERSION_B
            if i % 3 == 0:
                flip.unlink(missing_ok=True)
            elif i % 3 == 1:
                flip.write_text(text)
            else:
                tmp = corpus / ".flip.tmp"
                tmp.write_text(text)
                os.replace(tmp, flip)
            states["written"] += 1

    worker = threading.Thread(target=churn, daemon=True)
    worker.start()
    seen: set[str] = set()
    try:
        for _ in range(12):
            report = await svc.reload("mod (1)")
            engine = svc.engine
            assert report.ok and report.version_after == engine.version
            flips = [d for d in engine.corpus.documents if d.meta.doc_id == "flip"]
            if flips:
                text = " ".join(s.text for s in flips[0].sentences)
                assert text in (VERSION_A, VERSION_B), f"a half-read file was swapped in: {text!r}"
                seen.add("A" if text == VERSION_A else "B")
                assert engine.corpus.fingerprints["flip"]
            else:
                seen.add("gone")
                assert "flip" not in engine.corpus.fingerprints
            answer = await svc.ask(QUESTION)
            assert not answer.abstained, "the seeds are answered throughout"
    finally:
        stop.set()
        worker.join(5)
        await svc.close()
    assert states["written"] > 12
