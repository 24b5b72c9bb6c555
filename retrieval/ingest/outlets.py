"""One outlet, several names: the corpus-level reading of which outlet names are one outlet.

Files of one corpus credit the same outlet in different ways ("The Brennport Courier" in one, "Brennport
Courier" in another). Counted, grouped or named as two outlets they would be listed twice in "which
outlets reported ...". Two names are one outlet only when they differ by a leading "The", by punctuation
or by case alone ("The Standard", "Standard", "THE STANDARD"; "Courier-Post", "Courier Post"; "C.P.W.",
"CPW").

Nothing else merges: "Evening Post" and "Dunmore Evening Post" may be one paper or two, and a corpus
does not say which, so they stay two; nor is an acronym joined to a name whose initials it spells ("BBC"
and "Bramley Borough Chronicle" are two outlets, and matching initials do not say otherwise). Each group
is named by its most complete name (the longest; of equal ones, one not all in capitals, then the one
most documents carry).

Pure functions of the names alone, worked out once per corpus (a corpus has few distinct outlets)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

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


def outlet_names(names: Iterable[str | None]) -> dict[str, str]:
    """Each outlet name of a corpus (one per document that names one, repeats counted) -> the name its
    outlet is shown under (itself, for a name no other name joins)."""
    counts = Counter(n for n in names if n and n.strip())
    groups: dict[str, list[str]] = {}
    for name in counts:
        if key := name_key(name):
            groups.setdefault(key, []).append(name)
    out: dict[str, str] = {}
    for written in groups.values():
        full = [n for n in written if not _ACRONYM.fullmatch(n.strip())] or written
        best = max(full, key=lambda n: (len(n.strip()), not n.isupper(), counts[n], n))
        for n in written:
            out[n] = best.strip()
    return out
