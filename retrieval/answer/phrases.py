"""Structure read from a question's words for checks on candidate sentences: which of its words it binds
together ("the trafford centre", "the prime minister of the eu"), the verb a "did" question asks
about ("when did they sign" -> "sign"), the words that are names however written ("grumpy_dave") and
the noun a question is about ("is the library closing" -> library)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.answer.bridge import verb_form, wordnet
from retrieval.lexicon import DETERMINERS, PLURAL_NOUNS, POSSESSIVE_DETERMINERS, STOP_WORDS
from retrieval.search.text import Tokenizer, fold
from retrieval.search.wordnet import WordNet

AUXILIARIES = frozenset(
    "is are was were do does did has have had will would can could should may might must".split()
)

#: a past question's auxiliary and the words after it, among which is the verb it asks about
#: (a negated "didn't", as chat writes it too, "didnt": "why didnt they pay" asks of paying)
_DID = re.compile(r"\bdid(?:n['\u2019]?t)?\b(?P<rest>.*)")
#: a yes/no question's other openings: "was anyone hurt", "will the council sue", "is it going to close"
_ASKS_IF = re.compile(
    r"^\s*(?P<aux>was|were|is|are|has|have|had|will|would|does|do|can|could)\b(?P<rest>.*)", re.IGNORECASE
)
#: a passive's auxiliary after the question's subject: the word before it is the subject's, the verb comes
#: after it ("has the licence been restored", "is the bridge being rebuilt")
_PASSIVE_BE = frozenset({"been", "being"})
#: words between a yes/no question's subject and its verb that shape the question ("going to close")
_ON_THE_WAY = frozenset({"going", "to", "be", "been", "being", "ever", "already", "still", "yet"})


def done_verb(
    asked: str,
    entities: set[str],
    tokenizer: Tokenizer,
    skip: frozenset[str],
    saying: frozenset[str],
    yesno: bool = False,
) -> str:
    """The term of the first word after a question's "did" that WordNet knows as a verb in its base
    form, not a name the question gives ("when did the us and ukraine actually sign the minerals
    deal" -> "sign"); none when it is a verb of saying (``saying``: the saying is then what is asked
    about). Words in ``skip`` (those that only frame or shape a question) are passed over. For a
    yes/no question (``yesno``) opened by another auxiliary, the first word past its subject that can
    be a verb, in any form ("was anyone hurt", "were the men charged", "is the council going to sue")."""
    m = _DID.search(asked)
    # a yes/no question opened otherwise ("was anyone hurt", "will the council sue"): its verb may be a
    # participle ("were the men charged"); a word that can be a noun is not taken for it ("is the
    # museum open" asks about the museum's state, "were the staff ...")
    # (not a choice between two things, "was it built on the ground or in space", which either answers)
    other = _ASKS_IF.match(asked) if m is None and yesno and " or " not in asked else None
    about = set(subject(asked, tokenizer)) if other is not None else set()
    wn = wordnet()
    if (m is None and other is None) or wn is None:
        return ""
    if other is not None:
        aux = other.group("aux").lower()
        return _asked_if(other.group("rest"), entities, tokenizer, skip, wn, about, aux)
    written = [w.strip("?.,!'\"") for w in m.group("rest").split()]  # type: ignore[union-attr]
    for i, word in enumerate(written):
        toks = tokenizer.tokens(word)
        # after "did" the verb is in its base form: "ministers" in "did the nato ministers meet" is none
        verb = any(pos == "v" and lemma == word for pos, lemma in wn.lemmas(word))
        if verb and word in saying:
            return ""  # "what did rutte say they have to do": the saying is what happened
        if len(toks) != 1 or toks[0] in entities or word in skip:
            continue
        if i and written[i - 1].lower() in _BEFORE_NOUN:
            continue  # a noun that can be a verb: "did the club appeal", "when did the board decide"
        if _compound_noun(word, written[i + 1 : i + 4], wn):
            continue  # "when did the bus strike start": "strike" is the noun "start" is said of
        if verb and not wn.proper(word):
            # "did they plan to restart ...": whether they restarted is asked; "when did they decide to
            # close ..." dates the deciding
            if word == "get" and i + 1 < len(written) and participle(written[i + 1], wn):
                # "when did the trial get halted": the get-passive's participle is what happened
                got = tokenizer.tokens(written[i + 1])
                return got[0] if len(got) == 1 else toks[0]
            return _wanted([w.lower() for w in written], i, tokenizer, wn) if yesno else toks[0]
    return ""


#: a "when/where will" question's auxiliary, after which its verb is in its base form
_WILL = re.compile(r"\b(?:will|shall)\b(?P<rest>.*)")


def ahead_verbs(asked: str, tokenizer: Tokenizer, skip: frozenset[str]) -> tuple[str, ...]:
    """The terms of the words after a "when/where will" question's "will" that WordNet knows as verbs in
    their base form, none after a word taking a noun ("to passengers", "the line"): the verb asked about
    is one of them ("when will the tram line open to passengers" -> "tram", "line", "open"). Each is
    kept, not the first: nouns of a compound are verbs too, and which one is the verb only the sentence
    telling the act shows ("voted to open the line")."""
    m = _WILL.search(asked)
    wn = wordnet()
    if m is None or wn is None:
        return ()
    written = [w.strip("?.,!'\"").lower() for w in m.group("rest").split()]

    def verb(word: str) -> bool:
        return any(pos == "v" and lemma == word for pos, lemma in wn.lemmas(word)) and not wn.proper(word)

    out: list[str] = []
    named = False  # inside a noun phrase a determiner or a possessive opened ("the ferry link")
    for i, word in enumerate(written):
        toks = tokenizer.tokens(word)
        if word in _OPENS_NOUN or word.endswith("'s"):
            named = True
        if len(toks) != 1 or word in skip or (i and written[i - 1] in _BEFORE_NOUN | {"to"}):
            continue
        if not verb(word):
            continue
        if named and i + 1 < len(written) and written[i + 1] not in skip and verb(written[i + 1]):
            # "when will the ferry link open": a noun of the phrase, before the verb it is said of, is no
            # verb asked about ("wants to link it" tells no opening to come)
            continue
        named = False
        out.append(toks[0])
    return tuple(out)


#: words opening a noun phrase: a determiner or an owner ("the ferry link", "its new line")
_OPENS_NOUN = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"}
)


def participle(word: str, wn: WordNet) -> bool:
    """Whether a word is a verb's past participle in form ("halted", "taken"): WordNet reads it back to
    another base form of a verb, and it ends as participles do."""
    low = word.lower()
    return low.endswith(("ed", "en", "wn", "ne")) and any(
        pos == "v" and b != low for pos, b in wn.lemmas(low)
    )


def _compound_noun(word: str, after: list[str], wn: WordNet) -> bool:
    """Whether a word that can be a noun is one of a compound whose verb comes next ("the bus strike
    start", "the harbour line run"): the word after it (or after the compound's next nouns) is a verb in
    its base form, no adjective or adverb ("did the team play well" plays), that ends the question or
    is followed by a function word."""
    if not after or not any(pos == "n" for pos, _ in wn.lemmas(word)):
        return False
    nxt = after[0].lower()
    kinds = {pos for pos, lemma in wn.lemmas(nxt) if lemma == nxt}
    ends = len(after) == 1 or after[1].lower() in STOP_WORDS
    if "v" in kinds and not kinds & {"a", "s", "r"} and nxt not in STOP_WORDS and ends:
        return True
    # "the harbour line run again": the next word is a part of the compound too
    return nxt not in STOP_WORDS and _compound_noun(nxt, after[1:], wn)


def _present_s_only(word: str, lemmas: Sequence[tuple[str, str]]) -> bool:
    """Whether ``word`` is a verb only as its present "-s" form ("monitors", "watches"), which no form of
    "be" or "have" leads: after one it is a plural noun."""
    verbs = [lemma for pos, lemma in lemmas if pos == "v"]
    return bool(verbs) and all(word in (lemma + "s", lemma + "es") for lemma in verbs)


def _asked_if(
    rest: str,
    entities: set[str],
    tokenizer: Tokenizer,
    skip: frozenset[str],
    wn: WordNet,
    about: set[str],
    aux: str,
) -> str:
    """The verb of a yes/no question after its auxiliary and subject: a word that can be a verb, not
    after a preposition or determiner ("on strike" is a noun), and, when it can also be a noun, an
    inflected verb ("charged") or one followed by nothing or a function word ("will talks resume on
    ..."; "line" in "is the tram line going ..." is the subject's). After "is" or "are" an adjective is a
    state, not a verb ("is Putin ready"); after "was" or "were" it may be a participle ("was anyone
    hurt"). After a modal or "do" the verb is in its base form (unless a passive's "be" comes first: "will
    he be convicted"): a word that is a verb only inflected is a plural noun ("will the union members
    accept"), and a base form before one is the verb taking it as object ("will the bank raise rates")."""
    past = aux in ("was", "were")
    base = aux in _BASE_AFTER
    words = [w.strip("?.,!'\"").lower() for w in rest.split()]
    # the words before the subject's noun describe it ("were warning alarms ... turned off")
    head = next((i for i, w in enumerate(words) if set(tokenizer.tokens(w)) & about), 0)
    for i, word in enumerate(words):
        toks = tokenizer.tokens(word)
        if i < head or word in _ON_THE_WAY or word in skip or word in STOP_WORDS or len(toks) != 1:
            continue
        if toks[0] in entities or toks[0] in about or (i and words[i - 1] in _BEFORE_NOUN):
            continue  # the subject ("was anyone hurt"), or a noun ("still on strike")
        lemmas = list(wn.lemmas(word))
        if not any(pos == "v" for pos, _ in lemmas) or wn.proper(word):
            continue
        inflected = any(pos == "v" and lemma != word for pos, lemma in lemmas)
        if base and "be" not in words[:i] and not any(pos == "v" and lemma == word for pos, lemma in lemmas):
            continue  # "members" after "will the union": no base form, a plural noun
        if not base and _present_s_only(word, lemmas):
            continue  # "monitors" after "were the alarms on": "be" takes a participle, never a verb's -s
        if not inflected and not past and wn.is_adjective(word):
            continue  # a state ("is Putin ready to ...", "is the museum open")
        after = words[i + 1] if i + 1 < len(words) else ""
        if after in _PASSIVE_BE:
            continue  # the subject's noun before the passive's "been" ("has the licence been restored")
        if inflected or not any(pos == "n" for pos, _ in lemmas) or not after or after in STOP_WORDS:
            return _wanted(words, i, tokenizer, wn)
        if base and _plural_only(after, wn):
            return _wanted(words, i, tokenizer, wn)  # "raise rates": a base form and its object
    return ""


#: a yes/no question's auxiliaries after which the verb is in its base form ("will the bank raise")
_BASE_AFTER = frozenset({"will", "would", "does", "do", "can", "could"})


def _plural_only(word: str, wn: WordNet) -> bool:
    """Whether a word is a noun's plural that is no verb's base form ("rates", "supplies"): after a
    modal's subject, the object of the verb before it."""
    lemmas = list(wn.lemmas(word))
    return any(pos == "n" and lemma != word for pos, lemma in lemmas) and not any(
        pos == "v" and lemma == word for pos, lemma in lemmas
    )


def _wanted(words: list[str], i: int, tokenizer: Tokenizer, wn: WordNet) -> str:
    """The term of the verb a yes/no question asks about, from its first verb ``words[i]``: a verb
    followed by "to" and a verb in its base form only frames the one after ("does the firm plan to
    restart production", "do they want to return", "is it trying to sell"): whether it restarts is
    asked, and a sentence saying it plans something else ("plans to cut production") does not answer.
    One step only: after the framed verb "to" is most often a preposition ("want to return to work")."""
    nxt = words[i + 2] if i + 2 < len(words) and words[i + 1] == "to" else ""
    framed = tokenizer.tokens(nxt) if nxt and nxt not in STOP_WORDS else []
    if len(framed) == 1 and any(pos == "v" and lemma == nxt for pos, lemma in wn.lemmas(nxt)):
        return framed[0]
    toks = tokenizer.tokens(words[i])
    return toks[0] if toks else ""


#: words after which a word is a noun, not a question's verb
_BEFORE_NOUN = frozenset(
    {"the", "a", "an", "on", "in", "at", "of", "for", "with", "by", "from", "this", "that", "its", "their"}
)


def bound_pairs(question: str, terms: list[str], tokenizer: Tokenizer) -> tuple[tuple[str, str, bool], ...]:
    """The (modifier, noun, through "of") term triples of a question: each content word with the next
    one, written apart ("trafford centre", "russia's defence", "defence minister"; not "Zelensky-Putin",
    two names), and a noun with the word after "of" or "of the" ("prime minister of the eu" -> ("eu",
    "minister", True)). Words that only frame the question ("say") part them."""
    known = set(terms)
    chunks = fold(question).split()
    toks = [[t for t in tokenizer.tokens(c)] for c in chunks]
    one = [t[0] if len(t) == 1 and t[0] in known else "" for t in toks]
    lows = [c.lower().strip("?.,!") for c in chunks]
    out: list[tuple[str, str, bool]] = []
    for i, here in enumerate(one):
        if not here:
            continue
        if i + 1 < len(one) and one[i + 1] and chunks[i][-1].isalnum():  # "africa, asia": a list
            out.append((here, one[i + 1], False))
        gap = 2 if lows[i + 1 : i + 3] == ["of", "the"] else 1 if lows[i + 1 : i + 2] == ["of"] else 0
        if gap and i + 1 + gap < len(one) and one[i + 1 + gap]:
            out.append((one[i + 1 + gap], here, True))
    return tuple(out)


#: a chat handle: words joined by underscores ("grumpy_dave") or one led by "@" ("@dave")
_HANDLE = re.compile(r"@[^\W_][\w.]*|[^\W_]+(?:_+[^\W_]+)+")
#: "who is X", "who's X", "who was X": the question asks who a person is by their name alone (not a
#: role: "who is the mayor")
_WHO_IS = re.compile(r"^\W*who(?:'s|\s+is|\s+was|\s+are|\s+were)\s+([\w\s.@'-]+?)[\s?!.]*$")


def literal_names(question: str, tokenizer: Tokenizer) -> frozenset[str]:
    """The terms of a question that are a name however it writes them: a chat handle's parts, and the
    words of a "who is X" whose X is no role ("who is grumpy dave", not "who is the mayor" nor "who is
    russia's defence minister": none of its words a function word or a common noun). Such a word the
    coverage lacks is a name it never mentions, which should decline the question, not a general word
    its synonyms stand for ("grumpy" ~ "cross") or a function word misspelt ("dave" ~ "have"). Nor
    the words of "who is suing X", whose verb is no name."""
    q = fold(question)
    out = {t for m in _HANDLE.finditer(q) for t in tokenizer.tokens(m.group(0))}
    who = _WHO_IS.match(q.lower())
    wn = wordnet()
    if who is not None and wn is not None and "'" not in who.group(1):
        words = who.group(1).split()
        if not progressive(words[0], question) and all(
            w.strip(".") not in STOP_WORDS and not _common_noun(wn, w.strip(".")) for w in words
        ):
            out.update(t for w in words for t in tokenizer.tokens(w))
    return frozenset(out)


def progressive(word: str, question: str) -> bool:
    """Whether a word the question writes in lowercase is a verb's -ing form WordNet knows the verb of
    ("suing" -> "sue"), as "who is suing ..." writes its verb after "is"; one it capitalises is a
    name's ("who is Manning")."""
    wn = wordnet()
    if wn is None or not word.endswith("ing"):
        return False
    if re.search(rf"\b{re.escape(word)}\b", question, re.IGNORECASE) and not re.search(
        rf"\b{re.escape(word.lower())}\b", question
    ):
        return False
    return any(pos == "v" and lemma != word for pos, lemma in wn.lemmas(word))


def _common_noun(wn: WordNet, word: str) -> bool:
    """Whether WordNet knows a word as a noun that is not a name ("minister", "president"): a role."""
    return any(pos == "n" for pos, _ in wn.lemmas(word)) and not wn.proper(word)


#: a question whose subject follows an auxiliary: "is the library closing", "when will the pool reopen",
#: "what's putin's endgame" (not "which network did ...", whose noun is the kind of answer)
_AUX_LED = re.compile(
    rf"^\W*(?:(?:what|when|where|why|how|who)(?:'s\b|\s+(?:{'|'.join(sorted(AUXILIARIES))})\b)|"
    rf"(?:{'|'.join(sorted(AUXILIARIES))})\b)\s*(.*)$"
)


def subject(question: str, tokenizer: Tokenizer) -> tuple[str, ...]:
    """The terms of the first noun after the auxiliary of a question asking about something, with the
    noun of its "of" phrase ("is the library closing" -> library; "was the driver of the bus hurt" ->
    driver, bus; "what's putin's endgame" -> putin): what the question is about, past function words
    and words that can only describe ("is the new library ..."). Empty when the question is not so
    led or names nothing there."""
    m = _AUX_LED.match(fold(question).lower())
    wn = wordnet()
    if m is None or wn is None:
        return ()
    out: list[str] = []
    words = [
        w[:-2] if w.endswith("'s") else w for w in (x.strip("?!.,;:\"'\u2019") for x in m.group(1).split())
    ]
    # (after a yes/no question's "be" the verb is a participle or an adjective, so a noun after a noun is
    # the compound's head; after "did" or "will" it may be the bare verb, "did the union vote", and a
    # "who is the police chief of X" is read by the role checks, which take its first noun)
    be_led = bool(_BE_LED.match(m.group(0)[: m.start(1)]))
    for i, w in enumerate(words):
        if len(w) < 2 or w in STOP_WORDS or w in AUXILIARIES:
            continue  # (a letter is no noun a question is about: "why do u have to", chat for "you")
        kinds = {pos for pos, _ in wn.lemmas(w)}
        if kinds and "n" not in kinds:
            if "v" in kinds:
                break  # a verb first ("did it rain"): no noun is the subject
            continue  # a describing word
        if be_led and _compound_head_after(words, i, wn):
            continue  # "were warning alarms switched off": the alarms, of which "warning" says which
        term = tokenizer.tokens(w)[:1]
        if not term:
            continue  # a mark that is no word ("-", "%")
        out += term
        if i + 1 >= len(words) or words[i + 1] != "of":
            break
        words[i + 1] = ""  # "the driver of the bus": the noun of its "of" phrase next
    return tuple(out)


#: a form of "be" leading a yes/no question ("were warning alarms switched off")
_BE_LED = re.compile(r"\W*(?:is|are|was|were)\b")


def _compound_head_after(words: list[str], i: int, wn: WordNet) -> bool:
    """Whether the noun ``words[i]`` only describes the word after it, the head of their compound ("warning
    alarms", "heart monitors"): a word WordNet files mostly as a noun, not a participle ("was the boat
    carrying", "were the fans arrested": the next word is the verb)."""
    if i + 1 >= len(words):
        return False
    nxt = words[i + 1]
    if len(nxt) < 2 or nxt in STOP_WORDS or nxt in AUXILIARIES or not wn.mostly_noun(nxt):
        return False
    return not (nxt.endswith(("ing", "ed")) and verb_form(nxt))


def noun_phrase(phrase: str) -> list[str]:
    """The noun a question's wh-phrase ends in ("which wildly popular show was ..." -> "show", "how
    many baby swings and rockers" -> "swings", "which high-ranking US official tested ..." ->
    "official"): the phrase runs from the first word that can be a noun (WordNet; a word it does not
    know is a name, so a noun) to the word before the first one that cannot (a verb, a function word);
    words before it ("wildly popular") and hyphenated modifiers ("high-ranking") only describe it.
    Without WordNet, the first word. Its nouns, in order."""
    wn = wordnet()
    words = phrase.split()
    if wn is None:
        return words[:1]
    nouns: list[str] = []
    plural = False  # the last noun is a plural ("europeans" of "european")
    for i, w in enumerate(words[:6]):
        w = w.strip("'\"\u2019")
        if w in AUXILIARIES or (w in STOP_WORDS and w != "us") or not w.isalpha():  # "US", lowercased
            if "-" in w and i + 1 < len(words) and not nouns:
                continue  # "high-ranking", "much-loved": a modifier
            break
        lemmas = list(wn.lemmas(w))
        kinds = {pos for pos, _ in lemmas}
        # a verb's past form that is also a rare noun ("homes lost power", "lost" ~ "lose"; "the
        # lost"): as a noun only itself (no plural: "judges" ~ "judge"), as a verb inflected
        nouns_of = {lemma for pos, lemma in lemmas if pos == "n"}
        past = nouns_of == {w} and any(pos == "v" and lemma != w for pos, lemma in lemmas)
        # a verb's plain form after a plural noun, followed by more than an auxiliary, is its verb ("how
        # many Europeans want to ...", "how many households use broadband"); at the phrase's end or before
        # an auxiliary it is a compound's noun ("which awards show?", "which arms deal was signed")
        nxt = words[i + 1].strip("'\"\u2019") if i + 1 < len(words) else ""
        agrees = (
            bool(nouns)
            and plural
            and ("v", w) in lemmas
            and w in nouns_of
            and bool(nxt)
            and nxt not in AUXILIARIES
        )
        if (kinds and "n" not in kinds) or (nouns and past) or agrees:
            if nouns:
                break  # the verb after the phrase
            continue  # a describing word before the noun
        nouns.append(w)
        full = contraction_of(w) if not lemmas else ""
        if full:  # "how many ppl work at ...": "ppl" is "people", a plural, whose verb "work" is
            nouns_of = {lemma for pos, lemma in wn.lemmas(full) if pos == "n"}
        plural = (full or w) in PLURAL_NOUNS or any(lemma != (full or w) for lemma in nouns_of)
    return nouns


def contraction_of(word: str) -> str:
    """The English word a chat contraction stands for (``WordNet.contracted``: "ppl" -> "people") when
    ``word`` looks like one (English letters only, one vowel at most: a word of another script, "مرحبا",
    is none); else ""."""
    wn = wordnet()
    vowels = sum(c in "aeiouy" for c in word.lower())
    if wn is None or not word.isascii() or not word.isalpha() or vowels > 1:
        return ""
    return wn.contracted(word)


def kind_words(question: str, nouns: list[str]) -> list[str]:
    """The common nouns of a "which" phrase, and its last noun when WordNet lacks it ("which app": newer
    than the dictionary) and the question writes it lowercase (a name is capitalised)."""
    wn = wordnet()
    written = re.findall(rf"\b{re.escape(nouns[-1])}\b", fold(question), re.IGNORECASE) if nouns else []
    new = bool(written) and all(w.islower() for w in written)
    return [w for w in nouns if wn and (wn.known(w) or (new and w == nouns[-1])) and not wn.proper(w)]


#: the words after which a question's next word is a verb ("wants to keep", "will they cut")
_BEFORE_VERB = r"(?:to|will|would|can|could|should|must|may|might|shall|won't|can't|didn't|doesn't|don't)"


def used_as_verb(word: str, question: str) -> bool:
    """Whether a question uses ``word`` as a verb by its form or place ("lifting", "reported", "to keep",
    "will close"; the verb of a "did" question is ``QuestionInfo.done``): "sanctions" in "lifting
    sanctions" is a noun, whatever WordNet also files it under."""
    if len(word) > 4 and word.endswith(("ing", "ed")):
        return True
    if not word or any(c.isspace() for c in word):
        return re.search(rf"\b{_BEFORE_VERB}\s+{re.escape(word)}\b", question, re.IGNORECASE) is not None
    # the cue words are found by one expression compiled once, and the word is then looked for right
    # after each (as the expression with the word in it would: compiling that for every word of every
    # question cost a one-shot batch of 200 questions a tenth of a second)
    return any(_ends_word(question, m.end(), word) for m in _AFTER_CUE.finditer(question))


#: a word that makes the next one a verb, and the spaces after it
_AFTER_CUE = re.compile(rf"\b{_BEFORE_VERB}\s+", re.IGNORECASE)
#: a word boundary, tested where a word written in the question ends
_BOUNDARY = re.compile(r"\b")


def _ends_word(text: str, at: int, word: str) -> bool:
    """Whether ``word`` is written at ``at`` in ``text`` (case aside, as ``re.IGNORECASE`` compares) and
    a word boundary follows it."""
    end = at + len(word)
    written = text[at:end]
    if len(written) != len(word):
        return False
    if written.lower() != word.lower():
        if written.isascii() and word.isascii():
            return False  # ASCII letters match case aside exactly when their lowercase is the same
        if re.fullmatch(re.escape(word), written, re.IGNORECASE) is None:  # (the long s, the Kelvin sign)
            return False
    return _BOUNDARY.match(text, end) is not None


#: a determiner or a possessive right before a word: it is a noun there ("its stock", "Acme's stock"),
#: and the spaces after it
_AFTER_DETERMINER = re.compile(
    r"\b(?:the|a|an|its|his|her|their|our|my|your|this|these|those|[\w-]+'s|[\w-]+\u2019s)\s+", re.IGNORECASE
)


def used_as_noun(word: str, question: str) -> bool:
    """Whether a question uses ``word`` as a noun by its place: right after a determiner or a possessive
    ("what is pinecrest's stock price"), and not as a verb by its form (``used_as_verb``)."""
    if not word or used_as_verb(word, question):
        return False
    return any(_ends_word(question, m.end(), word) for m in _AFTER_DETERMINER.finditer(question))


#: a determiner, a possessive or an asking word before a modifier and its noun ("the top official",
#: "which top official", "Acme's chief economist"), and the spaces after it
_BEFORE_MODIFIER = re.compile(
    r"\b(?:the|a|an|its|his|her|their|our|my|your|this|these|those|which|what|whose|[\w-]+'s|[\w-]+\u2019s)\s+",
    re.IGNORECASE,
)


def used_as_modifier(word: str, question: str) -> bool:
    """Whether a question uses ``word`` as an adjective: one WordNet knows as such, written between a
    determiner, a possessive or an asking word and a noun ("which top official", "the final score").
    Its noun and verb senses are then another word's ("top" there is no summit, crown or lead)."""
    wn = wordnet()
    if wn is None or not word or not wn.is_adjective(word) or used_as_verb(word, question):
        return False
    for m in _BEFORE_MODIFIER.finditer(question):
        if not _ends_word(question, m.end(), word):
            continue
        after = re.match(r"\s+([A-Za-z][\w-]*)", question[m.end() + len(word) :])
        head = after.group(1).lower() if after else ""
        if head and head not in STOP_WORDS and any(pos == "n" for pos, _ in wn.lemmas(head)):
            return True
    return False


#: the longest phrase read for a definition, in words ("be in charge of the")
_DEFINED_WORDS = 5


def defined_phrases(question: str, wn: WordNet) -> list[tuple[frozenset[str], list[str]]]:
    """The phrases of a question that a WordNet verb is defined as (``WordNet.defined_as``), each as the
    verbs so defined and the question's words the definition writes: "who was taken into custody" ->
    ({"arrest", "apprehend", ...}, ["taken", "into", "custody"]); "who is in charge of the inquiry" ->
    ({"head", "lead", "direct", ...}, ["is", "in", "charge", "of"]); "can it force people to testify" ->
    ({"compel", "oblige", ...}, ["force", "to"]) ("force somebody to do something": the object and the
    action are the question's own words, which say what they say). A phrase runs from a verb, in any of
    its forms, over the words written after it in their base forms (``_base_forms``), and holds a word of
    content besides the verb or an action's place (a verb and its particle is the phrasal verb
    ``select._phrasal_verbs`` reads). The longest phrase from each verb is kept."""
    words = re.findall(r"[a-z]+(?:'[a-z]+)?", fold(question).lower())
    out: list[tuple[frozenset[str], list[str]]] = []
    for i, word in enumerate(words):
        verbs = sorted({lemma for pos, lemma in wn.lemmas(word) if pos == "v"})
        if not verbs:
            continue
        # an adverb after the verb says how, not what ("is temporarily in charge of")
        rest = [w for j, w in enumerate(words[i + 1 :], i + 1) if j > i + 1 or not adverb_only(w, wn)]
        # each word's forms depend on the words before it only: read once for every span they are in
        forms: dict[int, list[str]] = {0: verbs}
        for n in range(min(_DEFINED_WORDS, len(rest) + 1), 1, -1):
            span = [word, *rest[: n - 1]]
            if all(w in STOP_WORDS for w in span[1:]):
                continue
            # (a definition needs a word of content besides the verb and the places it holds, or an action
            # held: "make something" defines "mould", which "make the decision" is not, and "put into" a
            # stall's putting, which "put the plan into effect" is not)
            phrases = [p for p in _defining_phrases(span, forms, wn) if any(_telling(w) for w in p[1:])]
            found: set[str] = set()
            said: list[str] = []  # the words the definition writes (not those whose place it holds)
            for p in phrases:
                got = wn.defined_as(" ".join(" ".join(p).split()))
                if got:
                    found |= got
                    said += [w for w, f in zip(span, p, strict=True) if f == p[0] or _written(f)]
            if found:
                out.append((frozenset(found), list(dict.fromkeys(said))))
                break
    return out


def verb_objects(question: str, wn: WordNet) -> list[tuple[frozenset[str], list[str]]]:
    """The verbs a dictionary defines by a question's verb and the noun right after it (a determiner or
    possessive between aside), each with those two words: "how many people lost their lives" ->
    ({"die", "perish", ...}, ["lost", "lives"]) (``WordNet.defined_with``: "pass from physical life and
    lose all bodily attributes ..."). The pair says together what neither word says alone, in a wording
    ``defined_phrases`` misses, as the definition writes its words apart or in another order. Function
    words are no verb or noun of such a pair ("did", "was", "how")."""
    return [(found, [v, n]) for v, n in verb_object_pairs(question, wn) if (found := wn.defined_with(v, n))]


def verb_object_pairs(question: str, wn: WordNet) -> list[tuple[str, str]]:
    """Each verb of a question, as written, with the noun right after it (a determiner or possessive
    between aside): "who blew the whistle on the professor" -> [("blew", "whistle")]. Function words are
    no verb or noun of such a pair ("did", "was", "how"), nor a verb right after another verb its object
    ("how many were killed")."""
    words = re.findall(r"[a-z]+", fold(question).lower())
    out: list[tuple[str, str]] = []
    for i, word in enumerate(words):
        if word in STOP_WORDS or not any(pos == "v" for pos, _ in wn.lemmas(word)):
            continue
        j = i + 1
        while j < len(words) and (words[j] in DETERMINERS or words[j] in POSSESSIVE_DETERMINERS):
            j += 1
        if j == i + 1 and j < len(words) and words[j] not in STOP_WORDS and verb_form(words[j]):
            continue
        noun = words[j] if j < len(words) else ""
        if noun and noun not in STOP_WORDS and any(pos == "n" for pos, _ in wn.lemmas(noun)):
            out.append((word, noun))
    return out


def doer_compounds(verb: str, noun: str, wn: WordNet) -> frozenset[str]:
    """The words English makes of a verb and its object for the one who does it, the object first and
    "-er" after the verb ("blew the whistle" -> "whistleblower"; "fight fires" -> "firefighter"; "make
    laws" -> "lawmaker"), and for the doing ("whistleblowing"), of each base form of the two: a coverage
    calls the doer so where a question says what they did. Written closed, as one word: the coverage's
    vocabulary tells which it writes."""
    verbs = {lemma for pos, lemma in wn.lemmas(verb) if pos == "v"}
    nouns = {lemma for pos, lemma in wn.lemmas(noun) if pos == "n" and lemma.isalpha()}
    out: set[str] = set()
    for v in (v for v in verbs if v.isalpha()):
        stem_ = v[:-1] if v.endswith("e") else v
        out.update(n + ending for n in nouns for ending in (stem_ + "er", stem_ + "ers", stem_ + "ing"))
    return frozenset(out)


def adverb_only(word: str, wn: WordNet) -> bool:
    """Whether WordNet knows a word only as an adverb ("temporarily", "legally", "mainly", "again")."""
    kinds = {pos for pos, _ in wn.lemmas(word)}
    return kinds == {"r"}


def _base_forms(word: str, before: list[str], wn: WordNet) -> list[str]:
    """The forms a definition may write a question's word (after the words ``before`` it, the verb first)
    in: itself, its noun's base form ("lives" -> "life"), "one's" for a possessive, and the words a
    definition holds a place with: "somebody", "someone" or "something" for a noun ("force people to
    testify": "force somebody to do something", compel), "do something" for a verb after "to"; nothing
    for a determiner, nor for the verb's object where a definition leaves it out ("take the man into
    custody": "take into custody")."""
    if word in POSSESSIVE_DETERMINERS:
        return ["one's"]
    if word in DETERMINERS:
        return [word, ""]
    kinds = {pos: lemma for pos, lemma in wn.lemmas(word)}
    out = [word, *(lemma for pos, lemma in wn.lemmas(word) if pos == "n")]
    # ("be" has no object: "was put in charge" is no "be in charge")
    object_place = not _copula(before[0], wn) and (
        len(before) == 1 or (len(before) == 2 and before[1] in DETERMINERS)
    )
    if "n" in kinds and word not in STOP_WORDS and (object_place or len(before) > 1):
        out += _PLACES_HELD
        if object_place:
            out.append("")  # the verb's object, which a definition may leave out
    if before[-1] == "to" and kinds.get("v") == word:
        out.append(_ACTION)
    return list(dict.fromkeys(out))


def _telling(form: str) -> bool:
    """Whether a word of a definition tells it from the verb's other uses: a word of content, or the
    place of an action ("force somebody to do something")."""
    return form == _ACTION or (bool(form) and form not in _PLACES_HELD and form not in STOP_WORDS)


def _copula(word: str, wn: WordNet) -> bool:
    """Whether a word is a form of "be", whose complement is no object a definition holds the place of."""
    return ("v", "be") in set(wn.lemmas(word))


def _written(form: str) -> bool:
    """Whether a form of a definition is a word it writes, not a place it holds or a word left out."""
    return bool(form) and form not in _PLACES_HELD and form != _ACTION


#: the words a dictionary's definition holds the place of a verb's object with
_PLACES_HELD = ("somebody", "someone", "something")
#: the place of an action a definition holds ("force somebody to do something")
_ACTION = "do something"


def _defining_phrases(span: list[str], forms: dict[int, list[str]], wn: WordNet) -> list[list[str]]:
    """The phrases of one form of each word of ``span`` (the verb's forms, then ``_base_forms``; ``forms``
    keeps each word's by its place, for the shorter spans of the same words), in order, whose words
    begin a definition (``WordNet.begins_definition``): a phrase stops growing where none goes on as it
    does, and a later word's forms are not read once no phrase is left. (Every phrase of a verb and
    the four words after it was looked up before: twelve thousand look-ups in two hundred questions,
    for three definitions found.)"""
    out: list[list[str]] = [[]]
    for j, word in enumerate(span):
        options = forms.get(j)
        if options is None:
            options = forms[j] = _base_forms(word, span[:j], wn)
        out = [
            [*p, o] for p in out for o in options if wn.begins_definition(" ".join(" ".join([*p, o]).split()))
        ]
        if not out:
            break
    return out
