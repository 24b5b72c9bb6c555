import random
import unicodedata
from pathlib import Path

import pytest

from retrieval.search.text import _FOLD, Aliases, Tokenizer, fold

ALIASES = Path(__file__).resolve().parents[3] / "config" / "aliases.toml"


def tok() -> Tokenizer:
    return Tokenizer(Aliases.load(ALIASES))


def test_fold_quotes_dashes_and_accents() -> None:
    assert fold("\u201cCaf\u00e9\u201d \u2014 it\u2019s") == '"Cafe" - it\'s'
    # letters with a stroke have no decomposition: folded one to one, as readers do ("Lodz", "Soren")
    assert fold("\u0141\u00f3d\u017a S\u00f8ren \u0110or\u0111e") == "Lodz Soren Dorde"


def test_case_folding_stemming_and_stop_words() -> None:
    assert tok().tokens("The Negotiations were NEGOTIATED") == ["negoti", "negoti"]


def test_aliases_fold_spellings_to_one_term() -> None:
    t = tok()
    assert t.tokens("Zelenskyy") == t.tokens("Zelensky") == t.tokens("Zelensky's")
    assert t.tokens("U.S.") == t.tokens("US") == t.tokens("United States") == t.tokens("u.s.")
    assert t.tokens("Kiev") == t.tokens("Kyiv")


def test_a_number_is_one_term_however_its_thousands_are_written() -> None:
    """ "5000m" in a question finds "5,000m" in an article, and "1,200" is not the terms "1" and "200"."""
    t = tok()
    assert t.tokens("5,000m world record") == t.tokens("5000m world record")
    assert t.tokens("1,200 homes") == t.tokens("1200 homes") == ["1200", "home"]
    assert t.tokens("£1,234,567") == ["1234567"]
    # a comma between a number and another, or before fewer than three digits, separates them
    assert t.tokens("in 2019, 200 people") == ["2019", "200", "peopl"]
    assert t.tokens("3,20 or 4,5678") == ["3", "20", "4", "5678"]


def test_an_alias_written_with_a_thousands_separator_still_matches() -> None:
    t = Tokenizer(Aliases.from_groups([["2,000 Guineas", "Two Thousand Guineas"]]))
    assert t.tokens("won the 2,000 Guineas") == t.tokens("won the Two Thousand Guineas")
    # a list of numbers is not one number
    assert tok().tokens("in 2019,200 people") == ["2019", "200", "peopl"]


def test_pronoun_us_is_not_the_country() -> None:
    t = tok()
    assert t.tokens("tell us") == ["tell"]
    assert t.tokens("tell US") == ["tell", *t.tokens("United States")]


def test_odd_unicode_does_not_break_tokenizing() -> None:
    t = tok()
    assert t.tokens("\u200bRubio\u200d \U0001f600 \u202eevil") == t.tokens("Rubio evil")
    assert t.tokens("") == []


def _made_up_words(start: int, n: int) -> list[str]:
    """Words no memo has seen (letters from a counter) with English endings the stemmer strips."""
    endings = ["ational", "izations", "fulness", "ingly", "iveness", "ements", "ed", "ies"]
    out = []
    for i in range(start, start + n):
        letters, k = "", i
        while True:
            letters += "bcdfgklmnprstvz"[k % 15] + "aeiou"[k % 5]
            k //= 15
            if not k:
                break
        out.append("qx" + letters + endings[i % len(endings)])
    return out


def test_each_thread_stems_with_its_own_stemmer() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from retrieval.search.text import stemmer

    mine = stemmer()
    assert stemmer() is mine
    with ThreadPoolExecutor(max_workers=4) as pool:
        others = list(pool.map(lambda _: id(stemmer()), range(4)))
    assert id(mine) not in others


@pytest.mark.parametrize("implementation", ["installed", "pure_python"])
def test_stemming_from_many_threads_at_once_gives_the_single_thread_stems(
    implementation: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fifty concurrent asks crashed a worker inside the stemmer (IndexError in find_among_b) when one
    stemmer was shared; the pure-Python stemmer (used when PyStemmer is absent) is the one that breaks."""
    import threading

    import snowballstemmer
    from snowballstemmer.english_stemmer import EnglishStemmer

    from retrieval.search import text
    from retrieval.search.text import stem

    if implementation == "pure_python":
        monkeypatch.setattr(text, "_new_stemmer", EnglishStemmer)

    threads, per_thread = 8, 2_000
    first = 0 if implementation == "installed" else threads * per_thread  # words the memo has not seen
    batches = [_made_up_words(first + i * per_thread, per_thread) for i in range(threads)]
    reference = snowballstemmer.stemmer("english")
    expected = [[reference.stemWord(w) for w in batch] for batch in batches]
    got: list[list[str]] = [[] for _ in range(threads)]
    errors: list[BaseException] = []
    start = threading.Barrier(threads)

    def work(i: int) -> None:
        try:
            start.wait()
            got[i] = [stem(w) for w in batches[i]]
        except BaseException as exc:  # a shared stemmer raised IndexError here
            errors.append(exc)

    pool = [threading.Thread(target=work, args=(i,)) for i in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    assert not errors
    assert got == expected


def test_fold_replaces_the_table_characters_as_str_translate_would() -> None:
    """Folding replaces the table's characters where a regular expression finds them (faster than
    ``str.translate``): every text must fold as NFKC, the table and dropping combining marks fold it."""

    def reference(text: str) -> str:
        text = unicodedata.normalize("NFKC", text).translate(_FOLD)
        decomposed = unicodedata.normalize("NFD", text)
        return "".join(ch for ch in decomposed if not unicodedata.combining(ch))

    alphabet = [*"abcXYZ 09.,'\"-", *(chr(k) for k in _FOLD), "é", "\u0301", "ﬁ", "й", "\u2033", "①"]
    rnd = random.Random(0)
    for _ in range(20_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        assert fold(text) == reference(text), repr(text)
