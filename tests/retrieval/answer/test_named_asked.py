"""The sentence answering names what is asked, not only the event it is asked about: a day beside a
role ("announced by the health secretary on Monday") names no one in it; a noun opening a sentence bare
("Police arrested ...") says none which, so the sentence naming it ("... of Eastmoor Police said")
answers a "which police force" first; "who leads the team" is answered by the sentence holding the act
and its doer; and "the skipper's lawyer" is the lawyer of the name the article titles "Skipper"."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.answer.corpora import assert_verbatim, engine_of, filler


def _opens_with(root: Path, docs: list[dict[str, str]], question: str, name: str) -> None:
    """The reply to ``question`` over ``docs`` (and filler) opens with a statement naming ``name``."""
    engine = engine_of(root, [*docs, *filler(12)])
    a = engine.ask(question)
    assert not a.abstained, a.answer
    assert name in a.statements[0].text, a.answer
    assert_verbatim(engine, a)


def test_a_day_beside_the_role_names_no_one_in_it(tmp_path: Path) -> None:
    """ "announced by the health secretary on Monday" names no health secretary ("Monday" is a day), and
    the name further on is another person's: the sentence titling her answers."""
    inquiry = (
        "The inquiry into care at Harford General, announced by the health secretary on Monday, will be "
        "chaired by Dame Ruth Wendover. "
        "Its first hearings are expected in September."
    )
    liveblog = (
        "1:15 p.m. Health Secretary Jane Lyall says she will make a statement to parliament about the "
        "hospital. "
        "1:40 p.m. The hospital's board is meeting this afternoon."
    )
    _opens_with(
        tmp_path,
        [
            {"id": "inquiry", "title": "Judge to chair Harford inquiry", "text": inquiry},
            {"id": "blog", "title": "Harford hospital: live", "text": liveblog},
        ],
        "Who is the health secretary?",
        "Jane Lyall",
    )


def test_the_name_a_which_asks_for_leads_a_sentence_writing_the_bare_noun(tmp_path: Path) -> None:
    """ "Police arrested the skipper ..." writes police in general; the next paragraph names the force
    ("... of Eastmoor Police said"), which is what "which police force" asks."""
    text = (
        "Police arrested the skipper of the trawler Grey Heron on Friday on suspicion of manslaughter, "
        "six days after the trawler sank off the Marrow estuary with the loss of four of its crew.\n\n"
        "The skipper, 48, was detained at his home in Port Elsby, Detective Inspector Ann Cole of Eastmoor "
        "Police said.\n\n"
        "He has not been charged."
    )
    _opens_with(
        tmp_path,
        [{"id": "arrest", "title": "Skipper arrested", "text": text}],
        "Which police force arrested the skipper?",
        "Eastmoor Police",
    )


def test_a_who_verb_is_answered_by_the_sentence_holding_the_verb_beside_a_name(tmp_path: Path) -> None:
    """ "The U.S. Marine Safety Board has sent a team ... to Dorrance Quill Corp.'s shipyard" holds the
    question's names and some name, not who leads the team; "The team is led by senior investigator Omar
    Haddad" holds the act and its doer."""
    text = (
        "The U.S. Marine Safety Board has sent a team of six investigators to Dorrance Quill Corp.'s "
        "shipyard in Caddis Bend, Pennsylvania, where an explosion killed two workers.\n\n"
        "The team is led by senior investigator Omar Haddad, who previously led the board's inquiry into a "
        "2022 tanker fire in Louisiana.\n\n"
        "The investigators began interviewing workers on Wednesday."
    )
    title = "Six investigators sent to Caddis Bend"
    _opens_with(
        tmp_path,
        [{"id": "board", "title": title, "text": text}],
        "Who leads the Marine Safety Board team?",
        "Omar Haddad",
    )


def test_the_owners_office_is_held_by_the_name_its_article_titles_with_the_owners_noun(
    tmp_path: Path,
) -> None:
    """ "Hale's lawyer, Ann Fitch" is the skipper's lawyer where the article titles him "Skipper Jon Hale";
    "The families' lawyer, Mia Reyes" holds the office for others."""
    arrest = (
        "Police arrested Skipper Jon Hale on Friday, six days after the trawler Grey Heron sank.\n\n"
        'Hale\'s lawyer, Ann Fitch, said her client was "devastated" and would cooperate.'
    )
    claims = (
        "The owners of the Grey Heron offered compensation to the families of the crew on Thursday. "
        "The families' lawyer, Mia Reyes, said they would file a group claim next month."
    )
    _opens_with(
        tmp_path,
        [
            {"id": "arrest", "title": "Trawler skipper arrested", "text": arrest},
            {"id": "claims", "title": "Families to sue", "text": claims},
        ],
        "Who is the skipper's lawyer?",
        "Ann Fitch",
    )
