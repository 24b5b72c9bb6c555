"""Read a corpus directory into raw documents.

Loading never raises for a bad input file: every file that cannot be used becomes a ``LoadProblem``
naming the file (and the line, for JSONL) and the rest of the corpus still loads. The reason is that a
moderator reloading a live bot must be told what was skipped, not lose the whole corpus to one bad file.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO, Literal

from pydantic import ValidationError

from retrieval.ingest.files import FileEntry, FileIndex, file_stat
from retrieval.ingest.header import split_header
from retrieval.ingest.ids import first_owners, unique_id
from retrieval.ingest.schemas import JsonlRecord, Manifest, describe_error
from retrieval.models import LoadProblem, RawDocument

Fmt = Literal["txt", "md", "html", "jsonl", "json"]

#: file suffix -> format; any other file in the corpus directory is skipped and reported by name (the bot's
#: own database files aside: ``_own_file``). A ``.json`` file is
#: one article object with a JSONL line's fields (an export of a single story), or skipped with the reason
SUFFIXES: dict[str, Fmt] = {
    ".txt": "txt",
    ".md": "md",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".json": "json",
}
MANIFEST_NAME = "manifest.json"
#: a file that marks a directory as the bot's own persisted index: a database kept inside the corpus
#: directory (``--db corpus/newsbot.db``) puts its index there too, and it must not be read as articles
INDEX_MARKER = "NEWSBOT-INDEX"
#: the metadata fields a manifest entry or a JSONL line may carry besides id/text
META_FIELDS = ("title", "source", "author", "url", "published")
#: bytes read at a time when skipping the rest of an over-long JSONL line
_SKIP_CHUNK = 1 << 16
#: JSONL read buffer
_READ_BUFFER = 1 << 20


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A corpus file found by the walk; ``shown`` is the path as reported to people (under the root)."""

    path: Path
    shown: str
    fmt: Fmt


# --------------------------------------------------------------------------- walking


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(
    directory: Path, root: Path, shown_prefix: str, seen_dirs: set[Path], problems: list[LoadProblem]
) -> Iterator[_Candidate]:
    """Yield corpus files under ``directory``; symlinks are followed only while they stay inside root.

    One exception: a link at the top of the corpus to a ``.jsonl`` file elsewhere is followed. That is
    how data sets are mounted into a corpus (the shared evaluators link their corpus.jsonl into a
    temporary directory), and a JSONL file yields only well-formed corpus records, so a link to an
    arbitrary file cannot make the bot quote it. Links to directories, links below the top level and
    links to any other kind of file that leave the root are still refused."""
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError as exc:
        problems.append(LoadProblem(shown_prefix or ".", f"cannot list directory: {exc.strerror or exc}"))
        return
    names = {e.name for e in entries}
    for entry in entries:
        if _is_hidden(entry.name):
            continue
        path = Path(entry.path)
        name = printable(entry.name)
        shown = f"{shown_prefix}/{name}" if shown_prefix else name
        suffix = path.suffix.lower()
        try:
            is_link = entry.is_symlink()
            is_dir = entry.is_dir(follow_symlinks=True)
        except OSError:
            is_link, is_dir = False, False
        if suffix not in SUFFIXES and not is_dir:
            if not is_link and entry.is_file(follow_symlinks=False) and not _own_file(path, names):
                problems.append(LoadProblem(shown, _unread_suffix(suffix)))
            continue
        if is_link:
            target = path.resolve(strict=False)
            if not target.is_relative_to(root) and not (
                shown_prefix == ""
                and suffix == ".jsonl"
                and target.suffix.lower() == ".jsonl"
                and target.is_file()
            ):
                problems.append(LoadProblem(shown, f"symlink leads outside the corpus directory ({target})"))
                continue
        if is_dir:
            real = path.resolve(strict=False)
            if real in seen_dirs or (path / INDEX_MARKER).exists():
                continue  # a link back into an already-walked directory: no loops, no double loading
            seen_dirs.add(real)
            yield from _walk(path, root, shown, seen_dirs, problems)
        elif suffix in SUFFIXES and not (shown_prefix == "" and entry.name == MANIFEST_NAME):
            yield _Candidate(path, shown, SUFFIXES[suffix])


#: the bot's own files beside a database kept in the corpus directory (``--db corpus/newsbot.db``)
_OWN_SUFFIXES = ("-wal", "-shm", "-journal", ".reload-lock")
_SQLITE_HEADER = b"SQLite format 3\x00"


def _own_file(path: Path, names: set[str]) -> bool:
    """Whether a file the corpus does not read is the bot's own (its database, whose index directory
    ``<db>.index`` stands beside it, or SQLite's and the reload lock's files), which is not reported."""
    name = path.name
    if f"{name}.index" in names or name.endswith(_OWN_SUFFIXES):
        return True
    try:
        with path.open("rb") as handle:
            return handle.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:
        return False


def _unread_suffix(suffix: str) -> str:
    """Why a file of a format the bot does not read is skipped, said by its name: a ``.csv`` export
    dropped into the corpus was left out without a word."""
    kind = f"a {suffix} file" if suffix else "a file without an extension"
    formats = ", ".join(sorted(set(SUFFIXES)))
    return f"skipped: {kind} is not read (articles are {formats} files)"


# --------------------------------------------------------------------------- reading


class _Skip(Exception):
    """A file (or JSONL line) cannot be used; carries the reason shown to the user."""


def printable(name: str) -> str:
    """A file name as text that can be shown and serialised: bytes that are not UTF-8 (which the file
    system hands over as lone surrogates) written as ``\\xNN`` escapes."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


#: byte-order marks and the codec each announces (UTF-32 first: its little-endian mark begins like UTF-16's)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _utf16_without_bom(data: bytes) -> str | None:
    """The codec of UTF-16 text saved without a byte-order mark, told by its NUL bytes: in mostly-ASCII
    text every other byte is NUL, on the odd positions (little-endian) or the even ones (big-endian)."""
    head = data[:4000]
    pairs = len(head) // 2
    if pairs < 8 or len(data) % 2:
        return None
    odd, even = head[1::2].count(0), head[0::2].count(0)
    if odd >= 0.9 * pairs and even == 0:
        return "utf-16-le"
    if even >= 0.9 * pairs and odd == 0:
        return "utf-16-be"
    return None


#: what a file that is no text starts with, and what to call it: a Word document saved under a ".txt"
#: name is a zip archive ("PK\x03\x04"), which says "binary file" to no editor
_MAGIC = (
    (b"PK\x03\x04", "a zip archive"),
    (b"%PDF-", "a PDF document"),
    (b"{\\rtf", "an RTF document"),
    (b"\xd0\xcf\x11\xe0", "an old Word/Office document (.doc)"),
)
#: how to make a file the loader can read, said after each refusal of a document saved in another format
_RESAVE = "save it as plain text, UTF-8"
#: a UTF-8 sequence of two bytes or more: text that holds one is UTF-8 (mixed with other bytes), never a
#: Windows-1252 file, whose accented letters are single bytes
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
#: control characters no text file holds (tab, line ends and form feed aside): a file with them is binary
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _not_text(data: bytes) -> str | None:
    """What a file is when it is a document of another format (a Word file renamed ".txt"), else None."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            if magic == b"PK\x03\x04":
                word = b"word/" in data[:65536]
                what = "a Word document (.docx, a zip archive)" if word else what
            return f"{what}, not text: {_RESAVE}"
    return None


def _windows_1252(data: bytes) -> str | None:
    """The text of a Windows-1252 ("ANSI") file, as Word's and Notepad's older plain-text saves write
    curly quotes and "€": when the bytes are no UTF-8 at all (not one multi-byte sequence) and every one
    decodes to a character a text holds. Random bytes fail both (cp1252 leaves five bytes undefined, and
    control characters are no text's), so a binary file stays refused."""
    if _UTF8_MULTIBYTE.search(data):
        return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return None if _CONTROL.search(text) else text


def _decode(data: bytes, notes: list[str] | None = None) -> str:
    """Text in UTF-8, or in the UTF-16/32 a byte-order mark (or UTF-16's NUL pattern) announces, or in
    Windows-1252 when it is not UTF-8 and reads cleanly so (``_windows_1252``; ``notes`` is told)."""
    if (what := _not_text(data)) is not None:
        raise _Skip(what)
    codec = next((c for bom, c in _BOMS if data.startswith(bom)), None)
    marked = codec is not None
    if codec is None and b"\x00" in data:
        codec = _utf16_without_bom(data)
        if codec is None:
            raise _Skip("binary file (contains NUL bytes)")
    codec = codec or "utf-8"
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        if (
            not marked
            and codec == "utf-8"
            and notes is not None
            and (text := _windows_1252(data)) is not None
        ):
            notes.append("note: not UTF-8, read as Windows-1252 (loaded; re-save it as UTF-8 to be sure)")
            return text
        label = "UTF-8" if codec.startswith("utf-8") else codec.upper()
        # a file opening with a byte-order mark says which encoding it claims: the reader sees why the
        # encoding named is not the one they saved it in
        claim = f"starts with a {label} byte-order mark but is " if marked else ""
        raise _Skip(
            f"{claim}not {label} text (invalid byte at offset {exc.start}); if it is text, save it as UTF-8"
        ) from exc


def _open_regular(path: Path, buffering: int = -1) -> BinaryIO:
    """Open a file for reading only if it is a regular file. Opened without blocking, then checked:
    opening a FIFO named ``*.txt`` would otherwise wait forever for a writer (start-up, reload, Cancel
    and shutdown with it), and a device could be read without end."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise _Skip("not a regular file (a FIFO, socket or device is never read)")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb", buffering=buffering)
    except BaseException:
        os.close(fd)
        raise


def _read_whole(path: Path, max_bytes: int) -> bytes:
    """Read a file after checking its size, and re-check while reading in case it grew meanwhile."""
    with _open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > max_bytes:
            raise _Skip(f"too large ({size} bytes, limit {max_bytes})")
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _Skip(f"too large (grew past the {max_bytes}-byte limit while being read)")
    return data


def _read_json(cand: _Candidate, max_bytes: int, problems: list[LoadProblem]) -> list[RawDocument]:
    """A ``.json`` file's one article: an object with a JSONL line's fields (``{"id", "text", ...}``; the
    id defaults to the file's name), read as that line would be. Anything else is skipped with what it
    is, so a user who saved a story as JSON learns why it is missing instead of finding it gone."""
    data = _read_whole(cand.path, max_bytes)
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head == b"[":
        raise _Skip("a JSON array, not one article object (write one article per line to a .jsonl file)")
    if head != b"{":
        raise _Skip('not a JSON article object ({"id", "text", ...})')
    try:
        parsed = json.loads(_decode_line(data))
    except (ValueError, RecursionError):
        parsed = None  # _record reports what is wrong with it
    if isinstance(parsed, dict) and "id" not in parsed:
        # a file is its own article: its name identifies it, as a .txt file's does
        data = json.dumps({"id": Path(cand.shown).stem, **parsed}).encode()
    try:
        record, note = _record(data)
    except _Skip as exc:
        raise _Skip(str(exc).replace("the line ends", "the file ends")) from exc
    if note is not None:
        problems.append(LoadProblem(cand.shown, note))
    fields = {k: v for k in META_FIELDS if (v := getattr(record, k))}
    return [RawDocument(doc_id=record.id, text=record.text, path=cand.shown, fmt="jsonl", fields=fields)]


def _read_file(cand: _Candidate, max_bytes: int, problems: list[LoadProblem]) -> list[RawDocument]:
    """The file's document, or an HTML page's stories (``html.page_documents``); a note in ``problems``
    when it was read in an encoding other than the one it should have been saved in."""
    notes: list[str] = []
    text = _decode(_read_whole(cand.path, max_bytes), notes)
    problems.extend(LoadProblem(cand.shown, note) for note in notes)
    doc_id = Path(cand.shown).stem  # the printable name: ids reach JSON and Discord
    if cand.fmt == "html":
        from retrieval.ingest.html import page_documents  # the HTML parser, loaded for a page only

        if not (docs := page_documents(text, doc_id, cand.shown)):
            raise _Skip("no visible text (an empty or unfinished page)")
        return docs
    if not text.strip():
        raise _Skip("empty file (no text)")
    fmt: Literal["md", "txt"] = "md" if cand.fmt == "md" else "txt"  # JSON(L) have readers of their own
    fields, text = split_header(text)
    return [RawDocument(doc_id=doc_id, text=text, path=cand.shown, fmt=fmt, fields=fields)]


_SURROGATE = re.compile("[\ud800-\udfff]")


def _decode_line(line: bytes) -> str:
    """A JSONL line, in UTF-8 (the file's encoding, checked at its start): a UTF-16 mark inside it is
    junk, not text in another encoding."""
    try:
        return line.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _Skip(f"not UTF-8 text (invalid byte at offset {exc.start})") from exc


def _record(line: bytes) -> tuple[JsonlRecord, str | None]:
    """One JSONL line as a record, and a warning when lone surrogates in its text were replaced. Raises
    _Skip (with the reason) for a line that cannot be a record."""
    try:
        data = json.loads(_decode_line(line))
    except json.JSONDecodeError as exc:
        if exc.pos >= len(exc.doc.rstrip()):  # a record cut short, or one written over several lines
            raise _Skip("invalid JSON (the line ends before its record does)") from exc
        raise _Skip(f"invalid JSON ({exc.msg.removesuffix(' at')} at column {exc.colno})") from exc
    except RecursionError as exc:
        raise _Skip("invalid JSON (nested too deeply)") from exc
    except ValueError as exc:  # e.g. an integer of thousands of digits
        raise _Skip(f"invalid JSON ({exc})") from exc
    notes: list[str] = []
    try:
        record = JsonlRecord.model_validate(data)
    except ValidationError as exc:
        # a bad metadata field ("published": "not a date") costs that field, not the article
        bad = {str(e["loc"][0]) for e in exc.errors() if e["loc"]}
        if not isinstance(data, dict) or not bad or not bad <= set(META_FIELDS):
            raise _Skip(f"invalid record: {describe_error(exc)}") from exc
        try:
            record = JsonlRecord.model_validate({k: v for k, v in data.items() if k not in bad})
        except ValidationError as again:
            raise _Skip(f"invalid record: {describe_error(again)}") from again
        notes.append(f"{describe_error(exc)}; loaded without {', '.join(sorted(bad))}")
    if _SURROGATE.search(record.id):
        raise _Skip("invalid record: id is not valid Unicode (a lone surrogate escape)")
    fixed = {
        k: _SURROGATE.sub("\ufffd", v)
        for k in ("text", *META_FIELDS)
        if isinstance(v := getattr(record, k), str) and _SURROGATE.search(v)
    }
    if fixed:
        notes.append(f"lone surrogate escapes in {', '.join(sorted(fixed))} replaced with U+FFFD")
        record = record.model_copy(update=fixed)
    return record, "; ".join(notes) or None


def _lines(handle: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """Yield (line number, bytes) streaming; an over-long line is yielded as None and skipped unread."""
    number = 0
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:  # discard the rest of this line without holding it in memory
                chunk = handle.readline(_SKIP_CHUNK)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield number, None
        else:
            yield number, line


def _read_jsonl(
    cand: _Candidate, max_bytes: int, problems: list[LoadProblem]
) -> list[tuple[RawDocument, int | None]]:
    docs: list[tuple[RawDocument, int | None]] = []
    any_content = False
    # a large buffer: every refill lets go of the GIL, and letting go every few lines starves the
    # bot's event loop (see retrieval.corpus.fingerprint)
    with _open_regular(cand.path, _READ_BUFFER) as handle:
        head = handle.read(4)
        if any(head.startswith(bom) for bom, codec in _BOMS if codec != "utf-8-sig"):
            raise _Skip("UTF-16/32 JSONL is not read line by line; save it as UTF-8")
        handle.seek(0)
        for number, line in _lines(handle, max_bytes):
            if line is None:
                any_content = True
                problems.append(LoadProblem(cand.shown, f"line longer than {max_bytes} bytes", number))
                continue
            if not line.strip():
                continue
            any_content = True
            try:
                record, note = _record(line)
            except _Skip as exc:
                problems.append(LoadProblem(cand.shown, str(exc).replace(" file", " line"), number))
                continue
            if note is not None:
                problems.append(LoadProblem(cand.shown, note, number))
            fields = {k: v for k in META_FIELDS if (v := getattr(record, k))}
            doc = RawDocument(doc_id=record.id, text=record.text, path=cand.shown, fmt="jsonl", fields=fields)
            docs.append((doc, number))
    if not any_content:
        raise _Skip("empty file (no lines)")
    return docs


def _load_manifest(root: Path, max_bytes: int) -> tuple[Manifest | None, LoadProblem | None]:
    path = root / MANIFEST_NAME
    if not path.exists():
        return None, None
    try:
        return Manifest.model_validate_json(_read_whole(path, max_bytes)), None
    except _Skip as exc:
        return None, LoadProblem(MANIFEST_NAME, f"manifest ignored: {exc}")
    except OSError as exc:
        return None, LoadProblem(MANIFEST_NAME, f"manifest ignored: cannot read ({exc.strerror or exc})")
    except ValidationError as exc:
        return None, LoadProblem(MANIFEST_NAME, f"manifest ignored: {describe_error(exc)}")


@dataclass(frozen=True, slots=True)
class Known:
    """A document of an unchanged file: the previous corpus has it, cleaned and fingerprinted."""

    doc_id: str
    path: str


@dataclass(slots=True)
class Scan:
    docs: list[RawDocument | Known]
    problems: list[LoadProblem]
    index: FileIndex


#: a file modified this close to (or after) the previous scan may have changed unseen within one
#: tick of the file system's clock at the same size: it is read again (git's "racily clean" rule)
_RACY_NS = 2_000_000_000


def load_corpus(
    root: Path, *, max_file_bytes: int = 50_000_000
) -> tuple[list[RawDocument], list[LoadProblem]]:
    """Load every usable document under ``root`` (sorted path order) and report every unusable one.

    The first document with a given id keeps it; a later one is loaded under an id of its own and
    reported (``ingest.ids``), so ids stay unique downstream and no document is lost.
    """
    scan = scan_corpus(root, max_file_bytes=max_file_bytes)
    return [d for d in scan.docs if isinstance(d, RawDocument)], scan.problems


def scan_corpus(
    root: Path,
    *,
    max_file_bytes: int = 50_000_000,
    previous: FileIndex | None = None,
    reusable: set[str] | None = None,
) -> Scan:
    """``load_corpus``, and what each file held. With the ``previous`` scan of the same directory, a
    file whose stat is unchanged in every field (device, inode, size, modification and change times;
    modified before that scan) yields ``Known`` markers for its documents instead of being read again,
    if all of them are in ``reusable``. A changed manifest changes every document's metadata: then
    every file is read."""
    started_ns = time.time_ns()
    problems: list[LoadProblem] = []
    files: dict[str, FileEntry] = {}
    try:
        real_root = root.resolve(strict=True)
    except OSError:
        missing = LoadProblem(str(root), "corpus directory not found")
        return Scan([], [missing], FileIndex(files, started_ns, None, str(root)))
    if not real_root.is_dir():
        not_dir = LoadProblem(str(root), "corpus path is not a directory")
        return Scan([], [not_dir], FileIndex(files, started_ns, None, str(real_root)))

    manifest_stat = file_stat(real_root / MANIFEST_NAME)
    manifest, manifest_problem = _load_manifest(real_root, max_file_bytes)
    if manifest_problem:
        problems.append(manifest_problem)
    trusted = (
        previous is not None
        and reusable is not None
        and previous.root == str(real_root)
        and previous.manifest == manifest_stat
    )

    docs: list[RawDocument | Known] = []
    where: dict[str, str] = {}
    owners = first_owners(previous) if trusted and previous is not None else {}
    for cand in _walk(real_root, real_root, "", {real_root}, problems):
        stat = file_stat(cand.path)
        old = previous.files.get(cand.shown) if trusted and previous is not None else None
        found: list[tuple[RawDocument | Known, int | None]]
        if (
            old is not None
            and previous is not None
            and reusable is not None
            and stat == old.stat
            and old.stat.mtime_ns < previous.started_ns - _RACY_NS
            and all(doc_id in reusable for doc_id, _ in old.docs)
            # its documents kept their own ids then and keep them now (a renamed one is read again)
            and all(owners.get(doc_id) == cand.shown and doc_id not in where for doc_id, _ in old.docs)
            and len({doc_id for doc_id, _ in old.docs}) == len(old.docs)
        ):
            found = [(Known(doc_id, cand.shown), line) for doc_id, line in old.docs]
            own_problems = list(old.problems)
        else:
            own_problems = []
            try:
                if cand.fmt == "jsonl":
                    found = list(_read_jsonl(cand, max_file_bytes, own_problems))
                elif cand.fmt == "json":
                    found = [(doc, None) for doc in _read_json(cand, max_file_bytes, own_problems)]
                else:
                    found = [(doc, None) for doc in _read_file(cand, max_file_bytes, own_problems)]
            except _Skip as exc:
                own_problems.append(LoadProblem(cand.shown, str(exc)))
                found = []
            except OSError as exc:  # deleted, replaced by a directory, permissions changed ... mid-load
                own_problems.append(LoadProblem(cand.shown, f"cannot read: {exc.strerror or exc}"))
                found = []
            except (ValueError, AssertionError) as exc:  # e.g. html.parser on pathological markup
                own_problems.append(LoadProblem(cand.shown, f"cannot parse: {exc}"))
                found = []
        problems.extend(own_problems)
        if stat is not None:
            files[cand.shown] = FileEntry(
                stat, tuple((d.doc_id, line) for d, line in found), tuple(own_problems)
            )
        for doc, line in found:
            path = doc.path
            if doc.doc_id in where:
                # a second document with the id (a file named like a JSONL record's id, two files of
                # one name in two folders): loaded under an id of its own, never dropped
                assert isinstance(doc, RawDocument)  # a reused file has no colliding id (see above)
                first, unique = where[doc.doc_id], unique_id(doc.doc_id, path, where)
                said = (
                    f"duplicate document id {doc.doc_id!r} (first loaded from {first}); loaded as {unique!r}"
                )
                problems.append(LoadProblem(path, said, line))
                doc = replace(doc, doc_id=unique)
            where[doc.doc_id] = path if line is None else f"{path}:{line}"
            docs.append(doc)

    if manifest is not None:
        known = set(where)
        for doc_id in sorted(set(manifest.documents) - known):
            problems.append(LoadProblem(MANIFEST_NAME, f"manifest names unknown document {doc_id!r}"))
        docs = [_with_manifest(d, manifest) if isinstance(d, RawDocument) else d for d in docs]
    return Scan(docs, problems, FileIndex(files, started_ns, manifest_stat, str(real_root)))


def _with_manifest(doc: RawDocument, manifest: Manifest) -> RawDocument:
    entry = manifest.documents.get(doc.doc_id)
    if entry is None:
        return doc
    values = {k: v for k in META_FIELDS if (v := getattr(entry, k))}
    return RawDocument(doc.doc_id, doc.text, doc.path, doc.fmt, doc.fields, values)
