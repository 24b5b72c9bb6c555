"""What an opinion piece argues: "what does <columnist> argue" is answered by the piece's call, the last
of its sentences saying on no condition what ought to be done, not by its opening scene; a call waiting
on a condition ("If the mayor cannot say ..., the council should ...") or a reproach of the past ("should
have") is passed over, a pronoun-led call is quoted with the sentence naming who, and a piece calling for
nothing is still answered by its lead. Made-up corpus about a harbour town."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler, first_statement

_DOCS = [
    {"id": "dredge", "title": "Opinion: Portlow's harbour was silted up by neglect",
     "source": "Portlow Review", "author": "Nell Arden",
     "text": "Every spring, the fishing boats wait for the tide at the mouth of the harbour.\n\n"
             "The harbour board should have dredged the channel in 2021. It chose to spend the money on "
             "a new office.\n\n"
             "The board must publish its accounts for the last five years.\n\n"
             "If the board cannot explain the office, the minister should appoint a new chair.\n\n"
             "Nell Arden is a former harbour pilot and must be reached through the Review."},
    {"id": "ferry", "title": "Opinion: The ferry is the town's lifeline", "source": "Portlow Review",
     "author": "Tom Keel",
     "text": "On a grey morning the ferry leaves at six, full of nurses and builders.\n\n"
             "Mayor Ruth Penn has promised to look at the timetable. She should go further and keep the "
             "night crossing all year.\n\n"
             "Tom Keel writes about the coast."},
    {"id": "gulls", "title": "Opinion: In praise of the harbour gulls", "source": "Portlow Review",
     "author": "Ada Crane",
     "text": "The gulls were here before the town and will be here after it.\n\n"
             "They are loud, greedy and entirely at home."},
]  # fmt: skip


@pytest.fixture(scope="module")
def portlow(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("portlow"), [*_DOCS, *filler(10)])


def test_a_column_argues_its_call_not_its_opening_scene(portlow: Engine) -> None:
    # (not the lead's scene, nor the reproach "should have dredged", nor the call waiting on an "if", nor
    # the line about the writer)
    a = portlow.ask("What does Nell Arden argue?")
    assert (
        not a.abstained
        and first_statement(a) == "The board must publish its accounts for the last five years."
    )
    # (its headline, the thesis, is told after the call, cited to the piece)
    assert [st.text for st in a.statements][1:] == [
        "Headline: \u201cOpinion: Portlow's harbour was silted up by neglect\u201d"
    ]
    assert a.statements[1].citations == a.statements[0].citations
    assert_verbatim(portlow, a)


def test_a_call_opening_on_a_pronoun_names_who(portlow: Engine) -> None:
    a = portlow.ask("What does Tom Keel argue?")
    first = first_statement(a)
    assert not a.abstained and first.startswith("Mayor Ruth Penn has promised") and "night crossing" in first
    assert_verbatim(portlow, a)


def test_a_column_calling_for_nothing_is_told_by_its_lead(portlow: Engine) -> None:
    a = portlow.ask("What does Ada Crane argue?")
    assert not a.abstained and "before the town" in first_statement(a), a.answer
