"""One outlet, several names: the corpus-level reading of which outlet names are one outlet.

Files of one corpus credit the same outlet in different ways ("The Brennport Courier" in one, "Brennport
Courier" in another, "Continental Press Wire" and its initials "CPW"). Counted, grouped or named as two
outlets they would be listed twice in "which outlets reported ...", and "according to CPW" would not
find the articles credited to the full name. Two names are one outlet only when

* they differ by a leading "The", by punctuation or by case alone ("The Standard", "Standard",
  "THE STANDARD"; "Courier-Post", "Courier Post"), or
* one is an acronym (one word of capitals, dots aside: "CPW", "C.P.W.") whose letters are the initials
  of exactly one other outlet's name in the same corpus (of all its words past a leading "The", or of
  those that are no function words: "Bank of England" is "BOE" or "BE").

Nothing else merges: "Evening Post" and "Dunmore Evening Post" may be one paper or two, and a corpus
does not say which, so they stay two. Each group is named by its most complete name (the longest; of
equal ones, one not all in capitals, then the one most documents carry).

Pure functions of the names alone, worked out once per corpus (a corpus has few distinct outlets)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from retrieval.lexicon import STOP_WORDS

#: the words of a name, its punctuation aside ("Courier-Post" -> "Courier", "Post")
_WORD = re.compile(r"[^\W_]+")
#: an acronym as written: capitals, with or without dots ("CPW", "C.P.W.")
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,8}")


def name_key(name: str) -> str:
    """What two names of one outlet share: the words past a leading "The", case and punctuation aside
    ("The Brennport Courier" and "brennport courier." -> "brennport courier"; "C.P.W." -> "cpw")."""
    if _ACRONYM.fullmatch(name.strip()):
        return name.replace(".", "").strip().casefold()
    words = [w.casefold() for w in _WORD.findall(name)]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _initials(key: str) -> set[str]:
    """The initials a name's key may be written as: of all its words, and of its words that are no
    function words ("bank of england" -> "boe", "be"); none for a name of one word."""
    words = key.split()
    if len(words) < 2:
        return set()
    content = [w for w in words if w not in STOP_WORDS]
    got = {"".join(w[0] for w in words)}
    if len(content) > 1:
        got.add("".join(w[0] for w in content))
    return got


def outlet_names(names: Iterable[str | None]) -> dict[str, str]:
    """Each outlet name of a corpus (one per document that names one, repeats counted) -> the name its
    outlet is shown under (itself, for a name no other name joins)."""
    counts = Counter(n for n in names if n and n.strip())
    groups: dict[str, list[str]] = {}
    for name in counts:
        if key := name_key(name):
            groups.setdefault(key, []).append(name)
    # an acronym joins the one other group whose name has its letters as initials
    by_initials: dict[str, set[str]] = {}
    for key in groups:
        for letters in _initials(key):
            by_initials.setdefault(letters, set()).add(key)
    for key in list(groups):
        written = groups[key]
        if " " in key or not any(_ACRONYM.fullmatch(n.strip()) for n in written):
            continue
        targets = by_initials.get(key, set()) - {key}
        if len(targets) == 1:
            target = next(iter(targets))
            if target in groups:
                groups[target].extend(groups.pop(key))
    out: dict[str, str] = {}
    for written in groups.values():
        full = [n for n in written if not _ACRONYM.fullmatch(n.strip())] or written
        best = max(full, key=lambda n: (len(n.strip()), not n.isupper(), counts[n], n))
        for n in written:
            out[n] = best.strip()
    return out
