"""Whose sum a sentence gives: a money question asks the amount of one thing ("how much is the tax
bill", "what is her net worth", "how much does the hotel cost"), and a sentence may give the sum of
another in the very words that state it ("The final price was £88 million", "The new stadium is expected
to cost £240 million"). Such a sum does not answer, however many of the question's words the sentence
holds elsewhere ("... because the club's tax bill turned out smaller")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from retrieval.answer.bridge import verb_known, wordnet
from retrieval.answer.phrases import AUXILIARIES, noun_phrase
from retrieval.answer.weights import WEIGHTS
from retrieval.lexicon import FIGURE_TAIL, STOP_WORDS, SUM_SCALE
from retrieval.search.text import fold
from retrieval.search.wordnet import (
    NOUN_ACT,
    NOUN_ARTIFACT,
    NOUN_ATTRIBUTE,
    NOUN_GROUP,
    NOUN_LOCATION,
    NOUN_PERSON,
    NOUN_POSSESSION,
    VERB_POSSESSION,
)

#: the tokenizer's stems of a text (``Tokenizer.term_set``)
Stems = Callable[[str], frozenset[str]]


@dataclass(frozen=True, slots=True)
class AskedSum:
    """The thing whose amount a money question asks: its nouns, and whether it is itself an amount (a
    bill, a loan, a salary: "how much is the tax bill") or a thing paid for ("how much does the hotel
    cost")."""

    nouns: tuple[str, ...]
    amount: bool


#: "how much is the tax bill", "how much was the bridging loan": the phrase after the copula
_HOW_MUCH_IS = re.compile(
    r"^\W*how much (?:is|was|are|were|will be|would be) (?:the |an? )?(?:[a-z][\w-]*['\u2019]s )?"
    r"(?P<phrase>[a-z][^?.!,;:]*)"
)
#: "what is quist's net worth", "what was the fine": the phrase after the copula and its owner
_WHAT_IS = re.compile(
    r"^\W*what(?:'s|s| is| was| are| were) (?:the |an? )?(?:[a-z][\w-]*(?: [a-z][\w-]*)?['\u2019]s )?"
    r"(?P<phrase>[a-z][^?.!,;:]*)"
)
#: "how much does the hotel cost", "how much did the rocket itself cost": the thing paid for
_HOW_MUCH_COST = re.compile(
    r"^\W*how much (?:does|did|do|will|would|could|is|was) (?P<phrase>[a-z][^?.!,;:]*?) "
    r"(?:itself |alone |each )?(?:cost|be costing|costing)\b"
)
_DETERMINERS = re.compile(r"^(?:the|an?|its|his|her|their|this|that|these|those|each|every)\s+")


#: WordNet's classes of a noun's first sense that make it a thing or a doing before any amount: an act
#: ("deal", "bid"), an artefact, a group, a location, a person
_THING_FIRST = frozenset({NOUN_ACT, NOUN_ARTIFACT, NOUN_GROUP, NOUN_LOCATION, NOUN_PERSON})


def _amount_noun(noun: str) -> bool:
    """Whether a noun names an amount of money in one of its few most frequent senses (a possession:
    "bill", "loan", "price", "fine"; an attribute: "worth", "cost") and is no thing or doing first
    ("deal", "hotel"): a word that says a sum's kind."""
    wn = wordnet()
    if wn is None:
        return False
    first = wn.sense_classes(noun, "n", 1)
    return (
        bool(first)
        and not first & _THING_FIRST
        and bool(wn.sense_classes(noun, "n", WEIGHTS.bridge_senses) & {NOUN_POSSESSION, NOUN_ATTRIBUTE})
    )


@lru_cache(maxsize=512)
def asked_sum(asked: str) -> AskedSum | None:
    """The thing a money question (its asking sentence, folded, lowercase) asks the amount of, when its
    grammar names one: "how much is the tax bill" (an amount: "bill"), "what's her net worth" (an
    amount: "worth"), "how much does the hotel cost" (a thing: "hotel"). None for a question that
    names none ("how much did they pay", "how much was raised")."""
    q = fold(asked).lower()
    m = _HOW_MUCH_COST.match(q)
    if m is not None:
        # the thing's words, names and model numbers too ("an s-290")
        words = [w for w in _DETERMINERS.sub("", m.group("phrase")).split() if w not in STOP_WORDS]
        return AskedSum(tuple(words), amount=False) if words else None
    m = _HOW_MUCH_IS.match(q) or _WHAT_IS.match(q)
    if m is None:
        return None
    nouns = noun_phrase(m.group("phrase"))
    if not nouns or not _amount_noun(nouns[-1]):
        return None
    return AskedSum(tuple(nouns), amount=True)


#: words between a sum and the verb or preposition that ties it to its owner ("was about £3m")
_HEDGE = (
    r"(?:(?:about|around|roughly|nearly|almost|some|just|only|over|under|at least|at most|more than|"
    r"less than|up to|an estimated|a total of|a record)\s+)*"
)
#: a currency before a sum's figure ("£", "USD "), which a sum's pattern may leave before its match
_CURRENCY = r"(?:[$\u00a3\u20ac\u00a5]|\b(?:USD|GBP|EUR|JPY|CHF|NOK|SEK|CAD|AUD)\s?)?"
#: what ties a sum to the noun before it: "the final price was £88m", "a fund of €2m", "stood at £5m"; to
#: the subject of "cost", past its object ("was costing the airline about €48m"); or to the object of a
#: verb of reckoning ("puts the cost of the repairs at $18.5m", "the costs, which the firm estimates at"),
#: or to what is sold or bought for it ("selling the old ground to a developer for £35m")
_OWNED_BY = re.compile(
    rf"(?:(?P<tie>\bof|\b(?:is|was|are|were|be|been|stood at|stands at|totall?ed|totals|came to|comes to))|"
    rf"(?P<cost>\b(?:cost|costs|costing))(?:\s+(?:the |its |their |his |her |each |every )?[a-z]+)?|"
    rf"\b(?:put|puts|putting|estimates?|estimated|estimating|values?|valued|valuing|pegs?|pegged)\s+"
    rf"(?P<reckoned>(?:the|its|their|his|her)\s[^,;:]{{1,60}}?)\s+at|"
    # "the trial's costs, which Aurelith estimates at $85m": the noun phrase "which" stands for
    rf"(?P<which>\bwhich)\s+(?:[\w'\u2019&.-]+\s+){{1,4}}?"
    rf"(?:estimates?|estimated|puts?|values?|valued|pegs?|pegged)\s+at|"
    # "selling Brockley Road to a housing developer for £35m": the price of what is sold or bought
    rf"\b(?:sells?|selling|sold|buys?|buying|bought)\s+(?P<sold>[^,;:]{{1,60}}?)"
    rf"(?:\s+to\s+[^,;:]{{1,40}}?)?\s+for)"
    rf"\s+{_HEDGE}{_CURRENCY}$",
    re.IGNORECASE,
)
_FIGURE_END = re.compile(r"[\d,.]+$")
#: where a noun phrase before a tie starts: a clause's boundary
_CLAUSE_START = re.compile(r"[,;:(\u2014\u2013\"]|\b(?:that|which|who|said|says|and|but|because|after)\b")
#: verbs and their helpers between a subject and "cost" ("is expected to cost", "will cost")
_BEFORE_COST = frozenset({"expected", "likely", "set", "due", "going", "estimated", "projected", "to"})


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w and w not in STOP_WORDS and w not in AUXILIARIES]


def _owner(phrase: str, of: bool) -> tuple[list[str], list[str]]:
    """The noun phrase a tie binds a sum to, read back from the tie (``phrase``: the text before it, or
    a reckoning verb's object), as its head's words and the words of what it is "of": "a compensation
    fund of" -> (compensation, fund); "The cost of the repairs was" -> (cost), (repairs); "The new
    stadium is expected to cost" -> (new, stadium). ``of``: the tie is "of" itself, whose phrase runs
    back to the first function word."""
    starts = [m.end() for m in _CLAUSE_START.finditer(phrase)]
    clause = phrase[starts[-1] :] if starts else phrase
    words = [w.strip("'\u2019.").lower() for w in clause.split()]
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    if of:
        out: list[str] = []
        for w in reversed(words):
            if not w or w in STOP_WORDS or w in AUXILIARIES:
                break
            out.append(w)
        return out[::-1], []
    while words and (words[-1] in AUXILIARIES or words[-1] in _BEFORE_COST):
        words.pop()
    if "of" in words:
        at = words.index("of")
        return _content(words[:at]), _content(words[at + 1 :])
    return _content(words), []


def _kin(word: str) -> frozenset[str]:
    """A word with what else may name the same thing: its synonyms and family (WordNet), and the kinds
    ``sum_owner_levels`` classes above and below it ("fine" -> "penalty")."""
    wn = wordnet()
    if wn is None:
        return frozenset({word})
    levels = WEIGHTS.sum_owner_levels
    return frozenset({word}) | wn.related(word) | wn.broader(word, levels) | wn.narrower(word, 3, levels)


def _unrelated(words: list[str], asked: AskedSum, stems: frozenset[str], stem_of: Stems) -> bool:
    """Whether an owner's nouns share no word, stem or WordNet kin with the asked thing's."""
    if stem_of(" ".join(words)) & stems:
        return False
    return not any(_kin(w) & set(asked.nouns) for w in words) and not any(
        _kin(a) & set(words) for a in asked.nouns
    )


def another_owner(text: str, start: int, asked: AskedSum, stems: frozenset[str], stem_of: Stems) -> bool:
    """Whether the sum starting at ``start`` of ``text`` is stated as another thing's than the one asked:
    the noun phrase it is tied to ("The final price was", "a compensation fund of", "The new stadium is
    expected to cost") holds a noun and no word of the asked thing or of its kin. For an asked amount
    ("the tax bill") the owner's head must itself be an amount ("price"), so a sum tied to a thing ("The
    takeover was £88m") is left to the sentence's other words. For an asked thing ("the hotel"), the
    subject of "cost" is read, and an amount's owner only when it says whose amount it is ("the cost of
    the repairs"), as "a payout of £38m" says the sum's kind, not whose it is. ``stems``: the
    tokenizer's stems of the asked nouns; ``stem_of``: the tokenizer's ``term_set``."""
    before = _FIGURE_END.sub("", text[:start])  # (a match may start inside its figure: "£8|8 million")
    m = _OWNED_BY.search(before)
    wn = wordnet()
    if wn is None:
        return False
    if m is None:
        return asked.amount and (
            _modifies_another_amount(text, start, asked, stems, stem_of)
            or _object_of_another_verb(before, asked, stems, stem_of)
        )
    if m.group("reckoned") is not None:
        head, of = _owner(m.group("reckoned"), of=False)
    elif m.group("sold") is not None:
        if asked.amount:
            return False  # (a sale's price is no bill, loan or salary the question names)
        head, of = _owner(m.group("sold"), of=False)
    elif m.group("which") is not None:
        head, of = _owner(before[: m.start("which")].rstrip(" ,"), of=False)
    else:
        tie = "tie" if m.group("tie") is not None else "cost"
        head, of = _owner(before[: m.start(tie)], of=m.group(tie).lower() == "of")
    head = [w for w in head if w.isalpha() and any(pos == "n" for pos, _ in wn.lemmas(w))]
    of = [w for w in of if w.isalpha() and any(pos == "n" for pos, _ in wn.lemmas(w))]
    if not head:
        return False  # "It will cost £3m": a pronoun, whose referent a sentence does not give
    if (m.group("cost") is not None or m.group("sold") is not None) and not asked.amount:
        return _unrelated(head + of, asked, stems, stem_of)
    amounts = [w for w in head if _amount_noun(w)]
    if asked.amount:
        return _amount_noun(head[-1]) and _unrelated(head + of, asked, stems, stem_of)
    things = [w for w in head if w not in amounts] + of
    return bool(amounts) and bool(things) and _unrelated(things, asked, stems, stem_of)


#: the word right before a sum (past a hedge and a currency): the verb whose object the sum may be
#: ("to forfeit $240,000", "is paid about $210,000")
_VERB_BEFORE_SUM = re.compile(rf"\b(?P<verb>[a-z]+)\s+{_HEDGE}{_CURRENCY}$", re.IGNORECASE)


def _object_of_another_verb(before: str, asked: AskedSum, stems: frozenset[str], stem_of: Stems) -> bool:
    """Whether a sum asked as an amount ("what is his salary") is the object of a verb that says another
    amount ("ordered him to forfeit $240,000"): the verb (a word WordNet reads as a verb more than as a
    noun, of having or giving by its first sense: "forfeit", "receive", "donate") shares no stem of its
    family with the asked noun or its kin, so it tells a forfeiture, not a salary. A verb of the asked
    amount's family still gives it ("is paid $210,000", "earns $85,000": "pay", "earnings" are a
    salary's kin); ``before``: the text before the sum's figure."""
    wn = wordnet()
    m = _VERB_BEFORE_SUM.search(before)
    if m is None or wn is None:
        return False
    verb = m.group("verb").lower()
    if (
        verb in STOP_WORDS
        or verb in AUXILIARIES
        or not verb_known(verb)
        or wn.mostly_noun(verb)
        # (a verb of having or giving says whose sum it is; "could reach $1.4 billion" only its level)
        or VERB_POSSESSION not in wn.sense_classes(verb, "v", 1)
    ):
        return False
    kin = stems | stem_of(" ".join(k for a in asked.nouns for k in _kin(a)))
    family = stem_of(" ".join(wn.related(verb, synonyms=False) | {verb}))
    return kin.isdisjoint(family)


#: a sum written before the noun it modifies ("a $150,000 fine", "a £2m annual bonus"): its figure, any
#: scale word, and up to three words after it that the noun phrase may run to (the last its head)
_MODIFIER_SUM = re.compile(
    rf"{_CURRENCY}[\d,.]{FIGURE_TAIL}\d(?:\s?{SUM_SCALE}\b)?"
    r"(?P<run>(?:[ -][a-z][a-z]+){1,3})",
    re.IGNORECASE,
)


def _modifies_another_amount(
    text: str, start: int, asked: AskedSum, stems: frozenset[str], stem_of: Stems
) -> bool:
    """Whether the sum at ``start`` modifies a noun written right after it that names another amount than
    the one asked ("ordered him to pay a $150,000 fine" for "what is his salary"): the sum is the fine's,
    as "The fine was $150,000" says it. The noun phrase runs over the words after the figure up to the
    first function word ("a $150,000 fine and ..."; "$310,000 in cash" modifies nothing); its head, the
    last of them, must be a noun naming an amount (``_amount_noun``) sharing no word or kin with the asked
    one, so a sum of the asked kind ("a $310,000 salary", "a $90,000 annual wage") still answers."""
    wn = wordnet()
    m = _MODIFIER_SUM.match(text, start)
    if m is None or wn is None:
        return False
    run: list[str] = []
    for w in m.group("run").lower().replace("-", " ").split():
        if w in STOP_WORDS or w in AUXILIARIES:
            break
        run.append(w)
    bases = {lemma for pos, lemma in wn.lemmas(run[-1]) if pos == "n"} if run else set()
    if not bases or any(wn.kind_of(b, "monetary_unit", WEIGHTS.kin_levels, 1) for b in bases):
        return False  # (no noun, or the sum's currency: "40 million dollars")
    return _amount_noun(run[-1]) and _unrelated(run, asked, stems, stem_of)
