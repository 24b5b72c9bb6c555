"""A "why" question is answered with the reason: news states what happened in one sentence and the
cause in the next ("Milk prices rose ... Processors blamed the wet autumn"), so an answer that only
echoes the question's topic is quoted with the neighbour that gives a cause. "What caused X", "what
led to X", "what was the reason for X" are the same question in other words: their asking words are
how they ask, not what they are about (the answer says "blamed", not "caused")."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import Engine
from retrieval.answer.question import analyze, classify
from retrieval.answer.types import type_score
from retrieval.search.text import Tokenizer
from tests.retrieval.answer.corpora import answer_from, assert_verbatim, engine_of, filler, first_statement

DAIRY = (
    "Milk prices paid to farmers in Westmoor rose for the third month in a row. "
    "Processors blamed the wet autumn, which has cut grass growth across the county. "
    "The county show will go ahead in June as planned."
)


@pytest.fixture
def dairy(tmp_path: Path) -> Engine:
    return engine_of(tmp_path, [{"id": "dairy", "title": "Dairy prices climb", "text": DAIRY}, *filler(12)])


@pytest.mark.parametrize(
    "question",
    [
        "Why did milk prices rise in Westmoor?",
        "What caused the milk price rise in Westmoor?",
        "What led to the rise in Westmoor milk prices?",
        "What was the reason for the rise in milk prices in Westmoor?",
    ],
)
def test_a_why_answered_by_an_echo_brings_the_neighbour_with_the_cause(dairy: Engine, question: str) -> None:
    a = dairy.ask(question)
    assert not a.abstained, a.answer
    assert "blamed the wet autumn" in a.answer
    assert "county show" not in a.answer
    assert_verbatim(dairy, a)


@pytest.mark.parametrize(
    "question",
    [
        "What caused the delay?",
        "which factors led to the strike?",
        "What has prompted the walkout?",
        "What was the cause of the fire?",
        "How come the trains stopped?",
    ],
)
def test_a_why_in_other_words_is_a_reason_question_without_its_asking_words(question: str) -> None:
    tok = Tokenizer()
    q = analyze(question, tok)
    assert classify(question) == "reason"
    asking = tok.term_set("caused cause led factors prompted come")
    assert asking.isdisjoint(q.terms), q.terms


def test_what_a_cause_did_is_not_a_reason_question() -> None:
    # "what did the storm cause" asks for its effects; "who caused" for a person
    assert classify("What did the storm cause?") != "reason"
    assert classify("Who caused the crash?") == "person"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Processors blamed the wet autumn.", True),
        ("The line closed because of flooding.", True),
        ("Shares fell after the company warned on profits.", True),
        ("Milk prices rose for the third month in a row.", False),
        ("The council agreed to meet the union on Friday.", False),
    ],
)
def test_a_reason_is_a_cause_or_purpose_not_any_to_or_for(text: str, reason: bool) -> None:
    tok = Tokenizer()
    q = analyze("Why did it happen?", tok)
    assert (type_score("reason", text, q, tok) >= 1.0) is reason


@pytest.mark.parametrize(
    "question", ["why didnt they sell", "why did the fenmoor cooperative not sell its barley"]
)
def test_a_why_not_is_answered_by_the_denial_and_the_speakers_own_reason(
    tmp_path: Path, question: str
) -> None:
    # "why didn't they ...": the sentence saying it was not done, over advice not to do it, and the
    # speaker's own words after it, which give the reason though no cause word does
    advice = "Consumer groups generally tell members not to sell during a slump."
    story = (
        "The Fenmoor Growers cooperative reopened its depot on Monday. "
        'Chair Dolores Quint said the cooperative did not sell its barley. "We decided early that we '
        'would hold every tonne until the price recovered," she said. '
        "The depot employs 40 people."
    )
    engine = engine_of(
        tmp_path,
        [
            {"id": "advice", "title": "Selling advice", "text": advice},
            {"id": "story", "title": "Fenmoor depot reopens", "text": story},
            *filler(12),
        ],
    )
    a = engine.ask(question)
    assert not a.abstained, a.answer
    assert "did not sell its barley" in a.answer
    assert "until the price recovered" in a.answer
    assert "tell members" not in a.answer.split("[1]")[0]
    assert_verbatim(engine, a)


def test_a_why_about_a_persons_act_brings_their_account_of_it_in_reported_speech(tmp_path: Path) -> None:
    """ "She said ..." after what Judge Orla Penn did is why she did it, though it writes no "because"."""
    text = (
        "Judge Orla Penn rejected the marina's request for a closure order on Friday. "
        "She said the marina had not shown that the rowing club broke its lease. "
        "The rowing club will hold its regatta in July."
    )
    news = engine_of(tmp_path, [{"id": "marina", "title": "Marina loses bid", "text": text}, *filler(12)])
    a = news.ask("why did the judge reject the closure order")
    assert not a.abstained, a.answer
    assert "had not shown that the rowing club broke its lease" in a.answer, a.answer
    assert_verbatim(news, a)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # the question's own event after the reason word: what it did, no reason for it
        ("Traffic on the ring road doubled after the council closed the Abbey bridge.", False),
        ("Ferry bookings rose since the council closed the Abbey bridge.", False),
        # a temporal "since" or "after" before a time says when
        ("It was the quietest week on the ring road since last spring.", False),
        ("The ring road reopened after 2019.", False),
        # the event before the word, or the word opening the sentence: the cause follows
        ("The council closed the Abbey bridge after engineers found cracks in its piers.", True),
        ("After engineers found cracks, the council closed the Abbey bridge.", True),
    ],
)
def test_a_reason_word_giving_the_asked_event_as_a_cause_or_a_time_gives_no_reason(
    text: str, reason: bool
) -> None:
    tok = Tokenizer()
    q = analyze("Why did the council close the Abbey bridge?", tok)
    assert (type_score("reason", text, q, tok) >= 1.0) is reason


_TRAFFIC = "Traffic on the Marlow ring road doubled after the council closed the Abbey bridge."
_BRIDGE = (
    "A ferry will run across the river from Thursday. "
    "The Marlow council closed the Abbey bridge because engineers found deep cracks "
    "in two of its stone piers."
)
#: a sentence writing the asked act only to date another from it, its neighbours going on with that one
_REINSTATED = (
    "Halvex shareholders voted on Monday to reinstate Tom Grell as chief executive, three weeks after "
    "the board removed him.\n\nAbout 61 percent of the shares cast backed his return.\n\n"
    "Grell will return to the job in April."
)
#: the act itself, its reason beside it in words that name no one the question names
_REMOVED = (
    "HALDEN (Wire) \u2014 The board of Halvex removed chief executive Tom Grell on Tuesday, a day after "
    "the software company announced 900 job cuts and four days after a leaked memo set out his plans "
    "for the layoffs.\n\nThe directors said they acted because the plans had been hidden from them."
)


@pytest.mark.parametrize(
    ("after", "told", "question", "reason", "not_in"),
    [
        # the reason is the sentence saying why it closed it, itself giving one
        (_TRAFFIC, _BRIDGE, "Why did the Marlow council close the Abbey bridge?", "deep cracks", "Traffic"),
        # neither says why in itself: the one telling the act, whose neighbour does, answers
        (_REINSTATED, _REMOVED, "Why did the board remove Tom Grell?", "had been hidden from them", None),
    ],
)
def test_a_why_is_not_answered_by_what_came_after_the_act(
    tmp_path: Path, after: str, told: str, question: str, reason: str, not_in: str | None
) -> None:
    """ "Traffic doubled after the council closed the bridge", "Shareholders voted to reinstate Grell,
    three weeks after the board removed him" write the asked act only as what another event came after:
    they tell what came of it. The sentence telling the act answers, with its reason."""
    news = engine_of(
        tmp_path,
        [
            {"id": "after", "title": "What came after", "text": after},
            {"id": "act", "title": "The act", "text": told},
            *filler(12),
        ],
    )
    a = news.ask(question)
    assert not a.abstained, a.answer
    assert reason in first_statement(a), a.answer
    assert not_in is None or not_in not in a.answer, a.answer
    assert_verbatim(news, a)


@pytest.mark.parametrize("opener", ["Ames", "Ruth Ames", "Councillor Ruth Ames"])
def test_a_why_about_a_named_persons_vote_brings_their_statement_sentences_later(
    tmp_path: Path, opener: str
) -> None:
    """Her account opens with her name two sentences on, another's quote between: it is why she did it."""
    text = (
        "The Fenwick council passed its budget by six votes to three on Monday. "
        "Mayor Ben Tull backed the budget, while Councillor Ruth Ames voted against it. "
        '"This budget protects every library and every pool," Tull told the chamber. '
        f"{opener} said in a separate statement that she wanted the road repairs paid for first. "
        "The budget takes effect in April."
    )
    news = engine_of(tmp_path, [{"id": "budget", "title": "Budget passes", "text": text}, *filler(12)])
    a = news.ask("Why did Ames vote against the budget?")
    assert not a.abstained, a.answer
    # her reason leads: the vote's sentence, holding no cause, only tells what it is the reason for
    assert "road repairs paid for first" in a.statements[0].text, a.answer
    assert "voted against it" in a.answer, a.answer
    assert_verbatim(news, a)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Ames resigned on Wednesday, nine days after a report exposed failings at the clinic.", False),
        ("Ames resigned hours after the report was published.", False),
        ("Ames resigned shortly after the vote.", False),
        ("Ames resigned after a report exposed failings at the clinic.", True),
    ],
)
def test_an_after_a_span_measures_places_the_act_in_time_and_gives_no_reason(text: str, reason: bool) -> None:
    tok = Tokenizer()
    q = analyze("Why did Ames resign?", tok)
    assert (type_score("reason", text, q, tok) >= 1.0) is reason


def test_a_why_answered_by_a_span_after_an_event_is_answered_by_her_stated_reason(tmp_path: Path) -> None:
    """ "Nine days after a report ..." says when she resigned; what she said next says why."""
    text = (
        "Ruth Ames resigned as chief executive of the Fenwick clinic trust on Wednesday, nine days after "
        "a leaked report exposed failings at its children's ward and at two of its outpatient clinics in the "
        "northern half of the county. "
        'Ames said in a statement that she was stepping down "so that the trust can win back the families". '
        "The trust's deputy will lead it until a successor is found."
    )
    news = engine_of(tmp_path, [{"id": "ames", "title": "Clinic chief quits", "text": text}, *filler(12)])
    a = news.ask("Why did Ruth Ames resign?")
    assert not a.abstained, a.answer
    assert "win back the families" in a.statements[0].text, a.answer
    assert_verbatim(news, a)


def test_a_why_about_a_named_persons_call_brings_the_quotation_she_closes_after_it(tmp_path: Path) -> None:
    """The quotation opening right after what Ames did, closed by "she said", is hers (the sentence names
    her before Tull): why she called for him to quit, though it writes no "because" and no "I"."""
    text = (
        "The harbour contract was signed in March. "
        "Councillor Ruth Ames went further on Tuesday, calling on Mayor Ben Tull to quit. "
        '"The mayor signed the contract without a vote. If he cannot explain that, he should go," she said. '
        "Tull has been mayor since 2019."
    )
    news = engine_of(tmp_path, [{"id": "harbour", "title": "Harbour row", "text": text}, *filler(12)])
    a = news.ask("Why did Ames call for Tull to quit?")
    assert not a.abstained, a.answer
    assert "signed the contract without a vote" in a.answer, a.answer
    assert "he should go" in a.answer, a.answer
    assert_verbatim(news, a)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The council closed the Abbey bridge on Monday to protect walkers from falling stone.", True),
        ("The council closed the bridge to traffic.", False),  # a noun after "to": where, not why
        ("The council agreed to close the bridge.", False),  # what was agreed, no purpose
        ("The council closed the bridge, and plans to reopen it in May.", False),  # another clause
    ],
)
def test_a_to_and_a_verb_after_the_asked_act_gives_its_purpose(text: str, reason: bool) -> None:
    tok = Tokenizer()
    q = analyze("Why did the council close the Abbey bridge?", tok)
    assert (type_score("reason", text, q, tok) >= 1.0) is reason


def test_a_why_is_answered_by_the_purpose_of_the_act(tmp_path: Path) -> None:
    echo = (
        "The Marlow council closed the Abbey bridge on Monday. "
        "The Abbey bridge carries about 4,000 cars a day. "
        "The Marlow market will open on Saturday as usual."
    )
    story = "Engineers said the Marlow council shut the Abbey bridge to protect walkers from falling stone."
    news = engine_of(
        tmp_path,
        [
            {"id": "echo", "title": "Marlow council closes Abbey bridge", "text": echo},
            {"id": "story", "title": "Bridge shut", "text": story},
            *filler(12),
        ],
    )
    a = news.ask("Why did the Marlow council close the Abbey bridge?")
    assert not a.abstained, a.answer
    assert "to protect walkers" in a.answer, a.answer
    assert_verbatim(news, a)


@pytest.mark.parametrize(("speaker", "brought"), [("Benning", True), ("Tuck", False)])
def test_a_why_brings_the_quotation_the_actors_surname_closes_sentences_on(
    tmp_path: Path, speaker: str, brought: bool
) -> None:
    """Harold Benning said he had worried; the quotation opening right after, several sentences long
    and closed by "Benning said", is his account of why. Closed by another's name it is not his."""
    text = (
        "Harold Benning, a retired teacher who has lived on Mill Street for 38 years, said he had worried "
        'about the depot for a long time. "There was the diesel spill in 2021. There were the alarms that '
        f'nobody explained. Well, it happened," {speaker} said.\n\n'
        "The depot will stay closed until the inspection ends."
    )
    a = answer_from(
        tmp_path,
        {"id": "depot", "title": "Depot fire", "text": text},
        "Why was Harold Benning worried about the depot?",
    )
    assert not a.abstained, a.answer
    assert ("diesel spill" in a.answer) is brought, a.answer


_PIER = "The Harbour Safety Board closed the Wexley pier to visitors on Monday."
_PIER_Q = "Why was the Wexley pier closed?"
_FEE = "Wenna Ross refused to pay the Varn Bank the fee on Monday."
_FEE_Q = "Why did Wenna Ross refuse to pay?"


@pytest.mark.parametrize(
    ("act", "speaker", "question", "reason", "brought"),
    [
        # a body acts through whoever speaks for it, their words sharing a word of its name ...
        (_PIER, "The board's chair, Ines Marlow, said the pier would stay shut.", _PIER_Q, "stay shut", True),
        # ... not through the manager of the one it was done to
        (
            _PIER,
            "The operator's manager, Ines Marlow, said the pier would stay shut.",
            _PIER_Q,
            "stay shut",
            False,
        ),
        # an actor's spokesperson or lawyer (whose work is to speak for another) speaks for the actor
        (_FEE, '"We will not reward blackmail," spokeswoman Ida Quist said.', _FEE_Q, "blackmail", True),
        (_FEE, "Her lawyer, Tom Vell, argued that the bank broke the contract.", _FEE_Q, "contract", True),
        # a speaker of no such role, or a lawyer a possessive gives as another's, does not
        (_FEE, '"We will not reward blackmail," Ida Quist said.', _FEE_Q, "blackmail", False),
        (
            _FEE,
            "The Varn Bank's lawyer, Tom Vell, argued that the bank kept the contract.",
            _FEE_Q,
            "contract",
            False,
        ),
    ],
)
def test_a_why_brings_the_account_of_whoever_speaks_for_the_actor(
    tmp_path: Path, act: str, speaker: str, question: str, reason: str, brought: bool
) -> None:
    """The act's sentence holds no cause word; the next one, whoever speaks for the actor, says why."""
    text = f"{act}\n\n{speaker}\n\nThe pier was built in 1898."
    a = answer_from(tmp_path, {"id": "act", "title": "Act", "text": text}, question)
    assert not a.abstained, a.answer
    assert (reason in a.answer) is brought, a.answer


@pytest.mark.parametrize(
    ("question", "text", "reason"),
    [
        # English's causal prepositional phrases give the grounds of the act before them
        ("Why was the driver arrested?", "Police held the driver on suspicion of speeding.", True),
        ("Why was the driver arrested?", "Police arrested the driver on Friday.", False),
        ("Why was the pool closed?", "The council shut the pool for two days as a precaution.", True),
        ("Why was the pool closed?", "The council shut the pool for two days.", False),
        ("Why are tenants suing the landlord?", "Tenants sued the landlord, accusing him of neglect.", True),
        # "for" and a verb's "-ing": the grounds, not a noun's "-ing"
        ("Why was the club fined?", "The club was fined for failing to pay its staff.", True),
        ("Why was the club fined?", "The club was fined by morning.", False),
        ("Why was the club fined?", "The club was fined for the second time.", False),
        ("Why are tenants suing the landlord?", "A tenant accused of neglect sued the landlord.", False),
        # a consequence's ", so": the clause before it is the reason, unless it is the asked event
        ("Why couldn't the tank cool?", "The pump had been switched off, so the tank could not cool.", True),
        ("Why couldn't the tank cool?", "The tank could not cool, so the pump was switched off.", False),
        ("Why couldn't the tank cool?", "The tank could not cool, so far as anyone knows.", False),
        # a passive "why was X VERBed" has its purpose after the verb as an active one does
        ("Why were the pool repairs postponed?", "They postponed the pool repairs to cut costs.", True),
        ("Why were the pool repairs postponed?", "The council postponed the pool repairs.", False),
    ],
)
def test_a_reason_is_the_grounds_a_phrase_gives_the_act(question: str, text: str, reason: bool) -> None:
    tok = Tokenizer()
    q = analyze(question, tok)
    assert (type_score("reason", text, q, tok) >= 1.0) is reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # an "after" placing something on a route by a distance says where, not why
        ("Several runners said water stations after the 18-mile mark had run out of cups.", False),
        ("Runners slowed after the 20km point.", False),
        # twins: the same words giving a cause, an occurrence or a clause after "after"
        ("The marathon was halted after a 2-metre wave hit the course.", True),
        ("The marathon was stopped after the 18-mile mark was flooded.", True),
        ("The marathon was halted after lightning struck.", True),
    ],
)
def test_an_after_placing_a_point_on_a_route_gives_no_reason(text: str, reason: bool) -> None:
    tok = Tokenizer()
    q = analyze("Why was the marathon halted?", tok)
    assert (type_score("reason", text, q, tok) >= 1.0) is reason


@pytest.mark.parametrize(("speaker", "brought"), [("Quill", True), ("The trust's chairman", False)])
def test_a_why_brings_the_actors_named_quotation_a_paragraph_on(
    tmp_path: Path, speaker: str, brought: bool
) -> None:
    """Mara Quill resigned; a paragraph later a quotation closed by "Quill said" is her account of why,
    though it restates nothing and no cause word reads it. Closed by another speaker it is not hers."""
    text = (
        "Mara Quill announced her resignation as head of the Dunmore library trust on Monday, a week after "
        "an audit found gaps in its accounts.\n\n"
        "Quill will leave formally at the end of the month. Her deputy will run the trust until a "
        "successor is found.\n\n"
        '"I said sorry to our members and I meant it. But sorry is not enough. Someone has to answer for '
        f'this, and that is me," {speaker} said in a statement.'
    )
    a = answer_from(
        tmp_path, {"id": "trust", "title": "Library trust head quits", "text": text}, "Why did Quill resign?"
    )
    assert not a.abstained, a.answer
    assert ("sorry is not enough" in a.answer) is brought, a.answer


@pytest.mark.parametrize(
    ("question", "text", "reason"),
    [
        # the asked act after "after": the clause before sharing only a word of what it was done to
        # ("fixed-rate") is its effect, not its doer's act
        (
            "Why did the Bank of Dunmore raise rates?",
            "Lenders withdrew their fixed-rate deals after the Bank of Dunmore's decision to raise rates.",
            False,
        ),
        ("Why was the marathon halted?", "Marathon runners went home after it was halted.", False),
        # twins: the clause before writes the act, or the act does not follow the word
        (
            "Why did the Bank of Dunmore raise rates?",
            "The Bank of Dunmore raised rates after inflation hit 7%.",
            True,
        ),
        ("Why did the Bank of Dunmore raise rates?", "Rates went up after inflation hit 7%.", True),
        (
            "Why was the marathon halted?",
            "The marathon was stopped after runners in the marathon fell.",
            True,
        ),
    ],
)
def test_an_effect_of_the_asked_act_sharing_its_object_gives_no_reason(
    question: str, text: str, reason: bool
) -> None:
    tok = Tokenizer()
    q = analyze(question, tok)
    assert (type_score("reason", text, q, tok) >= 1.0) is reason


@pytest.mark.parametrize(
    ("text", "question", "score"),
    [
        # the purpose of the act after it: "in the hope of", "in an effort to" ...
        (
            "Ida Marr agreed to give evidence in the hope of a shorter sentence.",
            "Why did Ida Marr agree?",
            1.0,
        ),
        ("The ministry cut fares in an effort to win back riders.", "Why did the ministry cut fares?", 1.0),
        # ... and the actor's grounds in a participle of saying after it
        (
            "Supporters vowed to march against the sale, saying the deal is about land.",
            "Why are supporters against the sale?",
            1.0,
        ),
        # not the asked event as what another said of it: the saying is the other act's
        (
            "The mayor thanked the crews on Monday, saying the bridge was closed.",
            "Why was the bridge closed?",
            0.0,
        ),
    ],
)
def test_a_hope_an_effort_or_a_saying_after_the_act_gives_its_reason(
    text: str, question: str, score: float
) -> None:
    tok = Tokenizer()
    assert type_score("reason", text, analyze(question, tok), tok) == score


@pytest.mark.parametrize(("closing", "brought"), [("she said", True), ("Tom Hale said", False)])
def test_a_why_brings_the_speakers_own_quotation_however_many_sentences_it_runs(
    tmp_path: Path, closing: str, brought: bool
) -> None:
    """The union's leader said the strike would go on; her quotation right after, three sentences long and
    closed by "she said", is her account of why. Closed by another's name, it is not hers."""
    text = (
        "Union general secretary Ada Brisk, a former track engineer, said the Orlan strike would continue "
        "while the talks took place. "
        '"We are going into that room with an open mind. But we are not going in with our hands tied. '
        f'The strike goes on until there is an offer our members can vote for," {closing}.'
        "\n\nThe depots have been shut since Monday."
    )
    a = answer_from(
        tmp_path,
        {"id": "orlan", "title": "Orlan strike", "text": text},
        # (no name asked: the act's sentence names none of the question's, so only whose words follow it,
        # their first person and "she said", tell they are the speaker's)
        "Why did the union say it would keep striking during talks?",
    )
    assert not a.abstained, a.answer
    assert ("hands tied" in a.answer) is brought, a.answer


@pytest.mark.parametrize(
    ("after", "brought"),
    [
        ('He said in a letter that he was stepping down "so that the focus can stay on the families."', True),
        # a reason beside the act for another act, naming no one the question names, is not its reason
        ("The board will meet on Friday because the budget is late.", False),
    ],
)
def test_a_why_finds_the_reason_beside_another_articles_telling_of_the_act(
    tmp_path: Path, after: str, brought: bool
) -> None:
    """A live blog tells that Ivo Marsh resigned, and nothing beside it says why; the wire story tells
    the same act, and its next sentence, his letter, gives his reason."""
    blog = (
        "9:05 a.m. Kell Water director Ivo Marsh has resigned, the board chair told reporters outside the "
        "Kell Water offices.\n\n9:40 a.m. Crews began flushing mains on Dorr Street."
    )
    wire = (
        "The director of the Kell Water utility, Ivo Marsh, resigned on Thursday, eight days after the state "
        f"opened an inquiry into how lead got into the drinking water of the city's schools. {after}"
        "\n\nTesting continues."
    )
    engine = engine_of(
        tmp_path,
        [
            {"id": "blog", "title": "Kell Water live", "text": blog},
            {"id": "wire", "title": "Water chief quits", "text": wire},
            *filler(12),
        ],
    )
    a = engine.ask("Why did Ivo Marsh resign?")
    assert not a.abstained, a.answer
    assert ("so that the focus" in a.answer) is brought, a.answer
    assert "budget is late" not in a.answer, a.answer
    assert_verbatim(engine, a)


@pytest.mark.parametrize(
    ("text", "question", "score"),
    [
        # "reflected" gives the cause of what stands before it ...
        (
            "Its finance director said the higher figure reflected payments to passengers.",
            "Why did Varro raise its loss estimate?",
            1.0,
        ),
        # ... not a person's thinking over something
        (
            "Its finance director reflected on the higher figure.",
            "Why did Varro raise its loss estimate?",
            0.0,
        ),
        # a "to" after the asked word used as a noun (after a possessive) is the noun's, no purpose ...
        (
            "Lenders withdrew their deals after the bank's surprise decision to raise rates.",
            "Why were the markets surprised?",
            0.0,
        ),
        # ... while after the verb it is
        (
            "The bank surprised the markets on Tuesday to restore its name.",
            "Why were the markets surprised?",
            1.0,
        ),
    ],
)
def test_a_reflected_cause_counts_and_a_nouns_to_is_no_purpose(
    text: str, question: str, score: float
) -> None:
    tok = Tokenizer()
    assert type_score("reason", text, analyze(question, tok), tok) == score


@pytest.mark.parametrize(
    ("after", "brought"),
    [
        ("Justice Ada Lorne ruled that the union's notice to the company contained errors.", True),
        ("Justice Ada Lorne said the union's notice to the company would be read again.", False),
    ],
)
def test_a_why_of_a_court_order_brings_the_judges_ruling_after_it(
    tmp_path: Path, after: str, brought: bool
) -> None:
    """A court order, and in the next paragraph (wire copy) the judge's ruling that gives its grounds; a
    judge saying something else there is no ruling."""
    text = (
        "Varn Freight won a court order on Friday stopping a 48-hour strike at two of its depots, dealing a "
        f"blow to a union drive at its other sites.\n\n{after}\n\nThe walkout was due to start on Monday."
    )
    a = answer_from(
        tmp_path,
        {"id": "varn", "title": "Varn strike halted", "text": text},
        "Why did the court block the Varn strike?",
    )
    assert not a.abstained, a.answer
    assert ("contained errors" in a.answer) is brought, a.answer


@pytest.mark.parametrize(
    ("text", "score"),
    [
        # what a thing is VERBed for, right after the asked passive verb, is why ...
        ("At least 12 of the Orvik papers have been flagged for suspected image duplication.", 1.0),
        # ... not a span or a price, which "for" gives too, nor "for" after the verb's object
        ("At least 12 of the Orvik papers have been flagged for two weeks.", 0.0),
        ("At least 12 of the Orvik papers have been flagged for $40 each.", 0.0),
        ("The university has flagged 12 of the Orvik papers for review.", 0.0),
    ],
)
def test_what_a_thing_was_verbed_for_is_why(text: str, score: float) -> None:
    tok = Tokenizer()
    assert type_score("reason", text, analyze("Why were the Orvik papers flagged?", tok), tok) == score


@pytest.mark.parametrize(("opening", "brought"), [("The suit", True), ("The laboratory", False)])
def test_a_why_of_a_suit_brings_what_the_suit_claims(tmp_path: Path, opening: str, brought: bool) -> None:
    """Why someone is suing: what the suit (the noun WordNet derives from "sue") claims, right after;
    what another thing says there is not the suit's grounds."""
    text = (
        "Physicist Anton Rell has sued Dr. Mira Holt, the colleague whose complaint began the inquiry, for "
        f"defamation.\n\n{opening}, filed on Thursday in Varrow County Court, claims Holt made false "
        "statements to the journals.\n\nA first hearing is set for May."
    )
    a = answer_from(
        tmp_path, {"id": "rell", "title": "Rell sues Holt", "text": text}, "Why is Rell suing Holt?"
    )
    assert not a.abstained, a.answer
    assert ("false statements" in a.answer) is brought, a.answer


@pytest.mark.parametrize(
    ("text", "score"),
    [
        # a cause whose effect, after it, is the asked event gives the reason ...
        ("Flares thrown onto the pitch caused the delay of the Varn match.", 1.0),
        # ... one whose effect is something else is the cause of that, not of the asked event
        ("A small group chose to cause damage outside the Varn ground.", 0.0),
    ],
)
def test_a_cause_of_something_else_is_no_reason(text: str, score: float) -> None:
    tok = Tokenizer()
    assert type_score("reason", text, analyze("Why was the Varn match delayed?", tok), tok) == score


@pytest.mark.parametrize(
    ("closing", "brought"), [("he said", True), ("Vell said", True), ("Tom Hale said", False)]
)
def test_a_why_brings_the_speakers_quotation_closed_by_a_pronoun_or_their_own_name(
    tmp_path: Path, closing: str, brought: bool
) -> None:
    """An inspector said the burglars knew the warehouse; his quotation right after, closed by "he said" or
    by his surname, is his own account of why he thinks so, though it speaks of them, not in the first
    person. Closed by another's name it is not his, and the claim alone answers (as by design)."""
    text = (
        "Detective Inspector Ola Vell, who leads the inquiry, said the burglars appeared to know the Tarn "
        'warehouse well. "They were inside for less than six minutes. '
        f'This was planned carefully," {closing}.'
        "\n\nThe warehouse will stay shut until further notice."
    )
    a = answer_from(
        tmp_path,
        {"id": "tarn", "title": "Tarn warehouse raid", "text": text},
        # (no name asked: only whose words follow the claim, closed by his pronoun or name, tell they are his)
        "Why does the inspector think the burglars knew the warehouse?",
    )
    assert not a.abstained, a.answer
    assert "appeared to know" in a.answer, a.answer
    assert ("less than six minutes" in a.answer) is brought, a.answer


@pytest.mark.parametrize(
    ("text", "score"),
    [
        # a "to" after a noun someone's possessive holds is that noun's: what was asked, no purpose ...
        ("A High Court judge has refused Dom Ryle's request to stop the Orlan count.", 0.0),
        ("The judge refused their plea to stop the Orlan count.", 0.0),
        # (a plural's possessive too, its apostrophe after the "s")
        ("The judge refused the candidates' request to stop the Orlan count.", 0.0),
        # ... while after a noun a determiner opens it is the act's purpose
        ("The judge refused the request on Monday to protect the Orlan count.", 1.0),
    ],
)
def test_a_to_after_a_possessed_noun_is_no_purpose(text: str, score: float) -> None:
    tok = Tokenizer()
    q = analyze("Why did the judge refuse to halt the Orlan count?", tok)
    assert type_score("reason", text, q, tok) == score


@pytest.mark.parametrize(
    ("after", "brought"),
    [
        ("Judge Ada Lorne ruled on Monday that the ballots could be examined at a full trial later.", True),
        ("Judge Ada Lorne said on Monday the ballots would be kept in the court's strongroom.", False),
    ],
)
def test_a_why_of_a_refusal_brings_the_judges_ruling_with_its_day(
    tmp_path: Path, after: str, brought: bool
) -> None:
    """A judge refused a candidate's request to stop a count ("Ryle's request to stop": the request's "to",
    no reason); the named judge's ruling in the next paragraph, its day between "ruled" and "that", gives
    the grounds. A judge saying something else there gives none, and the refusal alone answers."""
    text = (
        "A High Court judge has refused Dom Ryle's request to stop the certification of the Orlan result."
        f"\n\n{after}\n\nThe full trial is expected to begin in June."
    )
    a = answer_from(
        tmp_path,
        {"id": "orlan", "title": "Judge refuses to halt Orlan certification", "text": text},
        "Why did the judge refuse to halt the Orlan certification?",
    )
    assert not a.abstained, a.answer
    assert ("full trial later" in a.answer) is brought, a.answer
    assert "strongroom" not in a.answer, a.answer


@pytest.mark.parametrize(
    ("later", "found"),
    [
        ("Inspectors found that a valve on the outflow pipe had been left open.", True),
        ("Inspectors visited the site on Monday and took photographs.", False),
    ],
)
def test_a_why_whose_act_has_no_reason_brings_a_finding_a_few_sentences_on(
    tmp_path: Path, later: str, found: bool
) -> None:
    """The pond drained (no reason word); two paragraphs on, what inspectors found gives the cause in
    another verb and no reason word: it answers with the act. Inspectors doing something else there give
    none, and the act alone answers, by design (a "why" whose coverage tells the act but no reason is
    answered with the act, not declined)."""
    text = (
        "The boating pond in Orlan Park drained overnight on Saturday, leaving dozens of ducks stranded."
        "\n\nAbout 40 volunteers helped park staff move the birds to the canal."
        f"\n\n{later}\n\nThe pond will be refilled next month."
    )
    doc = {"id": "pond", "title": "Orlan Park pond drains", "text": text}
    a = answer_from(tmp_path, doc, "Why did the pond drain?")
    assert not a.abstained, a.answer
    assert ("valve on the outflow pipe" in first_statement(a)) is found, a.answer
    assert "refilled" not in a.answer, a.answer


def test_the_following_day_places_no_act_in_time_from_another() -> None:
    """ "the following day removed him" tells the removal itself; "after the board removed him" does not."""
    from retrieval.answer.types import tells_act_as_anchor

    act = frozenset({"remove"})
    assert not tells_act_as_anchor("The board met on Monday and the following day removed Ian Holt.", act)
    assert tells_act_as_anchor(
        "Shareholders voted to reinstate him, a week after the board removed him.", act
    )
