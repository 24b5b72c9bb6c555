"""The patterns a module's top level compiles are kept compiled between processes
(``retrieval.patterns``): one built from its kept pieces matches as ``re``'s own does, a question's
patterns are not kept, and a damaged file or entry is compiled anew."""

from __future__ import annotations

import marshal
import re
import uuid
from pathlib import Path

import pytest

from retrieval import patterns


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The look-up with nothing kept and its file in ``tmp_path`` (the installed one left alone)."""
    monkeypatch.setattr(patterns, "_kept", {})
    monkeypatch.setattr(patterns, "_used", {})
    monkeypatch.setattr(patterns, "_missed", False)
    monkeypatch.setattr(patterns, "_FILE", tmp_path / "patterns.marshal")
    return tmp_path / "patterns.marshal"


def _at_top_level(source: str, flags: int) -> re.Pattern[str]:
    """``re.compile`` run as a module's top level runs it (a code object named ``<module>``)."""
    names: dict[str, object] = {"re": re, "source": source, "flags": flags}
    exec(compile("P = re.compile(source, flags)", "<made-up module>", "exec"), names)
    pattern = names["P"]
    assert isinstance(pattern, re.Pattern)
    return pattern


def _unique(source: str) -> str:
    """``source`` made unlike any pattern ``re``'s own cache holds (it would answer before the look-up)."""
    return f"(?#{uuid.uuid4().hex}){source}"


TEXTS = (
    "The Harbour Board met on 3 March; Ms Ruiz said costs rose 12% to £4.5m.",
    "ferry delayed, ferries delayed — FERRY DELAYED",
    "",
)


def test_a_top_level_pattern_is_kept_and_rebuilt_matching_as_re_does(fresh: Path) -> None:
    source = _unique(r"\b(?P<who>[A-Z][a-z]+)\s+said\b|(?P<pct>\d+(?:\.\d+)?)\s?%|\bferr(?:y|ies)\b")
    first = _at_top_level(source, re.IGNORECASE)
    key = (source, int(re.IGNORECASE))
    assert key in patterns._kept and patterns._missed
    expected = patterns._original(source, re.IGNORECASE)  # what re itself makes of it
    re.purge()
    again = re.compile(source, re.IGNORECASE)  # built from the kept pieces now
    assert again is not first
    for built in (first, again):
        assert (built.pattern, built.flags, built.groups) == (
            expected.pattern,
            expected.flags,
            expected.groups,
        )
        assert built.groupindex == expected.groupindex
        for text in TEXTS:
            assert [m.span() for m in built.finditer(text)] == [m.span() for m in expected.finditer(text)]
            assert [m.groupdict() for m in built.finditer(text)] == [
                m.groupdict() for m in expected.finditer(text)
            ]


def test_a_pattern_a_question_builds_is_not_kept(fresh: Path) -> None:
    source = _unique(r"\bharbour board\b")
    assert re.compile(source).search("the Harbour Board met".lower())
    assert (source, 0) not in patterns._kept and not patterns._missed


def test_the_kept_file_round_trips_and_holds_what_the_compiler_makes(fresh: Path) -> None:
    source = _unique(r"(?P<d>\d{1,2}) (?:March|April)\b")
    _at_top_level(source, 0)
    assert patterns.save() and fresh.is_file()
    kept = patterns._load(fresh)
    assert kept[(source, 0)] == patterns._pieces(source, 0)


def test_every_pattern_kept_for_this_interpreter_is_the_compilers_own_output() -> None:
    kept = patterns._load(Path(patterns.__file__).parent / "__pycache__" / patterns._FILE.name)
    for (source, flags), pieces in kept.items():
        assert patterns._pieces(source, flags) == pieces, source


@pytest.mark.parametrize(
    "content",
    [
        b"not a marshal file",
        marshal.dumps({("a", 0): (0, b"")})[:-3],  # truncated
        marshal.dumps(["a list"]),
        marshal.dumps({("a", 0): (0, [1, 2], 0, {}, (None,))}),  # code not as the bytes of an array
    ],
)
def test_a_damaged_file_is_ignored(fresh: Path, content: bytes) -> None:
    fresh.write_bytes(content)
    assert patterns._load(fresh) == {}


def test_a_damaged_entry_is_compiled_anew(fresh: Path) -> None:
    source = _unique(r"\bferry\b")
    patterns._kept[(source, 0)] = (0, b"\x00\x00\x00\x00", 0, {}, (None,))  # not a matcher's code
    built = re.compile(source)
    assert built.search("a ferry sank") and not built.search("ferryman")
    assert (source, 0) not in patterns._kept
