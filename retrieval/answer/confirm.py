"""The role an answer gives the person a question names, and other outlets' sentences that give that
person the same role.

Outlets name a person's role beside the name ("Secretary of State Marco Rubio", "the Kremlin's top
spokesperson, Dmitry Peskov"), each in a sentence about something else. Those sentences are not the
same statement as the answer's, so the statement merge never joins them, and the limit on statements
leaves them out; yet each says the one thing a "what position does X hold" asks. The phrase itself --
role and name, as an outlet writes them -- is what such an outlet says of the answer, so it is cited
for that phrase alone, quoted verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.answer.bridge import wordnet
from retrieval.answer.types import person_noun
from retrieval.lexicon import REPORTING_WORDS, figures
from retrieval.search.text import Tokenizer

#: a word as written, keeping dotted abbreviations ("U.S.") and possessives ("Kremlin's") whole
_WORD = re.compile(r"\w[\w.'\u2019-]*\w|\w")


@dataclass(frozen=True)
class Role:
    """A name with the role written right before it, in one sentence."""

    #: role and name as the sentence writes them ("U.S. Secretary of State Marco Rubio")
    phrase: str
    #: the role's terms ("secretari", "state", "u.s"): what a confirming outlet's role must hold, or be
    #: held by
    terms: frozenset[str]
    #: the terms of the role's last word, its head ("state" / "spokesperson"): the kind of role it is
    head: frozenset[str]
    #: that word as written
    head_word: str


def _nounish(word: str) -> bool:
    """A lower-case word that can stand in a title before a name ("top spokesperson"), not a verb that
    has the name as its object ("met Marco Rubio"): WordNet knows it as a noun or adjective at least as
    often as a verb in its tagged corpus."""
    wn = wordnet()
    if wn is None or word in REPORTING_WORDS:
        return False
    tagged = {"n": 0, "a": 0, "v": 0}
    seen = False
    for pos, lemma in wn.lemmas(word):
        if pos in tagged:
            seen = True
            tagged[pos] = max(tagged[pos], wn.tagged(lemma, pos) + (pos != "v"))
    return seen and max(tagged["n"], tagged["a"]) >= tagged["v"]


def role_of(text: str, names: frozenset[str], tokenizer: Tokenizer, longest: int) -> Role | None:
    """The role ``text`` writes right before the name whose terms are ``names`` (all of them, in a run
    of words), or across one comma before it (an appositive): capitalised words, "of"-like small words
    between them, and lower-case nouns and adjectives, at most ``longest`` words; None without one."""
    words = list(_WORD.finditer(text))
    terms = [tokenizer.term_set(w.group()) for w in words]
    for i in range(len(words)):
        j = i
        got: set[str] = set()
        while j < len(words) and terms[j] and terms[j] <= names:
            if j > i and text[words[j - 1].end() : words[j].start()].strip():
                break
            got |= terms[j]
            j += 1
        if j == i or not names <= got:
            continue
        start = i
        role: set[str] = set()
        head: frozenset[str] = frozenset()
        head_word = ""
        k = i - 1
        while k >= 0 and i - k <= longest:
            gap = text[words[k].end() : words[k + 1].start()].strip()
            if gap and not (k == i - 1 and gap == ","):
                break
            w = words[k].group()
            if not terms[k]:  # a small word, kept only inside a title ("Secretary of State")
                if not (k > 0 and start == k + 1 and w.islower() and words[k - 1].group()[0].isupper()):
                    break
                if not text[words[k + 1].start()].isupper():
                    break
            elif not w[0].isupper() and not _nounish(w):
                break
            if terms[k]:
                role |= terms[k]
                if not head:
                    head, head_word = terms[k], w
            start = k
            k -= 1
        if role and terms[start] and _names_a_post(words[start:i]):
            return Role(text[words[start].start() : words[j - 1].end()], frozenset(role), head, head_word)
        return None
    return None


def _names_a_post(words: list[re.Match[str]]) -> bool:
    """Whether words before a name hold a role: one is a noun for a person ("Secretary", "spokesperson",
    "chief"; not a name WordNet files as a person's, "Harlow"), not only a place or a body ("the
    Ridgeport Lynx": "Ridgeport" is where the team plays, not a post)."""
    wn = wordnet()
    return wn is not None and any(
        person_noun(w.group().lower(), wn) and not wn.proper(w.group()) for w in words
    )


def same_kind(a: Role, b: Role) -> bool:
    """The same head, or one head a kind of the other's by WordNet ("spokesman" of "spokesperson")."""
    if a.head == b.head:
        return True
    wn = wordnet()
    return wn is not None and (
        b.head_word.lower() in wn.broader(a.head_word) or a.head_word.lower() in wn.broader(b.head_word)
    )


def same_role(a: Role, b: Role) -> bool:
    """Two outlets give the same role: heads of the same kind and the same other words ("Kremlin
    spokesman" for "Kremlin spokesperson"; not "Secretary General" for "Secretary of State", nor
    "Deputy Harbour Commissioner" for "Harbour Commissioner", "Ukrainian spokesperson" for "Kremlin
    spokesperson"). One may add a name the tokenizer knows as one (an alias: "US Secretary of State"
    for "Secretary of State"): where the role is held, not another role."""
    x, y = a.terms - a.head, b.terms - b.head
    return same_kind(a, b) and (x <= y or y <= x) and all(t.startswith("=") for t in x ^ y)


#: a number as written with what makes it a kind of amount: a currency sign before it, a scale word or
#: letter, a percent sign or word, and the word after it ("£800m", "2.25%", "46.68 seconds", "7.4 million
#: households")
_KINDED = re.compile(
    r"(?P<cur>US\$|[£$€¥])?\s?(?P<num>\d[\d,]*(?:\.\d+)?)"
    r"(?:\s?(?P<scale>m|bn|k|thousand|million|billion|trillion)\b)?"
    r"(?P<pct>\s?%|\s(?:percent|per cent)\b)?"
    r"(?:[\s-]*(?P<next>[A-Za-z][\w'\u2019-]*))?"
)
_SCALE_WORDS = {"m": "million", "bn": "billion", "k": "thousand"}
#: a currency's sign, and the sign of a currency written by name after the number ("250 dollars")
_SIGNS = {"dollar": "$", "pound": "\u00a3", "sterl": "\u00a3", "euro": "\u20ac", "yen": "\u00a5"}
CURRENCIES = frozenset("$\u00a3\u20ac\u00a5")


def kinded_figures(text: str, tokenizer: Tokenizer) -> frozenset[tuple[str, str]]:
    """Each number ``text`` states with its kind: the value as ``figures`` reads it (scale multiplied
    out) and the currency ("£"), percent ("%") or, for a bare number, the terms of the word after it
    ("second", "household"; none after a small word). The same value of another kind is another fact:
    "46.68 seconds" is not "46.68 metres", "£800m" not "800m viewers"."""
    out: set[tuple[str, str]] = set()
    for m in _KINDED.finditer(text):
        scale = m.group("scale") or ""
        written = f"{m.group('num')} {_SCALE_WORDS.get(scale, scale)}".strip()
        value = next(iter(figures(written)), None)
        if value is None:
            continue
        after = m.group("next") or ""
        word = after.lower().rstrip("s")
        if m.group("cur"):
            kind = m.group("cur").replace("US$", "$")
        elif m.group("pct"):
            kind = "%"
        elif word in _SIGNS or word[:5] in _SIGNS:
            kind = _SIGNS.get(word, _SIGNS.get(word[:5], ""))
        else:
            kind = " ".join(sorted(tokenizer.term_set(after)))
        out.add((value, kind))
    return frozenset(out)
