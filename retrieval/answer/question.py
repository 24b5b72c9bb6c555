"""Question analysis: what a question asks for (a person, a date, a place, a number, an outlet, a named
entity, a quotation, a reason) and the terms it is about, named entities marked."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from retrieval.answer.amounts import (
    ADDED_WORDS,
    BASIS_WORDS,
    CURRENCY,
    CURRENCY_ASKED,
    MEASURE_ADJECTIVES,
    SOURCE_FIRST,
    SPAN_VERBS,
    Basis,
    Measure,
    asks_amount,
    asks_change,
    asks_measure,
    asks_value,
    basis,
    measure,
    measure_words,
)
from retrieval.answer.bridge import TermBridge, edits1, person_noun, verb_bases, wordnet
from retrieval.answer.phrases import (
    AUXILIARIES,
    ahead_verbs,
    bound_pairs,
    done_verb,
    kind_words,
    literal_names,
    noun_phrase,
    progressive,
    subject,
)
from retrieval.lexicon import STOP_WORDS, WEEKDAYS
from retrieval.search.text import Tokenizer, fold
from retrieval.search.wordnet import NOUN_GROUP, NOUN_PERSON, WordNet

# Words that frame a question rather than say what it is about.
_FRAME_WORDS = frozenset(
    [
        "say",
        "said",
        "says",
        "tell",
        "told",
        "mention",
        "mentioned",
        "accord",
        "according",
        "describe",
        "described",
        "ask",
        "asked",
        "now",
        "currently",
        "recently",
        "today",
        "presently",
        "lately",
        "ever",
        "still",
        "yet",
        "really",
        "actually",
        "exactly",
        "summarize",
        "summarise",
        "summary",
        "overview",
        "latest",
    ]
)


# Phrases that only place a question in time or frame it; dropped before choosing search terms.
_FRAME_PHRASES = re.compile(
    r"\b(?:right now|at the moment|these days|so far|at present|at this point|in the news|"
    r"according to the coverage|give me|tell me|catch me up|going on|"
    r"(?:what|which) (?:kinds?|sorts?|types?) of|"
    r"what(?:'?s| is| was| has been) happening|what (?:has |will )?happen(?:ed|s)?(?: next)?|"
    r"what (?:is|'?s) going to happen(?: next)?|what(?:'?s| is| comes) next|"
    r"any news|any updates?|what (?:do|does|did) (?:we|you|they|i) know|what(?:'?s| is| was) known)\b",
    re.IGNORECASE,
)


#: a "why" in other words ("what caused the delay", "which factors led to the strike", "what was the
#: reason for ..."): a reason question, the asking words dropped like a frame (they are how it asks,
#: not what it is about: the answer says "blamed", not "caused")
_WHY_PHRASE = re.compile(
    r"\b(?:what|which \w+)(?: (?:has|have|had))? (?:caused|causes|cause|led to|leads to|lead to|prompted|"
    r"prompts|triggered|triggers|sparked|sparks|drove|drives|is behind|was behind|are behind|were behind)\b|"
    r"\bwhat (?:is|was|are|were) the (?:reasons?|causes?) (?:for|of|behind)\b|\bhow come\b",
    re.IGNORECASE,
)


# A question asking for the gist of a story rather than one fact: answered with a short digest.
_BROAD = re.compile(
    r"^(?:please\s+)?(?:summari[sz]e|sum up|recap|give me (?:an? |the )?(?:overview|summary|rundown|update)|"
    r"(?:what'?s|what is|what are) the (?:latest|news|story|situation|state of play)|"
    r"(?:what'?s|what is) (?:going on|happening|new) (?:with|in|on|about)|"
    r"what (?:happened|has happened|happens|will happen|is going to happen|'?s going to happen) "
    r"(?:next )?(?:with|to|in|at|over|for)|(?:what'?s|what is|what comes) next (?:for|with|in)|"
    r"any (?:news|updates?) (?:on|about)|tell me about|catch me up on|overview of|"
    r"what (?:do|does|did) (?:we|you|they|i) know (?:about|of|on)|what(?:'?s| is| was) known (?:about|of|on)|"
    r"(?:the )?(?:latest|updates?)(?: news)? (?:on|about|with|from))\b",
    re.IGNORECASE,
)


#: a broad question asking for a story's course, not its latest turn ("summarize the rate decision",
#: "what happened with the ferry", "tell me about the blast"): its summary opens with what happened
_ASKS_STORY = re.compile(
    r"^(?:please\s+)?(?:summari[sz]e|sum up|recap|give me (?:an? |the )?(?:overview|summary|rundown)|"
    r"(?:what'?s|what is) the story|what (?:happened|has happened) (?:with|in|at|over)|tell me about|"
    r"overview of)\b",
    re.IGNORECASE,
)


def asks_story(question: str) -> bool:
    """Whether a broad question asks for a story from its start (``_ASKS_STORY``), not for its latest
    ("what's the latest on", "any news on", "what's going on with")."""
    return bool(_ASKS_STORY.match(asked_sentence(question)))


#: a broad question asking for a story's latest turn, in words that ask for what is new or how things
#: stand now ("what's the latest on", "any updates on", "what's going on with", "give me an update on");
#: not one asking what happened ("what happened to the guard"), which asks for the event itself
_ASKS_LATEST = re.compile(
    r"^(?:please\s+)?(?:(?:what'?s|what is|what are) the (?:latest|news|situation|state of play)|"
    r"(?:what'?s|what is) (?:going on|happening|new) (?:with|in|on|about)|any (?:news|updates?) (?:on|about)|"
    r"give me (?:an? |the )?update|catch me up on|"
    r"(?:the )?(?:latest|updates?)(?: news)? (?:on|about|with|from))\b",
    re.IGNORECASE,
)


def asks_latest(question: str) -> bool:
    """Whether a broad question asks for a story's latest turn (``_ASKS_LATEST``), not its course from
    the start (``asks_story``) nor what is to come (``asks_next``)."""
    return bool(_ASKS_LATEST.match(asked_sentence(question)))


#: a broad question asking what is to come ("what's next for X", "what happens next to X", "what will
#: happen to X", "what is going to happen with X"): answered by what the coverage says is planned or due
_ASKS_NEXT = re.compile(
    r"^(?:please\s+)?(?:what(?:'?s| is| comes) next|what happens next|"
    r"what (?:will|is going to|'?s going to) happen)\b",
    re.IGNORECASE,
)


def asks_next(question: str) -> bool:
    """Whether a broad question asks what is to come (``_ASKS_NEXT``), not what has happened."""
    return bool(_ASKS_NEXT.match(asked_sentence(question)))


#: a request for the latest with no topic at all ("what's the latest?", "whats new", "any news?"): the
#: newest articles answer it (``about.latest``); none of its words is searched for
_BARE_BROAD = re.compile(
    r"^\s*(?:please\s+)?(?:(?:so\s+)?(?:what'?s|whats|what is|what are)\s+(?:the\s+)?"
    r"(?:latest|news|new|happening|going on|up)(?:\s+(?:news|today|now))?|"
    r"what(?:'?s| has)?\s+happened(?:\s+(?:today|now))?|"
    r"any(?:thing)?\s+(?:news|new|updates?)|(?:the\s+)?(?:latest|news|updates?)(?:\s+news)?)\W*$",
    re.IGNORECASE,
)
_HOW_LONG = re.compile(r"\s*how long\b", re.IGNORECASE)

#: "what time did the plane land", "at what time": the asked thing is a time (of day, or a time run),
#: which a sentence gives without the word "time" ("landed at 7:42 a.m.")
ASKS_TIME = re.compile(r"\b(?:what|which) time\b(?! (?:period|frame|zone)\b)", re.IGNORECASE)
_QUESTION_WORDS = frozenset(
    ["what", "which", "who", "whom", "whose", "when", "where", "why", "how", "many", "much"]
)


_AUXILIARIES = AUXILIARIES

#: the words that ask, as a chat spelling of one is read back ("wich" -> "which")
_ASKING = frozenset(["what", "which", "who", "whom", "whose", "when", "where", "why", "how"])
#: the asking words, longest first ("whoseis": whose, not "who seis")
_ASKING_LONGEST = tuple(sorted(_ASKING, key=len, reverse=True))
_FIRST_WORD = re.compile(r"^\s*([A-Za-z]+)\b")


#: an asking word with its "'s" run in after the question's opening words ("according to the Post whats
#: the margin"): English has no such word, so it is read wherever it stands
_RUN_IN = re.compile(r"(?<=\s)(what|who|where|when|how)s\b", re.IGNORECASE)


#: the words a "how" asks a quantity with ("how many", "how long")
_HOW_WORDS = frozenset(["many", "much", "long", "old", "far", "often", "big", "soon"])
#: "how" and the word after it, if a lowercase one
_HOW_NEXT = re.compile(r"\b([Hh]ow\s+)([a-z]+)\b")


def spelled_out(question: str, in_corpus: Callable[[str], bool]) -> str:
    """The question with a chat spelling of its asking word written out (``_asking_spelled``), and of
    the word a "how" asks its quantity with ("hw mny ppl were hurt" -> "how many"): one edit from
    exactly one of them (``_HOW_WORDS``), which no dictionary knows and the coverage never uses. The
    kind of answer ("how many": a number of people) is read from them."""

    def quantity(m: re.Match[str]) -> str:
        low = m.group(2)
        if low in _HOW_WORDS or in_corpus(low) or (wn := wordnet()) is None or wn.known(low):
            return m.group(0)
        near = edits1(low) & _HOW_WORDS
        return m.group(1) + near.pop() if len(near) == 1 else m.group(0)

    return _HOW_NEXT.sub(quantity, _asking_spelled(question, in_corpus))


def _asking_spelled(question: str, in_corpus: Callable[[str], bool]) -> str:
    """The question with a chat spelling of its asking word written out ("wich app ..." -> "which app
    ...", "whos the mayor" -> "who is the mayor"): the kind of answer asked for is read from that word,
    and a question opening with a misspelt one was answered as if it asked for nothing in particular.
    Only the first word is read, and only when it is one edit from exactly one asking word, or from
    several but a dropped letter from only one ("wher": where, not when), or runs a function word into
    one ("howmany": ``_run_together``), or is one with its "'s" run in, which is read anywhere; and
    the coverage never uses it: "that", "then", "how" or a temple
    called "Wat" in a Thai corpus stay as written."""
    question = _RUN_IN.sub(lambda r: r.group(0) if in_corpus(r.group(0)) else f"{r.group(1)} is", question)
    m = _FIRST_WORD.match(question)
    if m is None:
        return question
    low = m.group(1).lower()
    if len(low) < 2 or low in FUNCTION_WORDS or low in STOP_WORDS or in_corpus(low):
        return question
    if low.endswith("s") and low[:-1] in _ASKING:
        spelled = f"{low[:-1]} is"
    elif run_in := _run_together(low):
        spelled = run_in
    else:
        near = edits1(low) & _ASKING
        if len(near) > 1:
            # "wher" is one edit from "where" and "when": chat drops letters, so the asking word it is
            # with a letter dropped is the one meant ("whn": when, not who), where only one is
            near = {w for w in near if len(w) == len(low) + 1}
        if len(near) != 1:
            return question
        spelled = near.pop()
    return question[: m.start(1)] + spelled + question[m.end(1) :]


def _run_together(word: str) -> str:
    """``word`` as an asking word and the function word chat ran into it ("howmany": "how many",
    "whatis": "what is"), where the dictionary knows no such word ("however", "whatever" stay); ""
    otherwise."""
    wn = wordnet()
    if wn is None or wn.known(word):
        return ""
    for asking in _ASKING_LONGEST:  # ("whoseis": whose, not "who seis")
        rest = word[len(asking) :]
        if word.startswith(asking) and len(rest) >= 2 and (rest in FUNCTION_WORDS or rest in STOP_WORDS):
            return f"{asking} {rest}"
    return ""


#: a word opening a question before its asking word ("yo is the strike over", "@everyone did the vote
#: pass", "hey, who won"), with what follows it
_OPENER = re.compile(r"^\s*(@?[A-Za-z]+)[,!:]?\s+(?P<rest>([A-Za-z]+)\b.*)$", re.DOTALL)


#: chat words ending a question ("is the strike over lol?"): a yes/no question about a state ends in it
_CHAT_TAIL = re.compile(
    r"(?:\s+(?:lol|lmao|rofl|pls|plz|thx|tbh|imo|imho|btw|idk|omg))+(\W*)$", re.IGNORECASE
)


def without_greeting(question: str, in_corpus: Callable[[str], bool]) -> str:
    """The question without a greeting, a mention or an interjection before its asking word ("yo is the
    strike over" -> "is the strike over"), nor a chat word after its last ("lol"): the kind of answer
    asked for is read from the first word, and a question opened by a greeting was read as asking for
    nothing in particular ("what"), so a yes/no question was never answered as one; a state asked
    about is read from the last word. The opener goes only when the next word is an asking word or an
    auxiliary and the opener is a mention ("@everyone"), a chat word (``_CLOSED_CLASS``), or a word
    that neither WordNet nor the coverage knows ("yo", "hey", "um"): "Bob, is ..." or "Kenya has ..."
    stay."""
    question = _CHAT_TAIL.sub(lambda t: t.group(1), question)
    m = _OPENER.match(question)
    if m is None:
        return question
    first, nxt = m.group(1).lower(), m.group(3).lower()
    if (nxt not in _ASKING and nxt not in _AUXILIARIES) or first in _ASKING or first in _AUXILIARIES:
        return question
    if edits1(first) & _ASKING:
        return question  # "wat did ...": a chat spelling of the asking word (``spelled_out``)
    wn = wordnet()
    unknown = wn is not None and not wn.known(first) and not in_corpus(first)
    return m.group("rest") if first.startswith("@") or first in _CLOSED_CLASS or unknown else question


#: the nouns for the coverage's accounts, whose agreeing or not a question may remark on ("outlets differ")
_ACCOUNTS = (
    r"(?:(?:the|these|those|different|some|most|many|all|both|news|media)\s+){0,2}"
    r"(?:outlets?|sources?|reports?|reporting|papers?|newspapers?|articles?|accounts?|stories|story|"
    r"coverage|media|figures?|numbers?|estimates?|counts?|versions?|sites?|websites?)"
)
#: what the accounts do when they do not say one thing ("differ", "seem to vary", "don't agree")
_DIFFERING = (
    r"(?:(?:all|also|may|might|seem|seems|appear|appears|to|do|does|don't|dont|doesn't|do not|does not|"
    r"are|is|kind of|sort of)\s+)*"
    r"(?:differ|differs|differing|different|disagree|disagrees|disagreeing|vary|varies|varying|"
    r"conflict|conflicts|conflicting|contradict|contradicts|contradictory|inconsistent|"
    r"agree|agrees|match|line up|"
    # (or no longer say what they said: "the figure seems to have changed", "the count was revised")
    r"(?:(?:have|has|had|been|was|were)\s+)*(?:changed|revised|updated|corrected))"
)
#: what the accounts give when they do not say one thing: "outlets give different depths", "reports
#: have conflicting figures" (a verb of giving, a differing adjective, the noun of what they give)
_GIVING_DIFFERENT = (
    r"(?:(?:seem|seems|appear|appears|to|all|also)\s+)*"
    r"(?:give|gives|gave|giving|report|reports|reported|have|has|had|say|says|said|cite|cites|cited|"
    r"quote|quotes|quoted|put|puts|show|shows)\s+"
    r"(?:(?:very|quite|two|three|several|a\s+few)\s+)?"
    r"(?:different|differing|conflicting|varying|contradictory|inconsistent|other)\s+[a-z]+"
)
#: a remark on the coverage, whole: "(outlets differ)", "Outlets seem to differ", "reports disagree on this",
#: "Do reports agree?" (asked of the coverage: whether its accounts agree, which the reply shows by
#: citing each), "outlets give different depths"
_ON_COVERAGE = re.compile(
    rf"^(?:but\s+|and\s+|though\s+|although\s+)?(?:(?:do|does|did|are|is|were)\s+)?{_ACCOUNTS}\s+"
    rf"(?:{_DIFFERING}|{_GIVING_DIFFERENT})"
    r"(?:\s+(?:on|about|over)\s+(?:this|that|it|the\s+(?:number|figure|count|total)))?"
    r"(?:\s+(?:a\s+bit|a\s+lot|here|though|i\s+think))?\W*$",
    re.IGNORECASE,
)
#: a remark on the asker, whole: what the asker saw, heard, read or thinks ("I saw two numbers", "I heard
#: 12,000", "(I think)"), "(not sure)", "just curious"; not what they say of the story ("My town is Harwick")
_ON_ASKER = re.compile(
    r"^(?:i|i've|ive|i'd)\s+(?:(?:also|just|only|have|had|did|do|think|thought|could\s+have|may\s+have)\s+)*"
    r"(?:saw|seen|see|heard|hear|read|think|thought|believe|believed|remember|recall|guess|wonder|wondered|"
    r"noticed|was\s+told|got\s+told|keep\s+seeing|keep\s+hearing|came\s+across|found)\b[^?]*$|"
    r"^(?:(?:i'?m\s+|i\s+am\s+)?(?:not\s+sure|unsure)|just\s+(?:curious|wondering|checking)|no\s+idea)\b[^?]*$",
    re.IGNORECASE,
)
#: "do the outlets agree on how many fans marched": the question is the one after "on"
_DO_ACCOUNTS_AGREE = re.compile(
    rf"^\s*(?:do|does|did)\s+{_ACCOUNTS}\s+{_DIFFERING}\s+(?:on|about|over|as\s+to)\s+(?P<asked>.+)$",
    re.IGNORECASE,
)
#: a figure asked of the coverage's accounts: "what different numbers did outlets give for customers who
#: lost power", "what figures have been given for the total of the bribes", "what did different outlets
#: report about the number of sick children", "how many deaths did the reports give": the figure asked is
#: what follows (each account of it is cited, as for "(outlets differ)")
_FIGURE_NOUNS = r"(?:numbers?|figures?|estimates?|counts?|totals?|tallies|tally|amounts?|tolls?)"
#: the verbs of reporting, by which a question asks what an account says ("what did the Wire report as
#: the toll", "what did Hale and Pruitt say about the vote"): one list for every reading of accounts
REPORTING_VERBS = (
    r"(?:say|says|said|report|reports|reported|cite|cites|cited|quote|quotes|quoted|publish|published|"
    r"state|states|stated|tell|tells|told|write|writes|wrote|written|claim|claims|claimed)"
)
#: ... and of giving a figure, which asks an account's figure ("what numbers did outlets give for X")
_GIVEN = rf"(?:give|gives|gave|given|put|{REPORTING_VERBS})"
#: (what is asked runs to the end, its "?" and spaces cut after: a lazy run before "\s*\??\s*$" tried each
#: split of a run of spaces for each of its ends, cubic in the run's length)
_ACCOUNTS_FIGURE = re.compile(
    rf"^\s*what\s+(?:(?:different|differing|conflicting|varying|various|other)\s+)?{_FIGURE_NOUNS}\s+"
    rf"(?:(?:have|has|had)\s+(?:been\s+)?|(?:were|was|are|is)\s+(?:being\s+)?|(?:do|does|did)\s+{_ACCOUNTS}\s+|"
    rf"(?:have|has|had)\s+{_ACCOUNTS}\s+)(?:\w+\s+)?{_GIVEN}\s+(?:for|of|on|about|as)\s+(?P<asked>.+)$|"
    rf"^\s*what\s+(?:(?:do|does|did)\s+{_ACCOUNTS}|(?:have|has|had)\s+{_ACCOUNTS})\s+{_GIVEN}\s+"
    rf"(?:for|of|on|about|as)\s+(?P<figure>the\s+{_FIGURE_NOUNS}\s+of\s+.+)$",
    re.IGNORECASE,
)
#: "how many deaths did outlets report", "how much did the reports say was lost": the figure asked, its
#: accounts aside (what is asked ends on a letter, so a run of spaces is crossed once, not once a space)
_FIGURE_BY_ACCOUNTS = re.compile(
    rf"^\s*(?P<asked>how\s+(?:many|much)\s+.*?\S)\s+(?:do|does|did|have|has|had)\s+{_ACCOUNTS}\s+{_GIVEN}"
    r"(?P<rest>(?:\s+[a-z]+){0,3})\s*\??\s*$",
    re.IGNORECASE,
)
#: a clause that is itself a question, by its asking word
ASKING_START = re.compile(r"^(?:what|which|who|whom|whose|when|where|why|how)\b", re.IGNORECASE)
#: a figure asked by its noun ("the total of the bribes"), and the article before what is counted
_THE_NOUN_OF = re.compile(r"the\s+[a-z-]+\s+of\s", re.IGNORECASE)
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
#: a question asking a figure by its kind ("how many", "how much", "how old", "how long")
_ASKS_FIGURE = re.compile(
    r"^how\s+(?!come\b|did\b|does\b|do\b|is\b|was\b|were\b|are\b)[a-z]+\b", re.IGNORECASE
)
_PARENTHESIS = re.compile(r"\s*\(([^()]*)\)")
#: a question's sentences, each with the space after it
_SENTENCE = re.compile(r"[^.?!]+(?:[.?!]+|$)\s*")


def _remark(text: str) -> bool:
    """Whether ``text`` (a sentence or a parenthesis) is a remark on the coverage or on the asker."""
    text = fold(text).strip().strip("-\u2013\u2014,;: ")
    return bool(text) and bool(_ON_COVERAGE.match(text) or _ON_ASKER.match(text))


#: a sentence's last clause after a comma, and the punctuation ending the sentence
_LAST_CLAUSE = re.compile(r",(?P<clause>[^,]+?)(?P<end>[.?!]*\s*)$")
#: a clause asking of the accounts in its own right ("do the numbers match", "were the figures revised"):
#: after a comma it is the question itself, asked after a lead-in ("Since the recount, do the numbers
#: match?"), not a remark set after one
_ASKED_OPENER = re.compile(r"^(?:but\s+|and\s+)?(?:do|does|did|are|is|were)\b", re.IGNORECASE)


def _asks(lead: str) -> bool:
    """Whether ``lead`` is itself a question: an asking word or an auxiliary first ("How many were hurt",
    "Did the bridge fall"), not a lead-in ("After the audit", "Since the recount")."""
    words = fold(lead).strip().lower().split(maxsplit=1)
    return bool(words) and (words[0] in _ASKING or words[0] in _AUXILIARIES)


def _without_remark_clause(sentence: str) -> str:
    """A sentence without a last clause that remarks on the coverage ("What time did the bridge
    collapse, reports differ?", "How many were hurt, the figure seems to have changed"): the clause is
    how the asker came to ask, set after the question by a comma; the sentence keeps its end. Only when
    what comes before the comma is itself a question and the clause is not asked in its own right: in
    "After the audit, were the figures revised?" the clause is what is asked and the lead its scene."""
    m = _LAST_CLAUSE.search(sentence)
    if m is None or not _asks(sentence[: m.start()]):
        return sentence
    clause = fold(m.group("clause")).strip().rstrip("?.! ")
    if _ASKED_OPENER.match(clause) or not _ON_COVERAGE.match(clause):
        return sentence
    return sentence[: m.start()] + m.group("end")


def _figure_asked(question: str) -> str:
    """A figure asked of the coverage's accounts, asked of the story: "what different numbers did outlets
    give for customers who lost power" -> "How many customers who lost power?", "what figures have been
    given for the total of the bribes" -> "What is the total of the bribes?", "how many deaths did the
    reports give" -> "How many deaths?". The accounts and their giving are how the asker came to ask,
    words no sentence answering holds; each account of the figure is cited (as for "(outlets differ)")."""
    if (m := _FIGURE_BY_ACCOUNTS.match(question)) is not None:
        asked = m.group("asked").strip() + m.group("rest")
        return asked[:1].upper() + asked[1:] + "?"
    if (m := _ACCOUNTS_FIGURE.match(question)) is None:
        return question
    if m.group("figure"):
        return f"What is {_unended(m.group('figure'))}?"
    asked = _unended(m.group("asked"))
    if _THE_NOUN_OF.match(asked):
        return f"What is {asked}?"  # "the total of the bribes", "the value of the haul"
    return f"How many {_LEADING_THE.sub('', asked)}?"


def _unended(asked: str) -> str:
    """What a question asks without its closing "?" and the spaces around it, cut in one pass."""
    asked = asked.rstrip()
    return asked[:-1].rstrip() if asked.endswith("?") else asked


def without_remarks(question: str) -> str:
    """The question without what it says of the coverage or of the asker: "(outlets differ)", "Outlets
    seem to differ", "I saw two numbers", "(not sure)". Such a remark is how the asker came to ask, not
    what is asked, and read as search terms its words ("outlets", "differ", "saw") are ones no sentence
    answering holds, so the question was declined. Taken out: a parenthesis that is such a remark; a
    sentence after the asking one that is a remark on the asker (before it, "I read the plant closed"
    sets the scene); a sentence that is a remark on the coverage and nothing else. "Do the outlets
    agree on how many fans marched" asks how many (every account of it is cited)."""
    kept = _PARENTHESIS.sub(lambda m: "" if _remark(m.group(1)) else m.group(0), question)
    sentences = [_without_remark_clause(s) for s in _SENTENCE.findall(kept)]
    if len(sentences) > 1:
        # (the asking sentence is the last question that is not itself a remark: "How many vehicles fell?
        # Do reports agree?" asks how many)
        asking = max(
            (i for i, s in enumerate(sentences) if "?" in s and not _remark(s)),
            default=max((i for i, s in enumerate(sentences) if "?" in s), default=len(sentences) - 1),
        )
        sentences = [
            s
            for i, s in enumerate(sentences)
            if i == asking or not (_ON_COVERAGE.match(fold(s).strip()) or (i > asking and _remark(s)))
        ]
        kept = "".join(sentences) if "".join(_SENTENCE.findall(kept)) == kept else kept
    elif sentences and "".join(_SENTENCE.findall(kept)) == kept:
        kept = "".join(sentences)
    m = _DO_ACCOUNTS_AGREE.match(kept)
    if m is not None:
        asked = m.group("asked").strip()
        kept = asked[:1].upper() + asked[1:] if ASKING_START.match(asked) else f"What is {asked}"
    kept = _figure_asked(kept)
    kept = kept.strip()
    return kept if kept and kept != question.strip() else question


#: a figure as a question offers it ("33-22", "12,000", "$4.5m", "40%"): its digits with one separator between
#: them, read whole and never given back (an atomic group), so a list of figures ("10, 12 or 15") is split at
#: its separators in one way only; read as many ways as a run of "1,1,1,..." could be split, a question of 50
#: such figures took minutes
_FIGURE = r"[$\u00a3\u20ac]?(?>\d(?:[,.:/-]?\d)*)%?(?:\s?(?:million|billion|m|bn|k)\b)?"
#: figures offered as alternatives ("33-22 or 31-24", "10, 12 or 15"), and the comma or dash before them
_ALTERNATIVES = re.compile(
    rf"(?P<lead>\s*[,:\u2013\u2014-]\s*|\s+)(?<![\w.])(?P<all>(?:{_FIGURE}\s*,\s*)*{_FIGURE}\s+or\s+{_FIGURE})"
    r"(?![\w])"
)
_ONE_FIGURE = re.compile(_FIGURE)


def offered(question: str) -> list[str]:
    """The question once for each figure it offers as an alternative ("was it 33-22 or 31-24": "was it
    33-22", "was it 31-24"): the asker's candidates, of which the coverage may hold one; read together,
    each was a term a sentence had to hold, and a sentence giving one lacked the other, so it was
    declined. A question asking how many or how much ("how many fans marched, 12,000 or 20,000?") asks
    a figure by its kind, without them: the candidates it ends with are dropped. One asking what else
    ("what was the council vote, 33-22 or 31-24?") is asked with each of them first, "what was the
    council vote 33-22?" (its kind asks for no figure, so a sentence giving neither would answer it),
    then without. A question with no such
    figures is itself alone."""
    m = _ALTERNATIVES.search(question)
    if m is None:
        return [question]
    rest = question[m.end() :]
    figures = [
        f.group(0).rstrip(",.") for f in _ONE_FIGURE.finditer(re.sub(r"\s+or\s+", " , ", m.group("all")))
    ]
    if ASKING_START.match(question.strip()) and m.group("lead").strip() and not rest.strip(" ?.!"):
        without = question[: m.start()] + rest
        if _ASKS_FIGURE.match(question.strip()):
            return [without]
        # (the figure written after what it is of, without the comma setting it apart as the asker's)
        return [f"{question[: m.start()]} {f}{rest}" for f in figures] + [without]
    return [question[: m.start("all")] + f + rest for f in figures]


#: a lowercase word ending in "in" (or "in'"), which chat writes for "-ing" ("makin", "goin'", "sayin")
_G_DROPPED = re.compile(r"\b([a-z]{2,}in)(?:['\u2019](?!\w))?(?![\w'\u2019])")


def g_restored(question: str, in_corpus: Callable[[str], bool]) -> str:
    """The question with chat's dropped "g" of a verb's "-ing" written back ("wat bug is makin ppl sick"
    -> "... making ..."): the word read as written is no word the coverage holds, or a name it was taken
    for ("Makin", an atoll), and the question declined for it. Only where the "-ing" form is a verb's
    inflection to WordNet's morphology ("making" of "make") and the word as written is neither a common
    English word ("robin", "cabin", "ruin" stay) nor one the coverage uses (a "Rankin" it names stays)."""
    wn = wordnet()
    if wn is None:
        return question

    def restore(m: re.Match[str]) -> str:
        word = m.group(1)
        spelled = word + "g"
        common = wn.known(word) and not wn.proper(word)
        if common or in_corpus(word) or not any(p == "v" and b != spelled for p, b in wn.lemmas(spelled)):
            return m.group(0)
        return spelled

    return _G_DROPPED.sub(restore, question)


# Kinds of thing that are answered with a name: "which country", "which food chain", "which team".
_NAMED_CLASSES = frozenset(
    "country countries nation state states city cities town region province island company companies firm "
    "chain retailer brand airline carrier automaker bank team club league university school party group "
    "organization agency court movie film show series song album band singer rapper actor actress artist "
    "celebrity star player athlete quarterback president leader official minister senator governor mayor "
    "candidate app platform website airport river mountain volcano".split()
)


_MEDIA_WORDS = frozenset(
    ["network", "channel", "outlet", "newspaper", "broadcaster", "station", "paper", "agency", "magazine"]
)


# The noun phrase after "what", "which", "how many" that names the kind of answer ("in what city", "which
# year", "which wildly popular show").
#: "kinds of", "a type of" before the noun an asking word leads ("what kind of vehicle")
_KIND_OF = r"(?:(?:kinds?|types?|sorts?) of\s+)?"
_WH_HEAD = re.compile(rf"\b(?:what|which|whose|how many|how much)\s+{_KIND_OF}([a-z][^?.!,;:]*)")


_HOW_MANY = re.compile(r"\bhow many\s+([a-z][^?.!,;:]*)")

#: a comparative opening a "how many" phrase ("how many more families"), before the noun counted
_COMPARATIVE = re.compile(r"^(?:more|fewer|less)\s+(?=[a-z])")


def doer_verb(question: str) -> str:
    """The verb of a "which X" clause: the first word after X past its auxiliaries and pronouns
    ("which news agency reported ..." -> reported, "which country was declared bankrupt" -> declared,
    "which club did he join" -> join), or '' when that word is no verb: a sentence holding the verb
    and a name names X's instance by what it did or had done to it ("Reuters reported", "declared
    Ruritania bankrupt") without writing X. None in "what party is the mayor in" nor "what fee is
    Chris Rock paid": the word after is a name, and the verb another's."""
    wh = _WH_HEAD.search(asked_sentence(question))
    wn = wordnet()
    if wh is None or wn is None:
        return ""
    words = wh.group(1).split()
    nouns = noun_phrase(wh.group(1))
    if not nouns or nouns[-1] not in words:
        return ""
    at = words.index(nouns[-1]) + 1
    # (an adverb before the verb is passed too: "which automaker is now recalling")
    word = next((w for w in words[at:] if not _framing(w, wn)), "")
    return word if any(pos == "v" for pos, _ in wn.lemmas(word)) else ""


def _framing(word: str, wn: WordNet) -> bool:
    """Whether a word between a "which X" and its verb only frames it: an auxiliary, a function word,
    an adverb that is no verb ("now", "recently")."""
    if word in _AUXILIARIES or word in STOP_WORDS:
        return True
    kinds = {pos for pos, _ in wn.lemmas(word)}
    return "r" in kinds and "v" not in kinds


def head_noun(phrase: str) -> str:
    """The last noun of ``noun_phrase``: the kind of thing asked for."""
    nouns = noun_phrase(phrase)
    return nouns[-1] if nouns else ""


# A quoted phrase of three words or more ('It takes two', "dance the tango").
_QUOTED = re.compile(r"(?:^|\s)['\"]([^'\"]*?\w\s+\w+\s+\w[^'\"]*?)['\"](?:\W|$)")


#: weekdays are capitalised by convention, not as names: a question's "early Thursday" places it in the week
#: its article tells by its own date as often as by the word (a month, "in April", picks out the event)
CALENDAR = frozenset(WEEKDAYS)


#: words that only shape a question: a misspelling of one ("acording", "wich") is no search term
#: closed-class English words (indefinite pronouns, prepositions, conjunctions, spoken contractions)
#: that neither the index's stop words nor WordNet (which holds only open-class words) list: such a word
#: says nothing about the topic, and taken for an unknown name it would make the question abstain
_CLOSED_CLASS = frozenset(
    "anything something everything anyone someone everyone anybody somebody everybody whatever whoever "
    "among amongst upon whether til till unless although though despite towards toward onto whereas "
    "gonna wanna gotta kinda sorta "
    # chat's interjections and sign-offs ("who hacked tidewater lol")
    "lol lmao rofl pls plz thx tbh imo imho btw idk omg".split()
)

#: verbs that only say an event took place ("when did the cyberattack happen", "where did the crash
#: occur"): in a question asking when, where or why, the event is what is asked about, and a sentence
#: telling it seldom uses them (elsewhere they may be the words asked for: "did he say it would happen")
_EVENT_VERBS = frozenset("happen happened happens happening occur occurred occurs occurring".split())
_TAKE_PLACE = re.compile(r"\b(?:take|takes|took|taken|taking) place\b", re.IGNORECASE)
_OF_EVENTS = frozenset({"date", "place", "reason"})

#: "get" as a passive's auxiliary ("how many ambulances got diverted"): the participle after it is the verb
_GET_FORMS = frozenset("get gets got gotten getting".split())

#: the delexical verbs of having ("get compensation", "make revenue", "give a speech"): such a verb
#: lends its clause tense and little else, the noun beside it saying what is had, and a sentence
#: answering writes that in its own verb ("passengers are entitled to €600", "reported revenue of $2.1
#: billion"). ("go" and "take" say where and how long: "where did the march go", "how long did it take")
_DELEXICAL = frozenset("get give make".split())

#: the particles that make a phrasal verb of one (``_DELEXICAL``): "get in", "give up", "make out"
_PARTICLES = frozenset("up down in out off away back over through around along by".split())

#: titles written before a name ("dr mehta", "sen. ortiz"): the name is what the question gives
HONORIFICS = frozenset(
    "mr mrs ms mx dr prof sen rep gov gen col capt lt sgt rev fr supt insp det adm cmdr".split()
)


FUNCTION_WORDS = _FRAME_WORDS | _QUESTION_WORDS | _AUXILIARIES | _CLOSED_CLASS


#: what a question asks for
QuestionKind = Literal[
    "person", "date", "place", "number", "media", "entity", "reason", "quote", "yesno", "what", "broad"
]
#: kinds of question answered by a thing of that kind (a person, a date ...): such a sentence may cover
#: less of the question's wording (``AnswerWeights.typed_coverage``)
TYPED_KINDS = frozenset({"person", "date", "place", "number", "media", "entity"})


@dataclass(frozen=True, slots=True)
class QuestionInfo:
    text: str
    kind: QuestionKind
    terms: list[str]  # stemmed content terms, in order, deduplicated
    words: list[str]  # the content words as written, for "I looked for ..."
    entity_terms: frozenset[str] = field(default_factory=frozenset)
    #: each term's word as the question wrote it (what WordNet and the spelling check are asked about)
    term_words: dict[str, str] = field(default_factory=dict)
    #: each term as the corpus knows it (``answer.bridge``); empty until the selector bridges it
    bridges: dict[str, TermBridge] = field(default_factory=dict)
    #: the word naming the kind of answer wanted ("what city", "which year", "how many people"): the
    #: answer is an instance of it, which a sentence holds without the word
    head: str = ""
    #: what a "how many" question counts ("how many prisoners"): a sentence whose number counts
    #: something else does not answer it
    counted: str = ""
    #: the other nouns of what a "how many" counts ("rover workers"): a number beside any of them counts it
    counted_with: tuple[str, ...] = ()
    #: the common nouns of a "which"/"what" phrase ("which news agency"): the kind of thing asked for,
    #: never a name its story must hold, however the coverage capitalises them ("NBC News")
    kind_terms: frozenset[str] = field(default_factory=frozenset)
    #: words the question quotes ("who said 'it takes two'"), folded and lowercased: a sentence
    #: holding them is the one asked about
    phrase: str = ""
    #: the kind of amount asked for, when it is one (``Measure``)
    measure: Measure = ""
    #: terms read as a name however they are written (``literal_names``): the coverage must hold them
    #: as they are, not a synonym ("grumpy" ~ "cross") nor the function word a typo would make of them
    literal: frozenset[str] = field(default_factory=frozenset)
    #: the terms of the noun the question is about, when it asks about one (``subject``)
    subject: tuple[str, ...] = ()
    #: (modifier, noun, through "of") term triples the question binds together: a word before a noun
    #: ("trafford centre", "russia's defence minister") or after it through "of" ("prime minister of
    #: the eu"). Where the modifier is a name, the noun is that name's, not another's
    #: (``types.bound_elsewhere``)
    bound: tuple[tuple[str, str, bool], ...] = ()
    #: terms only a trailing participial clause holds ("..., angering a nearby world power"): what
    #: followed from the asked fact, which the question adds to tell it apart and the sentence giving the
    #: answer seldom states beside it. They count for covering the question, not for what it asks
    aside: frozenset[str] = field(default_factory=frozenset)
    #: the verb a "did" question asks about ("when did they sign the deal" -> "sign"): what happened, which
    #: a sentence saying it is to happen ("expected to sign a deal next week") does not state; or the state a
    #: "is the strike over" asks about (``asked_state``)
    done: str = ""
    #: the words that may be the verb a "when/where will" asks about (``phrases.ahead_verbs``: "when will the
    #: line open to passengers" -> "line", "open"): what is to happen, which a sentence telling it as a
    #: plan's act ("voted to open the line on 18 April") dates
    ahead: tuple[str, ...] = ()
    #: of a money question, whether it asks an amount for each unit or the whole (``amounts.basis``)
    basis: Basis = ""
    #: whether a "how much" asks by how much something changed (``amounts.asks_change``)
    change: bool = False

    @property
    def search_terms(self) -> list[str]:
        """The index terms to retrieve with: each known term, a misspelt one's correction, an unknown
        word's synonyms the corpus holds."""
        if not self.bridges:
            return self.terms
        out: list[str] = []
        for t in self.terms:
            b = self.bridges.get(t)
            for s in b.search if b is not None else (t,):
                if s not in out:
                    out.append(s)
        return out


#: a question that asks for a name: "what is the documentary called", "what's his nickname"
_ASKS_NAME = re.compile(
    r"^(?:what|which)\b.*\b(?:called|named|titled|entitled|dubbed|known as)\W*$|"
    r"^what(?:'s|s| is| was| are| were)\b.*\b(?:name|nickname|title)\W*$"
)


#: ``_ASKS_NAME`` with the thing named by a copula: "what is his book called", not "what did the stock do
#: when she was named", whose "named" tells an event
_ASKS_WHAT_NAME = re.compile(
    r"^(?:what|which)(?:'s|s| is| was| are| were)\b.*\b(?:called|named|titled|entitled|dubbed|known as)\W*$|"
    r"^what(?:'s|s| is| was| are| were)\b.*\b(?:name|nickname|title)\W*$"
)


@lru_cache(maxsize=1024)  # (asked of every candidate sentence: the question is the same)
def asks_name(question: str) -> bool:
    """Whether a question asks what something is called ("what is his book called", "what's the name of
    the firm"): a name answers it, which a sentence writing the thing only as "a book" does not give."""
    return bool(_ASKS_WHAT_NAME.search(asked_sentence(question)))


#: "what is X called" (X the thing named, its last word its noun), "what is the name of X"
_CALLED = re.compile(
    r"^(?:what|which)(?:'s|s| is| was| are| were)\s+(.+?)\s+"
    r"(?:called|named|titled|entitled|dubbed|known as)\W*$"
)


@lru_cache(maxsize=1024)  # (asked of every candidate sentence: the question is the same)
def asked_called_noun(question: str) -> str:
    """The noun of the thing whose name a question asks ("what is the ferry company called" ->
    "company", "what's the name of the harbour's new tug" -> "tug", "what is its start-up called" ->
    "start-up"), or "": a name answers it, which a sentence bringing the thing in only as "a company"
    does not give. The last word of X, hyphenated words kept whole."""
    asked = asked_sentence(question)
    m = _CALLED.match(asked) or _NAME_OF.match(asked)
    if m is None:
        return ""
    # ("the name of the ferry that capsized", "the tanker that spilled oil off Hesketh called": X's noun,
    # not the last word of the clause after it)
    x = _CLAUSE_AFTER.split(m.group(1), maxsplit=1)[0]
    words = re.findall(r"[a-z][\w-]*", _POSSESSOR.sub("", x))
    wn = wordnet()
    # ("the power line suspected in the fire": a participle after the noun opens a clause of its own,
    # a word WordNet reads as a verb's form and as no noun)
    while len(words) > 1 and wn is not None and _participle(words[-1]) and _verb_only(words[-1], wn):
        words.pop()
    return words[-1] if words else ""


def _verb_only(word: str, wn: WordNet) -> bool:
    """Whether WordNet knows a word as a verb's form and in no sense as a noun ("suspected", "used")."""
    kinds = {pos for pos, _ in wn.lemmas(word)}
    return "v" in kinds and "n" not in kinds


#: what ends X's noun phrase in "the name of X": a relative clause or a prepositional phrase after it
#: ("the ferry that capsized", "the reactor which blew up", "the judge in the lawsuit")
_CLAUSE_AFTER = re.compile(
    r"\s+(?:that|which|who|whom|whose|where|when|in|at|on|of|for|from|with|by|behind|after|before)\b|,"
    # (or a participle's clause, the "-ing" form and its object: "the police officer leading the inquiry",
    # "the firm building the bridge"; not "the ruling party", whose "-ing" word describes the noun)
    r"|\s+(?=[a-z]{2,}ing\s+(?:the|a|an|its|their|his|her|this|that|these|those)\b)"
)


def asked_act(question: str) -> frozenset[str]:
    """The base forms of the verb a "which X VERBed Y" asks the doer of ("which company operated the
    Kestrel Star" -> {"operate"}, "what ferry firm owns the boat" -> {"own"}), or none: the name asked
    for is the one a sentence says did it, which a sentence holding Y beside some company's other doing
    does not give. The verb is the second or third word after "which" in an inflection of its own
    ("operated", "owns"), never an auxiliary ("which body is ...") nor a plain form, which after "which
    X" is a compound's noun ("which arms deal"). Only for a kind of organisation (WordNet's group nouns:
    "company", "bank", "agency"), not one that may be a person ("what NFL star announced"), whom titles
    and appositions name as "who" questions read them."""
    words = asked_sentence(question).split()
    wn = wordnet()
    if wn is None or len(words) < 3 or words[0] not in ("which", "what") or words[1] in STOP_WORDS:
        return frozenset()
    for i, word in enumerate(words[2:4], start=2):
        if word in AUXILIARIES or word in STOP_WORDS or not word.isalpha():
            return frozenset()
        if word.endswith(("s", "ed")):
            bases = verb_bases(word) - {word}
            kinds = wn.sense_classes(words[i - 1], "n", 2)
            if bases and (NOUN_GROUP not in kinds or NOUN_PERSON in kinds):
                return frozenset()  # ("what NFL star announced": maybe a person, named beside titles)
            if bases:
                return bases
    return frozenset()


def asked_sentence(question: str) -> str:
    """The sentence of a question that asks (folded, lowercase): a question may first set the scene
    ("Gas prices hit a record. How much does a gallon cost?"), and what it asks for is in its last
    question sentence, not in its first words."""
    q = fold(question).lower().strip()
    parts = [p for p in re.split(r"(?<=[.?!])\s+(?=[a-z])", q) if p.strip()]
    if len(parts) <= 1:
        return q
    asking = [p for p in parts if p.rstrip().endswith("?")]
    return (asking or parts)[-1].strip()


#: "who is Ruth Ames?": the words after the asking ones, when they are all it asks about
_WHO_IS = re.compile(r"^who(?:'s|\s+is|\s+was)\s+([\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,3})\s*\??$")


#: "who was the mediator", "who is the union president": a person asked for by a role
_WHO_ROLE = re.compile(
    r"^who(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:(?:the|a|an)\s+|(?=[\w-]+(?:['\u2019]s|s['\u2019])\s))([a-z][^?.!,;:]*?)\s*\??$"
)
#: "who is Kestrel Bay's finance director", "who is Greyfield Minerals' finance director": a role after an
#: owner's name of up to three words, read for
#: the role's kind only (``asked_role_kind``); the role of a longer name stays unread ("who is tomas
#: brandvold's agent" is answered by the sentence naming him, though it writes no "agent")
_WHO_OWNED_ROLE = re.compile(
    r"^who(?:'s|\s+is|\s+was)\s+(?:[\w-]+\s+){1,2}[\w-]+(?:['\u2019]s|s['\u2019])\s+([a-z][^?.!,;:]*?)\s*\??$"
)


def asked_role(question: str) -> str:
    """The noun of "who is the X" ("who was the mediator" -> "mediator", "who is the mayor of Tarn" ->
    "mayor", "who is Tarn's mayor" -> "mayor", "who is Veltrane's chief financial officer" -> "officer"),
    or "": the person asked for is the one the coverage names in that role."""
    m = _WHO_ROLE.match(asked_sentence(question))
    # (the owner of a possessive is not the role: "the governor's spokesperson" asks for a spokesperson)
    nouns = role_nouns(_POSSESSOR.sub("", m.group(1))) if m else []
    return nouns[-1] if nouns else ""


#: "who will replace Quell", "who is going to succeed her": a post's next holder, asked by the act
_WHO_REPLACES = re.compile(
    r"^who\s+(?:will|'ll|is\s+going\s+to|is\s+set\s+to)\s+(?:replace|succeed|take\s+over)\b"
)
#: "who will be the permanent manager", "who is the next governor": the post's noun after the word that
#: says its holder is still to come
_WHO_NEXT = re.compile(
    r"^who(?:\s+(?:will|'ll|is\s+going\s+to)\s+(?:be|become)\s+|\s+is\s+|'s\s+)(?:(?:the|a|an)\s+)?"
    r"(?:[\w-]+['\u2019]s\s+)?(?:(?:permanent|new)\s+)*(?P<next>permanent|next|new)\s+(?:permanent\s+|new\s+)*"
    r"(?P<post>[a-z][^?.!,;:]*?)\s*\??$"
)

#: how a question asking who will hold a post opens, for "the new X" (asked in the present, the new one
#: is named already)
_WHO_WILL = ("who will", "who'll", "who is going")


def future_post(question: str) -> str | None:
    """The post a question asks the future holder of: "who will be the permanent chief executive" ->
    "chief executive", "who will replace Quell as planning director" -> "" (the act, not the noun), or
    None when it asks no future holder ("who will lead the review", "who is the new chief": a holder
    named already is "the new" one, asked in the present). The holder to come is named only by a sentence
    naming someone to the post, not by its interim or past holder."""
    asking = asked_sentence(question).lower().strip()
    if _WHO_REPLACES.match(asking):
        return ""
    m = _WHO_NEXT.match(asking)
    if m is None or (m.group("next") == "new" and not asking.startswith(_WHO_WILL)):
        return None
    nouns = role_nouns(_POSSESSOR.sub("", m.group("post")))
    return " ".join(nouns)


def asked_role_kind(question: str) -> str:
    """The word before the role's noun in "who is the X" ("who is the elections director" ->
    "elections", "who is the county fire chief" -> "fire", "who is the chief financial officer" ->
    "financial", "who is Kestrel Bay's finance director" -> "finance"), or "": the kind of the role
    asked, which a sentence naming someone in another kind of it ("finance director Raymond Osei") does
    not name; also of "what is the name of the safety manager"
    when it asks for a person."""
    asking = asked_sentence(question)
    m = _WHO_ROLE.match(asking) or _WHO_OWNED_ROLE.match(asking)
    if m is None and _names_a_person(asking):
        m = _NAME_OF.match(asking) or _NAME_AFTER.match(asking)
    nouns = role_nouns(_POSSESSOR.sub("", m.group(1))) if m else []
    return nouns[-2] if len(nouns) >= 2 else ""


def role_nouns(phrase: str) -> list[str]:
    """The words of the role a phrase opens with (``noun_phrase``), or of the role WordNet lists as one
    noun for a person that its first words make ("chief financial officer", "chief_financial_officer"),
    whose adjective ``noun_phrase`` stops at: the whole role is asked for, not its first word ("chief")."""
    words = phrase.split()
    wn = wordnet()
    if wn is not None:
        for n in (4, 3, 2):
            if len(words) >= n and all(w.isalpha() for w in words[:n]):
                compound = "_".join(words[:n])
                if wn.known(compound) and person_noun(compound, wn):
                    return words[:n]
    return noun_phrase(phrase)


#: a possessive noun phrase and the spaces after it, up to the last one ("the governor's ", "Greyfield
#: Minerals' "; a plural's only before any "of": "the president of the mineworkers' union" asks for a
#: president)
_POSSESSOR = re.compile(r"^(?:.*['\u2019]s|(?:(?!\bof\b)[^'\u2019])*s['\u2019])\s+")


def who_is_words(question: str) -> list[str]:
    """The words X of "who is X" when they hold no function word ("who is nora hill"), else none: what
    the question asks about, which may be a person's name however it is written. Nor when X opens on a
    verb's -ing form ("who is suing the firm", "who's running it"): "is" is then the progressive's, and
    the question asks for the doer, not who someone is."""
    m = _WHO_IS.match(asked_sentence(question))
    if m is None:
        return []
    words = m.group(1).split()
    if any(w in STOP_WORDS or w.endswith(("'s", "\u2019s")) for w in words):
        return []
    return [] if progressive(words[0], question) else words


def _who_is_named(question: str) -> bool:
    """Whether "who is X" asks who a named person is (a description: "Councillor Ruth Ames, who leads on
    culture"), not for a person by a role ("who is the mayor", "who is nigerias agriculture minister"):
    X has no function word, and its last word is written as a name in the question or is no English
    word WordNet knows ("ames", "zelensky"; "trump" and "cook" are words, and then only their capitals
    tell)."""
    words = who_is_words(question)
    if not words:
        return False
    last = question.rstrip(" ?.!").split()[-1]
    if last[:1].isupper() and len(question.split()) > 2:
        return True
    wn = wordnet()
    return wn is not None and not wn.known(words[-1])


#: "what's the name of the spokesperson": the name of what the phrase after it is (also asked "who is the
#: name of ...")
_NAME_OF = re.compile(
    r"^(?:what|who)(?:'s|s| is| was| are| were)\s+(?:the\s+)?names?\s+of\s+"
    r"(?:(?:the|a|an|this|that|its|their)\s+)?(.+?)\W*$"
)


def _names_a_person(q: str) -> bool:
    """Whether "what is the name of X" asks for a person: X's noun is one for people, in its most
    frequent sense ("the hospital's spokesperson", "the judge"; not "the company", "the drug")."""
    wn = wordnet()
    noun = _name_of_noun(q)
    return bool(noun) and wn is not None and person_noun(noun, wn)


#: "what's the sheriff's name", "what is Halvorsen's CEO's name": the name of what the phrase before it is
_NAME_AFTER = re.compile(
    r"^what(?:'s|s| is| was| are| were)\s+(?:the\s+|an?\s+)?(.+?)['\u2019]s?\s+(?:full\s+)?names?\W*$"
)


def _asks_name_of(q: str) -> bool:
    """Whether a question asks for the name of what it names, before ("X's name") or after ("the name
    of X") the word "name"."""
    return bool(_NAME_OF.match(q) or _NAME_AFTER.match(q))


def _name_of_noun(q: str) -> str:
    """The noun of X in "what is the name of X" or "what is X's name" ("the judge in the lawsuit" ->
    "judge", "the county sheriff's name" -> "sheriff"), or ""."""
    m = _NAME_OF.match(q) or _NAME_AFTER.match(q)
    if m is None:
        return ""
    # (X's own phrase, not the clause after it: "the police officer leading the investigation")
    x = _CLAUSE_AFTER.split(m.group(1), maxsplit=1)[0] if m.re is _NAME_OF else m.group(1)
    # (a possessive's noun is not X's: "the host committee's initiative", "Halvorsen's CEO")
    return head_noun(_POSSESSOR.sub("", x))


#: "which coroner is investigating", "what officer arrested him": the noun the asking word leads
_WHICH = re.compile(rf"^(?:which|what)\s+{_KIND_OF}([a-z][^?.!,;:]*)")


def _which_head(question: str) -> str:
    """The noun a question opens "which X" or "what X" with ("which audit firm was hired" -> "firm"),
    or "" ("what is ...", which asks no kind)."""
    m = _WHICH.match(asked_sentence(question))
    if m is None or m.group(1).split()[0] in _AUXILIARIES:
        return ""
    # (a possessive's noun is not the one asked: "which bank's chief executive" asks for an executive)
    return head_noun(_POSSESSOR.sub("", m.group(1)))


def asked_which_noun(question: str) -> str:
    """The noun a question opens "which X" or "what X" with when it is a noun for people by its most
    frequent sense ("which coroner is investigating" -> "coroner"; not "which company", nor "what is
    ...", which asks no kind), or "": the role of the person asked for."""
    wn = wordnet()
    noun = _which_head(question) if wn is not None else ""
    return noun if noun and wn is not None and person_noun(noun, wn) else ""


@lru_cache(maxsize=1024)  # (asked of every candidate sentence: the question is the same)
def asked_which_one(question: str) -> str:
    """The noun of "which X" ("which bank was first to reissue cards" -> "bank", "which prison will he
    serve in" -> "prison"), or "": the question asks which one of its kind, by name, so a sentence
    writing X only as one or several of them ("seventeen banks", "an outside firm", "report to
    prison") does not say which. ("What X" is left out: "what share", "what penalty" ask for a
    figure or a description as often as for a name.)"""
    asked = asked_sentence(question)
    if not asked.startswith("which") or _POSSESSOR.search(asked):
        # ("which company's stock became cheaper" asks for the owner, whose noun is not the head)
        return ""
    return _which_head(question)


def asked_name_of_person(question: str) -> str:
    """The role whose holder's name a question asks for in so many words ("what is the name of the
    suspended staff member" -> "member", "what's the sheriff's name" -> "sheriff"), when its noun is one
    for people, or "": only a name given to someone in that role answers it."""
    asking = asked_sentence(question)
    return _name_of_noun(asking) if _names_a_person(asking) else ""


@lru_cache(maxsize=1024)  # (asked of every candidate sentence: the question is the same)
def asked_person_role(question: str) -> str:
    """The role a question asks a person by: the noun of "who is the X" (``asked_role``) or of "what is
    the name of the X" when it is a noun for people ("judge", "spokesperson"), or ""."""
    # ("who is the name of the staff member who ...": the name of a member of staff, not a "name" role)
    role = asked_role(question) if _NAME_OF.match(asked_sentence(question)) is None else ""
    return role or asked_name_of_person(question)


#: a "when" or "where" asking about what is to come ("when will ...", "where is X going to ...", "when is
#: the next ...", "where's the next ...", "when is the deal expected to be completed": a forecast, which a
#: sentence saying it was done does not give)
_ASKS_FUTURE = re.compile(
    r"^(?:when|where)(?:\s+(?:will|shall)\b|(?:'s|\s+is|\s+are)\b.*\b(?:go(?:ing\s+to|nna|na)|next\s+(?!to\b)\w+"
    r"|(?:expected|scheduled|due|set)\s+to)\b)"
)


def asks_ahead(asked: str) -> bool:
    """Whether a question (its asking sentence, folded, lowercase) asks when or where something is to
    happen (``_ASKS_FUTURE``)."""
    return _ASKS_FUTURE.match(asked) is not None


@lru_cache(maxsize=1024)  # (asked of every candidate sentence: the question is the same)
def asks_cause_of(question: str) -> bool:
    """Whether a reason question names the effect as a thing ("what caused the outage", "what led to the
    strike", "what was the reason for the delay"), not as a clause of its own ("why was the zone
    evacuated"): a sentence answering it holds that thing on the effect's side of its reason word."""
    return bool(_WHY_PHRASE.search(asked_sentence(question)))


def classify(question: str) -> QuestionKind:
    q = asked_sentence(question)
    if _BROAD.match(q) or _BARE_BROAD.match(q):
        return "broad"
    if _who_is_named(question):
        return "what"
    first = q.split()[0] if q.split() else ""
    if _WHY_PHRASE.search(q):
        return "reason"
    if (
        re.match(r"^(?:who|whom|whose)\b", q)
        or re.search(r"\bwhich (?:person|official|leader|minister)\b", q)
        or _names_a_person(q)
    ):
        return "person"
    if re.match(r"^when\b", q) or re.search(r"\bwhat (?:date|day|year|month|time)\b|\bon what date\b", q):
        return "date"
    if re.match(r"^where\b", q) or re.search(r"\b(?:which|what) (?:place|platform|venue)\b", q):
        return "place"
    # ("how big", "how large": a size, which a figure gives: "a 36-inch main", "a crowd of 5,000")
    if re.search(
        r"\bhow (?:many|much|long|often|old|big|large)\b|\bwhat (?:number|percentage|share)\b|\bwhat %", q
    ) or (asks_measure(q)):
        return "number"
    m = re.search(r"\b(?:which|what) (\w+(?: \w+){0,2})", q)
    head = m.group(1).split() if m else []
    wh = _WH_HEAD.search(q)
    noun = head_noun(wh.group(1)) if wh and head and head[0] not in _AUXILIARIES else ""
    if noun in ("person", "official", "leader", "minister"):
        return "person"
    if noun in ("year", "date", "day", "month"):
        return "date"
    head = [*head, noun] if noun else head
    if head and head[0] not in _AUXILIARIES:
        if head[0] in _MEDIA_WORDS:
            return "media"
        if any(w in _NAMED_CLASSES for w in head):
            return "entity"
    if _ASKS_NAME.search(q):
        return "entity"
    # ("according to the echo whats the club worth": an amount asked as "whats the club worth" asks it)
    unsourced = SOURCE_FIRST.sub("", q)
    if (
        asks_amount(unsourced)
        or asks_value(unsourced)
        or _asks_level(unsourced)
        or _PER_Q.match(unsourced)
        or CURRENCY_ASKED.search(q)
    ):
        return "number"  # ("what's the price in dollars", "what did they pay in euros": a sum)
    if re.match(r"^why\b", q) or re.search(r"\bfor what reason\b", q):
        return "reason"
    if re.search(
        r"\bwhat (?:did|does|do|has|had|have) .+ (?:say|said|tell|told|call|describe|warn|claim|write|mean|"
        # ("what did Watt add to the steam engine" adds no words)
        r"promise|offer|threaten|propose|demand|add(?! to\b)|argue|suggest|insist|post)\b|"
        r"\bhow did .+ (?:describe|characteri[sz]e|put it|clarify|explain)\b|"
        r"\bwhat message\b|\bin what words\b",
        q,
    ):
        return "quote"
    if first in _AUXILIARIES:
        return "yesno"
    return "what"


#: "what was the final price per share", "what is the cost per head": a rate, which a figure gives ("$48.50 a
#: share"), whatever the noun before "per"
_PER_Q = re.compile(r"^what(?:'s|s| is| was| are| were) (?:the |an? )?(?:[a-z]+ ){0,2}[a-z]+ per [a-z]+")

#: "at what stake does the pill trigger", "at what level": the point something happens at, named by a noun
_AT_WHAT = re.compile(r"^at (?:what|which) ([a-z]+)\b")
#: WordNet's lexicographer classes of a noun for an amount: an attribute ("level", "price"), a possession
#: ("stake", "share"), a quantity, a relation ("percentage", "proportion")
_AMOUNT_CLASSES = frozenset({7, 21, 23, 24})


def _asks_level(asked: str) -> bool:
    """Whether "at what X" asks the amount at which something happens ("at what stake does the rule
    apply", "at what level", "at what price"): X's most frequent sense is an amount's (WordNet), which a
    sentence gives as a figure ("more than 10% of its stock"); not "at what point" or "at what time",
    which ask when."""
    m = _AT_WHAT.match(asked)
    wn = wordnet()
    if m is None or wn is None or measure(asked, asked.split(), asked):
        return False  # ("at what age": an age, told by its own patterns, ``amounts.measure``)
    first = wn.sense_classes(m.group(1), "n", 1)
    return bool(first) and first <= _AMOUNT_CLASSES


#: a yes/no question about a state: "is the strike over", "are the talks off", "was the power out"
_IS_STATE = re.compile(r"^(?:is|are|was|were)\s+\S.*\s([a-z]+)\W*$")


def asked_state(question: str) -> str:
    """The word a yes/no question about a state ends in when the index keeps no such word ("over",
    "off", "out": stop words) and WordNet knows it as an adjective: it is what is asked ("is the strike
    over" asks whether it ended), where the question's other words only name the topic."""
    m = _IS_STATE.match(asked_sentence(question))
    wn = wordnet()
    if m is None or wn is None or m.group(1) not in STOP_WORDS:
        return ""
    word = m.group(1)
    if _past_form(m.group(0).split()[-2].lower(), wn):
        return ""  # "were the alarms switched off": the particle of the verb asked about, no state
    return word if any(pos == "a" for pos, _ in wn.lemmas(word)) else ""


def _past_form(word: str, wn: WordNet) -> bool:
    """Whether a word is a verb's past tense or participle ("switched", "sold", "cut" of "cut back" aside:
    one spelled as its base form is not told): WordNet reads it back to another base form of a verb, and
    it is no present form ("lights", "meeting", which are as often nouns)."""
    low = word.strip("?!.,").lower()
    if low.endswith(("s", "ing")):
        return False
    return any(pos == "v" and lemma != low for pos, lemma in wn.lemmas(low))


def role_acronym(word: str) -> bool:
    """Whether a word written in capitals is a role's acronym, not a name: WordNet knows it only as a
    noun for a person ("CEO", "CFO"; not "NATO", a body, nor "MP", also a military police). "Who is
    Corvane's CEO" names Corvane; the CEO is what the coverage calls its chief executive."""
    wn = wordnet()
    if wn is None or len(word) < 2 or not word.isupper() or not word.isalpha():
        return False
    named, common = wn.noun_classes(word)
    return not named and common == {NOUN_PERSON}


def _delexical(pairs: list[tuple[str, str]], i: int, kind: str, question: str) -> bool:
    """Whether the question's word ``i`` is a delexical verb (``_DELEXICAL``) in a question that is not
    yes/no (whose verb is what it asks: "did they get the contract"), or "going" of the future's "be
    going to" (as "will"): a word WordNet reads back to one of those verbs, not after a determiner ("what
    make is it") nor before a particle ("get in")."""
    low = pairs[i][0]
    if low == "going" and [w for w, _ in pairs[i + 1 : i + 2]] == ["to"]:
        # "going to resign", not "going to the fire" (a motion, to somewhere)
        return i + 2 < len(pairs) and pairs[i + 2][0] not in _DETERMINERS
    if kind == "yesno" or (i > 0 and pairs[i - 1][0] in _DETERMINERS):
        return False
    if i + 1 < len(pairs) and pairs[i + 1][0] in _PARTICLES:
        return False  # "how did the hackers get in": the phrasal verb is what is asked
    wn = wordnet()
    return wn is not None and any(pos == "v" and lemma in _DELEXICAL for pos, lemma in wn.lemmas(low))


#: words after which a verb's form is a noun ("what make", "the take")
_DETERMINERS = frozenset("a an the what which this that its their his her".split())


def _participle(word: str) -> bool:
    """Whether a word can be a verb's past participle: "-ed", or a form WordNet reads back to another
    word of a verb ("hurt" is its own; "taken" -> "take")."""
    if word.endswith("ed") and len(word) > 4:
        return True
    wn = wordnet()
    return wn is not None and any(pos == "v" and lemma != word for pos, lemma in wn.lemmas(word))


#: the words after "how" that ask for an amount ("how many", "how much", "how long" ...)
_AMOUNT_ASKED = frozenset({"many", "much"}) | MEASURE_ADJECTIVES


def _hedges_amount(pairs: list[tuple[str, str]], i: int) -> bool:
    """Whether the ``i``-th word is an adverb saying how exact an asked amount may be ("approximately",
    "roughly", "exactly" how many): it modifies the asking words, and the sentence giving the figure does
    not repeat it ("more than 10,000 cases"), so as a term it only lowers the answer's coverage. Told by
    WordNet (an adverb in some sense) and its place, right before "how many/much/long ..."."""
    if i + 2 >= len(pairs) or pairs[i + 1][0] != "how" or pairs[i + 2][0] not in _AMOUNT_ASKED:
        return False
    wn = wordnet()
    return wn is not None and any(pos == "r" for pos, _ in wn.lemmas(pairs[i][0]))


def _folded_words(
    question: str, terms: list[str], term_words: dict[str, str], tokenizer: Tokenizer
) -> frozenset[str]:
    """The terms of the words a multi-word alias folds ("united", "state" of "United States", which the
    index keeps only as the one name "=unitedstates"): read word by word, the question would also ask
    for them, which no sentence writing the name holds, so every sentence naming the country would
    miss two of the question's names (and sentences with another "united" or "state" would hold them).
    A term the whole question still holds elsewhere stays ("which state of the United States")."""
    whole = set(tokenizer.tokens(question)) | set(tokenizer.tokens(_unframed(question)))
    folded = {
        w for key, canon in tokenizer.aliases.phrases.items() if len(key) > 1 and canon in whole for w in key
    }
    return frozenset(t for t in terms if t not in whole and term_words.get(t, t) in folded)


#: a clause a question adds after a comma with a verb's -ing form ("..., angering a nearby world
#: power", "..., prompting its leader to flee"), up to the next comma or the end
_PARTICIPIAL = re.compile(r",\s+([a-z]+ing)\b([^,;?.!]*)")


def _aside_terms(question: str, terms: list[str], tokenizer: Tokenizer) -> frozenset[str]:
    """The terms only trailing participial clauses of a question hold (``QuestionInfo.aside``): the
    -ing word must be a verb's form in WordNet ("angering" -> "anger"; not "morning", "king")."""
    wn = wordnet()
    if wn is None:
        return frozenset()
    rest, aside = question, set()
    for m in _PARTICIPIAL.finditer(question):
        word = m.group(1)
        if not any(pos == "v" and lemma != word for pos, lemma in wn.lemmas(word)):
            continue
        aside.update(tokenizer.tokens(m.group(0)))
        rest = rest.replace(m.group(0), " ", 1)
    return frozenset(t for t in aside - set(tokenizer.tokens(rest)) if t in terms)


#: the word ending "what is X called" that says a name is asked ("called", "named", "known as")
_CALLED_WORDS = frozenset({"called", "named", "titled", "entitled", "dubbed", "known"})


def _naming_word(low: str, kind: QuestionKind, asked: str) -> bool:
    """Whether a question's word only says that a name is asked: the "name" of "what is the name of X"
    or "what is X's name", the "called" of "what is X called" (a sentence gives the name beside X's noun
    without the word: "the oil tanker Arvida Star")."""
    if kind not in ("person", "entity", "what"):
        return False
    if low in ("name", "names"):
        return _asks_name_of(asked)
    if low not in _CALLED_WORDS or _CALLED.match(asked) is None:
        return False
    # (a person's: "what was the victim's sibling called" asks who, which the person's own word in a
    # sentence beside the name tells, "called" nothing more: kept as searched, as before)
    wn = wordnet()
    noun = asked_called_noun(asked)
    return wn is None or not noun or not person_noun(noun, wn)


def _unframed(question: str) -> str:
    return _WHY_PHRASE.sub(" ", _FRAME_PHRASES.sub(" ", question))


#: adverbs of time a question ends with ("how many hospitalized now"), which the words after "how many"
#: hold but which name nothing counted or asked for
_WHEN_ADVERBS = frozenset("now still yet currently presently today tonight rn anymore".split())


_CURRENCY = re.compile(CURRENCY)


def analyze(question: str, tokenizer: Tokenizer, delexical: bool = True) -> QuestionInfo:
    """The question's kind, terms and what it asks (``QuestionInfo``); with ``delexical`` false a verb of
    having whose thing had the question names is kept as a term (``_delexical``)."""
    terms: list[str] = []
    words: list[str] = []
    term_words: dict[str, str] = {}
    entities: set[str] = set()
    kind = classify(question)
    unframed = _unframed(question) if kind not in _OF_EVENTS else _TAKE_PLACE.sub(" ", _unframed(question))
    pairs = [] if _BARE_BROAD.match(asked_sentence(question)) else tokenizer.words(unframed)
    counting = "how many" in asked_sentence(question)
    #: the delexical verbs and the future's "going" (``_delexical``), taken out below
    light: list[tuple[int, str, str]] = []
    for i, (low, orig) in enumerate(pairs):
        if low in FUNCTION_WORDS or (low in _EVENT_VERBS and kind in _OF_EVENTS):
            continue
        if i + 1 < len(pairs) and (low in HONORIFICS or (low in _GET_FORMS and _participle(pairs[i + 1][0]))):
            continue  # "dr mehta" gives the name; "got diverted" asks about the diverting
        if _delexical(pairs, i, kind, question):
            light.append((i, low, orig))  # (read as any word is, and taken out below when it is light)
        if (
            (
                low in MEASURE_ADJECTIVES
                or (low == "high" and kind == "number")
                or (low == "fast" and measure(question, [], asked_sentence(question)) == "speed")
            )
            and i > 0
            and pairs[i - 1][0] == "how"
        ):
            # "how old", "how long", "how fast was it going": the measure asked (``amounts.measure``), not a
            # topic ("travelling at 71 mph" gives it; not "how fast is the market growing", a rate of change)
            continue
        if low in ADDED_WORDS and i > 1 and pairs[i - 1][0] in ("much", "many") and pairs[i - 2][0] == "how":
            continue  # "how much extra": the difference asked, as "how much more" asks it
        if kind == "number" and low in BASIS_WORDS and (low == "per" or not counting):
            # "worth in total", "how much per share": which sum is asked (``amounts.basis``); a count's
            # "in total" ("how many votes in total") is as often written beside it ("In total there are ...")
            continue
        if kind == "number" and i > 0 and pairs[i - 1][0] == "in" and _CURRENCY.fullmatch(low):
            continue  # "how much was the bid in pounds": the currency asked (``types``), no topic
        if _hedges_amount(pairs, i):
            continue  # "approximately how many": how exact the asked figure may be, not a topic
        if low == "time" and i > 0 and pairs[i - 1][0] in ("what", "which") and ASKS_TIME.search(question):
            continue  # "what time": the time asked (``types.type_score``), not a topic
        if _naming_word(low, kind, asked_sentence(question)):
            # "what's the name of the spokesperson", "what was the name of the ferry": the name asked,
            # not a topic (a sentence that "named" someone else, "read the names of the dead", echoes it)
            continue
        if low in SPAN_VERBS and i == len(pairs) - 1 and _HOW_LONG.match(question):
            continue  # "how long will the strike last": the span is what it asks
        toks = tokenizer.tokens(orig)
        for t in toks:
            if t in _FRAME_WORDS:
                continue
            if t not in terms:
                terms.append(t)
                term_words[t] = low if len(toks) == 1 else t
            if i > 0 and orig[:1].isupper() and low not in CALENDAR and not role_acronym(orig):
                entities.add(t)
        if toks and orig not in words:
            words.append(orig)
    # multi-word aliases ("United States") fold across words: tokenize the whole question too
    for t in tokenizer.tokens(question):
        if t.startswith("=") and t not in terms:
            terms.append(t)
            entities.add(t)
    swallowed = _folded_words(question, terms, term_words, tokenizer)
    if swallowed:
        terms = [t for t in terms if t not in swallowed]
        entities -= swallowed
    bound = bound_pairs(_unframed(question), terms, tokenizer)
    quoted = _QUOTED.search(fold(question))
    phrase = " ".join(quoted.group(1).lower().split()) if quoted else ""
    wh = _WH_HEAD.search(asked_sentence(question))
    if wh is not None and not wh.group(0).startswith("how many") and (many := _HOW_MANY.search(question)):
        wh = many  # "which outlets reported how many cases": what is counted is what the answer gives
    # "what city", "which year": the answer is an instance of the head, which a sentence names without
    # it; "how many prisoners": the answer counts them, and the sentence says what it counts
    counts = wh is not None and wh.group(0).startswith("how many")
    # "how many more blades": the comparative says the count is of the added ones (``amounts.asks_change``),
    # the noun after it is what is counted
    asked = _COMPARATIVE.sub("", wh.group(1)) if wh else ""
    nouns = [n for n in noun_phrase(asked) if n.lower() not in _WHEN_ADVERBS] if wh else []
    noun = nouns[-1] if nouns else ""
    head_terms = tokenizer.tokens(noun) if noun and not counts else []
    counted = tokenizer.tokens(noun) if noun and counts else []
    with_terms = tuple(t for w in nouns[:-1] for t in tokenizer.tokens(w)) if counts else ()
    kind_terms = frozenset(
        t for w in ([] if counts else kind_words(question, nouns)) for t in tokenizer.tokens(w)
    )
    state = asked_state(question) if kind == "yesno" else ""
    if state and state not in terms:  # (its own index term: the index holds no stop word)
        terms.append(state)
        term_words[state] = state
        words.append(state)
    amount = measure(question, words, asked_sentence(question))
    # "how much compensation do they get": the thing had named, the verb of having says nothing more (not
    # of "how much money do they get", whose noun only names the kind of amount, nor of "how much does the
    # average victim get", where the verb is what tells which figure is asked)
    had = kind == "number" and bool(set(head_terms) & set(terms)) and noun.lower() != amount and delexical
    light = [x for x in light if x[1] == "going" or had]
    if light:
        out = {t for _, _, orig in light for t in tokenizer.tokens(orig)}
        terms = [t for t in terms if t not in out]
        words = [w for w in words if w not in {orig for _, _, orig in light}]
    # (a verb taken out is passed over: "is the ceo going to resign" asks whether he resigns)
    skip = FUNCTION_WORDS | frozenset(low for _, low, _ in light) if light else FUNCTION_WORDS
    done = done_verb(asked_sentence(question), entities, tokenizer, skip, _FRAME_WORDS, kind == "yesno")
    unit_words = {t for w in measure_words(question, amount) for t in tokenizer.tokens(w)}
    unit_words = unit_words if kind == "number" else set()
    if unit_words and not set(terms) <= unit_words:
        # "what was the wind speed", "how heavy was the statue": the measure asked, which a figure with its
        # unit gives ("gusts of up to 85 mph"), no topic a sentence must write (kept when it is all asked)
        terms = [t for t in terms if t not in unit_words]
        words = [w for w in words if not set(tokenizer.tokens(w)) <= unit_words]
    ahead = (
        ahead_verbs(asked_sentence(question), tokenizer, skip)
        if kind in ("date", "place") and asks_ahead(asked_sentence(question))
        else ()
    )
    if kind == "number" and amount and re.search(rf"\bhow much {amount}\b", fold(question).lower()):
        # "how much money did they lose": the measure asked, which any figure of it holds ("lost about 1.8
        # million dollars"), no topic a sentence must write. (Only when it is the measure read: "how much
        # money did she raise" may be answered in votes, by a change, and the word must be held.)
        named = [t for t in tokenizer.tokens(amount) if t in terms]
        terms = [t for t in terms if t not in named]
        words = [w for w in words if w.lower() != amount]
    return QuestionInfo(
        question,
        kind,
        terms,
        words,
        frozenset(entities),
        term_words,
        head=head_terms[0] if head_terms else "",
        counted=counted[0] if counted else "",
        counted_with=with_terms,
        kind_terms=kind_terms,
        phrase=phrase,
        measure=amount,
        literal=literal_names(question, tokenizer) & frozenset(terms),
        subject=tuple(t for t in subject(question, tokenizer) if t not in swallowed),
        bound=bound,
        aside=_aside_terms(unframed, terms, tokenizer),
        done=state or done,
        ahead=ahead,
        basis=basis(question),
        change=kind == "number" and asks_change(question),
    )
