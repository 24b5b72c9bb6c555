"""What the cache calls "the same request": the request as the engine sees it, options in any order."""

from __future__ import annotations

from bot.store import gap_key, normalize_request


def test_the_request_is_the_text_as_the_engine_sees_it() -> None:
    """Only whitespace is collapsed: case, accents, punctuation and Unicode presentation are what the
    engine reads, so each makes another request."""
    a = normalize_request("ask", "When did Trump say Zelensky could come back?")
    assert a == normalize_request("ask", "When did  Trump say Zelensky could come back? ")
    for other in (
        "when did trump say zelensky could come back?",
        "When did Trump say Zelensky could come back",
        "When did Trump say Zelénsky could come back?",
        "\uff37hen did Trump say Zelensky could come back?",  # fullwidth W
    ):
        assert normalize_request("ask", other) != a, other


def test_normalize_sorts_options_and_keeps_distinctions() -> None:
    base = normalize_request("timeline", "Gaza", since="2024-01-01", until="2024-02-01")
    assert base == normalize_request("timeline", "Gaza", until="2024-02-01", since="2024-01-01")
    assert base == normalize_request("timeline", "Gaza", until="2024-02-01", since="2024-01-01", limit=None)
    assert base != normalize_request("timeline", "gaza", since="2024-01-01", until="2024-02-01")
    assert base != normalize_request("timeline", "Gaza", since="2024-01-02", until="2024-02-01")
    assert base != normalize_request("ask", "Gaza", since="2024-01-01", until="2024-02-01")
    assert normalize_request("ask", "ceasefire talks") != normalize_request("ask", "ceasefire")


def test_gap_key_folds_sorts_and_deduplicates() -> None:
    assert gap_key(["Zelenskyy", "Crimea", "crimea"]) == "crimea zelenskyy"
    assert gap_key(["crimea", "ZELENSKYY"]) == "crimea zelenskyy"
    assert gap_key(["Élysée"]) == gap_key(["élysée"])
    assert gap_key([]) == ""
