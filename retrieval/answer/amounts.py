"""The kind of amount a question asks for, read from WordNet's senses of its words: money ("how much did
it cost", "what is the salary of ..."), a share ("what percentage") or any number."""

from __future__ import annotations

import re
from typing import Literal

from retrieval.answer.bridge import verb_bases, wordnet
from retrieval.answer.phrases import AUXILIARIES, noun_phrase
from retrieval.answer.weights import WEIGHTS
from retrieval.lexicon import STOP_WORDS
from retrieval.search.text import fold
from retrieval.search.wordnet import NOUN_ATTRIBUTE, NOUN_POSSESSION, VERB_CHANGE, VERB_POSSESSION, WordNet

#: the kind of amount a number question asks for: money ("how much did it cost", "how much is he paid"), a
#: share ("what percentage"), an age ("how old"), a span of time or length ("how long"), or any number
Measure = Literal[
    "", "money", "percent", "age", "span", "speed", "length", "weight", "temperature", "area", "volume"
]
#: "how old", "what age": an age; "how long": a span of time or of length (another number in the sentence
#: answers neither: "Two men were arrested" gives no age)
_AGE_Q = re.compile(r"\bhow old\b|\b(?:what|which) age\b|\bat what age\b")
_SPAN_Q = re.compile(r"\bhow long\b")
#: "how fast", "at what speed": a speed; "how far", "how tall", "how deep", "how wide": a length (a number
#: without its unit answers neither: "carrying 65 people" is no speed)
_SPEED_WORDS = r"how fast|(?:what|which) speed"
_LENGTH_WORDS = r"how (?:far|tall|deep|wide)"
_SPEED_Q = re.compile(rf"\b(?:{_SPEED_WORDS})\b")
_LENGTH_Q = re.compile(
    rf"\b{_LENGTH_WORDS}\b(?! (?:north|south|east|west|up|down|back|along|ahead|behind|into)\b)"
)
#: "how heavy", "how much did the statue weigh", "what does the block weigh": a weight; "how hot", "how
#: cold": a temperature; "how big an area", "how much land": an area (a number without its unit answers
#: none of them: "2,000 people" is no weight)
_WEIGHT_WORDS = (
    r"how heavy|how much (?:did|does|do|will|would|could|can|is|was)\b.*\bweigh|"
    # (the weighing at the question's end: "what did councillors weigh before voting" asks what they
    # considered)
    r"what (?:did|does|do|will|would) .+ weigh(?=\W*$)"
)
_TEMPERATURE_WORDS = r"how (?:hot|cold|warm)"
_AREA_WORDS = r"how (?:big|large|much|wide) (?:an? )?(?:area|land)"
_WEIGHT_Q = re.compile(rf"\b(?:{_WEIGHT_WORDS})\b")
_TEMPERATURE_Q = re.compile(rf"\b(?:{_TEMPERATURE_WORDS})\b")
_AREA_Q = re.compile(rf"\b(?:{_AREA_WORDS})\b")
#: the noun of a measure a figure gives with its unit, and which measure it is: "what was the wind speed",
#: "what weight limit did the engineers set", "what is the depth of the shaft", "what temperature"
_MEASURE_NOUNS: dict[str, Measure] = {
    "speed": "speed",
    "velocity": "speed",
    "height": "length",
    "depth": "length",
    "width": "length",
    "distance": "length",
    "altitude": "length",
    "elevation": "length",
    "weight": "weight",
    "temperature": "temperature",
    "acreage": "area",
    "volume": "volume",
}
#: a question led by "what" (and its verb) asking such a noun, past an article or owner and at most two
#: words that say whose measure it is ("what was the wind speed", "what's the ship's top speed", "what
#: weight limit did they recommend")
_MEASURE_NOUN_Q = re.compile(
    r"^\W*(?:what|which)(?:'?s|\s+(?:is|was|are|were|will be|would be))?\s+"
    r"(?:(?:the|its|their|his|her|[\w-]+'s)\s+)?(?:[a-z-]+\s+){0,2}?"
    rf"(?P<noun>{'|'.join(_MEASURE_NOUNS)})s?\b"
    # (not of a plural count noun: "the volume of calls", "the weight of numbers" is how many)
    r"(?!\s+of\s+(?:[a-z-]+(?<![asui])s|people)\b)"
)
#: a question led by those asking words ("how fast was the train going"), not holding them in a clause
#: ("what did Rutte say about how fast Russia is moving" asks for his words)
_LED_BY_MEASURE = re.compile(
    rf"^\W*(?:at )?(?:{_SPEED_WORDS}|{_LENGTH_WORDS}|{_WEIGHT_WORDS}|{_TEMPERATURE_WORDS}|{_AREA_WORDS})\b"
)
#: the measures a figure gives only with its unit ("85 mph", "60 metres", "18 tonnes", "40C", "21,350
#: acres", "3,000 litres"): any other number of the sentence answers none of them
UNIT_MEASURES: frozenset[Measure] = frozenset({"speed", "length", "weight", "temperature", "area", "volume"})
#: a question led by "how high", which asks a length of a thing that stands or rises ("how high did the ash
#: go": "a column of ash 9 kilometres into the sky") and a level of anything else ("how high are prices")
_HEIGHT_Q = re.compile(r"^\W*how high\b")
#: the adjective after "how" that only says which measure is asked: the answer is a figure, which a
#: sentence gives without the word ("aged 34", "a 48-hour strike"), so it is not searched for
MEASURE_ADJECTIVES = frozenset({"old", "long", "far", "tall", "deep", "wide", "big", "large"})
#: the verb ending a "how long" that asks the span itself ("how long will the strike last", "how long did
#: the repairs take"): the span answers it, which a sentence gives without the verb ("a 48-hour strike")
SPAN_VERBS = frozenset({"last", "lasts", "lasted", "take", "takes", "took", "taken"})
#: "how much is it worth", "what's the deal worth", "what is the (total) value of ...": an amount of money.
#: The words "worth" and "value" ask it though WordNet's first senses of them are no possession (a quality,
#: a cognition). ("What's the price tag on ..." is left to the sentence's words: a price is often given as a
#: range or a comparison, "less than $100", in sentences sharing little else with the question)
_VALUE_Q = re.compile(
    r"\bhow much (?:is|are|was|were|would|will) .+ (?:be )?worth\b|"
    r"^\W*what(?:'?s| is| was| are| were| would| will)\b.* (?:be )?worth\b(?! (?:it|the|a|an)\b)|"
    r"^\W*what(?:'?s| is| was| are| were| would be| will be) (?:the |its |their |\w+'s )?(?:\w+ )?"
    r"(?:value|valuation)s?\b"
)


def asks_value(asked: str) -> bool:
    """Whether a question (its asking sentence, folded, lowercase) asks what something is worth, its
    value or its price (``_VALUE_Q``): a number question, answered by an amount of money."""
    return _VALUE_Q.search(asked) is not None


#: senses of a question's verb read for one of change: "fall", "rise", "drop" are first verbs of motion,
#: and say a change of amount in their second or third sense
_CHANGE_SENSES = 3
_PERCENT_Q = re.compile(r"\b(?:what|which) (?:percentage|percent)\b|\bhow many (?:percent|per cent)\b")
#: "how much" asking for an amount ("how much of" asks for a share, "how much more" for a change,
#: either of which may be a percentage)
_HOW_MUCH = re.compile(r"\bhow much\b(?! of\b| more\b| less\b)")


#: "what's the fine for ...", "what was the cost of ...": the thing asked is the noun after "the", or after
#: its owner ("what's Okonjo's salary", "what is the ceo's salary": the salary)
_WHAT_THE = re.compile(
    r"^what(?:'s|s| is| was| are| were) (?:the |an? )?(?:[a-z][\w-]*(?: [a-z][\w-]*)?['\u2019]s )?"
    r"(?P<phrase>[a-z][^?.!,;:]*)"
)
#: any sense a noun may have to ask for an amount of money alone
_MONEY_SENSES = frozenset({NOUN_POSSESSION, NOUN_ATTRIBUTE})


def asks_amount(asked: str) -> bool:
    """Whether a "what is the X" asks for an amount: X's most frequent sense is a possession and none of
    its senses is other than a possession or an attribute ("what's the fine for breaching an asbo",
    "what are interest rates expected to rise to"), which only a sentence holding a number gives; not
    "the capital of ..." (a city too) nor "one of ..." ."""
    m = _WHAT_THE.match(asked)
    wn = wordnet()
    if m is None or wn is None:
        return False
    nouns = noun_phrase(m.group("phrase"))
    if not nouns:
        return False
    senses = wn.sense_classes(nouns[-1], "n", 1)
    return NOUN_POSSESSION in senses and wn.sense_classes(nouns[-1], "n", 50) <= _MONEY_SENSES


def _asks_money(asked: str) -> bool:
    """Whether a "what is the X" asks for an amount of money: every sense of X, in each of its base
    forms, is a possession ("what is the salary of ...", "the fine for ..."), so a sentence's other
    number (a rise of 4%) is not its answer; not "rates" (a rate is also a share) nor "cost" (also an
    attribute)."""
    m = _WHAT_THE.match(asked)
    wn = wordnet()
    if m is None or wn is None or not asks_amount(asked):
        return False
    noun = noun_phrase(m.group("phrase"))[-1]
    bases = {lemma for pos, lemma in wn.lemmas(noun) if pos == "n"}
    return bool(bases) and all(wn.sense_classes(b, "n", 50) == {NOUN_POSSESSION} for b in bases)


_ASKING_VERB = re.compile(r"\b(?:did|does|do|will|would|has|have|had)\b(?P<rest>.*)")
#: words that end a question's clause ("how much did prices rise in March", "cost to make")
_CLAUSE_END = frozenset(
    {
        "to",
        "for",
        "in",
        "on",
        "at",
        "from",
        "by",
        "with",
        "over",
        "after",
        "since",
        "during",
        "between",
        "than",
    }
)


#: a "how much" ending in "to"/"from" ("raise its offer to", "cut the budget from"): it asks for the level
#: a change reached or left, a figure of whatever the changed thing is measured in
_LEVEL_ASKED = re.compile(r"\b(?:to|from)\W*$")


def _changes(q: str, wn: WordNet) -> bool:
    """Whether a "how much" question's verb says a change: the last word of its clause after the
    auxiliary ("how much did the shares fall", "how much will prices rise in March"), in a verb's base
    form, with a sense of change among its ``_CHANGE_SENSES`` most frequent and none of paying among
    its first two (not "pay", "offer"; not "cost" in "did it cost to make")."""
    m = _ASKING_VERB.search(q)
    if m is None:
        return False
    words = [w.strip("?.,!'\"") for w in m.group("rest").split()]
    cut = next((i for i, w in enumerate(words) if i and w in _CLAUSE_END), len(words))
    if not cut:
        return False
    word = words[cut - 1]
    return (
        any(pos == "v" and lemma == word for pos, lemma in wn.lemmas(word))
        and VERB_CHANGE in wn.sense_classes(word, "v", _CHANGE_SENSES)
        and VERB_POSSESSION not in wn.sense_classes(word, "v", 2)
    )


#: the measures a question's own words name, first match wins
#: the currencies a sum may be asked in ("in dollars"), each with its sign
CURRENCY_SIGNS = {"dollar": "$", "euro": "\u20ac", "pound": "\u00a3", "yen": "\u00a5"}
CURRENCY = "|".join(f"{w}s?" for w in CURRENCY_SIGNS)
#: a currency a question asks a sum in ("in dollars", "in US dollars", "in pounds sterling"): whatever else
#: it asks, a sum of money in that currency
CURRENCY_ASKED = re.compile(rf"\bin\s+(?:us\s+|american\s+)?({CURRENCY})\b", re.IGNORECASE)


_NAMED_MEASURES: tuple[tuple[re.Pattern[str], Measure], ...] = (
    (_PERCENT_Q, "percent"),
    (_AGE_Q, "age"),
    (_SPAN_Q, "span"),
    (_SPEED_Q, "speed"),
    (_LENGTH_Q, "length"),
    (_WEIGHT_Q, "weight"),
    (_TEMPERATURE_Q, "temperature"),
    (_AREA_Q, "area"),
    (_VALUE_Q, "money"),
    (CURRENCY_ASKED, "money"),
)


#: an amount asked for each unit of something ("how much per share", "the price per barrel", "how much is
#: each ticket", "$4 apiece")
_EACH_Q = re.compile(r"\b(?:per|each|apiece)\b")
#: a whole asked in so many words ("in total", "altogether"), not only what a thing is worth: a sum by the
#: year ("$1 million a year") is no total over the years
_SUMMED = "total|altogether|in all|overall|combined"
_SUMMED_Q = re.compile(rf"\b(?:{_SUMMED})\b")
#: an amount asked as a whole: "in total", "the total value", "altogether" (``_SUMMED``), or what a thing
#: is worth or valued at as a whole ("what's the deal worth", "the value of the takeover")
_TOTAL_Q = re.compile(rf"\b(?:{_SUMMED}|worth|value|valued|valuation)\b")


def asks_summed(question: str) -> bool:
    """Whether a money question asks a total in so many words ("how much in total over the years"), which
    a sum for a period does not give; "what is the contract worth" is answered by "£2.4 million a year"."""
    return bool(_SUMMED_Q.search(fold(question).lower()))


#: the words of a number question that only say which figure it asks, each unit's or the whole ("per share",
#: "in total"): the sentence giving the figure says so by its own words ("$46 a share", "$8.4 billion"), so
#: they are no topic to search for
BASIS_WORDS = frozenset({"per", "total", "altogether", "overall"})

#: whether a money question asks an amount for each unit, the whole amount, or either
Basis = Literal["", "each", "total"]


def basis(question: str) -> Basis:
    """Whether a money question asks an amount for each unit ("how much per share was the offer": "$42 a
    share") or the whole ("how much was the bid worth in total", "what's the deal worth": "$8.4
    billion"): a sentence giving the other kind of amount states a different figure, which is no answer
    (the price of one share is not what the takeover is worth). "" when the question says neither."""
    q = fold(question).lower()
    if _EACH_Q.search(q):
        return "each"
    return "total" if _TOTAL_Q.search(q) else ""


#: "by how much did they raise it", "how much more": the asked amount is a difference
#: the words that say a number is added to another, as "more" does ("how much extra", "how many additional
#: staff"): after "how much" or "how many" they ask the difference, and are no topic
ADDED_WORDS = frozenset({"extra", "additional", "further"})
_BY_HOW_MUCH = re.compile(
    r"\bby how (?:much|many)\b|\bhow (?:much|many) "
    rf"(?:more|less|fewer|higher|lower|{'|'.join(sorted(ADDED_WORDS))})\b"
)


def asks_change(question: str) -> bool:
    """Whether a "how much" asks by how much something changed ("by how much did they raise the offer",
    "how much did the shares fall", "how much more"): a difference, which a sentence states by giving it
    ("rose 4%", "by $4", "doubled") or both figures it lies between ("to $46 a share, up from $42"), not by
    the new figure alone. The verb of change must close the question's clause (``_changes``): "how much
    has the government approved since the beginning of the war" asks a sum, whatever "beginning" says."""
    q = fold(question).lower()
    if _BY_HOW_MUCH.search(q):
        return True
    wn = wordnet()
    if wn is None or not _HOW_MUCH_DID.search(q):
        return False
    return _changes(q, wn)


#: a "how much" whose "by" is left at the end of its clause ("how much did she win by", "... win by in the
#: recount"): it asks by how much, a margin, however its verb reads (winning is no payment); a "by" before
#: its own object ("how much was it sold for by the bank") is not stranded
_STRANDED_BY = re.compile(
    r"\bhow much\b.*\s\w+\s+by(?:\s+(?:in|at|on|after|since|over|during|according)\b.*)?\W*$"
)


#: "how much" asking of an event by its verb ("how much did the shares fall"), not an amount of a thing
#: ("how much pipe will be replaced": the length replaced, not a change)
_HOW_MUCH_DID = re.compile(r"\bhow much (?:did|does|do|has|have|had|will|would|is|was|are|were|could|can)\b")


def _change_word(words: list[str], wn: WordNet, question: str) -> bool:
    """Whether a "how much" question's words hold a verb of change (not a name's, not a payment's object:
    "how much will repairs cost", "how much did the bottled water deliveries cost", the words of the
    thing paid for before its verb; nor its purpose: "how much did it cost to replace the motor"), as
    ``measure`` reads them; ``question``: the question, folded and lowercase, which writes the "to"
    its words leave out)."""
    low_words = [w.lower().strip("?.,!") for w in words]
    for i, w in enumerate(words):
        if w[:1].isupper() and w != words[0]:
            continue
        low = low_words[i]
        inflected = all(lemma != low for pos, lemma in wn.lemmas(low) if pos == "v")
        if (
            VERB_CHANGE in wn.sense_classes(low, "v")
            and (inflected or not wn.is_adjective(low))
            and not any(pays(x, wn) for x in low_words[i + 1 : i + 1 + _PAID_FOR_WORDS])
            and not _paid_for(low, question, wn)
        ):
            return True
    return False


def _paid_for(word: str, question: str, wn: WordNet) -> bool:
    """Whether a question writes a word as the purpose of a payment it asks about ("how much did it cost
    to replace the motor", "how much will they pay to rebuild"): "to" and the word after a word of
    payment."""
    m = re.search(rf"\bto {re.escape(word)}\b", question)
    return m is not None and any(pays(w.strip("?.,!"), wn) for w in question[: m.start()].split())


#: words a payment's verb may follow the thing paid for by ("the bottled water deliveries cost"): a
#: change word among them names the thing, not a change asked about
_PAID_FOR_WORDS = 3


def asks_measure(asked: str) -> bool:
    """Whether a question (its asking sentence, lowercase) asks for a measure given with its unit
    (``UNIT_MEASURES``: a speed, a length, a weight, a temperature, an area, a volume): led by the asking
    words or the measure's noun ("what was the wind speed"), and neither a rate of change ("how fast is
    it growing") nor a direction ("how far west did it reach")."""
    led = any(p.match(asked) is not None for p in (_LED_BY_MEASURE, _HEIGHT_Q, _MEASURE_NOUN_Q))
    return led and measure(asked, asked.split(), asked) in UNIT_MEASURES


_UNIT_ADJECTIVE = re.compile(r"\bhow (heavy|hot|cold|warm)\b")
_WEIGH_VERB = re.compile(r"\b(weigh(?:s|ed)?)\b")
_AREA_NOUN = re.compile(rf"\b(?:{_AREA_WORDS})\b")


def measure_words(question: str, amount: Measure) -> frozenset[str]:
    """The words of a question that only say which measure given with its unit it asks (``UNIT_MEASURES``):
    "heavy" of "how heavy", "weigh" of "how much did it weigh", "speed" of "what was the wind speed", "area"
    of "how large an area burned". A sentence gives the measure as a figure and its unit without them
    ("gusts of up to 85 mph", "a 3-tonne statue", "scorched 21,350 acres"), as "old" of "how old"."""
    if amount not in UNIT_MEASURES:
        return frozenset()
    q = SOURCE_FIRST.sub("", fold(question).lower())
    found: set[str] = set()
    if (m := _UNIT_ADJECTIVE.search(q)) is not None:
        found.add(m.group(1))
    if amount == "weight" and (m := _WEIGH_VERB.search(q)) is not None:
        found.add(m.group(1))
    if amount == "area" and (m := _AREA_NOUN.search(q)) is not None:
        found.add(m.group(0).split()[-1])
    if (m := _MEASURE_NOUN_Q.match(q)) is not None and _MEASURE_NOUNS[m.group("noun")] == amount:
        found.add(m.group("noun"))
    return frozenset(found)


def _height_of_a_thing(q: str, wn: WordNet) -> bool:
    """Whether a "how high" asks about a physical thing: the first noun after it (past auxiliaries and
    function words) is, in its most frequent sense, of a class ``AnswerWeights.height_classes`` holds
    (ash, water, a tower, a wave), whose height is a length; a price, a rate or a level ("how high are
    prices", "how high did the stock go") is a figure of another kind."""
    m = _HEIGHT_Q.search(q)
    if m is None:
        return False
    for w in (x.strip("?!.,;:\"'") for x in q[m.end() :].split()):
        if not w or w in AUXILIARIES or w in STOP_WORDS:
            continue
        if not any(pos == "n" for pos, _ in wn.lemmas(w)):
            continue
        return bool(wn.sense_classes(w, "n", 1) & WEIGHTS.height_classes)
    return False


def pays(word: str, wn: WordNet) -> bool:
    """Whether a word says a payment ("cost", "pay"): a word of change right before it is the thing
    paid for, a noun ("how much will repairs cost", "did the bottled water cost the city"), not the
    question's verb of change."""
    return NOUN_POSSESSION in wn.sense_classes(word, "n") or VERB_POSSESSION in wn.sense_classes(word, "v", 2)


#: an outlet or source the question opens by ("according to the echo whats the club worth"): the asking
#: words come after it, where a question's patterns read them from its start
SOURCE_FIRST = re.compile(
    r"^\W*(?:according to|per)\s+(?:[\w'\u2019.&-]+\s+){1,5}?"
    r"(?=(?:what|whats|which|who|whose|when|where|why|how|is|are|was|were|do|does|did|can|will|has|have)\b)"
)


def measure(question: str, words: list[str], asked: str) -> Measure:
    """The kind of amount a number question asks for: a share for "what percentage", money for a "how
    much" about a possession or its transfer ("cost", "paid", "fee"), by the most frequent senses of
    its words in WordNet. Not for "how much of", "how much more" or a "how much" about a change ("how
    much have prices increased", by its word's first verb sense): a share or a change may be a
    percentage; nor when its verb has a sense of change among its few most frequent ("how much did the
    shares fall": "fell 4.2%"; ``_changes``). An age for "how old", a span for "how long"
    (``MEASURE_ADJECTIVES``). ``asked``: the sentence of the question that asks
    (``question.asked_sentence``)."""
    q = SOURCE_FIRST.sub("", fold(question).lower())
    asked = SOURCE_FIRST.sub("", asked)
    named = next((kind for pattern, kind in _NAMED_MEASURES if pattern.search(q)), None)
    if named is None and (noun := _MEASURE_NOUN_Q.match(q)) is not None:
        named = _MEASURE_NOUNS[noun.group("noun")]
    if (
        named == "speed"
        and _SPEED_Q.search(q) is not None
        and (wn := wordnet()) is not None
        and any(VERB_CHANGE in wn.sense_classes(w.strip("?.,!"), "v", 1) for w in q.split())
    ):
        return ""  # "how fast is the market growing": a rate of change, not a speed
    if named is not None:
        return named
    if (wn := wordnet()) is not None and _height_of_a_thing(q, wn):
        return "length"  # "how high did the ash go": a height, a length
    if _STRANDED_BY.search(q):
        return ""  # "how much did she win by": the margin, in whatever it is counted ("by 183 votes")
    if _asks_money(asked):
        return "money"
    wn = wordnet()
    if wn is None or not _HOW_MUCH.search(q):
        return ""
    if _changes(q, wn):
        return ""  # "fall", "rise", "drop", "climb": a change, which may be a share
    if _amount_of_a_thing(q, wn):
        return ""  # "how much oil was recovered": gallons of oil, though "recover" is a transfer
    if _LEVEL_ASKED.search(asked) and any(
        VERB_CHANGE in wn.sense_classes(w.lower(), "v", _CHANGE_SENSES)
        for w in words
        if not wn.is_adjective(w)
    ):
        return ""  # "how much did they raise the offer to": the level reached, which may be a share
    if _change_word(words, wn, q):
        return ""  # "increased", "grow", "reduce" (not "blue", "up": adjectives first)
    money = False
    for w in words:
        if w[:1].isupper() and w != words[0]:
            continue
        low = w.lower()
        verb = wn.sense_classes(low, "v", 2)
        money = money or NOUN_POSSESSION in wn.sense_classes(low, "n") or VERB_POSSESSION in verb
        # "how much was the utility fined": a verb's past form whose base is, as a noun, first a sum of
        # money (a fine, a tax) asks that sum
        money = money or any(NOUN_POSSESSION in wn.sense_classes(b, "n", 1) for b in verb_bases(low) - {low})
    return "money" if money else ""


#: the noun a "how much" is of ("how much oil", "how much rain fell")
_HOW_MUCH_NOUN = re.compile(r"\bhow much ([a-z]+)\b")


def _amount_of_a_thing(q: str, wn: WordNet) -> bool:
    """Whether a "how much" names the thing it measures and it is no possession: "how much oil was
    recovered" asks for gallons of oil, though its verb is one of transfer (WordNet files "recover"
    with "pay" and "earn"); "how much money", "how much funding" (possessions) ask for money, and "how
    much did it cost" names nothing."""
    m = _HOW_MUCH_NOUN.search(q)
    if m is None or m.group(1) in AUXILIARIES or m.group(1) in STOP_WORDS:
        return False
    first = wn.sense_classes(m.group(1), "n", 1)
    return bool(first) and NOUN_POSSESSION not in first


_BE = r"(?P<be>'?s|\s+(?:is|was|are|were|will be))"
#: "what was the amount of the fine", "whats the sum of the settlement"
_AMOUNT_OF = re.compile(
    rf"^\s*what{_BE}\s+(?:the\s+)?(?:total\s+)?(?:amount|sum)\s+of\s+(?P<rest>[^?]+)", re.IGNORECASE
)
#: "what was the fine amount", "what's the ransom amt" (read: "amount")
_AMOUNT_AFTER = re.compile(
    rf"^\s*what{_BE}\s+(?P<rest>(?:the\s+|an?\s+)?[^?]*?\S)\s+(?:amount|amt|sum)\b(?P<tail>[^?]*)", re.I
)
#: "how big was the fine": of a possession, its amount
_HOW_BIG = re.compile(rf"^\s*how\s+(?:big|large|huge|small){_BE}\s+(?P<rest>[^?]+)", re.I)
#: "how big a fine did the authority impose": the noun, and the rest of the question
_HOW_BIG_A = re.compile(r"^\s*how\s+(?:big|large|huge|small)\s+an?\s+(?P<noun>[\w-]+)\s+(?P<rest>.+)$", re.I)


#: "what was the number of patients", "whats the total number of cases": a count asked for in other words
_NUMBER_OF = re.compile(
    rf"^\s*what{_BE}\s+(?:the\s+)?(?:(?:total|overall|exact|final|official)\s+)?(?:number|count|tally)\s+of\s+"
    r"(?P<rest>(?!(?:the|an?|this|that|its|his|her|their)\b)[^?]+)",
    re.IGNORECASE,
)
#: "which outlets reported the number of cases", "did the Herald give the count of ...": its object a count
_REPORTED_NUMBER_OF = re.compile(
    r"\b(?P<verb>report(?:ed|s)?|g[ia]ve|gives|sa(?:y|id|ys)|stated?|states|put|puts|list(?:ed|s)?)\s+"
    r"the\s+(?:(?:total|overall|exact|final|official)\s+)?(?:number|count|tally)\s+of\s+"
    r"(?!(?:the|an?|this|that|its|his|her|their)\b)",
    re.IGNORECASE,
)


def count_wording(question: str) -> str:
    """A question asking for a count in other words than "how many", as "how many" asks it: "what was
    the number of patients in the trial" -> "how many patients in the trial", "which outlets reported
    the number of cases" -> "which outlets reported how many cases". "Number" only says a figure is
    asked: a sentence echoing it ("put the number of injuries at nine") says nothing of the patients,
    and the answer must give a count of what follows "of"."""
    m = _NUMBER_OF.match(question)
    if m is not None:
        rest = m.group("rest").strip()
        return f"how many {rest}".rstrip() + ("?" if question.rstrip().endswith("?") else "")
    return _REPORTED_NUMBER_OF.sub(lambda r: f"{r.group('verb')} how many ", question)


#: "what is the skipper's age", "what was the length of the queue": a measure asked by its noun
_MEASURE_OWNED = re.compile(
    rf"^\s*what{_BE}\s+(?P<owner>[^?]+?)(?:'s|\u2019s|s')\s+(?P<noun>[a-z]+)\s*\??\s*$", re.IGNORECASE
)
_MEASURE_OF = re.compile(
    rf"^\s*what{_BE}\s+the\s+(?P<noun>[a-z]+)\s+of\s+(?P<owner>[^?]+?)\s*\??\s*$", re.IGNORECASE
)


def measure_wording(question: str) -> str:
    """A question asking for a measure by the noun of its attribute, as "how" and the attribute's value
    ask it (WordNet's attribute pointers, ``WordNet.attribute_values``): "what is the skipper's age",
    "what was the age of the skipper" -> "how old is the skipper"; "what is the length of the queue" ->
    "how long is the queue". The noun only says which measure is asked: a sentence gives it as a figure
    without the word ("Captain Tomas Verrall, 52"), which the "how" question asks for. Only the values
    that name a measure (``MEASURE_ADJECTIVES``, and "high")."""
    wn = wordnet()
    for pattern in (_MEASURE_OWNED, _MEASURE_OF):
        m = pattern.match(question)
        if m is None or wn is None:
            continue
        values = [v for v in wn.attribute_values(m.group("noun")) if v in MEASURE_ADJECTIVES or v == "high"]
        if not values:
            return question
        be = m.group("be").strip()
        be = "is" if be in ("'s", "s") else be
        owner = m.group("owner").strip()
        return f"how {values[0]} {be} {owner}" + ("?" if question.rstrip().endswith("?") else "")
    return question


def amount_wording(question: str) -> str:
    """A question asking for an amount in other words than "how much", as "how much" asks it: "what
    was the fine amount", "what's the amount of the fine" -> "how much was the fine"; "how big was the
    fine" too, when its noun asks for an amount of money ("how big was the pipe" asks for a size). The
    asking word "amount" is then no topic to search for, and the answer must give an amount. "How big a
    fine did they impose" asks "how much fine did they impose", a sum, as "how big was the fine" does
    (a number of days in the same story is no fine)."""
    m = _HOW_BIG_A.match(question)
    if m is not None and _asks_money(f"what is the {m.group('noun').lower()}"):
        return f"how much {m.group('noun')} {m.group('rest')}"
    for pattern in (_AMOUNT_OF, _AMOUNT_AFTER, _HOW_BIG):
        m = pattern.match(question)
        if m is None:
            continue
        be = m.group("be").strip()
        be = "is" if be in ("'s", "s") else be
        rest = m.group("rest").strip()
        if not re.sub(r"^(?:the|an?)\b", "", rest, flags=re.IGNORECASE).strip():
            return question  # "what is the amount": of nothing named
        tail = m.groupdict().get("tail") or ""
        if pattern is _HOW_BIG and not _asks_money(f"what is {rest.lower()}"):
            return question
        return f"how much {be} {rest}{tail}".rstrip() + ("?" if question.rstrip().endswith("?") else "")
    return question
