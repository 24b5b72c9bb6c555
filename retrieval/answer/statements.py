"""What makes a quoted statement readable and honest: whether two outlets' versions agree on their
facts (numbers, dates, places) before one citation row stands for both, who "he" is in a quotation
led by a pronoun, and a quote kept short and in one paragraph."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from functools import cache, lru_cache

from retrieval.answer.bridge import person_noun, wordnet
from retrieval.answer.phrases import noun_phrase
from retrieval.answer.story import refers_back
from retrieval.answer.types import OPENS_QUOTE, a_person, person_like
from retrieval.answer.weights import WEIGHTS
from retrieval.lexicon import (
    LOWER,
    MONTHS,
    STOP_WORDS,
    UPPER,
    CasedPattern,
    figures,
    object_of_preposition,
)
from retrieval.models import Document, Sentence
from retrieval.search.text import Tokenizer, fold

_MONTH = re.compile(rf"\b(?:{'|'.join(m.capitalize() for m in MONTHS if m != 'may')})\b")
_CAP = f"[{UPPER}]"
_PLACE = CasedPattern(rf"\b(?:in|at|near)\s+((?:{_CAP}[\w'-]+)(?:\s+{_CAP}[\w'-]+)*)")
_SPEECH = (
    r"(?:said|says|told|added|stated|remarked|warned|claimed|wrote|explained|insisted|argued|noted|"
    r"asked|replied|continued|declared|posted|"
    # the present tense of live blogs and broadcast copy ("Okafor tells reporters", "Strand argues"); not
    # the forms that are as often nouns ("states", "claims", "notes", "posts")
    r"tells|adds|warns|writes|explains|insists|argues|replies|declares)"
)
#: a verb of saying whose speaker may follow it ("..., said Jean-Noel Barrot"), not one whose listener does
#: ("..., he told Reuters", "asked Ruiz")
_SPEECH_AFTER = rf"(?!told\b|tells\b|asked\b){_SPEECH}"
#: a capitalised word of any script ("Ruiz", "Сибіга"), or an initial
#: (its capital written once before the two ways it goes on: the same matches as a capital in each, and
#: one letter class fewer to compile; the classes hold every script's letters, ~1 ms each at start-up)
#: A title's abbreviation before a name ("said Dr. Ana Ruiz", "Gov. Ed Vance said") is one of its words:
#: without it the name read stops at "Dr".
_WORD = rf"(?:{_CAP}(?:[{LOWER}]{{1,3}}\.(?=\s+{_CAP})|[{LOWER}'\u2019]+(?:-{_CAP}[{LOWER}'\u2019]+)*|\.))"
#: a capitalised word or an acronym ("FAA", ``(?:{_WORD}|{_CAP}{{2,6}})``), its capital written once
_BODY_WORD = rf"(?:{_CAP}(?:[{LOWER}'\u2019]+(?:-{_CAP}[{LOWER}'\u2019]+)*|\.|{_CAP}{{1,5}}))"
#: the most words after a name's first that a name or a body is read to ("Prime Minister Sir Keir Starmer"
#: is five): a bound, so a run of capitalised words in scraped text is read a few words on from each of its
#: words, not each time to its end (a time that grew with the square of the run)
_RUN = "{0,7}"
_NAME = rf"({_WORD}(?:\s+{_WORD}){_RUN})"
#: "Peskov said", "said Jean-Noel Barrot", "Rubio told reporters"
_SAYS = CasedPattern(
    rf"{_NAME},?\s+(?:also\s+)?{_SPEECH}\b|\b{_SPEECH}\s+(?:the\s+)?(?:[a-z]+\s+){{0,4}}{_NAME}"
)
#: a speaker described between commas before the verb ("Dr. Alan Whitaker, a surgeon at Dayton Children's
#: Hospital, said"; without an article, "Dev Bassi, regional officer of the Nurses' Union, said": the
#: description opens with a lowercase word): the name before the description speaks, not the one ending it
_DESCRIBED_SAYS = CasedPattern(
    rf"{_NAME},\s+(?:(?:a|an|the)\s+|(?=[{LOWER}]))[^,]{{3,100}},\s+(?:also\s+)?{_SPEECH}\b"
)
#: a speaker named with the body they belong to ("Dale Okafor of the Halvern Fishermen's Association
#: said"): the person before "of" speaks, not the body ending the name run before the verb
_OF_SAYS = CasedPattern(rf"{_NAME}\s+of\s+(?:the\s+)?{_NAME},?\s+(?:also\s+)?{_SPEECH}\b")
#: a person's full name: two or more capitalised words ("Mayor Ana Ruiz")
_FULL_NAME = CasedPattern(rf"({_WORD}(?:\s+{_WORD}){{1,8}})")
#: a quotation whose speaker is a pronoun: "..., he added." / "He said ..."
#: a pronoun speaking: "..., she said", "he added", or inverted right after a quotation ('"...," said he');
#: not "the player said he had ...", where the pronoun is the reported clause's subject
PRONOUN_SPEAKER = re.compile(
    rf"\b(?:he|she)\s+(?:also\s+)?{_SPEECH}\b|[,\"\u201d]\s*{_SPEECH}\s+(?:he|she)\b", re.I
)
#: the titles written before a person's name: no name by themselves, but a name run may open with one
#: (``_untitled``)
_TITLES: frozenset[str] = frozenset("Mr Mrs Ms Dr President Minister Secretary".split())
#: the capitalised words that open a sentence or a title and name no one by themselves
_NOT_NAMES: frozenset[str] = _TITLES | frozenset(
    "The A An In On At But And It This That These Those He She They We I "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


@lru_cache(maxsize=4096)  # each version of a statement is compared with several others
def facts(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """A statement's numbers (digits and number words as digits), months and places ("in Paris")."""
    t = fold(text)
    months = set(_MONTH.findall(t))
    places = {m.group(1) for m in _PLACE.finditer(t) if m.group(1) not in _NOT_NAMES | months}
    return figures(t), frozenset(months), frozenset(places)


def agree(a: str, b: str) -> bool:
    """Whether another outlet's version ``b`` of statement ``a`` may be cited for it: every fact ``a``
    states (numbers, months, places) ``b`` states too. "Two people were injured" and "Nine people were
    injured" are two versions, each cited on its own; a version adding a detail ("... as the war in
    Ukraine grinds on") still says the statement."""
    return all(fa <= fb for fa, fb in zip(facts(a), facts(b), strict=True))


def differ(a: str, b: str) -> bool:
    """Whether two versions of a statement give different facts: of some kind (numbers, months,
    places) each states one the other does not ("Two people were injured" and "Nine people were
    injured"), not where one only leaves a detail out."""
    return any(fa - fb and fb - fa for fa, fb in zip(facts(a), facts(b), strict=True))


def conflict(a: str, b: str) -> bool:
    """Whether two statements are placed at different times or places: both name months, or places,
    and none in common ("146,000 jobs in January" and "337,000 jobs in October")."""
    return any(fa and fb and fa.isdisjoint(fb) for fa, fb in list(zip(facts(a), facts(b), strict=True))[1:])


def speaker(doc: Document, parts: Sequence[Sentence]) -> str | None:
    """Who says a quotation attributed to a pronoun ("..., he added."): the person the nearest sentence
    before it names (the statement's own earlier sentences first, then up to four back): as speaking if
    it names one so, else by a full name that can be a person's ("Union chief Tom Abbot met the council.
    He added ..." is Abbot's, not a speaker's three sentences up; "the United States" is no one). None
    when the quotation names its speaker or no earlier sentence names anyone."""
    text = " ".join(p.text for p in parts)
    if not PRONOUN_SPEAKER.search(text) or speakers(parts[-1].text):
        return None  # no pronoun speaks, or the statement names its speaker ("Ruiz said she would ...")
    first = parts[0].index
    candidates = [p.text for p in parts[:-1]] + [
        doc.sentences[i].text
        for i in range(first - 1, max(-1, first - 5), -1)
        if not doc.sentences[i].heading
    ]
    own = len(parts) - 1  # the statement's own sentences come first among the candidates
    for i, sent in enumerate(candidates):
        described = [
            m.group(1) for m in _DESCRIBED_SAYS.finditer(sent) if m.group(1).split()[0] not in _NOT_NAMES
        ] + _member_speakers(sent)
        names = described or [
            n for m in _SAYS.finditer(sent) for n in m.groups() if n and n.split()[0] not in _NOT_NAMES
        ]
        if names:
            return _outside(" ".join(names[-1].split()[-2:]), i < own)  # "Foreign Minister Jean-Noel Barrot"
        if _unnamed_speaks(sent):
            return None  # "A Tidewater nurse told reporters ... '...,' she said": someone no name labels
        # no one is said to speak in it: the person it is about
        if _other_speaks(sent, text):
            continue  # "He said he would ...": a man's words, whoever they name, before "..., she said"
        full = _full_names(sent) or _named_before(doc, sent, first)
        if full:
            return _outside(" ".join(full[0].split()[-2:]), i < own)
    return None


def _other_speaks(sent: str, quote: str) -> bool:
    """Whether a sentence before a quotation is the words of a pronoun of the other sex than the one
    the quotation is attributed to ("He said he would ..." before '"...," she said.'): the people it
    names are what he spoke of, not who speaks next."""
    mine, theirs = PRONOUN_SPEAKER.search(quote), PRONOUN_SPEAKER.search(sent)
    if mine is None or theirs is None:
        return False
    return ("she" in mine.group(0).lower()) != ("she" in theirs.group(0).lower())


def _named_before(doc: Document, sent: str, before: int) -> list[str]:
    """The people a sentence names by surname alone ("Pell is expected to start next week."), each
    written out in full in an earlier sentence of its article ("Anna Pell was confirmed ..."): a
    story names a person in full once and by surname after."""
    tokens = [t.strip(".,;:!?\"'()\u201c\u201d\u2018\u2019") for t in sent.split()]
    capital = [t[:1].isupper() and t[1:].islower() for t in tokens]
    words = {
        t
        for i, t in enumerate(tokens)
        if capital[i] and not (i and capital[i - 1]) and not (i + 1 < len(tokens) and capital[i + 1])
    } - _NOT_NAMES
    if not words:
        return []
    for i in range(before - 1, -1, -1):
        for name in _full_names(doc.sentences[i].text):
            if name.split()[-1] in words:
                return [name]
    return []


def quoted_on(doc: Document, parts: Sequence[Sentence]) -> str | None:
    """Who speaks a statement that is a quotation and nothing else ('"They steal data first ..."'),
    following a quotation of the same paragraph that names its speaker ('"...," said Jonah Whitfield,
    a professor ...'): the quotation goes on, the same speaker's; the nearest attribution before it in
    its paragraph names them. None for a statement with a verb of saying or no such attribution. (A
    label for the reader: whether a sentence names a person a "who" asks for is ``speaker``'s.)"""
    text = " ".join(p.text for p in parts)
    first = parts[0]
    if not OPENS_QUOTE.match(first.text) or _REPORTING.search(text):
        return None
    for i in range(first.index - 1, -1, -1):
        before = doc.sentences[i]
        if before.heading or before.paragraph != first.paragraph:
            return None
        found = [n for n in speakers(before.text) if n.split()[0] not in _NOT_NAMES]
        if found:
            return " ".join(found[-1].split()[-2:])
        if _REPORTING.search(before.text):
            return speaker(doc, [before]) if PRONOUN_SPEAKER.search(before.text) else None
    return None


def _unnamed_speaks(text: str) -> bool:
    """Whether someone the sentence does not name speaks in it ("A Tidewater nurse told WPAV ...", "the
    spokeswoman said"): a noun whose most frequent sense is a person (WordNet's), after an article and
    a few words, right before a verb of saying. A pronoun speaking after it means that person, whom no
    name earlier in the article labels."""
    wn = wordnet()
    return wn is not None and any(person_noun(m.group(1), wn) for m in _UNNAMED_SAYS.finditer(text))


#: verbs that report what someone said, for telling whose statement a sentence is (more than label a
#: quotation's speaker: "Rutte stressed ...", "Trump accused ..." are theirs)
_REPORTS = (
    rf"(?:{_SPEECH}|emphasi[sz]ed|stressed|urged|announced|admitted|acknowledged|suggested|described|"
    r"called|accused|praised|questioned|critici[sz]ed|vowed|promised|pledged|threatened|demanded|predicted|"
    r"conceded|confirmed|denied|clarified|responded|tweeted)"
)
#: a sentence whose subject reports with a participle ("Kremlin spokesman Dmitry Peskov appeared to
#: deflect it, claiming ..."): the names of its first words speak
_SAYING = re.compile(
    r",\s+(?:saying|claiming|noting|adding|arguing|warning|insisting|stressing|calling|accusing|urging)\b"
)
#: the speaker of reported speech, named right after its verb and ending the clause ("..., said Jean-Noel
#: Barrot, per Bloomberg"), not the subject of what is said ("a spokesman said Nick Griffin was arrested")
_SAID_BY = CasedPattern(
    rf"\b(?:{_SPEECH_AFTER}|according to)\s+(?:the\s+)?(?:[a-z]+\s+){{0,4}}{_NAME}"
    r"(?=\s*(?:[,.;:!?\u201d\"]|$))"
)
#: the speaker named right before the verb ("Ruiz said", "Rutte, speaking in Brussels, said")
#: when, between the name and the verb: "Putin on Monday said", "Ruiz last week told"
_WHEN = r"(?:(?:on|last|this|late|early)\s+(?:[A-Za-z]+|\d{1,2})(?:\s+\d{1,2})?,?\s+)"
#: (a conjunction there joins the verb to an earlier one: "Strand visited Hollin Airport and promised" -
#: the airport is the object of the first)
_NAME_SAYS = CasedPattern(
    rf"{_NAME},?\s+{_WHEN}?(?:(?!(?:and|or|but)\s)[a-z]+\s+)?{_REPORTS}\b|{_NAME},[^,]{{1,60}},\s+{_REPORTS}\b"
)


#: a sentence (or a live blog's entry after its time and dash) opening with a person or body whose clause
#: ends in a colon, which introduces what they state ("The CDC has updated its count: 41 people are now
#: sick"; "9:05 a.m. — The agency said in a statement: ..."): only lowercase words between the two
_STATES_COLON = CasedPattern(
    rf"(?:^|[\u2014\u2013]\s+)(?:[Tt]he\s+)?({_BODY_WORD}(?:\s+{_BODY_WORD}){_RUN})(?:['\u2019]s)?"
    r"\s+(?:[a-z]+\s+){0,5}[a-z]+:\s"
)
_QUOTE_MARK = re.compile('["\u201c\u201d\u00ab\u00bb]')


def speakers(text: str) -> list[str]:
    """The names a sentence gives as speaking in it (a member speaking for a body last: the one who
    speaks, "Dale Okafor of the Fishermen's Association said", not the body)."""
    found = [m.group(1) for m in _SAID_BY.finditer(text)]
    found += [
        n
        for m in _NAME_SAYS.finditer(text)
        if not object_of_preposition(text, m.start())
        for n in m.groups()
        if n
    ]
    if _SAYING.search(text):
        found += [m.group(1) for m in _compiled(_NAME).finditer(" ".join(text.split()[:6]))]
    found += [m.group(1) for m in _STATES_COLON.finditer(text)]
    found += _member_speakers(text)
    return [n for n in found if n.split()[0] not in _NOT_NAMES or len(n.split()) > 1]


def _member_speakers(text: str) -> list[str]:
    """The people a sentence names as speaking for a body they belong to ("Dale Okafor of the Halvern
    Fishermen's Association said"), when the name before "of" can be a person's (not "University of
    Leeds")."""
    return [m.group(1) for m in _OF_SAYS.finditer(text) if _person_name(m.group(1))]


def _full_names(text: str) -> list[str]:
    """The people a sentence names in full ("Anna Pell"), in its order (``_person_name``), not a thing's
    name a noun of the thing introduces (``_names_a_thing``)."""
    names = []
    for m in _FULL_NAME.finditer(text):
        name = _untitled(m.group(1))
        if _person_name(name) and not _names_a_thing(text, m.start(1)):
            names.append(name)
    return names


def _untitled(name: str) -> str:
    """A name without the title it opens with when a full name follows ("Dr Priya Hallam" -> "Priya
    Hallam"): the title is no part of whom the name means; a title and a surname alone ("Dr Hallam")
    stays, not a full name."""
    title, _, rest = name.partition(" ")
    return rest if title in _TITLES and len(rest.split()) > 1 else name


#: the words right before a name: a determiner and up to three words ("the crude oil tanker ", "the ")
_INTRODUCED = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:([\w'-]+)\s+){0,3}$")
#: how far before a name ``_INTRODUCED`` is looked for, in characters: a determiner and three words of
#: news length, the pattern kept from reading the whole sentence before every name
_INTRODUCED_CHARS = 60


def _names_a_thing(text: str, start: int) -> bool:
    """Whether the name at ``start`` is introduced as a thing's: right after a determiner (no one is "the
    Anna Pell"; "The Marisol Venture docked") or after a determiner and a lowercase noun that names no
    person ("the tanker Marisol Venture", "the band Hollow Pines"; not "the steward Jordan Pike"). A ship
    or a band is no speaker, though its two capitalised words read like a person's name."""
    m = _INTRODUCED.search(text, max(0, start - _INTRODUCED_CHARS), start)
    if m is None:
        return False
    noun = m.group(1)
    if noun is None:
        return True
    wn = wordnet()
    return (
        wn is not None
        and noun.islower()
        and any(pos == "n" for pos, _ in wn.lemmas(noun))
        and not person_noun(noun, wn)
    )


def _person_name(name: str) -> bool:
    """Whether a run of capitalised words can be a person's name: not opened by a word that names no one
    (``_NOT_NAMES``: "The", "President", "Monday") and reading as a person's (``types.person_like``)."""
    return name.split()[0] not in _NOT_NAMES and person_like(name)


_REPORTING = re.compile(rf"\b{_REPORTS}\b|{_SAYING.pattern}")


def narration(text: str) -> bool:
    """Whether a sentence reports no one's words: no quotation, no verb of saying."""
    return not (_QUOTE_MARK.search(text) or _REPORTING.search(text))


#: a verb of saying itself (not "announced", "confirmed": they report an act as often as words)
_SAYS_WORDS = re.compile(rf"\b{_SPEECH}\b")


def gives_words(text: str) -> bool:
    """Whether a sentence gives someone's words: a quotation, or speech reported by a verb of saying
    ("Okwu said she had favoured waiting"), not only an act a reporting verb tells of ("Ashworth announced
    his resignation on Tuesday"), which says that they spoke, not what they said."""
    return bool(_QUOTE_MARK.search(text) or _SAYS_WORDS.search(text))


def reported_of(question: str, text: str, named: Callable[[str], bool]) -> bool:
    """Whether a sentence tells what someone said or did rather than what a "what did X say/tell" asks
    X said (``named`` tells whether a word is one of X's names): it reports no one's words
    (``narration``: "Mr Griffin is the twelfth man to be arrested"), or its first verb of saying comes
    before X is named, who is then what is said ("A party spokesman said Nick Griffin was arrested").
    "According to X, ..." is X's. Other verbs a question may ask about ("what did Watt add", "what did
    she propose") are told by narration, which is not judged."""
    if not _ASKS_SAID.search(fold(question).lower()):
        return False
    at = _named_at(text, named)
    if at is not None and _ACCORDING.search(text, 0, at):
        return False  # "According to Biraben, the plague ..."
    return narration(text) or said_of(text, named)


def _named_at(text: str, named: Callable[[str], bool]) -> int | None:
    """Where the first word ``named`` tells is a name of the one asked about stands in a sentence."""
    return next((m.start() for m in re.finditer(r"[\w'\u2019-]+", text) if named(m.group(0))), None)


def said_of(text: str, named: Callable[[str], bool]) -> bool:
    """Whether a sentence's first verb of saying comes before the one ``named`` tells is named, who is
    then what is said ("A party spokesman said Nick Griffin was arrested"; "According to X, ..." is
    X's)."""
    at = _named_at(text, named)
    if at is None or _ACCORDING.search(text, 0, at):
        return False
    verb = _REPORTING.search(text)
    return verb is not None and verb.start() < at


#: whose account a question asks for, not an outlet's ("according to the union how many jobs ...", "how
#: many jobs will go, according to the union?"). ("Does the union say ..." is left to the speaker a
#: quotation question names, ``asked_speaker``)
_ASKED_SOURCE = re.compile(
    r"\baccording to\s+(?P<a>[\w'\u2019&. -]+?)\s*(?:,|[?.!]*\s*$|\s+(?=(?:how|what|who|whom|when|where|why|"
    r"which|is|are|was|were|did|does|do|has|have|had|will|would|can|could|should)\b))"
)


def asked_source(question: str, tokenizer: Tokenizer) -> frozenset[str]:
    """The terms of the party a question asks the account of ("according to the union ..."): the answer
    is that party's statement, not another's figure for the same thing. Empty when none is named."""
    m = _ASKED_SOURCE.search(fold(question).lower())
    if m is None:
        return frozenset()
    return frozenset(tokenizer.tokens(m.group("a")))


def states(text: str, named: Callable[[str], bool]) -> bool:
    """Whether a sentence gives the account of the party ``named`` tells a word of: the party named
    after its "according to" ("..., according to the union's estimate"), or before its first verb of
    saying, as its subject ("The union said ...", "Union official Dolores Kaminski said ...")."""
    acc = _ACCORDING.search(text)
    if acc is not None and _named_at(text[acc.end() : acc.end() + _SOURCE_REACH], named) is not None:
        return True
    verb = _REPORTING.search(text)
    at = _named_at(text, named)
    if at is None:
        return False
    if verb is not None:
        return at < verb.start()
    # ("In contrast, Rutte pointed out that Ukraine is \"really close ...\"": a verb no list holds, the
    # party the subject of a sentence quoting; not "Coach Matt Williams is due to name his side")
    return at < _SUBJECT_REACH and _QUOTE_MARK.search(text) is not None


def attributed(text: str) -> bool:
    """Whether a sentence tells someone's account: a verb of saying, a quotation or an "according to"."""
    return not narration(text) or _ACCORDING.search(text) is not None


#: how far into a sentence without a verb of saying its subject, the party telling it, is looked for
_SUBJECT_REACH = 40
#: how far after "according to" the party it names is looked for ("according to a spokesman for the union")
_SOURCE_REACH = 60


#: a question asking what someone said ("what did ruiz say", "what did he tell reporters")
_ASKS_SAID = re.compile(r"\b(?:did|does|do|has|had|have)\s+.+?\s+(?:say|said|tell|told)\b")
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)


#: whose words a question asks for: "what did <subject> say / tell / describe ...", "summarize what
#: <subject> said ..."
_ASKED_SPEAKER = re.compile(
    r"\b(?:did|does|do|has|had|have)\s+(.+?)\s+(?:say|said|tell|told|describe|warn|claim|write|mean|promise|"
    r"argue|suggest|insist|post|add|call)\b|"
    r"\bwhat\s+(.+?)\s+(?:said|says|told|tells|described|warned|claimed|wrote|promised|argued|suggested|"
    r"insisted|posted|added)\b"
)


def asked_speaker(
    question: str, name_terms: frozenset[str], tokenizer: Tokenizer, *, only_name: bool = False
) -> frozenset[str]:
    """The name terms of the person whose words a question asks for ("what did Ana Ruiz say", "what did
    ruiz say about the depot"), when its subject is a name (not "what did organisers of the Quixoteville
    festival say"), and nothing but a name with ``only_name`` ("who did Putin say ...", not "who did
    Portsmouth appoint after Strachan said no"): empty otherwise."""
    m = _ASKED_SPEAKER.search(fold(question).lower())
    if m is None or (only_name and m.group(1) is None):  # "who reacted to what Putin said" asks for no words
        return frozenset()
    phrase = m.group(1) or m.group(2)
    words = phrase.split()
    if words[0] in ("the", "a", "an") and _role(words[-1]):
        # "what did the mayor say": a role (whoever holds it), though the coverage capitalises its title
        # as a name's word ("Mayor Gil Ferreira", "Deputy Mayor Renata Voss")
        return frozenset()
    terms = tokenizer.tokens(phrase)
    if not terms or terms[0] not in name_terms or (only_name and not set(terms) <= name_terms):
        return frozenset()
    if terms[-1] not in name_terms and _role(phrase.split()[-1]):
        return frozenset()  # "what did the CPSC chairman say": the chairman's words, a role's (not a name's)
    return frozenset(terms) & name_terms


#: "what did Okwu tell the Finance Committee (at the hearing)": whom the words asked for were said to,
#: up to a phrase placing them
_ASKED_ADDRESSEE = re.compile(
    r"\b(?:did|does|do|has|had|have|will|would)\s+.+?\s+(?:tell|told)\s+(?!(?:him|her|them|us|you|me|it)\b)"
    r"(.+?)(?:\s+(?:at|about|on|in|during|after|before|when|over|regarding|of|that)\b.*)?\W*$"
)


def asked_addressee(question: str, tokenizer: Tokenizer) -> frozenset[str]:
    """The terms of whom a question asks someone's words to ("what did Okwu tell the Finance Committee":
    "financ", "committe"), or none: words said to someone are told where they were said to them, which
    a statement to others, or one told of no addressee, is not. Not one told to do something ("what did
    Graham tell Putin to do" asks what he urged, which he may have said to anyone), nor the press ("what
    did she tell reporters", "the media"): a statement in the news is one to the press, whether or not it
    says so (WordNet: a communicator, a medium or a broadcaster)."""
    m = _ASKED_ADDRESSEE.search(fold(question).lower())
    if m is None or _DIRECTIVE.search(m.group(1)):
        # ("what did Graham tell Putin to do": what he urged, said to anyone, not words said to Putin)
        return frozenset()
    wn = wordnet()
    words = m.group(1).split()
    if wn is None or not words:
        return frozenset()
    heads = {words[-1]} | {lemma for pos, lemma in wn.lemmas(words[-1]) if pos == "n"}
    if any(h in _PRESS or wn.kind_of(h, k, WEIGHTS.kin_levels, 1) for h in heads for k in _PRESS):
        return frozenset()
    return frozenset(tokenizer.tokens(m.group(1)))


#: an addressee told to do something ("Putin to do"): the question asks what was urged
_DIRECTIVE = re.compile(r"\bto\s+[a-z]+")
#: what the press is, in WordNet: its people ("reporters", "journalists") and its outlets ("the media")
_PRESS = ("communicator", "medium", "broadcaster")


def _role(word: str) -> bool:
    """Whether a word ending a speaker's description is a common noun for a person ("chairman",
    "spokesperson"): the speaker is whoever holds that role, the names before it only tell whose."""
    wn = wordnet()
    return wn is not None and person_noun(word, wn)


def speaking_role(question: str, tokenizer: Tokenizer) -> str:
    """The term of the role whose words a question asks for ("what did the governor say" -> governor),
    when its subject is a noun whose most frequent sense is a person, led by an article: "" otherwise
    (a name is ``asked_speaker``'s)."""
    m = _ASKED_SPEAKER.search(fold(question).lower())
    phrase = (m.group(1) or m.group(2)) if m is not None else None
    if phrase is None or phrase.split()[0] not in ("the", "a", "an"):
        return ""
    nouns = noun_phrase(" ".join(phrase.split()[1:]))
    wn = wordnet()
    if not nouns or wn is None or not person_noun(nouns[-1], wn):
        return ""
    term = tokenizer.tokens(nouns[-1])
    return term[0] if len(term) == 1 else ""


def someone_elses(doc: Document, s: Sentence) -> bool:
    """Whether a sentence is a statement its text or article gives to a named speaker (asked of a
    candidate that is not the asked person's statement: then it is another's). A description ("the
    Conservative leader said") names no one."""
    if any(a_person(n) for n in speakers(s.text)):
        return True
    return bool(PRONOUN_SPEAKER.search(s.text)) and speaker(doc, [s]) is not None


#: a body named before the role of the one speaking for it ("FAA spokesperson Mark Delgado", "Kremlin
#: spokesman Dmitry Peskov"): its name or acronym, then one or two lowercase words ending in the role
_BODY_ROLE = rf"({_BODY_WORD}(?:\s+{_BODY_WORD}){_RUN})\s+((?:[a-z]+\s+)?[a-z]+)\s+$"
#: a body written as an acronym speaking itself ("The NTSB said Friday ...", "..., the FAA said.")
_ACRONYM_SAYS = CasedPattern(
    rf"\b({_CAP}{{2,6}})(?:'s)?,?\s+{_WHEN}?{_REPORTS}\b|\b{_SPEECH_AFTER}\s+(?:the\s+)?({_CAP}{{2,6}})\b(?=\s*[,.;:])"
)


#: a speaker described as a body's ("Daniel Reyes, the NTSB's investigator-in-charge, said")
_ROLE_OF_BODY = (
    rf",\s+(?:the\s+|an?\s+)?({_BODY_WORD}(?:\s+{_BODY_WORD}){_RUN})['\u2019]s"
    r"\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
)


#: a role for a body, before the speaker's name ("A spokeswoman for the EPA's regional office, Dana
#: Whitfield, said"): the role, then the body's name or acronym
_ROLE_FOR_BODY = rf"\b([a-z]+)\s+for\s+(?:the\s+)?({_BODY_WORD}(?:\s+{_BODY_WORD}){_RUN})"


@cache
def _compiled(pattern: str) -> CasedPattern:
    """A pattern only some sentences need (a speaker's body, read where a question asks whose words a
    sentence gives), compiled on its first use: a start, and a batch's forked workers that never need
    it, would otherwise pay for it."""
    return CasedPattern(pattern)


def _bodies(text: str, spoken: list[str]) -> list[str]:
    """The bodies a sentence's speakers speak for, named before the speaker's role (``_BODY_ROLE``),
    after a role before the name (``_ROLE_FOR_BODY``) or owning the role after the speaker's name
    (``_ROLE_OF_BODY``), a role being a noun for a person
    (WordNet's; "investigator-in-charge" by its first word), and the acronyms speaking in it themselves."""
    out = [m.group(1) or m.group(2) for m in _ACRONYM_SAYS.finditer(text)]
    wn = wordnet()
    if wn is None:
        return out
    for name in spoken:
        at = text.find(name)
        if at < 0:
            continue
        before = _compiled(_BODY_ROLE).search(text, 0, at) if at > 0 else None
        if before is not None and person_noun(before.group(2).split()[-1], wn):
            out.append(before.group(1))
        for_body = next(_compiled(_ROLE_FOR_BODY).finditer(text, max(0, at - 80), at), None)
        if for_body is not None and person_noun(for_body.group(1), wn):
            out.append(for_body.group(2))
        after = _compiled(_ROLE_OF_BODY).match(text, at + len(name))
        if after is not None and any(person_noun(w.split("-")[0], wn) for w in after.group(2).split()):
            out.append(after.group(1))
    return out


def said_by(doc: Document, s: Sentence, names: Callable[[str], bool]) -> bool:
    """Whether a sentence is a statement by someone the question names (``names`` tells whether a name
    is one of them): its speaker named in it ("Ruiz said", "said Ana Ruiz,"), a body through the one
    speaking for it ("FAA spokesperson Mark Delgado said" is the FAA's) or itself as an acronym ("The
    NTSB said Friday"), or the person a "..., she said" means (``speaker``). Narration about the person
    ("Mayor Ana Ruiz toured the depot") is not what they said."""
    spoken = speakers(s.text)
    if any(names(n) for n in spoken) or any(names(b) for b in _bodies(s.text, spoken)):
        return True
    # (a quotation standing alone after one attributed in its paragraph is the same speaker's: '"Most
    # of the results are reassuring," she said. "But there is no safe level ..."', ``quoted_on``)
    who = speaker(doc, [s]) if PRONOUN_SPEAKER.search(s.text) else _continued(doc, s) or quoted_on(doc, [s])
    if who is None and not spoken and doc.meta.opinion and doc.meta.author:
        # an opinion piece's own sentences are its writer's statements ("Investors who are now suing
        # should ask themselves ..." under "By Dr. Helen Marsh"); a quotation of another's is theirs
        return names(doc.meta.author)
    return who is not None and names(who)


def _continued(doc: Document, s: Sentence) -> str | None:
    """Who speaks a sentence that goes on with a quotation opened earlier in its paragraph ("'We have
    weaknesses,' he added. 'It takes two. Look, it was not going to happen.'"): the speaker the
    paragraph's nearest attribution names. None when the sentence is outside quotation marks."""
    if s.paragraph >= len(doc.paragraphs):
        return None
    lo, hi = doc.paragraphs[s.paragraph]
    before = " ".join(doc.sentences[i].text for i in range(lo, s.index))
    if not _open_quote(before):
        return None
    for i in sorted(range(lo, hi), key=lambda i: abs(i - s.index)):
        if i == s.index:
            continue
        text = doc.sentences[i].text
        found = [n for n in speakers(text) if n.split()[0] not in _NOT_NAMES]
        if found:
            return found[-1]
        if PRONOUN_SPEAKER.search(text):
            return speaker(doc, [doc.sentences[i]])
    return None


def _open_quote(text: str) -> bool:
    """Whether a quotation opened in ``text`` is still open at its end."""
    return (
        text.count("\u201c") > text.count("\u201d")
        or text.count("\u00ab") > text.count("\u00bb")
        or text.count('"') % 2 == 1
    )


#: a speaker described by a common noun, unnamed ("A Tidewater nurse told", "the spokeswoman said", "Her
#: father said": whose father the sentence before names, but not him)
_UNNAMED_SAYS = re.compile(
    rf"\b(?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts)\s+(?:[\w'\u2019-]+\s+){{0,3}}?([a-z][a-z-]+)\s+(?:also\s+)?{_REPORTS}\b"
)


def _outside(name: str, in_statement: bool) -> str | None:
    """The speaker's name to show outside the quote, unless the quoted statement names them itself: a
    label before "Candidate Lena Fischer thanked volunteers. '…,' she said." would read as if she had
    said the whole of it."""
    return None if in_statement else name


def fits(parts: Sequence[Sentence], limit: int) -> bool:
    """Whether sentences make one readable quote: one paragraph, and no longer than ``limit``
    characters unless it is a single sentence (a sentence is never cut)."""
    if len(parts) == 1:
        return True
    return len({p.paragraph for p in parts}) == 1 and sum(len(p.text) + 1 for p in parts) <= limit


def joins_holder(parts: Sequence[Sentence], limit: int, holder_limit: int) -> bool:
    """Whether the chosen sentence and its neighbour holding the kind of thing asked for (``parts``, in
    the article's order) make one quote: consecutive sentences that ``fits`` reads as one (within
    ``limit``), or, across a paragraph break too, within ``holder_limit`` characters when each sentence
    goes on with the one before (``goes_on``). Wire copy gives each sentence its own paragraph
    ("Customers ... filed a class action lawsuit ..." / "The suit, filed ... by the law firm Hollis
    Brandt, ..."); quoted apart, the first statement names the topic and the detail asked for comes
    second, where a reader of the answer misses it, and the detail alone lacks the topic its definite
    noun or pronoun refers back to. A next paragraph that starts another matter ("Organisers from ...
    said ...") stays a statement of its own."""
    if parts[-1].index - parts[0].index != len(parts) - 1:
        return False
    if fits(parts, limit):
        return True
    return sum(len(p.text) + 1 for p in parts) <= holder_limit and all(
        goes_on(a.text, b.text) for a, b in itertools.pairwise(parts)
    )


def goes_on(before: str, text: str) -> bool:
    """Whether ``text`` goes on with the sentence ``before`` it: it opens on a pronoun or a definite
    description that refers back ("The suit, filed ...", "Its chairman ..."), or names someone or
    something ``before`` names ("Pryce said in a statement ..." after "Helen Pryce resigned ...")."""
    return refers_back(text) or bool(_capitalised(before) & _capitalised(text))


def _capitalised(text: str) -> frozenset[str]:
    """The capitalised words of a sentence that are no function word ("The", "But"): its names."""
    words = (w.strip(".,;:!?\"'()\u201c\u201d\u2018\u2019") for w in text.split())
    return frozenset(
        w.removesuffix("'s").removesuffix("\u2019s")
        for w in words
        if w[:1].isupper() and w.lower() not in STOP_WORDS
    )
