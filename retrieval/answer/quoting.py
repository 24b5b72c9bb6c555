"""The pieces every cited reply is made of: a quote of one or more sentences, as the source writes them,
and the numbered citation of the article it comes from (one way to make each, for every answer)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from retrieval.models import Citation, Document, Sentence

if TYPE_CHECKING:
    from retrieval.answer.scoring import AnswerContext


def terms_of(ctx: AnswerContext, parts: Sequence[Sentence]) -> frozenset[str]:
    return frozenset().union(*(ctx.terms(ctx.rows[(p.doc_id, p.index)]) for p in parts))


def join_parts(parts: Sequence[Sentence]) -> str:
    """Quote sentences as one passage. Sentences of one paragraph are contiguous in the source; across
    paragraphs something (furniture) may have been cut between them, so the seam is marked with an
    ellipsis and each piece stays verbatim."""
    out = parts[0].text
    for prev, cur in itertools.pairwise(parts):
        out += (" " if cur.paragraph == prev.paragraph else " … ") + cur.text
    return out


def citation_of(n: int, doc: Document, quote: str) -> Citation:
    """The citation of ``doc`` for ``quote``, numbered ``n``: one way to make one, for every answer."""
    m = doc.meta
    return Citation(
        n=n,
        doc_id=m.doc_id,
        title=m.title,
        source=m.source,
        url=m.url,
        published=m.published,
        quote=quote,
        opinion=m.opinion,
    )
