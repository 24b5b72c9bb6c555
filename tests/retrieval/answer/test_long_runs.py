"""A scraped table's run ("1,1,1,...", "The The The ...", "a-a-a-...") is read in one pass.

Each answer rule that reads figures, names or dates in a sentence used to read such a run again from each
of its characters, each time to its end: a time growing with the square of the run (a 30,000-character
run took one question a minute). The rules run here on runs of 100,000 characters in a child process
given two minutes: read from each character, the figures alone would take over ten; in one pass all of
them take about three seconds. This guards against a hang, it measures no speed (``make bench`` does).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    from retrieval.answer import elsewhere, statements, types
    from retrieval.lexicon import figures

    for unit in ("1,", "1.", "1-", "1, ", "$1,", "a-", "The ", "Xx ", "Ann of ", "Ann's "):
        run = "The fund paid " + unit * (100_000 // len(unit)) + " to residents."
        figures(run)
        for m in types._MONEY.finditer(run):
            types.per_unit(run, m)
        types._FIGURE_WORD.findall(run)
        types._DATE_LIKE.findall(run)
        types._AGO.findall(run)
        statements.speakers(run)
        elsewhere._NAMED_POSSESSIVE.findall(run)
    print("read")
    """
)


def test_long_runs_in_a_sentence_are_read_in_one_pass() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.stdout.strip() == "read", done.stderr[-2000:]


def test_a_question_listing_many_figures_is_read_in_one_pass() -> None:
    """A question's figures offered as alternatives ("10, 12 or 15") are split at their separators one way
    only: "how many 1,1,1,... tonnes" could be split as many ways as it has commas, doubling the time with
    each figure (25 took half a minute); 400 are read at once."""
    script = (
        "from retrieval.answer.question import offered\n"
        "print(offered('how many ' + '1,' * 400 + 'tonnes?') == ['how many ' + '1,' * 400 + 'tonnes?'],"
        " offered('was it 10, 12 or 15?'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.stdout.strip() == "True ['was it 10?', 'was it 12?', 'was it 15?']", done.stderr[-2000:]
