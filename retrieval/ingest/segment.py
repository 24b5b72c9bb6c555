"""Sentence segmentation for news prose.

Every sentence returned is a verbatim slice of the input (only surrounding whitespace stripped): answers
quote sentences, and a quote must match the article character for character.

How it works: one precompiled regex finds *candidate* boundaries (terminal punctuation, optional closing
quotes/brackets, whitespace, then something that can start a sentence). Each candidate is then vetoed
if it falls inside a parenthesis pair or right after an abbreviation. Python runs per candidate, never per
character, so it stays fast over a million passages.
"""

from __future__ import annotations

import re

# A boundary: [.!?…] (repeated), closing quotes/brackets glued to it, then whitespace, and the next
# sentence must start with an (optionally quoted/bracketed) capital letter or digit.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]*[A-Z0-9])")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_PARENS = re.compile(r"\([^()\n]{0,300}\)")

# The word right before a period, e.g. "Gen" in "Gen.", "U.S" in "U.S." and "p.m" in "p.m.".
_LAST_TOKEN = re.compile(r"(?<![A-Za-z])([A-Za-z][A-Za-z.]*)\.$")
_NEXT_WORD = re.compile(r"\s+[\"'“‘«(\[]*([A-Za-z0-9]+)")

#: a day written as an ordinal number before its month, as German writes dates ("am 12. Mai 2026"): the
#: period is the ordinal's, not a sentence's end
_ORDINAL_DAY = re.compile(r"(?<![\w.,])[0-3]?\d\.$")
_MONTH_NEXT = re.compile(
    r"\s+(?:(?:Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember)\b|"
    # the names English shares, only with a year or day after them ("21. April 2026", not "21. April showers")
    r"(?:April|August|September|November)\s+\d)"
)

#: titles and short forms that are (almost) never the end of a sentence in news copy
_NEVER_FINAL = frozenset(
    """mr mrs ms messrs dr prof gen sen sens rep reps gov lt col sgt capt cmdr adm maj brig cpl pvt
    rev hon pres supt det insp amb atty ald gens st ste mt ft jan feb mar apr jun jul aug sep sept oct nov
    dec mon tue tues wed thu thur thurs fri sat sun vs v fig figs vol vols pp ch approx dept est
    univ assn bros gov't e.g i.e cf al""".split()
)
#: short forms that end sentences often enough that we split after them when a typical sentence start follows
_MAYBE_FINAL = frozenset("inc corp co ltd llc plc jr sr etc no nos a.m p.m".split())
#: words that usually begin a sentence; after "U.S." or "Inc." they make a split likely
_STARTERS = frozenset(
    """the a an he she it they we i you this that these those there his her its their our my but and
    so yet or in on at as if when while after before however meanwhile still also then now for from
    by with since although though because what who why how where some many most one two both all no
    officials other it's that's""".split()
)


def _is_abbreviation(text: str, end: int, next_start: int) -> bool:
    """Whether the period ending at ``end`` belongs to an abbreviation rather than ending a sentence."""
    token_match = _LAST_TOKEN.search(text, max(0, end - 24), end)
    if token_match is None:
        return False
    token = token_match.group(1)
    lower = token.lower()
    nxt = _NEXT_WORD.match(text, next_start)
    next_word = nxt.group(1).lower() if nxt else ""
    if len(token) == 1:
        # "J. D. Vance", "Part B." -- a lone capital is an initial unless a common sentence starter follows
        return token.isupper() and next_word not in _STARTERS
    if lower in _NEVER_FINAL:
        return True
    if "." in token:
        # initialisms: "U.S.", "U.N.", "D.C." end a sentence only before a typical sentence start
        return next_word not in _STARTERS
    if lower in _MAYBE_FINAL:
        if lower in {"no", "nos"}:
            return next_word[:1].isdigit()
        return next_word not in _STARTERS
    return False


def _split_paragraph(text: str, start: int, stop: int, out: list[str]) -> None:
    protected = [(m.start(), m.end()) for m in _PARENS.finditer(text, start, stop)]
    sentence_start = start
    for match in _BOUNDARY.finditer(text, start, stop):
        end = match.end()
        if any(lo < match.start() < hi - 1 for lo, hi in protected):
            continue
        punct_end = match.start() + 1
        if _ORDINAL_DAY.search(text, max(start, punct_end - 4), punct_end) and _MONTH_NEXT.match(
            text, punct_end
        ):
            continue
        if (
            text[match.start()] == "."
            and text[punct_end : punct_end + 1] != "."
            and _is_abbreviation(text, punct_end, end)
        ):
            continue
        piece = text[sentence_start:end].strip()
        if piece:
            out.append(piece)
        sentence_start = end
    piece = text[sentence_start:stop].strip()
    if piece:
        out.append(piece)


def split_sentences(text: str) -> list[str]:
    """Split ``text`` into sentences, each a verbatim (stripped) substring of ``text``.

    Blank lines always separate sentences (they separate paragraphs). A heading passed in as its own
    ``text`` comes back as one sentence because it has no internal boundary.
    """
    out: list[str] = []
    position = 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        _split_paragraph(text, position, brk.start(), out)
        position = brk.end()
    _split_paragraph(text, position, len(text), out)
    return out
