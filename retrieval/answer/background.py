"""A reason told as reported background: what someone says had happened before the act.

News tells an act first and why it was done in the next sentence or two, often in no cause word: the
past perfect places what it tells before the act, and an attribution closing the sentence says whose
account it is ("The council closed the bridge on Monday. Engineers had found cracks in two of its
supports, a council spokesperson said."; "Organisers cancelled the fair. The field had been flooded by
a week of rain, organiser Jane Moss said."). Both are read by form, not by words of any coverage: a
"had" before a verb's participle (WordNet reads it as an inflected verb form), and a closing
"..., <someone> said." or "..., according to <someone>.". A sentence in the past perfect alone is as
often a story's scene ("The bridge had carried 9,000 vehicles a day"), and one attributed alone as
often what followed ("Drivers face a diversion, police said"), so both are asked for; and even then it
is weak evidence, read only of a sentence right after one telling the asked act that gives no reason
itself (``select._holder``), never as a candidate's own type.
"""

from __future__ import annotations

import re

from retrieval.answer.bridge import wordnet

#: "had", an adverb maybe, and the word after it ("had found", "had not been", "had already failed"), a
#: quotation opening on it maybe ('had "lost confidence"')
_HAD = re.compile(
    r"\bhad\s+(?:(?:not|never|already|earlier|previously|recently|repeatedly|also)\s+)?[\"\u201c]?"
    r"(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
#: an attribution closing its sentence: a comma, whoever speaks (no quotation or clause between) and a
#: verb of saying, a time phrase maybe after it ("..., a council spokesperson said on Tuesday."), or
#: "according to" someone
_CLOSING_ATTRIBUTION = re.compile(
    r",\s+(?:[^,;:\"\u201c\u201d]{1,70}?\s+(?:said|says|told\s+[a-z]+|added|explained|confirmed)"
    r"(?:\s+(?:on|last|this|in)\s+[A-Za-z0-9 ]{1,25})?|according\s+to\s+[^,;:\"\u201c\u201d]{1,70})"
    r"\W*$",
    re.IGNORECASE,
)


#: an attribution opening its sentence: whoever speaks (no quotation or clause between) and a verb of
#: saying, "that" maybe after it ("Okafor said the committee had lost confidence ...", "A spokesman for
#: the council told reporters that ..."); what follows is the reported clause
_OPENING_ATTRIBUTION = re.compile(
    r"^\W*[^\"\u201c\u201d,;:]{1,70}?\s+(?:said|says|told\s+[a-z]+|added|explained|confirmed)"
    r"(?:\s+(?:on|last|this)\s+[A-Za-z]+)?(?:\s+that)?\s",
    re.IGNORECASE,
)


#: a time after the act the sentence before tells ("Doctors said two days later that her condition had
#: improved", "has since been"): what the sentence reports came after the act, so it is no reason for it
_AFTERWARDS = re.compile(
    r"\b(?:later|afterwards|since then|subsequently|has since|have since)\b", re.IGNORECASE
)


def reports_background(text: str) -> bool:
    """Whether a sentence reports, in someone's words closing it (``_CLOSING_ATTRIBUTION``) or opening
    it (``_OPENING_ATTRIBUTION``: the reported clause after it), what had happened before (``_HAD`` and
    a past participle: a verb form WordNet reads as inflected that is not a third person's "-s", "had
    cracks" being a noun's). Someone who "had said" is an earlier word (``select._said_before``), read
    there. Nor a report told as coming after the act (``_AFTERWARDS``)."""
    wn = wordnet()
    if wn is None or _AFTERWARDS.search(text):
        return False
    closing = _CLOSING_ATTRIBUTION.search(text)
    opening = _OPENING_ATTRIBUTION.match(text)
    if closing is not None:
        reported = text[: closing.start()]
    elif opening is not None:
        reported = text[opening.end() :]
    else:
        return False
    for m in _HAD.finditer(reported):
        low = m.group("verb").lower()
        if low.endswith("s"):
            continue
        if low == "been" or any(pos == "v" and lemma != low for pos, lemma in wn.lemmas(low)):
            return True
    return False
