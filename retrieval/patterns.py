"""The regular expressions the modules compile when imported, kept compiled between processes.

A process answering from the command line spent about two fifths of its imports' instructions
compiling the answer code's ~600 module-level patterns (parsing each and generating its matcher's code,
in Python), the same work with the same result at every start. What the compiler makes of a pattern is
a list of integers (the matcher's code) with the pattern's flags and groups, from which ``_sre`` builds
the pattern object in C. So, as ``.pyc`` files keep a module's byte code, this keeps those pieces for
the patterns compiled by a module's top level (``<module>`` within a few calls), in one file beside
the package's byte code, named for the interpreter (its cache tag, and the regular expression engine's
magic number and code size, which change with the code's format). A pattern found there is built from
its pieces; any other is compiled as ``re`` always does. The patterns a question builds (its words in
them) are never kept, so the file does not grow with use.

``install`` (run when this module is imported, the package's first import) puts the look-up in front
of ``re``'s compiler. The file is written at exit when a pattern was missing from it and Python may
write byte code (``PYTHONDONTWRITEBYTECODE`` unset), or by ``prepare`` (an install's step, as
``compileall`` is). A file that cannot be read as such (truncated, foreign) is ignored and replaced.
Nothing here changes what a pattern matches: the pieces are the compiler's own output for that very
pattern and flags.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import atexit
import marshal
import os
import sys
from array import array
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from types import FrameType
from typing import Any

#: calls above the compiler searched for a module's top level: ``re.compile`` called by it, or by a
#: helper it calls (``lexicon.CasedPattern``); a question's patterns are compiled a dozen calls deeper
MODULE_DEPTH = 4
#: what the compiler makes of a pattern: flags, code (its units as the bytes of an ``array`` of
#: ``_CODE`` items: a quarter of a list of Python ints' memory, held for the process' life), groups,
#: group index, index group
Pieces = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
#: the array type of the matcher's code units (``_sre.CODESIZE`` bytes each: 4 on every build)
_CODE = "I" if getattr(_sre, "CODESIZE", 4) == array("I").itemsize else "L"

_ENGINE = f"{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}-{getattr(_sre, 'CODESIZE', 0)}"
_FILE = Path(__file__).resolve().parent / "__pycache__" / f"patterns.{_ENGINE}.marshal"
#: ``re``'s own modules, the calls between a module's ``re.compile`` and the compiler
_RE_DIR = str(Path(_compiler.__file__).parent)
_kept: dict[tuple[str | bytes, int], Pieces] = {}
_used: dict[tuple[str | bytes, int], Pieces] = {}
_missed = False
_original: Any = None


def _load(path: Path) -> dict[tuple[str | bytes, int], Pieces]:
    """The kept pieces, or none when the file is missing or is not such a file (each entry's shape is
    checked; ``_sre`` checks the code itself when it builds a pattern, ``_compile``)."""
    try:
        got = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(got, dict):
        return {}
    for key, pieces in got.items():
        if not (isinstance(key, tuple) and isinstance(pieces, tuple) and len(pieces) == 5):
            return {}
        if not isinstance(pieces[1], bytes):
            return {}
    return got


def _at_module_level() -> bool:
    """Whether a module's top level called ``re`` within ``MODULE_DEPTH`` calls of its own."""
    frame: FrameType | None = sys._getframe(2)
    while frame is not None and frame.f_code.co_filename.startswith(_RE_DIR):
        frame = frame.f_back  # (re.compile -> re._compile -> here)
    for _ in range(MODULE_DEPTH):
        if frame is None:
            return False
        if frame.f_code.co_name == "<module>":
            return True
        frame = frame.f_back
    return False


def _pieces(p: str | bytes, flags: int) -> Pieces:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``p`` and ``flags``: its own steps."""
    parsed = _parser.parse(p, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (int(flags | parsed.state.flags), array(_CODE, code).tobytes(), parsed.state.groups - 1,
            groupindex, tuple(indexgroup))  # fmt: skip


def _built(p: str | bytes, pieces: Pieces) -> Any:
    flags, code, groups, groupindex, indexgroup = pieces
    return _sre.compile(p, flags, array(_CODE, code).tolist(), groups, groupindex, indexgroup)


def _compile(p: Any, flags: int = 0) -> Any:
    """``re._compiler.compile`` with the kept pieces: the parse and code generation skipped for a
    pattern kept."""
    global _missed
    if not isinstance(p, (str, bytes)) or flags & _compiler.SRE_FLAG_DEBUG:
        return _original(p, flags)
    key = (p, int(flags))
    pieces = _kept.get(key)
    if pieces is not None:
        try:
            pattern = _built(p, pieces)
        except (RuntimeError, TypeError, ValueError, OverflowError):  # a damaged entry: compiled anew
            del _kept[key]
        else:
            _used[key] = pieces
            return pattern
    pieces = _pieces(p, flags)
    if _at_module_level():
        _kept[key] = _used[key] = pieces
        _missed = True
    return _built(p, pieces)


def install() -> None:
    """Read the kept patterns and answer ``re``'s compiler from them (once per process)."""
    global _original
    if _original is not None:
        return
    if not all(hasattr(m, a) for m, a in ((_parser, "parse"), (_compiler, "_code"), (_sre, "compile"))):
        return  # another interpreter's ``re``: left as it is
    _kept.update(_load(_FILE))
    _original = _compiler.compile
    _compiler.compile = _compile
    if not sys.dont_write_bytecode:
        atexit.register(_save_if_missed)


def save() -> bool:
    """Write the patterns this process used or compiled at a module's top level; False when the folder
    is not writable (an installed package's may not be: each start then compiles, as without it)."""
    try:
        _FILE.parent.mkdir(exist_ok=True)
        tmp = _FILE.with_name(f"{_FILE.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(_used))
        os.replace(tmp, _FILE)  # (a process reading it meanwhile reads the old file or the new, whole)
    except OSError:
        return False
    return True


def _save_if_missed() -> None:
    if _missed:
        save()


def prepare() -> bool:
    """Import every module of the domain core and the command line, and write the patterns they
    compiled, whatever ``PYTHONDONTWRITEBYTECODE`` says (as ``compileall`` writes byte code): an
    install's step, so that a first start finds them too."""
    import importlib
    import pkgutil

    import retrieval

    for module in pkgutil.walk_packages(retrieval.__path__, "retrieval."):
        importlib.import_module(module.name)
    importlib.import_module("bot.cli")
    return save()


install()
