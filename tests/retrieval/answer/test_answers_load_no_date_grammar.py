"""Answering a question loads none of the timeline's date grammar (``retrieval.timeline.mentions``,
``dates``, ``expressions``): their hundreds of patterns cost every start of the command line (the scale
benchmark times it from process start), and an answer reads only what a page says of its own copy (a live
blog's entry stamps, a correction notice: ``retrieval.timeline.page``). A small made-up live blog whose
entries give two tolls, and a correction notice, so both are read."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

PROBE = """
import sys
from pathlib import Path
from tests.retrieval.answer.corpora import engine_of, filler
text = "\\n\\n".join([
    "9:05 a.m. Officials at Brackenmoor said three people had died in the warehouse fire.",
    "10:40 a.m. Correction: An earlier update said the fire began in the loading bay. "
    "It began in the office.",
    "11:10 a.m. Officials at Brackenmoor later said five people had died in the warehouse fire.",
])
blog = {"id": "blog", "title": "LIVE: Brackenmoor warehouse fire", "source": "Moor Post", "text": text}
engine = engine_of(Path(sys.argv[1]), [blog, *filler(12)])
asked = ("how many people died in the Brackenmoor warehouse fire", "where did the Brackenmoor fire begin")
for question in asked:
    assert not engine.ask(question).abstained, question
grammar = ("retrieval.timeline.mentions", "retrieval.timeline.dates", "retrieval.timeline.expressions")
print(sorted(m for m in grammar if m in sys.modules))
"""


def test_answers_load_none_of_the_timelines_date_grammar(tmp_path: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path)], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert r.stdout.strip() == "[]", r.stdout
