"""Questions about the coverage itself, answered from the documents' metadata and cited to them:
"according to X" keeps the answer to outlet X's articles; "who wrote the ... article", "when was the
... article published", "what was the headline of the ... story" and "which outlets reported ..." name
the article's author, date, headline or outlets.

The metadata is what the loader read or inferred for each document; a field it does not have is not
guessed (the question is declined instead).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise
from typing import Literal, cast

import numpy as np

from retrieval.answer.amounts import measure
from retrieval.answer.bridge import word_family, wordnet
from retrieval.answer.compose import answered, correction_notices
from retrieval.answer.question import (
    QuestionInfo,
    analyze,
    asked_sentence,
    asks_next,
    asks_story,
    who_is_words,
)
from retrieval.answer.quoting import citation_of
from retrieval.answer.scoring import (
    ASKS_CORRECTION,
    AnswerContext,
    Candidate,
    answers,
    document_terms,
    is_name,
    retracting_sentences,
)
from retrieval.answer.story import story_terms, title_terms
from retrieval.answer.weights import WEIGHTS
from retrieval.lexicon import (
    FIGURE_TAIL,
    PLACE_PREPOSITIONS,
    PLURAL_NOUNS,
    SPELLED_NUMBER,
    STOP_WORDS,
    SURE_FUTURE,
    UNSETTLED,
    figures,
)
from retrieval.models import Answer, Citation, Document, Statement
from retrieval.search.scorer import Hit, ranked
from retrieval.search.text import fold, greets_readers
from retrieval.search.wordnet import NOUN_PERSON, NOUN_TIME, WordNet

#: what a question asks of the coverage's metadata ("writes_for": the outlet a named author writes for)
MetaKind = Literal["author", "published", "headline", "outlets", "writes_for"]

#: "who wrote about the floods?", "who wrote the article on ...", "who wrote 'Floods swamp ...'": of the
#: coverage; "who wrote the novel the film is based on?" asks what the articles say, not who wrote them
_PIECE = (
    r"(?:article|story|stories|piece|report|column|op[- ]?ed|editorial|feature|post|(?:live ?)?blog|"
    r"coverage|news|explainer|interview|q&a|analysis|analyses|commentary)"
)
#: a word that is a piece's name, as ``named_kind`` reads a question word by word
_PIECE_WORD = re.compile(rf"{_PIECE}s?")
#: the words naming a piece ("the Kyiv Independent article", "the caliber az story"): a few at most
_NAMING = r"(?:[\w.&'’-]+ ){0,4}"
_AUTHOR = re.compile(
    r"\bwho (?:wrote|authored|penned|is the author of|was the author of|was the writer of) "
    rf"(?:about|on|[\"'“‘]|(?:the|this|that|these|those|an?|its|their) {_NAMING}{_PIECE}s?\b)|"
    rf"\bwhose (?:{_PIECE}|byline)\b|\b(?:the )?(?:author|writer) of (?:the|this|that) {_NAMING}{_PIECE}s?\b|"
    rf"\bby whom (?:was|were) (?:the|this|that) {_NAMING}{_PIECE}s?\b|"
    r"\bwho (?:is|was) the (?:reporter|journalist) (?:on|of|behind|for)\b|"
    r"\bwho (?:writes|reports) for\b|"
    # "which reporter at the Evening Post covered the breach": an outlet's reporter asked for by the piece
    # they filed (with no outlet, "what journalist wrote an article defending X" may ask of the text)
    r"\b(?:which|what) (?:reporter|journalist|correspondent)s? (?:at|for|from|with) (?:[\w.&'’-]+ ){1,5}"
    r"(?:covered|wrote|reported|filed)\b|"
    # "who wrote Channel 7's report on ...": the piece named by its outlet's possessive, no article
    rf"\bwho (?:wrote|authored|penned) {_NAMING}[\w.&-]+['’]s? {_PIECE}s?\b|"
    # "who runs the Post's live blog", "who writes the Herald column": a blog or column is run, updated or
    # written by the one its byline credits
    rf"\bwho (?:runs|ran|is running|updates|updated|is updating|writes|edits|edited) "
    rf"(?:the|this|that|its|their) {_NAMING}(?:(?:live ?)?blog|column)s?\b|"
    # "who is the Courier's transport correspondent": a byline's role, of an outlet (its possessive)
    r"\bwho (?:is|was|are|were) (?:the )?(?:[\w.&-]+ ){0,4}?[\w.&-]+['’]s? (?:[\w-]+ ){0,2}?"
    r"(?:correspondent|reporter|columnist|blogger)s?\b"
)
_PUBLISHED = re.compile(
    r"\bwhen (?:was|were|did) (?:the|this|that|these|those|\w+'?s?) .*"
    r"\b(?:article|story|piece|report|op-ed)s?\b"
    r".*\b(?:published|posted|come out|came out|run|appear|released|written)\b|"
    # "when did the Courier publish its story on the leak": the outlet publishing, the piece after
    r"\bwhen (?:did|does|do) .*\b(?:publish|post|run|print|release)\b (?:the|this|that|its|their|an?) "
    r"(?:[\w.&'’-]+ ){0,4}(?:article|story|piece|report|op-ed|column|analysis)s?\b|"
    r"\b(?:publication|publishing) date\b|\bwhat (?:date|day) was .* (?:published|posted)\b"
)
#: "what does the X headline say", "what was the headline of the story on ...", "the title of the
#: article": a headline asked for, not "headline inflation" (a noun after it) or "made headlines"
_HEADLINE = re.compile(
    r"\bheadline (?:say|says|said|read|reads|of|on|about|for|was|is|did|does|do)\b|"
    r"\bheadlines (?:say|said|read|were|are|of)\b|"
    r"\bheadline\s*[?.]?$|"
    rf"\btitle of (?:the|this|that|an?|its|their) {_NAMING}{_PIECE}s?\b|\b{_PIECE}'?s? (?:headline|title)\b"
)
_OUTLETS = re.compile(
    r"\b(?:which|what) (?P<noun>(?:news ?)?(?:outlets?|sites?|websites?|publications?|newspapers?|papers?|"
    r"media|sources?|magazines?)) (?:(?P<verb>ran|run|reported|report|published|publish|covered|cover|"
    r"carried|carry|wrote|write|had|has|have|broke|picked up|corrected|correct|issued|printed|retracted|got|"
    r"gave|give|gives|said|say|says|stated|state|quoted|quote|named|name|mentioned|mention|runs|publishes|"
    r"covers|carries|(?:is|are|was|were) (?:running|publishing|covering|carrying|reporting))\b|"
    # "which outlets are in the coverage", "what outlets are there": the coverage's own outlets
    r"(?:are|were) (?:in|there|included|represented)\b)|"
    r"\bwho (?:reported|covered|ran|published|carried) (?:the|this|that|on)\b|\bwhere (?:was|did) .* "
    r"(?:reported|published)\b"
)
#: "Which outlet does Lena Ortiz write for?", "Who does Sam Keller work for?": the name, as written
_WRITES_FOR = re.compile(
    r"\b(?:which|what) (?:news ?)?(?:outlets?|publications?|newspapers?|papers?|sites?|websites?|magazines?|"
    r"media|organi[sz]ations?|channels?|networks?) (?:does|did|do|is|was) (?P<a>.+?) "
    r"(?:writes?|wrote|work|works|worked|working|writing|report|reports|reported|reporting)\b|"
    r"\bwho (?:does|did) (?P<b>.+?) (?:write|work|report) for\b|"
    r"\bwho (?:is|was) (?P<c>.+?) (?:writing|working|reporting) for\b|"
    r"\bwhere does (?P<d>.+?) (?:write|work)\b",
    re.IGNORECASE,
)
#: what separates two authors credited together ("Ana Cruz and Sam Lee", "A, B & C")
_AUTHORS_SPLIT = re.compile(r"\s*(?:,|&|\band\b)\s*")
#: words that only say the question is about an article: not what the article is about
ARTICLE_WORDS = frozenset(
    "wrote write written author writer article story piece report reported published publish post posted "
    "outlet outlets site sites website publication newspaper paper ran run covered carried byline "
    "headline journalist reporter coverage explainer".split()
)


@dataclass(frozen=True, slots=True)
class Outlets:
    """Each outlet's tokens and documents (worked out once per engine, on first use)."""

    tokens: dict[str, frozenset[str]]
    docs: dict[str, list[str]]
    #: an outlet's other names as its documents write them ("Brennport Courier", "BRENNPORT COURIER" of "The
    #: Brennport Courier": ``ingest.outlets``), each with its tokens: a question may name it by any of them
    others: dict[str, tuple[tuple[str, frozenset[str]], ...]] = field(default_factory=dict)

    def words(self, name: str) -> frozenset[str]:
        """The tokens of all of an outlet's names."""
        return self.tokens.get(name, frozenset()).union(*(t for _, t in self.others.get(name, ())))

    def all_words(self) -> frozenset[str]:
        """The tokens of every name of every outlet."""
        return frozenset().union(*self.tokens.values(), *(t for o in self.others.values() for _, t in o))


def meta_kind(question: str) -> MetaKind | None:
    q = fold(question).lower()
    if _WRITES_FOR.search(q):
        return "writes_for"
    if _AUTHOR.search(q):
        return "author"
    if _PUBLISHED.search(q):
        return "published"
    if _HEADLINE.search(q):
        return "headline"
    if _OUTLETS.search(q):
        return "outlets"
    return None


#: a piece the question names with words of its own: "the inspection report", "the inspectorate's report",
#: "the report into the collapse" (its modifier words, the piece, what it is on)
_NAMED_PIECE = re.compile(
    rf"\b(?:the|an?|this|that|its|their) (?P<mod>(?:[\w-]+['’]?s? ){{0,2}}?)(?P<piece>{_PIECE})s?\b"
    r"(?: (?P<prep>on|into|about) (?:the |an? |its |their )?(?P<topic>[\w-]+))?"
)


def story_piece(question: str, ctx: AnswerContext) -> bool:
    """Whether the piece a "who wrote" or "when was it published" question names is one the story tells
    of, not an article of the coverage: the coverage's own sentences write it as the question does ("the
    inspection report", "the engineer's report", "a report into the collapse"), with a word no outlet's
    name holds. Such a question asks what the articles say of the document (its author, its date), which
    their bylines and dates do not tell; "the Herald's report", "the story on the strike" stay of the
    coverage, as an article rarely writes of itself so."""
    m = _NAMED_PIECE.search(fold(question).lower())
    if m is None:
        return False
    named = outlets(ctx).all_words()
    piece = m.group("piece")
    mods = [
        w
        for w in (re.sub(r"['’]s?$", "", w) for w in m.group("mod").split())
        if w and not set(ctx.tokenizer.tokens(w)) & named and not _article_word(w)
    ]
    if mods:
        phrase = re.compile(
            rf"\b{re.escape(mods[-1])}(?:['’]s?)? (?:[\w-]+ )?{re.escape(piece)}s?\b", re.IGNORECASE
        )
        query = [t for w in (mods[-1], piece) for t in ctx.tokenizer.tokens(w)]
    elif m.group("topic") and not _article_word(m.group("topic")):
        words = (
            rf"{re.escape(piece)}s? {m.group('prep')} (?:the |an? |its |their )?{re.escape(m.group('topic'))}"
        )
        phrase = re.compile(rf"\b{words}", re.IGNORECASE)
        query = [t for w in (piece, m.group("topic")) for t in ctx.tokenizer.tokens(w)]
    else:
        return False
    if len(query) < 2:
        return False
    return any(
        bool(ctx.quotable[h.index]) and phrase.search(ctx.sentences[h.index].text) is not None
        for h in ctx.scorer.top_k(query, _PIECE_ROWS)
    )


#: the sentences read for a piece the story tells of (``story_piece``): the best by its words
_PIECE_ROWS = 50


def article_terms(ctx: AnswerContext) -> frozenset[str]:
    """The index terms of ``ARTICLE_WORDS`` ("articles" as "article"), worked out once per engine."""
    got = ctx.memo.get("article_terms")
    if isinstance(got, frozenset):
        return got
    made = frozenset(t for w in ARTICLE_WORDS for t in ctx.tokenizer.tokens(w))
    ctx.memo["article_terms"] = made
    return made


#: a headline's rubric: the few words before its colon ("Opinion: ...", "LIVE: ...", "Analysis: ...")
_RUBRIC = re.compile(r"^\s*([^:]{1,40}?)\s*:\s")


def rubrics(ctx: AnswerContext) -> dict[str, list[str]]:
    """Each term of a headline's rubric that is an English word (the article's kind: "Opinion: ...",
    "LIVE: ..."; not a name, "NTSB: ...", which says who says what follows), with the articles whose
    headlines open with it (worked out once per engine)."""
    got = ctx.memo.get("rubrics")
    if isinstance(got, dict):
        return cast(dict[str, list[str]], got)
    wn = wordnet()
    made: dict[str, list[str]] = {}
    # (the articles are read in one pass, and only the few with a rubric or marked as opinion sorted:
    # sorting a million articles twice cost most of this at a million sentences)
    headed: list[tuple[str, str]] = []
    opinions: list[str] = []
    for doc_id, doc in ctx.documents.items():
        meta = doc.meta
        if (m := _RUBRIC.match(meta.title or "")) is not None:
            headed.append((doc_id, m.group(1)))
        if meta.opinion:
            opinions.append(doc_id)
    for doc_id, rubric in sorted(headed):
        if wn is None or len(rubric.split()) > 2:
            continue
        for word in rubric.split():
            if _JOINED.fullmatch(word):  # "Q&A: ...": the kind is the whole abbreviation, as written
                made.setdefault(word.lower(), []).append(doc_id)
            elif _kind_word(word, wn):
                for t in ctx.tokenizer.tokens(word):
                    made.setdefault(t, []).append(doc_id)
    # an opinion piece marked so by its byline, address or file's name, not by a rubric: the "opinion
    # piece", the "op-ed", as one with an "Opinion:" rubric is
    for doc_id in sorted(opinions):
        for t in ctx.tokenizer.tokens("opinion"):
            if doc_id not in made.get(t, []):
                made.setdefault(t, []).append(doc_id)
    for doc_id in _questions_answered(ctx):
        for kind in sorted(set(_FORMATS.values())):
            made.setdefault(kind, []).append(doc_id)
    ctx.memo["rubrics"] = made
    return made


#: words for an article that answers questions, whatever its headline says ("the explainer", "the
#: Q&A", "the FAQ"): its headings are questions (``_questions_answered``)
_FORMATS = {"explainer": "explainer", "explainers": "explainer", "q&a": "q&a", "faq": "faq", "faqs": "faq"}


#: the words for the writer of an opinion piece ("the columnist"; "the opinion writer" is read apart)
_OPINION_WRITERS = frozenset({"columnist", "columnists", "commentator", "commentators"})


#: the word for an opinion piece the articles themselves never write ("op-ed", "oped")
_OP_ED = re.compile(r"op-?eds?")


def _questions_answered(ctx: AnswerContext) -> list[str]:
    """The articles written as questions and answers: two or more of their headings, and at least half,
    are questions ("What is a hostile bid?"). Read from the heading rows only (``quotable`` is false for
    them): a corpus of a million sentences has few headings, and no article's sentences are built."""
    headings: Counter[str] = Counter()
    asked: Counter[str] = Counter()
    for row in np.flatnonzero(~ctx.quotable):
        s = ctx.sentences[int(row)]
        headings[s.doc_id] += 1
        asked[s.doc_id] += s.text.rstrip().endswith("?")
    return sorted(d for d, n in asked.items() if n >= 2 and 2 * n >= headings[d])


#: an abbreviation of letters joined by "&" ("Q&A"): one word for a kind of article, which the tokenizer
#: splits into letters ("q", "a") that name nothing apart
_JOINED = re.compile(r"[A-Za-z]{1,3}(?:&[A-Za-z]{1,3})+")


def _kind_word(word: str, wn: WordNet) -> bool:
    """Whether a rubric's word is an English word, not a name: one WordNet knows, not only as a name,
    and written in capitals only if it is more than a noun ("LIVE"; "FAA" is an acronym)."""
    if not wn.known(word) or wn.proper(word):
        return False
    return not word.isupper() or any(pos != "n" for pos, _ in wn.lemmas(word))


def _question_words(q: QuestionInfo) -> list[str]:
    """The question's words, lowercase, "the op ed" written as one word ("op-ed"), as an article's kind is
    named."""
    return re.sub(r"\bop (eds?)\b", r"op-\1", fold(q.text).lower().rstrip(" ?.!")).split()


def named_kind(q: QuestionInfo, ctx: AnswerContext, meta: bool) -> tuple[frozenset[str], list[str]] | None:
    """The articles a question names by their kind, as their headlines' rubrics write it ("the opinion
    piece", "the op-ed" for "Opinion: ..."), and the question's terms that name it: a rubric's word
    followed by a word for an article, or run into one the articles never write ("the opinion piece",
    "the live blog", "the liveblog"; a headline's rubric is as often its topic, "Recall: ...", and "a
    recall" in a question names none), or a clipping of one that
    the articles never write ("op" of "opinion") in a question about an article (``meta``), before a
    word for one, or hyphenated with other words they never write ("the op-ed"). Only a question about
    the articles (``meta``) or about what they say ("what does the op-ed argue", "what does the opinion
    piece say about X") or why the writer says something ("why does the columnist say ...": "the
    columnist" and "the opinion writer" name the opinion pieces' writer) is read so: a typed one ("what
    time did the live blog start") may ask of the article itself, which none of its sentences tells."""
    kinds = rubrics(ctx)
    if not kinds or not (meta or q.kind in ("quote", "what", "broad", "reason")):
        return None
    words = _question_words(q)
    named: set[str] = set()
    docs: list[str] = []
    opinion = next(iter(ctx.tokenizer.tokens("opinion")), "")
    for i, word in enumerate(words):
        toks = ctx.tokenizer.tokens(word)
        before_piece = i + 1 < len(words) and _PIECE_WORD.fullmatch(words[i + 1]) is not None
        unseen = not any(ctx.scorer.df(t) for t in toks)
        unwritten = "-" in word and unseen
        writer = word in _OPINION_WRITERS or (word == "opinion" and words[i + 1 : i + 2] == ["writer"])
        if opinion in kinds and (writer or (_OP_ED.fullmatch(word) and unseen)):
            # "the op-ed", "the oped": an opinion piece, whatever its rubric calls it ("Opinion:"), or
            # one its byline, address or file's name marks as opinion; "the columnist", "the opinion
            # writer": the writer of one, who says what it says ("why does the columnist say it was a
            # disaster waiting to happen": the piece argues it)
            named.update(t for t in toks if t in q.terms)
            if writer and word == "opinion":
                named.update(t for t in ctx.tokenizer.tokens(words[i + 1]) if t in q.terms)
            docs.extend(d for d in kinds[opinion] if d not in docs)
            continue
        if (kind := _FORMATS.get(word)) in kinds:  # "the explainer": an article of questions answered
            named.update(t for t in toks if t in q.terms)
            docs.extend(d for d in kinds[kind] if d not in docs)
            continue
        if word in kinds and _JOINED.fullmatch(word):  # "the q&a": named whole
            named.update(t for t in toks if t in q.terms)
            docs.extend(d for d in kinds[word] if d not in docs)
            continue
        for t in (t for t in toks if t in q.terms):
            # (a word the question capitalises is a name: "who wrote about Liv" is no "LIVE:" blog)
            absent = not ctx.scorer.df(t) and t not in q.entity_terms
            if not (absent or before_piece):
                continue  # a word the coverage writes, before no word for an article: no rubric it names
            clipped = absent and (meta or before_piece or unwritten)
            for rubric, rubric_docs in kinds.items():
                same = t == rubric and before_piece
                # (the rubric's word run into a word for an article: "the liveblog" of "Live: ...")
                joined = absent and re.fullmatch(rf"{re.escape(rubric)}{_PIECE}s?", word) is not None
                if same or joined or (clipped and len(t) >= 2 and rubric.startswith(t)):
                    named.update(x for x in toks if x in q.terms)
                    if before_piece:  # "the live blog": the word for an article names it too
                        named.update(x for x in ctx.tokenizer.tokens(words[i + 1]) if x in q.terms)
                    docs.extend(d for d in rubric_docs if d not in docs)
    return (frozenset(named), docs) if named else None


def outlets(ctx: AnswerContext) -> Outlets:
    got = ctx.memo.get("outlets")
    if isinstance(got, Outlets):
        return got
    docs: dict[str, list[str]] = {}
    for doc_id, doc in ctx.documents.items():
        if doc.meta.source:
            docs.setdefault(doc.meta.source, []).append(doc_id)
    for doc_id, outlet in _by_bylines(ctx).items():
        docs[outlet].append(doc_id)
    tokens = {name: frozenset(ctx.tokenizer.tokens(name)) for name in docs}
    others: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for written, shown in ctx.outlet_names.items():
        toks = frozenset(ctx.tokenizer.tokens(written)) if written != shown and shown in docs else frozenset()
        if toks and toks != tokens[shown]:
            others.setdefault(shown, []).append((written, toks))
    made = Outlets(
        {n: t for n, t in tokens.items() if t}, docs, {n: tuple(sorted(o)) for n, o in others.items()}
    )
    ctx.memo["outlets"] = made
    return made


def outlet_of(ctx: AnswerContext) -> dict[str, str]:
    """Each document's outlet as ``outlets`` reads it (its own, else its author's: ``_by_bylines``), so
    that "which outlets reported ..." names the outlet of an article whose page names none, as
    "according to X" finds it (worked out once per engine)."""
    got = ctx.memo.get("outlet_of")
    if isinstance(got, dict):
        return cast(dict[str, str], got)
    made = {doc_id: name for name, doc_ids in outlets(ctx).docs.items() for doc_id in doc_ids}
    ctx.memo["outlet_of"] = made
    return made


def _by_bylines(ctx: AnswerContext) -> dict[str, str]:
    """The outlet of each article that names none (a page saved without its masthead: "By Carla Winfield"
    alone) whose author writes for one outlet only in the articles that name theirs ("By Carla Winfield,
    Ridgeport Ledger"): "according to the Ledger" asks for her story too. An author whose articles name
    two outlets (a freelancer's) tells nothing."""
    written: dict[str, set[str]] = {}
    for doc in ctx.documents.values():
        if doc.meta.source and doc.meta.author:
            written.setdefault(doc.meta.author.casefold(), set()).add(doc.meta.source)
    return {
        doc_id: next(iter(outlets))
        for doc_id, doc in ctx.documents.items()
        if not doc.meta.source
        and doc.meta.author
        and len(outlets := written.get(doc.meta.author.casefold(), set())) == 1
    }


def mentioned_outlet(q: QuestionInfo, ctx: AnswerContext) -> str | None:
    """The outlet the question names, when it names one of the coverage's (every word of its name
    among the question's terms, a misspelt one by its correction), the longest name first; else one
    outlet's by a part of its name the articles never write. A corpus of one outlet has no outlet to
    restrict to."""
    known = outlets(ctx)
    if len(known.docs) < 2:
        return None
    have = set(q.terms) | set(q.search_terms)
    wn = wordnet()
    # (by any of its names: "according to CPW" of "Continental Press Wire" credited "CPW" elsewhere)
    found = [
        (len(toks), name)
        for name, own in known.tokens.items()
        for written, toks in ((name, own), *known.others.get(name, ()))
        if toks <= have and not any(_another_word(t, written, q, ctx, wn) for t in toks)
    ]
    if found:
        return max(found, key=lambda f: f[0])[1]
    # the outlet's initials, which its articles need not write ("what did ncpr report" of "New Calder
    # Public Radio"): a word of the question no article holds
    initialled = [name for name in known.docs if (i := initials(name)) in have and not ctx.scorer.df(i)]
    if len(initialled) == 1:
        return initialled[0]
    # a part of one outlet's name that no article's text writes ("the BBC" for "BBC Yorkshire"), or that
    # only its own articles write, a name no English word ("told KPNW", "data compiled by AeroWire": an
    # outlet names itself): the question can mean only that outlet (a word other outlets write may be
    # what they are about, and "news" of "BBC News" is any news)
    partial = [
        name
        for name, toks in known.tokens.items()
        if not _names_place(toks & have, name, known, ctx)
        and not any(_another_word(t, name, q, ctx, wn) for t in toks & have)
        and any(
            not ctx.scorer.df(t)
            or (
                not (wn is not None and wn.known(q.term_words.get(t, t)))
                and _written_only_by(t, known.docs[name], ctx)
            )
            or (wn is not None and _english(q.term_words.get(t, t), wn) and _written_as_name(t, ctx))
            for t in toks & have
        )
    ]
    return partial[0] if len(partial) == 1 else None


#: a word of an outlet's name ("Courier-Post", "O'Neill's")
_NAME_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _another_word(term: str, name: str, q: QuestionInfo, ctx: AnswerContext, wn: WordNet | None) -> bool:
    """Whether the question's word for an outlet's name's term is another English word than the name's,
    sharing only its stem ("this week" and "Rail Weekly", "a post" and "Harbor Post" are one word): both
    words WordNet knows, neither a form of the other."""
    asked = q.term_words.get(term, "").lower()
    if wn is None or not asked or not wn.known(asked):
        return False
    for word in _NAME_WORD.findall(name):
        low = word.lower()
        if term not in ctx.tokenizer.tokens(word) or low == asked or not wn.known(low):
            continue
        if not {lemma for _, lemma in wn.lemmas(asked)} & ({lemma for _, lemma in wn.lemmas(low)} | {low}):
            return True
    return False


def _names_place(matched: frozenset[str], name: str, known: Outlets, ctx: AnswerContext) -> bool:
    """Whether the words of an outlet's name a question holds are the name of what the outlet is named
    for ("Marlow Falls" of the "Marlow Falls Courier"), not the outlet: all of them but its last word
    (which says what kind of outlet it is, and names it alone: "the Courier"), held together by an
    article of another outlet ("residents of Marlow Falls") or written as a place in any sentence
    (``_written_as_place``). Read from the document index, at most ``outlet_name_rows`` articles."""
    words = name.split()
    last = frozenset(ctx.tokenizer.tokens(words[-1])) if words else frozenset()
    scorer = ctx.doc_scorer
    if not matched or matched & last or scorer is None or not ctx.doc_rows:
        return False
    ids, own = _doc_ids(ctx), set(known.docs[name])
    if any(
        ids[h.index] not in own and matched <= document_terms(ctx, ids[h.index])
        for h in scorer.top_k(sorted(matched), WEIGHTS.outlet_name_rows)
    ):
        return True
    return _written_as_place(words, ctx)


#: the prepositions a place follows (``PLACE_PREPOSITIONS``: "a teacher from Dunmore"; and "of",
#: "residents of Kirkdal"), not an outlet's short name ("told Channel 6")
_PLACE_PREPOSITIONS = "|".join(sorted(PLACE_PREPOSITIONS | {"of"}))


def _written_as_place(words: list[str], ctx: AnswerContext) -> bool:
    """Whether a sentence writes the words an outlet is named for as a place, after a preposition of
    place and without the word naming the outlet's kind after them ("a teacher from Dunmore" in the
    Dunmore Courier's own story, not "told Channel 6"): the local paper writes about its town, and a
    question's "from dunmore" is the town (its articles are searched by that word all the same). Read
    from at most ``outlet_name_rows`` sentences, once per engine for an outlet's name (every question
    naming the outlet asks it)."""

    def read() -> bool:
        place = r"\s+".join(re.escape(w) for w in words[:-1])
        written = re.compile(
            rf"\b(?:{_PLACE_PREPOSITIONS})\s+{place}\b(?!\s+{re.escape(words[-1])}\b)", re.IGNORECASE
        )
        terms = sorted({t for w in words[:-1] for t in ctx.tokenizer.tokens(w)})
        return bool(terms) and any(
            not (s := ctx.sentences[h.index]).heading and written.search(s.text)
            for h in ctx.scorer.top_k(terms, WEIGHTS.outlet_name_rows)
        )

    return ctx.remembered("written_as_place", tuple(words), read)


def initials(name: str) -> str:
    """An outlet's initials, lowercased, of the words of its name past a leading "The" and but its
    function words ("New Calder Public Radio" -> "ncpr", "The Spokane Herald" -> "sh"); none for a
    name of one word."""
    words = [w for w in _NAME_WORD.findall(name) if w.lower() not in STOP_WORDS]
    return "".join(w[0] for w in words).lower() if len(words) > 1 else ""


def _english(word: str, wn: WordNet) -> bool:
    """Whether a word is an English word WordNet knows, not as a name only ("ledger"; not "Kyiv")."""
    return wn.known(word) and not wn.proper(word)


def _written_as_name(term: str, ctx: AnswerContext) -> bool:
    """Whether the articles write a word of an outlet's name that is an English word (``_english``: a
    place's name, "Kyiv", is capitalised anyway, and names a topic as often) only as a name, capitalised
    inside their sentences ("an internal memo seen by the Ledger"), never as the English word it also is ("a
    ledger of payments"): there it is the outlet's short name, as the question uses it. Read from at
    most ``outlet_name_rows`` sentences (a word many write is read as a word)."""
    n = ctx.scorer.df(term)
    if not 0 < n <= WEIGHTS.outlet_name_rows:
        return False
    seen = False
    for h in ctx.scorer.top_k([term], n):
        s = ctx.sentences[h.index]
        if s.heading:
            continue  # (a headline capitalises its every word)
        for m in re.finditer(r"[\w'’-]+", s.text):
            if ctx.tokenizer.tokens(m.group(0)) != [term]:
                continue
            if m.start() == 0 or not m.group(0)[:1].isupper():
                return False  # a sentence's first word is capitalised anyway; a small one is the word
            # the name's last word ("seen by the Ledger"), not a word of a longer one ("New Calder law":
            # a place's name, whichever outlet's name also holds it)
            seen = seen or not re.match(r"\s+[A-Z]", s.text[m.end() :])
    return seen


def _written_only_by(term: str, docs: Sequence[str], ctx: AnswerContext) -> bool:
    """Whether only ``docs`` (an outlet's articles) hold ``term``, read from the document index: no
    more of them than the outlet has, so the look-up is as small as the outlet's share."""
    scorer = ctx.doc_scorer
    if scorer is None or not ctx.doc_rows:
        return False
    n = scorer.df(term)
    if not 0 < n <= len(docs):
        return False
    ids, own = _doc_ids(ctx), set(docs)
    return all(ids[h.index] in own for h in scorer.top_k([term], n))


def _article_word(word: str) -> bool:
    """Whether a word only says a question asks about an article: one of ``ARTICLE_WORDS`` or a kind of
    one by WordNet ("columnist" a journalist, "essayist" a writer, "editorial" an article): "what does
    the Times columnist think" asks what the Times' articles say."""
    if word in ARTICLE_WORDS:
        return True
    wn = wordnet()
    return wn is not None and not wn.broader(word).isdisjoint(ARTICLE_WORDS)


def without_outlet(
    q: QuestionInfo,
    outlet: str | None,
    ctx: AnswerContext,
    naming: frozenset[str] = frozenset(),
    of_outlets: bool = False,
) -> QuestionInfo:
    """The question without the outlet's name, the words naming the article's kind (``naming``) and
    the words that only say it asks about an article: what is left is what the article is about. A
    question asking which outlets gave a figure (``of_outlets``) drops the word for it (``figure_of``)."""
    drop = set(outlets(ctx).words(outlet)) | {initials(outlet)} if outlet else set()
    drop |= naming | _kinds_verb(q, naming, ctx)
    drop |= {t for t in q.terms if _article_word(q.term_words.get(t, t))} | _numbers_kind(q, ctx)
    if of_outlets:  # "which outlets reported evacuee numbers": the figure of evacuees, wherever stated
        drop |= figure_of(q, ctx)[0]
        if (m := _OUTLETS.search(fold(q.text).lower())) is not None and m.group("noun"):
            # "which news outlets are covering": the words naming the outlets and their reporting, no
            # topic of theirs
            drop |= set(ctx.tokenizer.tokens(f"{m.group('noun')} {m.group('verb') or ''}"))
    terms = [t for t in q.terms if t not in drop]
    words = [w for w in q.words if not (set(ctx.tokenizer.tokens(w)) & drop)] or q.words
    bridges = {t: b for t, b in q.bridges.items() if t not in drop}
    if outlet:
        # the outlet's name is no part of what is asked: "according to Gulf Coast Wire how much oil"
        # asks an amount of oil, where "wire" (a money transfer) read as the question's would ask money
        named = set(outlets(ctx).words(outlet))
        text = " ".join(w for w in q.text.split() if not set(ctx.tokenizer.tokens(w)) & named)
        q = replace(q, measure=measure(text, words, asked_sentence(text)))
    return replace(
        q,
        terms=terms,
        words=words,
        entity_terms=q.entity_terms - drop,
        bridges=bridges,
    )


def _kinds_verb(q: QuestionInfo, naming: frozenset[str], ctx: AnswerContext) -> set[str]:
    """The terms of the verb whose subject is the article a question names by its kind ("what does the
    op-ed think of the ban", "what does the opinion piece say about the mayor"): it only asks what the
    article writes, in words it need not use; what follows is what it writes about. Kept when nothing
    follows ("what does the op-ed argue": a digest of the piece is asked)."""
    wn = wordnet()
    if not naming or wn is None:
        return set()
    words = _question_words(q)
    last = max((i for i, w in enumerate(words) if naming & set(ctx.tokenizer.tokens(w))), default=-1)
    if last < 0 or last + 2 >= len(words):
        return set()
    verb = words[last + 1]
    toks = {t for t in ctx.tokenizer.tokens(verb) if t in q.terms}
    if not toks or not any(pos == "v" for pos, _ in wn.lemmas(verb)) or toks == set(q.terms) - naming:
        return set()
    return toks


#: nouns that only say a number is one ("the 38,000 figure", "the $4 million estimate"), which the article
#: giving it need not write; any other noun after a number says what it counts ("the 2015 flood")
FIGURE_WORDS = frozenset(
    "figure figures number numbers estimate estimates count counts total totals tally tallies statistic "
    "statistics stat stats projection projections forecast forecasts".split()
)


def _numbers_kind(q: QuestionInfo, ctx: AnswerContext) -> set[str]:
    """The terms of the words a question writes right after one of its figures that only say it is a
    number (``FIGURE_WORDS``): the figure itself names what is asked about."""
    words = q.text.split()
    out: set[str] = set()
    for before, word in pairwise(words):
        if word.strip("?.,!;:").lower() not in FIGURE_WORDS:
            continue
        if any(ch.isdigit() for ch in before) and any(t in q.terms for t in ctx.tokenizer.tokens(before)):
            out.update(t for t in ctx.tokenizer.tokens(word) if t in q.terms)
    return out


def describe(doc: Document) -> str:
    """How an answer names an article: its title in quotation marks and its outlet."""
    m = doc.meta
    title = f"\u201c{m.title}\u201d" if m.title else "The article"
    return f"{title} ({m.source})" if m.source else title


def _when(d: date) -> str:
    return f"{d.day} {d.strftime('%B %Y')}"


def _covering(
    q: QuestionInfo, listed: set[str], topic: bool, figures_asked: set[str], ctx: AnswerContext
) -> dict[str, tuple[str, str]]:
    """The outlets not ``listed`` with an article on what the question names, each with that article
    and its sentence holding the most of the question's words: an article whose text and headline
    hold every one of them (in some spelling) is on it, though no one sentence of it holds them all
    and none ranks among the best sentences. A word the coverage holds is held as itself, not by a
    synonym (which counts for it in a sentence at a discount): a whole article holds some word of
    another of its senses ("caused" of "cause", a synonym of "lawsuit"). Where the question names what
    the whole coverage is about (``topic``: "the Tidewater attack" of a coverage of it), an article
    naming its names is: follow-ups tell the story in other words ("Patients sue Tidewater ..." never
    says "attack")."""
    if q.kind == "number" or figures_asked:
        # "which outlets reported how many cases": a sentence giving the count (``answer_about``), not an
        # article naming the cases beside some other figure; and one stating the question's figure
        return {}
    spellings = _spellings(q, ctx)
    if topic and (named := [f for t, f in zip(q.terms, spellings, strict=True) if is_name(q, t)]):
        spellings = named
    if not spellings:
        return {}

    about_words = _about_words(q, ctx)

    def sentence(doc_id: str) -> str | None:
        doc = ctx.documents[doc_id]
        held = document_terms(ctx, doc_id) | title_terms(ctx, doc_id)
        if not all(_holds(held, *f) for f in spellings):
            return None
        if not topic and asks_coverage(q) and not about_it(q, doc_id, about_words, ctx):
            return None  # named in passing (``about_it``)
        first = ctx.rows[(doc_id, 0)]
        rows = [first + j for j in range(len(doc.sentences)) if ctx.quotable[first + j]]
        row = max(rows, key=lambda r: sum(_holds(ctx.terms(r), *f) for f in spellings), default=None)
        return ctx.sentences[row].text if row is not None else _lead(doc)

    return _each_outlets_first(listed, sentence, ctx)


def _each_outlets_first(
    listed: set[str], sentence: Callable[[str], str | None], ctx: AnswerContext
) -> dict[str, tuple[str, str]]:
    """For each outlet not ``listed``, its first article (with sentences) for which ``sentence`` gives one,
    with that sentence."""
    out: dict[str, tuple[str, str]] = {}
    for name, doc_ids in outlets(ctx).docs.items():
        if name in listed:
            continue
        for doc_id in doc_ids:
            if ctx.documents[doc_id].sentences and (text := sentence(doc_id)) is not None:
                out[name] = (doc_id, text)
                break
    return out


def _figure_covering(
    q: QuestionInfo, listed: set[str], counted: str, ctx: AnswerContext
) -> dict[str, tuple[str, str]]:
    """The outlets not ``listed`` with an article about what a "which outlets reported evacuee numbers"
    counts (its headline or lede names it: ``about_it``) that states a figure of it (``_states_figure``),
    each with its first such sentence: an article on the evacuees gives their number in words of its
    own ("had moved 5,100 people off the island"), which no search for "evacuees" finds."""
    spellings = _about_words(q, ctx)

    def sentence(doc_id: str) -> str | None:
        if not about_it(q, doc_id, spellings, ctx):
            return None
        doc, first = ctx.documents[doc_id], ctx.rows[(doc_id, 0)]
        return next(
            (
                s.text
                for j, s in enumerate(doc.sentences)
                if ctx.quotable[first + j] and _states_figure(s.text, counted)
            ),
            None,
        )

    return _each_outlets_first(listed, sentence, ctx)


def _gives(q: QuestionInfo, c: Candidate, asked: set[str], ctx: AnswerContext) -> bool:
    """Whether a sentence gives what a "which outlets reported how many ..." asks: a count of what it
    names (any other question about the outlets asks only that they reported it); and the figure a
    question states, when it states one ("which outlets said the bribes were 85k": "$85,000", not
    another outlet's "$90,000"; ``asked``: the question's, ``_asked_figures``)."""
    if asked and asked.isdisjoint(_digits(f) for f in figures(c.sentence.text)):
        return False
    return q.kind != "number" or answers(q, c, ctx)


#: a number as a sentence writes it, with the words either side of it ("puts the total at 5,900 ...")
_FIGURE_IN = re.compile(
    rf"(?:\b(\w+)\W+)?\b(\d[\d,.]{FIGURE_TAIL}|{SPELLED_NUMBER})\b(?:\W+(\w+))?", re.IGNORECASE
)


def _states_figure(text: str, counted: str) -> bool:
    """Whether a sentence states a figure that is neither a year nor a time ("puts the total at 5,900";
    not "since 2022", "three weeks after", "on 2 November", "at 7:05"): what gives "which outlets reported
    evacuee numbers" its answer. A word of time either side of the number says it dates or spans. A
    figure of people (``counted`` a person: "evacuee") counts people: the noun after it is one ("4,700
    people", "3,800 residents"), or a word for a figure before it says it is the one counted ("puts the
    total at 5,900"), as "eleven extra crossings" is not."""
    wn = wordnet()
    person = wn is not None and wn.sense_classes(counted, "n", 1) == {NOUN_PERSON}
    for m in _FIGURE_IN.finditer(text):
        number = m.group(2)
        if len(number) == 4 and number[:2] in ("19", "20"):
            continue
        if re.match(r"\s*[:.]\d", text[m.end(2) :]):  # "7:05", a clock's time
            continue
        if wn is None:
            return True
        if any(w and not w.isdigit() and wn.sense_classes(w, "n", 1) == {NOUN_TIME} for w in m.group(1, 3)):
            continue
        if (
            person
            and not _counts_people(_WORD.findall(text[m.end(2) :])[:3], wn)
            and FIGURE_WORDS.isdisjoint(w.lower() for w in _WORD.findall(text[: m.start(2)])[-3:])
        ):
            continue
        return True
    return False


_WORD = re.compile(r"[A-Za-z]+")


def _counts_people(after: list[str], wn: WordNet) -> bool:
    """Whether the words after a number say it counts people ("4,700 people", "3,800 residents", "some
    200 stranded passengers"): the first of them that is not a modifier ("stranded", "extra") is a
    person's noun (the first WordNet mostly sees as a noun), as "eleven extra crossings" is not."""
    for word in after:
        if word.lower() in PLURAL_NOUNS:
            return True
        if wn.mostly_noun(word):
            return wn.sense_classes(word, "n", 1) == {NOUN_PERSON}
    return False


def figure_of(q: QuestionInfo, ctx: AnswerContext) -> tuple[set[str], str]:
    """The terms of a word that only says a number is asked (``FIGURE_WORDS``) written right after
    another of the question's words, and that word, which names what it counts or measures ("evacuee
    numbers", "a shortfall figure", "the casualty count"): the question asks for a figure of that, and
    the word for a figure is no topic a sentence giving one need write ("The figure would make ..."
    gives none)."""
    words = [w.strip("?.,!;:").lower() for w in q.text.split()]
    for before, word in pairwise(words):
        if word not in FIGURE_WORDS or before in STOP_WORDS or any(ch.isdigit() for ch in before):
            continue
        if any(t in q.terms for t in ctx.tokenizer.tokens(before)) and not _article_word(before):
            return set(ctx.tokenizer.tokens(word)), before
    return set(), ""


def _asked_figures(q: QuestionInfo, ctx: AnswerContext) -> set[str]:
    """The figures a question states, but years ("the 2024 election" names an event, not a claim) and an
    outlet's number ("WPAL News 8")."""
    text = q.text
    for name in outlets(ctx).docs:
        if any(ch.isdigit() for ch in name):
            text = re.sub(re.escape(name), " ", text, flags=re.IGNORECASE)
    return {_digits(f) for f in figures(text) if not (len(f) == 4 and f[:2] in ("19", "20"))}


def _digits(figure: str) -> str:
    """A figure's significant digits ("85" of 85,000 and of chat's "85k"): a question's figure and a
    sentence's compare in any scale."""
    return figure.replace(".", "").rstrip("0") or "0"


#: a question asking which outlets covered a topic (an article about it), not which reported a fact
_ASKS_COVERAGE = re.compile(
    r"\bcover(?:ed|s|ing|age)?\b|\b(?:wr(?:ote|ite|ites|itten)|report(?:ed|s|ing)?)\s+(?:up|about|on)\b",
    re.IGNORECASE,
)


def asks_coverage(q: QuestionInfo) -> bool:
    """Whether "which outlets" asks who covered a topic ("which outlets covered the vote", "reported on
    the vote"), answered by the articles about it, rather than who reported something ("which outlets
    reported the count"), which one sentence of an article does."""
    return bool(_ASKS_COVERAGE.search(q.text))


def about_it(
    q: QuestionInfo,
    doc_id: str,
    spellings: Sequence[tuple[frozenset[str], frozenset[str]]],
    ctx: AnswerContext,
) -> bool:
    """Whether an article is about what the question names (each of its words ``spellings``): its
    headline or lede (its first ``about_lead`` sentences: news states its subject there) holds each
    word, else ``about_sentences`` of its sentences do and a larger share of them than of the whole
    coverage's sentences (learned per corpus: a word the whole coverage repeats says no more of one
    article). An article mentioning it once in passing ("would pack the council chamber on the night of
    the vote", in a piece on a fan group) did not cover it."""
    doc = ctx.documents[doc_id]
    first = ctx.rows[(doc_id, 0)]
    rows = [first + j for j in range(len(doc.sentences)) if not doc.sentences[j].heading]
    # (a correction notice put above the story is no part of its lede)
    notices = _notice_paragraphs(doc)
    story = [r for r in rows if doc.sentences[r - first].paragraph not in notices] or rows
    lead = title_terms(ctx, doc_id).union(*(ctx.terms(r) for r in story[: WEIGHTS.about_lead]))
    derived: frozenset[str] | None = None  # what the headline's words derive, read once if needed
    total = len(ctx.sentences) or 1
    for spelled, phrase in spellings:
        if _holds(lead, spelled, phrase):
            continue
        if derived is None:
            derived = _headline_derived(doc.meta.title or "", ctx)
        if not spelled.isdisjoint(derived):
            continue
        held = sum(_holds(ctx.terms(r), spelled, phrase) for r in rows)
        rate = max((ctx.scorer.df(t) for t in spelled), default=0) / total
        if held < WEIGHTS.about_sentences or held <= rate * len(rows):
            return False
    return True


def about_in_variants(q: QuestionInfo, doc_id: str, ctx: AnswerContext) -> bool:
    """Whether an article is about what a question searching its terms' variants names (``about_it``,
    each word in its search's spellings): "ordered" in the lede of a piece on a court's order is the
    "injunction" asked about; "seen" in one sentence of a piece on mortgages is no "hearing"."""
    return about_it(q, doc_id, _about_words(q, ctx), ctx)


def _headline_derived(headline: str, ctx: AnswerContext) -> frozenset[str]:
    """The index terms of the words WordNet relates to a headline's words, read from the headline's side
    ("Residents sue the utility": "sue" derives "lawsuit", though "lawsuit" lists no "sue")."""
    wn = wordnet()
    if wn is None or not headline:
        return frozenset()
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", headline) if len(w) > 2} - STOP_WORDS
    return ctx.tokenizer.term_set(" ".join(r for w in sorted(words) for r in wn.related(w)))


def _notice_paragraphs(doc: Document) -> set[int]:
    """The paragraphs of an article holding a correction notice (a notice is a paragraph of its own:
    "Correction: ... It was $4.5 million, not $45 million.")."""
    return {s.paragraph for s in retracting_sentences(doc)}


def _holds(terms: frozenset[str], spelled: frozenset[str], phrase: frozenset[str]) -> bool:
    """Whether terms hold a word in one of its spellings (an acronym's words only all together)."""
    return not terms.isdisjoint(spelled) or bool(phrase and phrase <= terms)


def _spellings(q: QuestionInfo, ctx: AnswerContext) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Each question term's spellings the coverage may write it in (itself, its searched spelling, else
    its variants; where a topic's coverage is asked, ``asks_coverage``, a word that is no name in its own
    forms too, ``word_family``, no synonyms; and for a word that is no name the heads of WordNet's
    compounds it leads that are things of its own kind: a "takeover bid" is an act as a takeover is, so
    an article on Brightwater's "bid" for Tessaro covered the takeover; "hearing aid", a device, says
    nothing of a hearing), and the words of an acronym's name, which hold it only together ("Federal
    Trade Commission" for "FTC": "trading" alone is not it). Worked out once per question (an outlets
    question reads them thrice)."""
    got = ctx.memo.get("spellings")
    if isinstance(got, tuple) and got[0] is q:
        return list(got[1])
    wn = wordnet()
    covering = asks_coverage(q)
    out = []
    for t in q.terms:
        b = q.bridges.get(t)
        spelled = {
            t,
            *(b.search if b is not None else ()),
            *(b.variants if b is not None and not b.search else ()),
        }
        word = q.term_words.get(t, t).lower()
        if covering and not is_name(q, t):
            # the word's own forms, irregular ones too ("withdrew", "withdrawn" of "withdrawals"): an
            # article on the withdrawals may say only that lenders withdrew their deals. Only for a
            # topic covered: a fact reported ("reported the leak to traders") is held as it is stated
            spelled.update(k for form in sorted(word_family(word)) for k in ctx.tokenizer.term_set(form))
        if wn is not None and not is_name(q, t) and (kind := wn.sense_classes(word, "n", 1)):
            heads = (h for h in wn.compound_heads(word) if wn.sense_classes(f"{word}_{h}", "n", 1) == kind)
            spelled.update(k for h in heads for k in ctx.tokenizer.term_set(h))
        phrase = b.phrase if b is not None else frozenset()
        out.append((frozenset(spelled) - phrase, phrase))
    ctx.memo["spellings"] = (q, tuple(out))
    return out


def _about_words(q: QuestionInfo, ctx: AnswerContext) -> list[tuple[frozenset[str], frozenset[str]]]:
    """The spellings of the words an article must be about to have covered what a question names: its
    names when it has any (an article headlined on them tells their story, whatever its other words:
    "Brackwell warehouse site to reopen" of "the Brackwell fire"), else all its words."""
    spellings = _spellings(q, ctx)
    named = [f for t, f in zip(q.terms, spellings, strict=True) if is_name(q, t)]
    return named or spellings


def answer_about(
    question: str,
    kind: MetaKind,
    q: QuestionInfo,
    cands: Sequence[Candidate],
    ctx: AnswerContext,
    topic: bool = False,
    of_kind: Sequence[str] | None = None,
) -> Answer | str:
    """The answer to a question about the articles (their author, date or outlets), each named
    article cited with its sentence that matched; or why it cannot be answered. ``topic``: the question
    names what the whole coverage is about (``_covering``). ``of_kind``: the articles of the kind the
    question names ("which outlet ran a live blog on X"), the only ones whose outlets answer it: another
    outlet's report on X is no live blog."""
    topical = [c for c in cands if c.coverage >= WEIGHTS.abstain_coverage and c.names >= WEIGHTS.min_names]
    if not topical:
        return "no article matches what the question describes"
    best = topical[0]
    if kind == "outlets":
        # every outlet with an article on it, each by its best sentence: a sentence scoring below another
        # outlet's best still shows the outlet reported it (a score tells how well, not whether)
        chosen: dict[str, Candidate] = {}
        figures_asked = _asked_figures(q, ctx)
        counted = figure_of(q, ctx)[1]
        by_doc = outlet_of(ctx)
        for c in topical:
            outlet = by_doc.get(c.sentence.doc_id)
            if (
                c.names >= 1.0
                and c.relation >= WEIGHTS.min_relation
                and outlet
                and _gives(q, c, figures_asked, ctx)
                and (not counted or _states_figure(c.sentence.text, counted))
            ):
                chosen.setdefault(outlet, c)
        if not topic and asks_coverage(q):
            # an outlet covered it when its article is about it, not when one sentence names it in passing
            # (one that "reported" a figure did so in a sentence); a question naming a statement no
            # article's lede may hold keeps the outlets whose sentence states it
            spellings = _about_words(q, ctx)
            about = {n: c for n, c in chosen.items() if about_it(q, c.sentence.doc_id, spellings, ctx)}
            chosen = about or chosen
        quotes = {name: (c.sentence.doc_id, c.sentence.text) for name, c in chosen.items()}
        if counted:  # "which outlets reported evacuee numbers": a sentence stating one, not an article
            quotes |= _figure_covering(q, set(quotes), counted, ctx)
        else:
            quotes |= _covering(q, set(quotes), topic, figures_asked, ctx)
            # an article on it by its headline alone is cited by its lead, not by a line holding none of
            # the question's words ("Yes.", an explainer's reply under "Will I get compensation?")
            spellings = _spellings(q, ctx)
            quotes = {
                name: (d, t)
                if any(_holds(ctx.tokenizer.term_set(t), *f) for f in spellings)
                else (d, _lead(ctx.documents[d]))
                for name, (d, t) in quotes.items()
            }
        if of_kind is not None:
            quotes = {name: (d, t) for name, (d, t) in quotes.items() if d in of_kind}
        if not quotes:
            # (say that the outlets are unnamed only when an article without one would have answered)
            unnamed = any(
                not by_doc.get(c.sentence.doc_id)
                and c.names >= 1.0
                and c.relation >= WEIGHTS.min_relation
                and _gives(q, c, figures_asked, ctx)
                for c in topical
            )
            return "the coverage does not name the outlets of the articles that match" if unnamed else ""
        return _reported_by(question, q, quotes, ctx, best)
    # "who wrote about the passengers": of the near-best sentences' articles and of those holding as much
    # of the question, the one whose headline says it is about that, else whose lead does (news states
    # its subject there: "Residents sue ..." over "A lawsuit filed Monday ..."); a sentence of another
    # article may hold the words as well, in passing, and score higher for it
    near = WEIGHTS.second_ratio * best.score
    best = max(
        (c for c in topical if c.score >= near or c.coverage >= best.coverage),
        key=lambda c: (
            _terms_held(q, title_terms(ctx, c.sentence.doc_id)),
            _terms_held(q, story_terms(ctx, c.sentence.doc_id)),
        ),
        default=best,
    )
    doc = ctx.documents[best.sentence.doc_id]
    if kind == "author" and not doc.meta.author:
        # "who wrote about the strike?" asks of any article about it: a near-best one that names its author
        near = WEIGHTS.second_ratio * best.score
        credited = next(
            (c for c in topical if c.score >= near and ctx.documents[c.sentence.doc_id].meta.author), None
        )
        if credited is None:
            return f"the coverage does not name the author of {describe(doc)}"
        best, doc = credited, ctx.documents[credited.sentence.doc_id]
    return _of_article(question, kind, q, doc, best.sentence.text, best)


def _reported_by(
    question: str,
    q: QuestionInfo,
    quotes: dict[str, tuple[str, str]],
    ctx: AnswerContext,
    best: Candidate | None,
    verb: str = "Reported by",
) -> Answer:
    """ "Reported by A [1], B [2]" (or "Corrected by ..."): each outlet cited by its article's sentence
    (``quotes``: outlet -> (document id, sentence)). An article whose page names no outlet, taken for its
    author's (``_by_bylines``), does not say that outlet: it is cited for itself and its author ("“Title”
    by Jo Reed, whose page names no outlet [2]"), and the outlet by the author's article that names it
    ("Jo Reed writes for The Daily Star [3]")."""
    citations: list[Citation] = []
    statements: list[Statement] = []

    def cite(doc: Document, quote: str, text: str) -> None:
        citations.append(citation_of(len(citations) + 1, doc, quote))
        statements.append(Statement(text=text, citations=[len(citations)]))

    own = all(ctx.documents[d].meta.source == name for name, (d, _) in quotes.items())
    for name, (doc_id, quote) in quotes.items():
        doc = ctx.documents[doc_id]
        author = doc.meta.author or ""
        if doc.meta.source == name:
            cite(doc, quote, name if own else f"{verb} {name}")
            continue
        cite(doc, quote, f"{describe(doc)} by {author}, whose page names no outlet")
        stating = _authors_outlet_article(author, name, ctx)
        if stating is not None:
            cite(stating, _lead(stating), f"{author} writes for {name}")
    marked = [f"{s.text} [{s.citations[0]}]" for s in statements]
    text = f"{verb} " + ", ".join(marked) + "." if own else ". ".join(marked) + "."
    return answered(question, q, text, statements, citations, best)


def _authors_outlet_article(author: str, outlet: str, ctx: AnswerContext) -> Document | None:
    """An article by ``author`` whose page names ``outlet``: what says the author writes for it."""
    return next(
        (
            d
            for d in ctx.documents.values()
            if d.meta.source == outlet
            and d.sentences
            and d.meta.author is not None
            and d.meta.author.casefold() == author.casefold()
        ),
        None,
    )


def kind_outlets(question: str, q: QuestionInfo, docs: Sequence[str], ctx: AnswerContext) -> Answer | str:
    """The outlets that ran an article of the kind a question names and nothing else of ("which outlet
    ran a live blog?", "which papers ran an editorial?"), each cited by its article's lead."""
    by_doc = outlet_of(ctx)
    quotes: dict[str, tuple[str, str]] = {}
    for d in docs:
        doc = ctx.documents[d]
        if (outlet := by_doc.get(d)) and doc.sentences:
            quotes.setdefault(outlet, (d, _lead(doc)))
    if not quotes:
        return "the coverage does not name the outlets of those articles"
    return _reported_by(question, q, quotes, ctx, None)


def coverage_outlets(question: str, q: QuestionInfo, ctx: AnswerContext) -> Answer | str:
    """The outlets of the whole coverage, for a question asking which outlets covered it and naming no
    topic of its own ("which outlets covered this?", "who reported this story?", "what outlets are in the
    coverage?"): its documents' metadata answer it, each outlet cited by its first article's lead, the
    outlets with the most articles first; past ``_LISTED_OUTLETS`` the rest are counted, not listed."""
    by_doc = outlet_of(ctx)
    counts = Counter(by_doc[d] for d in ctx.documents if d in by_doc and ctx.documents[d].sentences)
    if not counts:
        return "the coverage does not name the outlets of its articles"
    # (most articles first; of equal ones, the coverage's order)
    shown = [name for name, _ in counts.most_common(_LISTED_OUTLETS)]
    # (each cited by its first article with a sentence to quote: a page of headings alone, a gallery's
    # captions' titles, quotes no news; one of its pages all the same if it has no other)
    first = {
        name: min(
            (d for d in ctx.documents if by_doc.get(d) == name and ctx.documents[d].sentences),
            key=lambda d: not _quotable(ctx.documents[d]),
        )
        for name in shown
    }
    got = kind_outlets(question, q, [first[name] for name in shown], ctx)
    rest = len(counts) - len(shown)
    if isinstance(got, str) or rest <= 0:
        return got
    return got.model_copy(update={"answer": f"{got.answer.rstrip('.')}, and {rest} other outlets."})


#: how many outlets a whole-coverage "which outlets covered this" lists by name: more reads as a dump,
#: fewer leaves out outlets with several articles
_LISTED_OUTLETS = 10


def _terms_held(q: QuestionInfo, held: frozenset[str]) -> int:
    """How many of the question's terms ``held`` holds, each as written or in its spelling the coverage
    searches (an acronym's words all together: "chief executive" for "ceo", not "chief" alone)."""
    got = 0
    for t in q.terms:
        b = q.bridges.get(t)
        if t in held or (b is not None and (b.phrase <= held if b.phrase else not held.isdisjoint(b.search))):
            got += 1
    return got


#: a question naming an outlet's pieces in the plural ("who wrote the Ledger Post articles"): it asks
#: of each of them
_PLURAL_PIECES = re.compile(
    r"\b(?:articles|stories|pieces|reports|columns|op-?eds|editorials)\b", re.IGNORECASE
)
#: the most articles such a question is answered with, each its own line; more would bury the answer
_LISTED_PIECES = 6


#: "who reports for KTAB", "who writes for the Ledger": an outlet's writers, not the author of one piece
_OUTLET_WRITERS = re.compile(r"\bwho (?:writes|reports|works) for\b", re.IGNORECASE)


def asks_outlet_writers(question: str) -> bool:
    """Whether a question asks who writes for an outlet: its bylines answer it, whether or not a sentence
    of its articles writes the verb ("reports")."""
    return _OUTLET_WRITERS.search(question) is not None


def only_article(
    question: str,
    kind: MetaKind,
    q: QuestionInfo,
    docs: Sequence[str],
    ctx: AnswerContext,
    of_outlet: bool = True,
) -> Answer | str:
    """A question about an outlet's article (or an article of a kind) that names nothing else ("who
    wrote the City Post story?"): the answer when the outlet has one article in the coverage, or, for
    its author, when one author wrote all of them (each cited); else which one is meant is unknown.
    ``of_outlet``: ``docs`` are an outlet's articles, not those of a kind the question names ("who wrote
    the opinion column about the budget", whose topic no article writes in any form): a few pieces of
    that kind are each told with its author and headline, which say what each is about, so the reader
    tells which is meant; none is taken for the one asked about."""
    if kind in ("outlets", "writes_for"):
        return "the question names no article"
    texts = [ctx.documents[d] for d in docs if ctx.documents[d].sentences]
    writers = kind == "author" and asks_outlet_writers(question)
    if writers:  # "who reports for KTAB": whoever its bylines credit, each by a piece of theirs
        texts = [d for d in texts if d.meta.author][:_LISTED_PIECES]
    authors = {d.meta.author for d in texts}
    every = (
        writers
        or len(authors) == 1
        or ((_PLURAL_PIECES.search(question) is not None or not of_outlet) and len(texts) <= _LISTED_PIECES)
    )
    if kind == "author" and (len(texts) > 1 or (writers and texts)) and every and None not in authors:
        # "who wrote the Herald story?" of two Herald stories by one reporter: that reporter, either way;
        # "who wrote the Herald articles?": each one's author
        citations = [citation_of(n + 1, doc, _lead(doc)) for n, doc in enumerate(texts)]
        statements = [
            Statement(text=f"{doc.meta.author} wrote {describe(doc)}.", citations=[n + 1])
            for n, doc in enumerate(texts)
        ]
        text = " ".join(f"{st.text} [{st.citations[0]}]" for st in statements)
        return answered(question, q, text, statements, citations, None)
    if len(docs) != 1:
        whose = "from that outlet" if of_outlet else "of that kind"
        return f"the coverage has {len(docs)} articles {whose}; say what the one you mean is about"
    doc = ctx.documents[docs[0]]
    if not doc.sentences:
        return f"{describe(doc)} has no text to cite"
    return _of_article(question, kind, q, doc, _lead(doc), None)


def _of_article(
    question: str, kind: MetaKind, q: QuestionInfo, doc: Document, quote: str, best: Candidate | None
) -> Answer | str:
    """One article's author, date or headline, cited to it with ``quote`` (a sentence of it)."""
    if kind == "headline":
        if not doc.meta.title:
            return f"the coverage does not give the headline of {describe(doc)}"
        of = f"the article in {doc.meta.source}" if doc.meta.source else "the article"
        text = f"The headline of {of} is \u201c{doc.meta.title}\u201d."
        # the headline itself is quoted where the page writes it as text; a title from elsewhere (a
        # file's metadata) is stated, and the sentence that matched is quoted
        quote = next((s.text for s in doc.sentences[:3] if s.heading and s.text == doc.meta.title), quote)
    elif kind == "author":
        if not doc.meta.author:
            return f"the coverage does not name the author of {describe(doc)}"
        text = f"{doc.meta.author} wrote {describe(doc)}."
    else:
        if doc.meta.published is None:
            return f"the coverage does not date {describe(doc)}"
        text = f"{describe(doc)} was published on {_when(doc.meta.published)}."
    citation = citation_of(1, doc, quote)
    return answered(question, q, f"{text} [1]", [Statement(text=text, citations=[1])], [citation], best)


# --------------------------------------------------------------------------- an article by its title


def with_titles(ctx: AnswerContext) -> AnswerContext:
    """The context with each sentence's terms taken together with its article's title: a question
    about an article ("who wrote about the floods?") names it by what it is about, which its headline
    may say and none of its sentences ("Floods swamp the harbour district")."""
    own, sentences = ctx.terms, ctx.sentences

    def terms(row: int) -> frozenset[str]:
        return own(row) | title_terms(ctx, sentences[row].doc_id)

    return replace(ctx, terms=terms)


def titled(q: QuestionInfo, ctx: AnswerContext) -> QuestionInfo:
    """The question with the words only headlines hold searched as they are: the sentence index does
    not know them, so bridging took them for words the coverage lacks, but an article's title has them."""
    if ctx.doc_scorer is None:
        return q
    doc_scorer = ctx.doc_scorer
    known = {
        t for t, b in q.bridges.items() if b.standing != "known" and not b.search and doc_scorer.df(t) > 0
    }
    return replace(q, bridges={t: b for t, b in q.bridges.items() if t not in known}) if known else q


def _doc_ids(ctx: AnswerContext) -> list[str]:
    """The document index's rows -> document ids (worked out once per engine)."""
    got = ctx.memo.get("doc_ids")
    if isinstance(got, list):
        return got
    ids = [""] * len(ctx.doc_rows)
    for doc_id, row in ctx.doc_rows.items():
        ids[row] = doc_id
    ctx.memo["doc_ids"] = ids
    return ids


def title_hits(q: QuestionInfo, ctx: AnswerContext, hits: list[Hit], docs: list[str] | None) -> list[Hit]:
    """``hits`` with the first quotable sentence of each of the documents that best match the question
    as wholes, titles included (the document index holds their titles): the article a question names
    by its headline's words. Ranked after the sentences' own hits; from ``docs`` only when given, and
    then ranked among them: "which outlet ran a live blog on the disaster" names its article by a word
    that heads it ("LIVE: Ferry disaster ...") and that five other articles' texts write more often."""
    if ctx.doc_scorer is None or not ctx.doc_rows:
        return hits
    ids, keep = _doc_ids(ctx), set(docs) if docs is not None else None
    seen = {h.index for h in hits}
    floor = min((h.score for h in hits), default=0.0)
    more: list[Hit] = []
    if keep is None:
        best = ctx.doc_scorer.top_k(q.search_terms, WEIGHTS.title_documents)
    else:
        rows = np.array(sorted(ctx.doc_rows[d] for d in keep if d in ctx.doc_rows), dtype=np.int64)
        scored = ctx.doc_scorer.score_rows(q.search_terms, rows) if len(rows) else None
        best = ranked(rows, scored, WEIGHTS.title_documents) if scored is not None else []
    for h in best:
        doc_id = ids[h.index]
        doc = ctx.documents.get(doc_id)
        if doc is None or not doc.sentences:
            continue
        first = ctx.rows[(doc_id, 0)]
        row = next((first + j for j in range(min(len(doc.sentences), 3)) if ctx.quotable[first + j]), None)
        if row is not None and row not in seen:
            seen.add(row)
            more.append(Hit(row, floor))
    return [*hits, *more]


# --------------------------------------------------------------------------- who writes for whom


def writes_for(question: str, q: QuestionInfo, ctx: AnswerContext) -> Answer | str | None:
    """The outlet(s) the author a question names writes for, from the articles the coverage credits to
    them, each outlet cited by one of those articles; None when no article is credited to that name
    (the question is then answered as any other: it may be about someone the articles mention)."""
    m = _WRITES_FOR.search(fold(question))
    if m is None:
        return None
    asked = next(g for g in m.groups() if g)
    name = frozenset(ctx.tokenizer.tokens(asked))
    if not name:
        return None
    by: dict[str, list[str]] = {}
    for person, (toks, doc_ids) in _credits(ctx).items():
        if toks <= name or name <= toks:
            by[person] = doc_ids
    if not by:
        return None
    author = max(by, key=lambda a: len(by[a]))
    outlets: dict[str, Document] = {}
    for doc_id in by[author]:
        doc = ctx.documents[doc_id]
        if doc.meta.source and doc.sentences:
            outlets.setdefault(doc.meta.source, doc)
    if not outlets:
        return f"the coverage does not name the outlet of {author}'s articles"
    citations = [citation_of(n + 1, doc, _lead(doc)) for n, doc in enumerate(outlets.values())]
    statements = [
        Statement(text=f"{author} writes for {o}.", citations=[n + 1]) for n, o in enumerate(outlets)
    ]
    if len(outlets) == 1:
        text = f"{author} writes for {next(iter(outlets))} [1]."
    else:
        named = [f"{o} [{i + 1}]" for i, o in enumerate(outlets)]
        text = f"{author}'s articles in the coverage are from {', '.join(named[:-1])} and {named[-1]}."
    return answered(question, q, text, statements, citations, None)


def byline_person(question: str, ctx: AnswerContext) -> Answer | None:
    """ "Who is Samuel Okafor?" of someone the articles never mention but the coverage credits with
    articles: a reporter, who wrote them (each named and cited, the outlet with it). None when the name is
    no credited author's, or when a sentence writes it (what the articles say of someone they name tells
    who that is; a byline may share a name with someone in the news). A sentence writing a part of it
    ("Priya Nandakumar" for "Priya Venkataraman") is about someone else."""
    words = who_is_words(question)
    name = frozenset(t for w in words for t in ctx.tokenizer.tokens(w))
    if not name:
        return None
    by = {person: doc_ids for person, (toks, doc_ids) in _credits(ctx).items() if toks == name}
    if len(by) != 1:
        return None
    if all(ctx.scorer.df(t) > 0 for t in name) and any(
        name <= ctx.terms(h.index) for h in ctx.scorer.top_k(sorted(name), WEIGHTS.role_mentions)
    ):
        return None
    person, doc_ids = next(iter(by.items()))
    docs = sorted(
        (ctx.documents[d] for d in doc_ids if ctx.documents[d].sentences),
        key=lambda d: (d.meta.published or date.min, d.meta.doc_id),
        reverse=True,
    )[: WEIGHTS.digest_statements]
    if not docs:
        return None
    citations = [citation_of(n + 1, doc, _lead(doc)) for n, doc in enumerate(docs)]
    statements = [
        Statement(text=f"{person} wrote {describe(doc)}.", citations=[n + 1]) for n, doc in enumerate(docs)
    ]
    named = [f"{describe(doc)} [{n + 1}]" for n, doc in enumerate(docs)]
    listed = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}"
    text = f"{person} is credited in the coverage as the author of {listed}."
    return answered(question, analyze(question, ctx.tokenizer), text, statements, citations, None)


def _credits(ctx: AnswerContext) -> dict[str, tuple[frozenset[str], list[str]]]:
    """Each credited author (as the metadata writes them) with their name's terms and their articles,
    read once per engine: a question about one author must not tokenize every article's byline."""
    got = ctx.memo.get("credits")
    if got is not None:
        return cast(dict[str, tuple[frozenset[str], list[str]]], got)
    credits: dict[str, tuple[frozenset[str], list[str]]] = {}
    for doc_id, doc in ctx.documents.items():
        for written in _AUTHORS_SPLIT.split(doc.meta.author or ""):
            person = written.strip()
            toks = frozenset(ctx.tokenizer.tokens(person))
            if toks:
                credits.setdefault(person, (toks, []))[1].append(doc_id)
    ctx.memo["credits"] = credits
    return credits


def _quotable(doc: Document) -> bool:
    """Whether an article has a sentence of its text to quote, not its headings alone."""
    return any(not s.heading for s in doc.sentences)


def _lead(doc: Document) -> str:
    """The sentence an article is cited by when it is cited for its metadata or its lead: its first
    quotable one that is no fragment (a live blog's time stamp, "11:20 a.m.", is an entry's label), nor
    a line about its author ("Gloria Mendez is a former inspector ...", above an opinion piece), nor a
    live page's greeting ("Good morning and welcome to our live coverage of ...": it tells no news), nor
    a correction notice put above the story ("Correction: An earlier version ...": it is not the news)."""
    notices = _notice_paragraphs(doc)
    if notices and 2 * len(notices) >= len({s.paragraph for s in doc.sentences if not s.heading}):
        # a correction printed on its own: its first notice, with what it puts right, is its news (its
        # other lines are "The Courier-Post regrets the errors.")
        first = min(notices)
        return " ".join(s.text for s in doc.sentences if s.paragraph == first and not s.heading)
    body = [s.text for s in doc.sentences if not s.heading and s.paragraph not in notices]
    body = body or [s.text for s in doc.sentences if not s.heading] or [doc.sentences[0].text]
    return next(
        (
            t
            for t in body
            if len(t.split()) >= WEIGHTS.short_words and not _about_author(doc, t) and not greets_readers(t)
        ),
        body[0],
    )


def latest(question: str, q: QuestionInfo, ctx: AnswerContext) -> Answer | str:
    """ "What's the latest?" with no topic: the leads of the newest articles, newest first, each cited to
    its article (one per headline: outlets' copies of one story are one story). An undated coverage
    cannot tell what is latest: the reason it is declined, as a str."""
    memo = ctx.memo.get("newest")
    got: list[str] = memo if isinstance(memo, list) else []
    if not isinstance(memo, list):
        got = _newest([ctx.documents[d] for d in _dated_newest_first(ctx)])
        ctx.memo["newest"] = got  # (worked out once per engine: the corpus does not change under it)
    if not got:
        return (
            "its articles carry no publication dates, so none of them can be told to be the latest: "
            "ask about a topic, such as \u201cwhat's the latest on \u2026\u201d"
        )
    return _leads(question, q, got, ctx)


def _on_topic(doc_id: str, searched: Sequence[frozenset[str]], enough: int, ctx: AnswerContext) -> bool:
    """Whether an article holds ``enough`` of the topic's words (each word any of its forms), its
    headline's words too: "Transit workers ratify contract, ending strike for good" is about the strike
    though its story goes on to say "walkout"."""
    terms = document_terms(ctx, doc_id) | title_terms(ctx, doc_id)
    return sum(not forms.isdisjoint(terms) for forms in searched) >= enough


def _undated_by_id(ctx: AnswerContext) -> list[str]:
    """The ids of every undated article with text, in id order, worked out once per engine (as
    ``_dated_newest_first``): not sorted again for every "what's next"."""
    memo = ctx.memo.get("undated_all")
    if isinstance(memo, list):
        return memo
    order = ctx.memo["undated_all"] = sorted(
        d for d, doc in ctx.documents.items() if doc.meta.published is None and doc.sentences
    )
    return order


def _dated_newest_first(ctx: AnswerContext) -> list[str]:
    """The ids of every dated article with text, newest first (a day's in id order), worked out once per
    engine: the corpus does not change under it."""
    memo = ctx.memo.get("newest_all")
    if isinstance(memo, list):
        return memo
    dated = sorted(
        (d for d in ctx.documents.values() if d.meta.published is not None and d.sentences),
        key=lambda d: (-d.meta.published.toordinal() if d.meta.published else 0, d.meta.doc_id),
    )
    order = ctx.memo["newest_all"] = [d.meta.doc_id for d in dated]
    return order


def topic_latest(
    question: str, q: QuestionInfo, searched: Sequence[frozenset[str]], ctx: AnswerContext
) -> Answer | None:
    """ "What happened in Marlow Falls" where the whole coverage is about Marlow Falls: the leads of the
    newest dated articles holding the topic (half of ``searched``, a word's spellings, one of them, or
    more: each word is the whole coverage's, so an article on "the port strike" that calls it a "dispute"
    is on it), newest first, one per headline. None when the coverage carries no dates or no article
    holds it."""
    if asks_next(question) and (steps := _next_steps(question, q, searched, ctx)) is not None:
        return steps
    held: list[Document] = []
    enough = (len(searched) + 1) // 2
    # newest first, until enough are found (a coverage has thousands)
    for d in _dated_newest_first(ctx)[: WEIGHTS.topic_scan]:
        if _on_topic(d, searched, enough, ctx):
            held.append(ctx.documents[d])
            if len(held) >= 4 * WEIGHTS.digest_statements:
                break
    # the news reports speak for the story: a column's lead is its writer's view, not what happened
    # (an opinion piece still answers when no report holds the topic)
    held = [d for d in held if not d.meta.opinion] or held
    got = _newest(held)
    if got and asks_story(question) and (main := _main_report(held, ctx)) not in got:
        # "summarize the rate decision", "what happened with the ferry": the story's main event before
        # the newest turns (a digest of the newest alone opens with a later turn, a lawsuit or a
        # hearing, as if it were the story)
        got = [main, *got][: WEIGHTS.digest_statements]
    return _leads(question, q, got, ctx) if got else None


#: a sentence telling of what is planned or due: a future tense or a plan, schedule or time ahead
#: ("will remain acting mayor until a special election", "is due to rule", "plans to appeal", "next
#: week"); not a mere possibility ("could", "may") or a condition, which tells no next step
_AHEAD = re.compile(
    rf"\b(?:{SURE_FUTURE}|going to|due to|set to|scheduled|upcoming|(?:expected|vowed|promised) to|"
    r"next (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|step))\b",
    re.IGNORECASE,
)
_CONDITION = re.compile(r"^\W*(?:if|unless|should)\b", re.IGNORECASE)
#: a step not yet settled ("has not said whether she will run", ``lexicon.UNSETTLED``) or another's words
#: ("'The court will do its job.'"), which set no next step the coverage reports
_UNSETTLED = re.compile(rf"{UNSETTLED}|^\W*[\"\u201c\u2018']", re.IGNORECASE)


def _ahead(doc: Document, searched: Sequence[frozenset[str]], ctx: AnswerContext) -> tuple[int, str] | None:
    """An article's sentence telling what is to come (``_AHEAD``; not a condition, "If X resigns, ...",
    nor an open question, "has not said whether she will run", nor a quotation's words) holding the
    most of the topic's words (its first of those), with how many it holds; None when it tells none."""
    best: tuple[int, str] | None = None
    for s in doc.sentences:
        t = s.text
        if (
            s.heading
            or len(t.split()) < WEIGHTS.short_words
            or not _AHEAD.search(t)
            or _CONDITION.match(t)
            or _UNSETTLED.search(t)
        ):
            continue
        terms = ctx.tokenizer.term_set(t)
        held = sum(not forms.isdisjoint(terms) for forms in searched)
        if best is None or held > best[0]:
            best = (held, t)
    return best


def _next_steps(
    question: str, q: QuestionInfo, searched: Sequence[frozenset[str]], ctx: AnswerContext
) -> Answer | None:
    """ "What's next for Brennock": what the articles on the topic say is to come (a special election, a
    council vote next week), not their leads, which tell what has happened: of each article its
    sentence telling of the future that holds the most of the topic's words, those holding the most
    first, then the newest (an undated article's after the dated: it may still be the latest). One per
    headline, at most a digest's worth; None when no article on the topic tells what is to come."""
    enough = (len(searched) + 1) // 2
    dated = _dated_newest_first(ctx)[: WEIGHTS.topic_scan]
    undated = _undated_by_id(ctx)[: WEIGHTS.topic_scan]
    found: list[tuple[int, int, Document, str]] = []
    for at, d in enumerate([*dated, *undated]):
        doc = ctx.documents[d]
        if doc.meta.opinion:
            continue  # a column's "will" is its writer's forecast, not a step anyone has set
        if not _on_topic(d, searched, enough, ctx):
            continue
        got = _ahead(doc, searched, ctx)
        if got is not None:
            found.append((-got[0], at, doc, got[1]))
    found.sort(key=lambda f: (f[0], f[1]))
    said = {doc.meta.doc_id: text for _, _, doc, text in found}
    quotes = [(doc, said[doc.meta.doc_id]) for doc in _one_per_headline(doc for _, _, doc, _ in found)]
    return _quoted(question, q, quotes) if quotes else None


def _main_report(held: Sequence[Document], ctx: AnswerContext) -> str:
    """Of the articles on a topic (``held``, newest first), the earliest whose lead tells enough of
    what the others' headlines and leads tell (the sum, over its lead's terms, of the share of the
    other articles whose headline or lead holds the term; at least ``story_lead_ratio`` of the
    most-told lead's): the first report of the story's main event, not an analysis of a side detail or
    a live page's first entry that happen to come first, nor a later recap of it."""
    tops = {d.meta.doc_id: title_terms(ctx, d.meta.doc_id) | ctx.tokenizer.term_set(_lead(d)) for d in held}
    others = max(1, len(held) - 1)

    def told(doc: Document) -> float:
        own = ctx.tokenizer.term_set(_lead(doc))
        return sum(sum(t in terms for d, terms in tops.items() if d != doc.meta.doc_id) for t in own) / others

    scores = {d.meta.doc_id: told(d) for d in held}
    enough = WEIGHTS.story_lead_ratio * max(scores.values())
    return next(d.meta.doc_id for d in reversed(held) if scores[d.meta.doc_id] >= enough)


def articles_digest(
    question: str, q: QuestionInfo, doc_ids: Sequence[str], ctx: AnswerContext
) -> Answer | str:
    """ "What did the Herald report?", "what does the op-ed argue?" with nothing else asked: what those
    articles (an outlet's, or those of a kind) report, the lead of each, newest first (an undated one
    after the dated: it is theirs all the same), each cited to its article."""
    got = _newest([ctx.documents[d] for d in doc_ids if ctx.documents[d].sentences])
    return _leads(question, q, got, ctx) if got else "the articles it names have no text to quote"


#: the words a question's last word is asked about after, when it is a noun and no verb: "what did
#: Harriet Quayle say about the lease" asks something of her column, "what does the op-ed argue" does not
_ABOUT_NOUN = re.compile(
    r"\b(?:about|on|of|over|regarding|concerning)\s+(?:(?:the|a|an|this|that|his|her|its|their)\s+)?\S+$"
)


def nothing_else_asked(q: QuestionInfo) -> bool:
    """Whether a question naming articles asks nothing else of them: no term is left, or only its last
    word, the verb of "what did the Herald report", "what does the op-ed argue" (not a noun that a
    preposition asks about: "what did she say about the lease")."""
    if not q.terms:
        return True
    text = q.text.rstrip(" ?.!")
    last = text.split()[-1:]
    return (
        len(q.terms) == 1
        and q.kind in ("quote", "what")
        and last == [q.term_words.get(q.terms[0])]
        and not _ABOUT_NOUN.search(text.lower())
    )


def _newest(docs: Sequence[Document]) -> list[str]:
    """The ids of the newest ``docs`` (undated last), one per headline, at most a digest's worth."""
    ordered = sorted(docs, key=lambda d: d.meta.doc_id)
    ordered.sort(key=lambda d: d.meta.published or date.min, reverse=True)  # (stable: a day's in id order)
    return [doc.meta.doc_id for doc in _one_per_headline(ordered)]


def _one_per_headline(docs: Iterable[Document]) -> list[Document]:
    """The first of ``docs`` under each headline (outlets' copies of one story are one story), at most a
    digest's worth."""
    titles: set[str] = set()
    got: list[Document] = []
    for doc in docs:
        title = fold(doc.meta.title or "").casefold()
        if title and title in titles:
            continue
        titles.add(title)
        got.append(doc)
        if len(got) >= WEIGHTS.digest_statements:
            break
    return got


def _leads(question: str, q: QuestionInfo, doc_ids: Sequence[str], ctx: AnswerContext) -> Answer:
    """The lead sentence of each of the articles, in their order, each cited to its article; an opinion
    piece by its call (``_call``), for its lead sets a scene ("Every summer, the utilities tell us ...")
    and its argument is what it says ought to be done."""
    docs = [ctx.documents[d] for d in doc_ids]
    calls = {doc.meta.doc_id: _call(doc) for doc in docs if doc.meta.opinion}
    got = _quoted(question, q, [(doc, calls.get(doc.meta.doc_id) or _lead(doc)) for doc in docs])
    # an opinion piece's headline states its thesis ("Corvane's breach was a choice, not an accident"):
    # told after its call, cited to the piece (a title is not page text, so it is never a quote)
    statements: list[Statement] = []
    for doc, st in zip(docs, got.statements, strict=True):
        statements.append(st)
        if calls.get(doc.meta.doc_id) and doc.meta.title:
            statements.append(
                Statement(text=f"Headline: \u201c{doc.meta.title}\u201d", citations=st.citations)
            )
    if len(statements) == len(got.statements):
        return got
    text = " ".join(f"{st.text} [{st.citations[0]}]" for st in statements)
    return got.model_copy(update={"answer": text, "statements": statements})


#: a sentence saying what ought to be done: a modal of obligation or a need ("Regulators must use the
#: full force of the law", "The city needs an independent ethics office"); not a reproach of the past
#: ("should have shut down"), which calls for nothing
_CALL = re.compile(r"\b(?:should|must|ought\s+to|needs?\s+to|needs)\b(?!\s+(?:not\s+)?have\b)", re.IGNORECASE)
#: a condition in a sentence ("If Reyner cannot say ..., the committee should ask ..."): a call that
#: waits on something is not the piece's own
_CALL_CONDITION = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)
#: a pronoun opening a sentence, which needs the sentence before it to say who
_PRONOUN_OPENS = re.compile(r"^\W*(?:he|she|it|they)\b", re.IGNORECASE)


def _about_author(doc: Document, text: str) -> bool:
    """Whether a sentence names the article's author ("Gloria Mendez is a former inspector ...", the line
    about an opinion piece's writer): no part of what the article tells. The author's whole name as
    words: a short byline, "Al", is no part of "officials"."""
    author = fold(doc.meta.author or "").casefold()
    return bool(author) and re.search(rf"\b{re.escape(author)}\b", fold(text).casefold()) is not None


def _call(doc: Document) -> str | None:
    """An opinion piece's argument: the last of its sentences saying, on no condition, what ought to be
    done (columns build to their call; "The bank should publish how each member voted" over an opening
    scene), with the sentence before it in its paragraph when it opens on a pronoun ("Gov. Okafor has
    promised a review. He should go further ..."); none when no sentence calls for anything. A line about
    the author ("X is a columnist ...") is no part of the argument."""
    body = [s for s in doc.sentences if not s.heading]
    for n in range(len(body) - 1, -1, -1):
        s = body[n]
        if (
            not _CALL.search(s.text)
            or _CALL_CONDITION.search(s.text)
            or _QUOTE_MARKS.search(s.text)
            or _about_author(doc, s.text)
        ):
            continue
        before = body[n - 1] if n > 0 else None
        if _PRONOUN_OPENS.search(s.text) and before is not None and before.paragraph == s.paragraph:
            return f"{before.text} {s.text}"
        return s.text
    return None


#: a quotation mark: a call someone else is quoted making is theirs, not the writer's
_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]")


def _quoted(question: str, q: QuestionInfo, quotes: Sequence[tuple[Document, str]]) -> Answer:
    """Each quote a statement of its own, in their order, cited to its article."""
    citations = [citation_of(n + 1, doc, quote) for n, (doc, quote) in enumerate(quotes)]
    statements = [Statement(text=quote, citations=[n + 1]) for n, (_, quote) in enumerate(quotes)]
    text = " ".join(f"{st.text} [{st.citations[0]}]" for st in statements)
    return answered(question, q, text, statements, citations, None)


#: words asking about a correction whatever else the question says ("what did the Ledger correct", "any
#: corrections?", "was the story retracted")
_CORRECTION_WORDS = re.compile(
    r"\b(?:corrections?|corrected|retract\w*|misreport\w*|misstat\w*)\b|"
    r"\b(?:did|does|do|to|will|had)\s+(?:[\w'’]+\s+){0,3}?correct\b",
    re.IGNORECASE,
)
#: words asking about an error, which ask about the coverage's only when the question names an outlet
#: or its reporting ("did the Tribune get the count wrong", "was the margin reported wrong"; not "what
#: went wrong at the plant", "what did Tesla incorrectly believe")
_ERROR_WORDS = re.compile(r"\b(?:wrong\w*|errors?|erroneous\w*|mistak\w*|incorrect\w*)\b", re.IGNORECASE)
_REPORTING = re.compile(
    r"\b(?:report\w*|articles?|story|stories|coverage|paper|outlets?|misreport\w*)\b", re.I
)


def corrections_asked(
    question: str, q: QuestionInfo, doc_ids: Sequence[str] | None, ctx: AnswerContext, outlets: bool = False
) -> Answer | None:
    """ "Did the Tribune get the vote count wrong?", "what did the Ledger correct?": the correction
    notices of those articles (an outlet's, or all) on what the question names, each with the sentence
    after it in its paragraph (what is right), cited to its article. A notice says "misstated" where the
    question says "wrong": the words asking about a correction are what the notice is, not words it
    must hold. ``outlets``: "which outlet corrected itself" names the outlets, each cited with its
    notice. None when the question asks nothing of a correction or no notice is on its topic."""
    quotes = _correction_quotes(question, q, doc_ids, ctx)
    if not quotes:
        return None
    if not outlets:
        return _quoted(question, q, quotes)
    named: dict[str, tuple[str, str]] = {}
    for doc, quote in quotes:
        named.setdefault(doc.meta.source or "", (doc.meta.doc_id, quote))
    named.pop("", None)
    if not named:
        return None
    return _reported_by(question, q, named, ctx, None, "Corrected by")


def asks_about_correction(question: str, doc_ids: Sequence[str] | None = None) -> bool:
    """Whether a question asks about the coverage's corrections: in words only a correction is ("what did
    the Ledger correct", "any corrections?"), or of an error when it names an outlet (``doc_ids``) or its
    reporting ("did the Tribune get the count wrong"; not "what went wrong at the plant")."""
    return bool(_CORRECTION_WORDS.search(question)) or bool(
        _ERROR_WORDS.search(question) and (doc_ids is not None or _REPORTING.search(question))
    )


def _correction_quotes(
    question: str, q: QuestionInfo, doc_ids: Sequence[str] | None, ctx: AnswerContext
) -> list[tuple[Document, str]]:
    """The correction notices ``corrections_asked`` quotes, each with its article."""
    if not asks_about_correction(question, doc_ids):
        return []  # "what went wrong at the plant" asks about the plant, not about the coverage
    allowed = set(doc_ids) if doc_ids is not None else None
    # (the words asking about a correction, those naming the coverage, "did any outlet correct ...", and
    # the verb of "which outlets issued a correction")
    verb = m.group("verb") if (m := _OUTLETS.search(fold(question).lower())) is not None else None
    framing = set(ctx.tokenizer.tokens(verb)) if verb else set()
    asked = [
        t
        for t in q.terms
        if not ASKS_CORRECTION.search(word := q.term_words.get(t, t))
        and not _article_word(word)
        and t not in framing
    ]
    spellings = [
        frozenset({t, *(b.search if b is not None else ())}) for t in asked for b in (q.bridges.get(t),)
    ]
    named = [f for t, f in zip(asked, spellings, strict=True) if is_name(q, t)]
    quotes: list[tuple[Document, str]] = []
    seen: set[tuple[str, int]] = set()
    for s in sorted(correction_notices(ctx), key=lambda s: (s.doc_id, s.index)):
        doc = ctx.documents[s.doc_id]
        if s.heading or (allowed is not None and s.doc_id not in allowed) or (s.doc_id, s.index) in seen:
            continue
        parts = [s]
        after = doc.sentences[s.index + 1] if s.index + 1 < len(doc.sentences) else None
        if after is not None and not after.heading and after.paragraph == s.paragraph:
            parts.append(after)
        held = title_terms(ctx, s.doc_id).union(*(ctx.terms(ctx.rows[(s.doc_id, p.index)]) for p in parts))
        if spellings and not (
            all(not f.isdisjoint(held) for f in named) and any(not f.isdisjoint(held) for f in spellings)
        ):
            continue  # a notice about something else the outlet got wrong (each name asked, a word more)
        seen.update((s.doc_id, p.index) for p in parts)
        quotes.append((doc, " ".join(p.text for p in parts)))
        if len(quotes) >= WEIGHTS.digest_statements:
            break
    return quotes
