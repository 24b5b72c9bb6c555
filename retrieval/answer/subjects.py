"""Each document's main named subjects: whom its pronouns most likely mean."""

from __future__ import annotations

import re
from collections import Counter

from retrieval.lexicon import LOWER, UPPER
from retrieval.models import Document
from retrieval.search.text import Tokenizer

_WORD_MEMO = 200_000


#: a capitalised word of any script ("Ruiz", "Сибіга")
_CAPITALISED = re.compile(rf"\b[{UPPER}][{LOWER}'\u2019-]+")


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
