"""Several outlets state the answer's fact, each in its own words: the reply cites each of them after
the answer, quoting each outlet's own sentence (so a [k] follows only what k says); an outlet giving
another value is not cited among them, and the same number of another kind ("£40,000" for "$40,000")
is no confirmation (small made-up corpora)."""

from __future__ import annotations

from pathlib import Path

from retrieval import Answer
from retrieval.answer.compose import statement_quote
from retrieval.answer.confirm import ALSO_REPORTED
from retrieval.search.text import normalize_for_match
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler


def _doc(doc_id: str, text: str, topic: str) -> dict[str, str]:
    return {"id": doc_id, "title": f"{topic} ({doc_id})", "source": doc_id.title(), "text": text}


def _boat(doc_id: str, text: str) -> dict[str, str]:
    return _doc(doc_id, text, "Boat news")


def _regatta(doc_id: str, text: str) -> dict[str, str]:
    return _doc(doc_id, text, "Regatta report")


TREASURER = _boat(
    "treasurer",
    "The Kestrel rowing club paid $40,000 for its new racing eight, the treasurer said. "
    "The boat was built in Norway.",
)
MEMBERS = _boat(
    "members",
    "Members were told the new racing eight had cost the Kestrel rowing club $40,000 in all. "
    "Training starts in May.",
)
ACCOUNTS = _boat(
    "accounts",
    "According to its accounts, the Kestrel rowing club paid $40,000 to buy the new racing eight. "
    "Its old boat was sold.",
)
#: the same number in another currency: another fact
POUNDS = _boat(
    "pounds",
    "The Kestrel rowing club paid \u00a340,000 for its new racing eight, a member wrote. "
    "The oars came later.",
)
#: another amount
RIVAL = _boat(
    "rival",
    "The Kestrel rowing club paid $55,000 for its new racing eight, a rival club claimed without evidence. "
    "The claim was denied by the treasurer of the Kestrel rowing club.",
)
PAID = "How much did the Kestrel rowing club pay for its new racing eight?"

COACH = _regatta(
    "coach",
    "The Kestrel rowing club trained in Lakemoor for three weeks before the national regatta, its coach "
    "said. The crew arrived home on Sunday.",
)
SPOKESWOMAN = _regatta(
    "spokeswoman",
    "Ahead of the national regatta, the Kestrel rowing club went training in Lakemoor, a spokeswoman "
    "said. Ticket sales were slow.",
)
#: names the answer's place in a sentence that does not say the club trained there
SPONSOR = _regatta(
    "sponsor",
    "The national regatta drew a record crowd. A Kestrel rowing club sponsor from Lakemoor paid for new "
    "oars.",
)
TRAINED = "Where did the Kestrel rowing club train before the national regatta?"


def _quoted_for(a: Answer, value: str) -> dict[str, str]:
    """The documents cited for a statement giving ``value``, with that statement's text; each quote
    holds the statement's quoted words (a marker follows only its source's own words)."""
    by_n = {c.n: c for c in a.citations}
    out = {}
    for st in a.statements:
        text = normalize_for_match(statement_quote(st.text).strip("\u201c\u201d"))
        for n in st.citations:
            assert text in normalize_for_match(by_n[n].quote)
            if value in text:
                out[by_n[n].doc_id] = text
    return out


def test_outlets_giving_the_same_amount_are_each_cited(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [*filler(12), TREASURER, MEMBERS, ACCOUNTS])
    a = engine.ask(PAID)
    assert not a.abstained
    assert_verbatim(engine, a)
    assert set(_quoted_for(a, "$40,000")) == {"treasurer", "members", "accounts"}
    assert ALSO_REPORTED in a.answer
    assert [c.n for c in a.citations] == list(range(1, len(a.citations) + 1))


def test_the_same_number_of_another_kind_is_not_cited_for_it(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [*filler(12), TREASURER, MEMBERS, ACCOUNTS, POUNDS])
    a = engine.ask(PAID)
    assert not a.abstained
    assert_verbatim(engine, a)
    assert {"treasurer", "members", "accounts"} <= set(_quoted_for(a, "$40,000"))
    assert "pounds" not in _quoted_for(a, "$40,000")


def test_an_outlet_giving_another_amount_stands_apart_with_its_own_confirmations(tmp_path: Path) -> None:
    """Outlets disagree: each amount is its own statement, each cited to the outlets giving it."""
    engine = engine_of(tmp_path, [*filler(12), TREASURER, MEMBERS, ACCOUNTS, RIVAL])
    a = engine.ask(PAID)
    assert not a.abstained
    assert_verbatim(engine, a)
    forty, other = _quoted_for(a, "$40,000"), _quoted_for(a, "$55,000")
    assert set(forty) == {"treasurer", "members", "accounts"}
    assert set(other) == {"rival"}
    assert all("$55,000" not in text for text in forty.values())


def test_outlets_giving_the_same_place_are_each_cited(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [*filler(12), COACH, SPOKESWOMAN, SPONSOR])
    a = engine.ask(TRAINED)
    assert not a.abstained
    assert_verbatim(engine, a)
    cited = {c.doc_id for c in a.citations}
    assert {"coach", "spokeswoman"} <= cited
    assert "sponsor" not in cited  # it names Lakemoor, not as where the club trained


def _mill(doc_id: str, text: str) -> dict[str, str]:
    return _doc(doc_id, text, "Mill news")


OWNER = _mill(
    "owner",
    "Mill owner Dara Quill announced the closure of the Fenwick paper mill on Friday, citing falling "
    "orders. Workers were told at noon.",
)
UNION = _mill(
    "union",
    "The closure of the Fenwick paper mill was announced on Friday by Dara Quill, who has owned it since "
    "2009. The union called it a blow.",
)
#: names the answer's person and another beside her: not the same fact
COUSIN = _mill(
    "cousin",
    "Dara Quill and her cousin Tomas Brell announced the closure of the Fenwick paper mill on Friday, a "
    "union official said. Shares fell.",
)


def test_an_outlet_naming_another_person_too_does_not_confirm(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [*filler(12), OWNER, UNION, COUSIN])
    a = engine.ask("Who announced the closure of the Fenwick paper mill?")
    assert not a.abstained
    assert_verbatim(engine, a)
    confirmed = _quoted_for(a, "dara quill")
    assert {"owner", "union"} <= set(confirmed)
    assert "cousin" not in confirmed


def _takeover(doc_id: str, title: str, text: str) -> dict[str, str]:
    return {"id": doc_id, "title": title, "source": doc_id.title(), "text": text}


LATEST = _takeover(
    "latest",
    "Vasek sweetens Tarnwick Rovers bid",
    "The Tarnwick Rovers board will meet on Friday to weigh the revised plan from Orland Vasek, which values "
    "the club at \u00a395m. Fans marched against the sale on Saturday.",
)
#: the same amount told of the same story without the question's "revised plan"
BOOKS = _takeover(
    "books",
    "Tarnwick Rovers open their accounts to Vasek",
    "The Tarnwick Rovers directors agreed to let the American investor inspect the accounts. "
    "Mr Vasek's offer values the club at \u00a395m. Supporters groups remain opposed.",
)
#: the same amount of another club, in an article of the same story, by the same bidder
OTHER_CLUB = _takeover(
    "otherclub",
    "Tarnwick Rovers fans fear Vasek debt",
    "Supporters fear the debt Mr Vasek would load onto Tarnwick Rovers. "
    "Mr Vasek's plan for Corbel Athletic once valued that club at \u00a395m as well. The vote is in June.",
)
#: the same amount in another story
STADIUM = _takeover(
    "stadium",
    "Corbel Athletic unveil stadium plan",
    "Corbel Athletic unveiled plans for a riverside stadium. The architects' survey values the new stand at "
    "\u00a395m. Building starts next spring.",
)
BID = "How much does Orland Vasek's revised plan value Tarnwick Rovers at?"


def test_an_outlet_giving_the_same_amount_in_other_words_is_cited(tmp_path: Path) -> None:
    """The other outlet's sentence lacks "revised plan", but gives the same sum of the same story."""
    engine = engine_of(tmp_path, [*filler(12), LATEST, BOOKS])
    a = engine.ask(BID)
    assert not a.abstained
    assert_verbatim(engine, a)
    assert set(_quoted_for(a, "\u00a395m")) == {"latest", "books"}
    assert ALSO_REPORTED in a.answer


def test_the_same_amount_of_another_thing_is_not_cited_for_it(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, [*filler(12), LATEST, BOOKS, OTHER_CLUB, STADIUM])
    a = engine.ask(BID)
    assert not a.abstained
    assert_verbatim(engine, a)
    quoted = _quoted_for(a, "\u00a395m")
    assert {"latest", "books"} <= set(quoted)
    assert "otherclub" not in quoted and "stadium" not in quoted


def _footbridge(doc_id: str, text: str) -> dict[str, str]:
    return _doc(doc_id, text, "Footbridge news")


BUILDER = _footbridge(
    "builder",
    "The Millbeck footbridge was built by a local firm, Harlow Engineering, in 2009. It closed on Monday.",
)
#: the same firm, at the asked noun ("the firm that built ..."), in a sentence naming another party too
SUIT = _footbridge(
    "suit",
    "Residents are suing Tamworth Council and Harlow Engineering, the firm that built the Millbeck "
    "footbridge. A hearing is set for May.",
)
#: another firm at the asked noun: not the answer's value
OTHER_FIRM = _footbridge(
    "otherfirm",
    "Residents blame Corven Steel, the firm that built the Millbeck footbridge's railings. "
    "The council disagrees.",
)


def test_an_outlet_naming_the_asked_kind_at_its_noun_confirms_beside_another_party(tmp_path: Path) -> None:
    """Of "which firm", the names standing at "firm" are the asked kind: the suit's sentence names the
    council too, as a party it is about, and still says Harlow Engineering is the firm that built it."""
    engine = engine_of(tmp_path, [*filler(12), BUILDER, SUIT, OTHER_FIRM])
    a = engine.ask("Which firm built the Millbeck footbridge?")
    assert not a.abstained
    assert_verbatim(engine, a)
    assert "Harlow Engineering" in a.statements[0].text, a.answer
    quoted = _quoted_for(a, "harlow engineering")
    assert {"builder", "suit"} <= set(quoted), a.answer
    assert "otherfirm" not in quoted
