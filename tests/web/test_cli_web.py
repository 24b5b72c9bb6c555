"""``newsbot web`` as a user starts it: a child process over the seeds, serving until SIGINT."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.conftest import ROOT, SEEDS


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[int, str]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_newsbot_web_serves_until_interrupted(tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBOT_")}
    env["NEWSBOT_WEB_TOKEN"] = "a-long-random-moderator-token-for-tests"
    child = subprocess.Popen(
        [sys.executable, "-m", "bot", "--corpus", str(SEEDS), "--db", str(tmp_path / "w.db"), "web",
         "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                status, _ = fetch(f"http://127.0.0.1:{port}/login")
                break
            except OSError:
                assert child.poll() is None and time.monotonic() < deadline, "newsbot web did not start"
                time.sleep(0.2)
        assert status == 200
        status, body = fetch(f"http://127.0.0.1:{port}/sources", {"Authorization": "Bearer nope"})
        assert status == 401 and "Kyiv" not in body
        bearer = {"Authorization": "Bearer a-long-random-moderator-token-for-tests"}
        status, body = fetch(f"http://127.0.0.1:{port}/sources?sort=title&order=asc", bearer)
        assert status == 200 and "The Kyiv Independent" in body
        status, body = fetch(f"http://127.0.0.1:{port}/timeline?topic=ceasefire", bearer)
        assert status == 200 and "events from" in body
    finally:
        child.send_signal(signal.SIGINT)
        _, err = child.communicate(timeout=30)
    assert child.returncode == 0, err
    assert "a-long-random-moderator-token-for-tests" not in err
