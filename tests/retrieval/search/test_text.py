from pathlib import Path

from retrieval.search.text import Aliases, Tokenizer, fold

ALIASES = Path(__file__).resolve().parents[3] / "config" / "aliases.toml"


def tok() -> Tokenizer:
    return Tokenizer(Aliases.load(ALIASES))


def test_fold_quotes_dashes_and_accents() -> None:
    assert fold("\u201cCaf\u00e9\u201d \u2014 it\u2019s") == '"Cafe" - it\'s'


def test_case_folding_stemming_and_stop_words() -> None:
    assert tok().tokens("The Negotiations were NEGOTIATED") == ["negoti", "negoti"]


def test_aliases_fold_spellings_to_one_term() -> None:
    t = tok()
    assert t.tokens("Zelenskyy") == t.tokens("Zelensky") == t.tokens("Zelensky's")
    assert t.tokens("U.S.") == t.tokens("US") == t.tokens("United States") == t.tokens("u.s.")
    assert t.tokens("Kiev") == t.tokens("Kyiv")


def test_pronoun_us_is_not_the_country() -> None:
    t = tok()
    assert t.tokens("tell us") == ["tell"]
    assert t.tokens("tell US") == ["tell", *t.tokens("United States")]


def test_odd_unicode_does_not_break_tokenizing() -> None:
    t = tok()
    assert t.tokens("\u200bRubio\u200d \U0001f600 \u202eevil") == t.tokens("Rubio evil")
    assert t.tokens("") == []
