"""What an acronym stands for, as the coverage spells it out: "what does OAWP stand for" is answered by
the sentence that introduces it ("The state Office of Air and Water Protection (OAWP) said ..."), not
searched for the words "stand" and "for", which no such sentence holds."""

from __future__ import annotations

import re

from retrieval.answer.compose import answered
from retrieval.answer.question import analyze
from retrieval.answer.quoting import citation_of
from retrieval.answer.scoring import AnswerContext
from retrieval.answer.weights import WEIGHTS
from retrieval.models import Answer, Statement

_STANDS_FOR = re.compile(
    r"^\s*what(?:\s+(?:does|do|did|is)|'s|s)\s+(?:the\s+)?(?P<a>[A-Za-z][A-Za-z&]{1,9})\s+"
    r"(?:stand|stands|short)\s+for\s*\??\s*$",
    re.IGNORECASE,
)


def stands_for(question: str, ctx: AnswerContext) -> Answer | None:
    """The answer to "what does X stand for" / "what is X short for": the sentence of the coverage that
    writes X in brackets after words whose initials spell it (``WEIGHTS.acronym_rows`` sentences holding
    X read), cited to its article. None when the question is no such question or no sentence spells X
    out (then it is answered, or declined, as any other)."""
    m = _STANDS_FOR.match(question)
    if m is None:
        return None
    acronym = m.group("a")
    terms = ctx.tokenizer.tokens(acronym)
    if len(terms) != 1 or not ctx.scorer.df(terms[0]):
        return None
    bracketed = re.compile(rf"((?:[\w'’-]+\s+){{1,12}})\(\s*{re.escape(acronym)}\s*\)", re.IGNORECASE)
    letters = [c for c in acronym.lower() if c.isalpha()]
    for hit in ctx.scorer.top_k(terms, WEIGHTS.acronym_rows):
        s = ctx.sentences[hit.index]
        if s.heading:
            continue
        for found in bracketed.finditer(s.text):
            initials = [w[0].lower() for w in found.group(1).split() if w[:1].isupper()]
            if initials[-len(letters) :] != letters:
                continue  # the words before the brackets are not what the letters spell
            citation = citation_of(1, ctx.documents[s.doc_id], s.text)
            statement = Statement(text=s.text, citations=[1])
            return answered(
                question, analyze(question, ctx.tokenizer), f"{s.text} [1]", [statement], [citation], None
            )
    return None
