"""What a news page says of its own copy, which the answers read as well as the timeline: a live blog's
entry stamps (the order of its entries), and a correction notice's words (an outlet naming its own earlier
copy, the cue of what it withdraws, the claim withdrawn). Kept apart from ``mentions`` so that answering a
question loads none of the timeline's date grammar (``retrieval.timeline`` says why)."""

from __future__ import annotations

import re
from datetime import date

from retrieval.ingest.notices import OWN_EARLIER
from retrieval.models import Sentence

# A correction notice: the outlet says what an earlier article of its own reported wrongly ("An article
# published Monday incorrectly reported that ..."). The correction is news of the day it is published, and
# the claim it names is withdrawn (``TimelineIndex`` drops the outlet's report of it).
#: a correction's cue, naming what was wrong ("incorrectly reported", "an earlier version of this story said")
CORRECTS = re.compile(
    r"\b(?:incorrectly|erroneously|wrongly|mistakenly|inaccurately)\s+(?:\w+\s+){0,2}?"
    r"(?:reported|stated|said|wrote|described|identified|gave|listed|attributed)\b|\bmis(?:stated|reported|"
    r"identified|quoted|attributed|spelled)\b"
    # "An earlier version of our coverage said eight satellites were lost", "... of this blog said": the
    # outlet's own earlier copy, a live page's as an article's
    r"|\bearlier\s+version\s+of\s+(?:this|our|the|an?)\s+(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:story|article|report|coverage|post|piece|blog|page|update|entry)\s+"
    r"(?:said|stated|reported|gave|wrote|described|listed)\b"
    # a live page's own earlier entry, naming itself ("An earlier update said", "We earlier reported",
    # "This post previously said"): the outlet speaks of its own copy, as "an earlier version" does
    rf"|(?P<own>{OWN_EARLIER})\s+(?:said|stated|reported|gave|wrote|described|listed)\b",
    re.I,
)
#: an outlet correcting itself: a notice headed "Correction", or naming its own page ("this article", "an
#: earlier version of this story", "an earlier update", "we earlier reported")
OWN_CORRECTION = re.compile(
    rf"\bcorrect(?:ion|ed)\b|\bthis\s+(?:article|story|report|column|post)\b|\bearlier\s+version|{OWN_EARLIER}",
    re.I,
)


def withdrawn_claim(correction: str) -> str:
    """What a correction says was wrong: the words after its cue ("incorrectly reported that two people
    had died ..." -> "two people had died ..."; "misstated the number of people hospitalized"); "" when
    it has no cue ("Correction: Dr Vell resigned." names no claim)."""
    cue = CORRECTS.search(correction)
    return re.sub(r"^\s*that\b", "", correction[cue.end() :]) if cue else ""


#: a live blog's entry stamp opening a paragraph: a time of day ("7:30 a.m. Crews ...", "**14:05** ...",
#: "9.10pm: ...", "14.40 GMT ...", "9 a.m. Crews ..."), with a colon, a.m./p.m. or a time zone (not "7.5
#: million")
STAMP = re.compile(
    r"[*_\s]*(?P<hour>\d{1,2})(?::(?P<minute>\d{2})(?:\s*(?P<half>[ap])\.?\s?m\b\.?)?"
    r"|\.(?P<dot_minute>\d{2})\s*(?P<dot_half>[ap])\.?\s?m\b\.?"
    r"|\.(?P<zoned_minute>\d{2})(?=\s*(?:GMT|UTC|BST|CES?T|[ECMP][SD]T)\b)"
    r"|\s*(?P<hour_half>[ap])\.?\s?m\b\.?)",
    re.I,
)
#: what may follow a stamp standing alone as its paragraph, over the entry it stamps ("3:15 p.m. EDT",
#: "**14:05**"): its time zone and punctuation
_STAMP_ALONE = re.compile(r"[\W_]*(?:(?:GMT|UTC|BST|CES?T|[ECMP][SD]T|ET)\b[\W_]*)?", re.I)


def _stamp_minutes(m: re.Match[str]) -> int | None:
    """A stamp's time as minutes into the day; None for an impossible time ("25:10", "13 p.m.")."""
    hour = int(m.group("hour"))
    minute = int(m.group("minute") or m.group("dot_minute") or m.group("zoned_minute") or 0)
    half = (m.group("half") or m.group("dot_half") or m.group("hour_half") or "").lower()
    if minute > 59 or hour > (12 if half else 23) or (half and hour == 0):
        return None
    if half:
        hour = hour % 12 + (12 if half == "p" else 0)
    return hour * 60 + minute


def entry_stamps(sentences: list[Sentence], days: dict[int, date] | None = None) -> dict[int, int]:
    """A live blog's entry stamps: each paragraph opening with a time of day ("5:50 p.m. The state
    closed ..."), or following one the stamp stands alone in (a page setting each entry's time over it),
    as minutes into the day. None unless the stamps run one way through the article (oldest or newest
    first), so none passes midnight into another day: within each of its day headings' days (the
    timeline's ``heading_days``), which do tell a page passing midnight."""
    stamps: dict[int, int] = {}  # paragraph -> minutes into the day
    seen: set[int] = set()
    over: int | None = None  # the time of a stamp standing alone over the next paragraph
    for i, s in enumerate(sentences):
        if s.paragraph in seen:
            continue  # a stamp opens its paragraph
        seen.add(s.paragraph)
        above, over = over, None
        m = STAMP.match(s.text)
        minutes = _stamp_minutes(m) if m is not None else None
        if m is None or minutes is None:
            if above is not None:
                stamps[s.paragraph] = above
            continue
        alone = i + 1 == len(sentences) or sentences[i + 1].paragraph != s.paragraph
        if alone and _STAMP_ALONE.fullmatch(s.text, m.end()):
            over = minutes  # "3:15 p.m." over the entry's paragraph: the entry's own stamp
            continue
        stamps[s.paragraph] = minutes
    runs: dict[date | None, list[int]] = {}
    for p, minutes in stamps.items():
        runs.setdefault((days or {}).get(p), []).append(minutes)
    one_way = all(t == sorted(t) or t == sorted(t, reverse=True) for t in runs.values())
    if len(stamps) < 2 or not one_way:
        return {}
    return stamps
