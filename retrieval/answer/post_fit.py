"""Whether an answer's first statement names someone in the post a question asks for, read as a post is
written: a rank before its title ("deputy", "acting", "vice"), the words of its title ("chief financial
officer", "fire chief") and its organisation ("Greyfield's", "of the museum").

Retrieval ranks a sentence by the question's words, so "who is the deputy fire chief" finds "Fire Chief
Ramona Ellery said ...", "who is Greyfield's chief financial officer" finds "Greyfield chief executive
Adrian Holloway", and "what did Nordstrand Bank's chief executive say" finds the words of "the
association's chief executive": each names the holder of another post. Such a sentence does not
answer; a coverage naming no one in the asked post does not either, and the bot declines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from retrieval.answer.bridge import person_noun, role_forms, wordnet
from retrieval.answer.question import asked_sentence, role_nouns
from retrieval.answer.scoring import noun_modifier
from retrieval.answer.weights import WEIGHTS
from retrieval.lexicon import DETERMINERS, POSSESSIVE_DETERMINERS, STOP_WORDS
from retrieval.search.text import Tokenizer, fold
from retrieval.search.wordnet import WordNet

#: the words that make a post another one than the title after them: its holder's second ("deputy
#: mayor", "assistant chief constable", "vice-president") or a stand-in ("acting", "interim") or one who
#: held it ("former"). A grammatical class, as "the" is: a title's ranks, not a corpus's words
RANKS = frozenset({"deputy", "assistant", "vice", "acting", "interim", "former", "associate", "ex"})
#: the ranks naming a second post beside the title's own: a sentence naming someone so ("deputy mayor
#: Carla Ferrante") names no holder of the bare title ("who is the mayor"); a stand-in or a former
#: holder may be the one a question without the rank means
SECOND_RANKS = frozenset({"deputy", "assistant", "vice", "associate"})

#: "who is the X", "who was Greyfield's X", "who will be the X"
_WHO = re.compile(r"^(?:who|whom)\s+(?:is|was|are|were|'s|will\s+be|has\s+been)\s+(?P<phrase>[^?]+?)\s*\??$")
#: "what is the name of the X", "what's the X's name"
_NAME_OF = re.compile(r"^what(?:'s|\s+is|\s+was)\s+the\s+name\s+of\s+(?P<phrase>[^?]+?)\s*\??$")
#: "what did the X say (about ...)", "what has the X said"
_SAID = re.compile(r"^what\s+(?:did|does|has|have|had)\s+(?P<phrase>.+?)\s+(?:say|said|tell|told)\b")
#: an owner written before the post: "greyfield minerals' ", "the museum's "
_POSSESSOR = re.compile(r"^(?P<owner>.+?)(?:'s|s'|')\s+(?P<rest>.+)$")
#: an owner written after the post: "of the museum", "at Linfield High School", "for Tollbridge"
_OWNER_AFTER = re.compile(r"^(?P<rest>.+?)\s+(?:of|at|for)\s+(?P<owner>.+)$")
#: a sentence's words and the marks that end a noun phrase; a hyphen joins no title ("vice-president")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9'\u2019]*|[,;:()\u2014\u2013\"\u201c\u201d]")


@dataclass(frozen=True)
class Post:
    """A post as a question asks it: its ranks, the other words of its title, its noun, its owner's words
    and the phrase as asked."""

    ranks: frozenset[str]
    kinds: tuple[str, ...]
    head: str
    owner: tuple[str, ...]
    phrase: str


def asked_post(question: str) -> Post | None:
    """The post whose holder a question asks for by name or by words ("who is the deputy fire chief",
    "what is the name of the museum's chief curator", "what did Nordstrand Bank's chief executive say"),
    when its title ends in a noun whose first sense is a person; None otherwise (a name, "who is Ruth
    Ames", is no post)."""
    wn = wordnet()
    asking = fold(question).strip()
    low = asked_sentence(question)
    m = _WHO.match(low) or _NAME_OF.match(low) or _SAID.match(low)
    if wn is None or m is None:
        return None
    phrase = re.sub(r"^(?:the|a|an)\s+", "", m.group("phrase")).strip()
    owner = ""
    if pm := _POSSESSOR.match(phrase):
        owner, phrase = pm.group("owner"), pm.group("rest")
    if am := _OWNER_AFTER.match(phrase):
        phrase, owner = am.group("rest"), owner or am.group("owner")
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase)
    words = [w for w in re.split(r"[\s-]+", phrase) if w]
    if not words or not all(w.isalpha() for w in words):
        return None
    nouns = role_nouns(" ".join(words))
    if len(nouns) != len(words) or not person_noun(nouns[-1], wn):
        return None
    # (a name asked about, "who is Amos Reyland", is no post: its words are capitalised as asked)
    if re.search(rf"\b{re.escape(nouns[-1])}\b", asking) is None:
        return None
    ranks = frozenset(w for w in nouns[:-1] if w in RANKS)
    kinds = tuple(w for w in nouns[:-1] if w not in RANKS)
    # (an owner told by a name, "Nordstrand Bank's"; "the captain's" may be the one a sentence names)
    named = any(w[:1].isupper() for w in re.findall(r"[A-Za-z][\w]*", _as_written(owner, asking)))
    owner_words = tuple(w for w in re.findall(r"[a-z][\w]*", owner) if w not in STOP_WORDS) if named else ()
    return Post(ranks, kinds, nouns[-1], owner_words, " ".join(nouns))


def _as_written(phrase: str, question: str) -> str:
    """A lowercase phrase of a question as the question writes it (its case), or "" if not found."""
    at = question.lower().find(phrase) if phrase else -1
    return question[at : at + len(phrase)] if at >= 0 else ""


def _is_head(word: str, post: Post, tokenizer: Tokenizer, wn: WordNet) -> bool:
    low = word.lower()
    return bool(tokenizer.term_set(word) & tokenizer.term_set(post.head)) or low in role_forms(post.head, wn)


def _names_kind(word: str, wn: WordNet) -> bool:
    """Whether a word before a title names a kind of it (a noun, "fire chief"; an adjective pertaining to
    a noun, "financial officer"), not one describing its holder ("new")."""
    low = word.lower()
    return low not in RANKS and (noun_modifier(low) or wn.relational(low))


def _modifiers(words: list[str], i: int) -> tuple[list[str], str]:
    """The words before the ``i``-th that belong to its title (up to three, stopping at a determiner, a
    punctuation mark or a possessive) and the possessor's word that ends them, or ""."""
    mods: list[str] = []
    j = i - 1
    while j >= 0 and len(mods) < 3:
        w = words[j]
        low = w.lower()
        if not w[:1].isalpha():
            break
        if low.endswith(("'s", "\u2019s", "s'", "s\u2019")):
            return mods, re.sub(r"['\u2019]s?$", "", low)
        if low in DETERMINERS or low in POSSESSIVE_DETERMINERS or low in STOP_WORDS:
            break
        mods.insert(0, low)
        j -= 1
    return mods, ""


def _same_word(asked: str, written: str, tokenizer: Tokenizer) -> bool:
    """Whether a sentence's word is the question's, in another form ("officers"), clipped ("univ" of
    "university") or spelled otherwise ("helth", "harbor" of "harbour")."""
    low = written.lower()
    if tokenizer.term_set(asked) & tokenizer.term_set(low):
        return True
    if len(asked) >= 3 and low.startswith(asked):
        return True
    close = SequenceMatcher(None, asked, low).ratio() >= WEIGHTS.post_word_likeness
    return min(len(asked), len(low)) >= 4 and close


def _fits(
    words: list[str], i: int, post: Post, tokenizer: Tokenizer, held: frozenset[str], wn: WordNet
) -> bool:
    """Whether the title written at the ``i``-th word is the asked post: its ranks are the asked ones
    (none naming a second post unasked), each asked kind is written before it or after "of", or no other
    kind is, the noun is the title's own (not "Chief" of "Detective Chief Inspector"), and any owner it
    is written with is the asked one, or the sentence names the asked one too."""
    after = words[i + 1] if i + 1 < len(words) else ""
    if after.islower() and after.isalpha() and after not in STOP_WORDS and person_noun(after, wn):
        return False  # ("chief" of "chief executive": another title's first word)
    mods, possessor = _modifiers(words, i)
    possessor_named = possessor != "" and any(
        w[:1].isupper() and re.sub(r"['\u2019]s?$", "", w.lower()) == possessor for w in words[:i]
    )
    ranks = {m for m in mods if m in RANKS}
    if not post.ranks <= ranks or (ranks & SECOND_RANKS) - post.ranks:
        return False
    of_words = [w.lower() for w in words[i + 2 : i + 5]] if after.lower() == "of" else []
    kinds = [m for m in mods if m not in RANKS]
    missing = [k for k in post.kinds if not any(_same_word(k, w, tokenizer) for w in kinds + of_words)]
    before = kinds[-1] if kinds else ""
    # ("Chief Fire Officer" for the chief operating officer: another kind's word right before the noun;
    # "chief operating officer" for the chief technology officer: a title WordNet lists whole)
    other_kind = bool(before) and _names_kind(before, wn)
    other_kind = other_kind and not any(_same_word(k, before, tokenizer) for k in post.kinds)
    whole = [*kinds[-2:], words[i].lower()]
    listed = len(whole) == 3 and all(w.isalpha() for w in whole) and person_noun("_".join(whole), wn)
    if missing and (other_kind or listed):
        return False
    owner_terms = frozenset().union(*(tokenizer.term_set(w) for w in post.owner))
    # ("Vane's lawyer" for Rafferty's: another name's possessive, the asked owner nowhere in it)
    return not (possessor_named and owner_terms and not owner_terms & (tokenizer.term_set(possessor) | held))


def _other_title(words: list[str], post: Post, wn: WordNet) -> bool:
    """Whether a sentence that never writes the asked post's noun writes another title sharing a word
    with it, one WordNet lists whole as a person ("chief executive" for the chief financial officer)."""
    asked = {post.head, *post.kinds}
    lows = [w.lower() for w in words]
    for n in (3, 2):
        for k in range(len(lows) - n + 1):
            part = lows[k : k + n]
            if asked & set(part) and all(w.isalpha() for w in part) and person_noun("_".join(part), wn):
                return True
    return False


def names_other_post(question: str, text: str, tokenizer: Tokenizer) -> str:
    """The asked post's phrase when the statement ``text`` answering a question for the holder of a post
    names only the holder of another (``_fits``, ``_other_title``), "" when it writes the asked post or
    no title at all (it may name the holder its article gives the post beside it)."""
    post = asked_post(question)
    wn = wordnet()
    if post is None or wn is None:
        return ""
    words = _TOKEN.findall(text)
    held = tokenizer.term_set(text)
    places = [i for i, w in enumerate(words) if w[:1].isalpha() and _is_head(w, post, tokenizer, wn)]
    if places:
        return "" if any(_fits(words, i, post, tokenizer, held, wn) for i in places) else post.phrase
    return post.phrase if post.kinds and _other_title(words, post, wn) else ""
