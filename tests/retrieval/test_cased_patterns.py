"""Patterns written with every script's capital and small letters (``UPPER``, ``LOWER``: hundreds of
ranges, ~1 ms each to compile at every start) are matched through Latin-1's letters while a text has no
letter past Latin-1, and compiled whole only for one that has: the same matches either way (a small
made-up corpus, and every character of the Basic Multilingual Plane)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from retrieval.lexicon import _LATIN1_LOWER, _LATIN1_UPPER, LOWER, UPPER, CasedPattern, _past_latin1

ROOT = Path(__file__).resolve().parents[2]


def test_the_classes_disagree_only_on_letters_past_latin1() -> None:
    pairs = [(f"[{UPPER}]", f"[{_LATIN1_UPPER}]"), (f"[{LOWER}]", f"[{_LATIN1_LOWER}]")]
    compiled = [(re.compile(full), re.compile(latin1)) for full, latin1 in pairs]
    past = _past_latin1()
    for c in map(chr, range(0x10000)):
        if not past.match(c):
            assert all(bool(f.match(c)) == bool(l1.match(c)) for f, l1 in compiled), hex(ord(c))


def test_a_cased_pattern_finds_what_the_whole_one_finds() -> None:
    source = rf"\b[{UPPER}][{LOWER}'\u2019-]+(?:\s+[{UPPER}][{LOWER}'\u2019-]+)*"
    whole, cased = re.compile(source), CasedPattern(source)
    for text in (
        "Minister José Núñez met Ana Ruiz in Zürich.",
        "Андрій Сибіга met Łukasz Nowak and Κυριάκος Μητσοτάκης.",
        "Aides in Ruiz’s office said so.",
    ):
        assert [m.span() for m in cased.finditer(text)] == [m.span() for m in whole.finditer(text)]
        assert cased.findall(text) == whole.findall(text)
        found, expected = cased.search(text, 5), whole.search(text, 5)
        assert found is not None and expected is not None and found.span() == expected.span()


PROBE = """
import re, sys
from pathlib import Path
compiled = []
_compile = re._compile
def record(pattern, flags):
    compiled.append(pattern)
    return _compile(pattern, flags)
re._compile = record
from tests.retrieval.answer.corpora import engine_of, filler
from retrieval.lexicon import UPPER
text = "Mayor José Núñez said the Harrowgate bridge would reopen in May after repairs."
engine = engine_of(Path(sys.argv[1]), [{"id": "b", "title": "Bridge", "text": text}, *filler(12)])
answer = engine.ask("Who said the Harrowgate bridge would reopen?")
assert "Núñez" in answer.answer, answer.answer
print(sum(1 for p in compiled if isinstance(p, str) and UPPER in p))
"""


def test_answering_latin1_text_compiles_no_class_of_every_script(tmp_path: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path)], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert r.stdout.strip() == "0", r.stdout
