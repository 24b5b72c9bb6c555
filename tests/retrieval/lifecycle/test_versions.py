"""What each version covers. The code version (answers cached by other code are not served) covers
every source file of the core; the index version (an index persisted by other code is not loaded)
covers every module whose code runs to build and save the index — editing one (here the one that
works out document subjects, which are persisted) makes a restart rebuild — and no module that only
chooses answers, whose edit leaves a large index to be reopened as it is."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from retrieval import open_engine, save_engine
from retrieval.lifecycle import persist
from retrieval.lifecycle.versions import (
    CODE_VERSION,
    INDEX_VERSION,
    PACKAGE_ROOT,
    index_modules,
    index_version,
    source_version,
)

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "seeds"
#: the module (the package exports its function of the same name)
assemble = importlib.import_module("retrieval.lifecycle.assemble")

OPEN = """
import sys
from pathlib import Path
from retrieval import open_engine
from retrieval.lifecycle.versions import CODE_VERSION
prepared = open_engine(Path(sys.argv[1]), Path(sys.argv[2]))
print(CODE_VERSION, prepared.needs_save, prepared.engine.version)
"""

#: an article as a web page, with its metadata in JSON-LD, and one as a JSON line: every reader runs
PAGE = """<html><head><title>Harbour ferry fares rise</title>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour ferry fares rise",
"datePublished": "2024-03-05", "author": {"name": "Ana Ruiz"}}</script></head>
<body><article><h1>Harbour ferry fares rise</h1><p>By Ana Ruiz</p>
<p>Ferry fares across the harbour will rise by 40 cents on Monday, the port authority said.</p>
<p>"We held them for three years," said Mayor Ed Vance.</p></article></body></html>
"""
LINE = (
    '{"doc_id": "ferry-2", "title": "Ferry strike called off", "outlet": "Harbour Post",'
    ' "published": "2024-03-07", "text": "Deckhands called off a strike on Wednesday. The union said'
    ' talks would resume on Friday."}\n'
)


def _edited_copy(tmp_path: Path, module: str) -> Path:
    """The core copied, with one line added to ``module``."""
    site = tmp_path / "site"
    shutil.copytree(PACKAGE_ROOT, site / "retrieval", ignore=shutil.ignore_patterns("__pycache__"))
    edited = site / "retrieval" / module
    edited.write_text(edited.read_text() + "\n# an edit that changes no behaviour\n")
    return site


def _open_with(site: Path, corpus: Path, db: Path, cwd: Path) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(site)}
    return subprocess.run(
        [sys.executable, "-c", OPEN, str(corpus), str(db)],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()


def test_the_code_version_hashes_every_source_file(tmp_path: Path) -> None:
    assert source_version() == CODE_VERSION
    site = _edited_copy(tmp_path, "answer/select.py")
    assert source_version(site / "retrieval") != CODE_VERSION


def test_the_index_version_hashes_the_modules_that_build_the_index(tmp_path: Path) -> None:
    assert index_version() == INDEX_VERSION
    names = {p.relative_to(PACKAGE_ROOT).as_posix() for p in index_modules()}
    # followed through imports, lazy ones included: the page reader is imported inside a function
    assert {"answer/subjects.py", "ingest/html.py", "search/arrays.py"} <= names
    assert "answer/select.py" not in names and "timeline/__init__.py" not in names
    assert index_version(_edited_copy(tmp_path, "answer/subjects.py") / "retrieval") != INDEX_VERSION
    shutil.rmtree(tmp_path / "site")
    assert index_version(_edited_copy(tmp_path, "answer/select.py") / "retrieval") == INDEX_VERSION


def test_every_function_a_build_runs_is_covered_by_the_index_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, db = tmp_path / "corpus", tmp_path / "bot.db"
    shutil.copytree(SEEDS, corpus)
    (corpus / "page.html").write_text(PAGE, encoding="utf-8")
    (corpus / "more.jsonl").write_text(LINE, encoding="utf-8")
    ran: set[str] = set()

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        # a module's body run by a lazy import defines functions; it builds nothing
        if event == "call" and frame.f_code.co_name != "<module>":
            ran.add(frame.f_code.co_filename)

    # the engine's own set-up (what answering works out) is not persisted: the parts are
    monkeypatch.setattr(assemble, "Engine", lambda parts: parts)
    threading.setprofile(profile)
    sys.setprofile(profile)
    try:
        parts: Any = assemble.build(corpus)
        persist.save(parts, db, "signature")
        persist.load(db, parts.tokenizer)
    finally:
        sys.setprofile(None)
        threading.setprofile(None)  # type: ignore[arg-type]
    package = str(PACKAGE_ROOT)
    ran_here = {Path(f).resolve() for f in ran if f.startswith(package)}
    assert Path(PACKAGE_ROOT / "ingest" / "html.py") in ran_here  # the page was read
    assert ran_here <= set(index_modules()), sorted(str(p) for p in ran_here - set(index_modules()))


def test_an_index_persisted_by_other_building_code_is_rebuilt(tmp_path: Path) -> None:
    corpus, db = tmp_path / "corpus", tmp_path / "bot.db"
    shutil.copytree(SEEDS, corpus)
    save_engine(open_engine(corpus, db), db)
    assert not open_engine(corpus, db).needs_save  # the same code trusts what it saved

    out = _open_with(_edited_copy(tmp_path, "answer/subjects.py"), corpus, db, tmp_path)
    assert out[0] != CODE_VERSION
    assert out[1] == "True"  # the edited code did not trust the index: it rebuilt it


def test_an_index_is_reopened_by_code_that_only_chooses_answers_differently(tmp_path: Path) -> None:
    corpus, db = tmp_path / "corpus", tmp_path / "bot.db"
    shutil.copytree(SEEDS, corpus)
    prepared = open_engine(corpus, db)
    save_engine(prepared, db)

    out = _open_with(_edited_copy(tmp_path, "answer/select.py"), corpus, db, tmp_path)
    assert out[0] != CODE_VERSION
    assert out[1] == "False"  # reopened as it was persisted, not rebuilt
    assert out[2] != prepared.engine.version  # but its answers are not the old code's cached ones
