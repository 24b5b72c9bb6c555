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
from retrieval.search.wordnet import NOUN_GROUP, WordNet

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
#: the most words read as an owner written after a title ("the Line Workers Union")
_OWNER_WORDS = 5
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
    #: the kind of body its owner is, as asked: the words of an owner asked without a name ("the grid
    #: company's", "the mayor's"), or a named owner's words for a body ("Bank" of "Nordstrand Bank")
    owner_kinds: tuple[str, ...] = ()
    #: whether that kind is a person's ("the captain's"): a name may be the one a sentence names
    owner_person: bool = False


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
    after_kind = ""
    if am := _OWNER_AFTER.match(phrase):
        phrase = am.group("rest")
        if _kind_after(am.group("owner"), asking, wn):
            after_kind = am.group("owner")  # "chief of staff": a word of the title, not its owner
        else:
            owner = owner or am.group("owner")
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
    kinds = tuple(w for w in nouns[:-1] if w not in RANKS) + ((after_kind,) if after_kind else ())
    # (an owner told by a name, "Nordstrand Bank's"; "the captain's" may be the one a sentence names)
    named = any(w[:1].isupper() for w in re.findall(r"[A-Za-z][\w]*", _as_written(owner, asking)))
    content = tuple(w for w in re.findall(r"[a-z][\w]*", owner) if w not in STOP_WORDS)
    owner_words = content if named else ()
    owner_kinds = tuple(w for w in content if _body(w, wn)) if named else content
    person = bool(owner_kinds) and not named and person_noun(owner_kinds[-1], wn)
    phrase = " ".join(nouns) + (f" of {after_kind}" if after_kind else "")
    return Post(ranks, kinds, nouns[-1], owner_words, phrase, owner_kinds, person)


def _body(word: str, wn: WordNet) -> bool:
    """Whether one of a word's first senses as a noun is a body of people (WordNet's noun.group: "bank",
    "union", "police"): the word of a name telling what kind of body it names ("Nordstrand Bank")."""
    return NOUN_GROUP in wn.sense_classes(word, "n", WEIGHTS.owner_body_senses)


def _kind_after(words: str, question: str, wn: WordNet) -> bool:
    """Whether the words after a title's "of" are one more word of the title ("chief of staff", "head of
    security"): a single lowercase noun with no determiner, where an owner is a name or "the ..."."""
    return (
        words.isalpha()
        and words not in STOP_WORDS
        and _as_written(words, question).islower()
        and any(pos == "n" for pos, _ in wn.lemmas(words))
    )


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
    then = words[i + 2] if i + 2 < len(words) else ""
    # ("chief" of "chief executive" or of "chief medical officer": another title's first word)
    lower = after.islower() and after.isalpha() and after not in STOP_WORDS
    titled = then.islower() and then.isalpha() and _names_kind(after, wn) and person_noun(then, wn)
    if lower and (person_noun(after, wn) or titled):
        return False
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
    if possessor_named and owner_terms and not owner_terms & (tokenizer.term_set(possessor) | held):
        return False
    # ("the association's chief executive" for Nordstrand Bank's, "a spokesman for the Line Workers
    # Union" for the grid company's: the post of another kind of body)
    written, named = ([possessor], possessor_named) if possessor else _owner_after(words, i)
    return not _other_body(written, named, post, tokenizer, held, wn)


def _owner_after(words: list[str], i: int) -> tuple[list[str], bool]:
    """The owner written after the title at the ``i``-th word ("spokesman for the Line Workers Union",
    "chief executive of Corvane Air"): its words up to a mark or a small word, and whether it is a
    name; none for a lowercase one with no determiner ("director of flood operations": the title's)."""
    if i + 2 >= len(words) or words[i + 1].lower() not in ("of", "for", "at"):
        return [], False
    j = i + 2
    determined = words[j].lower() in ("the", "a", "an")
    j += determined
    out: list[str] = []
    while j < len(words) and len(out) < _OWNER_WORDS and words[j][:1].isalpha():
        w = words[j]
        if w.lower() in STOP_WORDS or re.search(r"['\u2019]", w):
            break
        out.append(w)
        j += 1
    named = any(w[:1].isupper() for w in out)
    return (out, named) if out and (named or determined) else ([], False)


def _other_body(
    written: list[str], named: bool, post: Post, tokenizer: Tokenizer, held: frozenset[str], wn: WordNet
) -> bool:
    """Whether a title's written owner is another kind of body than the asked owner: none of its words is
    the asked owner's, the sentence does not name the asked owner, and its word for a body (a lowercase
    owner's own word, or a name's word for a body: "Union") is no form or synonym of the asked kind's. A
    name with no such word (Corvane Air) may be the asked company's; a name may be the asked person's;
    an owner written without a name, asked without one, is another only as a person's to a body's."""
    if not written or not post.owner_kinds or (named and post.owner_person):
        return False
    owner_terms = frozenset().union(*(tokenizer.term_set(w) for w in post.owner))
    same = any(_same_word(a, w, tokenizer) for a in (*post.owner, *post.owner_kinds) for w in written)
    if same or (owner_terms and owner_terms <= held):
        return False
    lows = [w.lower() for w in written]
    kinds = [w for w in lows if _body(w, wn)] if named else lows[-1:]
    if not kinds:
        return False
    if not named and not post.owner:
        # ("the authority's deputy director general" for the regulator's: two descriptions of a body may
        # be one body; a person's is no body's, "the hospital's chief medical officer" for the mayor's)
        return post.owner_person != person_noun(kinds[-1], wn)
    near = {k for a in post.owner_kinds for k in (a, *wn.related(a, verbs=False))}
    return not any(k in near or near & wn.related(k, verbs=False) for k in kinds)


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
