"""Sentences about something other than what a question asks, though they hold its words: a noun the
question binds to its name written as another's ("Italian Prime Minister" for "the prime minister of the
eu") or as no one's while the name holds another title ("Defense Minister X" beside "Russian President Y"
for "russia's defence minister"), a "when did" event held only as a plan ("was expected to sign"), or a
"when will" event in a sentence telling of nothing to come ("amid chaotic scenes on Tuesday")."""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.answer.bridge import office_noun, person_noun, plural_noun, wordnet
from retrieval.answer.question import QuestionInfo, asked_role, asked_sentence, asks_ahead
from retrieval.answer.relation import credit
from retrieval.answer.statements import asked_speaker
from retrieval.answer.types import a_person, asked_names
from retrieval.answer.weights import WEIGHTS
from retrieval.lexicon import OTHER_ROLE_WORDS, STOP_WORDS
from retrieval.search.text import Tokenizer, fold
from retrieval.search.wordnet import NOUN_ARTIFACT, NOUN_PERSON, WordNet

#: a word as a sentence writes it, with where it ends (a comma or other stop ends a name's run)
_RUN_WORD = re.compile(r"[\w'\u2019.&-]+[,;:)\u201d\"]?")
#: an acronym written with dots ("U.S.", "U.K."), which names what its undotted letters do ("US", "UK")
_DOTTED_ACRONYM = re.compile(r"(?:[A-Za-z]\.){2,}")


def elsewhere(
    q: QuestionInfo,
    text: str,
    held: frozenset[str],
    tokenizer: Tokenizer,
    is_name: Callable[[str], bool],
    mentions: Callable[[list[str]], list[str]] | None = None,
) -> bool:
    """Whether a sentence is about something other than what the question asks: a noun the question
    binds to its name, written as another's (``bound_elsewhere``, ``role_elsewhere``), for a "when did",
    the event only as what is to happen (``intended_only``), or for a "when will", nothing as to come
    (its date is a past event's). ``held``: the sentence's index terms; ``mentions``: the coverage's
    sentences holding the given terms (the others naming someone)."""
    if q.bound and (
        bound_elsewhere(q, text, held, tokenizer, is_name)
        or owner_elsewhere(q, text, held, tokenizer, is_name)
        or pronoun_owner_elsewhere(q, text, held, tokenizer, is_name)
        or role_elsewhere(q, text, held, tokenizer, is_name, mentions)
    ):
        return True
    if owned_by_another(q, text, tokenizer, is_name):
        # "what was okafor's salary": "Herrera's pay package includes a base salary ..." is Herrera's
        return True
    if q.kind == "yesno" and compound_elsewhere(q, text, tokenizer, is_name):
        # (a yes/no asks whether that very thing happened; elsewhere a compound may still say who: "a
        # former bank manager" for "who left the bank")
        return True
    if (
        q.kind in ("date", "place")
        and asks_ahead(asked_sentence(q.text))
        and not _FUTURE.search(text)
        and not intended(q.ahead, text, tokenizer)
    ):
        # "when will the bill become law", "where is the next round going to be held": a sentence saying
        # nothing is to come dates or places something past ("changes to the bill amid chaotic scenes on
        # Tuesday", "the last round took place in Istanbul"), not the event asked about. One holding the
        # asked verb as an act intended tells it to come, whatever verb reports the plan ("voted on Monday
        # to open the line on 18 April", "agreed to reopen it on")
        return True
    if q.kind == "person" and (
        other_role(q, text, tokenizer, is_name) or role_unowned(q, text, held, tokenizer, is_name)
    ):
        return True
    if other_rank(q, text, tokenizer) or rank_unsaid(q, text):
        return True
    if (
        q.kind not in ("yesno", "quote")
        and _ASKS_PAST.search(asked_sentence(q.text))
        and _conditional_holds(q, _QUOTED.sub(" ", text), tokenizer, is_name)
    ):
        # "how many years was Ebbers sentenced to": "Ebbers could face a sentence of 85 years if convicted"
        # tells what may happen on a condition, not what did
        return True
    if (
        q.kind != "quote"
        and _CONDITION_LEADS.match(_QUOTED.sub(" ", text))
        and not _ASKS_CONDITIONAL.search(asked_sentence(q.text))
    ):
        # "when was Reyner's hearing": "If Reyner cannot say by the end of the month who saw the vote, the
        # committee should ask ..." tells what ought to follow a condition, nothing that happened or is;
        # a yes/no is not answered yes by it ("If shareholders bring him back, it will be no victory").
        # (What someone said is theirs, conditions and all: "what did Halloran say" is answered by it)
        return True
    return (
        bool(q.done)
        and (q.kind == "date" or _ASKS_DONE.search(asked_sentence(q.text)) is not None)
        and intended_only(q, text, tokenizer)
    )


#: a question asking whether or what has been done by now, by its perfect's auxiliary ("has the group
#: published the data", "have the men been charged"; not "have to"): a sentence holding its verb only
#: as what is to happen ("had threatened to publish", "would be charged") does not say it was done. Not
#: "did": a past question's verb is as often told by the account of a request or a purpose that answers
#: it ("asked whether he would resign, Reyner said no"; "how did they avoid detection": "... to avoid
#: detection")
_ASKS_DONE = re.compile(r"\b(?:has|have)\b(?!\s+to\b)", re.IGNORECASE)


#: a question asking what happened: its verb in the past ("how many years was he sentenced to", "how
#: much did it cost", "who had run it")
_ASKS_PAST = re.compile(r"\b(?:was|were|did|had)\b", re.IGNORECASE)
#: a sentence telling what may or would happen on a condition: a modal and an "if" in one clause ("could
#: face 85 years if convicted", "if approved, it would cost ...")
_HYPOTHETICAL = re.compile(
    r"\b(?:could|would|might|may)\b[^.;:]*\bif\b|\bif\b[^.;:]*\b(?:could|would|might)\b", re.IGNORECASE
)
#: a sentence opening on its condition ("If the appeal fails, Rovers will need ...", "Unless the board
#: acts, ...", "Should the deal collapse, ...", "Were the bank to cut rates, ..."): its main clause holds
#: only on it. A condition after the main clause leaves a report a fact ("said it would appeal if ...")
_CONDITION_LEADS = re.compile(
    r"^\W*(?:if|unless)\b|^\W*should\s+[^,.;:]{1,60},|^\W*were\s+[^,.;:]{1,60}?\bto\b[^,.;:]*,",
    re.IGNORECASE,
)
#: a question that itself asks what would follow or may come ("what if ...", "what would happen",
#: "how many points will they need if ...", "could the club go down"): a condition answers it
_ASKS_CONDITIONAL = re.compile(
    r"\b(?:if|unless|whether|would|could|might|may|will|shall|should|must|can|going\s+to|gonna|need|needs)\b"
)
#: where a clause ends: what a condition covers stops there
_CLAUSE_END = re.compile(r"[.;:]")


def _conditional_holds(
    q: QuestionInfo, text: str, tokenizer: Tokenizer, is_name: Callable[[str], bool]
) -> bool:
    """Whether what the question asks about is told only on a condition: a modal-and-"if" clause holding
    one of its words other than names ("could face a sentence of 85 years if convicted"). A condition in
    another clause leaves the rest a fact ("had been moved to July 31 because of a heat warning, and would
    be cancelled if the forecast held": the move happened)."""
    m = _HYPOTHETICAL.search(text)
    if m is None:
        return False
    end = _CLAUSE_END.search(text, m.end())
    clause = tokenizer.term_set(text[m.start() : end.start() if end else len(text)])
    return any(t in clause for t in q.terms if not is_name(t))


#: a quotation, to its closing mark or the sentence's end: a condition someone is quoted saying ('posted
#: a warning: "If the mill closes, the valley would lose 400 jobs"') leaves what the sentence reports a fact
_QUOTED = re.compile(r"[\"\u201c][^\"\u201d]*(?:[\"\u201d]|$)")


#: a word as a sentence writes it
_WORD = re.compile(r"[\w'\u2019-]+")


def compound_elsewhere(
    q: QuestionInfo, text: str, tokenizer: Tokenizer, is_name: Callable[[str], bool]
) -> bool:
    """Whether a sentence writes a word of the question only as the first word of a compound noun
    WordNet knows whose head the question lacks ("Fire trucks met the aircraft" for "did the engine
    catch fire", "the school board" for "did the school close"): the sentence is about that other
    thing. A word written on its own anywhere in the sentence is the question's."""
    wn = wordnet()
    if wn is None:
        return False
    words = [w.lower().replace("\u2019", "'") for w in _WORD.findall(text)]
    terms = [tokenizer.term_set(w) for w in words]
    # the question's words in any of their forms or the words bridged for them ("go up" ~ "increase")
    asked = {f for t in q.terms for f in _forms(q, t)} | {
        f for b in q.bridges.values() for f in (*b.search, *b.phrase)
    }
    for t in q.terms:
        if is_name(t):
            continue
        forms = _forms(q, t)
        at = [i for i, held in enumerate(terms) if not forms.isdisjoint(held)]
        if at and all(
            i + 1 < len(words)
            and asked.isdisjoint(terms[i + 1])
            and words[i + 1].isalpha()
            and wn.known(f"{words[i]}_{words[i + 1]}")
            and wn.sense_classes(words[i + 1], "n") == {NOUN_ARTIFACT}
            for i in at
        ):
            return True
    return False


def other_role(q: QuestionInfo, text: str, tokenizer: Tokenizer, is_name: Callable[[str], bool]) -> bool:
    """Whether a sentence writes the role a "who" asks about ("who is Corvane's CEO", "who is the chief
    executive of ...") only as another role ("Deputy chief executive Ruth Kale", "the former chief
    executive"): the person it names holds that one, not the one asked about. A role is a question term
    that is no name, written as a word (or the words an acronym stands for: ``TermBridge.phrase``) for
    a person; a sentence writing it in no form the check reads is not judged."""
    wn = wordnet()
    if wn is None or not OTHER_ROLE_WORDS.isdisjoint(q.term_words.values()):
        return False  # "who is the deputy chief executive" asks for that other role
    words = [w.lower() for w in _WORD.findall(text)]
    terms = [tokenizer.term_set(w) for w in words]
    for t in q.terms:
        b = q.bridges.get(t)
        phrase = b.phrase if b is not None else frozenset()
        if is_name(t) or not (phrase or person_noun(q.term_words.get(t, t), wn)):
            continue
        width = len(phrase) or 1
        at = [
            i
            for i in range(len(words) - width + 1)
            if (phrase and frozenset().union(*terms[i : i + width]) == phrase)
            or (not phrase and t in terms[i])
        ]
        if at and all(_other_before(words, terms, i, frozenset(q.terms)) for i in at):
            return True
    return False


#: an ordinal, which before a superlative makes it another rank ("second biggest", "3rd largest")
_ORDINAL = re.compile(
    r"^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$", re.IGNORECASE
)


def other_rank(q: QuestionInfo, text: str, tokenizer: Tokenizer) -> bool:
    """Whether a sentence writes a superlative the question asks by ("the biggest shareholders") only
    after an ordinal ("Manchester United's second biggest shareholders"): it tells of another rank,
    whose holder is not the one asked about."""
    wn = wordnet()
    if wn is None:
        return False
    ranks = [t for t in q.terms if _superlative(wn, q.term_words.get(t, t))]
    if not ranks:
        return False
    words = [w.lower() for w in _WORD.findall(text)]
    for t in ranks:
        at = [i for i, w in enumerate(words) if t in tokenizer.term_set(w)]
        if at and all(i > 0 and _ORDINAL.match(words[i - 1]) for i in at):
            return True
    return False


def rank_unsaid(q: QuestionInfo, text: str) -> bool:
    """Whether a question asks by a superlative ("how old was the youngest victim", "the highest level
    found") that the sentence neither states nor compares by (``_ranks_by``), so it tells of one of them,
    or of them all ("most of the victims were over 70", "older residents"), not which is the one asked."""
    wn = wordnet()
    if wn is None:
        return False
    words = [w for x in _WORD.findall(text.lower()) for w in x.split("-")]
    # (of the question's terms: "what's the latest on the strike" asks for news, not a rank)
    asked = {q.term_words.get(t, t).lower() for t in q.terms}
    return any(not _ranks_by(rank, words, wn) for rank in _asked_ranks(q.text, wn) if rank in asked)


def _asked_ranks(question: str, wn: WordNet) -> list[str]:
    """The superlatives a question asks by, as adjectives before their noun: lowercase after "the" or an
    ordinal ("the youngest victim", "tenth-largest"); not an adverb ("the ties that best described it"),
    a name WordNet could read as one ("The Forest"), nor after a possessive, where it praises more often
    than it ranks ("Broadway's biggest stars were recognized at which awards show")."""
    words = [w for x in _WORD.findall(question) for w in x.split("-")]
    return [
        w
        for i, w in enumerate(words)
        if i > 0
        and w.islower()
        and _superlative(wn, w)
        and (words[i - 1].lower() == "the" or _ORDINAL.match(words[i - 1]) is not None)
    ]


def _ranks_by(rank: str, words: list[str], wn: WordNet) -> bool:
    """Whether a sentence's words state a superlative or compare by it: the superlative, one WordNet
    relates to it ("largest" of "biggest"), another of its adjective's ("highest" of "high") or a record
    ("the record high"); or its adjective comparing, "as high as 84 parts per billion", "higher than any
    other"."""
    bases = {lemma for pos, lemma in wn.lemmas(rank) if pos in ("a", "s") and lemma != rank}
    kin = {rank, *wn.related(rank)}
    for i, w in enumerate(words):
        lemmas = {lemma for pos, lemma in wn.lemmas(w) if pos in ("a", "s") and lemma != w}
        after = words[i + 1] if i + 1 < len(words) else ""
        if (
            # "the record high", "a record 84", "a new record"; not "a criminal record", "no record of"
            (w == "record" and i > 0 and words[i - 1].lower() in ("a", "the", "new") and after != "of")
            or (w.endswith("est") and (w in kin or not lemmas.isdisjoint(bases)))
            or (w in bases and i > 0 and words[i - 1] == "as" and after == "as")
            or (after == "than" and not lemmas.isdisjoint(bases))
        ):
            return True
    return False


def role_elsewhere(
    q: QuestionInfo,
    text: str,
    held: frozenset[str],
    tokenizer: Tokenizer,
    is_name: Callable[[str], bool],
    mentions: Callable[[list[str]], list[str]] | None = None,
) -> bool:
    """Whether a sentence writes the role a question binds to a name ("the ceo of Halvorsen": a noun
    for a person, or the words an acronym stands for) only as someone else's: every time, a name before
    it is another's and its holder's name follows ("Pinecrest chief executive Marguerite Olsen"); or,
    with no one's name before it and not the question's owner in the sentence ("chief executive
    Marguerite Olsen said ..."), the person holding it is written as another's holder of it in another
    sentence of the coverage (``mentions``).
    A lowercase role is read too, which ``bound_elsewhere`` (a capitalised title's) leaves."""
    wn = wordnet()
    if wn is None:
        return False
    words = [m.group(0) for m in _RUN_WORD.finditer(text)]
    names = {t for t in q.terms if is_name(t)}
    for owner, noun, _ in q.bound:
        b = q.bridges.get(noun)
        phrase = b.phrase if b is not None else frozenset()
        if not is_name(owner) or is_name(noun) or noun == owner:
            continue
        if not (phrase or person_noun(q.term_words.get(noun, noun), wn)):
            continue
        forms = phrase or _forms(q, noun)
        if not forms <= held if phrase else held.isdisjoint(forms):
            continue
        owners = set(_forms(q, owner))
        at = _roles_at(words, forms, bool(phrase), tokenizer)
        holders = {_holder_after(words, i, len(phrase) or 1, tokenizer) for i in at}
        if not at or () in holders:
            # a role no name follows may be the owner's though a name stands before it ("Titian (painter)"
            # names its holder first)
            continue
        if all(_owned_by_other(words, i, owners, names, tokenizer) for i in at):
            return True
        if mentions is None or not owners.isdisjoint(held):
            continue
        if all(
            _held_by_other(h, text, forms, bool(phrase), owners, names, tokenizer, mentions) for h in holders
        ):
            return True
    return False


#: a personal pronoun of one person, who may be someone a sentence beside it names
_PERSONAL = re.compile(r"\b(?:he|she|him|his|her)\b", re.IGNORECASE)


def role_unowned(
    q: QuestionInfo, text: str, held: frozenset[str], tokenizer: Tokenizer, is_name: Callable[[str], bool]
) -> bool:
    """Whether a sentence writes the role a "who is the ROLE of X" asks for ("the prime minister of
    Veldoria") only bare, whoever's it is: X is not bound to it in the sentence (``_owned_by``; "during
    Veldoria's presidency" tells of something else of Veldoria), and no holder's name follows the role
    ("The prime minister has regular meetings ..."). The role is then its story's (another country's),
    and a name elsewhere in the sentence ("Mr Smith's spokesman said: ...") stands in some other
    relation: the person asked for is not in it. One written with its holder ("the prime minister, Ilse
    Marr,") is judged by ``role_elsewhere``; one referring to someone by a pronoun may tell of the holder
    a sentence beside it names, and is not judged."""
    wn = wordnet()
    role = asked_role(q.text)
    if wn is None or not role or _PERSONAL.search(text):
        # ("In 1960 he announced ...": he may be the holder a sentence beside it names in the role)
        return False
    words = [m.group(0) for m in _RUN_WORD.finditer(text)]
    for owner, noun, _ in q.bound:
        b = q.bridges.get(noun)
        phrase = b.phrase if b is not None else frozenset()
        if not is_name(owner) or is_name(noun) or noun == owner or noun not in tokenizer.term_set(role):
            continue  # (only the role asked for: "held prisoner" is no role "who captured" asks about)
        if not (phrase or office_noun(q.term_words.get(noun, noun), wn)):
            continue
        width = len(phrase) or 1
        held_owner = credit(q, owner, held) > 0
        # the role's own word: a variant may be another word's form ("close" for the noun "closer")
        at = _roles_at(words, phrase or frozenset({noun}), bool(phrase), tokenizer)
        if at and all(
            not _holder_after(words, i, width, tokenizer)
            and not (held_owner and _owned_by(q, words, owner, i, width, tokenizer))
            for i in at
        ):
            return True
    return False


def _owned_by(
    q: QuestionInfo, words: list[str], owner: str, i: int, width: int, tokenizer: Tokenizer
) -> bool:
    """Whether the role written at ``words[i]`` is bound to the question's owner: the owner within
    ``head_window`` words before it ("the EU's prime minister", "Veldoria prime minister") or after it
    through "of" ("prime minister of the EU")."""
    window = WEIGHTS.head_window
    before = words[max(0, i - window) : i]
    after = words[i + width : i + width + window + 1]
    near = before + (after if after[:1] and after[0].lower() == "of" else [])
    # (together: a name of two words, or an acronym's words: "European Union" for "eu")
    return credit(q, owner, frozenset().union(*(tokenizer.term_set(w.strip(_STOPS)) for w in near))) > 0


def _superlative(wn: WordNet, word: str) -> bool:
    """Whether a word is an adjective's superlative ("biggest", "best"): WordNet reads it as another
    adjective's form."""
    return word.endswith("est") and any(pos in ("a", "s") and lemma != word for pos, lemma in wn.lemmas(word))


def _other_before(words: list[str], terms: list[frozenset[str]], i: int, asked: frozenset[str]) -> bool:
    """Whether the role at ``words[i]`` is made another by a word before it, past the role's other words
    the question gives ("Deputy Prime Minister" for the prime minister), or joined to them by a hyphen
    ("Vice-Prime Minister", "ex-president")."""
    for j in range(i - 1, -1, -1):
        if words[j] in OTHER_ROLE_WORDS or words[j].split("-")[0] in OTHER_ROLE_WORDS:
            return True
        if terms[j].isdisjoint(asked):
            return False
    return False


def _roles_at(words: list[str], forms: frozenset[str], phrase: bool, tokenizer: Tokenizer) -> list[int]:
    """Where ``words`` write a role: its phrase's words in a row, or one of its forms."""
    terms = [tokenizer.term_set(w.strip(_STOPS)) for w in words]
    width = len(forms) if phrase else 1
    return [
        i
        for i in range(len(words) - width + 1)
        if (phrase and frozenset().union(*terms[i : i + width]) == forms)
        or (not phrase and not forms.isdisjoint(terms[i]))
    ]


def _holder_after(words: list[str], i: int, width: int, tokenizer: Tokenizer) -> tuple[str, ...]:
    """The terms of the capitalised name right after a role ("chief executive Marguerite Olsen", "chief
    executive, Owen Marsh,"): its holder; empty when none follows."""
    j = i + width
    if words[j - 1][-1:] in _STOPS and not words[j - 1].endswith(","):
        return ()
    out: list[str] = []
    while j < len(words) and words[j][:1].isupper() and len(out) < 3:
        out.extend(sorted(tokenizer.term_set(words[j].strip(_STOPS))))
        if words[j][-1:] in _STOPS:
            break
        j += 1
    return tuple(out)


def _held_by_other(
    holder: tuple[str, ...],
    own: str,
    forms: frozenset[str],
    phrase: bool,
    owners: set[str],
    names: set[str],
    tokenizer: Tokenizer,
    mentions: Callable[[list[str]], list[str]],
) -> bool:
    """Whether another sentence writes ``holder`` as another's holder of the role ("Pinecrest chief
    executive Marguerite Olsen"), and none as the owner's or no one's (``own``: the sentence asked
    about, not read again)."""
    other = False
    for text in mentions(list(holder)):
        if text == own:
            continue
        words = [m.group(0) for m in _RUN_WORD.finditer(text)]
        for i in _roles_at(words, forms, phrase, tokenizer):
            if _holder_after(words, i, len(forms) if phrase else 1, tokenizer) != holder:
                continue
            if not _owned_by_other(words, i, owners, names, tokenizer):
                return False  # the owner's, or no one's: it may be the owner's
            other = True
    return other


#: words by which a sentence tells of what is to come: a modal or "going to", a plan or schedule ("plans
#: to", "is due to", "is set to"), a time ahead ("next week", "later this year"), a condition ("once",
#: "until"). Not "from", "by" or "when", which past events take as often, nor the month "May"
_FUTURE = re.compile(
    r"\b(?:will|would|shall|could|(?-i:may)|might|won't|going to|gonna|expected|due to|due in|set to|"
    r"(?:plans?|planned|planning|intends?|intended|aims?|hopes?) to|scheduled|next|coming|upcoming|"
    r"later|soon|until|once|as soon as|is to|are to|to be)\b|'ll\b|\u2019ll\b",
    re.IGNORECASE,
)


def bound_elsewhere(
    q: QuestionInfo, text: str, held: frozenset[str], tokenizer: Tokenizer, is_name: Callable[[str], bool]
) -> bool:
    """Whether the sentence binds a noun the question binds to one of its names to another name: "the
    St David's Shopping Centre" for "the trafford centre", "Italian Prime Minister" for "the prime
    minister of the eu", "Tony Blair" for "cherie blair". The noun written capitalised is part of a name
    or title, whose words before it say whose it is: the question's owner of the noun (the name after
    its "of", else the word before it: "Internet" in "Microsoft's Internet Explorer" for "internet
    explorer"), or something else (a word WordNet knows only as a name, or not at all, or a
    nationality). When every time the sentence writes the noun it is another's, the sentence is about
    another's. Words WordNet knows as common words ("Prime", "Defense") are the title's, whoever's it
    is: "Defense Minister X" names no one's and stays an answer."""
    # the noun a "which" asks for is the one the answer names ("which dunmore theatre" -> "the Alcott
    # Theatre"), not one the question's name owns
    # (and only nouns the sentence's index terms hold: most candidates hold none, and are not read)
    # (not a plural: "nato's foreign ministers" are its members' ministers, "French Foreign Minister ..."
    # one of them, where "the eu's prime minister" is no member's)
    wn = wordnet()
    checked = [
        (m, n, of)
        for m, n, of in q.bound
        if n in held
        and m != n
        and n != q.head
        and n not in q.kind_terms
        and not (wn is not None and _plural_phrase(q, n, wn))
    ]
    if not checked:
        return False
    # the owner is a proper name: "the university's scavenger hunt" names no one university
    nouns = {
        n
        for m, n, _ in checked
        if is_name(m)
        and (wn is None or not _common_word(wn, w := q.term_words.get(m, m)) or _acronym_name(wn, w))
    }
    if not nouns:
        return False
    words = [m.group(0) for m in _RUN_WORD.finditer(text)]
    names = {t for t in q.terms if is_name(t)}
    for noun in nouns:
        through_of = {m for m, n, of in checked if n == noun and of}
        owners = through_of or {m for m, n, _ in checked if n == noun}
        # an acronym's words stand for it ("The New York Times" for "the ny times")
        owners |= {p for m in owners if (b := q.bridges.get(m)) is not None for p in b.phrase}
        at = [i for i, w in enumerate(words) if noun in tokenizer.term_set(w.rstrip(',;:)\u201d"'))]
        if not at or not all(words[i][:1].isupper() and i > 0 for i in at):
            continue
        if all(_owned_by_other(words, i, owners, names, tokenizer) for i in at):
            return True
    return False


def _owned_by_other(
    words: list[str], i: int, owners: set[str], names: set[str], tokenizer: Tokenizer
) -> bool:
    """Whether the capitalised words right before word ``i`` (its name's or title's) name something
    other than its ``owners`` in the question and the question's other ``names``."""
    wn = wordnet()
    other = False
    j = i - 1
    while j >= 0 and words[j][:1].isupper() and words[j][-1] not in ',;:)\u201d"':
        word = words[j].rstrip(".")
        toks = _word_terms(words[j], tokenizer)
        j -= 1
        if not toks:
            continue  # "The", "Of"
        if toks & owners:
            return False
        if (
            wn is not None
            and all(_common_word(wn, part) for part in word.split("-") if part)
            and not (word.isupper() and _acronym_name(wn, word))
        ):
            continue  # a title's word ("Prime", "Film-maker"), not a body's acronym ("UK Prime Minister")
        if toks & names:
            return False
        nationality = wn is not None and bool(wn.noun_classes(word)[0]) and wn.is_adjective(word)
        if (
            nationality
            and wn is not None
            and tokenizer.term_set(" ".join(wn.related(word))) & (owners | names)
        ):
            return False  # "Russian" stands for Russia
        other = True
    return other


def _plural_phrase(q: QuestionInfo, noun: str, wn: WordNet) -> bool:
    """Whether the phrase a bound noun opens ends in a plural, through the words the question binds
    after it ("foreign" -> "ministers" of "nato's foreign ministers")."""
    seen = {noun}
    while True:
        if plural_noun(q.term_words.get(noun, noun), wn):
            return True
        noun = next((n for m, n, of in q.bound if m == noun and not of and n not in seen), "")
        if not noun:
            return False
        seen.add(noun)


def _acronym_name(wn: WordNet, word: str) -> bool:
    """Whether a word is the acronym of a name ("EU", "UK", "UN"): WordNet spells it out in words
    ("European Union"), and not only as a role ("CEO"). WordNet files such names under the common
    words of their synset's first entry (and "eu" under europium too), yet each names one body or
    place, whose title ("UK Prime Minister") is no one else's."""
    if len(word) < 2 or not word.isalpha():
        return False
    return bool(wn.spelled_out(word)) and wn.noun_classes(word)[1] != {NOUN_PERSON}


def _common_word(wn: WordNet, word: str) -> bool:
    """A word WordNet knows, and not as a name."""
    named, common = wn.noun_classes(word)
    return not named and (bool(common) or wn.known(word))


#: words before a verb that make it what is to happen, not what happened ("expected to sign", "will sign")
_INTENDED = frozenset("to will would could can may might shall should must 'll".split())


def intended_only(q: QuestionInfo, text: str, tokenizer: Tokenizer) -> bool:
    """Whether a sentence holds the verb a "did" question asks about (``QuestionInfo.done``) only as
    something to happen: "Trump was expected to sign a deal next week", "expects it to begin coming back
    next week" do not say when they signed or it came back,
    and its date is the plan's. A sentence without the verb is not judged (it may say it otherwise)."""
    words = text.lower().replace("\u2019", "'").split()
    at = [i for i, w in enumerate(words) if q.done in tokenizer.term_set(w)]
    return bool(at) and all(_intended_at(words, i) for i in at)


def intended(verbs: tuple[str, ...], text: str, tokenizer: Tokenizer) -> bool:
    """Whether a sentence holds one of ``verbs`` (terms) as something to happen (``_intended_at``: "voted
    to open", "will open"). No verb, no: the sentence is not judged by them."""
    if not verbs:
        return False
    words = text.lower().replace("\u2019", "'").split()
    return any(
        _intended_at(words, i) and not tokenizer.term_set(w).isdisjoint(verbs) for i, w in enumerate(words)
    )


#: verbs of a phase of doing, between a plan's "to" and the verb ("expects it to begin coming back")
_PHASE = frozenset("begin start resume continue be".split())


def _intended_at(words: list[str], i: int) -> bool:
    """Whether the verb at ``words[i]`` is what is to happen: after a modal or "to", or after one of
    those and a verb of its phase ("to begin coming back online", "will start flying")."""
    if i > 0 and words[i - 1] in _INTENDED:
        return True
    return i > 1 and words[i - 1] in _PHASE and words[i - 2] in _INTENDED


def _forms(q: QuestionInfo, term: str) -> frozenset[str]:
    """A question term and the words that stand for it (its synonyms and derived forms: "defence" ~
    "defense", "Russia" ~ "Russian")."""
    b = q.bridges.get(term)
    return frozenset({term}) | (b.variants if b is not None else frozenset())


def owner_elsewhere(
    q: QuestionInfo, text: str, held: frozenset[str], tokenizer: Tokenizer, is_name: Callable[[str], bool]
) -> bool:
    """Whether a sentence writes the title a question binds to a name ("russia's defence minister")
    with no one's name before it, and names the question's owner only in another title ("Defense
    Minister Rustem Umerov said ... Ukraine seeks a meeting with Russian President Vladimir Putin"):
    the owner it names holds the other title, and the one asked about is someone else's."""
    wn = wordnet()
    if wn is None:
        return False
    words = [m.group(0) for m in _RUN_WORD.finditer(text)]
    for owner, noun, _ in q.bound:
        if not is_name(owner) or noun == q.head or noun in q.kind_terms or held.isdisjoint(_forms(q, noun)):
            continue
        nouns, owners = _forms(q, noun), _forms(q, owner)
        at = [i for i, w in enumerate(words) if not nouns.isdisjoint(_word_terms(w, tokenizer))]
        mine = [i for i, w in enumerate(words) if not owners.isdisjoint(_word_terms(w, tokenizer))]
        if not at or not mine or not all(_title_at(words, i) and _unowned(words, i) for i in at):
            continue
        if all(_titled(words, i, nouns, tokenizer) for i in mine):
            return True
    return False


_STOPS = ",;:)\u201d\"'.\u2019"


def _word_terms(word: str, tokenizer: Tokenizer) -> frozenset[str]:
    """The terms of a word of a name's run, without the stop after it; a dotted acronym keeps its dots
    ("U.S.", "U.K.,"), which is how the aliases fold it into the name the question writes ("US"):
    stripped to "U.S" it would be a letter "u", naming someone else."""
    bare = word.strip(_STOPS)
    dotted = word.rstrip(_STOPS.replace(".", ""))
    return tokenizer.term_set(dotted if _DOTTED_ACRONYM.fullmatch(dotted) else bare)


def _closes(word: str) -> bool:
    """Whether a word of a name's run ends a clause or a name (a stop after it); a dotted acronym's last
    dot is its own ("U.S. President" is one title)."""
    return word[-1] in _STOPS and not _DOTTED_ACRONYM.fullmatch(word)


def _unowned(words: list[str], i: int) -> bool:
    """Whether the capitalised title at ``words[i]`` has no name before it: it opens the sentence, or
    the word before it is written lowercase or ends a clause ("... said Defense Minister X")."""
    j = i
    while j > 0 and words[j - 1][:1].isupper() and not _closes(words[j - 1]):
        j -= 1
    return all(_title_word(w) for w in words[j:i])


def _title_word(word: str) -> bool:
    wn = wordnet()
    w = word.strip(_STOPS)
    return wn is not None and not wn.noun_classes(w)[0] and not wn.proper(w) and wn.known(w)


def _title_at(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is written as a title: capitalised past the sentence's first word, or
    opening it before another capitalised word ("Defense Minister ...", not "Shares in ...")."""
    if not words[i][:1].isupper():
        return False
    return i > 0 or (len(words) > 1 and not _closes(words[i]) and words[1][:1].isupper())


def _titled(words: list[str], i: int, nouns: frozenset[str], tokenizer: Tokenizer) -> bool:
    """Whether the owner's name at ``words[i]`` modifies another title of a person ("Russian
    President", not "Multiplex Group"): followed by a capitalised common word naming a person's role
    (WordNet's class 18) that is not the asked title."""
    wn = wordnet()
    if wn is None or _closes(words[i]) or i + 1 >= len(words):
        return False
    after = words[i + 1]
    word = after.strip(_STOPS)
    return (
        after[:1].isupper()
        and _title_word(after)
        and NOUN_PERSON in wn.noun_classes(word)[1]
        and tokenizer.term_set(word).isdisjoint(nouns)
    )


#: the most capitalised words read before the last word of a name written as an owner ("Standard & Poor's",
#: "Royal Bank of Canada's" runs shorter): a bound, so a capitalised run in scraped text ("The The The ...")
#: is read from each word a few words on, not to its end, once per word
_NAME_WORDS = 6
#: a question's noun bound to an owner: "priya raman's salary", "the analysts' price target" (the owner's
#: last two words and the noun's first two; the owner's words are read as names or not by the caller)
_ASKED_POSSESSIVE = re.compile(
    r"\b((?:[\w-]+\s+)?[\w-]+?)(?:['\u2019]s|s['\u2019])\s+([\w-]+(?:\s+[\w-]+)?)", re.IGNORECASE
)
#: the same bound by a preposition: "the price target for crestline", "the salary of the mayor"
_ASKED_OWNED_BY = re.compile(
    r"\b([\w-]+(?:\s+[\w-]+)?)\s+(?:of|for|on)\s+(?:the\s+)?([\w-]+(?:\s+[\w-]+)?)", re.IGNORECASE
)
#: a capitalised name written as an owner, with the capitalised words before it ("Herrera's",
#: "Standard & Poor\u2019s")
_NAMED_POSSESSIVE = re.compile(rf"\b((?:[A-Z][\w-]*\s+(?:&\s+)?){{0,{_NAME_WORDS}}}[A-Z][\w-]*)['\u2019]s\b")
#: a possessive pronoun: whoever's it is, the sentence may mean the question's owner by it
_PRONOUN_OWNER = re.compile(r"\b(?:his|her|its|their)\b", re.IGNORECASE)
#: a clause's end: an owner written before it owns nothing after it
_CLAUSE_STOP = re.compile(r"[,;:()\u2014]")


def _asked_owners(
    q: QuestionInfo, tokenizer: Tokenizer, is_name: Callable[[str], bool]
) -> list[tuple[frozenset[str], tuple[str, ...], bool]]:
    """The (owner terms, noun terms, by a possessive) a question binds a noun to a named owner by:
    "priya raman's salary" (("priya", "raman"), ("salari",), True), "the price target for crestline"
    (("crestlin",), ("price", "target"), False). Only owners that are names: "the union's dues" may be
    any union's."""
    text = fold(q.text)
    asked = set(q.terms)
    out: list[tuple[frozenset[str], tuple[str, ...], bool]] = []
    for m in _ASKED_POSSESSIVE.finditer(text):
        owners = [t for t in tokenizer.tokens(m.group(1)) if t in asked]
        nouns = [t for t in tokenizer.tokens(m.group(2)) if t in asked and not is_name(t)]
        if owners and all(is_name(t) for t in owners) and nouns:
            out.append((frozenset(owners), tuple(nouns), True))
    for m in _ASKED_OWNED_BY.finditer(text):
        # (not the question's verb: "what did Russia call on the West to do" binds no noun to the West)
        nouns = [t for t in tokenizer.tokens(m.group(1)) if t in asked and not is_name(t) and t != q.done]
        owners = [t for t in tokenizer.tokens(m.group(2)) if t in asked]
        if owners and all(is_name(t) for t in owners) and nouns:
            out.append((frozenset(owners), tuple(nouns), False))
    return out


#: a possessive pronoun and the word after it ("his campaign", "their lawyer")
_PRONOUN_OWNS = re.compile(r"\b(?:his|her|its|their)\s+([A-Za-z][\w'\u2019-]*)", re.IGNORECASE)
#: a capitalised word: maybe a name
_CAPITALISED = re.compile(r"\b[A-Z][\w'\u2019-]*")


def pronoun_owner_elsewhere(
    q: QuestionInfo, text: str, held: frozenset[str], tokenizer: Tokenizer, is_name: Callable[[str], bool]
) -> bool:
    """Whether a sentence writes what the question binds to a name ("Oyelaran's campaign") only as
    someone else's: it does not write the name, and gives the noun to a possessive pronoun after another
    name ("Pfeiffer thanked his campaign manager"), whom the pronoun stands for. With no name before the
    pronoun ("through his lawyer, Celia Marchetti, the player said"), or only a name owning something
    else ("Calder's board set her salary": a board is no "her"), it may stand for the one asked about.
    Nor does "its" stand for the person whose words are asked ("what did Rosa Delgado say about
    Cascadia's losses": "Its chief executive, Rosa Delgado, said the company expected its losses ..."):
    a person is no "it"."""
    wn = wordnet()
    for owner, noun, _ in q.bound:
        if not is_name(owner) or credit(q, owner, held):
            continue
        for m in _PRONOUN_OWNS.finditer(text):
            if noun not in tokenizer.term_set(m.group(1)):
                continue
            before = [w.group(0) for w in _CAPITALISED.finditer(text, 0, m.start())]
            if m.group(0)[:3].lower() == "its":
                # (the speaker is looked up here, not per sentence: few sentences get this far)
                speaking = _person_speaking(q, tokenizer)
                before = [w for w in before if not tokenizer.term_set(w) & speaking]
            if any(
                w.lower() not in STOP_WORDS
                and not w.endswith(("'s", "\u2019s", "'", "\u2019"))
                and (wn is None or not wn.known(w.lower()))
                for w in before
            ):
                return True
    return False


def _person_speaking(q: QuestionInfo, tokenizer: Tokenizer) -> frozenset[str]:
    """The name terms of the person whose words a question asks for ("what did Rosa Delgado say"),
    or none when it asks no one's or a body's ("what did Cascadia Mutual say": a body is an "it")."""
    if q.kind != "quote":
        return frozenset()
    speaking = asked_speaker(q.text, asked_names(q), tokenizer)
    name = " ".join(q.term_words.get(t, t).capitalize() for t in sorted(speaking))
    return speaking if speaking and a_person(name) else frozenset()


def owned_by_another(
    q: QuestionInfo, text: str, tokenizer: Tokenizer, is_name: Callable[[str], bool]
) -> bool:
    """Whether a sentence gives the noun a question binds to a named owner ("what is priya raman's
    salary", "the price target for crestline") as another name's: it never names the question's owner,
    and writes the noun owned by a name the question lacks ("Herrera's pay package includes a base
    salary ...", "his price target on Lumora"), or names the owner elsewhere and writes the noun right
    after another name's possessive ("Vane's barrister, Owen Tate, said Rafferty was lying" for
    Rafferty's barrister, ``_other_possessor``). Its figure is that other one's, not the one asked
    about. A possessive pronoun before the noun ("Lumora's board set his salary") may mean the asked
    owner, and keeps the sentence."""
    pairs = _asked_owners(q, tokenizer, is_name)
    if not pairs:
        return False
    held = tokenizer.term_set(text)
    asked = set(q.terms)
    words = list(re.finditer(r"[\w'\u2019-]+", text))  # (the sentence's, read once for every owner)
    for owners, nouns, possessive in pairs:
        owner_forms = frozenset().union(*(_forms(q, o) for o in owners))
        owner_forms |= {p for o in owners if (b := q.bridges.get(o)) is not None for p in b.phrase}
        if not held.isdisjoint(owner_forms):
            # (the owner named elsewhere in it: the noun is another's only as another name's possessive)
            if possessive and _other_possessor(text, nouns, owner_forms, q, tokenizer):
                return True
            continue
        # the noun as the question writes it, its words in a row ("price target"; "top negotiator" is not
        # held by "the Kremlin's top spokesperson ... negotiating")
        forms = [_forms(q, n) for n in nouns]
        at = [
            words[i]
            for i in range(len(forms) - 1, len(words))
            if all(
                not f.isdisjoint(tokenizer.term_set(words[i - k].group(0)))
                for k, f in enumerate(reversed(forms))
            )
        ]
        if not at:
            continue
        first, last = at[0], at[-1]
        clause = _CLAUSE_STOP.split(text[: first.start()])[-1]
        # (the owner written as the question writes it: "Montcalm's Indian allies" may be "the allies
        # of the French"; and not as the initials of the other's words: "S&P" is "Standard & Poor's")
        before = [
            m.group(1)
            for m in _NAMED_POSSESSIVE.finditer(clause)
            if tokenizer.term_set(m.group(1)).isdisjoint(asked) and not _initials_of(owners, q, m.group(1))
        ]
        if possessive and before and not _PRONOUN_OWNER.search(clause[clause.rfind(before[-1]) :]):
            return True
        if possessive:
            continue
        after = re.match(r"\s+(?:of|for|on)\s+(?:the\s+)?([A-Z][\w-]*)", text[last.end() :])
        if after and tokenizer.term_set(after.group(1)).isdisjoint(asked):
            return True
    return False


def _other_possessor(
    text: str, nouns: tuple[str, ...], owner_forms: frozenset[str], q: QuestionInfo, tokenizer: Tokenizer
) -> bool:
    """Whether a sentence naming the question's owner elsewhere writes the noun it asks about as another
    name's, that name's possessive right before it, and never as the owner's: "Vane's barrister, Owen
    Tate, said Rafferty was lying" names Vane's barrister, not Rafferty's ("Rafferty's barrister")."""
    asked = set(q.terms)
    if any(
        not tokenizer.term_set(m.group(1)).isdisjoint(owner_forms) for m in _NAMED_POSSESSIVE.finditer(text)
    ):
        return False  # (the owner's own: "Rafferty's barrister" is written too)
    forms = [_forms(q, n) for n in nouns]
    words = list(re.finditer(r"[\w'\u2019-]+", text))
    for i in range(len(words) - len(forms) + 1):
        if all(not f.isdisjoint(tokenizer.term_set(words[i + k].group(0))) for k, f in enumerate(forms)):
            before = _POSSESSIVE_BEFORE.search(text[: words[i].start()])
            # (after an article it describes someone, maybe the owner: "the Dane's agent")
            if (
                before
                and tokenizer.term_set(before.group(1)).isdisjoint(asked)
                and not _ARTICLE_BEFORE.search(text[: before.start()])
            ):
                return True
    return False


#: a name's possessive ending the text ("... Vane's "): whose the noun written right after it is
_POSSESSIVE_BEFORE = re.compile(rf"\b((?:[A-Z][\w-]*\s+){{0,{_NAME_WORDS}}}[A-Z][\w-]*)['\u2019]s\s+$")
#: an article ending the text: a capitalised word after it is a description ("the Dane"), not a name
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|this|that)\s+$", re.IGNORECASE)


def _initials_of(owners: frozenset[str], q: QuestionInfo, name: str) -> bool:
    """Whether an owner the question writes is the initials of a name's words ("S&P" of "Standard &
    Poor"): the same owner, spelled out."""
    initials = "".join(w[0] for w in name.split() if w[:1].isalpha()).lower()
    words = [q.term_words.get(o, o) for o in owners]
    written = re.findall(r"[\w&]+", fold(q.text).lower())
    letters = {re.sub(r"[^a-z]", "", w) for w in written if any(o.lower() in w for o in words)}
    return len(initials) > 1 and initials in letters
