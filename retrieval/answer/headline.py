"""A chosen sentence's headline, quoted as a statement of its own when the sentence does not name the
thing asked for and the headline does.

News states a story's subject in its headline and then refers back to it: "Netflix announced Sunday
that the wildly popular South Korean show is green lit for a second season" under "'Squid Game':
Netflix green lights season 2"; "Wickremesinghe declared the country bankrupt" under "Sri Lanka crisis
rages on". The sentence answers the question but says "the show", "the country", or names no place
for a "where"; the headline, verbatim text of the same article, names it. Quoted first and cited to
that article, it completes the answer without reading any other sentence into it.
"""

from __future__ import annotations

import itertools
import re

from retrieval.answer.bridge import verb_known
from retrieval.answer.question import TYPED_KINDS, QuestionInfo
from retrieval.answer.scoring import AnswerContext, Candidate
from retrieval.answer.story import title_terms
from retrieval.answer.types import apposed, name_runs, names_kind, type_score
from retrieval.answer.weights import WEIGHTS
from retrieval.lexicon import STOP_WORDS

#: an outlet's name a search engine or page title appends ("... - CNN", "... | CNN Business")
_OUTLET_TAIL = re.compile(r"\s+[-\u2013\u2014|]\s+(?:[A-Z][\w.&'\u2019-]*\s*){1,3}$")

#: "the wildly popular show", "the country's", "this product": the asked-for thing by the question's own
#: noun, definite (a thing named before), up to four words after the determiner
_DEFINITE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)(?=((?:\s+[\w'\u2019-]+){1,5}))")


#: "near which landing did the ferry overturn": a wh-phrase, its auxiliary, then the clause's own subject
#: (a determiner and what follows it, or a name): the story the question asks about, not what it asks
_INVERTED = re.compile(
    r"\b(?:which|what|where|when|who|whom|whose|how)\b(?:\s+[\w'\u2019-]+){0,3}?\s+"
    r"(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_DETERMINERS = frozenset("the a an its their his her this that these those".split())


def _subject_words(question: str) -> list[str]:
    """The words of an inverted question's own subject ("the ferry" of "near which landing did the
    ferry overturn"; "Greyline" of "when did Greyline renew"): a determiner and the nouns after it up
    to the first word WordNet knows as a verb, or a run of capitalised words. Empty when the wh-phrase
    is itself the subject ("which minister asked for an inquiry")."""
    m = _INVERTED.search(question)
    if m is None:
        return []
    words = re.findall(r"[\w'\u2019-]+", m.group("rest"))
    if not words:
        return []
    if words[0][:1].isupper():
        return list(itertools.takewhile(lambda w: w[:1].isupper(), words))
    if words[0].lower() not in _DETERMINERS:
        return []
    out = [words[0]]
    for w in words[1:-1]:  # (the last word is the verb when nothing else is)
        if len(out) > 1 and verb_known(w):
            break
        out.append(w)
    return out


def states_asked(q: QuestionInfo, headline: str, ctx: AnswerContext) -> bool:
    """Whether a headline says what the question asks, not only whose story it is: it names the thing
    asked for by its noun ("Monkeypox outbreak: ..." for "which virus outbreak") or by a name WordNet
    files under it ("Sri Lanka crisis rages on" for "which country"), or holds one of the question's
    other terms beyond an inverted clause's own subject ("Finance minister orders inquiry ..." for "which
    minister asked for an inquiry"). Not "LIVE: Kestrel Star ferry disaster - latest updates" for "near
    which landing did the ferry overturn", which names only the story. A question holding nothing else
    asks nothing more of it ("which show?"), unless its subject took every term ("where is Tomas Reyes
    from?"): a headline naming him says nothing of where."""
    if names_kind(headline, q, ctx.tokenizer):
        return True
    subject = ctx.tokenizer.term_set(" ".join(_subject_words(q.text)))
    skip = (q.kind_terms - {q.head}) | subject
    asked = [t for t in q.terms if t not in skip]
    if not asked:
        return not subject
    return not ctx.tokenizer.term_set(headline).isdisjoint(asked)


def headline_text(title: str | None) -> str | None:
    """A document's title as a quotable headline: without an outlet's name appended, None when it is a
    question (it states nothing) or a list of topics ("5 things to know: Covid-19, Biden in Israel,
    Jan. 6"), a digest's, which names no one story's subject."""
    if not title:
        return None
    text = _OUTLET_TAIL.sub("", title.strip())
    if len(text.split()) < 3:
        text = title.strip()
    if text.rstrip(" .\u2026").endswith("?") or len(re.findall(r"[,;]", text)) >= WEIGHTS.headline_list:
        return None
    return text


#: a noun named right after it by a participle of naming ("the record system, known internally as
#: MedChart,", "a gang calling itself Black Heron"): the sentence names it
_NAMED_AFTER = re.compile(
    r",?\s+(?:(?:also|now|formerly)\s+)?(?:known|called|named|dubbed|nicknamed|branded|calling itself)\s+"
    r"(?:[a-z]+ly\s+)?(?:as\s+)?[\"\u201c'\u2018]?[A-Z]"
)


#: a capitalised word closing a name right before a comma: where a phrase set beside the name begins
_NAME_BEFORE = re.compile(r"[A-Z][\w'\u2019.&-]*(?=,\s+$)")


def refers_back(q: QuestionInfo, text: str, ctx: AnswerContext) -> bool:
    """Whether a sentence calls what a "which X" asks for by the question's noun, definite and unnamed
    ("the country", "the processed cheese product"), with no name right after it."""
    if not q.head:
        return False
    for m in _DEFINITE.finditer(text):
        offset = m.start(1)
        for w in re.finditer(r"[\w'\u2019-]+", m.group(1)):
            word = w.group(0)
            if word.lower() in STOP_WORDS:
                break  # "the screening of a documentary": the article is another noun's
            if word[:1].isupper() or ctx.tokenizer.tokens(word) != [q.head]:
                continue
            # the noun written small (not "the Palace Theatre"), no name after it ("the show Squid Game")
            # nor before it, in apposition ("The Care Standards Commission, the health regulator, ...")
            after = text[offset + w.end() : offset + w.end() + 4].lstrip(" ,").lstrip("\"\u201c'")
            named = _NAME_BEFORE.search(text, 0, m.start())
            if named is not None and apposed(text, named.end(), offset + w.start(), offset + w.end()):
                break
            if not after[:1].isupper() and not _NAMED_AFTER.match(text, offset + w.end()):
                return True
            break
    return False


def _names_new(q: QuestionInfo, headline: str, best: Candidate, ctx: AnswerContext) -> bool:
    """Whether the headline names something neither the question nor the sentence does, which the
    article's body writes as a name too (a headline's first word is capitalised anyway: "Millions of
    swings recalled")."""
    known = set(q.terms) | set(ctx.terms(best.row))
    body = [s.text for s in ctx.documents[best.sentence.doc_id].sentences if not s.heading]
    for run in name_runs(headline):
        terms = ctx.tokenizer.term_set(run)
        if not terms or all(_derived(t, known) for t in terms):
            continue
        # written so inside a sentence of the article, not only as its first word
        if any(i > 0 for t in body for i in _finds(t, run)):
            return True
    return False


def _derived(term: str, known: set[str]) -> bool:
    """Whether a term is a known one or a form of it ("ukrainian" of "ukrain", "korean" of "korea"): a
    name's adjective says no more than the name."""
    n = WEIGHTS.headline_stem
    return term in known or any(len(k) >= n and term[:n] == k[:n] for k in known)


def _finds(text: str, run: str) -> list[int]:
    out, i = [], text.find(run)
    while i >= 0:
        out.append(i)
        i = text.find(run, i + 1)
    return out


def headline_answer(q: QuestionInfo, best: Candidate, ctx: AnswerContext, held: bool = False) -> str | None:
    """The chosen sentence's headline to quote before it, when the sentence lacks the kind of thing a
    typed question asks for and the headline holds it (a name the question and sentence do not give,
    for a "who" a person's, or for a number or a date one of those), or when the sentence calls it by
    the question's noun ("the country") and the headline gives a name neither does. A headline naming
    no one ("Hundreds hold candlelit vigil for babies ..." for who read the names) would lead the
    reply with words that do not answer. ``held``: the neighbour quoted with the sentence
    in one quote (``select._holder``) holds the kind asked ("The commission named Gillian Marsh ..."),
    which then answers; the headline is quoted only for a sentence calling the thing by the question's
    noun."""
    if q.phrase:
        return None
    typed = q.kind in TYPED_KINDS
    echo = (typed or (q.kind == "what" and bool(q.head))) and refers_back(q, best.sentence.text, ctx)
    if not echo and (held or not (typed and best.type_score < 1.0)):
        return None
    headline = headline_text(ctx.documents[best.sentence.doc_id].meta.title)
    if headline is None or title_terms(ctx, best.sentence.doc_id).isdisjoint(ctx.terms(best.row)):
        return None  # a headline sharing no word with the sentence is not its story's ("5 things to know")
    if not states_asked(q, headline, ctx):
        return None  # it names the story, not what is asked of it: leading, it would look like an answer
    if (q.kind in ("number", "date") or (q.kind == "person" and not echo)) and type_score(
        q.kind, headline, q, ctx.tokenizer
    ) < 1.0:
        # (a sentence calling it "the country" says the headline's new name is of the kind asked; a
        # headline's place, "China data leak: ...", opens it as often, where no pattern reads it)
        return None
    if q.kind in ("number", "date"):
        return headline
    return headline if _names_new(q, headline, best, ctx) else None
