"""Tokenization for news text: Unicode and case folding, entity aliases, stop words, stemming.

The same function tokenizes documents and questions, so whatever is folded on one side is folded on
the other. It is the hot path of indexing, so it works on whole strings with precompiled regexes and
memoises stems.
"""

from __future__ import annotations

import re
import threading
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import snowballstemmer

from retrieval.lexicon import STOP_WORDS

_FOLD = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
        "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "",
        # Latin letters with a stroke, which no decomposition takes apart ("Łódź" reads as "Lodz")
        "\u0141": "L", "\u0142": "l", "\u00d8": "O", "\u00f8": "o", "\u0110": "D", "\u0111": "d",
        "\u0126": "H", "\u0127": "h", "\u0166": "T", "\u0167": "t",
    }
)  # fmt: skip

#: the characters ``_FOLD`` replaces: found by one C scan, each replaced where it stands (``str.translate``
#: with a dict looks every character up in Python, several times slower on a sentence of news)
_FOLDED = re.compile("[" + "".join(re.escape(chr(k)) for k in _FOLD) + "]")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
_POSSESSIVE = re.compile(r"(?<=\w)'s\b", re.IGNORECASE)
# A number's thousands separators go ("5,000m" is "5000m", as a question may write it), before tokenizing.
# Only a well-formed number ("1,234,567"; not the list "routes 9,101,102" nor "2019,200 people").
_THOUSANDS = re.compile(r"(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d,])")


def _joined(text: str) -> str:
    return _THOUSANDS.sub(lambda m: m.group().replace(",", ""), text) if "," in text else text


# Dotted abbreviations ("U.S.", "e.u.") become one word before tokenizing.
_DOTTED = re.compile(r"(?<![\w.])((?:[^\W\d_]\.){2,})")
_LOCAL = threading.local()


def fold(text: str) -> str:
    """NFKC, curly quotes and dashes to ASCII, accents dropped: what a reader treats as the same text."""
    text = _FOLDED.sub(lambda m: _FOLD[ord(m.group())], unicodedata.normalize("NFKC", text))
    if not text.isascii():
        decomposed = unicodedata.normalize("NFD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return text


#: the newsroom's other pages a live page points its readers to ("our full story", "our live page")
_PAGES = (
    r"(?:story|stories|report|reports|coverage|article|articles|explainer|piece|analysis|"
    r"live\s+page|blog|page)"
)
_POINTED = r"(?:full|main|latest|earlier|separate|complete|live|dedicated|detailed|in-depth)"
#: a live page's word to its readers, after the entry's time stamp if any: a greeting, a sign-off, a
#: thanks, a pointer to its other pages ("9:05 a.m. Good morning and welcome to our coverage of ...",
#: "That's the end of our live coverage for today.", "Our full story is on our website."): no news,
#: whatever it names
_GREETS_READERS = re.compile(
    r"[*_\s]*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\b\.?)?[*_\s:\u2013\u2014-]*)?"
    r"(?:good\s+(?:morning|afternoon|evening)(?=\s*(?:[,.!]|and\b|everyone\b|all\b|from\b))|"
    r"hello\s+and\s+welcome\b|welcome\s+(?:back\s+)?to\s+(?:our|this|the\s+live)\b|"
    r"(?:and\s+)?that(?:'s|\u2019s|\s+is|\s+was)\s+(?:all|it|the\s+end)\b[^.]*\b(?:us|our|coverage|blog|today|tonight)\b|"
    r"thanks?\s+(?:you\s+)?(?:all\s+)?for\s+(?:following|reading|joining|staying)\b|"
    r"we(?:'ll|\u2019ll|\s+will)\s+(?:be\s+back|bring\s+you\s+(?:more|the\s+latest|updates?)|keep\s+you\s+"
    r"(?:updated|posted))\b|stay\s+(?:with\s+us|tuned)\b|"
    r"we(?:'re|\u2019re|\s+are)\s+(?:now\s+)?(?:pausing|ending|closing|wrapping\s+up)\s+(?:our|this)\b|"
    r"this\s+(?:live\s+)?(?:blog|page|coverage)\s+(?:is|has)\s+(?:now\s+)?(?:closed|ended|paused)\b|"
    # a pointer to the newsroom's other pages: "Our full story on the arrests is on the Channel 9 website.",
    # "You can read our explainer here.", "For more on the trial, see our live page."
    rf"our\s+(?:{_POINTED}\s+)?{_PAGES}\b[^.]*?\b(?:is|are|can\s+be\s+(?:found|read|seen))\s+(?:now\s+)?"
    r"(?:here|available|on|at|in)\b|"
    rf"(?:you\s+can\s+)?(?:read|see|follow|watch|find)\s+(?:all\s+)?our\s+(?:{_POINTED}\s+)?{_PAGES}\b|"
    r"for\s+more\s+(?:on|about)\b[^.]*?,\s*(?:see|read|visit|go\s+to|follow)\s+our\b)",
    re.IGNORECASE,
)


def greets_readers(text: str) -> bool:
    """Whether a sentence is a live page's greeting or sign-off to its readers, which tells no event and
    answers no question."""
    return _GREETS_READERS.match(text) is not None


def leaves_quote_open(text: str) -> bool:
    """Whether a text opens a quotation it does not close (an odd count of quotation marks, curly or
    straight): a sentence splitter cuts a quotation of several sentences into as many sentences."""
    return fold(text).count('"') % 2 == 1


_STEMS: dict[str, str] = {}
_STEMS_MAX = 500_000
_SETS_MAX = 200_000


class Stemmer(Protocol):
    """What the Snowball stemmers (pure Python, or PyStemmer's C one when installed) offer."""

    def stemWord(self, word: str) -> str: ...  # the library's name


def _new_stemmer() -> Stemmer:
    # snowballstemmer hands out PyStemmer's C stemmer when it is installed (same stems, ~50x faster)
    stemmer: Stemmer = snowballstemmer.stemmer("english")
    return stemmer


def stemmer() -> Stemmer:
    """This thread's English stemmer. A stemmer keeps its working state between calls (the pure-Python
    one its cursor, PyStemmer its buffer): one shared by the worker threads answering at once stems
    garbage or raises, so each thread gets its own."""
    got: Stemmer | None = getattr(_LOCAL, "stemmer", None)
    if got is None:
        got = _LOCAL.stemmer = _new_stemmer()
    return got


def stem(word: str) -> str:
    """Snowball stem, memoised across threads (a dict's get and set are atomic): news vocabulary
    repeats, and the stemmer is the slow part."""
    st = _STEMS.get(word)
    if st is None:
        st = str(stemmer().stemWord(word))
        if len(_STEMS) < _STEMS_MAX:
            _STEMS[word] = st
    return st


def _term(word: str) -> str | None:
    """A lowercase word's index term: None for a stop word; contractions keep their first part."""
    if word in STOP_WORDS:
        return None
    if "'" in word:
        word = word.split("'", 1)[0]
        if not word or word in STOP_WORDS:
            return None
    st = _STEMS.get(word)
    return stem(word) if st is None else st


def _undot(match: re.Match[str]) -> str:
    return match.group(1).replace(".", "").upper() + " "  # dotted letters are an acronym


@dataclass(frozen=True)
class Aliases:
    """Spelling groups folded to one canonical token ("=" + the group's first spelling, unstemmed)."""

    #: phrase (tuple of lowercase words) -> canonical token
    phrases: dict[tuple[str, ...], str] = field(default_factory=dict)
    #: short spellings that count only when written in capitals
    caps_only: frozenset[tuple[str, ...]] = frozenset()
    longest: int = 1
    #: first words of every spelling: most words start none, and are not looked up further
    starts: frozenset[str] = frozenset()

    @classmethod
    def from_groups(cls, groups: Iterable[Iterable[str]]) -> Aliases:
        phrases: dict[tuple[str, ...], str] = {}
        caps: set[tuple[str, ...]] = set()
        for group in groups:
            spellings = [s.strip() for s in group if s.strip()]
            if not spellings:
                continue
            canon = "=" + re.sub(r"\W+", "", fold(spellings[0]).lower())
            for s in spellings:
                key = tuple(_WORD.findall(_DOTTED.sub(_undot, _joined(fold(s)).lower())))
                if not key:
                    continue
                phrases[key] = canon
                if len(s) <= 3 and "." not in s:
                    caps.add(key)
        longest = max((len(k) for k in phrases), default=1)
        return cls(phrases, frozenset(caps), longest, frozenset(k[0] for k in phrases))

    @classmethod
    def load(cls, path: Path | None) -> Aliases:
        """The groups of an aliases file (none without one). Raises ValueError, one line naming the
        file, for a file that is not TOML or whose ``groups`` are not lists of spellings."""
        if path is None or not path.is_file():
            return cls()
        try:
            with path.open("rb") as fh:
                data = tomllib.load(fh)
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(f"{path}: not valid TOML ({exc})") from None
        except OSError as exc:
            raise ValueError(f"{path}: cannot be read ({exc.strerror or exc})") from None
        groups = data.get("groups", [])
        if not isinstance(groups, list) or not all(
            isinstance(g, list) and all(isinstance(s, str) for s in g) for g in groups
        ):
            raise ValueError(f"{path}: 'groups' must be a list of lists of spellings (strings)")
        return cls.from_groups(groups)


def aliases_problem(path: Path | None) -> str | None:
    """Why the aliases file at ``path`` cannot be used (None when it can, or when there is none):
    checked when the settings are read, so a bad file is one line at start, not a traceback."""
    try:
        Aliases.load(path)
    except ValueError as exc:
        return str(exc)
    return None


class Tokenizer:
    """Text -> index terms. Aliases are folded before stop words and stemming, so "US" survives as a
    country while "us" the pronoun is dropped."""

    def __init__(self, aliases: Aliases | None = None) -> None:
        self.aliases = aliases or Aliases()
        self._sets: dict[str, frozenset[str]] = {}

    def term_set(self, text: str) -> frozenset[str]:
        """The terms of a short text (a name met in a sentence), memoised: names repeat across
        questions and candidates, and tokenizing them again is most of what checking one costs."""
        got = self._sets.get(text)
        if got is None:
            if len(self._sets) > _SETS_MAX:
                self._sets.clear()
            got = self._sets[text] = frozenset(self.tokens(text))
        return got

    def words(self, text: str) -> list[tuple[str, str]]:
        """(lowercase word, original word) pairs after folding; the original keeps its case."""
        folded = _POSSESSIVE.sub("", _DOTTED.sub(_undot, _joined(fold(text))))
        return [(w.lower(), w) for w in _WORD.findall(folded)]

    def tokens(self, text: str) -> list[str]:
        folded = _POSSESSIVE.sub("", _DOTTED.sub(_undot, _joined(fold(text))))
        lows = _WORD.findall(folded.lower())
        starts = self.aliases.starts
        if starts and not starts.isdisjoint(lows):
            return self._tokens_with_aliases(folded)
        out: list[str] = []
        for word in lows:
            term = _term(word)
            if term is not None:
                out.append(term)
        return out

    def _tokens_with_aliases(self, folded: str) -> list[str]:
        pairs = [(w.lower(), w) for w in _WORD.findall(folded)]
        phrases = self.aliases.phrases
        starts = self.aliases.starts
        out: list[str] = []
        i, n = 0, len(pairs)
        while i < n:
            word = pairs[i][0]
            if word in starts:
                size = self._alias_at(pairs, i)
                if size:
                    out.append(phrases[tuple(p[0] for p in pairs[i : i + size])])
                    i += size
                    continue
            i += 1
            term = _term(word)
            if term is not None:
                out.append(term)
        return out

    def _alias_at(self, pairs: list[tuple[str, str]], i: int) -> int:
        """Length of the longest alias spelling starting at word i (0 if none)."""
        aliases = self.aliases
        for size in range(min(aliases.longest, len(pairs) - i), 0, -1):
            key = tuple(p[0] for p in pairs[i : i + size])
            if key in aliases.phrases and not (key in aliases.caps_only and not pairs[i][1].isupper()):
                return size
        return 0


def normalize_for_match(text: str) -> str:
    """Folded, lowercased, whitespace-collapsed text: for comparing quotes with documents."""
    return re.sub(r"\s+", " ", fold(text)).strip().lower()
