"""WordNet read in place: synonyms, derived forms and inflections bridge words; names are told from
common words; without the database nothing is bridged."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.bridge import correct, edits1
from retrieval.search.wordnet import WordNet

WN = WordNet.find()
needs_wordnet = pytest.mark.skipif(WN is None, reason="wordnet-base is not installed (make installs it)")


@needs_wordnet
def test_related_words_bridge_synonyms_derived_forms_and_irregular_inflections() -> None:
    assert WN is not None
    assert "chief" in WN.related("boss")
    assert "europe" in WN.related("European")  # a pertainym
    assert {"lead", "led"} <= WN.related("leads")  # base form and its irregular past
    assert "throw" in WN.related("threw")
    # a rarer sense of "shoot" that is the first of "film": each bridges to the other
    assert "film" in WN.related("shoot", 3) and "shoot" in WN.related("film", 3)


@needs_wordnet
def test_a_relational_adjective_names_a_kind() -> None:
    """ "financial" pertains to finance: "chief financial officer" is a kind of officer, as "finance
    director" is of director; "new", "interim" and "acting" describe one."""
    assert WN is not None
    assert WN.relational("financial") and WN.relational("medical")
    assert not any(WN.relational(w) for w in ("new", "interim", "acting", "senior", "permanent"))


@needs_wordnet
def test_an_adjective_bridges_to_its_comparative_and_superlative() -> None:
    """ "How high did the river rise": "its highest level" answers, which a stemmer keeps apart."""
    assert WN is not None
    assert {"higher", "highest"} <= WN.related("high")
    assert {"bigger", "biggest"} <= WN.related("big")
    assert {"larger", "largest"} <= WN.related("large")
    assert {"happier", "happiest"} <= WN.related("happy")
    assert "better" in WN.related("good")  # irregular, from the exception list


@needs_wordnet
def test_an_answer_to_how_high_may_say_highest(tmp_path: Path) -> None:
    from tests.retrieval.answer.corpora import engine_of, filler

    text = (
        "Crews filled sandbags overnight in Millbrook. "
        "The River Tane rose to its highest level since 2007 on Tuesday, the agency said."
    )
    engine = engine_of(tmp_path, [{"id": "flood", "title": "Millbrook flood", "text": text}, *filler(2)])
    a = engine.ask("how high did the tane get")
    assert not a.abstained, a.answer
    assert "highest level since 2007" in a.answer


@needs_wordnet
def test_names_are_told_from_common_words() -> None:
    assert WN is not None
    assert WN.known("budged") and WN.known("casualties")
    assert not WN.known("zadorozhnyy")
    assert WN.proper("Russia") and not WN.proper("boss") and not WN.proper("CEO")


@needs_wordnet
def test_binary_search_and_lemma_set_answer_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    """A look-up is a binary search of the index file until the searches cost what reading its lemmas
    into a set costs; both ways give the same senses, for words the file holds and words it lacks."""
    from retrieval.search import wordnet

    assert WN is not None
    words = ["boss", "leads", "casualties", "zadorozhnyy", "European", "threw", "aaa", "zzzz", "café"]
    searched = WordNet(WN.root)
    by_search = [sorted(searched.lemmas(w)) for w in words]
    assert not searched._lemmas  # a few look-ups never read a whole file
    monkeypatch.setattr(wordnet, "_SEARCH_BYTES", 10**9)  # the first look-up reads the set
    by_set = WordNet(WN.root)
    assert [sorted(by_set.lemmas(w)) for w in words] == by_search
    assert set(by_set._lemmas) == {"n", "v", "a", "r"}
    assert ("n", "boss") in by_search[0] and by_search[3] == []


@needs_wordnet
def test_remembered_base_forms_read_as_the_first_reading() -> None:
    """A word's base forms are remembered: read again, in part (a first form only, as ``known`` reads
    them) or in full, in any case, they are what a fresh reader finds, in the same order."""
    assert WN is not None
    words = ["leads", "Leads", "casualties", "threw", "better", "zzzz"]
    fresh = [list(WordNet(WN.root).lemmas(w)) for w in words]
    reader = WordNet(WN.root)
    assert [next(reader.lemmas(w), None) for w in words] == [f[0] if f else None for f in fresh]
    assert [list(reader.lemmas(w)) for w in words] == fresh == [list(reader.lemmas(w)) for w in words]
    assert ("v", "lead") in fresh[0] and fresh[0] == fresh[1] and fresh[-1] == []


def _scanned(data: bytes, key: bytes) -> str | None:
    """The line of ``data`` that starts with ``key`` and a space, found by reading every line."""
    found = [line for line in data.split(b"\n") if line.startswith(key + b" ")]
    return found[0].decode("latin-1") if found else None


def test_an_index_line_is_found_by_its_kept_keys_as_by_reading_every_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A look-up bisects the keys kept every few kilobytes and scans one block: on a made-up sorted
    index (licence lines first, lines longer than a block, keys that prefix others) it finds the line
    a reading of every line finds, for every key the file holds and for keys it lacks, at the file's
    first and last lines and at every block's edge."""
    from retrieval.search import wordnet

    monkeypatch.setattr(wordnet, "_BLOCK_BYTES", 64)  # many blocks, lines crossing their edges
    licence = [b"  1 This database is provided as is", b"  2 without warranty"]
    lemmas = sorted({"ab", "abc", "abc-d", "abcd", "b", "ba", "bb_c", "c'est", "d.c.", "zz", "zzz"})
    lemmas += [f"q{i:03d}" for i in range(40)]
    body = [f"{w} n {len(w)} 1 @ 1 0 {'0' * 8 * (1 + len(w) % 9)}".encode() for w in sorted(lemmas)]
    data = b"\n".join(licence + body) + b"\n"
    path = tmp_path / "index.noun"
    path.write_bytes(data)
    lines = wordnet._Lines(wordnet._map(path))
    keys = [w.encode() for w in lemmas]
    misses = [b"a", b"abcde", b"abc-", b"aa", b"bb", b"bb_", b"c", b"q", b"q1", b"q0400", b"zzzz", b"0", b"~"]
    for key in keys + misses + [k + b"x" for k in keys] + [k[:-1] for k in keys]:
        assert lines.find(key) == _scanned(data, key), key
    assert len(lines._starts) > 10 and lines.find(b"ab") is not None and lines.find(b"zzz") is not None


@needs_wordnet
def test_every_lemma_of_the_installed_index_files_is_found_as_by_reading_every_line() -> None:
    assert WN is not None
    for pos, lines in WordNet(WN.root)._index.items():
        data = lines.m[:]
        by_key = {
            line.split(b" ", 1)[0]: line.decode("latin-1")
            for line in data.split(b"\n")
            if line and not line.startswith(b" ")
        }
        for key, line in by_key.items():
            assert lines.find(key) == line, (pos, key)
            assert lines.find(key + b"~") is None  # sorts after every lemma it prefixes
        for key in (b"a", b"zzzzzz", b"0", b"\xe9t\xe9"):
            assert lines.find(key) == by_key.get(key), (pos, key)


def test_without_the_database_nothing_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBOT_WORDNET", str(tmp_path))
    assert WordNet.find() is None


class _Vocab:
    size = 100

    def __init__(self, dfs: dict[str, int]) -> None:
        self.dfs = dfs

    def df(self, term: str) -> int:
        return self.dfs.get(term, 0)


def test_a_misspelling_is_corrected_to_the_most_frequent_corpus_spelling_one_edit_away() -> None:
    assert "chief" in edits1("cheif")
    vocab = {"chief": 7, "chef": 1, "effort": 3}
    scorer = _Vocab(vocab)
    assert correct("cheif", "cheif", scorer, dict.fromkeys(vocab, 0), frozenset()) == "chief"  # type: ignore[arg-type]
    assert correct("eforts", "efort", scorer, dict.fromkeys(vocab, 0), frozenset()) == "effort"  # type: ignore[arg-type]
    # chat spelling of a function word is no search term
    assert correct("wat", "wat", scorer, None, frozenset()) == ""  # type: ignore[arg-type]
    assert correct("acording", "acord", scorer, None, frozenset({"according"})) == ""  # type: ignore[arg-type]


@needs_wordnet
@pytest.mark.parametrize("word", ["", " ", "a b"])
def test_a_word_that_is_empty_or_holds_a_space_is_no_lemma(word: str) -> None:
    """ "When did the ferry sail ?" splits a lone "?" that strips to "": its look-up matched the
    licence lines at the top of the index file (they start with spaces) and the question failed."""
    assert WN is not None
    assert list(WN.lemmas(word)) == []
    assert not WN.known(word)


@needs_wordnet
def test_a_question_ending_in_a_spaced_question_mark_is_answered(tmp_path: Path) -> None:
    from tests.retrieval.answer.corpora import engine_of, filler

    text = (
        "The Tarnby ferry sailed on Tuesday after a week in port, its operator said. "
        "Crews had repaired a damaged ramp at the harbour."
    )
    news = engine_of(tmp_path, [{"id": "ferry", "title": "Tarnby ferry sails", "text": text}, *filler(8)])
    a = news.ask("When did the ferry sail ?")
    assert not a.abstained and "Tuesday" in a.answer, a.answer


@needs_wordnet
def test_nearby_nouns_are_one_class_up_or_down_in_their_own_base_form() -> None:
    """ "factory" -> "plant" (up), "aircraft" -> "helicopter" (down, through "heavier-than-air craft",
    a class with no word of its own); not "works" nor "calling", which are also forms of "work" and
    "call", whose stems an index finds in every sentence about working or calling."""
    assert WN is not None
    up = WN.nearby("factory", 3, broader=True)
    assert "plant" in up and "works" not in up
    assert "helicopter" in WN.nearby("aircraft", 3, broader=False)
    down = WN.nearby("job", 3, broader=False)
    assert "post" in down and "calling" not in down


@needs_wordnet
def test_a_definition_is_read_by_its_leading_phrase() -> None:
    """A definition leads with the class a sense is a kind of and what tells it apart there; a word
    named after its first preposition, relative word or participle is another thing beside it."""
    assert WN is not None
    assert "aircraft" in WN.defined_by("helicopter", "n", 1)  # "an aircraft without wings that ..."
    assert "head" in WN.defined_by("president", "n", 8)  # "the head administrative officer of a college"
    assert "loan" not in WN.defined_by("mortgage", "n", 8)  # "... for the repayment of a loan"
    assert "investigation" not in WN.defined_by("case", "n", 8)  # "a problem requiring investigation"


@needs_wordnet
def test_an_adjective_defined_as_having_done_an_act_names_that_act() -> None:
    """ "successful" is "having succeeded ...": the state of having done it; "accidental" ("associated by
    chance") and "unanimous" ("in complete agreement") name no act."""
    assert WN is not None
    assert WN.perfect_of("successful") == {"succeed"}
    assert not WN.perfect_of("accidental") and not WN.perfect_of("unanimous")


@needs_wordnet
def test_a_satellite_adjective_names_its_cluster_head() -> None:
    """ "hurt" (its first adjective sense, "suffering from physical injury") is filed under "injured";
    "open" heads its own cluster and names none."""
    assert WN is not None
    assert WN.satellite_heads("hurt") == {"injured"}
    assert not WN.satellite_heads("open")


def test_a_phrase_begins_a_definition_as_a_reading_of_every_clause_finds(tmp_path: Path) -> None:
    """``begins_definition`` searches the sorted clauses: on a made-up verb file (clauses that prefix
    others, one going on with a hyphen, which sorts after a space, one with a leading "or") it tells
    every start of every clause, and no phrase going on past one, as reading every clause tells."""
    glosses = [
        "take into custody; hold back",
        "take in charge, or take in hand",
        "take in-hand; take",
        "be in charge of",
        "be in",
    ]
    verbs = [f"{i:08d} 41 v 01 word 0 000 | {g}" for i, g in enumerate(glosses, 1)]
    files = {"data.verb": ["  1 licence line", *verbs]}
    for name in ("noun", "verb", "adj", "adv"):
        (tmp_path / f"index.{name}").write_text("  1 licence line\n", encoding="latin-1")
        lines = files.get(f"data.{name}", ["  1 licence line"])
        (tmp_path / f"data.{name}").write_text("\n".join(lines) + "\n", encoding="latin-1")
    wn = WordNet(tmp_path)
    clauses = list(wn._definitions())
    assert sorted(clauses) == sorted(
        [
            "take into custody",
            "hold back",
            "take in charge",
            "take in hand",
            "take in-hand",
            "be in charge of",
            "be in",
        ]
    )

    def read(words: str) -> bool:
        return any(c == words or c.startswith(words + " ") for c in clauses)

    starts = {" ".join(c.split()[:n]) for c in clauses for n in range(1, len(c.split()) + 1)}
    tried = starts | {s + x for s in starts for x in (" ", "s", "-", " x", "  ")} | {s[:-1] for s in starts}
    tried |= {"", " ", "take in-", "take into custod", "into custody take", "charge"}
    for words in sorted(tried):
        assert wn.begins_definition(words) == read(words), words
    assert wn.begins_definition("take in") and wn.begins_definition("be in")
    assert not wn.begins_definition("take in-hand now") and not wn.begins_definition("take in-")


@needs_wordnet
def test_a_usual_broader_word_means_the_class_before_anything_else() -> None:
    """ "aircraft" is first of all the class planes and helicopters belong to; "way" is first a manner, not
    the road a lane is a kind of."""
    assert WN is not None
    assert "aircraft" in WN.usual_broader("helicopters", 2) and "aircraft" in WN.usual_broader("plane", 2)
    assert "way" in WN.broader("lanes", 2) and "way" not in WN.usual_broader("lanes", 2)


@needs_wordnet
def test_a_verbs_definition_names_what_the_act_is_done_to() -> None:
    """ "arrest" is "take into custody": custody is what it brings about; "report" is "announce as the
    result of an investigation", whose act brings about a result, the investigation only beside it."""
    assert WN is not None
    assert "custody" in WN.clause_words("arrested", 8)
    assert "investigation" in WN.clause_words("investigate", 8)
    assert "investigation" not in WN.clause_words("report", 8)
