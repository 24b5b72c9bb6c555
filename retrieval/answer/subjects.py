"""Each document's main named subjects: whom its pronouns most likely mean."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from retrieval.lexicon import LOWER, MONTHS, UPPER, CasedPattern
from retrieval.models import Document
from retrieval.search.text import Tokenizer

_WORD_MEMO = 200_000


#: a capitalised word of any script ("Ruiz", "Сибіга")
_CAPITALISED = CasedPattern(rf"\b[{UPPER}][{LOWER}'\u2019-]+")


def document_subjects(
    doc: Document, tokenizer: Tokenizer, memo: dict[str, tuple[str, ...]]
) -> frozenset[str]:
    """The three names a document mentions most (capitalised words): whom its pronouns most likely
    mean. A property of the document, worked out when it is indexed: at query time the stemmer would
    see most of a document's names for the first time (milliseconds per question after a restart).
    ``memo`` maps a word to its tokens across documents."""
    words = Counter(_CAPITALISED.findall("\n".join(s.text for s in doc.sentences)))
    counts: dict[str, int] = {}
    for word, n in words.items():  # each distinct word tokenized once
        toks = memo.get(word)
        if toks is None:
            if len(memo) > _WORD_MEMO:
                memo.clear()
            toks = memo[word] = tuple(tokenizer.tokens(word))
        for t in toks:
            counts[t] = counts.get(t, 0) + n
    top = sorted(counts, key=lambda t: -counts[t])[:3]
    return frozenset(t for t in top if counts[t] >= 2)


def asked_months(terms: Iterable[str], words: dict[str, str]) -> dict[str, int]:
    """The question's terms that name a month ("in April"), with the month's number."""
    return {t: MONTHS[words.get(t, t).lower()] for t in terms if words.get(t, t).lower() in MONTHS}


def published_months(months: dict[str, int], doc: Document) -> frozenset[str]:
    """Those of the question's month names that a document's publication date falls in: an article of
    21 April tells April's news, though it writes "on Monday" ("what did Putin say in April" is
    about it). Its story holds the month as it holds its main subjects; a month without a year
    places no period (``answer.period``), so only a name's share of the question is met, nothing is
    filtered."""
    published = doc.meta.published
    if not months or published is None:
        return frozenset()
    return frozenset(t for t, m in months.items() if m == published.month)
