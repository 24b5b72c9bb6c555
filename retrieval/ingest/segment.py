"""Sentence segmentation for news prose.

Every sentence returned is a verbatim slice of the input (only surrounding whitespace stripped): answers
quote sentences, and a quote must match the article character for character.

How it works: one precompiled regex finds *candidate* boundaries (terminal punctuation, optional closing
quotes/brackets, whitespace, then something that can start a sentence). Each candidate is then vetoed
if it falls inside a parenthesis pair or right after an abbreviation. Python runs per candidate, never per
character, so it stays fast over a million passages.
"""

from __future__ import annotations

import re

# A boundary: [.!?…] (repeated), closing quotes/brackets glued to it, then whitespace, and the next
# sentence must start with an (optionally quoted/bracketed) capital letter or digit.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]*[A-Z0-9])")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_PARENS = re.compile(r"\([^()\n]{0,300}\)")

# The word right before a period, e.g. "Gen" in "Gen.", "U.S" in "U.S." and "p.m" in "p.m.".
_LAST_TOKEN = re.compile(r"(?<![A-Za-z])([A-Za-z][A-Za-z.]*)\.$")
_NEXT_WORD = re.compile(r"\s+[\"'“‘«(\[]*([A-Za-z0-9]+)")

#: a day written as an ordinal number before its month, as German writes dates ("am 12. Mai 2026"): the
#: period is the ordinal's, not a sentence's end
_ORDINAL_DAY = re.compile(r"(?<![\w.,])[0-3]?\d\.$")
_MONTH_NEXT = re.compile(
    r"\s+(?:(?:Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember)\b|"
    # the names English shares, only with a year or day after them ("21. April 2026", not "21. April showers")
    r"(?:April|August|September|November)\s+\d)"
)

#: a wire's or outlet's name in brackets then a dash ("(PWS) —", "(Reuters) -"): the middle of a
#: dateline ("PORTLAND, Ore. (PWS) — Officials said ..."), whose place ends in an abbreviated state's
#: period. What follows a period is never a sentence of its own when it starts like this
_DATELINE_CREDIT = re.compile(r"\s+\([A-Z][\w&.' -]{0,40}\)\s*[—–-]")

#: the longest quotation (characters) whose inner sentence ends are no sentence ends when the sentence
#: goes on after it ('"We failed. We are sorry," Ann Lee said'): longer, and an unpaired quote mark could
#: glue a paragraph into one sentence; shorter, and a two-sentence quotation loses its speaker
_QUOTE_CHARS = 600
_QUOTE_MARK = re.compile('["“”]')
#: what may stand between a quotation's last word and its closing mark when the sentence goes on after
#: it ('..., we fell short," she said'; '... the plan --" he began')
_QUOTE_GOES_ON = frozenset(",;:—–-")
_SPEECH = (
    r"(?:said|says|asked|asks|told|tells|added|adds|wrote|writes|replied|exclaimed|shouted|cried|"
    r"wondered|recalled|insisted|warned|explained|declared|continued|answered|demanded|quipped)"
)
#: a speaker named after a quotation ('"Is it safe?" Dana Whitcombe asked', '... !" Dr. Reyes said'):
#: the quotation's "?", "!" or "..." ends the quotation, not the sentence. Up to four capitalised words,
#: then a verb of saying
_ATTRIBUTION = re.compile(rf"\s+([A-Z][\w.'’-]*),?\s+(?:[A-Z][\w.'’-]*,?\s+){{0,3}}(?:also\s+)?{_SPEECH}\b")

#: what follows a speaker's verb that only tags the quotation before it ('?" Ann Lee asked.', '!" Ann
#: Lee said in a statement'), not a report of its own ('?" Mr Lee said he would ...', '?" Ann Lee
#: replied that ...'): the sentence ends, or a phrase of where, when or to whom begins
_SAID_ENDS = re.compile(
    r"\s*[.,;:!?]|\s+(?:in|at|on|to|during|after|before|from|while|when|with|as|outside|inside|later|"
    r"earlier|last|this|yesterday|today|tonight)\b"
)

#: titles and short forms that are (almost) never the end of a sentence in news copy
_NEVER_FINAL = frozenset(
    """mr mrs ms messrs dr prof gen sen sens rep reps gov lt col sgt capt cmdr adm maj brig cpl pvt
    rev hon pres supt det insp amb atty ald gens st ste mt ft jan feb mar apr jun jul aug sep sept oct nov
    dec mon tue tues wed thu thur thurs fri sat sun vs v fig figs vol vols pp ch approx dept est
    univ assn bros gov't e.g i.e cf al""".split()
)
#: short forms that end sentences often enough that we split after them when a typical sentence start follows
_MAYBE_FINAL = frozenset("inc corp co ltd llc plc jr sr etc no nos a.m p.m".split())
#: words that usually begin a sentence; after "U.S." or "Inc." they make a split likely
_STARTERS = frozenset(
    """the a an he she it they we i you this that these those there his her its their our my but and
    so yet or in on at as if when while after before however meanwhile still also then now for from
    by with since although though because what who why how where some many most one two both all no
    officials other it's that's""".split()
)


#: a clock time alone, as a live blog's entry opens with it ("9:05 a.m.", "11 p.m."): no sentence of its own
_TIME_STAMP = re.compile(r"\s*\d{1,2}(?:[:.]\d{2})?\s*[AaPp]\.\s?[Mm]\.")


def _is_abbreviation(text: str, end: int, next_start: int) -> bool:
    """Whether the period ending at ``end`` belongs to an abbreviation rather than ending a sentence."""
    token_match = _LAST_TOKEN.search(text, max(0, end - 24), end)
    if token_match is None:
        return False
    token = token_match.group(1)
    lower = token.lower()
    nxt = _NEXT_WORD.match(text, next_start)
    next_word = nxt.group(1).lower() if nxt else ""
    if len(token) == 1:
        # "J. D. Vance", "Part B." -- a lone capital is an initial unless a common sentence starter follows
        return token.isupper() and next_word not in _STARTERS
    if lower in _NEVER_FINAL:
        return True
    if "." in token:
        # initialisms: "U.S.", "U.N.", "D.C." end a sentence only before a typical sentence start
        return next_word not in _STARTERS
    if lower in _MAYBE_FINAL:
        if lower in {"no", "nos"}:
            return next_word[:1].isdigit()
        return next_word not in _STARTERS
    return False


def _quotations(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The paragraph's quotations as (opening mark, closing mark) positions: curly marks by their shape,
    straight ones in turns. A quotation still open at the paragraph's end (news continues a long quote
    into the next paragraph without closing it) is none."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for mark in _QUOTE_MARK.finditer(text, start, stop):
        i, ch = mark.start(), mark.group()
        if ch == "“" or (ch == '"' and opened is None):
            opened = i
        elif ch in '”"' and opened is not None:
            if i - opened <= _QUOTE_CHARS:
                spans.append((opened, i))
            opened = None
    return spans


def _inside_going_quote(quotes: list[tuple[int, int]], text: str, punct: int, end: int) -> bool:
    """Whether the sentence end at ``punct`` (its boundary running to ``end``) lies inside a quotation
    that the sentence goes on after ('"We failed. We are sorry," Ann Lee said' is one sentence): a
    quotation closed after a comma or dash and then given its speaker's name ('," Dana Whitcombe
    said'): the sentence that names who spoke keeps all the words it quotes. After a pronoun ('," he
    said') the quotation is split as before: its speaker is named in another sentence whichever half
    is quoted, and a longer sentence only dilutes what it matches. The name must come first: '," said
    Dr. Tomas Reyes' was tried too and moved the BBC fit half's candidates (one abstention lost)."""
    for lo, hi in quotes:
        if lo < punct and end <= hi:
            return text[hi - 1] in _QUOTE_GOES_ON and _names_speaker(text, hi + 1)
    return False


def _names_speaker(text: str, at: int, then: re.Pattern[str] | None = None) -> bool:
    """Whether the text at ``at`` names who spoke the quotation before it ('" Dana Whitcombe said'):
    capitalised words then a verb of saying, the first no word that begins sentences ('" He added
    more.' and '" The board said ...' are sentences of their own), and ``then`` after the verb."""
    match = _ATTRIBUTION.match(text, at)
    if match is None or match.group(1).lower() in _STARTERS:
        return False
    return then is None or then.match(text, match.end()) is not None


#: the label opening an answer in a questions-and-answers article ("A: ", "**A:** ")
_ANSWER_LABEL = re.compile(r"\s*[*_]*A[*_]*:[*_]*\s+(?=\S)")


def _split_paragraph(text: str, start: int, stop: int, out: list[str]) -> None:
    protected = [(m.start(), m.end()) for m in _PARENS.finditer(text, start, stop)]
    has_quotes = any(q in text[start:stop] for q in '"“')
    quotes = _quotations(text, start, stop) if has_quotes else []
    # a Q&A's answer label ("A: Harlow Valley Health, a five-hospital network, ...") is no word of it
    label = _ANSWER_LABEL.match(text, start, stop)
    sentence_start = label.end() if label else start
    for match in _BOUNDARY.finditer(text, start, stop):
        end = match.end()
        if any(lo < match.start() < hi - 1 for lo, hi in protected):
            continue
        if quotes and _inside_going_quote(quotes, text, match.start(), end):
            continue
        if text[end - 1] in '"”' and text[match.start()] != "." and _names_speaker(text, end, _SAID_ENDS):
            continue  # '"Is it safe?" Dana Whitcombe asked.' ('"We lost." Ann Lee said that ...' is two)
        punct_end = match.start() + 1
        if _ORDINAL_DAY.search(text, max(start, punct_end - 4), punct_end) and _MONTH_NEXT.match(
            text, punct_end
        ):
            continue
        if text[match.start()] == "." and _DATELINE_CREDIT.match(text, punct_end):
            continue
        if (
            text[match.start()] == "."
            and text[punct_end : punct_end + 1] != "."
            and _is_abbreviation(text, punct_end, end)
        ):
            continue
        if text[match.start()] == "." and _TIME_STAMP.fullmatch(text, sentence_start, punct_end):
            continue  # "9:05 a.m. The Coast Guard says ...": a live blog's entry opens with its time
        piece = text[sentence_start:end].strip()
        if piece:
            out.append(piece)
        sentence_start = end
    piece = text[sentence_start:stop].strip()
    if piece:
        out.append(piece)


#: the longest sentence kept whole, in characters (the longest of the 2,225 BBC articles' has 1,063): a
#: longer one is a scraped table or a run-on list ("1,1,1,..."), cut at its last space before this length
#: into pieces that are each still a verbatim slice, so no answer rule reads tens of thousands of
#: characters as one sentence, again for each question
MAX_SENTENCE_CHARS = 2000


def cut_run_ons(sentences: list[str]) -> list[str]:
    """The sentences, each longer than ``MAX_SENTENCE_CHARS`` cut into pieces that are verbatim slices."""
    out: list[str] = []
    for piece in sentences:
        while len(piece) > MAX_SENTENCE_CHARS:
            cut = piece.rfind(" ", MAX_SENTENCE_CHARS // 2, MAX_SENTENCE_CHARS)
            cut = MAX_SENTENCE_CHARS if cut < 0 else cut
            out.append(piece[:cut].rstrip())
            piece = piece[cut:].lstrip()
        if piece:
            out.append(piece)
    return out


def split_sentences(text: str) -> list[str]:
    """Split ``text`` into sentences, each a verbatim (stripped) substring of ``text``.

    Blank lines always separate sentences (they separate paragraphs). A heading passed in as its own
    ``text`` comes back as one sentence because it has no internal boundary.
    """
    out: list[str] = []
    position = 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        _split_paragraph(text, position, brk.start(), out)
        position = brk.end()
    _split_paragraph(text, position, len(text), out)
    return out
