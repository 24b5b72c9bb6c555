"""Bridging a question's words to the coverage's words, learnt from the corpus vocabulary and WordNet
rather than from lists written for particular questions.

* A word the corpus lacks is most often misspelt ("acknowlege", "cheif", "independant"): its
  spellings one edit away are looked up in the corpus vocabulary, and the most frequent one found
  stands for it. An edit that gives a function word ("wat" -> "what", "wether" -> "whether") means the
  word was chat spelling of it and says nothing about the topic.
* A word can be said another way: WordNet's synonyms, derived forms and base forms of the question's
  word ("boss" -> "chief", "European" -> "Europe", "threw" -> "throw") that the corpus holds count
  for it, at a discount (``AnswerWeights.bridge_credit``).
* A word the corpus lacks that no edit or synonym finds is either a general English word (the coverage
  says it otherwise: it should not decide) or a name the coverage never mentions (it should): WordNet
  tells the two apart.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from retrieval.answer.weights import WEIGHTS
from retrieval.lexicon import STOP_WORDS
from retrieval.search.scorer import Scorer
from retrieval.search.text import Tokenizer, stem
from retrieval.search.wordnet import NOUN_PERSON, WordNet

#: how a question term relates to the corpus
Standing = Literal["known", "corrected", "bridged", "unknown_word", "unknown_name"]
_LETTERS = string.ascii_lowercase
_WORDNET: list[WordNet | None] = []


def wordnet() -> WordNet | None:
    """The installed WordNet, opened once per process (None when it is not installed)."""
    if not _WORDNET:
        _WORDNET.append(WordNet.find())
    return _WORDNET[0]


def verb_form(word: str) -> bool:
    """Whether WordNet reads a word as an inflected verb or a gerund ("rebuilt", "paying"): the
    act an "after" clause tells."""
    wn = wordnet()
    if wn is None:
        return word.lower().endswith(("ed", "ing"))
    low = word.lower()
    return any(pos == "v" and lemma != low for pos, lemma in wn.lemmas(low))


def verb_bases(word: str) -> frozenset[str]:
    """The verb base forms WordNet reads a word as ("found" -> "find", "found"; "seized" -> "seize"): an
    irregular form ("found", "made") shares no stem with its base (empty without WordNet)."""
    wn = wordnet()
    if wn is None:
        return frozenset()
    return frozenset(lemma for pos, lemma in wn.lemmas(word) if pos == "v")


def word_family(word: str) -> frozenset[str]:
    """The other forms of ``word`` WordNet knows, no synonyms: inflections, derived forms, pertainyms
    ("ratification" -> "ratify", "ratified"; "Egypt" -> "Egyptian"), what a timeline topic's word is also
    written as (empty without WordNet). A form that does not begin as the word does (its first
    ``family_prefix`` letters, a final "e" or "y" aside) is an irregular one
    and counts only as the word's noun plural ("women", "mice"): the others are the forms of a verb
    spelled like the noun ("led" of "lead" the metal, "fell" of "fall", "won" of "win"), each also a word
    of its own ("LED", a fell, the won)."""
    wn = wordnet()
    if wn is None:
        return frozenset()
    low = word.lower()
    # a final "e" or "y" is dropped or changed by regular endings ("rise" -> "rising", "ratify" -> "ratified")
    head = (low[:-1] if len(low) > 3 and low[-1] in "ey" else low)[: WEIGHTS.family_prefix]
    return frozenset(
        form
        for form in wn.related(word, WEIGHTS.bridge_senses, synonyms=False)
        if form.startswith(head) or ("n", low) in wn.lemmas(form)
    )


@dataclass(frozen=True, slots=True)
class TermBridge:
    """One question term as the corpus knows it."""

    term: str
    standing: Standing
    #: the index term(s) searched for it: itself when known, its correction, or its in-corpus synonyms
    search: tuple[str, ...] = ()
    #: other index terms that count for it in a sentence (synonyms, derived forms), at a discount
    variants: frozenset[str] = field(default_factory=frozenset)
    #: a name (written capitalised, an alias, or a word no English dictionary holds): what a question
    #: is about, which a sentence's document may supply; the other terms say what is asked about it
    name: bool = False
    #: the index terms of the words an acronym stands for, which a sentence holds together ("chief",
    #: "execut" for "CEO"; ``select._spelled``): they count for it in full, and neither does alone
    phrase: frozenset[str] = field(default_factory=frozenset)


#: the endings that make a role of a word ("spokesman", "chairwoman", "salesperson"), singular and plural,
#: the longest first ("woman" before "man")
_ROLE_ENDINGS = ("person", "people", "woman", "women", "man", "men")


def role_forms(word: str, wn: WordNet) -> set[str]:
    """The same role written with the other endings of a compound of a word WordNet knows with "man",
    "woman" or "person" ("spokesman" -> "spokeswoman", "spokesperson", "spokesmen" ...): the role is
    one whoever holds it, and the coverage writes whichever fits its person. A word whose remainder is
    no word ("human", "german") is no such compound."""
    low = word.lower()
    for end in _ROLE_ENDINGS:
        head = low[: -len(end)]
        if low.endswith(end) and len(head) >= 3 and head.isalpha() and wn.known(head):
            return {head + e for e in _ROLE_ENDINGS} - {low}
    return set()


def en_verbs(word: str, wn: WordNet) -> set[str]:
    """The verbs English makes of an adjective with "-en" ("sick" -> "sicken", "wide" -> "widen", "flat"
    -> "flatten"), which WordNet keeps apart from it with no link: "five people have been sickened"
    says they got sick. Only a verb WordNet knows under that very spelling ("ill" has no "illen")."""
    low = word.lower()
    if len(low) < 3 or not low.isalpha() or not wn.is_adjective(low):
        return set()
    made = {low + "en", low + low[-1] + "en"} | ({low[:-1] + "en"} if low.endswith("e") else set())
    return {v for v in made if ("v", v) in wn.lemmas(v)}


def repeated_verbs(word: str, wn: WordNet) -> set[str]:
    """The verbs English makes of a word's verb with "re-" that WordNet files as kinds of it ("open" ->
    "reopen", "elect" -> "reelect", ``WordNet.repeating``), which it keeps apart from it otherwise: "the
    beach reopened on Sunday" says it is open again. Not a "re-" verb of its own meaning ("sign" ->
    "resign", "turn" -> "return"), which WordNet does not file under the word."""
    return {v for pos, lemma in wn.lemmas(word) if pos == "v" for v in wn.repeating(lemma)}


def run_together(word: str, wn: WordNet) -> bool:
    """Whether ``word`` is one WordNet lacks written as two it knows run together, each of at least
    ``AnswerWeights.compound_part`` letters ("helpline": help, line; "payouts": pay, outs): a closed
    compound of common words newer than the dictionary, not a name, when the question would have
    capitalised a name (``bridge_term``'s ``cased``)."""
    low = word.lower()
    if not low.isalpha() or wn.known(low):
        return False
    n = WEIGHTS.compound_part
    return any(wn.known(low[:i]) and wn.known(low[i:]) for i in range(n, len(low) - n + 1))


def edits1(word: str) -> set[str]:
    """Every spelling one deletion, transposition, substitution or insertion away (Norvig)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    out |= {a + c + b for a, b in splits for c in _LETTERS}
    out.discard(word)
    return out


def undoubled(word: str) -> set[str]:
    """The spellings of ``word`` with one of a doubled letter dropped ("bllast" -> "blast", "stafff" ->
    "staff"): a key struck twice, the typo a word of one vowel makes as readily as any other. A chat
    contraction drops letters and never doubles one its word writes once, so this edit of a word shaped
    as one (``chat_contracted``) still reads the word it misspells, where its other shorter spellings
    would read another word ("govt" is no "got")."""
    return {word[:i] + word[i + 1 :] for i in range(1, len(word)) if word[i] == word[i - 1]}


def english_neighbours(low: str, wn: WordNet) -> list[str]:
    """The English words (WordNet knows them) one edit from the lowercase ``low`` (``edits1``) with its
    first letter, which a typo seldom hits, in order: what a misspelling no dictionary knows may stand
    for (``dictionary_spelling``), and, more than one, a misspelling no one can tell the meaning of."""
    return [c for c in sorted(edits1(low)) if c[0] == low[0] and wn.known(c)]


def dictionary_spelling(word: str, wn: WordNet) -> str:
    """The English word a misspelling no dictionary knows stands for, where the coverage writes no
    spelling of it ("skippper" -> "skipper" in a coverage that only writes "captain"): of the words one
    edit away (``edits1``) with the same first letter (a typo seldom hits it) that WordNet knows, the one
    its tagged corpus saw most often; "" when there is none, when two are seen as often, or when
    the word is shorter than ``AnswerWeights.dictionary_spelling`` letters or shaped as a chat
    contraction (one edit makes too many words of those)."""
    low = word.lower()
    if len(low) < WEIGHTS.dictionary_spelling or not low.isalpha() or chat_contracted(low):
        return ""
    seen = {c: sum(wn.tagged(lemma, pos) for pos, lemma in wn.lemmas(c)) for c in english_neighbours(low, wn)}
    ranked = sorted(((n, c) for c, n in seen.items()), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return ""
    return ranked[0][1]


#: the endings of contractions ("isn't", "they're", "I've"), which chat writes without the apostrophe
_CONTRACTED = ("t", "re", "ve", "ll", "m", "d", "s")


def _unapostrophed(low: str) -> bool:
    """Whether a word is a contraction of function words written without its apostrophe ("werent",
    "isnt", "shouldnt", "theyre"): any length ("shouldnt" is more than one edit from anything). A
    "n't" form is one whatever else it spells ("cant", "wont"); another ending only where the word is
    none WordNet knows ("shell" is no "she'll", "well" no "we'll")."""
    for end in _CONTRACTED:
        if low.endswith(end) and len(low) > len(end) and f"{low[: -len(end)]}'{end}" in STOP_WORDS:
            if end == "t" and low.endswith("nt"):
                return True
            wn = wordnet()
            return wn is not None and not wn.known(low)
    return False


def chat_contracted(word: str) -> bool:
    """Whether a word is shaped as chat's contraction of a longer one: three English letters or more,
    one vowel at most ("ppl", "govt", "dept"), as a contraction drops a word's vowels."""
    return (
        len(word) >= 3 and word.isascii() and word.isalpha() and sum(c in "aeiouy" for c in word.lower()) <= 1
    )


def in_use(word: str) -> bool:
    """Whether ``word`` is an English word in use: WordNet saw one of its base forms in its tagged corpus
    ("lost": lose, "owns": own), where a rare one it only lists ("wether", "minster") is more often a
    typo of a common word one edit away ("whether", "minister") than meant."""
    wn = wordnet()
    return wn is not None and any(wn.tagged(lemma, pos) > 0 for pos, lemma in wn.lemmas(word))


def _df(scorer: Scorer, vocab: dict[str, int] | None, term: str) -> int:
    if vocab is not None and term not in vocab:
        return 0
    return scorer.df(term)


def correct(
    word: str,
    term: str,
    scorer: Scorer,
    vocab: dict[str, int] | None,
    function_words: frozenset[str],
    written: Callable[[str], bool] | None = None,
) -> str | None:
    """The corpus term a misspelt word most likely stands for: "" when it was a function word, None
    when nothing one edit away is in the corpus. Words of three letters or fewer are only matched to
    function words (too many real words are one edit from them). A spelling one edit away is read by
    its stem only where the corpus writes that very spelling (``written``, when given): "minster" is
    "minister" in a coverage of ministers, not "minuter", which shares its stem with "minutes" alone."""
    low = word.lower()
    if not low.isalpha():
        return None
    if _unapostrophed(low):
        return ""
    cands = edits1(low)
    # (a word English writers use, "lost" or "owns", is what the question says, no chat spelling of the
    # function word one edit away, "most" or "own": it weighs as a word the coverage lacks, or as the
    # content word it is corrected to where the coverage confirms that)
    if ((cands & STOP_WORDS and len(low) <= 6) or cands & function_words) and not in_use(low):
        return ""
    if len(low) <= 3:
        return None
    term_edits = {t for t in edits1(term) if len(t) > 2}
    if chat_contracted(low):
        # a contraction drops letters of the word it stands for and never has one too many, so a spelling
        # one shorter is another word ("govt" is no "got": "government"); a letter changed or swapped is
        # still a typo of a word with one vowel ("krown" -> "crown")
        cands = {c for c in cands if len(c) >= len(low)} | undoubled(low)
        term_edits = {t for t in term_edits if len(t) >= len(term)} | undoubled(term)
    best, best_df = None, 0
    # the index term one edit away first (no stemming: dictionary look-ups only), then the stems of the
    # spellings one edit away ("tryng" -> "trying" -> "tri")
    stems: dict[str, list[str]] = {}
    for c in sorted(cands):
        stems.setdefault(stem(c), []).append(c)
    for group in (term_edits, set(stems)):
        # sorted: of equally frequent spellings, the same one wins in every process (a set's order
        # follows the hash seed, so the same question could be answered differently after a restart);
        # only those the vocabulary holds (the others' df is 0: they never win), so few are sorted
        for t in sorted(group if vocab is None else group & vocab.keys()):
            df = _df(scorer, vocab, t)
            if group is not term_edits and written is not None and not any(map(written, stems[t])):
                continue
            if df > best_df:
                best, best_df = t, df
        if best is not None:
            break
    return best


#: a number of thousands as chat writes it ("14k"), when the coverage writes no such token ("5K run" is one)
_THOUSANDS = re.compile(r"(\d{1,3})k")


def bridge_term(
    word: str,
    term: str,
    scorer: Scorer,
    vocab: dict[str, int] | None,
    *,
    capitalised: bool,
    function_words: frozenset[str] = frozenset(),
    literal: bool = False,
    subject: bool = False,
    synonyms: bool = True,
    verb: bool = False,
    noun: bool = False,
    role: bool = False,
    adjective: bool = False,
    written: Callable[[str], bool] | None = None,
    cased: bool = False,
) -> TermBridge:
    """How the corpus knows one question term (``word`` as written, ``term`` its index term;
    ``capitalised`` when the question wrote it so past its first word; ``literal`` when it is a name
    however written, which no synonym stands for; ``subject`` when it is the noun the question is
    about; ``synonyms`` False when it names someone, as a speaker does, whom no synonym stands for;
    ``verb`` when the question uses it as a verb, whose particular ways of doing it then stand for it: a
    noun's are another word's ("lifting sanctions": to sanction is to back, sanctions are no backing));
    ``noun`` when it uses it as a noun, which only the noun's senses stand for ("its stock": not "carry");
    ``adjective`` when it uses it as one before a noun, which only its adjective senses stand for ("the
    top official": no "crown", "summit" or "led");
    ``role`` when it is a common noun for the person the question is about, which the coverage, lacking
    it and its synonyms, may call by the broader word it is a kind of ("dad" -> "father"); ``written``
    whether the coverage writes a word so (``correct``); ``cased`` when the question capitalises its first
    word, as one writing case does: a lowercase word it writes that WordNet lacks but reads as two words
    run together ("the airline's helpline", "the payout") is then a common word (``run_together``), which
    a coverage saying it otherwise need not hold, not a name it must."""
    wn = wordnet()
    alias = term.startswith("=")
    capitalised = capitalised or literal
    english = not alias and (
        wn is None or wn.known(word) or (cased and not capitalised and run_together(word, wn))
    )
    name = capitalised or alias or not english or (wn is not None and wn.proper(word))
    related: set[str] = set()
    if wn is not None and not alias and english and not literal:
        # (the role with its other endings even for a speaker: a spokeswoman is the spokesman asked about)
        said = role_forms(word, wn) | en_verbs(word, wn) | repeated_verbs(word, wn)
        if synonyms:
            troponyms = WEIGHTS.troponym_senses if verb else 0
            # (a role's synonyms are other persons': a governor is no regulator, a device)
            said |= wn.related(
                word,
                WEIGHTS.bridge_senses,
                troponyms,
                verbs=not noun and not role and not adjective,
                persons=role,
                adjective=adjective,
            )
        related = {stem(w) for w in said} - {term}
        related = {t for t in related if t not in STOP_WORDS and _df(scorer, vocab, t) > 0}
    if _df(scorer, vocab, term) > 0:
        return TermBridge(term, "known", (term,), frozenset(related), name)
    thousands = _THOUSANDS.fullmatch(term)
    if thousands and _df(scorer, vocab, full := str(int(thousands.group(1)) * 1000)) > 0:
        # "what was the 14k for": chat's thousands, which the coverage writes out ("$14,000")
        return TermBridge(term, "corrected", (full,), frozenset({full}))
    if not related and role and wn is not None and english and not literal:
        related = {t for w in wn.broader(word) for t in [stem(w)] if _df(scorer, vocab, t) > 0}
    if related:
        return TermBridge(term, "bridged", tuple(sorted(related)), frozenset(related), name)
    fixed = None if alias else correct(word, term, scorer, vocab, function_words, written)
    if fixed and english and fixed[0] != term[0]:
        # an English word one letter off at its start is another word ("hacked" is no "backed"): a typo
        # seldom hits the first letter; the word may be the coverage's in a rarer sense instead
        fixed = None
    # a chat spelling of a function word ("wat", "hav", "u"): nothing to search. Not the noun the
    # question is about when it is an English word ("bus" is one edit from "but"): dropped, a question
    # about a bus the coverage never mentions would be answered by its other words
    if fixed == "" and not capitalised and not (subject and english):
        return TermBridge(term, "corrected")
    # (a name the question capitalises is not one: "What did Bill say" is not "what did will say")
    if fixed:
        return TermBridge(term, "corrected", (fixed,), frozenset({fixed}), name and capitalised)
    if english and not capitalised and wn is not None and wn.is_adjective(word) and wn.cased_only(word):
        # "japanese customers": an adjective made of a name, which chat writes lowercase, is the name's
        # (as "Japanese customers" is): the coverage writing neither it nor the place (``related``: its
        # pertainym) tells of no one of that place, so the others it tells of do not answer
        return TermBridge(term, "unknown_name", name=True)
    return TermBridge(term, "unknown_word" if english and not capitalised else "unknown_name", name=name)


_BEFORE_WORD = frozenset(",;:'\"“’)")


def cased_names(
    bridges: dict[str, TermBridge], words: dict[str, str], texts: Iterable[str]
) -> dict[str, TermBridge]:
    """The bridges with the terms the coverage writes capitalised marked as names: a lowercase
    question ("who runs abn amro") still names what it is about, and the retrieved sentences show
    which of its words are names ("Time Warner", "Google") where a dictionary would call them common
    words. A word counts as a name when most of its appearances past a sentence's first word are
    capitalised, or, never written past one, when it opens a run of capitalised words ("Lily Reyes was
    taken ...", "Lily has since ...": a first name the coverage writes only at sentences' starts)."""
    todo = {t: words[t] for t, b in bridges.items() if not b.name and b.standing == "known" and t in words}
    if not todo:
        return bridges
    upper = dict.fromkeys(todo, 0)
    lower = dict.fromkeys(todo, 0)
    opening = dict.fromkeys(todo, 0)
    for text in texts:
        low = text.lower()
        for t, w in todo.items():
            i = low.find(w)
            while i >= 0:
                end = i + len(w)
                whole = (end == len(low) or not low[end].isalnum()) and i >= 2 and low[i - 1] == " "
                if whole and (low[i - 2].isalnum() or low[i - 2] in _BEFORE_WORD):  # not a sentence's start
                    if text[i].isupper():
                        upper[t] += 1
                    else:
                        lower[t] += 1
                elif (
                    i == 0
                    and text[:1].isupper()
                    and (after := _NAME_AFTER.match(text, end))
                    and _named(after)
                ):
                    opening[t] += 1
                i = low.find(w, end)
    out = dict(bridges)
    wn = wordnet()
    for t in todo:
        # (a first word that is a noun for people opens a name as its title: "Mayor Edith Vance ...")
        opens = not upper[t] and not lower[t] and opening[t]
        if upper[t] > 2 * lower[t] or (opens and not (wn is not None and person_noun(todo[t], wn))):
            out[t] = replace(bridges[t], name=True)
    return out


def person_noun(word: str, wn: WordNet) -> bool:
    """Whether ``word`` is a noun whose most frequent sense, in one of its base forms, is a person
    ("architect", "men", "passengers"): a role, or a title before a name ("Mayor Edith Vance")."""
    bases = (lemma for pos, lemma in wn.lemmas(word) if pos == "n")
    return any(wn.sense_classes(b, "n") == {NOUN_PERSON} for b in bases)


def verb_known(word: str) -> bool:
    """Whether WordNet knows a word as a verb in some form ("charged", "plead", "rely")."""
    wn = wordnet()
    return wn is not None and any(pos == "v" for pos, _ in wn.lemmas(word))


def plural_noun(word: str, wn: WordNet) -> bool:
    """Whether WordNet reads a word only as a plural noun, its base form as a noun differing
    ("ministers", "sites"; not "prison", "news"): some of a kind, not one, nor the kind itself."""
    bases = {lemma for pos, lemma in wn.lemmas(word) if pos == "n"}
    return bool(bases) and word.lower() not in bases


def office_noun(word: str, wn: WordNet) -> bool:
    """Whether ``word`` names a person in one of its ``WEIGHTS.office_senses`` most frequent senses as a
    noun, in one of its base forms: in "who is the head of X" "head" is read in its sense of a leader,
    as "chair" in "the chair of the committee", though each is first a body part, a seat. Only a noun
    asked as someone's office ("the N of X", "X's N") is read so; ``person_noun`` judges a bare noun."""
    bases = (lemma for pos, lemma in wn.lemmas(word) if pos == "n")
    return any(NOUN_PERSON in wn.sense_classes(b, "n", WEIGHTS.office_senses) for b in bases)


def _named(after: re.Match[str]) -> bool:
    """Whether the capitalised word after a sentence's first is a name, no common word ("Reyes" of "Lily
    Reyes was taken ...", not "Minister" of "Defense Minister Rustem Umerov said ...", a title's word)."""
    wn = wordnet()
    word = after.group(1)
    return wn is None or not wn.known(word) or wn.proper(word)


#: the capitalised word right after a sentence's first (" Reyes" of "Lily Reyes was taken ...")
_NAME_AFTER = re.compile(r" ([A-Z][a-z][\w'-]*)")


def written_together(
    words: Sequence[str], tokenizer: Tokenizer, scorer: Scorer, text_of: Callable[[int], str]
) -> frozenset[str]:
    """The index terms of ``words`` when some sentence writes them in a row ("chief executive",
    "chief-executive"), found among the ``WEIGHTS.compound_rows`` sentences best for them together; none
    when a word is not one term or the coverage lacks it, or no such sentence writes them so."""
    parts = [t for w in words for t in tokenizer.tokens(w)]
    if len(parts) != len(words) or any(scorer.df(p) <= 0 for p in parts):
        return frozenset()
    together = re.compile(r"\b" + r"[-\s]+".join(map(re.escape, words)) + r"\b", re.IGNORECASE)
    rows = scorer.top_k(parts, WEIGHTS.compound_rows)
    return frozenset(parts) if any(together.search(text_of(h.index)) for h in rows) else frozenset()


def written_spelling(
    acronym: str, wn: WordNet, tokenizer: Tokenizer, scorer: Scorer, text_of: Callable[[int], str]
) -> tuple[tuple[str, ...], frozenset[str]]:
    """The words an acronym stands for (WordNet's ``spelled_out``: "ceo" -> chief executive officer) as the
    coverage writes them, the last word left out where there are more than two ("Chief executive Dana
    Whitlow" drops "officer"): the first such words some sentence writes together
    (``written_together``), with their index terms; none when no sentence does."""
    for words in wn.spelled_out(acronym):
        need = words[:-1] if len(words) > 2 else words
        if parts := written_together(need, tokenizer, scorer, text_of):
            return tuple(need), parts
    return (), frozenset()
