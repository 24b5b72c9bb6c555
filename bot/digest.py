"""What the bot knows about the corpus it has loaded, worked out once per corpus version in a worker
thread: example questions for ``/help`` and the console (made from the corpus's own headlines and
quoted statements, and kept only if the engine answers them from that very article), and the subjects
its dated events are most often about (``/timeline``'s topic suggestions).

So ``/help`` never suggests questions about the seed articles when another corpus is loaded, and never
a question the bot would decline.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from retrieval import Engine, SourceInfo, fold, mostly_noun, object_of_preposition

log = logging.getLogger(__name__)

#: example questions shown, candidate documents tried for them, subjects kept for suggestions
EXAMPLES, CANDIDATES, SUBJECTS = 4, 40, 300

_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+|de\s+|al-)?[A-Z][\w'’.-]*){0,4}")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_SAYS = r"(?:said|says|told|tells|warned|warns|stated|added|claimed|claims|insisted|urged|urges)"
_SPEAKER = re.compile(rf"(?P<who>{_NAME.pattern})\s+{_SAYS}\b|[,”\"]\s*{_SAYS}\s+(?P<who2>{_NAME.pattern})")
#: "the" (or "a", "an") right before a speaker's name: a body's name written as the text writes it
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.I)
# Words that start sentences, fill headlines or title people rather than name what a text is about.
_STOP = frozenset(
    """a about after against ahead all also amid an and any are as at be been before being but by can
    could did do does during for from had has have he her his how i if in into is it its last may more
    most must might new next no not now of on or our over says said shall she should so some such than
    that the their them then there these they this those through to toward towards under up us was we
    were what when where which while who why will with would you your week weeks year years day days
    month months today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday
    january february march april june july august september october november december mr mrs ms dr
    according however meanwhile earlier later citing delegations i'm i’m tv""".split()
)
_TITLES = frozenset(
    """president prime minister secretary general chief spokesperson spokesman spokeswoman foreign
    defense defence deputy first state senator governor mayor chancellor ambassador envoy official
    russian ukrainian american british french german chinese european us u.s. former""".split()
)


@dataclass(frozen=True)
class Digest:
    """One corpus version's examples and event subjects (name, how many events mention it)."""

    version: str
    examples: tuple[str, ...]
    subjects: tuple[tuple[str, int], ...]


def _clean_name(raw: str) -> str:
    """A name without a possessive, leading stop words or the titles before a person's name
    ("Russian President Vladimir Putin" -> "Vladimir Putin")."""
    words = re.sub(r"['’]s$", "", raw).strip(" .-").split()
    owners = [i for i, w in enumerate(words[:-1]) if re.search(r"['’]s$", w)]
    if owners:  # "Labour's Yvette Cooper": the name is the one owned
        words = words[owners[-1] + 1 :]
    while words and words[0].lower() in _STOP:
        words = words[1:]
    titled = [i for i, w in enumerate(words[:-1]) if w.lower().strip(".") in _TITLES]
    if titled:  # "NATO Secretary General Mark Rutte": the name is what follows the last title word
        words = words[titled[-1] + 1 :]
    if len(words) > 1 and words[0].lower() in {"of", "de"}:
        words = words[1:]
    if len(words) > 2 and all(w.isupper() for w in words):  # A SHOUTED PHRASE, not a name
        return ""
    return " ".join(words)


def _starts_sentence(text: str, at: int) -> bool:
    """Whether position ``at`` begins the text or a sentence in it (so its capital proves nothing)."""
    before = text[:at].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?:"


def _names(text: str, *, initial: bool = True) -> list[str]:
    """Capitalised names in ``text``, cleaned, each once, in order; ``initial=False`` leaves out one
    that begins a sentence (a capital there proves nothing)."""
    found: list[str] = []
    for m in _NAME.finditer(text):
        if not initial and _starts_sentence(text, m.start()) and " " not in m.group(0).strip():
            continue
        if re.match(r"\s*[\d$£€¥]", text[m.end() :]) and m.group(0).strip().isupper():
            continue  # "CAD 1,500", "NOK 700 million": a currency's or unit's code before its figure
        name = _clean_name(m.group(0))
        if len(name) > 1 and name.lower() not in _STOP and name.lower() not in _TITLES and name not in found:
            found.append(name)
    return found


def _title_case(text: str) -> bool:
    """A Headline Written In Title Case: its capitals say nothing about what is a name."""
    words = [w for w in _WORD.findall(text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > 0.7


def _topic_words(text: str, most: int = 2) -> list[str]:
    """The first plain (lower-case) words of a clause worth searching for, as one phrase: what it is
    about. Only words written together, a later one a noun: "said repairs to the camera system" gives
    "repairs", not "repairs camera", and "said staff acted quickly" "staff", not "staff acted"."""
    words: list[str] = []
    end = 0  # where the phrase so far ends
    for m in _WORD.finditer(text):
        w = m.group(0)
        plain = w.islower() and len(w) > 3 and w not in _STOP
        if plain and (not words or (text[end : m.start()] == " " and w not in words and mostly_noun(w))):
            words.append(w)
            end = m.end()
        elif words:
            break
        if len(words) >= most:
            break
    return words


def proven_words(texts: Iterable[str]) -> frozenset[str]:
    """The words (casefolded) ``texts`` write capitalised where a capital proves a name: not opening a
    sentence."""
    return frozenset(
        w.casefold() for t in texts if not _title_case(t) for n in _names(t, initial=False) for w in n.split()
    )


def _of_outlet(name: str, outlets: frozenset[str], text: str) -> bool:
    """Whether a name is an outlet's (casefolded ``outlets``), or the end of one's as ``text`` shortens it,
    with its article ("told the Echo" of the Northfield Echo; not "Scotland" of BBC Scotland)."""
    n = name.casefold()
    if n in outlets:
        return True
    shortened = re.search(rf"\bthe\s+{re.escape(name)}\b", text, re.IGNORECASE) is not None
    return shortened and any(o.endswith(" " + n) for o in outlets)


def statement_questions(
    text: str, proven: frozenset[str] | None = None, outlets: frozenset[str] = frozenset()
) -> list[str]:
    """Questions a sentence (or a headline) suggests: what its speaker said, about another name it
    mentions ("Rutte said Russia must act" -> "What did Rutte say about Russia?") or about what the
    statement is about ("Lind said the glacier lake rose" -> "What did Lind say about glacier lake?").
    A speaker of one word opening the sentence is a name only where its article writes it capitalised
    elsewhere (``proven``, of the text alone when not given): "Police said ..." names no one. The name
    before a possessive ("..., said Ashbridge's fire chief") is whose the speaker is, not who spoke. The
    coverage's ``outlets`` (casefolded) are no one spoken about: a wire's dateline, "(Meridian Press
    Agency) -", names who reported the statement."""
    if _title_case(text):
        return []
    proven = proven_words([text]) if proven is None else proven
    out: list[str] = []
    for m in _SPEAKER.finditer(text):
        raw = m.group("who") or m.group("who2") or ""
        article = _ARTICLE_BEFORE.search(text, 0, m.start()) if m.group("who") else None
        if m.group("who") and object_of_preposition(text, article.start() if article else m.start("who")):
            continue  # "engineers at (the) Hollin Airport said": the engineers spoke, not the airport
        if re.search(r"['’]s$", raw.strip()):
            continue  # "said Ashbridge's fire chief": the chief spoke, not Ashbridge
        who = _clean_name(raw)
        if len(who) < 2 or who.lower() in _STOP or who.lower() in _TITLES:
            continue
        if (
            " " not in who
            and _starts_sentence(text, text.find(who, m.start()))
            and who.casefold() not in proven
        ):
            continue  # "Police said the march passed off peacefully": a capital that opens a sentence
        others = [
            n
            for n in _names(text, initial=False)
            if n not in who and who not in n and not _of_outlet(n, outlets, text)
        ]
        # a body the text writes with its article ("the Public Service Workers Union said") is asked so
        said = f"the {who}" if " " in who and (article or raw.split()[0].lower() == "the") else who
        if others:
            out.append(f"What did {said} say about {others[0]}?")
        out.append(f"What did {said} say?")
        topic = _topic_words(text[m.end() :])
        if topic:  # tried when the plainer questions are not answered from this article
            out.append(f"What did {said} say about {' '.join(topic)}?")
    return list(dict.fromkeys(out))


def candidate_questions(engine: Engine, doc: SourceInfo, outlets: frozenset[str] = frozenset()) -> list[str]:
    """Questions a document suggests: from its headline, then from its first statements, then what
    the coverage says about the headline's first two names (none of them an outlet of ``outlets``,
    casefolded)."""
    document = engine.documents.get(doc.doc_id)
    sentences = document.sentences[:30] if document is not None else ()
    proven = proven_words([doc.title or "", *(s.text for s in sentences)])
    out = statement_questions(doc.title or "", proven, outlets)
    for sentence in sentences:
        out.extend(q for q in statement_questions(sentence.text, proven, outlets) if q not in out)
        if len(out) >= 4:
            break
    names = [] if _title_case(doc.title or "") else _names(doc.title or "", initial=False)
    names = [n for n in names if not _of_outlet(n, outlets, doc.title or "")]
    if len(names) >= 2:
        out.append(f"What does the coverage say about {names[0]} and {names[1]}?")
    return out[:6]


def _answer_from(engine: Engine, question: str, doc_id: str) -> str | None:
    """What the engine quotes first for ``question`` when its answer cites ``doc_id``, else None."""
    try:
        answer = engine.ask(question)
    except Exception:  # an example is a nicety: a question the engine cannot take is just not shown
        log.debug("example %r failed", question, exc_info=True)
        return None
    if answer.abstained or not any(c.doc_id == doc_id for c in answer.citations):
        return None
    first = answer.statements[0].text if answer.statements else answer.answer
    return fold(first).casefold()[:60]  # a statement quoted whole or merged with the next is one


def _candidates(docs: list[SourceInfo]) -> list[SourceInfo]:
    """Documents to draw examples from: newest first, one outlet at a time so the examples vary."""
    ordered = sorted(docs, key=lambda d: (d.published is not None, d.published), reverse=True)
    by_outlet: dict[str | None, list[SourceInfo]] = {}
    for d in ordered:
        if d.title:
            by_outlet.setdefault(d.source, []).append(d)
    out: list[SourceInfo] = []
    while len(out) < CANDIDATES and any(by_outlet.values()):
        for queue in by_outlet.values():
            if queue and len(out) < CANDIDATES:
                out.append(queue.pop(0))
    return out


def choose_examples(engine: Engine, want: int = EXAMPLES) -> list[str]:
    """Up to ``want`` questions the engine answers, each quoting the article it was made from."""
    chosen: list[str] = []
    seen: set[str] = set()
    answers: set[str] = set()  # two examples with one answer would be one example
    docs = engine.sources().documents
    outlets = frozenset(d.source.casefold() for d in docs if d.source)
    for doc in _candidates(docs):
        for question in candidate_questions(engine, doc, outlets):
            key = fold(question).casefold()
            if key in seen:
                continue
            seen.add(key)
            answer = _answer_from(engine, question, doc.doc_id)
            if answer is not None and answer not in answers:
                chosen.append(question)
                answers.add(answer)
                break
        if len(chosen) >= want:
            break
    return chosen


def event_subjects(engine: Engine, most: int = SUBJECTS) -> list[tuple[str, int]]:
    """The names the corpus's dated events mention most, with how many events mention each."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    proven: set[str] = set()  # names seen capitalised somewhere other than a sentence's start
    for event in engine.timeline(None, None, None, None).events:
        names = _names(event.text)
        proven.update(fold(n).casefold() for n in _names(event.text, initial=False))
        for name in set(names):
            key = fold(name).casefold()
            shown.setdefault(key, name)
            counts[key] += 1
    ranked = sorted((k for k in counts if k in proven), key=lambda k: (-counts[k], k))[:most]
    return [(shown[k], counts[k]) for k in ranked]


def build_digest(engine: Engine) -> Digest:
    """Both, for one engine: CPU work of a fraction of a second to a few seconds at a million passages;
    call it in a worker thread."""
    return Digest(engine.version, tuple(choose_examples(engine)), tuple(event_subjects(engine)))


class DigestCache:
    """The digest of the engine being served, built once per version in a worker thread. Until the
    current version's is ready, nothing is offered (never the previous corpus's examples)."""

    def __init__(self) -> None:
        self._digest: Digest | None = None
        self._lock = asyncio.Lock()

    def current(self, version: str) -> Digest | None:
        d = self._digest
        return d if d is not None and d.version == version else None

    async def get(self, engine: Engine) -> Digest:
        d = self.current(engine.version)
        if d is not None:
            return d
        async with self._lock:
            d = self.current(engine.version)
            if d is None:
                d = await asyncio.to_thread(build_digest, engine)
                self._digest = d
            return d

    def put(self, digest: Digest) -> None:
        self._digest = digest
