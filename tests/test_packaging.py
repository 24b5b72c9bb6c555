"""A non-editable install carries every subpackage: the package list is discovered, not written by hand
(a hand list once left out bot/discord_app/)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_a_plain_install_has_every_package(tmp_path: Path) -> None:
    source, target = tmp_path / "src", tmp_path / "site"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):  # built from a copy: a build writes into its source
        shutil.copy(ROOT / name, source / name)
    for pkg in ("bot", "retrieval"):
        shutil.copytree(ROOT / pkg, source / pkg, ignore=shutil.ignore_patterns("__pycache__"))
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation"]
    subprocess.run(
        [*pip, "--target", str(target), str(source)],
        check=True,
        capture_output=True,
        cwd=tmp_path,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    for pkg in ("bot", "retrieval"):
        for init in (ROOT / pkg).rglob("__init__.py"):
            installed = target / init.relative_to(ROOT)
            assert installed.is_file(), f"{init.parent.relative_to(ROOT)} is missing from the install"
    for data in ("bot/web/templates/base.html", "bot/web/static/style.css"):
        assert (target / data).is_file(), f"{data} is missing from the install"
    probe = "import retrieval, bot.discord_app, bot.store; print(retrieval.__file__)"
    out = subprocess.run(
        [sys.executable, "-c", probe],
        env={**os.environ, "PYTHONPATH": str(target)},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.strip().startswith(str(target))
