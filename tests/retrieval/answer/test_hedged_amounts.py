"""An adverb before "how many/much" says how exact the asked figure may be ("approximately how many",
"roughly how much"): it is not a topic word. The sentence giving the figure ("more than 4,000
entries") answers the question as it answers it without the adverb, not another story's sentence that
happens to hold the adverb ("Approximately 30 members of a kite club")."""

from __future__ import annotations

from pathlib import Path

from retrieval.answer.question import analyze
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

KITES = (
    "The Brenmoor kite festival drew crowds to the dunes on Sunday. "
    "With more than 4,000 registered kite entries from nine counties, organisers ran out of parking by noon. "
    "Local cafes reported record takings over the weekend. "
    "The organisers thanked volunteers who marshalled the beach car parks."
)

OTHER = (
    "Kite makers in Brenmoor have sold hand-stitched kites for decades. "
    "Approximately 30 members of a registered kite club meet on the dunes every month, the club said."
)


def test_a_hedging_adverb_is_no_term_of_the_question() -> None:
    tok = Tokenizer()
    for hedge in ("Approximately", "Roughly", "Exactly"):
        q = analyze(f"{hedge} how many kite entries were registered?", tok)
        assert tok.tokens(hedge.lower())[0] not in q.terms, hedge
        assert q.kind == "number"
    # an adverb elsewhere in the question stays a word of it
    q = analyze("How many entries arrived late?", tok)
    assert "late" in q.terms


def test_a_hedged_how_many_is_answered_like_the_plain_one(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path,
        [
            {"id": "kites", "title": "Kite festival fills the dunes", "text": KITES},
            {"id": "club", "title": "Brenmoor kite makers", "text": OTHER},
            *filler(12),
        ],
    )
    plain = engine.ask("How many registered kite entries did the Brenmoor festival have?")
    hedged = engine.ask("Approximately how many registered kite entries did the Brenmoor festival have?")
    assert not plain.abstained
    assert not hedged.abstained
    assert "4,000" in first_statement(hedged)
    assert_verbatim(engine, hedged)
