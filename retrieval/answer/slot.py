"""Which of a reply's statements fills the slot a question asks for, so that one leads the reply.

A reader of a chat reply takes its first statement as the answer. The selection rules pick the sentence
that best answers by score; compose then adds further statements that answer nearly as well. Sometimes
the first is on the topic without the asked detail ("Customers filed a class action ..." for "what law
firm filed the class action") while a further one gives it ("... filed by the law firm Hollis Brandt").
The check is the asked slot in the asked relation, not the kind alone: a further sentence's number of
another thing (a fine for "how many years did prosecutors ask for") is no filler of a count of years, nor
is the figure of another noun of the story ("grants of up to $25,000") a size of the fund asked about.
A "who" answered by a role alone ("a contractor who renovated the cabin") is named by the sentence after
(``unnamed_doer``, ``names_doer``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from retrieval.answer.bridge import person_noun, wordnet
from retrieval.answer.complement import asked_completion
from retrieval.answer.question import TYPED_KINDS, QuestionInfo
from retrieval.answer.relation import PERSONS, object_figure
from retrieval.answer.scoring import AnswerContext, Candidate, answers
from retrieval.answer.types import counted_numbers, describes, name_runs, new_names, person_like
from retrieval.answer.weights import WEIGHTS
from retrieval.models import Answer
from retrieval.search.wordnet import VERB_COMMUNICATION


def _slot_test(
    q: QuestionInfo, ctx: AnswerContext, acts: frozenset[str]
) -> Callable[[Candidate], bool] | None:
    """The test of a candidate filling what ``q`` asks for, or None for a question whose slot no
    check reads (a phrase, a quotation, a broad or yes/no question). ``acts``: ``asked_verbs(q)``."""
    if q.phrase:
        return None
    if q.head:
        # "which theatre", "what law firm": a name beside the noun asked for, or one WordNet files as one;
        # or a figure telling which (``tells_which``)
        head = q.head
        return lambda c: c.fills_head or c.names_kind or tells_which(c.sentence.text, head)
    if q.counted:
        # "how many years": a number of the thing counted, not any number the sentence holds
        # (of the noun itself, as a figure: "dozens of families" gives no number of households)
        # (or a bare figure as the asked verb's object: "Millbrook Lane holds 14,200." for "how many fans
        # does Millbrook Lane hold", ``object_figure``)
        return lambda c: (
            bool(counted_numbers(c.sentence.text, q, ctx.tokenizer, WEIGHTS.count_window))
            or object_figure(q, c.sentence.text, ctx.tokenizer)
        )
    sized = sized_noun(q.text)
    if q.kind == "number" and sized is not None:
        # "how big is the relief fund": a figure of the fund ("a $40 million state relief fund"), not another
        # figure of its story ("grants of up to $25,000 per household")
        return lambda c: c.type_score >= 1.0 and sizes(c.sentence.text, sized)
    if q.kind == "reason" or (q.kind in TYPED_KINDS and q.kind != "person"):
        # (not "who": a person may be told without a name, "by a hospital chaplain", which no pattern reads)
        # of the asked act: "owned for 11 years", not "after four months of talks" beside "owner"
        return lambda c: c.type_score >= 1.0 and acts <= ctx.terms(c.row)
    completes = asked_completion(q, ctx.tokenizer) if q.kind == "what" else None
    if completes is not None:
        # "what did police seize": the verb's object ("seized laptops, phones ..."), not the verb's echo
        return lambda c: completes(c.sentence.text)
    return None


#: "how big is the governor's relief fund", "how much was the tax abatement": the size of a thing the
#: question names, its last word (after "is"/"was" and a determiner or a possessor)
_SIZE_OF = re.compile(
    r"^\s*how\s+(?:much|big|large|high|expensive|costly|heavy)\s+(?:is|was|are|were|will\s+be)\s+"
    r"(?:the|a|an|this|that|its|his|her|their|[\w-]+'s)\s+(?:[\w'-]+\s+)*?([a-z-]+)\s*\??\s*$",
    re.IGNORECASE,
)


def sized_noun(question: str) -> str | None:
    """The noun whose size a copular "how much/big ..." question asks ("fund" of "how big is the relief
    fund"), or None for any other question (one with a verb of its own asks the act's figure)."""
    m = _SIZE_OF.match(question)
    return m.group(1).lower() if m else None


#: the words joining a noun to its figure after it: "the fund is worth $40 million", "a fine of $5,000",
#: "the crowd numbered about 3,000", "more than"; not a bound ("every abatement above $1 million") nor
#: another clause
_SIZE_LINK = (
    r"(?:is|was|are|were|will|would|be|been|now|stands|stood|at|of|worth|totals|totalled|totaled|valued"
    r"|numbered|reached|estimated|put|about|around|nearly|almost|roughly|some|approximately|more|than|up|to)"
)


def sizes(text: str, noun: str) -> bool:
    """Whether a sentence gives a figure of ``noun`` (``_sized``, within ``AnswerWeights.count_window``
    words): what "how big is the <noun>" asks, not another figure of its story."""
    return _sized(noun, WEIGHTS.count_window).search(text) is not None


@lru_cache(maxsize=256)
def _sized(noun: str, window: int) -> re.Pattern[str]:
    """A figure of ``noun``: up to ``window`` words before it ("a $40 million state relief fund"), or
    after it joined by a verb of being, "of"/"worth" or a hedge (``_SIZE_LINK``: "the fund is worth $40
    million")."""
    n = re.escape(noun)
    return re.compile(
        rf"\d[\d.,%]*(?:\s+[\w-]+){{0,{window}}}\s+{n}\w*\b|\b{n}\w*(?:\s+{_SIZE_LINK}){{1,4}}\s+[$£€]?\d",
        re.IGNORECASE,
    )


def tells_which(text: str, head: str) -> bool:
    """Whether a sentence tells which of the asked noun it means by a figure: "what pay offer did they
    reject" of "a 4.2 percent pay offer", "which flight" of "flight 370". An offer "from Harlow Buses"
    names who made it (a name beside the noun, which ``fills_head`` reads), not which offer."""
    return _figured(head, WEIGHTS.head_window).search(text) is not None


@lru_cache(maxsize=1024)
def _figured(head: str, window: int) -> re.Pattern[str]:
    """``tells_which``'s pattern for a noun (a figure up to ``window`` words before it, or a number right
    after it), built once per noun: every candidate is asked."""
    noun = re.escape(head)
    return re.compile(
        rf"\d[\d.,%]*(?:\s+[\w-]+){{0,{window}}}\s+{noun}|\b{noun}\w*\s+(?:no\.?\s*)?\d",
        re.IGNORECASE,
    )


def asked_verbs(q: QuestionInfo) -> frozenset[str]:
    """The terms of the question's verbs written in a past or participle form ("filed", "exploded"), which
    WordNet reads as no noun: the act whose doer or object is asked for. A filler must hold each of them
    the first statement holds, or it names something of the asked kind in another act ("the landlord,
    represented by the law firm Dace Morrow" for "what law firm filed the class action")."""
    wn = wordnet()
    if wn is None:
        return frozenset()
    out = set()
    for term, word in q.term_words.items():
        forms = list(wn.lemmas(word))
        if any(pos == "v" and base != word.lower() for pos, base in forms) and all(
            pos != "n" for pos, _ in forms
        ):
            out.add(term)
    return frozenset(out)


def filling_lead(
    q: QuestionInfo, best: Candidate, reply: Answer, cands: list[Candidate], ctx: AnswerContext
) -> Candidate | None:
    """The candidate quoted by a later statement of ``reply`` that fills the asked slot, when the first
    statement (``best``'s) does not: it should lead. It must answer the question itself and hold what
    is asked about its names (``relation``), so a filler of another relation is not promoted. None
    when the first fills the slot, or no later statement does."""
    asked = asked_verbs(q)
    fills = _slot_test(q, ctx, asked)
    if fills is None or fills(best) or not reply.statements:
        return None
    if best.sentence.text not in reply.statements[0].text:
        return None  # a headline or a neighbour leads: another rule placed it there
    later = [st.text for st in reply.statements[1:]]
    acts = asked & ctx.terms(best.row)
    return next(
        (
            c
            for c in cands
            if c is not best
            and any(c.sentence.text in text for text in later)
            and c.relation >= WEIGHTS.min_relation
            and acts <= ctx.terms(c.row)
            and fills(c)
            and answers(q, c, ctx)
        ),
        None,
    )


#: a person told without a name: a number, an article before a noun, one word between at most ("two
#: men", "a contractor", "an off-duty nurse", "the third suspect": "the" refers back to one its story names
#: elsewhere, or forward), and an age or other figure written as one hyphenated word before them ("a
#: 71-year-old man", "a 24-year-old and ..."); ``unnamed_doer`` checks the noun is a person's
_COUNTED_NOUN = re.compile(
    r"\b(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:\d+-[a-z-]{1,40}\s+)?"
    r"([a-z-]+)(?:\s+([a-z-]+))?\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w'-]+")


def unnamed_doer(q: QuestionInfo, text: str, ctx: AnswerContext) -> str | None:
    """The person noun a sentence tells the asked act of without naming anyone ("Two men have been
    arrested", "a contractor who renovated the cabin", "killing two workers" for "who was arrested",
    "who renovated", "who were the workers killed"), or None. News tells such a person by a role first
    and names them in a sentence after ("The contractor, Luis Ardent, testified ..."): the sentence
    answers "who" only with that name. The noun must stand within ``AnswerWeights.count_window`` words
    of a term of the question's own (its act), or it is someone of another act in the same sentence;
    of several, the nearest ("two FBI agents, a contractor who renovated the cabin": the contractor)."""
    wn = wordnet()
    if q.kind != "person" or wn is None:
        return None
    asked = set(q.terms)
    words = [(m.start(), m.group()) for m in _WORD.finditer(text)]
    at_term = [i for i, (_, w) in enumerate(words) if asked & set(ctx.tokenizer.tokens(w))]
    word_at = {start: i for i, (start, _) in enumerate(words)}  # a word's index by where it starts
    found: list[tuple[int, str]] = []
    for m in _COUNTED_NOUN.finditer(text):
        for g in (1, 2):
            noun = m.group(g)
            # (a role, "contractor", or the word for a person itself, "two people": WordNet files
            # "person" under its top concepts, not among the roles)
            if noun is None or not (person_noun(noun, wn) or noun.lower() in PERSONS):
                continue
            if text[m.end(g) : m.end(g) + 2] in ("'s", "\u2019s"):
                break  # a possessor ("the mayor's office") is whose the thing is, not someone who acts
            at = word_at.get(m.start(g), -1)
            near = [abs(i - at) for i in at_term if i != at]  # (the noun may be the question's own)
            if at >= 0 and near and min(near) <= WEIGHTS.count_window:
                found.append((min(near), noun))
            break
    return min(found)[1] if found else None


def doer_namer(q: QuestionInfo, text: str, ctx: AnswerContext) -> Callable[[str], bool] | None:
    """The test of a sentence naming the person ``text`` tells the asked act of by a role alone
    (``unnamed_doer``), or None when ``text`` tells no one so. A sentence passes when it names a person
    neither the question nor ``text`` names, by that role or in the asked act (``asked_verbs``), as a
    person (``_tells_who``): "The contractor, Luis Ardent, testified ..." after "... a contractor who
    renovated the cabin". A person named beside neither, "Landlord Peter Vane said the building was
    safe", is someone else. (Built once for ``text``: the sentences after it are each tested.)"""
    noun = unnamed_doer(q, text, ctx)
    if noun is None:
        return None
    told = doer_terms(q, noun, ctx)
    given = new_names("person", text, q, ctx.tokenizer, strict=True)  # (named already: another's)

    def names(other: str) -> bool:
        return (
            bool(new_names("person", other, q, ctx.tokenizer, strict=True) - given)
            and not told.isdisjoint(ctx.tokenizer.tokens(other))
            and _tells_who(other, noun)
        )

    return names


def doer_terms(q: QuestionInfo, noun: str, ctx: AnswerContext) -> frozenset[str]:
    """The terms a sentence naming the person told by ``noun`` (``unnamed_doer``) writes: the role
    itself or the asked act (``asked_verbs``)."""
    return frozenset(ctx.tokenizer.tokens(noun)) | asked_verbs(q)


def someone_else(q: QuestionInfo, noun: str, other: str, ctx: AnswerContext) -> bool:
    """Whether a sentence after one telling the asked act of someone by the role ``noun`` alone
    (``unnamed_doer``: "Police arrested two people") names another person: it writes neither that role
    nor the act, and gives a name a role of its own ("Gallery director Helen Marsh said the staff were
    relieved"). A name with no role of its own may be the one told ("Dion Maskell will take charge ..."
    after "appointed a senior coach")."""
    if not doer_terms(q, noun, ctx).isdisjoint(ctx.tokenizer.tokens(other)):
        return False
    return any(describes(other, run) for run in name_runs(other) if len(run.split()) > 1)


def sets_scene(q: QuestionInfo, text: str, held: str, ctx: AnswerContext) -> bool:
    """Whether a "who" answer's quote ``text`` (the chosen sentence and any neighbour quoted with it) only
    sets the scene for its neighbour ``held`` (``select._holder``), which then leads the reply: the quote
    names nobody and the neighbour names a person the question does not ("A petition asking Whitmore
    University to adopt ... has passed 1,200 signatures." before "Union president Alisha Moreno said she
    would deliver it to the Board of Regents next week."), and holds some of what the question asks. A
    reader takes the first statement as the answer, and a scene names no one.

    The quote names somebody, and keeps its place, when it gives a person's name or a name of two words
    or more that can be one (``types.person_like``: "Freja Lund", "Ivo Strand", whose surname is a common
    word; not "Whitmore University", a body), tells someone by a role (``unnamed_doer``: "read aloud by a
    hospital chaplain" answers in words no name pattern reads), or gives someone's words (a quotation or
    a verb of speaking, when the question asks who said something (``_asks_saying``: its speaker is who a
    "who said" asks for; "police said" in "A 27-year-old man has been charged ..., police said" names no
    one charged)."""
    wn = wordnet()
    if q.kind != "person" or wn is None or (_SPEECH.search(text) and _asks_saying(q)):
        return False
    if new_names("person", text, q, ctx.tokenizer, strict=True) or unnamed_doer(q, text, ctx) is not None:
        return False
    asked = set(q.terms)
    # (not a dateline's place, written in capitals: "CARRICK VALE (Meridian Press Association) - ...")
    if any(
        len(run.split()) > 1
        and not run.isupper()
        and person_like(run)
        and not ctx.tokenizer.term_set(run) <= asked
        for run in name_runs(text)
    ):
        return False
    # (the neighbour holds some of what is asked, in the question's words or those searched for them: one
    # naming someone in another matter, "The port's safety review is led by engineer Mara Lindqvist."
    # after "Police arrested the crane operator, Ivo Strand", is someone else)
    searched = asked.union(*(b.search for b in q.bridges.values()))
    return bool(new_names("person", held, q, ctx.tokenizer, strict=True)) and not searched.isdisjoint(
        ctx.tokenizer.term_set(held)
    )


#: a quotation or a verb of speaking: a sentence with one gives someone's words
_SPEECH = re.compile(r"[\"\u201c\u201d]|\b(?:said|says|told|added|asked|wrote)\b")


@lru_cache(maxsize=256)
def _saying_verb(word: str) -> bool:
    """Whether WordNet reads ``word`` as a form of a verb whose most frequent sense is one of
    communication ("said", "warned", "apologised"), and mostly not as a noun."""
    wn = wordnet()
    if wn is None or wn.mostly_noun(word):
        return False
    return any(VERB_COMMUNICATION in wn.sense_classes(b, "v", 1) for pos, b in wn.lemmas(word) if pos == "v")


def _asks_saying(q: QuestionInfo) -> bool:
    """Whether a "who" question asks of a saying ("who said the talks were over", "who warned the
    council", "who apologised"): one of its lowercase words is a verb of communication
    (``_saying_verb``). Then a speaker is the answer, so a sentence giving someone's words answers even
    when its speaker is told by a pronoun; of any other act ("who was charged", "who drove the car") the
    speaker of a sentence ("..., police said") is someone else."""
    return any(w.islower() and _saying_verb(w) for w in q.term_words.values())


def names_doer(q: QuestionInfo, text: str, other: str, ctx: AnswerContext) -> bool:
    """Whether ``other`` names the person ``text`` tells the asked act of by a role alone (``doer_namer``)."""
    namer = doer_namer(q, text, ctx)
    return namer is not None and namer(other)


#: a name with the age or the home news writes after a person's ("Kieran Vance, 31, ...", "Kieran Walsh, of
#: Bramley Road, ...")
_AGED = re.compile(r"\b[A-Z][\w'-]+,\s+(?:\d{1,3}|of\s+(?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w'-]*),")


def _tells_who(text: str, noun: str) -> bool:
    """Whether a sentence names a person as a person: after the role the answer gave ("The contractor,
    Luis Ardent, ..."), with an age or a home (``_AGED``: "Kieran Vance, 31, ...", "Kieran Walsh, of
    Bramley Road, ..."), or with a title or description of their own (``types.describes``: "Plumber
    Omar Reese"); a capitalised run of another kind ("Unit 4 of Veltrane Chemical Corp.'s Caddis Bend
    Works") is none."""
    if re.search(rf"\b(?i:{re.escape(noun)}),?\s+[A-Z]", text) or _AGED.search(text):
        return True
    return any(describes(text, run) for run in name_runs(text) if len(run.split()) > 1)
