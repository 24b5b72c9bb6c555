"""A question asking the figures the coverage's accounts give ("what numbers have been given for x") is
read in time linear in its length: a run of thousands of spaces in it (pasted text, hostile input) once
cost a cubic backtrack in the pattern reading it (minutes for 4,000 spaces). Run in a child process with
a timeout, so a regression fails rather than hangs the suite."""

from __future__ import annotations

import subprocess
import sys

import pytest

#: the seconds a child may take to import the reader and read the questions (linear: well under one)
_TIMEOUT = 20.0

_CHILD = """
from retrieval.answer.question import without_remarks
run = " " * 4000
for q in (
    "what numbers have been given for the homes" + run + "lost?",
    "what did the outlets report about the number of homes" + run + "lost",
    "how many homes" + run + "did the reports give",
    "how many homes did the reports give" + run + "?",
):
    without_remarks(q)
print("done")
"""


def test_a_run_of_spaces_is_read_in_linear_time() -> None:
    try:
        out = subprocess.run(
            [sys.executable, "-c", _CHILD], capture_output=True, text=True, timeout=_TIMEOUT, check=True
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"reading a question with 4,000 spaces took over {_TIMEOUT} s")
    assert out.stdout.strip() == "done"


def test_the_figure_is_still_asked() -> None:
    from retrieval.answer.question import without_remarks

    assert without_remarks("what numbers have been given for the homes that lost power ?") == (
        "How many homes that lost power?"
    )
    assert without_remarks("What figures have been given for the total of the bribes?") == (
        "What is the total of the bribes?"
    )
    assert without_remarks("how many deaths did the reports give") == "How many deaths?"
