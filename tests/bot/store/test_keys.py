"""What the cache calls "the same request": folding that makes two askings of one question hit."""

from __future__ import annotations

from bot.store import gap_key, normalize_request


def test_normalize_folds_case_unicode_space_and_punctuation() -> None:
    a = normalize_request("ask", "What did  Zelensky say about the U.S. “aid” — and why?")
    b = normalize_request("ASK ", 'what did zelensky say about the u s "aid" - and why')
    c = normalize_request("ask", "\uff37hat did Zelensky say about the U.S. ‘aid’ – and why!!")  # fullwidth W
    assert a == b == c


def test_normalize_sorts_options_and_keeps_distinctions() -> None:
    base = normalize_request("timeline", "Gaza", since="2024-01-01", until="2024-02-01")
    assert base == normalize_request("timeline", "gaza", until="2024-02-01", since="2024-01-01")
    assert base == normalize_request("timeline", "gaza", until="2024-02-01", since="2024-01-01", limit=None)
    assert base != normalize_request("timeline", "gaza", since="2024-01-02", until="2024-02-01")
    assert base != normalize_request("ask", "gaza", since="2024-01-01", until="2024-02-01")
    assert normalize_request("ask", "ceasefire talks") != normalize_request("ask", "ceasefire")


def test_gap_key_folds_sorts_and_deduplicates() -> None:
    assert gap_key(["Zelenskyy", "Crimea", "crimea"]) == "crimea zelenskyy"
    assert gap_key(["crimea", "ZELENSKYY"]) == "crimea zelenskyy"
    assert gap_key(["Élysée"]) == gap_key(["élysée"])
    assert gap_key([]) == ""
