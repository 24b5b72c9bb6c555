"""A sentence read as part of its story: news names its topic in the headline and the lead and then
refers back to it ("The technology works over a range up to 10 metres" in a story whose lead names
Ultra Wideband; "The handheld console will go on sale for $250" under a first line about Sony's PSP).
Such a sentence shares too few of the question's words to cover the question on its own; read under
its story's headline and lead, it does. What is asked about the topic must still be in the sentence
itself (``scoring.answers``): a story's other sentences are not made answers by sharing its topic."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from retrieval.answer.types import PRONOUN_START
from retrieval.answer.weights import WEIGHTS

if TYPE_CHECKING:
    from retrieval.answer.scoring import AnswerContext

#: stories whose topic terms an engine remembers (a few MB at most)
_STORY_MEMO = 50_000
#: a sentence opening on a definite description of a common noun ("The technology works ...", "These
#: devices ..."), a measure before it too ("The 60-metre span gave way ...", "The 42-year-old driver
#: ..."), not on a name ("The Golden Globes are ...") nor a bare figure ("The 1990s were ...")
_DEFINITE = re.compile(
    r"^\W*(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Ss]uch) (?:\d[\d.,]*-[a-z]+(?:-[a-z]+)* )?[a-z]+\b"
)


def refers_back(text: str) -> bool:
    """Whether a sentence opens on a pronoun or a definite description, which refer back to what its
    story has named ("The technology works ...", "He said ...")."""
    return bool(PRONOUN_START.match(text) or _DEFINITE.match(text))


def story_terms(ctx: AnswerContext, doc_id: str) -> frozenset[str]:
    """A document's topic as terms: its headline's and its lead's (``story_lead`` sentences);
    remembered per engine (a story's candidates recur across questions about it)."""
    memo = ctx.memo.setdefault("stories", {})
    assert isinstance(memo, dict)
    got: frozenset[str] | None = memo.get(doc_id)
    if got is None:
        out = set(title_terms(ctx, doc_id))
        for j in range(min(WEIGHTS.story_lead, len(ctx.documents[doc_id].sentences))):
            out |= ctx.terms(ctx.rows[(doc_id, j)])
        if len(memo) > _STORY_MEMO:
            memo.clear()
        got = memo[doc_id] = frozenset(out)
    return got


def title_terms(ctx: AnswerContext, doc_id: str) -> frozenset[str]:
    """A document's title terms (the index's title table; remembered per engine)."""
    terms = ctx.title_terms.get(doc_id)
    if terms is None:
        if ctx.title_source is not None:
            terms = ctx.title_source(doc_id)
        else:
            terms = frozenset(ctx.tokenizer.tokens(ctx.documents[doc_id].meta.title or ""))
        ctx.title_terms[doc_id] = terms
    return terms
