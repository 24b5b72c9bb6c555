"""What makes a quoted statement readable and honest: whether two outlets' versions agree on their
facts (numbers, dates, places) before one citation row stands for both, who "he" is in a quotation
led by a pronoun, and a quote kept short and in one paragraph."""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.lexicon import MONTHS, figures
from retrieval.models import Document, Sentence
from retrieval.search.text import fold

_MONTH = re.compile(rf"\b(?:{'|'.join(m.capitalize() for m in MONTHS if m != 'may')})\b")
_PLACE = re.compile(r"\b(?:in|at|near)\s+((?:[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+)*)")
_SPEECH = (
    r"(?:said|says|told|added|stated|remarked|warned|claimed|wrote|explained|insisted|argued|noted|"
    r"asked|replied|continued|declared|posted)"
)
_WORD = r"(?:[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)*|[A-Z]\.)"
_NAME = rf"({_WORD}(?:\s+{_WORD})*)"
#: "Peskov said", "said Jean-Noel Barrot", "Rubio told reporters"
_SAYS = re.compile(
    rf"{_NAME},?\s+(?:also\s+)?{_SPEECH}\b|\b{_SPEECH}\s+(?:the\s+)?(?:[a-z]+\s+){{0,4}}{_NAME}"
)
#: a person's full name: two or more capitalised words ("Mayor Ana Ruiz")
_FULL_NAME = re.compile(rf"({_WORD}(?:\s+{_WORD})+)")
#: a quotation whose speaker is a pronoun: "..., he added." / "He said ..."
_PRONOUN_SPEAKER = re.compile(rf"\b(?:he|she)\s+(?:also\s+)?{_SPEECH}\b|\b{_SPEECH}\s+(?:he|she)\b", re.I)
_NOT_NAMES: frozenset[str] = frozenset(
    "The A An In On At But And It This That These Those He She They We I Mr Mrs Ms Dr President Minister "
    "Secretary Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


def facts(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """A statement's numbers (digits and number words as digits), months and places ("in Paris")."""
    t = fold(text)
    months = set(_MONTH.findall(t))
    places = {m.group(1) for m in _PLACE.finditer(t) if m.group(1) not in _NOT_NAMES | months}
    return figures(t), frozenset(months), frozenset(places)


def agree(a: str, b: str) -> bool:
    """Whether another outlet's version ``b`` of statement ``a`` may be cited for it: every fact ``a``
    states (numbers, months, places) ``b`` states too. "Two people were injured" and "Nine people were
    injured" are two versions, each cited on its own; a version adding a detail ("... as the war in
    Ukraine grinds on") still says the statement."""
    return all(fa <= fb for fa, fb in zip(facts(a), facts(b), strict=True))


def speaker(doc: Document, parts: Sequence[Sentence]) -> str | None:
    """Who says a quotation attributed to a pronoun ("..., he added."): the last person named as
    speaking in the sentences before it (the statement's own earlier sentences first), up to four
    sentences back. None when the quotation names its speaker or no earlier sentence does."""
    text = " ".join(p.text for p in parts)
    if not _PRONOUN_SPEAKER.search(text):
        return None
    first = parts[0].index
    candidates = [p.text for p in parts[:-1]] + [
        doc.sentences[i].text
        for i in range(first - 1, max(-1, first - 5), -1)
        if not doc.sentences[i].heading
    ]
    own = len(parts) - 1  # the statement's own sentences come first among the candidates
    for i, sent in enumerate(candidates):
        names = [n for m in _SAYS.finditer(sent) for n in m.groups() if n and n.split()[0] not in _NOT_NAMES]
        if names:
            return _outside(" ".join(names[-1].split()[-2:]), i < own)  # "Foreign Minister Jean-Noel Barrot"
    for i, sent in enumerate(candidates):  # no one is said to speak: the person the sentence before is about
        full = [m.group(1) for m in _FULL_NAME.finditer(sent) if m.group(1).split()[0] not in _NOT_NAMES]
        if full:
            return _outside(" ".join(full[0].split()[-2:]), i < own)
    return None


def _outside(name: str, in_statement: bool) -> str | None:
    """The speaker's name to show outside the quote, unless the quoted statement names them itself: a
    label before "Candidate Lena Fischer thanked volunteers. '…,' she said." would read as if she had
    said the whole of it."""
    return None if in_statement else name


def fits(parts: Sequence[Sentence], limit: int) -> bool:
    """Whether sentences make one readable quote: one paragraph, and no longer than ``limit``
    characters unless it is a single sentence (a sentence is never cut)."""
    if len(parts) == 1:
        return True
    return len({p.paragraph for p in parts}) == 1 and sum(len(p.text) + 1 for p in parts) <= limit
