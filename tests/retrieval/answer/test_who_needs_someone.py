"""A "who" is answered by someone: a person's name in the sentence quoted or in the sentences quoted
with it, never a title or adjective that opens a place's name ("Former Leicester coach ..."), pinned
on small made-up corpora."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim as _verbatim
from tests.retrieval.answer.corpora import engine_of as _engine
from tests.retrieval.answer.corpora import filler as _filler


def test_a_leading_adjective_does_not_make_a_place_a_person() -> None:
    from retrieval.answer.question import analyze
    from retrieval.answer.types import person_like, type_score
    from retrieval.search.text import Tokenizer

    tok = Tokenizer()
    q = analyze("Who did Carrowby Town appoint as manager after Verrell said no?", tok)
    turned_down = "Former Leicester coach Tam Verrell turned down the job of Carrowby Town's manager."
    assert type_score("person", turned_down, q, tok) == 0.0
    assert type_score("person", "Carrowby Town appointed Dion Maskell as manager.", q, tok) == 1.0
    assert not person_like("Former Leicester") and not person_like("Former")
    # a word with a named sense, or one WordNet reads with the next as one name, stays
    assert person_like("Veteran Ian Marsh") and person_like("Frank Lampard")
    assert not person_like("United States") and not person_like("Great Britain")


_TURNED_DOWN = (
    "Former Leicester coach Tam Verrell has turned down the chance to become Carrowby Town's new manager. "
    "The club's board will meet again next week. "
    "Supporters have been told to expect an announcement before the end of the month."
)


def test_a_who_naming_no_one_is_declined(tmp_path: Path) -> None:
    docs = [{"id": "town", "title": "Verrell turns down Town", "text": _TURNED_DOWN}, *_filler(12)]
    engine = _engine(tmp_path, docs)
    a = engine.ask("Who did Carrowby Town appoint as manager after Verrell said no?")
    assert a.abstained, a.answer


def test_a_who_is_answered_by_the_person_named_after_the_event(tmp_path: Path) -> None:
    text = (
        "Carrowby Town have appointed a senior coach from a rival club as their new manager. "
        "Dion Maskell will take charge of the first team from Monday."
    )
    docs = [{"id": "town", "title": "Town name manager", "text": text}, *_filler(12)]
    engine = _engine(tmp_path, docs)
    a = engine.ask("Who did Carrowby Town appoint as manager?")
    assert not a.abstained, a.answer
    assert "Dion Maskell" in a.answer, a.answer
    _verbatim(engine, a)


def test_a_club_before_a_role_and_a_name_is_no_person() -> None:
    """ "Former Carrowby manager Tam Verrell": Carrowby (no word WordNet knows) is whose the role is, a
    club or a town, not someone; the person is the name after the role."""
    from retrieval.answer.question import analyze
    from retrieval.answer.types import type_score
    from retrieval.search.text import Tokenizer

    tok = Tokenizer()
    q = analyze("Who did Harlow appoint as manager after Verrell said no?", tok)
    assert type_score("person", "Former Carrowby manager Tam Verrell rejected the Harlow job.", q, tok) == 0.0
    assert type_score("person", "Carrowby chairman Verrell rejected the Harlow job.", q, tok) == 0.0
    assert type_score("person", "Harlow chairman Dion Maskell said Verrell rejected the job.", q, tok) == 1.0


_BUILDING = (
    "Planning permission for the Harlow bridge was granted in March. "
    "An architect normally manages such a project, and a site engineer supervises the work. "
    "The council expects the bridge to open in 2027."
)


def test_a_who_may_be_answered_by_a_role_without_a_name(tmp_path: Path) -> None:
    docs = [{"id": "bridge", "title": "Harlow bridge approved", "text": _BUILDING}, *_filler(12)]
    engine = _engine(tmp_path, docs)
    a = engine.ask("Who normally manages a bridge project?")
    assert not a.abstained, a.answer
    assert "An architect normally manages" in a.answer
    _verbatim(engine, a)


def test_a_capitalised_word_after_an_ordinal_is_no_person() -> None:
    """ "The 18th Century painting": a time after an ordinal, no one's name (a sentence naming no one
    then answers no "who" by it)."""
    from retrieval.answer.question import analyze
    from retrieval.answer.types import type_score
    from retrieval.search.text import Tokenizer

    tok = Tokenizer()
    q = analyze("Who owns the Harlow portrait?", tok)
    assert type_score("person", "The 18th Century painting has been kept in storage.", q, tok) == 0.0
    assert type_score("person", "The painting is owned by Ada Venn.", q, tok) == 1.0


_LEFT = (
    "Archivists at Fennick Library warned managers for two years that the reading room was short of staff. "
    "Mara Quell, the library's head of archives, left the council in March. She has not commented publicly. "
    'Toby Renshaw, secretary of the readers\' association, said the cuts were "entirely predictable". '
    "The archive reading room now opens three days a week."
)
_HEADLINE = "Fennick Library: staffing gaps behind archive failings, archivists say"
#: another story using the asked verb, so that the coverage knows it
_ROOF = {
    "id": "roof",
    "title": "Pool roof repaired",
    "text": "Workers replaced the roof of Denby pool in May.",
}


def test_a_neighbours_name_is_no_doer_when_the_sentence_does_not_tell_the_doing(tmp_path: Path) -> None:
    # ("who replaced X": X's own departure, followed by someone else quoted, names no successor)
    docs = [{"id": "lib", "title": _HEADLINE, "text": _LEFT}, _ROOF, *_filler(12)]
    engine = _engine(tmp_path, docs)
    a = engine.ask("Who replaced Mara Quell as head of archives?")
    assert a.abstained, a.answer


def test_a_neighbours_name_is_the_doer_when_the_sentence_tells_the_doing(tmp_path: Path) -> None:
    text = (
        "The council has replaced Mara Quell as head of archives with a curator from a city museum. "
        "Ines Harrow will start in the post next month. "
    ) + _LEFT
    docs = [{"id": "lib", "title": _HEADLINE, "text": text}, *_filler(12)]
    engine = _engine(tmp_path, docs)
    a = engine.ask("Who replaced Mara Quell as head of archives?")
    assert not a.abstained, a.answer
    assert "Ines Harrow" in a.answer, a.answer
    _verbatim(engine, a)


_GIFT = (
    "Last year, collector Ada Booth donated 2 million pounds to the Booth Gallery, the largest gift in its "
    "history. "
    "The gallery's director, Ian Moss, said the money would fund a new wing. "
    "Building work starts in the spring."
)


def test_a_light_verb_framed_by_another_asks_nothing_the_news_writes(tmp_path: Path) -> None:
    # ("who decided to make a large donation": the news writes "donated", not deciding or making)
    docs = [{"id": "gift", "title": "Booth Gallery gift", "text": _GIFT}, *_filler(12)]
    engine = _engine(tmp_path, docs)
    a = engine.ask("Who decided to make a large donation to the Booth Gallery?")
    assert not a.abstained, a.answer
    assert "Ada Booth donated" in a.answer, a.answer
