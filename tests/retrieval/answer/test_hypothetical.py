"""A question asking what happened ("how many years was X sentenced to") is not answered by a sentence
telling what may happen on a condition ("X could face a sentence of 12 years if convicted"): a modal and
an "if" in one clause give a possibility, not the fact."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler

TRIAL = (
    "Former harbour mayor Dana Whitlow went on trial on Monday accused of taking bribes from builders. "
    "Ms Whitlow could face a prison sentence of 12 years if convicted of all the charges. "
    "She denies wrongdoing."
)
TREASURER = (
    "A former county treasurer who took money from a pension fund has been jailed. "
    "Lee Ambrose was sentenced to six years in prison on Friday. "
    "The fund has since recovered most of the money."
)
WARNING = (
    "The mill's owners met union leaders in Carrow on Tuesday. "
    'Senator Ada Lind posted her warning on a community forum: "If the mill closes, the valley would lose '
    '400 jobs." '
    "Talks continue next week."
)
REGATTA = (
    "The harbour regatta was called off on Saturday. "
    "Organisers said the regatta had been moved to August 9 because of a storm warning, and would be "
    "cancelled altogether if the swell stayed above three metres. "
    "Crews were told to keep their boats ashore."
)


def _news(tmp_path: Path):  # type: ignore[no-untyped-def]
    docs = [
        {"id": "trial", "title": "Harbour mayor on trial", "text": TRIAL},
        {"id": "treasurer", "title": "Treasurer jailed", "text": TREASURER},
        {"id": "warning", "title": "Mill talks", "text": WARNING},
        {"id": "regatta", "title": "Regatta off", "text": REGATTA},
    ]
    return engine_of(tmp_path, [*docs, *filler(12)])


def test_a_possible_sentence_is_not_the_one_given(tmp_path: Path) -> None:
    a = _news(tmp_path).ask("how many years in prison was dana whitlow sentenced to")
    assert a.abstained, a.answer


def test_a_sentence_given_answers(tmp_path: Path) -> None:
    news = _news(tmp_path)
    a = news.ask("how many years in prison was lee ambrose sentenced to")
    assert not a.abstained and "six years" in a.answer, a.answer
    assert_verbatim(news, a)
    a = news.ask("how many years could dana whitlow face in prison")  # (asked as a possibility, it is one)
    assert not a.abstained and "12 years" in a.answer, a.answer


def test_a_condition_inside_a_quotation_leaves_the_report_a_fact(tmp_path: Path) -> None:
    # what the senator did is reported as done; only her quoted words are conditional
    news = _news(tmp_path)
    a = news.ask("where did senator lind post her warning")
    assert not a.abstained and "community forum" in a.answer, a.answer
    assert_verbatim(news, a)


def test_a_condition_in_another_clause_leaves_the_rest_a_fact(tmp_path: Path) -> None:
    # the move is told as done; only the cancelling is conditional
    news = _news(tmp_path)
    a = news.ask("why was the regatta moved")
    assert not a.abstained and "storm warning" in a.answer, a.answer
    assert_verbatim(news, a)
