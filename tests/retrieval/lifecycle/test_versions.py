"""The code version covers every source file of the core: editing any module (here the one that works
out document subjects, which are persisted) makes a restart rebuild the persisted data."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from retrieval import open_engine, save_engine
from retrieval.lifecycle.versions import CODE_VERSION, PACKAGE_ROOT, source_version

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "seeds"

OPEN = """
import sys
from pathlib import Path
from retrieval import open_engine
from retrieval.lifecycle.versions import CODE_VERSION
prepared = open_engine(Path(sys.argv[1]), Path(sys.argv[2]))
print(CODE_VERSION, prepared.needs_save)
"""


def _edited_copy(tmp_path: Path) -> Path:
    """The core copied, with one line added to answer/subjects.py."""
    site = tmp_path / "site"
    shutil.copytree(PACKAGE_ROOT, site / "retrieval", ignore=shutil.ignore_patterns("__pycache__"))
    subjects = site / "retrieval" / "answer" / "subjects.py"
    subjects.write_text(subjects.read_text() + "\n# an edit that changes no behaviour\n")
    return site


def test_the_version_hashes_every_source_file(tmp_path: Path) -> None:
    assert source_version() == CODE_VERSION
    site = _edited_copy(tmp_path)
    assert source_version(site / "retrieval") != CODE_VERSION


def test_data_persisted_by_other_code_is_rebuilt(tmp_path: Path) -> None:
    corpus, db = tmp_path / "corpus", tmp_path / "bot.db"
    shutil.copytree(SEEDS, corpus)
    save_engine(open_engine(corpus, db), db)
    assert not open_engine(corpus, db).needs_save  # the same code trusts what it saved

    site = _edited_copy(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(site)}
    out = subprocess.run(
        [sys.executable, "-c", OPEN, str(corpus), str(db)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert out[0] != CODE_VERSION
    assert out[1] == "True"  # the edited code did not trust the index: it rebuilt it
