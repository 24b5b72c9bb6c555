"""Clock times however news writes them ("2:10 p.m.", "2.10pm", "14:10", "noon"), read as minutes of the
day, and the live blog entries a corpus stamps with one: "what happened at 2:10 p.m." asks for the entry
stamped "14:10", which shares no word with the question but the hour."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from retrieval.search.text import fold

#: a clock time: an hour with a half of the day ("2pm", "2:10 p.m.", "2.10pm"), a 24-hour reading
#: ("14:10", "09:40"), or noon and midnight. (A figure with a dot and no "am"/"pm" is a decimal: "2.10")
_CLOCK = (
    r"(?<![\d:.])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s?(?P<half>[ap])\.?\s?m\b\.?"
    r"|(?<![\d:.])(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)(?![\d:])"
    r"|\b(?P<word>noon|midday|midnight)\b"
)
_CLOCK_TIME = re.compile(_CLOCK, re.IGNORECASE)
#: a heading that is only a time stamp ("14:10", "**2.10pm**"): a live blog's entry is under it
_STAMP_ALONE = re.compile(rf"^[\W_]*(?:{_CLOCK})[\W_]*$", re.IGNORECASE)
#: a time stamp opening a sentence as a live blog's entry ("14:10 Firefighters have ...", "2.10pm - The ...")
_STAMP_OPENING = re.compile(rf"^[\W_]*(?:{_CLOCK})\s*[\u2014\u2013:-]?\s*(?=[A-Z\"\u201c])", re.IGNORECASE)
#: how many sentences after a time stamp heading its entry may run to (up to the next heading)
ENTRY_SENTENCES = 6


def _minutes(m: re.Match[str]) -> frozenset[int]:
    """The minutes of the day a clock time may be: one for a 24-hour reading or a half of the day, two
    for an hour under 13 written with a colon and no half ("2:10" is 02:10 or 14:10)."""
    if m.group("word"):
        return frozenset({0 if m.group("word").lower() == "midnight" else 720})
    if m.group("half"):
        hour = int(m.group("h")) % 12 + (12 if m.group("half").lower() == "p" else 0)
        return frozenset({hour * 60 + int(m.group("m") or 0)})
    hour, minute = int(m.group("hh")), int(m.group("mm"))
    if 1 <= hour <= 12 and not m.group("hh").startswith("0"):
        return frozenset({(hour % 12) * 60 + minute, (hour % 12 + 12) * 60 + minute})
    return frozenset({hour * 60 + minute})


def clock_times(text: str) -> list[tuple[str, frozenset[int]]]:
    """Each clock time a text writes, as written and as the minutes of the day it may be."""
    return [(m.group(0), _minutes(m)) for m in _CLOCK_TIME.finditer(fold(text))]


def stamp(text: str, heading: bool) -> tuple[str, frozenset[int]] | None:
    """The time stamp a sentence is, as a heading that is only a time ("14:10"), or opens with, as a live
    blog's entry ("2.10pm The council says ..."): as written and as minutes of the day."""
    folded = fold(text)
    m = (_STAMP_ALONE if heading else _STAMP_OPENING).match(folded)
    if m is None:
        return None
    inner = _CLOCK_TIME.search(folded, m.start(), m.end())
    return (inner.group(0), _minutes(inner)) if inner is not None else None


def stamped_entries(
    texts: Sequence[str], headings: Sequence[bool]
) -> list[tuple[int, int, int, str, frozenset[int]]]:
    """A document's entries stamped with a time: (the stamp's heading or -1, first sentence, end, the
    stamp as written, its minutes). Under a heading that is only a time, the sentences up to the next
    heading (at most ``ENTRY_SENTENCES``); a sentence opening with a stamp is an entry of its own."""
    out = []
    for i, (text, heading) in enumerate(zip(texts, headings, strict=True)):
        got = stamp(text, heading)
        if got is None:
            continue
        if heading:
            end = i + 1
            while end < len(texts) and not headings[end] and end - i <= ENTRY_SENTENCES:
                end += 1
            if end > i + 1:
                out.append((i, i + 1, end, *got))
        else:
            out.append((-1, i, i + 1, *got))
    return out


def corpus_spelling(asked: str, spellings: Counter[tuple[str, int]]) -> str:
    """The question with each clock time it names written as the corpus's stamps write that time ("what
    happened at 2:10 p.m." -> "what happened at 14:10" where the live blog stamps its entries "14:10"), so
    that the stamp's own words are searched for; ``spellings``: (stamp as written, minute) -> how many
    entries are so stamped. A time no stamp gives stays as asked."""
    out = asked
    for written, minutes in clock_times(asked):
        best = max(
            ((n, spelt) for (spelt, minute), n in spellings.items() if minute in minutes),
            default=None,
        )
        if best is not None and best[1] != written:
            out = out.replace(written, best[1], 1)
    return out
