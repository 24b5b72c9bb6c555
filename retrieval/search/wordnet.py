"""Princeton WordNet 3.0, read in place from its database files (Debian's ``wordnet-base``), for
bridging a question's words to the words the coverage uses: synonyms ("boss" ~ "chief"), derived
forms ("European" ~ "Europe", "admission" ~ "admit") and base forms of irregular words ("threw" ~
"throw"). It also tells a general English word from a name: a question word the corpus lacks that
WordNet knows is a paraphrase; one WordNet does not know is a name the coverage does not mention.

The files are searched where they lie (an mmap, as WordNet's own tools do), so nothing is loaded up
front but the small exception lists and a key every few kilobytes of the index files; a lookup reads
a few lines. Without the files
``WordNet.find`` returns None and answers simply get no bridges.
"""

from __future__ import annotations

import mmap
import os
import re
from bisect import bisect_left
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

#: a definition opening with a perfect participle ("having succeeded or ..."): ``WordNet.perfect_of``
_PERFECT = re.compile(r"having (\w+ed)\b")

Pos = Literal["n", "v", "a", "r"]
_FILES: dict[Pos, str] = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
#: where distributions put the database; ``NEWSBOT_WORDNET`` names another folder
_PLACES = ("/usr/share/wordnet", "/usr/share/wordnet-3.0/dict", "/usr/local/WordNet-3.0/dict")
#: inflectional endings WordNet's morphy strips, per part of speech (suffix, replacement)
_RULES: dict[Pos, tuple[tuple[str, str], ...]] = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
          ("men", "man"), ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
          ("ing", "")),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "r": (),
}  # fmt: skip
#: WordNet's pointer from a relational adjective to the noun it pertains to ("financial" -> "finance")
_PERTAINYM = "\\"
#: pointer symbols followed: derivationally related form, pertainym ("European" -> "Europe"),
#: participle of a verb
_DERIVED = frozenset({"+", _PERTAINYM, "<"})
#: WordNet's pointer from a word to its opposite ("accept" -> "reject", "win" -> "lose")
_ANTONYM = "!"
#: a verb synset's pointers to the verbs it entails ("buy" -> "pay") or causes ("kill" -> "die")
_IMPLIES = frozenset({"*", ">"})
#: WordNet's pointer from a verb synset to the one it causes ("kill" -> "die", "teach" -> "learn")
_CAUSES = ">"
#: a line of the verb file with such a pointer (its offset first); the rest read only for those lines
_IMPLYING_LINE = re.compile(rb"(?m)^(\d{8}) [^|\n]*? [*>] \d{8} v [^|\n]*")
#: WordNet's lexicographer classes (its "lexnames") that the answer code reads a word's senses by: nouns
#: for acts ("deal", "bid"), made things ("truck"), attributes ("level", "price"), ideas ("intention"),
#: communication ("report", "blog"), events ("accident"), groups (bodies, peoples), places, people
#: ("manager"), possessions ("fee", "salary"), processes ("freeze"), quantities ("volume"), states
#: ("crisis"), times ("week"); verbs of change ("raise", "fall") and of transfer of
#: possession ("pay", "earn")
NOUN_ACT = 4
NOUN_ARTIFACT = 6
NOUN_ATTRIBUTE = 7
NOUN_COGNITION = 9
NOUN_COMMUNICATION = 10
NOUN_EVENT = 11
NOUN_GROUP = 14
NOUN_LOCATION = 15
NOUN_PERSON = 18
NOUN_POSSESSION = 21
NOUN_PROCESS = 22
NOUN_QUANTITY = 23
NOUN_STATE = 26
NOUN_TIME = 28
VERB_CHANGE = 30
VERB_COMMUNICATION = 32
VERB_POSSESSION = 40
#: WordNet's pointer from a synset to the broader one it is a kind of ("dad" -> "father", "airplane" ->
#: "heavier-than-air craft")
_HYPERNYM = "@"
#: WordNet's pointer from a named thing to its class ("California" -> "American state")
_INSTANCE_OF = "@i"
#: WordNet's pointer from an adjective satellite to the head of its cluster ("worth" in "worth $8 billion"
#: -> "valuable"): kept only from satellites (a head's are its many satellites, no one meaning)
_SIMILAR = "&"
#: WordNet's pointer from a verb to its troponyms, the particular ways of doing it ("meet" -> "convene")
_TROPONYM = "~"
#: WordNet's pointer from a noun for an attribute to the adjectives that are its values ("age" -> "old",
#: "young"; "length" -> "long", "short")
_ATTRIBUTE = "="
#: the pointers ``WordNet._read_synset`` keeps, the only ones followed (of the others, most are hyponyms,
#: members and parts)
_FOLLOWED = _DERIVED | {_SIMILAR, _ANTONYM, _TROPONYM, _HYPERNYM, _INSTANCE_OF, _ATTRIBUTE}
_MEMO_MAX = 50_000
#: bytes of an index file read into its lemma set in the time of one look-up of a line in it (measured:
#: 3 µs a look-up by ``_Lines``, 0.14 s for the 4.8 MB of the noun index)
_SEARCH_BYTES = 100
#: bytes of an index file between two of the keys ``_Lines`` keeps: a look-up scans at most one such
#: block (C code, 1-2 µs); the noun file keeps ~1,200 keys, read in about a millisecond
_BLOCK_BYTES = 4096
#: an index file's lemma: the first field of a line (the licence's lines start with a space)
_LEMMA = re.compile(rb"(?m)^([^ \n]+) ")


def _compared(adjective: str) -> tuple[str, str]:
    """An adjective's regular comparative and superlative ("high" -> "higher", "highest"; "large",
    "big", "happy" -> "larger", "bigger", "happier"): what "how high" is answered with ("its highest
    level"), which a stemmer keeps apart from "high". Irregular ones come from the exception lists."""
    w = adjective
    if w.endswith("e"):
        stem_ = w[:-1]
    elif w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        stem_ = w[:-1] + "i"
    elif len(w) >= 3 and w[-1] not in "aeiouwxy" and w[-2] in "aeiou" and w[-3] not in "aeiou":
        stem_ = w + w[-1]  # one vowel before a final consonant doubles it: "big" -> "bigger"
    else:
        stem_ = w
    return stem_ + "er", stem_ + "est"


def _degree(word: str, lemma: str) -> int:
    """0 when ``word`` is the comparative of the adjective ``lemma``, 1 its superlative ("bigger",
    "biggest" of "big"; "better", "best" of "good"), else -1."""
    if word == lemma:
        return -1
    return 1 if word.endswith("est") else 0 if word.endswith("er") else -1


class WordNet:
    """Lookups over one WordNet database folder (thread-safe: reads only)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._index: dict[Pos, _Lines] = {}
        self._data: dict[Pos, mmap.mmap] = {}
        self._exc: dict[Pos, dict[str, list[str]]] = {}
        for pos, name in _FILES.items():
            self._index[pos] = _Lines(_map(root / f"index.{name}"))
            self._data[pos] = _map(root / f"data.{name}")
            exc: dict[str, list[str]] = {}
            path = root / f"{name}.exc"
            if path.is_file():
                for line in path.read_text(encoding="latin-1").splitlines():
                    parts = line.split()
                    if len(parts) >= 2:
                        exc.setdefault(parts[0], []).extend(parts[1:])
            self._exc[pos] = exc
        # "people" is the plural of "person" (WordNet lists it as a word of its own, a people): "how many
        # people" counts the persons or individuals the coverage names
        self._exc.get("n", {}).setdefault("people", []).append("person")
        # base form -> irregular inflections ("lead" -> "led"), the exception lists read backwards
        self._inflected: dict[str, list[str]] = {}
        for exc in self._exc.values():
            for inflected, bases in exc.items():
                for base in bases:
                    self._inflected.setdefault(base, []).append(inflected)
        self._memo: dict[tuple[str, int], frozenset[str]] = {}
        self._lemmas: dict[Pos, frozenset[bytes]] = {}
        self._searches: dict[Pos, int] = {}
        self._classes: dict[str, tuple[frozenset[int], frozenset[int]]] = {}
        # a word's look-ups read the same index lines and synsets several times (its forms, then their
        # senses): each read is remembered, up to _MEMO_MAX of each, so a question's words cost one read
        self._senses: dict[tuple[Pos, str], list[int]] = {}
        self._forms: dict[str, tuple[tuple[Pos, str], ...]] = {}
        self._word_lists: dict[tuple[Pos, int], list[str]] = {}
        self._synsets: dict[tuple[Pos, int], tuple[list[str], list[tuple[str, int, Pos, int, int]]]] = {}
        #: verb synset -> the verb synsets entailing or causing it, read from the verb file on first use
        self._implied_by: dict[int, list[int]] | None = None
        #: verb synset -> the verb synsets a cause pointer links it to, either way ("kill" <-> "die"), read
        #: in the same pass
        self._causal: dict[int, list[int]] = {}
        #: a clause of several words that defines verb synsets ("take into custody") -> those synsets
        self._defining: dict[str, list[int]] | None = None
        #: those clauses in sorted order, where ``begins_definition`` finds the ones a phrase begins
        self._definition_order: list[str] = []
        #: a word as written in a verb synset's definition -> those synsets, read in the same pass
        self._defining_words: dict[str, list[int]] = {}
        #: cntlist.rev (sense key, sense number, times seen in the tagged corpus), mapped on first use
        self._counts: mmap.mmap | bytes | None = None

    @classmethod
    def find(cls) -> WordNet | None:
        """The installed database, or None when there is none (bridging is then off)."""
        places = [os.environ["NEWSBOT_WORDNET"]] if os.environ.get("NEWSBOT_WORDNET") else list(_PLACES)
        for place in places:
            root = Path(place)
            if all((root / f"{kind}.{n}").is_file() for n in _FILES.values() for kind in ("index", "data")):
                try:
                    return cls(root)
                except (OSError, ValueError):
                    return None
        return None

    def _offsets(self, pos: Pos, lemma: str) -> list[int]:
        """Synset offsets of ``lemma`` (lowercase, underscores for spaces), most frequent sense first;
        empty for a word the file lacks (most words morphy tries). Each answer is remembered."""
        got = self._senses.get((pos, lemma))
        if got is None:
            got = self._look_up(pos, lemma)
            if len(self._senses) > _MEMO_MAX:
                self._senses.clear()
            self._senses[(pos, lemma)] = got
        return got

    def _look_up(self, pos: Pos, lemma: str) -> list[int]:
        """A search of the index file (``_Lines``), until the searches have cost about what reading every
        lemma of the file into a set costs; from then on the set answers the misses. A one-shot
        ``newsbot ask`` does a few dozen look-ups, which the set would cost a thousand times over (0.15 s
        for the noun file), while a bot answering all day pays for the set once (the ski-rental rule:
        never more than twice the cheaper of the two)."""
        try:
            key = lemma.encode("latin-1")
        except UnicodeEncodeError:
            return []  # WordNet's files are Latin-1: a word outside it is not there
        if not key or b" " in key:
            # no lemma is empty or holds a space (the files write underscores), and such a key would
            # match the licence lines at the top, which start with spaces ("did it rain ?" has a "")
            return []
        lemmas = self._lemmas.get(pos)
        if lemmas is None:
            self._searches[pos] = searches = self._searches.get(pos, 0) + 1
            if searches * _SEARCH_BYTES >= len(self._index[pos].m):
                # every lemma of the file, as bytes, found by one regular expression (decoding 150,000
                # lemmas one by one would cost more than all the searches it saves)
                lemmas = self._lemmas[pos] = frozenset(_LEMMA.findall(self._index[pos].m[:]))
        if lemmas is not None and key not in lemmas:
            return []
        return self._read_offsets(pos, key)

    def _read_offsets(self, pos: Pos, key: bytes) -> list[int]:
        line = self._index[pos].find(key)
        if line is None:
            return []
        parts = line.split()
        n_ptr = int(parts[3])
        n_senses = int(parts[2])
        return [int(p) for p in parts[6 + n_ptr : 6 + n_ptr + n_senses]]

    def tagged(self, lemma: str, pos: Pos) -> int:
        """How many of a lemma's senses as ``pos`` were seen in WordNet's tagged corpus (the index's
        tagsense_cnt): which part of speech a word mostly is ("fine" an adjective, not a verb)."""
        if not self._offsets(pos, lemma):
            return 0
        line = self._index[pos].find(lemma.encode("latin-1"))
        if line is None:
            return 0
        parts = line.split()
        return int(parts[5 + int(parts[3])])

    def lemmas(self, word: str) -> Iterator[tuple[Pos, str]]:
        """The base forms WordNet has for ``word`` (morphy: exception lists, then suffix rules). Each
        word's are remembered: a question's word is asked for them by every look-up of it (its
        synonyms, family, senses, classes), a dozen times or more."""
        w = word.lower()
        got = self._forms.get(w)
        if got is None:
            got = tuple(self._morphy(w))
            if len(self._forms) > _MEMO_MAX:
                self._forms.clear()
            self._forms[w] = got
        return iter(got)

    def _morphy(self, w: str) -> Iterator[tuple[Pos, str]]:
        for pos in _FILES:
            seen: set[str] = set()
            for cand in [w, *self._exc[pos].get(w, [])]:
                if cand not in seen and self._offsets(pos, cand):
                    seen.add(cand)
                    yield pos, cand
            for suffix, repl in _RULES[pos]:
                if w.endswith(suffix) and len(w) > len(suffix) + 1:
                    cand = w[: len(w) - len(suffix)] + repl
                    if cand not in seen and self._offsets(pos, cand):
                        seen.add(cand)
                        yield pos, cand

    def known(self, word: str) -> bool:
        """Whether ``word`` is a general English word (any part of speech, any inflection)."""
        key = ("known:" + word.lower(), 0)
        got = self._memo.get(key)
        if got is None:
            got = frozenset({"y"}) if next(self.lemmas(word), None) is not None else frozenset()
            self._remember(key, got)
        return bool(got)

    def contracted(self, word: str) -> str:
        """The English word a chat contraction most likely stands for ("ppl" -> "people"): of the
        single words that begin with its first letter and hold its other letters in order, two letters
        longer at least, the one WordNet's tagged corpus saw most often (its senses' counts in
        cntlist.rev, where "people" was seen 289 times and "pupil" 19); "" when none was ever seen or the
        database has no counts. Read once per word, by scanning the count lines of that first letter
        (the file is sorted by sense key, which starts with the lemma)."""
        w = word.lower()
        key = ("contracted:" + w, 0)
        got = self._memo.get(key)
        if got is None:
            got = frozenset({self._most_seen(w)}) - {""}
            self._remember(key, got)
        return next(iter(got), "")

    def _most_seen(self, w: str) -> str:
        if self._counts is None:
            path = self.root / "cntlist.rev"
            self._counts = _map(path) if path.is_file() else b""
        m = self._counts
        letters = re.compile(".*?".join(re.escape(c) for c in w[1:]))
        seen: dict[str, int] = {}
        first = w[:1].encode("latin-1")
        at = 0 if m[:1] == first else m.find(b"\n" + first) + 1
        while 0 <= at < len(m) and m[at : at + 1] == first:
            end = m.find(b"\n", at)
            end = len(m) if end < 0 else end
            line = m[at:end].decode("latin-1")
            lemma, _, rest = line.partition("%")
            if len(lemma) >= len(w) + 2 and lemma.isalpha() and letters.search(lemma, 1):
                seen[lemma] = seen.get(lemma, 0) + int(rest.rsplit(" ", 1)[-1])
            at = end + 1
        return max(seen, key=lambda x: (seen[x], x)) if seen else ""

    def proper(self, word: str) -> bool:
        """Whether WordNet knows ``word`` only as a name ("Russia", "Moscow"): every sense of it is
        written capitalised. An acronym ("CEO") is not taken for one: as many are titles as names."""
        key = ("proper:" + word.lower(), 0)
        got = self._memo.get(key)
        if got is None:
            got = frozenset({"y"}) if self._proper(word.lower()) else frozenset()
            self._remember(key, got)
        return bool(got)

    def capitalised(self, word: str) -> bool:
        """Whether every noun sense WordNet has of ``word`` writes it capitalised, an acronym included
        ("EU", "UK", "NATO", "Russia"): it names one body or place, never a kind of thing."""
        key = ("capitalised:" + word.lower(), 0)
        got = self._memo.get(key)
        if got is None:
            got = frozenset({"y"}) if self._proper(word.lower(), acronyms=True) else frozenset()
            self._remember(key, got)
        return bool(got)

    def cased_only(self, word: str) -> bool:
        """Whether WordNet writes ``word`` capitalised in every sense of every part of speech it has it
        as ("Japanese", "Canadian", "Russia"; not "French", which is also a verb, nor "rome" of
        "roman"): a name or a word made of one, which a chat question writing it lowercase ("japanese
        customers") means as the capitalised word."""
        key = ("cased_only:" + word.lower(), 0)
        got = self._memo.get(key)
        if got is None:
            w = word.lower()
            seen = False
            cased = True
            for pos in ("n", "v", "a", "r"):
                for off in self._offsets(pos, w):
                    forms = [f for f in self._synset(pos, off, cased=True)[0] if f.lower() == w]
                    seen = seen or bool(forms)
                    cased = cased and bool(forms) and all(f[:1].isupper() for f in forms)
            got = frozenset({"y"}) if seen and cased else frozenset()
            self._remember(key, got)
        return bool(got)

    def _proper(self, w: str, *, acronyms: bool = False) -> bool:
        if any(self._offsets(pos, w) for pos in ("v", "a", "r")):
            return False
        offsets = self._offsets("n", w)
        if not offsets:
            return False
        for off in offsets:
            forms = self._synset("n", off, cased=True)[0]
            if not any(f.lower() == w and f[:1].isupper() and (acronyms or not f.isupper()) for f in forms):
                return False
        return True

    def is_adjective(self, word: str) -> bool:
        """Whether WordNet knows ``word`` as an adjective ("European", "Russian")."""
        return bool(self._offsets("a", word.lower()))

    def mostly_noun(self, word: str) -> bool:
        """Whether WordNet knows ``word`` as a noun and its tagged corpus saw it as one at least as often as
        as a verb or a modifier ("debt", "playoffs", "revenue"; not "kick", "usual", "overnight"): a thing
        a question names, not a way it words what happens to it."""
        best: dict[str, int] = {}
        for pos, lemma in self.lemmas(word):
            group = "n" if pos == "n" else "v" if pos == "v" else "m"
            best[group] = max(best.get(group, -1), self.tagged(lemma, pos))
        noun = best.get("n", -1)
        return noun >= 0 and noun >= best.get("v", -1) and noun >= best.get("m", -1)

    def noun_classes(self, word: str) -> tuple[frozenset[int], frozenset[int]]:
        """The lexicographer classes of ``word``'s noun senses (18 person, 15 location, 14 group ...),
        those it has as a name (written capitalised: "Canada" 15, "Owen" 18) and those it has as a
        common noun ("centre" 15, "trump" 6). They tell a person's name from a place's or a body's."""
        w = word.lower()
        got = self._classes.get(w)
        if got is None:
            named: set[int] = set()
            common: set[int] = set()
            lemma = next((lemma for pos, lemma in self.lemmas(w) if pos == "n"), None)
            data = self._data["n"]
            for off in self._offsets("n", lemma) if lemma is not None else []:
                end = data.find(b"\n", off)
                parts = data[off:end].split(b" ", 6)  # offset, class, part of speech, count, first word
                first = parts[4].decode("latin-1").split("(")[0]
                cased = first[:1].isupper() and first.lower() == lemma
                (named if cased else common).add(int(parts[1]))
            if len(self._classes) > _MEMO_MAX:
                self._classes.clear()
            got = self._classes[w] = (frozenset(named), frozenset(common))
        return got

    def sense_classes(self, word: str, pos: Pos, senses: int = 1) -> frozenset[int]:
        """The lexicographer classes of ``word``'s ``senses`` most frequent senses as ``pos`` (any
        inflection): "fee" and "salary" are possessions (noun class 21), "pay" and "earn" transfers of
        possession (verb class 40), what a question asking "how much" about them wants in money."""
        out: set[int] = set()
        data = self._data[pos]
        for _, lemma in ((p, lem) for p, lem in self.lemmas(word) if p == pos):
            for off in self._offsets(pos, lemma)[:senses]:
                out.add(int(data[off : off + 16].split(b" ", 2)[1]))
            break
        return frozenset(out)

    def related(
        self,
        word: str,
        senses: int = 3,
        troponym_senses: int = 0,
        *,
        synonyms: bool = True,
        verbs: bool = True,
        persons: bool = False,
        adjective: bool = False,
    ) -> frozenset[str]:
        """Single words that can stand for ``word``: its base forms and their irregular inflections
        ("leads" -> "lead", "led"), the other words of its ``senses`` most frequent senses, its
        derived forms and pertainyms, and for a verb the troponyms of its ``troponym_senses`` most
        frequent senses (a particular way of doing it says it was done: "convened" -> met). Multi-word
        lemmas are left out (a question word is bridged to one corpus word). Without ``synonyms``, only
        the word's own family: base forms, inflections, derived forms and pertainyms ("ratification" ->
        "ratify", "ratified"; "Egypt" -> "Egyptian"), what a topic's word is also written as, where a
        synonym ("deal" -> "lot") would be another topic. Without ``verbs``, not its verb senses: "stock" in
        "its stock price" is a noun (or an adjective), not to stock, whose synonym is "carry". With
        ``persons``, only the synonyms of its senses that are persons, and its derived forms without
        theirs: "the governor" asked about is no "regulator" (a governor's sense as a device), and
        "govern" is no "rule". With ``adjective``, only its adjective senses (and its own forms): "top" in
        "the top official" is no summit, crown or lead."""
        key = (
            ("" if synonyms else "~")
            + ("" if verbs else "!v")
            + ("@" if persons else "")
            + ("^" if adjective else "")
            + word.lower(),
            senses * 100 + troponym_senses,
        )
        got = self._memo.get(key)
        if got is not None:
            return got
        out: set[str] = set()
        for pos, lemma in self.lemmas(word):
            out.add(lemma)
            out.update(self._inflected.get(lemma, ()))
            if pos == "a" and lemma.isalpha():
                out.update(_compared(lemma))
            if (pos == "v" and not verbs) or (adjective and pos != "a"):
                continue
            offsets = self._offsets(pos, lemma)
            for off in offsets[senses : 2 * senses] if pos == "v" and synonyms else ():
                # one of a verb's next few senses that is the first sense of another ("shoot" ~ "film":
                # making a film is the first sense of "film", shoot's fourth); the question uses the
                # verb for what the other usually means. Deeper senses, the other's rarer ones, or
                # nouns and adjectives bridged nonsense ("remains" ~ "corpse", "get" ~ "baffle",
                # "positive" ~ "confirming")
                out.update(w for w in self._synset(pos, off)[0] if self._offsets(pos, w)[:1] == [off])
            # a comparative or superlative stands for its synonyms' in the same degree ("biggest" ~
            # "largest"), which the base forms' synonyms ("large") do not say
            degree = _degree(word.lower(), lemma) if pos in ("a", "s") and synonyms else -1
            for off in offsets[:senses]:
                words, pointers = self._synset(pos, off)
                if persons and not self._person(pos, off):
                    continue
                if synonyms:
                    out.update(words)
                    if degree >= 0:
                        out.update(_compared(w)[degree] for w in words if w.isalpha() and w != lemma)
                mine = words.index(lemma) + 1 if lemma in words else 0
                for sym, target_off, target_pos, source, target in pointers:
                    if sym == _TROPONYM and pos == "v" and off in offsets[:troponym_senses] and synonyms:
                        # only a troponym whose own most frequent sense is this way of doing it ("invade");
                        # one that mostly means something else ("go" for "happen") stands for that
                        words_t = self._words(target_pos, target_off)
                        out.update(w for w in words_t if self._offsets(target_pos, w)[:1] == [target_off])
                        continue
                    # a lexical pointer from this very word (not from a synonym) to one word
                    if sym in _DERIVED and source == mine and target:
                        targets = self._words(target_pos, target_off)
                        if target <= len(targets):
                            out.add(targets[target - 1])
                        if synonyms and not persons and not self._person(target_pos, target_off):
                            # the derived form's synonyms in that sense, each only where it is their own
                            # most frequent one ("sue" -> "suit" -> "lawsuit"; not "case", an instance first);
                            # not a doer's ("rent" -> "renter" ~ "tenant": the one renting is no rent)
                            out.update(w for w in targets if self._offsets(target_pos, w)[:1] == [target_off])
        for w in list(out):
            out.update(self._inflected.get(w, ()))  # "buy" -> "bought"
        got = frozenset(w for w in out if "_" not in w and w != word.lower())
        self._remember(key, got)
        return got

    def phrase_synonyms(
        self, word: str, senses: int = 3, *, verbs_only: bool = False
    ) -> tuple[tuple[str, ...], ...]:
        """The synonyms of two or three words of ``word`` (in its base forms) in its ``senses`` most
        frequent senses, each as its words ("resign" -> ("step", "down"); "delay" -> ("hold", "up")), and
        each only where that sense is its own most frequent one: a coverage writes the phrase for what a
        question says in one word, which ``related`` (single words) never proposes. "Hold up" is mostly a
        delay; "give up", rarely a resignation, stands for other things first. With ``verbs_only``, only
        its verb senses' (a word used as a verb: "lives" is no "live on")."""
        out: dict[tuple[str, ...], None] = {}
        for pos, lemma in self.lemmas(word):
            if verbs_only and pos != "v":
                continue
            for off in self._offsets(pos, lemma)[:senses]:
                for w in self._synset(pos, off)[0]:
                    parts = tuple(w.split("_"))
                    own = 2 <= len(parts) <= 3 and all(p.isalpha() for p in parts)
                    if own and self._offsets(pos, w)[:1] == [off]:
                        out[parts] = None
        return tuple(out)

    def broader(self, noun: str, levels: int = 1) -> frozenset[str]:
        """The single words of the classes the most frequent sense of ``noun`` (in its base forms) is a
        kind of, up to ``levels`` classes up: what the coverage may call someone a question calls by a
        narrower or more familiar word ("dad" -> "father"), or the kind a number counts ("plane" ->
        "heavier-than-air craft" -> "aircraft": a number of aircraft counts planes)."""
        key = ("^" + noun.lower(), levels)
        got = self._memo.get(key)
        if got is None:
            got = frozenset(w for w in self._walk(noun, _HYPERNYM, 1, levels) if "_" not in w)
            self._remember(key, got)
        return got

    def usual_broader(self, noun: str, levels: int = 1) -> frozenset[str]:
        """The words of ``broader`` whose own most frequent noun sense is the class they are read in
        ("aircraft" of a plane's; not "way" of a lane's "road, route", a way being first a manner), with
        their inflections: a word meaning the class before anything else says it where the coverage
        writes it ("the airline has 62 aircraft"), where another ("the span gave way") is another sense."""
        key = ("^usual:" + noun.lower(), levels)
        got = self._memo.get(key)
        if got is None:
            out: set[str] = set()
            for pos, lemma in self.lemmas(noun):
                if pos != "n":
                    continue
                level = self._offsets("n", lemma)[:1]
                for _ in range(levels):
                    level = [
                        t
                        for off in level
                        for sym, t, _p, _s, _t in self._synset("n", off)[1]
                        if sym == _HYPERNYM
                    ]
                    out.update(
                        w
                        for off in level
                        for w in self._words("n", off)
                        if "_" not in w and self._offsets("n", w)[:1] == [off]
                    )
            for w in list(out):
                out.update(self._inflected.get(w, ()))
            got = frozenset(out)
            self._remember(key, got)
        return got

    def classes(self, noun: str) -> tuple[str, ...]:
        """The first lemma of each class (hypernym) of the most frequent sense of ``noun`` (in its base
        form), several words joined by "_" ("money" -> "medium_of_exchange", "monetary_system"): what
        ``kind_of`` reads to tell the other kinds of that class ("cash" -> "currency" -> "medium of
        exchange")."""
        return tuple(
            self._words("n", t)[0]
            for off in self._first_noun_sense(noun)
            for t in self._pointed(off, _HYPERNYM)
        )

    def _first_noun_sense(self, noun: str) -> list[int]:
        """The offset of the most frequent noun sense of ``noun`` in its base form (none or one)."""
        base = next((lemma for pos, lemma in self.lemmas(noun) if pos == "n"), None)
        return self._offsets("n", base)[:1] if base is not None else []

    def attribute_values(self, noun: str) -> tuple[str, ...]:
        """The adjectives that are values of the attribute the most frequent sense of ``noun`` (in its
        base form) names, in WordNet's order ("age" -> "mature", "immature", "old", ..., "young";
        "length" -> "long", "short"): what "how old" asks of a thing's age."""
        return tuple(
            dict.fromkeys(
                w
                for off in self._first_noun_sense(noun)
                for t in self._pointed(off, _ATTRIBUTE)
                for w in self._words("a", t)
            )
        )

    def nearby(self, noun: str, senses: int, *, broader: bool) -> frozenset[str]:
        """The single words, with the noun's own irregular plurals, one class up (``broader``) or down
        from the ``senses`` most frequent noun senses of ``noun`` (in its base forms): the broader word a
        coverage uses for the thing a question names more particularly ("factory" -> "plant", "blaze" ->
        "fire"), or the narrower ones it names it by ("boat" -> "ferry", "income" -> "revenue"). A class
        below with no word of its own (every word of it written as several: "heavier-than-air craft") is
        stepped through to the classes below it ("aircraft" -> "helicopter"); one above is not, as the
        class above that is far broader ("medium of exchange" -> "standard" for "money"). A word that is
        also another's inflection ("works", "calling": ``_own_base``) is left out. They stand for
        the noun only where the coverage writes them beside the question's other words
        (``answer.nearby``)."""
        key = ("nearby:" + ("^" if broader else "v") + noun.lower(), senses)
        got = self._memo.get(key)
        if got is None:
            pointer = _HYPERNYM if broader else _TROPONYM  # (a noun's "~" pointers are its hyponyms)
            out: set[str] = set()
            for pos, lemma in self.lemmas(noun):
                if pos != "n":
                    continue
                for off in self._offsets("n", lemma)[:senses]:
                    level = self._pointed(off, pointer)
                    if not broader:
                        wordless = [t for t in level if not any(w.isalpha() for w in self._words("n", t))]
                        level += [t for w in wordless for t in self._pointed(w, pointer)]
                    out.update(w for t in level for w in self._words("n", t) if self._own_base(w))
            # (a noun's own irregular plurals only: "children"; not "took" of the verb "take")
            out.update(f for w in list(out) for f in self._inflected.get(w, ()) if ("n", w) in self.lemmas(f))
            got = frozenset(out - {noun.lower()})
            self._remember(key, got)
        return got

    def _own_base(self, word: str) -> bool:
        """Whether ``word`` is a single word every base form WordNet reads it as is itself: "works" (a
        factory) is also the plural of "work", "calling" (a vocation) the verb's participle, which an
        index stemming them finds in every sentence about working or calling."""
        return word.isalpha() and all(lemma == word for _pos, lemma in self.lemmas(word))

    def _pointed(self, offset: int, pointer: str) -> list[int]:
        """The noun synsets one ``pointer`` away from the noun synset at ``offset``."""
        return [t for sym, t, _p, _s, _t in self._synset("n", offset)[1] if sym == pointer]

    def relational(self, adjective: str) -> bool:
        """Whether an adjective's most frequent sense pertains to a noun ("financial": finance, "medical":
        medicine, "technical"): before a noun it names a kind of it, as a noun there does ("finance
        director"), where a describing adjective ("new", "interim", "senior", "acting") only describes
        one."""
        offsets = self._offsets("a", adjective.lower())[:1]
        return any(sym == _PERTAINYM for off in offsets for sym, *_ in self._synset("a", off)[1])

    def cluster_head(self, adjective: str, senses: int = 3) -> frozenset[str]:
        """The words a predicate adjective's sense says in WordNet's adjective cluster when it has no
        synonym of its own (a satellite written alone and marked for the predicate only: "worth" as
        "having a specified value", "is worth $4 billion"): the cluster's head ("valuable") and the
        head's derived forms ("value", "valuableness"). Prose says such a predicate through them: "the
        offer values the company at $4 billion" tells what the company is worth. An adjective that also
        stands before its noun ("express" in "the polar express") names a kind of thing there, which its
        head ("fast") does not say. Its ``senses`` most frequent adjective senses are read; a sense with
        synonyms is left to them."""
        out: set[str] = set()
        low = adjective.lower()
        for off in self._offsets("a", low)[:senses]:
            words, pointers = self._synset("a", off)
            if words != [low] or not self._predicative(off):
                continue
            for head in (t for sym, t, _p, _s, _t in pointers if sym == _SIMILAR):
                head_words, head_pointers = self._synset("a", head)
                out.update(head_words)
                for sym, target_off, target_pos, _source, target in head_pointers:
                    targets = self._words(target_pos, target_off) if sym in _DERIVED and target else []
                    if target <= len(targets):
                        out.add(targets[target - 1])
        return frozenset(w for w in out if w.isalpha() and w != low)

    def repeating(self, verb: str) -> frozenset[str]:
        """The verb made of ``verb`` with "re-" when its most frequent sense is a kind of one of the
        verb's ("reopen": to open again, filed under "open"); a "re-" verb that mostly means something
        else ("resign", "return": to travel back, "recall": to remember) is not."""
        again = "re" + verb.lower()
        mine = set(self._offsets("v", verb.lower()))
        first = self._offsets("v", again)[:1] if mine and again.isalpha() else []
        if first and any(
            sym == _HYPERNYM and t in mine for sym, t, _p, _s, _t in self._synset("v", first[0])[1]
        ):
            return frozenset({again})
        return frozenset()

    def _predicative(self, offset: int) -> bool:
        """Whether an adjective synset's first word is marked for the predicate only ("worth(p)")."""
        data = self._data["a"]
        end = data.find(b"\n", offset)
        parts = data[offset : end if end >= 0 else len(data)].split(b" ", 5)
        return parts[4].endswith(b"(p)")

    def narrower(self, noun: str, senses: int = 3, levels: int = 1) -> frozenset[str]:
        """The single words of the kinds of ``noun`` (its ``senses`` most frequent senses, in its base
        forms) down to ``levels`` classes below: what a sentence names where a question asks "what
        holiday" ("holiday" -> "feast day" -> "movable feast" -> "Easter"), each with its inflections."""
        key = ("v" + noun.lower(), senses * 100 + levels)
        got = self._memo.get(key)
        if got is None:
            # (a noun synset's "~" pointers are its hyponyms, as a verb's are its troponyms)
            found = self._walk(noun, _TROPONYM, senses, levels)
            got = frozenset(w for w in found if "_" not in w and w != noun.lower())
            self._remember(key, got)
        return got

    def usual_kinds(self, noun: str) -> frozenset[str]:
        """The single words, with their inflections, of the kinds one class below the most frequent
        sense of ``noun`` whose own most frequent sense that kind is: "worker" -> "employee", "temp"; not
        "driver" (a kind of operator first), nor "supporter", whose sense as a kind of worker is its third.
        A word meaning a kind of the noun before anything else says the noun where a sentence uses it."""
        key = ("<" + noun.lower(), 1)
        got = self._memo.get(key)
        if got is None:
            out: set[str] = set()
            for pos, lemma in self.lemmas(noun):
                if pos != "n":
                    continue
                for off in self._offsets("n", lemma)[:1]:
                    for sym, kind, _p, _s, _t in self._synset("n", off)[1]:
                        if sym != _TROPONYM:
                            continue
                        for w in self._words("n", kind):
                            if "_" not in w and w != lemma and self._offsets("n", w)[:1] == [kind]:
                                out.add(w)
                                out.update(self._inflected.get(w, ()))
            got = frozenset(out)
            self._remember(key, got)
        return got

    def compound_heads(self, noun: str) -> frozenset[str]:
        """The second words of WordNet's two-word nouns that ``noun`` (as written, lowercased) leads:
        "takeover" -> "bid", "attempt" ("takeover bid", "takeover attempt"). A headline writing "bid"
        of a company's buyer tells of the takeover the compound names. Read by scanning the noun index
        lines that begin "noun_" (the index is sorted, so they lie together)."""
        key = ("+" + noun.lower(), 0)
        got = self._memo.get(key)
        if got is None:
            m = self._index["n"].m
            prefix = noun.lower().encode("latin-1", "replace") + b"_"
            out: set[str] = set()
            at = 0 if m[: len(prefix)] == prefix else m.find(b"\n" + prefix) + 1
            while at > 0 or (at == 0 and m[: len(prefix)] == prefix):
                end = m.find(b" ", at)
                lemma = m[at:end].decode("latin-1")
                rest = lemma[len(noun) + 1 :]
                if rest.isalpha():  # two words only ("takeover_bid"; not "vote_of_confidence")
                    out.add(rest)
                nxt = m.find(b"\n", end) + 1
                if nxt <= 0 or m[nxt : nxt + len(prefix)] != prefix:
                    break
                at = nxt
            got = frozenset(out)
            self._remember(key, got)
        return got

    def _walk(self, noun: str, pointer: str, senses: int, levels: int) -> set[str]:
        """The words, with their inflections, of the classes ``levels`` steps along ``pointer`` (up to
        hypernyms, down to hyponyms) from the ``senses`` most frequent senses of ``noun``'s base forms."""
        out: set[str] = set()
        for pos, lemma in self.lemmas(noun):
            if pos != "n":
                continue
            level = self._offsets("n", lemma)[:senses]
            for _ in range(levels):
                level = [
                    t for off in level for sym, t, _p, _s, _t in self._synset("n", off)[1] if sym == pointer
                ]
                out.update(w for off in level for w in self._words("n", off))
        for w in list(out):
            out.update(self._inflected.get(w, ()))
        return out

    def kind_of(self, name: str, noun: str, levels: int, senses: int, *, first: bool = False) -> bool:
        """Whether some noun sense of ``name`` (a word or a name of several, "Independence Day") is an
        instance or a kind of one of the ``senses`` most frequent senses of ``noun`` (in its base form),
        within ``levels`` classes up ("California" -> "American state" -> "state"): what a "which
        state" asks for, which a sentence names without the word "state". ``first``: only the most
        frequent sense of ``name``, what a common noun means unless told otherwise."""
        key = ("<" + name.lower() + "<" + noun.lower() + ("<1" if first else ""), levels * 100 + senses)
        got = self._memo.get(key)
        if got is None:
            got = frozenset({"y"}) if self._kind_of(name, noun, levels, senses, first) else frozenset()
            self._remember(key, got)
        return bool(got)

    def _kind_of(self, name: str, noun: str, levels: int, senses: int, first: bool = False) -> bool:
        base = next((lemma for pos, lemma in self.lemmas(noun) if pos == "n"), None)
        if base is None:
            return False
        offsets = self._offsets("n", base)
        wanted = set(offsets[:senses])
        # the senses of the words whose most frequent sense is the noun's own ("nation": "country"), which
        # WordNet may class names under instead ("Sri Lanka" -> "Asian country" -> "country", a territory)
        for word in self._synset("n", offsets[0])[0] if offsets else []:
            if self._offsets("n", word)[:1] == offsets[:1]:
                wanted.update(self._offsets("n", word)[:senses])
        level = self._offsets("n", "_".join(name.lower().split()))[: 1 if first else None]
        seen = set(level)
        for _ in range(levels):
            level = [
                t
                for off in level
                for sym, t, _p, _s, _t in self._synset("n", off)[1]
                if sym in (_HYPERNYM, _INSTANCE_OF) and t not in seen
            ]
            if wanted & set(level):
                return True
            seen.update(level)
        return False

    def _person(self, pos: Pos, offset: int) -> bool:
        """Whether a synset is a noun for a person (lexicographer class 18, noun.person)."""
        return pos == "n" and int(self._data["n"][offset : offset + 16].split(b" ", 2)[1]) == NOUN_PERSON

    def spelled_out(self, acronym: str) -> tuple[tuple[str, ...], ...]:
        """The multi-word nouns of an acronym's senses whose initials spell it ("ceo" -> ("chief",
        "executive", "officer")): the words the coverage writes for it, which ``related`` leaves out.
        A plural acronym is spelled out as its singular is ("ERs" -> ("emergency", "room"))."""
        out: list[tuple[str, ...]] = []
        for low in dict.fromkeys(
            [acronym.lower(), *(lem for pos, lem in self.lemmas(acronym) if pos == "n")]
        ):
            for off in self._offsets("n", low):
                for w in self._synset("n", off)[0]:
                    parts = tuple(p for p in w.replace("-", "_").split("_") if p)
                    if len(parts) > 1 and "".join(p[0] for p in parts) == low and parts not in out:
                        out.append(parts)
        return tuple(out)

    def implying(self, word: str, senses: int = 3) -> frozenset[str]:
        """Single-word verbs whose senses entail or cause one of the ``senses`` most frequent senses of
        the verb ``word`` ("pay" <- "buy", "die" <- "kill") in their own most frequent sense: a sentence
        saying them says it too ("agreed to buy ... for $40 million" tells how much was paid). Read
        backwards from the verb file's entailment and cause pointers, once per process."""
        if self._implied_by is None:
            self._implied_by = self._read_implied()
        return self._linked_verbs("implying", word, senses, self._implied_by)

    def causal(self, word: str, senses: int = 1) -> frozenset[str]:
        """Single-word verbs a cause pointer links to one of the ``senses`` most frequent senses of the verb
        ``word``, either way, in their own most frequent sense, and their inflections ("die" <- "kill",
        "kill" -> "die"): one event told from either end, what was done and what it did to its object ("the
        blast killed two workers" says two died; "13 people died from the heat" is what the heat killed).
        Not entailment ("buy" -> "pay", "beat" -> "win", ``implying``): a verb entailing another tells of
        another event as often as of the asked one."""
        if self._implied_by is None:
            self._implied_by = self._read_implied()
        return self._linked_verbs("causal", word, senses, self._causal)

    def _linked_verbs(self, kind: str, word: str, senses: int, links: dict[int, list[int]]) -> frozenset[str]:
        """The single-word verbs ``links`` ties to one of the ``senses`` most frequent senses of the verb
        ``word``, each only where that is its own first sense ("say" entails "speak" in a rare sense,
        "pronounce", and every news sentence says something), with their inflections; remembered."""
        key = (f"{kind}:" + word.lower(), senses)
        got = self._memo.get(key)
        if got is not None:
            return got
        out: set[str] = set()
        for lemma in {lemma for pos, lemma in self.lemmas(word) if pos == "v"}:
            for off in self._offsets("v", lemma)[:senses]:
                for other in links.get(off, ()):
                    out.update(w for w in self._synset("v", other)[0] if self._offsets("v", w)[:1] == [other])
        for w in list(out):
            out.update(self._inflected.get(w, ()))
        got = frozenset(w for w in out if "_" not in w and w != word.lower())
        self._remember(key, got)
        return got

    def _read_implied(self) -> dict[int, list[int]]:
        """Verb synset -> the verb synsets entailing or causing it; fills ``_causal`` on the way."""
        data = self._data["v"]
        out: dict[int, list[int]] = {}
        for m in _IMPLYING_LINE.finditer(data[:]):
            parts = m.group(0).decode("latin-1").split()
            at = 4 + 2 * int(parts[3], 16)
            for i in range(int(parts[at])):
                sym, off, pos = parts[at + 1 + 4 * i : at + 4 + 4 * i]
                if sym in _IMPLIES and pos == "v":
                    out.setdefault(int(off), []).append(int(parts[0]))
                if sym == _CAUSES and pos == "v":
                    self._causal.setdefault(int(off), []).append(int(parts[0]))
                    self._causal.setdefault(int(parts[0]), []).append(int(off))
        return out

    def defined_as(self, phrase: str) -> frozenset[str]:
        """Single-word verbs whose WordNet definition is ``phrase`` (lowercase words, base forms, one
        space apart) in one of its clauses, and their irregular inflections: "take into custody" ->
        "arrest", "apprehend", "nab"; "be in charge of" -> "head", "lead", "direct". A dictionary
        defines a verb by the words a question says it in, which none of them says alone ("custody" is
        no arrest, "charge" there no complaint). Any sense of the verb: the definition is the sense the
        question means. Read from the verb file's glosses once per process."""
        offsets = self._definitions().get(phrase)
        if not offsets:
            return frozenset()  # (most phrases asked are none: not remembered, the look-up is as cheap)
        key = ("defined:" + phrase, 0)
        got = self._memo.get(key)
        if got is not None:
            return got
        out: set[str] = set()
        for off in offsets:
            out.update(self._synset("v", off)[0])
        for w in list(out):
            out.update(self._inflected.get(w, ()))
        got = frozenset(w for w in out if "_" not in w)
        self._remember(key, got)
        return got

    def begins_definition(self, words: str) -> bool:
        """Whether a clause ``defined_as`` reads begins with ``words`` (lowercase words one space apart, as
        there): a question's phrase read word by word stops where no definition goes on so, rather than
        trying every form of every later word ("take" -> "take into" -> "take into custody")."""
        self._definitions()
        clauses = self._definition_order
        # (the clauses sorted: the one equal to ``words`` sorts first of those beginning with it, and those
        # going on after a space sort together from ``words + " "`` on; two searches in C, where a set of
        # every clause's every start, 58,000 of them, cost each process a twentieth of a second to make
        # for the twenty or so phrases a question asks of it)
        i = bisect_left(clauses, words)
        if i < len(clauses) and clauses[i] == words:
            return True
        going_on = words + " "
        i = bisect_left(clauses, going_on, i)
        return i < len(clauses) and clauses[i].startswith(going_on)

    def _definitions(self) -> dict[str, list[int]]:
        """The clauses defining verbs (``_read_definitions``), read once per process, and their order."""
        if self._defining is None:
            self._defining = self._read_definitions()
            self._definition_order = sorted(self._defining)
        return self._defining

    def _read_definitions(self) -> dict[str, list[int]]:
        """Each clause of several words of a verb gloss's definition (its examples, in quotes, aside;
        clauses parted by commas and semicolons, a leading "or" dropped) -> the synsets it defines."""
        out: dict[str, list[int]] = {}
        # (str methods rather than a pattern's split, each line's offset read once: a third of the read,
        # which every process answering pays once)
        for line in self._data["v"][:].split(b"\n"):
            bar = line.find(b" | ")
            if bar < 0 or not line[:1].isdigit():
                continue  # (the licence lines at the top)
            offset = int(line[:8])
            definition = line[bar + 3 :].split(b'"', 1)[0].decode("latin-1").lower()
            for word in set(_DEFINITION_WORD.findall(definition)):
                self._defining_words.setdefault(word, []).append(offset)
            for clause in definition.replace(";", ",").split(","):
                words = clause.split()
                if len(words) > 1 and words[0] in ("or", "and"):
                    del words[0]
                if len(words) > 1:
                    out.setdefault(" ".join(words), []).append(offset)
        return out

    def defined_with(self, verb: str, noun: str) -> frozenset[str]:
        """Single-word verbs whose definition of their own most frequent sense writes both ``verb`` and
        ``noun`` (each in any form of its base forms as that part of speech), and their irregular
        inflections: "lose" and "life" -> "die", "perish" ("pass from physical life and lose all bodily
        attributes ..."). A question says with a verb and its object what a dictionary defines a single
        verb by, in words ``defined_as`` finds only when they are the definition's very clause. A verb that
        is mostly a noun ("man": "take charge of a certain job") is left out: the coverage writes it as
        the noun."""
        key = ("with:" + verb.lower() + " " + noun.lower(), 0)
        got = self._memo.get(key)
        if got is not None:
            return got
        self._definitions()
        index = self._defining_words

        def offsets(pos: Pos, word: str) -> set[int]:
            out: set[int] = set()
            for base in {lemma for p, lemma in self.lemmas(word) if p == pos}:
                for form in {base, *self._inflected.get(base, ()), *_regular_forms(base, pos)}:
                    out.update(index.get(form, ()))
            return out

        both = offsets("v", verb) & offsets("n", noun) if "_" not in verb + noun else set()
        found: set[str] = set()
        for off in both:
            found.update(
                w
                for w in self._words("v", off)
                if w.isalpha() and self._offsets("v", w)[:1] == [off] and not self.mostly_noun(w)
            )
        for w in list(found):
            found.update(self._inflected.get(w, ()))
        got = frozenset(found - {verb.lower()})
        self._remember(key, got)
        return got

    def defined_by(self, word: str, pos: Pos, senses: int) -> frozenset[str]:
        """The base forms of the words, as written and as ``pos``, that lead the definitions of the
        ``senses`` most frequent senses of ``word`` as ``pos``: each definition's leading phrase, before
        its first preposition, relative word, conjunction or punctuation ("helicopter": "an aircraft
        without wings ..." -> "aircraft"; "president": "the head administrative officer of a college ..."
        -> "head", "administrative", "officer"). A definition leads with the class its sense is a kind of
        and what tells it apart in that class, so a word the coverage writes that is defined so by a
        question's word may be what the question means by it (``answer.glossed``); a word named further on
        is another thing beside it ("mortgage": "a conditional conveyance of property as security for the
        repayment of a loan")."""
        key = ("defined:" + pos + word.lower(), senses)
        got = self._memo.get(key)
        if got is None:
            out: set[str] = set()
            for gloss in self._glosses(pos, word, senses):
                for w in _leading_phrase(gloss):
                    out.add(w)
                    out.update(base for p, base in self.lemmas(w) if p == pos)
            got = frozenset(out)
            self._remember(key, got)
        return got

    def clause_words(self, verb: str, senses: int) -> frozenset[str]:
        """The words of the noun phrase that follows the leading verb of each opening clause (up to a
        comma, semicolon, bracket or example) of the definitions of the ``senses`` most frequent senses
        of ``verb`` (in its base forms), each with its base forms: what the act is done to or brings
        about ("arrest": "take into custody" -> "custody"; "investigate": "conduct an inquiry or
        investigation of" -> "inquiry", "investigation"; not "report": "announce as the result of an
        investigation", whose act brings about a result, ``_object_words``). A question's verb the
        coverage lacks may be said by a verb it writes whose definition names the question verb's own
        noun ("detain" -> "detention", "custody": ``answer.glossed``)."""
        key = ("clause:" + verb.lower(), senses)
        got = self._memo.get(key)
        if got is None:
            out: set[str] = set()
            for gloss in self._glosses("v", verb, senses):
                for w in _object_words(re.split(r"[;,(\"]", gloss, maxsplit=1)[0].split()[1:]):
                    out.add(w)
                    out.update(base for _p, base in self.lemmas(w))
            got = frozenset(out)
            self._remember(key, got)
        return got

    def _glosses(self, pos: Pos, word: str, senses: int) -> Iterator[str]:
        """The definitions, in lower case, of the ``senses`` most frequent senses of each of ``word``'s base
        forms as a ``pos``: what the readers of a definition's words (its leading class, its object, the act
        its participle names) read."""
        data = self._data[pos]
        for lemma in (lem for p, lem in self.lemmas(word) if p == pos):
            for off in self._offsets(pos, lemma)[:senses]:
                end = data.find(b"\n", off)
                line = data[off : end if end >= 0 else len(data)]
                bar = line.find(b" | ")
                yield line[bar + 3 :].decode("latin-1").lower() if bar >= 0 else ""

    def perfect_of(self, adjective: str, senses: int = 1) -> frozenset[str]:
        """The verbs whose perfect participle the definitions of ``adjective``'s ``senses`` most frequent
        senses open with ("successful": "having succeeded or being marked by a favorable outcome" ->
        "succeed"): the adjective names the state of having done that act, so a sentence saying the act
        was done, or its opposite, settles a yes/no asking the adjective ("was the appeal successful":
        "it has lost its appeal"). A definition opening otherwise ("accidental": "associated by chance")
        names no act and gives none."""
        key = ("perfect:" + adjective.lower(), senses)
        got = self._memo.get(key)
        if got is None:
            out: set[str] = set()
            for gloss in self._glosses("a", adjective, senses):
                m = _PERFECT.match(gloss)
                if m is not None:
                    out.update(base for p, base in self.lemmas(m.group(1)) if p == "v" and base != m.group(1))
            got = frozenset(out)
            self._remember(key, got)
        return got

    def satellite_heads(self, adjective: str, senses: int = 1) -> frozenset[str]:
        """The words of the heads of the adjective clusters whose satellites ``adjective``'s ``senses``
        most frequent adjective senses are ("hurt" -> "injured", its cluster's head: WordNet files the
        state of being hurt as a kind of being injured, with no link between the two words otherwise);
        none for a sense that is itself a head ("open")."""
        key = ("satellite:" + adjective.lower(), senses)
        got = self._memo.get(key)
        if got is None:
            out: set[str] = set()
            for lemma in (lem for p, lem in self.lemmas(adjective) if p == "a"):
                for off in self._offsets("a", lemma)[:senses]:
                    # (a satellite's only similar-to pointer is to its head: ``_read_synset``)
                    heads = (t for sym, t, _p, _s, _t in self._synset("a", off)[1] if sym == _SIMILAR)
                    out.update(w for head in heads for w in self._words("a", head))
            got = frozenset(w for w in out if "_" not in w and w != adjective.lower())
            self._remember(key, got)
        return got

    def antonyms(self, word: str, senses: int = 3) -> frozenset[str]:
        """The single words WordNet opposes to ``word`` in its ``senses`` most frequent senses, and their
        irregular inflections ("accept" -> "reject"; "win" -> "lose", "lost"): a sentence saying the
        opposite answers a yes/no question about it ("did the union accept the offer" -> "the union
        has rejected the offer")."""
        key = ("!" + word.lower(), senses)
        got = self._memo.get(key)
        if got is not None:
            return got
        out: set[str] = set()
        for pos, lemma in self.lemmas(word):
            for off in self._offsets(pos, lemma)[:senses]:
                words, pointers = self._synset(pos, off)
                mine = words.index(lemma) + 1 if lemma in words else 0
                for sym, target_off, target_pos, source, target in pointers:
                    if sym == _ANTONYM and source == mine and target:
                        targets = self._words(target_pos, target_off)
                        if target <= len(targets):
                            out.add(targets[target - 1])
        for w in list(out):
            out.update(self._inflected.get(w, ()))
        got = frozenset(w for w in out if "_" not in w)
        self._remember(key, got)
        return got

    def _remember(self, key: tuple[str, int], value: frozenset[str]) -> None:
        if len(self._memo) > _MEMO_MAX:
            self._memo.clear()
        self._memo[key] = value

    def _synset(
        self, pos: Pos, offset: int, *, cased: bool = False
    ) -> tuple[list[str], list[tuple[str, int, Pos, int, int]]]:
        """A synset's words and its derivational pointers (symbol, target offset, target part of
        speech, source and target word numbers: 0 for a pointer between whole synsets)."""
        if cased:
            return self._read_synset(pos, offset, cased=True)
        got = self._synsets.get((pos, offset))
        if got is None:
            got = self._read_synset(pos, offset, cased=False)
            if len(self._synsets) > _MEMO_MAX:
                self._synsets.clear()
            self._synsets[(pos, offset)] = got
        return got

    def _words(self, pos: Pos, offset: int) -> list[str]:
        """A synset's words alone, lowercase (a derived form's target: its pointers are not followed, so
        not parsed)."""
        got = self._synsets.get((pos, offset))
        if got is not None:
            return got[0]
        words = self._word_lists.get((pos, offset))
        if words is None:  # (remembered as synsets are: a word's derived forms are read for each look-up)
            data = self._data["a" if pos == "s" else pos]  # type: ignore[comparison-overlap]
            head = data[offset : offset + 64].split(b" ", 4)  # offset, class, part of speech, word count
            n_words = int(head[3], 16)
            end = data.find(b"\n", offset)
            parts = data[offset : end if end >= 0 else len(data)].split(b" ", 4 + 2 * n_words)
            words = [parts[4 + 2 * i].decode("latin-1").split("(")[0].lower() for i in range(n_words)]
            if len(self._word_lists) > _MEMO_MAX:
                self._word_lists.clear()
            self._word_lists[(pos, offset)] = words
        return words

    def _read_synset(
        self, pos: Pos, offset: int, *, cased: bool
    ) -> tuple[list[str], list[tuple[str, int, Pos, int, int]]]:
        data = self._data["a" if pos == "s" else pos]  # type: ignore[comparison-overlap]
        end = data.find(b"\n", offset)
        parts = data[offset : end if end >= 0 else len(data)].split(b" | ", 1)[0].decode("latin-1").split()
        n_words = int(parts[3], 16)
        words = [parts[4 + 2 * i].split("(")[0] for i in range(n_words)]
        if not cased:
            words = [w.lower() for w in words]
        at = 4 + 2 * n_words
        lo, hi = at + 1, at + 1 + 4 * int(parts[at])  # the pointers: symbol, offset, part of speech, words
        satellite = parts[2] == "s"
        pointers: list[tuple[str, int, Pos, int, int]] = []
        fields = (parts[lo:hi:4], parts[lo + 1 : hi : 4], parts[lo + 2 : hi : 4], parts[lo + 3 : hi : 4])
        for sym, off, p, st in zip(*fields, strict=True):
            if sym not in _FOLLOWED or (sym == _SIMILAR and not satellite):
                continue  # (and a head's pointers to its satellites)
            pos_t: Pos = "a" if p == "s" else p  # type: ignore[assignment]
            pointers.append((sym, int(off), pos_t, int(st[:2], 16), int(st[2:], 16)))
        return words, pointers


#: the words that end a definition's leading phrase: prepositions, relative words, conjunctions
_PHRASE_ENDS = frozenset(
    "of in on at to for with without by from into as that who which whose where or and especially usually"
    " often being used".split()
)
#: what a definition's leading phrase opens with and does not count: a determiner
_PHRASE_OPENS = frozenset("a an the any one some".split())


def _leading_phrase(definition: str) -> list[str]:
    """The words of a definition's leading phrase (a parenthesised field, "(law)", and a determiner
    aside), up to its first preposition, relative word, conjunction, participle or punctuation."""
    text = re.sub(r"^\([^)]*\)\s*", "", definition)
    words: list[str] = []
    for m in re.finditer(r"[a-z-]+|[^a-z\s-]", text):
        w = m.group()
        if not w[0].isalpha() or w in _PHRASE_ENDS or (words and w.endswith(("ing", "ed"))):
            break  # (a participle after a word opens a clause: "a problem requiring investigation")
        if words or w not in _PHRASE_OPENS:
            words.append(w)
    return words


def _object_words(words: list[str]) -> list[str]:
    """The words of the first noun phrase of a definition's clause after its leading verb, the
    prepositions and determiners before it aside, with those joined to it by "or" or "and": "into
    custody" -> "custody"; "an inquiry or investigation of" -> "inquiry", "investigation"; "as the
    result of an investigation" -> "result" (a later phrase is another thing beside it)."""
    out: list[str] = []
    i = 0
    while i < len(words):
        while i < len(words) and (words[i] in _PHRASE_ENDS or words[i] in _PHRASE_OPENS):
            i += 1  # (a preposition or a determiner before the noun: "into", "an")
        if i >= len(words):
            break
        out.append(words[i])
        if i + 1 < len(words) and words[i + 1] in ("or", "and"):
            i += 2
            continue
        break
    return out


#: a word of a definition, as ``WordNet.defined_with`` looks it up
_DEFINITION_WORD = re.compile(r"[a-z]+")


def _regular_forms(base: str, pos: Pos) -> tuple[str, ...]:
    """The regular inflections of a base form a definition may write: a noun's plural ("life" -> "lifes",
    harmless where the irregular "lives" is WordNet's), a verb's third person, past and participles
    ("lose" -> "loses", "losed", "losing"): spellings no definition writes are looked up for nothing."""
    stem_ = base[:-1] if base.endswith("e") else base
    if pos == "n":
        return (
            (base + "s", base + "es", base[:-1] + "ies") if base.endswith("y") else (base + "s", base + "es")
        )
    return (base + "s", base + "es", stem_ + "ed", stem_ + "ing")


def _map(path: Path) -> mmap.mmap:
    with path.open("rb") as fh:
        return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)


class _Lines:
    """A sorted WordNet index file's lines found by their first field. The key of the first line of
    every ``_BLOCK_BYTES`` block is kept (read on the first look-up): a look-up bisects those keys and
    scans the one block its line can be in, both in C, where a binary search over the whole file took
    some twenty steps of Python (20 µs a look-up, most of the cost of a question's first bridges).
    The files are sorted by lemma, bytewise (wndb(5)); a space sorts before any character of a lemma,
    so a line sorts with its lemma and a space, as the kept keys do."""

    __slots__ = ("_keys", "_starts", "m")

    def __init__(self, m: mmap.mmap) -> None:
        self.m = m
        self._keys: list[bytes] = []
        self._starts: list[int] = []

    def _read_keys(self) -> None:
        m, n = self.m, len(self.m)
        keys: list[bytes] = []
        starts: list[int] = []
        at = 0
        while at < n:
            end = m.find(b"\n", at)
            end = n if end < 0 else end
            space = m.find(b" ", at, end)
            keys.append(m[at : space + 1] if space >= 0 else m[at:end])
            starts.append(at)
            at = m.find(b"\n", max(end, at + _BLOCK_BYTES)) + 1  # the first line of the next block
            if at <= 0:
                break
        self._keys, self._starts = keys, starts

    def find(self, key: bytes) -> str | None:
        """The line that starts with ``key`` and a space, or None. (``key`` is a lemma: never empty nor
        holding a space, which ``WordNet._look_up`` refuses before any look-up.)"""
        if b"\n" in key:
            return None  # no line holds one
        if not self._starts:
            self._read_keys()
        m, prefix = self.m, key + b" "
        i = bisect_left(self._keys, prefix)  # the kept keys before i sort below the line looked for
        lo = self._starts[i - 1] if i > 0 else 0
        hi = self._starts[i] if i < len(self._starts) else len(m)
        if lo == 0 and m[: len(prefix)] == prefix:
            start = 0
        else:
            found = m.find(b"\n" + prefix, max(lo - 1, 0), hi + len(prefix))
            if found < 0:
                return None
            start = found + 1
        end = m.find(b"\n", start)
        return m[start : len(m) if end < 0 else end].decode("latin-1")
