"""A "why" whose reason is told right after the act as someone's report of what had happened before it,
in no cause word: the past perfect and an attribution closing the sentence ("Engineers had found cracks
in two of its supports, a council spokesperson said")."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.background import follows_cause, reports_background
from tests.retrieval.answer.corpora import answer_from, engine_of, filler, first_statement


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        ("Engineers had found cracks in two of its supports, a council spokesperson said.", True),
        ("The field had been flooded by a week of rain, organiser Jane Moss said on Friday.", True),
        ("Staff had not been paid since March, according to the union.", True),
        # the attribution may open the sentence, the reported clause after it
        ("A council spokesperson said the supports had been weakened by winter floods.", True),
        # ... not one told as coming after the act
        ("Doctors said two days later that the patient had recovered.", False),
        # the past perfect alone is as often the story's scene
        ("Engineers had found cracks in two of its supports.", False),
        # an attribution alone is as often what followed
        ("Drivers will be sent on a six-mile diversion, a council spokesperson said.", False),
        # "had" before a noun is no past perfect
        ("The supports had cracks in them, a council spokesperson said.", False),
    ],
)
def test_reported_background_is_read_by_form(text: str, reports: bool) -> None:
    assert reports_background(text) is reports


@pytest.mark.parametrize(
    ("after", "brought"),
    [
        # someone's report of what had happened before the act answers why
        ("Inspectors had found cracks in two of its supports, a council spokesperson said.", True),
        # ... not the scene in the past perfect, told by nobody
        ("The bridge had carried about 9,000 vehicles a day since 1932.", False),
        # ... nor what follows the act, whoever reports it
        ("Drivers will be sent on a six-mile diversion through Kelby, a council spokesperson said.", False),
    ],
)
def test_a_why_brings_the_reported_background_after_the_act(
    tmp_path: Path, after: str, brought: bool
) -> None:
    """The Tarrow council closed a bridge (no reason word); the sentence after it says, in a
    spokesperson's words, what inspectors had found before: why it was closed."""
    text = (
        "TARROW (Daily Post) - The Tarrow council closed the Mill Lane bridge to all traffic on Monday. "
        f"{after}"
        "\n\nLocal shops said trade had fallen in the first week."
    )
    doc = {"id": "bridge", "title": "Council shuts Tarrow bridge", "text": text}
    a = answer_from(tmp_path, doc, "Why did the council close the Mill Lane bridge?")
    assert not a.abstained, a.answer
    assert ("supports" in first_statement(a)) is brought, a.answer


@pytest.mark.parametrize(
    ("speaker", "brought"),
    [
        # whoever speaks for the body that did the act, by a role naming it, gives its reason
        ("trust chair Owen Pike", True),
        # ... not someone of the same place, by its name
        ("Denholm resident Mary Cole", False),
        # ... nor someone in another role
        ("swimmer Ann Lee", False),
    ],
)
def test_a_why_brings_the_quote_of_whoever_speaks_for_the_actor(
    tmp_path: Path, speaker: str, brought: bool
) -> None:
    """The Denholm leisure trust shut a pool (no reason word); the quotation right after it is the
    trust's account when its speaker's role names the trust."""
    text = (
        "DENHOLM (Denholm Star) - The Denholm leisure trust shut the town's outdoor pool for the summer on "
        f'Tuesday. "The filters are forty years old and the water is no longer safe," {speaker} said.'
        "\n\nThe pool opened in 1964."
    )
    doc = {"id": "pool", "title": "Pool shut for summer", "text": text}
    a = answer_from(tmp_path, doc, "Why did the trust shut the pool?")
    assert not a.abstained, a.answer
    assert ("filters" in first_statement(a)) is brought, a.answer


@pytest.mark.parametrize(
    ("speaker", "brought"),
    [
        # one who leads or speaks for the body that acted gives its reason
        ("council leader Ann Hale", True),
        ("council spokeswoman Ann Hale", True),
        # ... not one who merely belongs to it, though the role names the body
        ("council member Jim Pratt", False),
        # ... nor one of a party of their own in it, whatever their rank
        ("opposition council leader Jim Pratt", False),
        ("opposition council member Jim Pratt", False),
    ],
)
def test_a_why_brings_the_quote_only_of_whoever_speaks_for_the_body(
    tmp_path: Path, speaker: str, brought: bool
) -> None:
    """The Tarrow council closed a bridge (no reason word); a quotation right after it, by a speaker
    whose role names the council, is its account only when the role is one that speaks for it: a
    member's or an opponent's words are their own, no reason the council had."""
    text = (
        "The Tarrow council closed the Elm Street bridge on Monday. "
        f'"The supports are cracked and the deck is no longer safe," {speaker} said. '
        "Traffic will be diverted via the ring road until further notice."
        "\n\nThe bridge opened in 1932."
    )
    doc = {"id": "bridge", "title": "Council shuts Elm Street bridge", "text": text}
    a = answer_from(tmp_path, doc, "Why did the council close the bridge?")
    assert not a.abstained, a.answer
    assert ("supports" in first_statement(a)) is brought, a.answer


@pytest.mark.parametrize(
    ("text", "quoted", "reports"),
    [
        # a quotation the sentence closes on its speaker's attribution
        ('"Our reserves had fallen below the minimum," chief executive Lena Ruud said.', False, True),
        # a quotation opening here that its paragraph attributes later (the caller reads the paragraph)
        ('"The ship had lost engine power in the storm.', True, True),
        # ... not unattributed
        ('"The ship had lost engine power in the storm.', False, False),
        # ... nor, quoted, without the past perfect
        ('"The sea was very heavy that night.', True, False),
    ],
)
def test_a_quotation_reports_background(text: str, quoted: bool, reports: bool) -> None:
    assert reports_background(text, quoted) is reports


@pytest.mark.parametrize(
    ("text", "follows"),
    [
        ("The decision followed a run of large withdrawals by corporate clients.", True),
        ("The move followed weeks of heavy losses on property loans.", True),
        ("It followed a run of large withdrawals.", True),
        # a noun WordNet derives from the asked act's verb ("freeze")
        ("The freeze followed a run on its branches.", True),
        # ... not a noun for who or what acts
        ("The crowd followed the coffin to the church.", False),
        # ... nor doing more or as another did
        ("The bank followed up with letters to its customers.", False),
        ("Two other lenders followed suit on Tuesday.", False),
    ],
)
def test_what_the_act_followed_is_read_by_form(text: str, follows: bool) -> None:
    assert follows_cause(text, frozenset({"freeze"})) is follows


#: a bank's act told without a reason word ("froze"), its reason in the sentences after it
_FREEZE = "ORLEY (Orley Courier) - Harbin Savings Bank froze all customer withdrawals on Monday."
_FREEZE_ASKED = "Why did Harbin Savings Bank freeze withdrawals?"


def _freeze_answer(tmp_path: Path, after: str) -> str:
    """The first statement answering why the bank froze withdrawals, ``after`` told right after the act."""
    text = f"{_FREEZE} {after}\n\nThe bank has about 40,000 customers in the region."
    doc = {"id": "bank", "title": "Harbin bank freezes withdrawals", "text": text}
    a = answer_from(tmp_path, doc, _FREEZE_ASKED)
    assert not a.abstained, a.answer
    return first_statement(a)


@pytest.mark.parametrize(
    ("after", "brought"),
    [
        # what the act, referred back to, followed is its reason
        ("The decision followed a run of large withdrawals by corporate clients last week.", True),
        ("The move followed a run of large withdrawals by corporate clients last week.", True),
        # ... not what someone else followed
        ("Customers followed a run of large withdrawals by corporate clients last week.", False),
    ],
)
def test_a_why_brings_what_the_act_followed(tmp_path: Path, after: str, brought: bool) -> None:
    assert ("withdrawals by corporate" in _freeze_answer(tmp_path, after)) is brought


@pytest.mark.parametrize(
    ("quote", "brought"),
    [
        # a quotation right after the act, its speaker's account of what had happened before it
        ('"Our cash reserves had fallen below the regulatory minimum. We acted at once," she said.', True),
        # ... not one telling no earlier thing
        ('"Our cash reserves are below the regulatory minimum. We acted at once," she said.', False),
    ],
)
def test_a_why_brings_a_quoted_account_of_what_had_happened(
    tmp_path: Path, quote: str, brought: bool
) -> None:
    """The quotation runs two sentences, attributed in its second: its first is the speaker's word."""
    after = f"Chief executive Lena Ruud spoke to reporters outside the head office. {quote}"
    assert ("regulatory minimum" in _freeze_answer(tmp_path, after)) is brought


@pytest.mark.parametrize(
    ("then", "brought"),
    [
        # the actor's next words, after an account only retelling the act, say why
        ("She said she had ignored repeated warnings from the auditors.", True),
        ("She said she was stepping down because she had ignored the auditors.", True),
        # ... not words of what comes next
        ("She said the auditors would finish their report next month.", False),
    ],
)
def test_a_why_brings_the_reason_after_the_actors_account(tmp_path: Path, then: str, brought: bool) -> None:
    """Why Ellen Marsh resigned: the sentence after the act is her account retelling it in other words
    ("stepping down"), and the one after that her reason."""
    text = (
        "BRENNPORT (Brennport Star) - Kellow University President Ellen Marsh resigned on Friday. "
        f"Marsh told the board of trustees in a letter that she was stepping down at once. {then}"
        "\n\nThe board will name an interim president next week."
    )
    doc = {"id": "marsh", "title": "Kellow president resigns", "text": text}
    a = answer_from(tmp_path, doc, "Why did Ellen Marsh resign?")
    assert not a.abstained, a.answer
    assert ("auditors" in first_statement(a)) is brought, a.answer


@pytest.mark.parametrize(
    ("later", "brought"),
    [
        # a later article naming the bank gives the act's reason, the act named by its noun
        ("The freeze was ordered because cash reserves had fallen below the regulatory minimum.", True),
        # ... not another thing's reason
        ("The queues formed because cash reserves had fallen below the regulatory minimum.", False),
    ],
)
def test_a_why_brings_the_reason_a_later_article_gives(tmp_path: Path, later: str, brought: bool) -> None:
    """The first article tells the freeze alone; a later one, naming the bank in its lead, tells why in
    a sentence whose subject is the act's noun."""
    first = {"id": "a", "title": "Harbin bank freezes withdrawals", "text": _FREEZE}
    second = {
        "id": "b",
        "title": "Harbin customers get limited access",
        "text": "Harbin Savings Bank customers may withdraw up to 500 crowns a week from Friday, the "
        f"regulator said. {later}",
    }
    a = engine_of(tmp_path, [first, second, *filler(12)]).ask(_FREEZE_ASKED)
    assert not a.abstained, a.answer
    assert ("regulatory minimum" in first_statement(a)) is brought, a.answer


@pytest.mark.parametrize(
    ("then", "brought"),
    [
        # what he had done before, right after his apology
        ("He had not acted on the auditors' warning about the loans in March.", True),
        # ... or someone's report of it
        ("The board said he had not acted on the auditors' warning about the loans in March.", True),
        # ... not what comes next
        ("He will meet the auditors to hand over his files next week.", False),
    ],
)
def test_a_why_brings_the_reason_after_the_actors_apology(tmp_path: Path, then: str, brought: bool) -> None:
    """Why Paul Dorn resigned: the sentence after the act is his apology, the one after it his reason."""
    text = (
        "KELLOW (Kellow Post) - Finance director Paul Dorn resigned on Thursday. "
        '"I am deeply sorry for the distress this has caused to members," Dorn said in a statement. '
        f"{then}\n\nThe fund has 12,000 members."
    )
    doc = {"id": "dorn", "title": "Pension fund finance director resigns", "text": text}
    a = answer_from(tmp_path, doc, "Why did Paul Dorn resign?")
    assert not a.abstained, a.answer
    assert ("warning" in first_statement(a)) is brought, a.answer


@pytest.mark.parametrize(
    ("quote", "brought"),
    [
        # the body's officer, in its "we" and the past, right after its act
        ('"We had no choice: the cash simply was not there," chief executive Lena Ruud said.', True),
        # ... not a reaction to come
        ('"We will not let the cash problem stop us," chief executive Lena Ruud said.', False),
        # ... nor someone who speaks for no body
        ('"We had no choice: the cash simply was not there," customer Lena Ruud said.', False),
        # ... nor a feeling on what followed, in no reason's form
        (
            '"We were delighted with how calmly our cash customers responded," chief Lena Ruud said.',
            False,
        ),
        # ... while what the body had faced before is one
        (
            '"Our cash reserves had fallen below the minimum we were allowed," chief Lena Ruud said.',
            True,
        ),
    ],
)
def test_a_why_brings_the_bodys_officer_speaking_for_it(tmp_path: Path, quote: str, brought: bool) -> None:
    assert ("cash" in _freeze_answer(tmp_path, quote)) is brought


@pytest.mark.parametrize(
    "then",
    [
        # an earlier fact with a year, reported or told of him, explains no resignation
        "The fund said he had joined its board in 2019.",
        "He had joined the fund's board in 2019.",
        "The fund said its new offices had opened in March.",
    ],
)
def test_an_earlier_fact_after_the_apology_is_no_reason(tmp_path: Path, then: str) -> None:
    """Why Paul Dorn resigned: after his apology, a past perfect that tells no failing of his and gives no
    reason word is background, not why."""
    text = (
        "KELLOW (Kellow Post) - Finance director Paul Dorn resigned on Thursday. "
        '"I am deeply sorry for the distress this has caused to members," Dorn said in a statement. '
        f"{then}\n\nThe fund has 12,000 members."
    )
    doc = {"id": "dorn", "title": "Pension fund finance director resigns", "text": text}
    a = answer_from(tmp_path, doc, "Why did Paul Dorn resign?")
    assert then not in first_statement(a), a.answer


@pytest.mark.parametrize(
    "third",
    ["The council said the bridge had opened in 1932.", "Drivers face a six-mile diversion."],
)
def test_what_the_act_followed_is_not_replaced_by_the_sentence_after_it(tmp_path: Path, third: str) -> None:
    """Why the council closed the bridge: "The decision followed an inspection ..." right after the act is
    its reason; the report after it of an earlier fact does not take its place."""
    text = (
        "TARROW (Daily Post) - The Tarrow council closed the Mill Lane bridge to all traffic on Monday. "
        f"The decision followed an inspection of its supports last week. {third}"
        "\n\nLocal shops said trade was down."
    )
    doc = {"id": "bridge", "title": "Council shuts Mill Lane bridge", "text": text}
    a = answer_from(tmp_path, doc, "Why did the council close the Mill Lane bridge?")
    assert not a.abstained, a.answer
    statement = first_statement(a)
    assert "inspection of its supports" in statement and third not in statement, a.answer
