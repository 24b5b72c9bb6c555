"""Where an answer is chosen: the question analysed, sentences retrieved, scored, and either quoted with
citations or declined.

BM25 finds sentences that share words with the question; that is not the same as answering it. The
candidates are reranked (``scoring``, with every weight in ``weights``) by how much of the question they
and their neighbours cover, whether they hold the kind of thing asked for, and how relevant their
document is. The bot abstains when the best candidate covers too little of the question; otherwise
``compose`` quotes it, with the same statement from other outlets cited beside it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache, partial

import numpy as np

from retrieval.answer.about import (
    ARTICLE_WORDS,
    about_in_variants,
    answer_about,
    article_terms,
    articles_digest,
    asks_about_correction,
    asks_outlet_writers,
    byline_person,
    corrections_asked,
    coverage_outlets,
    kind_outlets,
    latest,
    mentioned_outlet,
    meta_kind,
    named_kind,
    nothing_else_asked,
    only_article,
    outlets,
    story_piece,
    title_hits,
    titled,
    topic_latest,
    with_titles,
    without_outlet,
    writes_for,
)
from retrieval.answer.amounts import amount_wording, count_wording, measure_wording
from retrieval.answer.anchor import asked_anchor
from retrieval.answer.background import (
    PRONOUN_OPENING,
    act_names,
    follows_cause,
    own_failing,
    past_perfect,
    reported_clause,
    reports_background,
    tells_what_they_had_done,
)
from retrieval.answer.bridge import (
    TermBridge,
    bridge_term,
    cased_names,
    office_noun,
    person_noun,
    role_forms,
    verb_bases,
    verb_form,
    verb_known,
    wordnet,
    written_spelling,
)
from retrieval.answer.clock import clock_times, corpus_spelling, stamped_entries
from retrieval.answer.complement import asked_completion, asks_means, states_means
from retrieval.answer.compose import compose
from retrieval.answer.confirm import role_of
from retrieval.answer.elsewhere import owned_by_another
from retrieval.answer.expansion import stands_for
from retrieval.answer.glossed import defined_verbs, glossed_words
from retrieval.answer.headline import headline_answer
from retrieval.answer.nearby import nearby_nouns
from retrieval.answer.outcome import outcome_to_come
from retrieval.answer.parties import both_parties, two_parties
from retrieval.answer.period import (
    asked_period,
    asked_present,
    asks_current,
    newest_statement,
    published_in,
    unplaced_day,
)
from retrieval.answer.phrases import (
    AUXILIARIES,
    contraction_of,
    defined_phrases,
    doer_compounds,
    used_as_modifier,
    used_as_noun,
    used_as_verb,
    verb_object_pairs,
    verb_objects,
)
from retrieval.answer.post_fit import names_other_post
from retrieval.answer.question import (
    ASKS_TIME,
    CALENDAR,
    FUNCTION_WORDS,
    TYPED_KINDS,
    QuestionInfo,
    analyze,
    asked_act,
    asked_called_noun,
    asked_name_of_person,
    asked_person_role,
    asked_role,
    asked_role_kind,
    asked_sentence,
    asked_which_noun,
    future_post,
    g_restored,
    offered,
    spelled_out,
    who_is_words,
    without_greeting,
    without_remarks,
)
from retrieval.answer.reach import story_hits
from retrieval.answer.relation import asked_count_verb, counts, credit, holds_act_role
from retrieval.answer.scoring import (
    ASKS_OPINION,
    NAMED_KINDS,
    AnswerContext,
    Candidate,
    answers,
    asked_act_forms,
    asks_not,
    dates_asked_act,
    denies_verb,
    document_terms,
    doer_roles,
    heading_answer,
    heading_asks,
    holds_asked_kind,
    holds_lemma,
    holds_nothing_asked,
    is_name,
    noun_modifier,
    only_left_open,
    only_planned,
    says_of_subject,
    score_candidates,
    states_verb,
    unwritten_thing,
)
from retrieval.answer.slot import doer_namer, filling_lead, someone_else, unnamed_doer
from retrieval.answer.spellings import (
    chat_spelled,
    clippings,
    counted_spelled,
    initials_words,
    misspelt_words,
    named_respelt,
    other_terms,
    respelt,
    slipped,
    used_with,
    writes,
    written_plain,
)
from retrieval.answer.stages import asks_first_stage, first_statement
from retrieval.answer.statements import (
    PRONOUN_SPEAKER,
    asked_source,
    asked_speaker,
    attributed,
    fits,
    gives_words,
    goes_on,
    narration,
    said_by,
    speaker,
    speakers,
    speaking_role,
    states,
)
from retrieval.answer.story import story_terms, title_terms
from retrieval.answer.types import (
    LOWER_WORDS,
    OPENS_QUOTE,
    PRONOUN_START,
    QUOTE_MARKS,
    anchor_dated,
    asked_event,
    asked_names,
    asks_day,
    calendar_only,
    calendar_placed,
    date_positions,
    describes,
    figures_before,
    gives_day,
    magnitude_only,
    name_runs,
    named_as,
    names_head,
    new_names,
    reads_clock,
    reason_act,
    span_dated_only,
    span_event,
    states_finding,
    tells_act_as_anchor,
    type_score,
    writes_verb,
)
from retrieval.answer.weights import WEIGHTS
from retrieval.lexicon import (
    DETERMINERS,
    FIGURE_TAIL,
    POSSESSIVE_DETERMINERS,
    SCALE_ABBREVIATIONS,
    STOP_WORDS,
)
from retrieval.models import Answer, Sentence
from retrieval.search.scorer import Hit, ranked
from retrieval.search.text import fold, stem
from retrieval.search.wordnet import (
    NOUN_ATTRIBUTE,
    NOUN_COGNITION,
    NOUN_GROUP,
    NOUN_PERSON,
    NOUN_POSSESSION,
    NOUN_QUANTITY,
    NOUN_TIME,
    VERB_COMMUNICATION,
    WordNet,
)

#: question words whose bridges an engine remembers (a few MB at most)
_BRIDGE_MEMO = 50_000


def abstain(question: str, q: QuestionInfo, reason: str = "") -> Answer:
    msg = "The coverage I have does not answer that"
    msg += f" ({reason})." if reason else "."
    if q.words:  # (a question of function words only is told so by its reason)
        # "searched for", not "looked for": a reader took "I looked for: tanker" for a word the coverage
        # lacks, when it was the question's word, all over the coverage
        msg += f" I searched it for: {', '.join(q.words)}."
    return Answer(question=question, abstained=True, answer=msg, looked_for=q.words)


def bridged(q: QuestionInfo, ctx: AnswerContext) -> QuestionInfo:
    """The question with each term as the corpus knows it (``answer.bridge``), remembered per engine:
    questions repeat their words, and a bridge costs WordNet and vocabulary look-ups."""
    memo = ctx.memo.setdefault("bridges", {})
    assert isinstance(memo, dict)
    if len(memo) > _BRIDGE_MEMO:
        memo.clear()
    bridges: dict[str, TermBridge] = {}
    #: the words whose rarer senses may bridge them, as used (verb, noun, role, adjective), by term
    uses: dict[str, tuple[str, bool, bool, bool, bool]] = {}
    #: the English words chat contractions stand for, by term ("ppl" -> "people")
    contracted: dict[str, str] = {}
    # (a question opening with a capital writes case, and would have capitalised a name: ``bridge_term``)
    cased = _writes_case(q.text)
    for t in q.terms:
        word, capitalised, literal = q.term_words.get(t, t), t in q.entity_terms, t in q.literal
        subject = t in q.subject
        # "what did trump say" of a coverage that never names him: the speaker is someone, whom no synonym
        # names ("trump" ~ "best" would put another's words in his mouth); a misspelling is still corrected.
        # A common noun for a person is a role, which its synonyms name, or the broader word it is a kind
        # of where the coverage has neither ("what did her dad say": "her father, Daniel Reyes, said")
        role = subject and not capitalised and (wn := wordnet()) is not None and person_noun(word, wn)
        speaker = subject and q.kind == "quote" and ctx.scorer.df(t) <= 0 and not role
        verb = t == q.done or used_as_verb(word, q.text)
        adjective = not verb and used_as_modifier(word, q.text)
        noun = not verb and not adjective and used_as_noun(word, q.text)
        key = (word, t, capitalised, literal, subject, speaker, verb, noun, role, adjective, cased)
        got = memo.get(key)
        if got is None:
            got = memo[key] = _acronym(word, t, ctx) or bridge_term(
                word,
                t,
                ctx.scorer,
                ctx.vocab,
                capitalised=capitalised,
                function_words=FUNCTION_WORDS,
                literal=literal,
                subject=subject,
                synonyms=not speaker,
                verb=verb,
                noun=noun,
                role=role,
                adjective=adjective,
                written=lambda w: writes(w, ctx),
                cased=cased,
            )
        bridges[t] = replace(got, name=False) if got.name and word in CALENDAR else got
        if got.standing == "corrected" and ASKS_OPINION.fullmatch(word):
            # "what does the oped say": chat's unhyphenated "op-ed" names the kind of article asked about
            # (``scoring.ASKS_OPINION``), as "op-ed" does, and is no misspelling of another word ("oper")
            bridges[t] = replace(got, search=(), variants=frozenset())
        if not (capitalised or literal or speaker or got.name or t.startswith("=")):
            uses[t] = (word, verb, noun, role, adjective)
        if got.standing in ("unknown_word", "unknown_name") and not capitalised and not literal:
            bridges[t] = _compound(word, t, ctx) or bridges[t]
        if bridges[t].standing in ("known", "bridged", "unknown_word") and not (
            capitalised or literal or speaker
        ):
            # "why won't Marsh resign": "said she would not step down"
            bridges[t] = _phrase_synonym(
                word, bridges[t], ctx, verbs_only=bridges[t].standing != "unknown_word" or verb
            )
        if t == q.counted and bridges[t].standing == "unknown_name" and not capitalised and not literal:
            # "how many ppl died": what a "how many" counts is a kind of thing, never a name; a word no
            # dictionary knows, lowercase and without its vowels, is chat's contraction of the English
            # word it most likely stands for ("people"), which counts as that word does
            bridges[t], contracted[t] = _counted_contraction(word, t, bridges[t], ctx)
        if (
            bridges[t].standing != "known"
            and not literal
            and (full := _clipped_after_number(word, q.text, ctx))
        ):
            # "is the lawsuit seeking 150 mil": the coverage writes "$150 million"
            bridges[t] = TermBridge(t, "corrected", (full,), frozenset({full}))
        if bridges[t].standing != "known" and not literal and (scaled := _scaled_figure(word, ctx)):
            # "what is the 6m for": chat's millions, which the coverage writes out ("$6 million"): its
            # words, held together
            bridges[t] = TermBridge(t, "corrected", tuple(sorted(scaled)), scaled, phrase=scaled)
        if t == q.head and bridges[t].standing == "unknown_word":
            # "what holiday was the truce for": a coverage that never says "holiday" names one ("the Easter
            # truce"), a kind of it
            bridges[t] = _kinds(word, t, ctx) or bridges[t]
        if q.kind == "yesno" and t == q.done and bridges[t].standing == "known" and bridges[t].variants:
            # "has anyone died in Oregon": the coverage writes the word itself, and its synonyms there are
            # as likely other senses ("a week passed" for "pass away"): a sentence says it happened in the
            # word's own family ("died", "death") or a particular way of doing it, not in a synonym
            bridges[t] = replace(bridges[t], variants=bridges[t].variants - _synonyms_only(word, ctx))
        if (
            q.kind == "yesno"
            and t == q.done
            and bridges[t].standing == "bridged"
            and _only_names_beside(q, t)
        ):
            # "was anyone arrested", "has Stroud been arrested": a coverage without the word holds its
            # synonyms in their other senses ("service was halted", "the contract expired" for "died";
            # "punishes the person who checks it" for "arrested"), and with no other word asked but a name,
            # which tells whom and never which sense, none of them says the asked event happened
            bridges[t] = replace(bridges[t], standing="unknown_word", search=(), variants=frozenset())
        if (
            q.kind == "yesno"
            and t == q.done
            and bridges[t].standing in ("bridged", "unknown_word")
            and (heads := _state_head(word, ctx))
        ):
            # "was anyone hurt": "Nobody was injured" tells the state the cluster's head names
            b = bridges[t]
            bridges[t] = replace(
                b, standing="bridged", search=tuple(sorted({*b.search, *heads})), variants=b.variants | heads
            )
        if q.kind == "yesno" and t == q.done and bridges[t].standing == "unknown_word" and word in STOP_WORDS:
            # "is the strike over": the state as a coverage tells it happened ("the strike ended")
            bridges[t] = _state_reached(word, t, ctx) or bridges[t]
        if q.kind == "yesno" and t != q.done and bridges[t].standing == "unknown_word":
            # "was the appeal successful": the coverage tells the act the state is the having done of
            # ("it has lost its appeal")
            bridges[t] = _act_of_state(word, t, ctx) or bridges[t]
        if q.kind == "yesno" and t == q.done and bridges[t].standing == "unknown_word":
            # "was anyone hurt": the coverage only says the opposite ("all were unhurt"), which answers it
            bridges[t] = _opposite(word, t, ctx) or bridges[t]
        if t.startswith("=") and bridges[t].standing == "known" and (adjectives := _demonyms(t, ctx)):
            b = bridges[t]  # "in the US": "American households" holds it, at a synonym's credit
            bridges[t] = replace(b, variants=b.variants | adjectives)
        if q.measure == "money" and (implying := _implying(word, t, ctx)):
            b = bridges[t]  # "how much would Brightline pay": "agreed to buy ... for $40 million" says it
            bridges[t] = replace(b, variants=b.variants | implying)
        if q.counted and (verb or verb_form(word)) and t != q.counted and (caused := _causal(word, t, ctx)):
            # "how many died": "the blast killed two workers" counts them; "how many did the heat kill":
            # "13 people have died from the heat" (the event told from its other end, ``WordNet.causal``)
            b = bridges[t]
            if b.standing == "known":
                bridges[t] = replace(b, variants=b.variants | caused)
            else:
                bridges[t] = replace(
                    b,
                    standing="bridged" if b.standing == "unknown_word" else b.standing,
                    search=tuple(sorted({*b.search, *caused})),
                    variants=b.variants | caused,
                )
        if (
            q.measure == "money"
            and (bridges[t].search or bridges[t].standing == "unknown_word")
            and (valued := _cluster_head(word, t, ctx))
        ):
            # "what is the deal worth": "the offer values Tessaro at $4.1 billion" says it in words the
            # question lacks, which are searched beside its own (in their stead where the coverage never
            # writes "worth")
            b = bridges[t]
            standing = "bridged" if b.standing == "unknown_word" else b.standing
            bridges[t] = replace(
                b,
                standing=standing,
                search=(*b.search, *sorted(valued - set(b.search))),
                variants=b.variants | valued,
            )
        if (
            (bridges[t].standing in ("unknown_word", "unknown_name") or (speaker and not bridges[t].search))
            and not literal
            and (spelled := _initialism(word, [x for x in q.terms if x != t], ctx))
        ):  # "when does tidewater have to answer the AG": "... to answer the attorney general's request";
            # a speaker the coverage never names may be a role it spells out ("what did the cmo say")
            bridges[t] = replace(
                bridges[t], standing="bridged", search=tuple(sorted(spelled)), phrase=spelled
            )
        elif not literal and (spelled := _spelled(word, ctx)):
            b = bridges[t]
            known = b.standing not in ("unknown_word", "unknown_name")
            search = (*b.search, *sorted(spelled)) if known else tuple(sorted(spelled))
            bridges[t] = replace(
                b, standing=b.standing if known else "bridged", search=search, phrase=spelled
            )
        if (
            bridges[t].standing == "unknown_name"
            and t != q.counted
            and not capitalised
            and not literal
            and not _DEFINITE.search(q.text[: _word_at(q.text, word)])
        ):
            # "what hospital were ppl taken to": chat's contraction of an English word, read as the word
            # where the coverage writes it (``_counted_contraction``), as a counted one is; not a body's
            # initials, which take "the" ("what did the fca say")
            got, full = _counted_contraction(word, t, bridges[t], ctx)
            if got.standing == "corrected":
                bridges[t], contracted[t] = got, full
    # (an English word's correction the coverage does not confirm is dropped before its rarer senses are
    # read: "did she step down" is "resigned" where "step" -> "stop" is no reading)
    bridges = nearby_nouns(q, _rarer_senses(_confirmed(q, bridges, ctx), uses, q.text, ctx), uses, ctx)
    bridges = defined_verbs(q, glossed_words(q, bridges, uses, ctx), uses, ctx)
    for t in _writers_named(q, ctx):
        # "what did helen marsh say": an opinion piece's writer, whose name only its byline writes
        bridges[t] = replace(bridges[t], name=True)
    bridges = clippings(q, misspelt_words(q, bridges, ctx), ctx)
    # (the words contractions stand for once the spellings are read: "ppl" is no misspelling of "people"
    # that the coverage must confirm)
    words = {**q.term_words, **{t: w for t, w in contracted.items() if w}}
    return replace(q, bridges=bridges, term_words=words)


def _lowercase_words(text: str) -> frozenset[str]:
    """The words a question that writes case (it opens with a capital) writes lowercase ("What happened to
    the building firm's stock price?"): the asker means each as the common word, if it is one
    (``_common_word``), however the coverage writes it (``cased_names``, which reads a chat question's
    lowercase names by the coverage's case); none for a question that does not write case."""
    if not _writes_case(text):
        return frozenset()
    return frozenset(w for w in _LETTERS_RUN.findall(text) if w.islower())


def _writes_case(text: str) -> bool:
    """Whether a question writes case: it opens with a capital, so it would have capitalised a name."""
    return text.lstrip()[:1].isupper()


#: a run of letters, as ``_lowercase_words`` reads a question's words
_LETTERS_RUN = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=4096)
def _common_word(word: str) -> bool:
    """Whether WordNet knows ``word`` as a common word that is no noun for a person: written lowercase in
    a cased question, no name for the coverage writing it only inside names ("the London Stock Exchange",
    "Maritime Operator Weekly"). A noun for a person is excepted, which the coverage capitalises as a
    title before a name ("District Judge Harold Finch"): "the trial judge" is one such person, whom a
    title names, not any judge."""
    wn = wordnet()
    return wn is not None and wn.known(word) and not wn.proper(word) and not person_noun(word, wn)


def _writers_named(q: QuestionInfo, ctx: AnswerContext) -> frozenset[str]:
    """The question's terms that write the name of an opinion piece's writer (``scoring.writer_terms``):
    all of the name's words ("helen marsh"), or its last alone when no dictionary knows it as a word
    ("whitford"; a "Marsh" alone is as often a wetland)."""
    terms = set(q.terms)
    out: set[str] = set()
    for name, rare in _opinion_writers(ctx):
        # (a title before the name, "Dr.", is no word of it the question need write)
        whole = set(name[1:]) <= terms and (name[0] in terms or len(name) > 2)
        if whole or (rare and name[-1] in terms):
            out.update(t for t in name if t in terms)
    return frozenset(out)


def _writers_pieces(question: str, q: QuestionInfo, ctx: AnswerContext) -> list[str]:
    """The opinion pieces of the writer a question names, when it asks nothing of them but what they
    say (its other words one verb at its end, ``nothing_else_asked``: "what does tomas greer think",
    "what did helen marsh write"); none for a "who" ("who is tomas greer" asks who the writer is)."""
    if q.kind not in ("quote", "what", "broad") or _WHO.match(question):
        return []
    named = _writers_named(q, ctx)
    if not named or not nothing_else_asked(replace(q, terms=[t for t in q.terms if t not in named])):
        return []
    out = []
    for doc_id, doc in ctx.documents.items():
        if doc.meta.opinion and doc.meta.author and named <= set(ctx.tokenizer.tokens(doc.meta.author)):
            out.append(doc_id)
    return out


def _opinion_writers(ctx: AnswerContext) -> list[tuple[tuple[str, ...], bool]]:
    """The terms of each opinion piece's writer's name (two words at least), with whether its last word
    is one no dictionary knows; read once per engine and number of documents (a corpus grows)."""
    memo = ctx.memo.get("opinion_writers")
    if isinstance(memo, tuple) and memo[0] == len(ctx.documents):
        return memo[1]  # type: ignore[no-any-return]
    wn = wordnet()
    got: dict[tuple[str, ...], bool] = {}
    for doc in ctx.documents.values():
        if not doc.meta.opinion or not doc.meta.author:
            continue
        words = [w for w in re.findall(r"[A-Za-z]+", doc.meta.author) if w.lower() not in STOP_WORDS]
        name = tuple(t for w in words for t in ctx.tokenizer.tokens(w))
        if len(name) >= 2:
            got[name] = wn is not None and not wn.known(words[-1])
    writers = list(got.items())
    ctx.memo["opinion_writers"] = (len(ctx.documents), writers)
    return writers


#: a figure with its scale run in, as chat and headlines write it ("6m", "$2.5bn")
_SCALED = re.compile(r"[$\u00a3\u20ac]?(\d+(?:\.\d+)?)(m|mn|bn|b)")


def _scaled_figure(word: str, ctx: AnswerContext) -> frozenset[str]:
    """The index terms of a figure written with its scale run in ("6m") as the coverage writes it out
    ("$6 million": "6", "million"), when it holds them; empty otherwise."""
    m = _SCALED.fullmatch(word.lower())
    if m is None:
        return frozenset()
    terms = frozenset(ctx.tokenizer.tokens(f"{m.group(1)} {SCALE_ABBREVIATIONS[m.group(2)]}"))
    return terms if terms and all(ctx.scorer.df(t) > 0 for t in terms) else frozenset()


def _clipped_after_number(word: str, text: str, ctx: AnswerContext) -> str:
    """The index term of the word a question's word clips when it follows a number ("150 mil") and the
    coverage writes, after the same number, a longer word it begins ("$150 million"): the number confirms
    the reading, where a dictionary's ("mil", a thousandth of an inch, bridged to "mile") tells of
    something else. "" when the coverage writes none."""
    if not word.isalpha():
        return ""
    m = re.search(rf"(\d[\d,.]{FIGURE_TAIL})\s+{re.escape(word)}\b", text, re.IGNORECASE)
    if m is None:
        return ""
    number = m.group(1).rstrip(",.")
    after = re.compile(rf"(?<![\d,.]){re.escape(number)}\s+({re.escape(word)}[a-z]+)\b", re.IGNORECASE)
    found: dict[str, int] = {}
    for h in ctx.scorer.top_k(ctx.tokenizer.tokens(number), WEIGHTS.compound_rows):
        for w in after.findall(ctx.sentences[h.index].text):
            found[w.lower()] = found.get(w.lower(), 0) + 1
    if not found:
        return ""
    toks = ctx.tokenizer.tokens(max(found, key=lambda w: (found[w], w)))
    return toks[0] if len(toks) == 1 and ctx.scorer.df(toks[0]) > 0 else ""


#: a definite article ending the question's text before a word: the word names a particular thing
_DEFINITE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _word_at(text: str, word: str) -> int:
    """Where ``word`` is first written as a word in ``text`` (case aside), or the text's end."""
    m = re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)
    return m.start() if m else len(text)


def _counted_contraction(word: str, term: str, b: TermBridge, ctx: AnswerContext) -> tuple[TermBridge, str]:
    """The bridge of the noun a "how many" counts that no dictionary knows and the coverage lacks, with
    the word it stands for when it is a chat contraction (lowercase, one vowel at most: "ppl" ->
    ``WordNet.contracted`` "people"): corrected to that word where the coverage writes it, its synonyms
    there standing for it as they would for the word ("individuals"), else a word the coverage lacks
    (counted as its English word is, "how many people" by any person a number counts). Never a name: a
    name is not counted."""
    full = contraction_of(word)
    toks = ctx.tokenizer.tokens(full) if full else []
    if len(toks) == 1 and ctx.scorer.df(toks[0]) > 0:
        said = bridge_term(full, toks[0], ctx.scorer, ctx.vocab, capitalised=False, noun=True)
        return TermBridge(term, "corrected", (toks[0],), said.variants | frozenset(toks)), full
    return replace(b, standing="unknown_word", name=False), full


def _holds_verb(q: QuestionInfo, c: Candidate, ctx: AnswerContext) -> bool:
    """Whether a candidate for a "who VERBs X" holds the verb itself ("Dana Okafor will run the combined
    company", "Board chair Evelyn Strand"), not only a synonym of one of its senses, nor only inside a
    phrasal verb WordNet knows as another verb ("we are running out of beds": to run out is to exhaust,
    not to run). The verb may be in another of its forms, which the index keeps apart: "a consortium led
    by Amara Quist" holds "who leads the consortium" ("led" is "lead"'s past; "ran" is "run"'s)."""
    doers = doer_roles(q.text, tuple(q.term_words.items()))
    if doers is None:
        return False
    wn = wordnet()
    if wn is None:
        return doers[0] in ctx.terms(c.row)
    asked = verb_bases(q.term_words.get(doers[0], doers[0]))
    words = LOWER_WORDS.findall(c.sentence.text.lower())
    for i, w in enumerate(words):
        bases = verb_bases(w)
        if doers[0] not in ctx.tokenizer.term_set(w) and asked.isdisjoint(bases):
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        if not (after in _PARTICLES and any(wn.known(f"{b}_{after}") for b in bases)):
            return True
    return False


def _states_act(bases: frozenset[str], c: Candidate) -> bool:
    """Whether a sentence says a name did the act ``bases`` names: a form of the verb after the name, as
    its subject ("Greyline River Services has operated the crossing", "Tarn Ferries, which operates
    ..."), or before "by" and a name, as its agent ("The vessel, operated by Greyline River Services");
    not the verb's form used as a modifier ("the operating licence of Greyline")."""
    wn = wordnet()
    if wn is None:
        return False
    text = c.sentence.text
    for m in _VERB_WORD.finditer(text):
        if bases.isdisjoint(verb_bases(m.group(0))):
            continue
        if _AGENT_AFTER.match(text, m.end()):
            return True
        subject = _SUBJECT_BEFORE.search(text[: m.start()])
        # (a sentence's first word is capitalised whatever it is: "Officials seized ..." names no one)
        if subject and (subject.start() > 0 or wn.proper(subject.group(1)) or not wn.known(subject.group(1))):
            return True
    return False


#: a word of a sentence, as written
_VERB_WORD = re.compile(r"[A-Za-z][a-z]+")
#: a name after a verb's "by": its doer ("operated by Greyline River Services", "owned by the Arden Group")
_AGENT_AFTER = re.compile(r"\s+by\s+(?:the\s+)?[A-Z]")
#: a name before a verb, maybe with an auxiliary or a relative pronoun between: its subject ("Greyline
#: has operated", "Tarn Ferries, which operates", "Arden Group Ltd. owns")
_SUBJECT_BEFORE = re.compile(
    r"\b(?!(?:The|A|An|This|That|It|Its|He|She|They|We|I)\b)([A-Z][\w&'\u2019-]*)\.?"
    r"(?:,\s+(?:which|that)|\s+(?:has|had|have|also|still|now|already|once))*\s+$"
)


def _compounded(q: QuestionInfo, c: Candidate, ctx: AnswerContext) -> frozenset[str]:
    """The question's common terms a candidate holds only as the first word of a compound WordNet knows
    and the question does not write ("money" of "money laundering", "stock" of "the stock market"):
    another thing than the word asked about."""
    wn = wordnet()
    if wn is None:
        return frozenset()
    held = ctx.terms(c.row)
    asked = fold(q.text).lower()
    # (a name's words are no compound: "the Student Union", "the Dock Workers Union" name a body)
    words = _CASED_WORDS.findall(c.sentence.text)
    out = set()
    for t in q.terms:
        if t not in held or t in q.entity_terms:
            continue
        at = [i for i, w in enumerate(words) if t in ctx.tokenizer.term_set(w.lower())]
        pairs = [(words[i], words[i + 1]) for i in at if i + 1 < len(words)]
        if (
            at
            and len(pairs) == len(at)
            and all(
                a.islower() and b.islower() and _noun_compound(f"{a}_{b}", wn) and f"{a} {b}" not in asked
                for a, b in pairs
            )
        ):
            out.add(t)
    return frozenset(out)


def _noun_compound(lemma: str, wn: WordNet) -> bool:
    """Whether WordNet knows ``lemma`` ("money_laundering") as a noun: a thing of its own, where a verb
    with its particle ("hold_on") is the phrasal verb ``_holds_verb`` reads."""
    return any(pos == "n" for pos, _ in wn.lemmas(lemma))


#: a sentence's words as written (``_compounded`` reads their case)
_CASED_WORDS = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


def _demonyms(alias: str, ctx: AnswerContext) -> frozenset[str]:
    """The index terms of the adjectives WordNet derives from the spellings of an alias's name and their
    synonyms ("United States" ~ "America" -> "American"; "Britain" -> "British"), which the coverage
    holds: a story about a place writes it as often by its adjective ("American households") as by
    its name. Not the synonyms themselves (a synonym may be a broader place: "Europe" for the European
    Union), whose adjective a sentence about the place may still write."""
    memo = ctx.memo.setdefault("demonyms", {})
    assert isinstance(memo, dict)
    if alias in memo:
        return memo[alias]  # type: ignore[no-any-return]
    wn = wordnet()
    if wn is None:
        return frozenset()
    spellings = {"_".join(k) for k, canon in ctx.tokenizer.aliases.phrases.items() if canon == alias}
    names = {w for sp in spellings if wn.known(sp) for w in wn.related(sp, WEIGHTS.bridge_senses)}
    adjectives = {
        f
        for n in names | spellings
        for f in wn.related(n, WEIGHTS.bridge_senses, synonyms=False)
        if wn.is_adjective(f) and f not in names and f not in spellings
    }
    got = memo[alias] = frozenset(
        t
        for a in adjectives
        for t in ctx.tokenizer.tokens(a)
        if not t.startswith("=") and ctx.scorer.df(t) > 0
    )
    return got


def _rarer_senses(
    bridges: dict[str, TermBridge],
    uses: dict[str, tuple[str, bool, bool, bool, bool]],
    text: str,
    ctx: AnswerContext,
) -> dict[str, TermBridge]:
    """The bridges with the words of a question word's rarer WordNet senses (past its
    ``AnswerWeights.bridge_senses`` most frequent, down to ``AnswerWeights.rarer_senses``) that the
    coverage uses together with the question's other words (as a correction is confirmed,
    ``spellings.used_with``): the coverage tells which sense the question means. "When did the ministers
    meet in Vienna": "meet" as "gather" is its seventh sense, whose particular way "convene" is what
    the article writes ("after convening in Vienna, the ministers ..."); "who got fired" is answered by
    "was dismissed" (to fire a person is its fourth sense); the duty that "rests" with someone "lies"
    with them. A rarer sense's word the coverage never writes beside the question's other words bridges
    nothing: "meet" is no "fulfil" in an article about quotas met. A verb the question writes with a
    particle that WordNet knows together as a verb ("gave up", "brought in") is bridged by that verb's
    words too ("quit"), confirmed the same way, and so is one written with "again" by the verb English
    makes of it with "re-" ("start again" -> "restart", "resume")."""
    wn = wordnet()
    if wn is None:
        return bridges
    out = dict(bridges)

    def add(t: str, words: set[str], others: set[str], phrase: bool = False, searched: bool = False) -> None:
        """Bridge ``t`` with ``words`` the coverage writes: a rarer sense's where it writes them beside the
        question's ``others``; a phrase's (``phrase``: a phrasal verb, or one a dictionary defines by
        the question's words), which is what the question says, everywhere. A phrasal verb's are
        ``searched``, in the stead of the synonyms of its verb alone where the coverage lacks the verb:
        those mean something else ("tip" ~ "lean"; "tip over" ~ "overturn")."""
        b = out[t]
        said = {x for w in words for x in [stem(w)] if x != t} - STOP_WORDS
        terms = {x for x in said - b.variants if ctx.scorer.df(x) > 0}
        # (a rarer sense's word the coverage writes only in names is confirmed by no sentence: "Harbour
        # Commissioner Talia Voss" says nothing she holds, though "harbour" is a sense of "hold")
        held = frozenset(
            x for x in sorted(terms) if phrase or (used_with(x, others, ctx) and written_plain(x, ctx))
        )
        if searched and b.standing == "bridged" and (held or said & b.variants):
            # the verb's synonyms alone are another verb's ("tip" ~ "lean"), which the phrase is not (those
            # the phrase's own words include aside)
            held |= said & b.variants
            out[t] = replace(b, search=tuple(sorted(held)), variants=held)
            return
        if not held:
            return
        if b.standing in ("unknown_word", "unknown_name"):
            out[t] = replace(b, standing="bridged", search=tuple(sorted(held)), variants=held)
        elif b.search:  # (not a chat spelling of a function word, which has nothing to search)
            out[t] = replace(b, variants=b.variants | held)

    for t, (word, verb, noun, role, adjective) in uses.items():
        deep, usual = WEIGHTS.rarer_senses, WEIGHTS.bridge_senses
        flags = {"verbs": not noun and not role and not adjective, "persons": role, "adjective": adjective}
        rarer = wn.related(word, deep, deep if verb else 0, **flags) - wn.related(
            word, usual, WEIGHTS.troponym_senses if verb else 0, **flags
        )
        add(t, set(rarer), other_terms(bridges, t))
        for phrasal, particle in _phrasal_verbs(word, text, wn) if not noun and not adjective else ():
            # "what did he give up": "give up" is a verb of its own ("quit"), which neither word says; its
            # particle, when a question term ("come back": "return"), is said by the same words
            words, said = set(wn.related(phrasal, usual, WEIGHTS.troponym_senses)), stem(particle)
            words |= {phrasal} if "_" not in phrasal else set()  # ("restart" itself, no "give_up")
            others = other_terms({o: b for o, b in bridges.items() if o != said}, t)
            # a particle that ends the verb's phrase makes the phrasal verb what the question says ("did the
            # boat tip over"); one before a noun may be a preposition ("put in charge"), which the
            # coverage confirms. (A verb the coverage writes itself is confirmed too: the phrasal verb's words
            # may be another sense's there, "go out" ~ "see")
            closed = _particle_closes(word, particle, text) and bridges[t].standing != "known"
            add(t, words, others, phrase=closed, searched=closed)
            if said in out and said != t:
                add(said, words, others, phrase=closed, searched=closed)
    for defined, span in defined_phrases(text, wn):
        # "who was taken into custody": the verbs a dictionary defines by the phrase ("arrest") say it,
        # which its words do not say alone; the definition is the sense meant, so nothing confirms it
        said_by = {x for w in span for x in ctx.tokenizer.tokens(w) if x in uses}
        others = {x for x in other_terms(bridges, "") if x not in said_by}
        for t in sorted(said_by):
            add(t, set(defined), others, phrase=True)
    for defined, pair in verb_objects(text, wn):
        # "how many people lost their lives": a verb whose definition writes the question's verb and its
        # object ("die": "... lose all bodily attributes ..."), which the definition writes apart and so
        # need not mean together; the coverage confirms it beside one of the question's other words (a
        # count's noun, "people", may be the only one the coverage writes as the question does)
        said_by = {x for w in pair for x in ctx.tokenizer.tokens(w) if x in uses}
        others = {x for x in other_terms(bridges, "") if x not in said_by}
        confirmed = {
            w
            for w in defined
            if (x := stem(w)) not in said_by
            and ctx.scorer.df(x) > 0
            and any(used_with(x, {o}, ctx) and written_plain(x, ctx) for o in sorted(others))
        }
        for t in sorted(said_by):
            add(t, confirmed, others, phrase=True)
    for verb_word, noun_word in verb_object_pairs(text, wn):
        # "who blew the whistle": the coverage's "whistleblower" is the one who did, a word of the two
        compounds = doer_compounds(verb_word, noun_word, wn)
        said_by = {x for w in (verb_word, noun_word) for x in ctx.tokenizer.tokens(w) if x in uses}
        for t in sorted(said_by):
            add(t, set(compounds), set(), phrase=True)
    return out


#: the adverbs and prepositions that make a phrasal verb of the verb before them ("give up", "bring in",
#: "look into": investigate)
_PARTICLES = frozenset("up down in into out off on over away back through around about along aside".split())
#: the adverb after a verb that says it is done once more ("start again"), as English's "re-" verb does
_AGAIN = "again"
#: a particle after a space, as a phrasal verb is written (``_writes_particle_after``)
_PARTICLE_AFTER_SPACE = re.compile(rf"\s(?:{'|'.join(sorted({*_PARTICLES, _AGAIN}))})\b")


def _writes_particle_after(word: str, low: str) -> bool:
    """Whether ``low`` writes ``word``, spaces and a particle: what every match ``_phrasal_verbs`` keeps
    holds (``\\s`` is what ``str.isspace`` says of every character), found without compiling a pattern of
    the word (tens of microseconds for each question word, most of which have no particle after them)."""
    if not word or word[-1].isspace():
        return True  # (no question word ends so; the pattern of the word decides)
    return any(low[: m.start() + 1].rstrip().endswith(word) for m in _PARTICLE_AFTER_SPACE.finditer(low))


def _phrasal_verbs(word: str, text: str, wn: WordNet) -> list[tuple[str, str]]:
    """The phrasal verbs (WordNet lemmas: "give_up") the question writes ``word`` in with the particle
    right after it ("what did he give up on", "who gave up"), or after the verb's object of a word or
    two at the end of the question, where English puts a particle its object separates from the verb
    ("when did the board kick Okafor out", "who turned the offer down"), in their base form, each with
    its particle; and the verb's "re-" verb (``WordNet.repeating``) where "again" follows it ("did the
    talks start again": "restart")."""
    low = fold(text).lower()
    last = _SEPARATED_PARTICLE.search(low)
    if not _writes_particle_after(word, low) and last is None:
        return []
    bases = [lemma for pos, lemma in wn.lemmas(word) if pos == "v"]
    found = []
    for m in re.finditer(rf"\b{re.escape(word)}\s+([a-z]+)\b", low):
        if m.group(1) in _PARTICLES:
            found += [(f"{b}_{m.group(1)}", m.group(1)) for b in bases if wn.known(f"{b}_{m.group(1)}")]
        elif m.group(1) == _AGAIN:
            found += [(again, _AGAIN) for b in bases for again in sorted(wn.repeating(b))]
    if last is not None and re.search(
        rf"\b{re.escape(word)}\s+(?:[a-z'\u2019]+\s+){{1,2}}{last.group(1)}\W*$", low
    ):
        particle = last.group(1)
        found += [(f"{b}_{particle}", particle) for b in bases if wn.known(f"{b}_{particle}")]
    return list(dict.fromkeys(found))


def _particle_closes(word: str, particle: str, text: str) -> bool:
    """Whether the question writes ``word`` and its ``particle`` ending the verb's phrase: at the end of
    the question or of a clause, or before a function word that starts no noun phrase ("did the boat tip
    over", "what did they give up on"), or after the verb's object at the end ("kick him out"); not
    before a word of content or a determiner, where the particle may be a preposition of its own phrase
    ("was put in charge of", "put in the bank")."""
    low = fold(text).lower()
    between = r"(?:[a-z'\u2019]+\s+){0,2}?"  # (a separated object: "kick him out")
    for m in re.finditer(rf"\b{re.escape(word)}\s+{between}{re.escape(particle)}\b(\W*)([a-z]*)", low):
        after = m.group(2)
        if not after or m.group(1).strip() or (after in STOP_WORDS and after not in _PHRASE_STARTS):
            return True
    return False


#: the words that start a noun phrase, after which a particle may be a preposition ("put in the bank")
_PHRASE_STARTS = DETERMINERS | POSSESSIVE_DETERMINERS


#: a particle ending a question ("... kick him out?"), where its verb's object may separate it from the verb
_SEPARATED_PARTICLE = re.compile(rf"\b({'|'.join(sorted(_PARTICLES))})\W*$")


def _kinds(word: str, term: str, ctx: AnswerContext) -> TermBridge | None:
    """The noun a "what X" asks for, which the coverage lacks, bridged to the words of its kinds that the
    coverage holds (WordNet's narrower classes, ``AnswerWeights.head_narrower`` down): the answer is one
    of them, which a sentence writes without the noun ("what holiday" -> "the Easter ceasefire")."""
    wn = wordnet()
    if wn is None or not word.isalpha():
        return None
    kinds = wn.narrower(word, WEIGHTS.bridge_senses, WEIGHTS.head_narrower)
    # (a word of one term: "half-term" is no "term")
    single = (toks[0] for w in kinds if len(toks := ctx.tokenizer.tokens(w)) == 1)
    terms = {t for t in single if t != term and ctx.scorer.df(t) > 0}
    if not terms:
        return None
    return TermBridge(term, "bridged", tuple(sorted(terms)), frozenset(terms))


#: prefixes that make an English word its opposite ("unhurt", "inactive", "nonbinding")
_NEGATING = ("un", "in", "non")


def _synonyms_only(word: str, ctx: AnswerContext) -> frozenset[str]:
    """The index terms of a word's WordNet synonyms (``AnswerWeights.bridge_senses`` senses) outside its
    own family of inflections and derived forms ("die" -> "pass", "go", not "died", "death"); a
    troponym ("invade" for "attack") says a particular way of doing it and is not among them."""
    wn = wordnet()
    if wn is None:
        return frozenset()
    family = {t for w in wn.related(word, synonyms=False) for t in ctx.tokenizer.tokens(w)}
    near = {t for w in wn.related(word, WEIGHTS.bridge_senses) for t in ctx.tokenizer.tokens(w)}
    return frozenset(near - family)


def _state_reached(word: str, term: str, ctx: AnswerContext) -> TermBridge | None:
    """A yes/no question's state word the index keeps no term for ("over", ``question.asked_state``),
    bridged to the words the coverage holds for reaching that state: the past participles among the
    adjectives of its most frequent senses in WordNet ("over" -> "ended", "concluded", "terminated"),
    a verb's result, which a report of the event writes ("the strike ended on Friday"); not the other
    adjectives of a sense ("complete", or "downy" for "down"), which describe something else."""
    wn = wordnet()
    if wn is None:
        return None
    words = {
        w
        for w in wn.related(word, senses=1, verbs=False)
        if wn.is_adjective(w) and any(pos == "v" and lemma != w for pos, lemma in wn.lemmas(w))
    }
    terms = {t for w in words for t in ctx.tokenizer.tokens(w) if ctx.scorer.df(t) > 0}
    if not terms:
        return None
    return TermBridge(term, "bridged", tuple(sorted(terms)), frozenset(terms))


def _only_names_beside(q: QuestionInfo, term: str) -> bool:
    """Whether a question asks nothing beside ``term`` but names ("has Stroud been arrested"): a name
    says whom a sentence is about, not which sense of the asked word it means."""
    return all(o == term or o in q.entity_terms or q.term_words.get(o, o)[:1].isupper() for o in q.terms)


def _act_of_state(word: str, term: str, ctx: AnswerContext) -> TermBridge | None:
    """An adjective a yes/no question asks that the coverage lacks, bridged to the act WordNet defines it
    as having done (``WordNet.perfect_of``: "successful" -> "succeed"), in the verb's most frequent sense:
    its own forms and synonyms ("won"), which say the act was done, and their opposites ("failed",
    "lost"), which say it was not. Either settles the question."""
    wn = wordnet()
    if wn is None or not word.isalpha():
        return None
    words: set[str] = set()
    for verb in wn.perfect_of(word):
        done = {verb} | wn.related(verb, 1)
        words |= done | {w for d in done for w in wn.antonyms(d, 1)}
    terms = {t for w in words for t in ctx.tokenizer.tokens(w) if ctx.scorer.df(t) > 0}
    if not terms:
        return None
    return TermBridge(term, "bridged", tuple(sorted(terms)), frozenset(terms))


def _state_head(word: str, ctx: AnswerContext) -> frozenset[str]:
    """The index terms the coverage holds of the state a yes/no question's word (the coverage lacks it)
    names as a kind of another: the head of the adjective cluster its most frequent adjective sense is a
    satellite of, where that head is a verb's participle, the state an act leaves ("hurt" -> "injured":
    WordNet relates the two words only so, and "Nobody was injured" says whether anyone was hurt). Not
    another kind of head ("fired" -> "unemployed", a condition with no act), which tells of more than
    the asked act did."""
    wn = wordnet()
    if wn is None or not word.isalpha():
        return frozenset()
    heads = {
        w for w in wn.satellite_heads(word) if any(pos == "v" and lemma != w for pos, lemma in wn.lemmas(w))
    }
    return frozenset(t for w in heads for t in ctx.tokenizer.tokens(w) if ctx.scorer.df(t) > 0)


def _opposite(word: str, term: str, ctx: AnswerContext) -> TermBridge | None:
    """A yes/no question's verb the coverage lacks, bridged to the words it holds for its opposite: its
    WordNet antonyms ("accept" -> "reject") and the word with a negating prefix that WordNet knows as
    an adjective ("hurt" -> "unhurt"; "ion" -> no "union": WordNet knows no adjective "union")."""
    wn = wordnet()
    if wn is None or not word.isalpha():
        return None
    words = set(wn.antonyms(word)) | {p + word for p in _NEGATING if wn.is_adjective(p + word)}
    terms = {t for w in words for t in ctx.tokenizer.tokens(w) if ctx.scorer.df(t) > 0}
    if not terms:
        return None
    return TermBridge(term, "bridged", tuple(sorted(terms)), frozenset(terms))


def _coverage_topic(q: QuestionInfo, ctx: AnswerContext) -> list[frozenset[str]]:
    """The spellings of a question's words when they are what the whole coverage is about: each word the
    coverage knows is in ``AnswerWeights.coverage_topic`` of its documents at least (a common word it
    lacks, "crisis", says nothing of which; a name it lacks does), and one such word there is. Empty
    otherwise."""
    scorer, n = ctx.doc_scorer, len(ctx.documents)
    known = [b for t in q.terms if (b := q.bridges.get(t)) is not None and b.search]
    if scorer is None or not known or n < 2:
        return []
    if any(not b.search and (b.name or t in q.entity_terms) for t, b in q.bridges.items()):
        return []  # "what happened to Bob Smith in Marlow Falls": a name it lacks is asked about
    if any(max(scorer.df(v) for v in b.search) < WEIGHTS.coverage_topic * n for b in known):
        return []
    return [frozenset(b.search) for b in known]


def _phrase_synonym(word: str, b: TermBridge, ctx: AnswerContext, *, verbs_only: bool) -> TermBridge:
    """The bridge of a word with its synonyms of two or three words (``WordNet.phrase_synonyms``, only
    its verb senses' with ``verbs_only``) that the coverage writes: "resign" as "stepped down", "cancel"
    as "called the strike off". A word the coverage lacks is searched by the phrase's words, which count
    for it together (``TermBridge.phrase``); a word it has counts in them too, as in a single-word
    synonym (``TermBridge.variants``). A phrase counts only where the coverage writes its words nowhere
    but as the phrase (``_writes_phrase``, every sentence holding them, up to ``WEIGHTS.compound_rows``):
    the index holds words, not phrases, so a sentence writing them apart ("took a step and sat down")
    would count as well, and the phrase's words alone are other verbs ("step", "call")."""
    memo = ctx.memo.setdefault("phrase_synonyms", {})
    assert isinstance(memo, dict)
    key = (word, b, verbs_only)
    got = memo.get(key)
    if got is None:
        if len(memo) > _BRIDGE_MEMO:
            memo.clear()
        got = memo[key] = _phrase_bridge(word, b, ctx, verbs_only=verbs_only)
    return got


def _phrase_bridge(word: str, b: TermBridge, ctx: AnswerContext, *, verbs_only: bool) -> TermBridge:
    """``_phrase_synonym`` worked out (once per engine for a word and its bridge)."""
    wn = wordnet()
    if wn is None or not word.isalpha():
        return b
    phrases = wn.phrase_synonyms(word, WEIGHTS.bridge_senses, verbs_only=verbs_only)
    spelled = [p for p in phrases if "".join(w[0] for w in p) == word.lower()]
    # an acronym stands for the phrase it spells, not the others of its synset ("CEO" is no "chief
    # operating officer", which WordNet lists with it)
    for parts in spelled or phrases:
        terms = [t for p in parts for t in ctx.tokenizer.tokens(p)]
        if not terms or b.term in terms or any(ctx.scorer.df(t) <= 0 for t in terms):
            continue
        if min(ctx.scorer.df(t) for t in terms) > WEIGHTS.compound_rows:
            continue  # (a word the coverage writes that often is written otherwise too)
        rows = ctx.scorer.top_k(terms, WEIGHTS.compound_rows)
        holding = [h for h in rows if set(terms) <= ctx.terms(h.index)]
        if holding and all(_writes_phrase(ctx.sentences[h.index].text, parts, wn) for h in holding):
            found = frozenset(terms)
            if b.standing == "unknown_word":
                return TermBridge(b.term, "bridged", tuple(sorted(found)), found, phrase=found)
            return replace(b, variants=b.variants | found)
    return b


def _writes_phrase(text: str, parts: tuple[str, ...], wn: WordNet) -> bool:
    """Whether ``text`` writes the phrase ``parts`` in a row, its first word in any of its forms
    ("stepped down", "steps down"); a last word that is a particle (a function word: "off", "down") may
    come after the verb's object of up to ``WEIGHTS.particle_gap`` words ("called the strike off")."""
    words = re.findall(r"[A-Za-z]+|[^\sA-Za-z]", text)
    low = [w.lower() for w in words]
    head, rest = parts[0], list(parts[1:])
    gap = WEIGHTS.particle_gap if len(rest) == 1 and rest[0] in STOP_WORDS else 0
    for i, w in enumerate(low):
        if w != head and ("v", head) not in wn.lemmas(w) and ("n", head) not in wn.lemmas(w):
            continue
        for skip in range(gap + 1):
            between = low[i + 1 : i + 1 + skip]
            if not all(b.isalpha() for b in between):
                break
            if low[i + 1 + skip : i + 1 + skip + len(rest)] == rest:
                return True
    return False


def _compound(word: str, term: str, ctx: AnswerContext) -> TermBridge | None:
    """A word the coverage lacks that it writes as two, hyphenated or spaced ("bikeshare" as
    "Bike-share"): the index keeps two terms, and the question's one matches neither. Read so when a
    sentence holding both writes them together; the first is searched and counts for the word. A code
    of letters and a number ("s290", its plural "s290s") is read so too, as the coverage writes it
    ("S-290"): the index keeps the number, the letters too short to be a term of their own."""
    if (code := _CODE.fullmatch(word)) is not None:
        return _code(word, term, code.group(1), code.group(2), ctx)
    if not word.isalpha():
        return None
    for i in range(WEIGHTS.compound_part, len(word) - WEIGHTS.compound_part + 1):
        left, right = word[:i], word[i:]
        parts = [*ctx.tokenizer.tokens(left), *ctx.tokenizer.tokens(right)]
        if len(parts) != 2 or any(ctx.scorer.df(p) <= 0 for p in parts):
            continue
        together = re.compile(rf"\b{left}[-\s]?{right}\b", re.IGNORECASE)
        if any(
            together.search(ctx.sentences[h.index].text)
            for h in ctx.scorer.top_k(parts, WEIGHTS.compound_rows)
        ):
            return TermBridge(term, "corrected", tuple(parts), frozenset(parts))
    return None


#: a model's code run together, letters then a number, maybe in the plural ("s290", "s290s")
_CODE = re.compile(r"([a-z]{1,3})(\d+)s?")


def _code(word: str, term: str, letters: str, number: str, ctx: AnswerContext) -> TermBridge | None:
    """``_compound`` of a code ("s290"): the corpus's terms of its letters and number, when a sentence
    holding them writes the code with a hyphen or a space ("the S-290"), not the number alone beside
    another word ("290 passengers")."""
    parts = [*ctx.tokenizer.tokens(letters), *ctx.tokenizer.tokens(number)]
    if not parts or any(ctx.scorer.df(p) <= 0 for p in parts):
        return None
    together = re.compile(rf"\b{letters}[-\s]?{number}\b", re.IGNORECASE)
    if any(
        together.search(ctx.sentences[h.index].text) for h in ctx.scorer.top_k(parts, WEIGHTS.compound_rows)
    ):
        return TermBridge(term, "corrected", tuple(parts), frozenset(parts), name=True)
    return None


def _unwritten(q: QuestionInfo) -> bool:
    """Whether the coverage writes none of the question's terms as asked (each is bridged: by a synonym,
    a near spelling or not at all): which article it means is then unknown, not known to be none."""
    return bool(q.terms) and all(
        (b := q.bridges.get(t)) is not None and b.standing != "known" for t in q.terms
    )


def _absent(q: QuestionInfo) -> bool:
    """Whether the noun a question is about (and the noun of its "of" phrase, unless that is a name:
    "the cfo of Northwind" is about a cfo, whoever's) are words the coverage lacks and nothing bridges,
    no name among them, nor a word that only says the question is about an article
    (``ARTICLE_WORDS``)."""
    if not q.subject or any(q.term_words.get(t, t) in ARTICLE_WORDS for t in q.subject):
        return False
    bridges = [q.bridges.get(t) for t in q.subject]
    if len(bridges) > 1 and (owner := bridges[-1]) is not None and owner.name and owner.standing == "known":
        bridges = bridges[:-1]
    return all(b is not None and b.standing == "unknown_word" and not b.name for b in bridges)


def _absent_noun(q: QuestionInfo, ctx: AnswerContext) -> str:
    """A noun the question names that the coverage lacks in every spelling, by every synonym and in no
    headline, other than the verb it asks about, a name, a word of an outlet's name or a word about
    articles: "how much debt will Brightwater take on", "did the Lynx make the playoffs". A sentence
    holding the question's other words tells of something else (the offer's price, the arena's
    subsidy), so nothing answers it. Only a word WordNet mostly files as a noun counts: a verb or a
    modifier the coverage lacks ("when did they launch", "kick in", "usually") is a paraphrase of what
    it says otherwise, which is why an unknown word otherwise weighs little (``WEIGHTS.unknown_word``);
    nor one WordNet also knows as an adjective ("how much is the chalice worth"), nor a noun of the
    classes a coverage says otherwise (``_SAID_OTHERWISE``: "intentions", "driver", "this week"). Of a
    "what did X say" only the speaker counts ("what did the EPA say"; not "what does the referendum
    threshold say"). Only a question asking for a kind of thing, a yes or no or a speaker's words: a
    "what is X's endgame" or a digest is answered by a sentence that explains, in its own words; of a
    "what" only a noun asked as a figure is (``_asked_as_figure``: "what was Brightwater's profit", "what
    was the water temperature"), or one that makes with the noun after it a thing WordNet names
    ("what is Norland's unemployment rate": a coverage without the word gives no such rate, whatever other
    rates it gives). "" when there is none."""
    wn = wordnet()
    if wn is None or q.kind not in TYPED_KINDS | {"yesno", "quote", "what"}:
        return ""
    # (a word of an outlet's name names the outlet, whose articles need not write it: "according to the
    # gazette" of the Kelby Gazette's)
    outlet_words = outlets(ctx).all_words()
    # (only the words that ask: not a scene set before them, "Alarmed by the decline of local baking, the
    # mayor would reward shopkeepers with a sum of money ... how many ovens?")
    asking = asked_sentence(q.text)
    wh = _WH_WORD.search(asking)
    asked = ctx.tokenizer.term_set(asking[wh.start() :] if wh else asking)
    for t, b in q.bridges.items():
        word = q.term_words.get(t, t)
        if (
            b.standing == "unknown_word"
            and t in asked
            and (q.kind != "what" or _asked_as_figure(word, wn) or _names_compound(word, q, wn))
            and not b.name
            and t != q.done
            and t not in q.entity_terms
            and t not in q.literal
            and (q.kind != "quote" or t in q.subject)
            and word not in ARTICLE_WORDS
            and t not in outlet_words
            and not used_as_verb(word, q.text)
            and wn.mostly_noun(word)
            and wn.sense_classes(word, "n").isdisjoint(_SAID_OTHERWISE)
            and not wn.is_adjective(word)
            and not _derived_from_held(word, ctx)
            and not _said_by_synonym(word, ctx, wn)
            and not _names_measure(word, q, wn)
            and not _free_modifier(word, q, ctx)
        ):
            return word
    return ""


def _asked_as_figure(word: str, wn: WordNet) -> bool:
    """Whether a noun names an amount by its first sense (a possession or a quantity: "profit", "spill
    volume") or an attribute that is measured (a kind of magnitude or of a physical or fundamental
    quantity: "deficit", "temperature", "depth"; not "significance" or "nature", which a sentence
    explains in its own words): a "what" asking it asks for a figure, which a sentence lacking the word
    does not give."""
    classes = wn.sense_classes(word, "n")
    if classes & {NOUN_POSSESSION, NOUN_QUANTITY}:
        return True
    return NOUN_ATTRIBUTE in classes and any(wn.kind_of(word, m, WEIGHTS.kin_levels, 1) for m in _MEASURED)


#: the classes WordNet files the measured attributes under ("temperature", "deficit", "height")
_MEASURED = ("magnitude", "fundamental_quantity", "physical_property")


def _names_compound(word: str, q: QuestionInfo, wn: WordNet) -> bool:
    """Whether the question writes the word before a noun with which it makes one noun WordNet lists
    ("unemployment rate", "exchange rate"): the question asks about that thing, not about the noun after
    it, which the coverage may write of something else ("a surprise rate rise")."""
    low = fold(q.text).lower()
    return any(
        wn.known(f"{word.lower()}_{m.group(1)}") and wn.mostly_noun(f"{word.lower()}_{m.group(1)}")
        for m in re.finditer(rf"\b{re.escape(word.lower())}\s+([a-z]+)\b", low)
    )


#: a word after a form of "be" (and an optional adverb): what a question says its subject is; or the
#: last word of a question opening with one ("were the talks constructive")
_PREDICATE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|'s|’s)\s+(?:\w+ly\s+)?(?:not\s+)?([a-z][a-z-]+)\b", re.IGNORECASE
)
_ASKED_STATE = re.compile(r"^\s*(?:is|are|was|were)\b.*?\b([a-z][a-z-]+)\W*$", re.IGNORECASE)


def _absent_predicate(q: QuestionInfo, ctx: AnswerContext) -> str:
    """An adjective the question says of its subject after a form of "be" ("who said the talks were
    constructive", "was the deal fair") that the coverage writes in no spelling, no derived form and by
    no synonym: it is the claim asked about (who made it, whether it holds), so a sentence holding the
    question's other words does not state it. Only a word WordNet knows as an adjective and not mostly
    as a noun (a noun after "is" names what something is: "is he the mayor"), and only of a question
    asking who, whose words, or yes or no. "" when there is none."""
    wn = wordnet()
    if wn is None or q.kind not in ("person", "quote", "yesno"):
        return ""
    for m in [*_PREDICATE.finditer(q.text), *filter(None, [_ASKED_STATE.match(q.text)])]:
        word = m.group(1).lower()
        t = next(iter(ctx.tokenizer.tokens(word)), "")
        b = q.bridges.get(t)
        if (
            b is not None
            and b.standing == "unknown_word"
            and not b.name
            and t not in q.literal
            and wn.is_adjective(word)
            and not wn.mostly_noun(word)
            and not _derived_from_held(word, ctx)
            and not _said_by_synonym(word, ctx, wn)
            and not _other_choice_held(word, q, ctx)
        ):
            return word
    return ""


def _other_choice_held(word: str, q: QuestionInfo, ctx: AnswerContext) -> bool:
    """Whether the question offers ``word`` as one of a choice whose other side the coverage holds
    ("is the focus high or low": a sentence saying it is high answers it, one never saying "low")."""
    low = re.escape(word)
    for m in re.finditer(rf"(?i)\b(?:(\w+)\s+or\s+{low}|{low}\s+or\s+(\w+))\b", q.text):
        other = next(iter(ctx.tokenizer.tokens(m.group(1) or m.group(2))), "")
        b = q.bridges.get(other)
        if b is not None and b.standing != "unknown_word":
            return True
    return False


def _absent_role(question: str, q: QuestionInfo, ctx: AnswerContext) -> str:
    """The role a person is asked by ("who is the judge", "what's the name of the judge", "who is the
    cmo of Kessler"), or whose words are asked for ("what did the governor say"), when the coverage
    writes it in no form: not the word, nor a synonym or a word of
    its family that is a person or a verb ("attorney" of "lawyer", "owned" of "owner"; not "law"), nor
    its words spelled out ("chief executive officer" of "ceo"), nor, for a word no dictionary has, words
    whose initials spell it ("chief medical officer" of "cmo"). Also the role of a "which X VERB ..."
    whose act the coverage does not say (``_acting_role``: "which coroner is investigating the deaths").
    "" when the role is written, or the word is a name or no role."""
    if q.kind == "person":
        word = asked_person_role(question) or _acting_role(q, asked_which_noun(question), ctx)
    elif q.kind == "quote":  # "what did the governor say"
        said = speaking_role(question, ctx.tokenizer)
        word = q.term_words.get(said, said)
    elif q.kind in ("what", "entity"):  # "which coroner is investigating the deaths"
        word = _acting_role(q, asked_which_noun(question), ctx)
    else:
        return ""
    terms = ctx.tokenizer.tokens(word) if word else []
    wn = wordnet()
    if len(terms) != 1 or terms[0] not in q.terms or wn is None or not word.isalpha():
        return ""
    t = terms[0]
    b = q.bridges.get(t)
    if ctx.scorer.df(t) > 0 or t in q.entity_terms or t in q.literal or (b is not None and b.name):
        return ""

    def written(w: str) -> bool:
        # (stemmed whole too: "own" is a stop word, but "owned" is indexed as its stem)
        return any(ctx.scorer.df(x) > 0 for x in {*ctx.tokenizer.tokens(w), stem(w.lower())})

    if wn.known(word):
        if not person_noun(word, wn):
            return ""
        forms = role_forms(word, wn) | wn.related(word, persons=True)
        if any(written(f) and person_noun(f, wn) for f in forms) or any(
            any(pos == "v" for pos, _ in wn.lemmas(f)) and _verb_written(f, ctx) for f in forms
        ):
            return ""
        return "" if _spelled(word.lower(), ctx) else word
    if b is not None and b.standing == "corrected" and any(ctx.scorer.df(x) > 0 for x in b.search):
        # "who's her campaign mgr": a word no dictionary has, read as the coverage's word it clips or
        # contracts ("campaign manager"; ``spellings.clippings``)
        return ""
    # (an initialism no dictionary has, "cmo": written out, its words' initials spell it)
    if not word.islower() or not 2 <= len(word) <= WEIGHTS.initialism_letters:
        return ""
    return "" if _initials_written(word, ctx) else word


def _acting_role(q: QuestionInfo, word: str, ctx: AnswerContext) -> str:
    """The role of "which X VERB ..." ("which coroner is investigating the deaths") when the coverage
    does not say the act either: its verb is a word it lacks, or stands only by synonyms it never
    writes beside the question's other words. A sentence saying the act names who did it, whatever it
    calls them ("Governor Tomas Reyner ... backed the rise" for "which top official backed the hike"),
    so only then does a role the coverage never writes leave the question unanswered. "" otherwise."""
    return word if word and _act_unsaid(q, ctx) else ""


def _act_unsaid(q: QuestionInfo, ctx: AnswerContext, verb: str = "", by_synonym: bool = True) -> str:
    """The first verb of a question when the coverage says none of its verbs (those its form or place
    makes one, and ``verb``): each is a word it lacks in every form, derived form and synonym, or (when
    ``by_synonym``) stands only by synonyms it never writes beside the question's other words. A
    sentence holding the question's other words then tells of something else done to them ("Halloran
    called on the governor to resign" for "who will replace the governor"). "" when the question writes
    no verb or the coverage says one."""
    verbs = [
        t
        for t in q.terms
        if t != q.head
        and (q.term_words.get(t, t).lower() == verb.lower() or used_as_verb(q.term_words.get(t, t), q.text))
    ]

    def unsaid(t: str) -> bool:
        b = q.bridges.get(t)
        if b is None or b.name or b.standing not in ("unknown_word", "bridged"):
            return False
        others = other_terms(q.bridges, t)
        return b.standing == "unknown_word" or (
            by_synonym and not any(used_with(x, others, ctx) for x in b.search)
        )

    return q.term_words.get(verbs[0], verbs[0]) if verbs and all(unsaid(t) for t in verbs) else ""


#: the word right after a "who" and its auxiliary, the verb of which "who" is the subject ("who manages
#: the shelter", "who was arrested"), when WordNet knows it as one
_WHO_VERB = re.compile(rf"^\W*who\s+(?:(?:{'|'.join(sorted(AUXILIARIES))})\s+)?([a-z]+)\b", re.IGNORECASE)


def _who_verb_word(question: str) -> str:
    """The verb a "who" question asks the doer of, right after "who" ("who manages the shelter" ->
    "manages"), or "" when the word there is no verb ("who is the mayor")."""
    m = _WHO_VERB.match(question)
    return m.group(1) if m is not None and verb_known(m.group(1)) else ""


def _verb_written(verb: str, ctx: AnswerContext) -> bool:
    """Whether the coverage writes a verb as a verb ("owned", "leads"), not only a noun of its stem
    ("government" of "govern"): a sentence holding its stem (``WEIGHTS.real_word_rows`` read) writes it
    with a verb's ending or none."""
    terms = [t for t in {*ctx.tokenizer.tokens(verb), stem(verb.lower())} if ctx.scorer.df(t) > 0]
    if not terms:
        return False
    form = re.compile(rf"\b{re.escape(verb)}(?:s|es|d|ed|ing)?\b", re.IGNORECASE)
    return any(
        form.search(ctx.sentences[h.index].text) for h in ctx.scorer.top_k(terms[:1], WEIGHTS.real_word_rows)
    )


def _initials_written(word: str, ctx: AnswerContext) -> bool:
    """Whether any sentence of the coverage writes content words in a row whose initials spell the word
    ("chief medical officer" for "cmo"; ``_initialism`` reads only the question's best sentences)."""
    run = re.compile(
        r"\b" + r"(?:['\u2019]s)?[-\s]+".join(rf"({c}[a-z]+)" for c in word.lower()) + r"\b", re.IGNORECASE
    )
    found = (m.groups() for s in ctx.sentences for m in run.finditer(s.text))
    return any(not any(w.lower() in STOP_WORDS for w in words) for words in found)


def _free_modifier(word: str, q: QuestionInfo, ctx: AnswerContext) -> bool:
    """Whether the question writes the noun the coverage lacks right before a noun it writes, as a
    modifier WordNet knows no compound of ("the star witness", "the relief fund", "the max sentence"):
    it describes the thing the other noun names, which a sentence names without it ("the cooperating
    witness", "a $10 million fund"). Not a noun for a person, by its first sense, before another
    ("the deputy governor", "the assistant coach"): one role before another names a third. A pair
    WordNet lists as one noun ("brand name", "lieutenant governor") names another thing than its head,
    which the coverage lacking the pair does not name, as does a name ("the EU regulators");
    so may two words before a third noun ("the mercy health attack": a hospital network's name)."""
    wn = wordnet()
    if wn is None or wn.capitalised(word):
        return False  # ("the eu regulators": a name, whose regulators are not any the coverage names)
    low = fold(q.text).lower()
    for m in re.finditer(rf"\b{re.escape(word.lower())}\s+([a-z]+)\b(?:\s+([a-z]+))?", low):
        head, after = m.group(1), m.group(2) or ""
        if after and after not in STOP_WORDS and after not in FUNCTION_WORDS and wn.mostly_noun(after):
            continue  # ("the mercy health attack": two words before a noun, a name as often as not)
        toks = ctx.tokenizer.tokens(head)
        if (
            len(toks) != 1
            or ctx.scorer.df(toks[0]) <= 0
            or head in STOP_WORDS
            or head in FUNCTION_WORDS  # ("how much mortgage will ...": a modal, not a noun)
            or not wn.mostly_noun(head)
        ):
            continue
        heads = {head} | {lemma for pos, lemma in wn.lemmas(head) if pos == "n"}
        if NOUN_PERSON in wn.sense_classes(word, "n") and person_noun(head, wn):
            # ("the deputy governor", "the assistant coach": a person before a person's role names
            # another one, whom a sentence on the governor does not name)
            continue
        if not any(wn.known(f"{word.lower()}_{h}") for h in heads):
            return True
    return False


#: the word a question's asking clause opens with, after any scene it sets
_WH_WORD = re.compile(r"\b(?:how|what|which|who|whom|whose|when|where)\b")


def _said_by_synonym(word: str, ctx: AnswerContext, wn: WordNet) -> bool:
    """Whether the coverage writes a word of the noun's first sense ("TV" of "television"), which a
    question's bridge may pass over (a short or a capitalised synonym)."""
    return any(
        ctx.scorer.df(t) > 0 for w in wn.related(word, senses=1, verbs=False) for t in ctx.tokenizer.tokens(w)
    )


def _names_measure(word: str, q: QuestionInfo, wn: WordNet) -> bool:
    """Whether the noun names the kind of amount the question asks for ("how much money": money), which
    the answer's figure itself says ("$40 million"), not a thing the amount is of."""
    if not q.measure:
        return False
    bases = {lemma for pos, lemma in wn.lemmas(word) if pos == "n"}
    if q.measure == "money" and any(wn.kind_of(b, "monetary_unit", WEIGHTS.kin_levels, 1) for b in bases):
        return True  # "how much was he worth in dollars": the currency the figure is given in ("$91 million")
    if q.measure == "money" and any(
        wn.kind_of(word, c, WEIGHTS.measure_class_levels, 1) for c in wn.classes(q.measure)
    ):
        # "how much cash are families getting": money in another form, a kind of the class money is of (a
        # medium of exchange), which any sum says ("$500"). Not of the other measures, whose classes are
        # broad (a property, a duration, a rate) and hold things of their own ("how long was the sentence")
        return True
    return q.measure in bases or wn.kind_of(word, q.measure, WEIGHTS.kin_levels, 1)


#: WordNet's classes of nouns a coverage that lacks them still says otherwise, by their first sense: ideas
#: (told by verbs of wanting and thinking), people and bodies (named, or referred to by a pronoun or
#: another role: "the man at the wheel" for the driver, "two men" for people, Reuters for a news agency)
#: and times (which place a question: "this week")
_SAID_OTHERWISE = frozenset({NOUN_COGNITION, NOUN_PERSON, NOUN_GROUP, NOUN_TIME})


#: endings that make a noun of another word ("yard" -> "yardage", "settle" -> "settlement"): a noun so made
#: names what its base word's sentences measure or do, in other words
_NOUN_ENDINGS = ("age", "ment", "ness", "ity", "ship", "hood", "ery", "ance", "ence", "ing")


def _derived_from_held(word: str, ctx: AnswerContext) -> bool:
    """Whether ``word`` is a noun made with a noun-forming ending from a word the coverage writes
    ("yardage" of "a 3-yard loss"), which WordNet does not always relate to it."""
    w = word.lower()
    for ending in _NOUN_ENDINGS:
        for form in (w, w[:-1] if w.endswith("s") else w):
            if form.endswith(ending) and len(form) - len(ending) >= 3:
                base = form[: -len(ending)]
                if any(
                    ctx.scorer.df(t) > 0 for t in [*ctx.tokenizer.tokens(base), stem(base), stem(base + "e")]
                ):
                    return True
    return False


def _event_absent(q: QuestionInfo) -> bool:
    """Whether the verb a "when did ..." dates (``QuestionInfo.done``) is a word the coverage lacks and
    nothing bridges."""
    b = q.bridges.get(q.done) if q.done else None
    return b is not None and b.standing == "unknown_word" and not b.name


def _implying(word: str, term: str, ctx: AnswerContext) -> frozenset[str]:
    """The index terms the coverage holds of the verbs implying a money question's verb (WordNet's
    ``implying``: "buy" entails "pay"): the sum a purchase is made for is the sum paid, where for other
    questions a verb implying another ("beat" ~ "win") told of another event as often."""
    wn = wordnet()
    if wn is None:
        return frozenset()
    terms = {t for w in wn.implying(word, WEIGHTS.bridge_senses) for t in ctx.tokenizer.tokens(w)}
    return frozenset(t for t in terms if t != term and ctx.scorer.df(t) > 0)


def _causal(word: str, term: str, ctx: AnswerContext) -> frozenset[str]:
    """The index terms the coverage holds of the verbs a cause pointer links to a "how many" question's
    verb (``WordNet.causal``: "die" ~ "kill"): what is counted is the same people or things whichever end
    of the event a sentence tells. Only a count: "who killed him" asks the agent, which "he died" omits."""
    wn = wordnet()
    if wn is None:
        return frozenset()
    terms = {t for w in wn.causal(word, WEIGHTS.cause_senses) for t in ctx.tokenizer.tokens(w)}
    return frozenset(t for t in terms if t != term and ctx.scorer.df(t) > 0)


def _cluster_head(word: str, term: str, ctx: AnswerContext) -> frozenset[str]:
    """The index terms the coverage holds of what a money question's adjective says in WordNet's
    adjective cluster when WordNet gives it no synonym (``WordNet.cluster_head``: "worth" -> "valuable",
    "value"): a sum something is worth is the sum it is valued at. Only for a money question, where
    the head's words ("values ... at $9.7 billion") give the sum asked; elsewhere a cluster's head is
    a broader word ("lively" for "alive") that tells of other things as often."""
    wn = wordnet()
    if wn is None:
        return frozenset()
    terms = {t for w in wn.cluster_head(word, WEIGHTS.bridge_senses) for t in ctx.tokenizer.tokens(w)}
    return frozenset(t for t in terms if t != term and ctx.scorer.df(t) > 0)


def _spelled(word: str, ctx: AnswerContext) -> frozenset[str]:
    """The index terms of the words an acronym stands for ("ceo" -> chief executive officer, WordNet's
    ``spelled_out``) as the coverage writes them, its last word left out where it has more than two
    ("Chief executive Dana Whitlow" drops "officer"): the first such words some sentence writes
    together, found among the sentences holding them all. None for a longer word or one WordNet spells
    out no way."""
    wn = wordnet()
    if wn is None or len(word) > 5 or not word.isalpha():
        return frozenset()
    memo = ctx.memo.setdefault("spelled", {})  # (a search per acronym: worked out once per engine)
    assert isinstance(memo, dict)
    got = memo.get(word)
    if got is None:
        if len(memo) > _BRIDGE_MEMO:
            memo.clear()
        got = memo[word] = _spelled_terms(word, wn, ctx)
    return frozenset(got)


def _spelled_terms(word: str, wn: WordNet, ctx: AnswerContext) -> frozenset[str]:
    return written_spelling(word, wn, ctx.tokenizer, ctx.scorer, lambda row: ctx.sentences[row].text)[1]


def _initialism(word: str, others: list[str], ctx: AnswerContext) -> frozenset[str]:
    """The index terms of the words a short word the coverage lacks stands for as their initials ("AG",
    "the ag": "attorney general"; none WordNet spells out; a plural's, "vps": vice presidents): the
    words ``spellings.initials_words`` finds written in a row. None for a longer word or none found."""
    if not 2 <= len(word) <= WEIGHTS.initialism_letters or not word.isalpha() or not others:
        return frozenset()
    words = initials_words(word, others, ctx)
    terms = [t for w in words for t in ctx.tokenizer.tokens(w)]
    return frozenset(terms) if len(terms) == len(words) else frozenset()


def _acronym(word: str, term: str, ctx: AnswerContext) -> TermBridge | None:
    """A short word the coverage lacks that, written in capitals, is one of its names: chat writes
    acronyms in lowercase ("uk", "eu", "cbi"), and the aliases fold only the capitalised form ("UK" ->
    the United Kingdom). Read so when the coverage writes it in capitals far more often."""
    if len(word) > 5 or not word.isalpha():
        return None
    up = ctx.tokenizer.tokens(word.upper())
    if len(up) != 1 or up[0] == term or ctx.scorer.df(up[0]) <= WEIGHTS.acronym_ratio * ctx.scorer.df(term):
        return None
    return TermBridge(term, "corrected", (up[0],), frozenset(up), name=True)


def _confirmed(q: QuestionInfo, bridges: dict[str, TermBridge], ctx: AnswerContext) -> dict[str, TermBridge]:
    """The bridges with each correction of a real word kept only where the coverage confirms it. A
    misspelling that is itself an English word ("brake" for "break") is corrected like any other, but
    so would be an ordinary word the coverage never uses ("driver" -> "river"), and the question would
    be answered about something else. The correction stands when a sentence holds it together with
    the question's other words (``AnswerWeights.confirm_terms`` of them) and the word may be a typing
    slip for it (``spellings.slipped``: "fined" is no slip for "fired", whatever a wildfire's coverage
    holds with the question's other words): then the question reads as the coverage writes; otherwise
    the word stays what it is, a word the coverage lacks."""
    wn = wordnet()
    fixes = [
        t
        for t, b in bridges.items()
        if b.standing == "corrected" and b.search and wn is not None and wn.known(q.term_words.get(t, t))
    ]
    out = dict(bridges)
    for t in fixes:
        fixed = bridges[t].search[0]
        if not slipped(t, fixed) or not used_with(fixed, other_terms(bridges, t), ctx):
            b = bridges[t]
            out[t] = TermBridge(t, "unknown_name" if t in q.entity_terms else "unknown_word", name=b.name)
    for t in _synonym_subjects(q, bridges, wn):
        assert wn is not None  # (``_synonym_subjects`` reads none without it)
        b, word = bridges[t], q.term_words.get(t, t)
        # (the word's own family stands: "founded" says "founder"; a synonym may be another sense's)
        family = {stem(w) for w in wn.related(word, synonyms=False)}
        others = other_terms(bridges, t)
        held = tuple(x for x in b.search if x in family or used_with(x, others, ctx))
        if not held:
            out[t] = TermBridge(t, "unknown_word", name=b.name)
        elif held != b.search:
            out[t] = replace(b, search=held, variants=frozenset(held))
    return out


def _synonym_subjects(q: QuestionInfo, bridges: dict[str, TermBridge], wn: WordNet | None) -> list[str]:
    """The question's terms for what it asks of a thing it names ("the population of Dunmore Falls",
    "the head of Riverside Police": its subject's nouns before the name that owns them,
    ``QuestionInfo.subject``) that the coverage never writes and that stand only by WordNet's synonyms
    or family words: a common noun, not a name, a role (whose synonyms are other persons',
    ``bridge_term``) or a phrase spelled out. Such a synonym is as likely another sense's word ("head" ~
    "mind": "keeping an open mind"; "population" ~ "live": "stayed with relatives in Dunmore Falls") as
    the question's, and a sentence giving the named thing's attribute writes it beside the name; so, as
    a correction, it stands only where the coverage writes it beside the question's other words."""
    owner = bridges.get(q.subject[-1]) if len(q.subject) > 1 else None
    if wn is None or owner is None or not owner.name or owner.standing != "known":
        return []
    out = []
    for t in q.subject[:-1]:
        b = bridges.get(t)
        word = q.term_words.get(t, t)
        if (
            b is not None
            and b.standing == "bridged"
            and b.search
            and not b.name
            and not b.phrase
            and t not in q.entity_terms
            and t not in q.literal
            and word.isalpha()
            and wn.mostly_noun(word)
            and not person_noun(word, wn)
        ):
            out.append(t)
    return out


#: a question asking who: "who covered ...", "who wrote ..."
_WHO = re.compile(r"\W*who\b", re.IGNORECASE)


def _typed_account(q: QuestionInfo, c: Candidate, ctx: AnswerContext) -> bool:
    """Whether the party's statement answers by holding the kind of thing asked for (a number counting
    what a "how many" counts itself) and ``typed_coverage`` of the question: the party stands for the
    names a typed answer must hold (``scoring._typed_answer``), and a few words may be its own ("could
    eliminate about 1,500 jobs" for "how many jobs could go")."""
    return (
        q.kind in TYPED_KINDS
        and c.type_score >= 1.0
        and c.coverage >= WEIGHTS.typed_coverage
        and (not q.counted or counts(q, c.sentence.text, ctx.tokenizer, itself=True))
    )


def _stated_by(c: Candidate, source: frozenset[str], ctx: AnswerContext) -> bool:
    """Whether a candidate gives the account of the party whose terms are ``source`` (``states``): in
    its own words, or, for an article's lead attributing its news to someone ("..., according to the
    Commercial Workers local"), under a headline that names the party as saying it ("..., union says")."""

    def named(word: str) -> bool:
        return not source.isdisjoint(ctx.tokenizer.term_set(word))

    text = c.sentence.text
    if states(text, named) or said_by(ctx.documents[c.sentence.doc_id], c.sentence, named):
        return True  # (a quotation going on from the sentence naming its speaker is theirs too)
    title = ctx.documents[c.sentence.doc_id].meta.title or ""
    return c.sentence.index <= 1 and attributed(text) and states(title, named)


def _searching_variants(q: QuestionInfo) -> QuestionInfo:
    """The question searching each term's variants (its synonyms and derived forms the corpus holds)
    beside the term: for a few articles (one outlet's) that write none of the question's own words."""
    return replace(
        q,
        bridges={
            t: replace(b, search=tuple(dict.fromkeys((*b.search, *sorted(b.variants)))))
            for t, b in q.bridges.items()
        },
    )


#: the fewest letters two forms of a word share at their start to be read as one word's ("settl" of
#: "settlement"), not two words that happen to begin alike
_SHARED_ROOT = 5


def _searching_derived(q: QuestionInfo) -> QuestionInfo:
    """The question whose terms' variants are only their own forms (one begins the other: "settl" and
    "settlement"), not their synonyms, which may be of another sense; ``q`` itself when no term has one.
    ``_with_variants`` searches them."""
    own = {
        t: frozenset(
            v
            for v in b.variants
            if min(len(v), len(t)) >= _SHARED_ROOT and (v.startswith(t) or t.startswith(v))
        )
        for t, b in q.bridges.items()
    }
    if not any(own.values()):
        return q
    return replace(q, bridges={t: replace(b, variants=own[t]) for t, b in q.bridges.items()})


def _with_variants(q: QuestionInfo, ctx: AnswerContext, docs: list[str] | None, hits: list[Hit]) -> list[Hit]:
    """``hits`` of a few articles (an outlet's), or fewer than a question's candidates, and after them,
    below the weakest, the sentences holding the terms' variants (``_searching_variants``, or
    ``_searching_derived``'s) that they lack: scored as the question's words, at a synonym's credit, they
    answer when they hold what is asked."""
    if len(hits) >= WEIGHTS.candidates:
        return hits
    seen = {h.index for h in hits}
    more = [h for h in _retrieve(_searching_variants(q), ctx, docs) if h.index not in seen]
    if not more:
        return hits
    floor = min((h.score for h in hits), default=1.0)
    top = max(h.score for h in more)
    scaled = [Hit(h.index, floor * h.score / (top + 1.0)) for h in more]
    return [*hits, *scaled][: WEIGHTS.candidates]


def _with_statements(
    q: QuestionInfo, ctx: AnswerContext, speaking: frozenset[str], docs: list[str] | None, hits: list[Hit]
) -> list[Hit]:
    """``hits`` with the statements of the person a "what did X say" asks for (``speaking``: their name
    terms) in the articles naming them most (``WEIGHTS.speaker_documents``, by BM25 on the name) that
    do not write the name: a quotation attributed to "she" or "he" (``speaker``), or going on from X's
    attribution, holds none of the question's words, so search never proposes it. Each is scored by
    BM25 on the question as if it wrote the name its pronoun stands for (the name's score in its
    article's best row naming X); the quote scoring then chooses among them, the topic words of "about
    Y" counting as for any candidate."""
    naming: dict[str, float] = {}  # an article naming X -> the BM25 of the name in its best row
    keep = set(docs) if docs is not None else None
    # "about the injunction": its terms as asked, or a synonym a bridge reads them by (a word the coverage
    # never writes is in no search term, yet still asked about)
    topic = [
        frozenset({t, *q.bridges[t].search, *q.bridges[t].variants} if t in q.bridges else {t})
        for t in q.terms
        if t not in speaking
    ]
    # (a few articles' best rows for the name: every article they come from is read for the topic)
    for h in ctx.scorer.top_k(sorted(speaking), 3 * WEIGHTS.speaker_documents):
        d = ctx.sentences[h.index].doc_id
        if d in naming or (keep is not None and d not in keep) or not _tells_of(ctx, d, topic):
            continue
        naming[d] = h.score
        if len(naming) >= WEIGHTS.speaker_documents:
            break
    seen = {h.index for h in hits}
    rows = [r for d in naming for r in _statements_by(ctx, d, speaking) if r not in seen]
    if not rows:
        return hits
    at = np.asarray(rows, dtype=np.int64)
    own = ctx.scorer.score_rows(q.search_terms, at)
    more = [
        Hit(r, float(score) + naming[ctx.sentences[r].doc_id]) for r, score in zip(rows, own, strict=True)
    ]
    return sorted([*hits, *more], key=lambda h: -h.score)


def _tells_of(ctx: AnswerContext, doc_id: str, topic: list[frozenset[str]]) -> bool:
    """Whether an article writes any of the words a "what did X say about Y" asks about (each a term
    with its synonyms; all articles when it asks about nothing else): X's words in an article that never
    mentions Y are about something else ("what did the chief executive say about the injunction" of his
    letter to staff on the strike)."""
    if not topic:
        return True
    lo = ctx.rows[(doc_id, 0)]
    held = ctx.span_terms(lo, lo + len(ctx.documents[doc_id].sentences))
    return any(not words.isdisjoint(held) for words in topic)


def _statements_by(ctx: AnswerContext, doc_id: str, speaking: frozenset[str]) -> tuple[int, ...]:
    """The rows of an article's quotable sentences that are the statements of the person whose name
    terms are ``speaking`` without writing the name (``said_by``: the one a pronoun speaking, or a
    going-on quotation, stands for), worked out once per engine, article and person. Only a sentence a
    pronoun speaks or opening with a quotation mark, within ``speaker``'s reach after a sentence naming
    X or in its paragraph (which a going-on quotation continues), can be; the rest are not read."""

    def make() -> tuple[int, ...]:
        doc = ctx.documents[doc_id]
        first = ctx.rows[(doc_id, 0)]
        named = {i for i in range(len(doc.sentences)) if not speaking.isdisjoint(ctx.terms(first + i))}
        paragraphs = {doc.sentences[i].paragraph for i in named}
        out: list[int] = []
        for s in doc.sentences:
            row = first + s.index
            if s.heading or not ctx.quotable[row]:
                continue
            if s.index in named:
                continue  # (it holds the name: search proposes it by that)
            near = s.paragraph in paragraphs or any(
                s.index - k in named for k in range(1, _SPEAKER_REACH + 1)
            )
            if not near or not (PRONOUN_SPEAKER.search(s.text) or OPENS_QUOTE.match(s.text)):
                continue
            if said_by(doc, s, lambda n: not speaking.isdisjoint(ctx.tokenizer.term_set(n))):
                out.append(row)
        return tuple(out)

    return ctx.remembered("statements_by", (doc_id, speaking), make)


#: how many sentences back ``statements.speaker`` looks for whom a "..., she said" means (its statement's
#: own, then four before)
_SPEAKER_REACH = 5


def _retrieve(q: QuestionInfo, ctx: AnswerContext, docs: list[str] | None) -> list[Hit]:
    """The best quotable sentences for the question, from the given documents only when there are
    some (an outlet's articles): from the index's top hits when enough of them are theirs, else scored
    exactly over those documents' rows."""
    # the best quotable candidates among 1.5x (then 3x) as many hits (headings are not quoted): a smaller
    # k first, since pruning is faster the fewer rows it must keep, and that many quotable ones are
    # nearly always among them
    n = WEIGHTS.candidates
    keep = set(docs) if docs is not None else None

    def ok(h: Hit) -> bool:
        return bool(ctx.quotable[h.index]) and (keep is None or ctx.sentences[h.index].doc_id in keep)

    first = ctx.scorer.top_k(q.search_terms, n * 3 // 2)
    hits = [h for h in first if ok(h)][:n]
    if len(hits) < n and len(first) == n * 3 // 2:
        hits = [h for h in ctx.scorer.top_k(q.search_terms, n * 3) if ok(h)][:n]
    if docs is not None and len(hits) < n // 2:
        rows = np.concatenate(
            [
                np.arange(start, start + len(ctx.documents[d].sentences), dtype=np.int64)
                for d in docs
                if ctx.documents[d].sentences
                for start in (ctx.rows[(d, 0)],)
            ]
            or [np.zeros(0, dtype=np.int64)]
        )[: WEIGHTS.outlet_rows]
        hits = [h for h in ranked(rows, ctx.scorer.score_rows(q.search_terms, rows), n * 3) if ok(h)][:n]
    if len(hits) < n and ctx.scorer.size <= WEIGHTS.small_corpus:
        hits = _by_matches(q, ctx, hits, ok)
    return _answering_headings(q, first, hits, ctx, ok)


def _answering_headings(
    q: QuestionInfo, first: list[Hit], hits: list[Hit], ctx: AnswerContext, ok: Callable[[Hit], bool]
) -> list[Hit]:
    """``hits`` with the answers of the question headings among the index's top hits (``first``): an
    explainer's "Is the water safe now?" asks the question (``heading_asks``), and the paragraph under
    it, which need not repeat its words ("The utility says yes."), answers it (``heading_answer``).
    Each ranks at its heading's score when that is higher: the two are one reply to the reader's
    question."""
    at = {h.index: i for i, h in enumerate(hits)}
    hits = list(hits)
    more: list[Hit] = []
    asked_minutes = frozenset(m for _, minutes in clock_times(q.text) for m in minutes)
    stamped = {
        head: range(lo, hi) for m in asked_minutes for head, lo, hi in _stamps(ctx)[1].get(m, []) if head >= 0
    }
    for h in first:
        if ctx.quotable[h.index]:  # no heading (most rows): no Sentence is made to find that out
            continue
        # (a heading that is the time stamp the question names: the entry under it tells what happened then)
        answer = stamped.get(h.index) or heading_answer(ctx, ctx.sentences[h.index])
        if not answer or (h.index not in stamped and not heading_asks(q, ctx, h.index)):
            continue
        for row in answer:
            if row in at:
                i = at[row]
                hits[i] = Hit(row, max(hits[i].score, h.score))
            elif ok(Hit(row, h.score)):  # (a paragraph follows one heading: each row comes once)
                more.append(Hit(row, h.score))
    return sorted([*hits, *more], key=lambda h: -h.score)


def _by_matches(q: QuestionInfo, ctx: AnswerContext, hits: list[Hit], ok: Callable[[Hit], bool]) -> list[Hit]:
    """A small corpus's sentences holding any of the question's terms, when BM25 finds too few: with a
    handful of sentences a word every sentence holds gets a negative idf, and a two-article corpus
    would answer nothing. Ranked after BM25's own hits by how many of the terms they hold."""
    seen = {h.index for h in hits}
    terms = set(q.search_terms)
    more: list[Hit] = []
    for r in range(ctx.scorer.size):
        got = len(terms & ctx.terms(r))
        if got and r not in seen and ok(Hit(r, 0.0)):
            more.append(Hit(r, float(got)))
    more.sort(key=lambda h: -h.score)
    floor = min((h.score for h in hits), default=1.0)
    top = max((h.score for h in more), default=1.0)
    # below the weakest BM25 hit, in their own order (scores stay positive for the reranker)
    scaled = [Hit(h.index, floor * h.score / (top + 1.0)) for h in more]
    return [*hits, *scaled][: WEIGHTS.candidates]


#: "per the Courier" says whose account, as "according to the Courier" does ("per share", "per cent" and
#: "per day" name no one)
_PER_THE = re.compile(r"\bper(?=\s+the\s)", re.IGNORECASE)


def select(question: str, ctx: AnswerContext) -> Answer:
    """The answer to a question, read with a chat spelling of its asking word (of an "-ing" without its
    "g", of a common chat form or a title used as a noun) written out, a misspelt word of a name as the
    coverage writes the name, and an amount asked for in other words read as "how much"; the answer
    shows the question as it was asked."""

    def in_corpus(word: str) -> bool:
        return any(ctx.scorer.df(t) > 0 for t in ctx.tokenizer.tokens(word))

    # (runs of spaces and line breaks read as one space first: every reading below sees words apart by one
    # space, and no pattern's cost grows with a run's length)
    spaced = " ".join(question.split())
    asked = g_restored(
        spelled_out(without_greeting(without_remarks(spaced), in_corpus), in_corpus), in_corpus
    )
    asked = chat_spelled(asked, ctx)  # "where r the evacuees staying", "who is the capt of the ferry"
    asked = counted_spelled(asked, ctx)  # "how many ppl were arrested": the coverage's "people"
    asked = named_respelt(asked, ctx)  # "how old was marcus hail": the coverage's Marcus Hale
    asked = amount_wording(asked)  # "what was the fine amount" asks how much the fine was
    asked = count_wording(asked)  # "what was the number of patients" asks how many patients
    asked = measure_wording(asked)  # "what is the skipper's age" asks how old the skipper is
    asked = _PER_THE.sub("according to the", asked)  # "repair bill per the courier": the Courier's account
    # "what did the Wire and the Post each report as the toll", "do the Ledger and the Review agree on the
    # count": each party's account, cited to it (``parties``)
    two = two_parties(
        asked,
        lambda p: mentioned_outlet(analyze(f"according to {p}", ctx.tokenizer), ctx) is not None,
        lambda s: measure_wording(count_wording(amount_wording(s))),
    )
    each = [_first_offered(offered(_stamp_spelled(p, ctx)), ctx) for p in two.questions] if two else []
    if (joined := both_parties(question, each, lambda d: ctx.documents[d].meta.source)) is not None:
        return joined
    # "what happened at 2:10 p.m.": the live blog's "14:10" entry; where that declines, the time as asked
    # ("what did the mayor say at noon": the wire's "at noon", no entry stamped "12:00")
    stamped = _stamp_spelled(asked, ctx)
    answer = _first_offered(offered(stamped), ctx)
    if answer.abstained and stamped != asked:
        answer = _first_offered(offered(asked), ctx)
    if not answer.abstained and answer.statements:
        # "who is the deputy fire chief" answered "Fire Chief Ramona Ellery said ...": the holder of
        # another post, and no sentence names the asked one's
        other = names_other_post(asked, answer.statements[0].text, ctx.tokenizer)
        if other:
            answer = abstain(question, analyze(asked, ctx.tokenizer), f"nothing in it names the {other}")
    if not answer.abstained and answer.statements:
        # "what did the review conclude" answered "Varga will lead an independent review": the review is
        # still to come, and nothing of what it concluded is told
        pending = outcome_to_come(asked, answer.statements[0].text, ctx.tokenizer)
        if pending:
            answer = abstain(
                question, analyze(asked, ctx.tokenizer), f"it tells {pending} only as still to come"
            )
    return answer if answer.question == question else answer.model_copy(update={"question": question})


def _stamps(ctx: AnswerContext) -> tuple[Counter[tuple[str, int]], dict[int, list[tuple[int, int, int]]]]:
    """The corpus's live blog entries stamped with a time (``clock.stamped_entries``), worked out once per
    engine: how many are stamped with each spelling of each minute of the day, and each minute's entries
    as rows (the stamp's heading or -1, first, end)."""
    got = ctx.memo.get("stamps")
    if isinstance(got, tuple):
        return got
    spellings: Counter[tuple[str, int]] = Counter()
    entries: dict[int, list[tuple[int, int, int]]] = {}
    for doc_id, doc in ctx.documents.items():
        texts = doc.sentences.texts() if hasattr(doc.sentences, "texts") else [s.text for s in doc.sentences]
        if not any(clock_times(t) for t in texts):
            continue
        base = ctx.rows[(doc_id, 0)]
        for head, lo, hi, written, minutes in stamped_entries(texts, [s.heading for s in doc.sentences]):
            for minute in minutes:
                spellings[(written, minute)] += 1
                entries.setdefault(minute, []).append(
                    (base + head if head >= 0 else -1, base + lo, base + hi)
                )
    ctx.memo["stamps"] = (spellings, entries)
    return spellings, entries


def _stamp_spelled(asked: str, ctx: AnswerContext) -> str:
    """A question naming a clock time with the time written as the corpus's entries stamp it
    (``clock.corpus_spelling``): "2:10 p.m." is searched for as "14:10" where a live blog writes that."""
    if not clock_times(asked):
        return asked
    return corpus_spelling(asked, _stamps(ctx)[0])


def _first_offered(versions: list[str], ctx: AnswerContext) -> Answer:
    """The answer to the first of a question's versions (``question.offered``: one per figure it offers
    as an alternative) that the coverage answers, or the first one's decline."""
    declined: Answer | None = None
    for version in versions:
        # "who is Sam Keller": no article mentions him, but he wrote some of them
        answer = byline_person(version, ctx) or stands_for(version, ctx) or _placed(version, ctx)
        if not answer.abstained:
            return answer
        declined = declined or answer
    assert declined is not None  # (a question is always one version of itself)
    return declined


def _placed(question: str, ctx: AnswerContext) -> Answer:
    """The answer to a question placed after (before) an event ("what did Okafor say after the ruling")
    read first as it is written, the event's words searched like the others: a sentence holding them
    and what is asked ("After the truce, Putin ordered ...") answers it. Only when that reading declines
    or answers from the other side of the event is it answered from the statements placed after
    (before) the event (``anchor``), which need not repeat its words."""
    # (analysed once for both readings and the anchor: a question's analysis is ~5 % of answering it,
    # and nothing changes a ``QuestionInfo``, each step making its own with ``replace``)
    # (a misspelt word read as the coverage's before the question's grammar is: "who got suspendd" asks
    # about the suspending, as "who got suspended" does)
    asked = respelt(question, ctx)
    q = analyze(asked, ctx.tokenizer)
    plain = _select(question, asked, q, ctx, anchored=False)
    anchor = asked_anchor(question, q, ctx)
    if anchor is None or (not plain.abstained and not anchor.against(plain.citations[0], ctx)):
        return plain
    return _select(question, asked, q, ctx, anchored=True)


#: a question's words as its "no words to search for" names them: bounded, so a hostile line costs nothing
_SAID_WORD = re.compile(r"\w{1,30}")
#: how many of its words that message quotes
_SAID_WORDS = 3


def _no_words(question: str) -> str:
    """Why a question with nothing to search for is declined, quoting its own words ("what did he
    say?": “what”, “did” or “he”), which a fixed example ("when", "that") would misstate."""
    seen = list(dict.fromkeys(w.casefold() for w in _SAID_WORD.findall(question)))[:_SAID_WORDS]
    if not seen:
        return "the question has no words to search for"
    quoted = [f"\u201c{w}\u201d" for w in seen]
    listed = quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} or {quoted[-1]}"
    return f"the question has no words to search for, only ones such as {listed}"


def _select(question: str, asked: str, q: QuestionInfo, ctx: AnswerContext, anchored: bool = True) -> Answer:
    """The answer to ``question``, respelt as ``asked`` (``respelt``), whose analysis is ``q``."""
    if not ctx.documents:
        # a corpus with no article (an empty folder, or none of its files readable): said so, not
        # "nothing in it mentions ..." as if the articles had been searched
        return abstain(
            question, replace(q, words=[]), "no article is loaded: the corpus holds none that could be read"
        )
    if q.kind == "broad" and all(t in article_terms(ctx) for t in q.terms):
        # "what's the latest?", "summarize the story": no topic, only an article asked for: the newest
        newest = latest(question, q, ctx)
        return abstain(question, q, newest) if isinstance(newest, str) else newest
    if not q.terms:
        return abstain(question, q, _no_words(question))
    q = bridged(q, ctx)
    if q.head and q.head in q.bridges and q.bridges[q.head].standing in ("unknown_word", "unknown_name"):
        # "how much compo are passengers getting" of a coverage that writes no word for the thing had: the
        # verb of having is what a sentence answering holds of it ("will receive £2,500")
        kept = analyze(asked, ctx.tokenizer, delexical=False)
        if kept.terms != q.terms:
            q = bridged(kept, ctx)
    if (
        q.kind == "broad"
        and not asked_speaker(q.text, asked_names(q), ctx.tokenizer)
        and (topic := _coverage_topic(q, ctx))
    ):
        # "what happened in marlow falls", "summarize the water crisis": what the question names is what
        # the coverage is about, so it asks what the coverage says: the newest articles' leads, not the
        # sentences that happen to repeat the name the most ("summarize what Rubio said about the talks"
        # asks for his statements, however much of the coverage names him)
        digest = topic_latest(question, q, topic, ctx)
        if digest is not None:
            return digest
    kind = meta_kind(asked)  # ("who wrrote the column": the respelt question asks for its writer)
    if kind in ("author", "published") and story_piece(asked, ctx):
        # "who wrote the inspection report", "when was the inspectorate's report published": a document
        # the story tells of, whose author and date its sentences give, not the articles' bylines
        kind = None
    if kind == "writes_for":
        got = writes_for(question, q, ctx)
        if got is not None:
            return abstain(question, q, got) if isinstance(got, str) else got
        kind = None  # no article is by that name: a question about someone the articles mention
    outlet = mentioned_outlet(q, ctx)
    if kind == "outlets" and outlet is not None and _WHO.match(question):
        # "who covered the injunction for the Tribune": the outlet is given, so who asks for the reporter
        kind = "author"
    by_kind = named_kind(q, ctx, kind is not None)
    if by_kind is not None and outlet is not None:
        # "who wrote the Weekly's Q&A": the outlet's articles of that kind, if it has any
        of_outlet = [d for d in by_kind[1] if d in outlets(ctx).docs[outlet]]
        by_kind = (by_kind[0], of_outlet) if of_outlet else None
    naming, kind_docs = by_kind or (frozenset(), None)
    if kind is not None or outlet is not None or naming:
        q = without_outlet(q, outlet, ctx, naming, kind == "outlets")
    searched = q
    q = titled(q, ctx)
    if (
        kind is None
        and _absent(q)
        and not all(_free_modifier(q.term_words.get(t, t), q, ctx) for t in q.subject)
    ):
        # the thing asked about is nowhere in the coverage, in no spelling, by no synonym, in no
        # headline: a sentence holding the question's other words is about something else ("the
        # bridge will close" for "is the library closing")
        return abstain(question, q, f"nothing in it mentions {q.term_words.get(q.subject[0], q.subject[0])}")
    if kind is None and (noun := _absent_noun(q, ctx)):
        return abstain(question, q, f"nothing in it mentions {noun}")
    if kind is None and (said := _absent_predicate(q, ctx)):
        # "who said the talks were constructive", "was the deal fair": what is said of the subject is the
        # claim asked about, and the coverage writes it in no form and by no synonym
        return abstain(question, q, f"nothing in it says {said}")
    # (the role and the act read as respelt: "what did the gvernor say" asks for the governor's words)
    if kind is None and (role := _absent_role(asked, q, ctx)):
        # "what's the name of the judge", "what did the governor say": the coverage writes the role in no
        # form, so no sentence names anyone in it, nor gives their words; one holding the question's
        # other words tells of people in other roles (the plaintiff, the chief executive)
        return abstain(question, q, f"nothing in it names the {role}")
    if (
        kind is None
        and q.kind == "person"
        and _WHO.match(asked)
        and not asked_person_role(asked)
        and (unsaid := _act_unsaid(q, ctx, _who_verb_word(asked), by_synonym=False))
    ):
        # "who will replace the governor", "who owns the ferry firm": asked only by what they did, whom
        # no sentence says did it; one holding the question's other words names someone who did another
        # thing (called on the governor to resign). Only a verb the coverage has no word for: with no
        # role asked beside it, one read by a synonym is often its paraphrase in the coverage's own
        # words ("who quit as head of the trust": "resigned as chief executive"; "who chairs the
        # board": "Board chairman Geoffrey Paice"), which a sentence may hold apart from the others
        return abstain(question, q, f'nothing in it mentions "{unsaid}"')
    if kind is None and q.kind == "date" and _event_absent(q):
        # "when did the museum reopen": no sentence says it reopened, in any word: a date of the museum's
        # story dates something else
        return abstain(question, q, f'nothing in it mentions "{q.term_words.get(q.done, q.done)}"')
    period = asked_period(question, ctx, said=q.kind == "quote")
    if (
        kind is None
        and outlet is None
        and period is not None
        and q.kind in ("what", "broad")
        and set(q.terms) <= set(ctx.tokenizer.tokens(period.text))
        and (dated := period.documents(ctx, None))
    ):
        # "what happened on august 19": nothing is asked but the day, whose articles tell what happened
        # (their leads, as of an outlet's "what did the Herald report"); a sentence merely writing the
        # date is another day's story as often
        got = articles_digest(question, q, dated, ctx)
        return abstain(question, q, got) if isinstance(got, str) else got
    present = asked_present(question, ctx) if period is None else None
    for placed in (period, present):
        if placed is not None:
            q = placed.without(q, ctx.tokenizer)
    anchor = asked_anchor(question, q, ctx) if anchored and period is None else None
    if anchor is not None:  # "what did she say after the ruling": the ruling places it, not its topic
        q = anchor.without(q)
    if (
        kind is None
        and outlet is None
        and kind_docs is None
        and (pieces := _writers_pieces(question, q, ctx))
    ):
        # "what does tomas greer think": an opinion writer asked what they say, and nothing else: their
        # pieces say it (the leads), though no sentence of them writes the name only their byline gives
        got = articles_digest(question, q, pieces, ctx)
        return abstain(question, q, got) if isinstance(got, str) else got
    docs = kind_docs if kind_docs is not None else outlets(ctx).docs[outlet] if outlet else None
    if kind in (None, "outlets") and (
        corrected := corrections_asked(question, q, docs, ctx, kind == "outlets")
    ):
        # "did the Tribune get the count wrong": its correction notices on the count
        return corrected
    if kind == "outlets" and asks_about_correction(question, docs):
        # "which outlets got the margin wrong": outlets stating the margin did not get it wrong
        return abstain(question, q, "no outlet printed a correction on it")
    if kind == "author" and docs is not None and len(q.search_terms) <= 1 and asks_outlet_writers(question):
        # "who reports for KTAB?": its only term is the verb, which its bylines answer
        got = only_article(question, kind, q, docs, ctx)
        return abstain(question, q, got) if isinstance(got, str) else got
    if not q.search_terms:
        if kind is None and docs is not None and nothing_else_asked(q):
            # "what did the Herald report?", "what does the op-ed argue?": what the articles say
            got = articles_digest(question, q, docs, ctx)
            return abstain(question, q, got) if isinstance(got, str) else got
        if kind == "outlets" and kind_docs is not None and outlet is None:
            # "which outlet ran a live blog?": the outlets of the articles of that kind
            got = kind_outlets(question, q, kind_docs, ctx)
            return abstain(question, q, got) if isinstance(got, str) else got
        if kind == "outlets" and kind_docs is None and outlet is None and period is None:
            # "which outlets covered this?", "who reported this story?": no topic but the coverage, whose
            # documents' outlets answer it
            got = coverage_outlets(question, q, ctx)
            return abstain(question, q, got) if isinstance(got, str) else got
        if kind is not None and docs is not None:  # "who wrote the City Post story?": its only one, if so
            got = only_article(question, kind, q, docs, ctx, of_outlet=kind_docs is None)
            return abstain(question, q, got) if isinstance(got, str) else got
        return abstain(question, q)
    hits = _retrieve(q, ctx, docs)
    if docs is not None and kind is None:
        # an outlet's few articles may write what is asked only in the words' variants ("will lay off 1,200
        # employees" for "how many workers get laid off"): those sentences are searched too
        hits = _with_variants(q, ctx, docs, hits)
    elif kind is None and len(hits) < WEIGHTS.candidates and (derived := _searching_derived(q)) is not q:
        # a few sentences hold the words as asked; others may write a word in another of its forms ("agreed
        # to pay £27 million to settle" for "how much is the settlement"): searched below them
        hits = _with_variants(derived, ctx, docs, hits)
    if period is not None and (dated := period.documents(ctx, docs)):
        seen = {h.index for h in hits}  # the period's own articles, however the others rank
        hits += [h for h in _retrieve(q, ctx, dated) if h.index not in seen]
    if kind is not None or q is not searched:  # an article is named by its headline's words too
        hits = title_hits(q, ctx, hits, docs)
    if (
        kind is None
        and q.kind in ("quote", "broad")
        and (speaking := asked_speaker(q.text, asked_names(q), ctx.tokenizer))
    ):
        # "what did Anna Pell say": her quotation attributed to "she" holds none of the question's words
        hits = _with_statements(q, ctx, speaking, docs, hits)
    if not hits and kind is not None and docs is not None:
        # "who covered the injunction for the Tribune", whose article on it says "ordered": an article
        # asked about is found by its topic in the words its outlet wrote it in (the terms' variants),
        # an article about it (``about_in_variants``): a synonym met once further down ("have never
        # seen" for "the hearing") is the word in passing, or in another of its senses
        variants = _searching_variants(q)
        found = _retrieve(variants, ctx, docs)
        found = [h for h in found if about_in_variants(variants, ctx.sentences[h.index].doc_id, ctx)]
        hits = title_hits(q, ctx, found, docs)
    if not hits and kind is None and docs is not None and nothing_else_asked(q):
        # "what does the Herald columnist think": no sentence of its articles writes the verb, which only
        # asks what they say
        got = articles_digest(question, q, docs, ctx)
        return abstain(question, q, got) if isinstance(got, str) else got
    if not hits and kind is not None and kind_docs is not None and outlet is None and _unwritten(q):
        # "who wrote the opinion column about spending", a topic the coverage never writes as asked (a
        # synonym found none of the pieces): the few pieces of that kind, each with its headline
        got = only_article(question, kind, q, kind_docs, ctx, of_outlet=False)
        return abstain(question, q, got) if isinstance(got, str) else got
    if not hits:
        return abstain(question, q, f"nothing from {outlet} matches" if outlet else "")
    texts = [ctx.sentences[h.index].text for h in hits]
    common = _lowercase_words(q.text)
    cased = {
        t: w for t, w in q.term_words.items() if w not in CALENDAR and not (w in common and _common_word(w))
    }
    q = replace(q, bridges=cased_names(q.bridges, cased, texts))
    if q.kind == "person" and _named_person(question, q, ctx):
        # "who is nora hill": a name of English words, which the coverage writes as one ("Nora Hill"):
        # who she is is told by her own sentence, not by someone else's name beside it
        q = replace(q, kind="what")
    cands = score_candidates(q, hits, with_titles(ctx) if kind is not None else ctx)
    if period is not None:
        cands = [c for c in cands if period.holds(c.sentence, ctx, stated=q.kind != "quote")]
        if not cands:
            return abstain(question, q, f"nothing in it from {period.text} matches")
    elif (day := unplaced_day(question)) is not None:
        # "what happened on 23 march" of a coverage with no article of that month: only a sentence stating
        # the day tells of it ("early in March" and "on March 9" do not)
        cands = [c for c in cands if day.search(c.sentence.text)]
        if not cands:
            return abstain(question, q, "nothing in it is dated that day")
    if anchor is not None:
        cands = anchor.placed(cands, ctx, lambda c: answers(q, c, ctx))
        if not cands:
            return abstain(
                question, q, f"nothing in it {'after' if anchor.after else 'before'} {anchor.words} matches"
            )
    if present is not None:
        current = [c for c in cands if published_in(present, c.sentence, ctx)]
        if len(current) < len(cands) and any(answers(q, c, ctx) for c in current):
            cands = current
    if kind is not None:
        whole = kind == "outlets" and bool(_coverage_topic(q, ctx))
        got = answer_about(question, kind, q, cands, ctx, whole, kind_docs)
        return abstain(question, q, got) if isinstance(got, str) else got
    source = asked_source(question, ctx.tokenizer) if docs is None else frozenset()
    accounts = False  # the candidates are the asked party's statements that give what is asked
    first = next((c for c in cands if answers(q, c, ctx)), None) if source else None
    if source and (first is None or (attributed(first.sentence.text) and not _stated_by(first, source, ctx))):
        # "according to the union how many jobs could go": the union's figure, not the one another party
        # gives ("Brightwater has said ... 1,200 jobs"), when the union gives one. Its statement may name
        # it otherwise ("..., according to the Commercial Workers local" under "..., union says")
        theirs = [
            c
            for c in cands
            if _stated_by(c, source, ctx) and (answers(q, c, ctx) or _typed_account(q, c, ctx))
        ]
        if theirs:
            cands, accounts = theirs, True
    if q.kind == "broad" and any(c.said and answers(q, c, ctx) for c in cands):
        # "summarize what Ruiz said": a digest of her statements, not of what was said around her
        cands = [c for c in cands if c.said]
    posted = _post_answer(q, cands, ctx)
    if posted is not None:
        # "what position does X hold": the sentence writing X's post before the name answers, whatever
        # else it says (the other outlets' wordings of the post are quoted after it: ``confirm_role``)
        return compose(question, q, posted, [posted, *(c for c in cands if c is not posted)], ctx)
    best = next((c for c in cands if answers(q, c, ctx)), cands[0] if accounts else None)
    if best is None and outlet is not None and kind is None and period is None:
        # "how many homes were lost per the Pacific Ledger": the outlet's articles are searched, and the
        # outlet, taken out of the question, names what a name would; its figure of the very thing
        # counted is its account, as a party's is (``_typed_account``: "118 homes have been destroyed")
        best = next((c for c in cands if _typed_account(q, c, ctx)), None)
    if best is None and docs is None and period is None:
        cands, best = _reached(q, hits, cands, ctx)
        if best is None:
            best = _lone_typed(q, cands, ctx)
    elif (
        best is not None
        and best.relation < WEIGHTS.min_relation
        and q.kind != "quote"  # "what did X say" prefers X's own words below, whatever they hold
        and docs is None
        and period is None
    ):
        # it answers by covering the question's names alone, none of what is asked about them: an echo
        # of the topic ("Intel is developing ultra-wideband technology" for its range). A sentence of
        # the story holding what is asked answers instead ("The technology works over a range ...")
        echo = best
        cands = _reached(q, hits, cands, ctx)[0]
        asking = _asking_terms(q, ctx)
        best = _in_story(
            echo,
            cands,
            lambda c: (
                c.relation >= WEIGHTS.min_relation
                and (asking is None or any(credit(q, t, ctx.terms(c.row)) for t in asking))
                and answers(q, c, ctx)
            ),
        )
    if best is not None and q.kind in TYPED_KINDS and best.type_score < 1.0 and not q.phrase:
        # an echo of the question without the asked-for kind of thing: a sentence of the same story
        # holding one wins (another story's would answer about something else), if it holds as much
        # of what is asked (an echo holding all of it may give the answer in words no pattern tells:
        # "could reopen once the inspectors are satisfied")
        echo = best
        best = _in_story(echo, cands, lambda c: c.relation >= echo.relation and holds_asked_kind(q, c))
    act_forms = asked_act_forms(q) if q.kind in ("person", "place") and not q.phrase else frozenset()
    if (
        best is not None
        and act_forms
        and not holds_act_role(q.kind, act_forms, best.sentence.text, ctx.tokenizer)
    ):
        # "where was the stolen painting found": a sentence telling the asked act with the slot asked beside
        # it ("the painting was found in a garage in Dunmore") over one that only repeats the topic ("The
        # stolen painting was insured ..."; "A ballot box was found in a cupboard" for who found it)
        best = _first_also(
            best,
            cands,
            lambda c: (
                c.type_score >= 1.0
                and holds_act_role(q.kind, act_forms, c.sentence.text, ctx.tokenizer)
                and answers(q, c, ctx)
            ),
        )
    if best is not None and q.kind == "what" and best.type_score < 1.0 and not q.phrase:
        # "what was the name of the reactor that blew up": "... the reactor that exploded ..." gives none;
        # a sentence beside it in its article naming the thing ("the backup cooling pump for the reactor,
        # known as R-401") does, though it leaves what identifies the thing to the sentence asked of
        echo = best
        best = _in_story(echo, cands, lambda c: _names_thing_near(q, echo, c, ctx))
    if (
        best is not None
        and q.kind == "what"
        and best.type_score < 1.0
        and not q.phrase
        and asked_called_noun(q.text)
    ):
        # "what is the name of the tanker": "The tanker was insured by the Nordmark Club" names none; a
        # sentence scoring near it that holds as much of what is asked and a name beside the noun ("the
        # oil tanker Arvida Star") gives it, from any story (as a clock time answers "what time" below)
        echo = best
        best = next(
            (
                c
                for c in cands
                if c.type_score >= 1.0
                and c.relation >= echo.relation
                and c.score >= WEIGHTS.head_kind_ratio * echo.score
                and answers(q, c, ctx)
            ),
            echo,
        )
    if best is not None and ASKS_TIME.search(q.text) and not _clock_beside(q, best, ctx):
        # "what time did the jet land": "landed on Tuesday afternoon" gives the part of the day; a sentence
        # scoring near it that holds as much of what is asked and an hour of the clock ("landed 31 minutes
        # after the 14:21 mayday call") tells the time asked for, from any story
        echo = best
        best = next(
            (
                c
                for c in cands
                if c.relation >= echo.relation
                and c.score >= WEIGHTS.head_kind_ratio * echo.score
                and reads_clock(c.sentence.text)
                and answers(q, c, ctx)
            ),
            echo,
        )
    unasked: Candidate | None = None  # the echo holding none of what is asked (``holds_nothing_asked``)
    if (
        best is not None
        # (and a "what is X's N" of an N the coverage never writes: "what is the utility's stock ticker")
        and (q.kind in TYPED_KINDS or (q.kind == "what" and unwritten_thing(q)))
        and best.asked < WEIGHTS.min_relation
        and not q.phrase
    ):
        # it holds the kind of thing asked for and its story's topic, none of what is asked about it
        # ("State lawmakers are considering a desalination plant" for who opposes the plant): a sentence
        # of the same story holding what is asked answers ("Environmental groups oppose the plan")
        echo = best
        best = _in_story(echo, cands, lambda c: c.asked >= WEIGHTS.min_relation and answers(q, c, ctx))
        if best is echo and holds_nothing_asked(q, echo, ctx):
            # none of its story's sentences holds what is asked, and the echo holds none of it in any
            # form: unless a check below finds a sentence that does (one naming someone in the role asked
            # by, from any story), the coverage does not say it ("who designed the market hall" of a story
            # on its rebuild)
            unasked = echo
    if best is not None and q.head and not best.fills_head and not q.phrase:
        # the same for a name beside the noun asked for ("which theatre ..." -> "the Palace Theatre"),
        # where a sentence holding other names only echoes the question
        echo = best
        best = next(
            (
                c
                for c in cands
                if c.fills_head
                # (another story's, when it scores near: "which strain": "the Salmonella strain behind
                # the outbreak" names none; "a strain of Salmonella Newport" in the agency's report does)
                and (
                    c.sentence.doc_id == echo.sentence.doc_id
                    or c.score >= WEIGHTS.head_kind_ratio * echo.score
                )
                and c.relation >= echo.relation
                and answers(q, c, ctx)
            ),
            echo,
        )
        if best is echo and _unnamed_person(q, echo, ctx):
            # (the echo names no one: the first sentence of its story naming one beside the noun, holding
            # some of what is asked, fills the slot the echo leaves empty; ``_unnamed_person``)
            best = _in_story(
                echo,
                cands,
                lambda c: c.fills_head and c.relation >= WEIGHTS.min_relation and answers(q, c, ctx),
            )
    if best is not None and q.head and not best.names_kind and not q.phrase:
        # a name WordNet knows as one of the kind asked for ("which state ...": "California continues to
        # shatter its record ...") says which more surely than a name written near the noun ("the
        # country's capital, Riyadh" for "what country"): a sentence naming one answers, from any story,
        # when it scores near the chosen one
        echo = best
        best = next(
            (
                c
                for c in cands
                if c.names_kind and c.score >= WEIGHTS.head_kind_ratio * echo.score and answers(q, c, ctx)
            ),
            echo,
        )
    if best is not None and q.head and not best.fills_head and not q.phrase and _kind_only(q, best, ctx):
        # "what utility is blamed": "The utility disclosed the fault ..." writes the noun asked for only as
        # a definite mention, which refers back to what its article named before it ("Sierra Crest Power
        # told state regulators ... a fault"): that earlier sentence says which, when it holds as much of
        # what is asked and answers
        echo = best
        best = next(
            (
                c
                for c in cands
                if c.sentence.doc_id == echo.sentence.doc_id
                and c.sentence.index < echo.sentence.index
                and c.relation >= echo.relation
                and type_score("entity", c.sentence.text, q, ctx.tokenizer) >= 1.0
                and answers(q, c, ctx)
            ),
            echo,
        )
    verb = _count_verb(q) if best is not None and q.counted else ""
    if best is not None and verb and not credit(q, verb, ctx.terms(best.row)):
        # "how many fans does Millbrook Lane hold": a count of the noun that tells of another act ("3,000
        # fans marched to Millbrook Lane") gives another number; a sentence holding as much of what is
        # asked that tells of the asked act and counts for it ("Millbrook Lane holds 14,200.") answers
        best = _first_also(
            best,
            cands,
            lambda c: (
                bool(credit(q, verb, ctx.terms(c.row)))
                and counts(q, c.sentence.text, ctx.tokenizer)
                and answers(q, c, ctx)
            ),
        )
    if best is not None and q.counted_with and not counts(q, best.sentence.text, ctx.tokenizer, itself=True):
        # "how many injury reports": a number of the thing counted itself ("17 injury reports") over one
        # of a word describing it ("one injury has been reported"), when it holds as much of the question
        echo = best
        best = next(
            (
                c
                for c in cands
                if c.coverage >= echo.coverage
                and c.relation >= echo.relation
                and counts(q, c.sentence.text, ctx.tokenizer, itself=True)
                and answers(q, c, ctx)
            ),
            echo,
        )
    if (
        best is not None
        and q.counted
        and magnitude_only(best.sentence.text, q, ctx.tokenizer, WEIGHTS.count_window)
    ):
        # "how many swings were recalled": "Millions of baby swings ... have been recalled" says no figure;
        # a sentence of its story giving one of the same thing does ("The recall affects 2 million MamaRoo
        # swings")
        echo = best
        best = _in_story(echo, cands, lambda c: bool(_figures(q, c, ctx)) and answers(q, c, ctx))
    if (
        best is not None
        and q.kind == "date"
        and asks_day(q.text)
        and not gives_day(best.sentence.text, q, ctx.tokenizer)
    ):
        # "on what date will the first hearing take place": "... is expected to hold its first hearings in
        # September" gives a month, not the day asked. A sentence holding as much of the question that
        # gives a day answers; another's day ("The class action filed on March 12" for the hearing's) tells
        # of another act, and with none the coverage does not give the day
        echo = best
        best = next(
            (
                c
                for c in cands
                if c.coverage >= echo.coverage
                and c.relation >= echo.relation
                and gives_day(c.sentence.text, q, ctx.tokenizer)
                and answers(q, c, ctx)
            ),
            None,
        )
        if best is None:
            return abstain(question, q, "nothing in it gives the day")
    if best is not None and q.kind == "person" and not q.phrase and (role := _role(question, q, ctx)):
        # "who was the mediator": the sentence naming someone in the role ("said mediator Helen Cho") over
        # one that mentions the role beside other people's names ("the mayor called for a mediator"), in
        # any story, when it holds as much of the question
        by_role = replace(q, head=role)
        echo = best
        sort = _role_kind(question, ctx)  # ("fire" of "the fire chief")
        # (the role in any form the coverage writes it: "chief executive" names one for "ceo")
        if not _names_role(echo.sentence.text, by_role, ctx):
            best = next(
                (
                    c
                    for c in cands
                    if c.coverage >= echo.coverage
                    and c.relation >= echo.relation
                    and names_head(c.sentence.text, by_role, ctx.tokenizer, WEIGHTS.head_window)
                    and answers(q, c, ctx)
                ),
                echo,
            )
            if best is echo:
                best = _in_story(echo, cands, lambda c: _names_role_in_story(q, by_role, c, ctx))
            if (
                best is echo
                and sort
                and any(noun in (role, sort) and is_name(q, owner) for owner, noun, _ in q.bound)
            ):
                # "who is Kestrel Bay's finance director": the question names the office by its kind and
                # its owner's name, and no sentence holding as much of it names anyone in the role
                # ("Kestrel Bay had passed the owners' and directors' test"): the coverage names no one in
                # it. (Not a role of no one named, "the lead plaintiff", "the improvement director": a
                # sentence naming her without its noun, "named Gillian Marsh to the role", answers.)
                kind_of = f"{q.term_words.get(sort, sort)} {q.term_words.get(role, role)}"
                return abstain(question, q, f"nothing in it names the {kind_of}")
        if best is echo and _office(q, role) and ctx.terms(echo.row).isdisjoint(_role_forms(by_role)):
            # the chosen sentence does not write the office in any form, and none holding as much of the
            # question names anyone in it: one that holds less of it and the office's owner does, in the
            # echo's story or answering itself ("Quill asked the trial judge, Henrik Sols, ..." for the
            # Ostby trial's judge, after "Defence lawyer Mara Quill said the trial ..."; for "the
            # governor's spokesperson" not the company's spokeswoman); else the coverage names no one in
            # it, and the echo ("Governor Elena Marsh declared ...") would answer with someone in another
            # role
            owners = [o for o, noun, _ in q.bound if noun == role]
            best = next(
                (
                    c
                    for c in cands
                    if _names_role(c.sentence.text, by_role, ctx)
                    and _owned(q, owners, by_role, c, ctx)
                    # (not another's: "Vane's barrister, Owen Tate, said Rafferty ..." for Rafferty's; but
                    # "Hale's lawyer" is the skipper's where the article titles him "Skipper Jon Hale")
                    and (
                        not owned_by_another(q, c.sentence.text, ctx.tokenizer, partial(is_name, q))
                        or all(_titled_possessor(q, o, by_role, c, ctx) for o in owners)
                    )
                    and (c.sentence.doc_id == echo.sentence.doc_id or answers(q, c, ctx))
                ),
                None,
            )
            if best is None:
                return abstain(question, q, f"nothing in it names the {q.term_words.get(role, role)}")
        elif best is echo and sort and _another_kind(echo, role, sort, ctx):
            # "who is the elections director": "..., county finance director Raymond Osei said" names a
            # director of another kind; a sentence naming one of the kind asked answers, and when none
            # does the coverage names no one in it ("the plant manager, Sandra Mireles" is no safety
            # manager)
            best = next(
                (
                    c
                    for c in cands
                    if _names_role(c.sentence.text, by_role, ctx)
                    and _of_kind(c, role, sort, ctx)
                    and answers(q, c, ctx)
                ),
                None,
            )
            if best is None:
                kind_of = f"{q.term_words.get(sort, sort)} {q.term_words.get(role, role)}"
                return abstain(question, q, f"nothing in it names the {kind_of}")
        elif best is echo and _office(q, role):
            best = _owners_office_holder(q, by_role, sort, echo, cands, ctx)
            if best is None:
                return abstain(question, q, f"nothing in it names another {q.term_words.get(role, role)}")
        elif best is echo and ctx.terms(echo.row).isdisjoint(_role_forms(by_role)):
            # "who's the judge in the Voss case": the echo writes no judge in any form ("Defence lawyer
            # Dana Whitcombe said the government's case ..."), and names someone in another role; one
            # naming someone in the role that answers does ("District Judge Eleanor Pruitt told jurors")
            best = next(
                (c for c in cands if _names_role(c.sentence.text, by_role, ctx) and answers(q, c, ctx)), echo
            )
    if best is not None and (post := future_post(question)) is not None and not _fills_post(best, post, ctx):
        # "who will be the permanent manager", "who will replace Quell": the post is still to be filled, and
        # a sentence naming its interim or past holder ("Ramanathan will serve as interim chief executive
        # while the board searches for a permanent successor"), or the plan to fill it ("he would appoint a
        # permanent manager within weeks"), names no one to it
        return abstain(question, q, "nothing in it names who will hold it")
    if (
        best is not None
        and q.kind == "person"
        and (named_in := _name_asked_of(question, q, ctx)) is not None
        # (not a name after a preposition: "a porter at Tollbridge Infirmary" names where the porter works)
        and not _names_role(best.sentence.text, named_in, ctx, holder=True)
    ):
        # "what is the name of the suspended staff member": the name asked for is the one the coverage gives
        # someone in the role, beside its noun ("the plant manager, Sandra Mireles"); a sentence holding
        # the question's words and other people's names ("Reyner says one member of staff has been
        # suspended") gives none, and when no sentence that answers names anyone in it the coverage does
        # not say it
        holders = (c for c in cands if _names_role(c.sentence.text, named_in, ctx, holder=True))
        best = next((c for c in holders if answers(q, c, ctx)), None)
        if best is None:
            noun = named_in.term_words.get(named_in.head, named_in.head)
            return abstain(question, q, f"nothing in it names the {noun}")
    if best is not None and q.kind == "what" and (named := who_is_words(question)):
        # "who is fenwick": a sentence telling who she is ("Union president Dolores Fenwick", "Fenwick, a
        # nurse") over one that only mentions her ("Fenwick said ..."), when it holds as much of the question
        echo = best
        if not describes(echo.sentence.text, named[-1]):
            best = next(
                (
                    c
                    for c in cands
                    if c.coverage >= echo.coverage
                    and describes(c.sentence.text, named[-1])
                    and answers(q, c, ctx)
                ),
                echo,
            )
    # (a "what metal is it clad in" asks for a kind of thing, which the head checks above find)
    if best is not None and q.kind == "what" and not q.phrase and not q.head:
        # "what did police seize": the object of the verb itself ("officers seized laptops") over a
        # synonym's of another sense ("police arrested two men"), then any completion
        # (only a verb's object has a test of the verb itself: ``topical``)
        own = asked_completion(q, ctx.tokenizer, itself=True)
        topical = own is not None
        for completes in (own, asked_completion(q, ctx.tokenizer)):
            if completes is not None and not completes(best.sentence.text):
                best = _completing(q, best, cands, completes, ctx, topical=topical)
    if best is not None and q.kind == "quote" and not best.said:
        # "what did Ruiz say": a statement of hers that answers, over narration about her, or over what
        # someone else said of her when hers holds as much of what is asked
        told = narration(best.sentence.text)
        first = best
        best = next(
            (c for c in cands if c.said and (told or c.relation >= first.relation) and answers(q, c, ctx)),
            first,
        )
    elif best is not None and q.kind == "quote" and not gives_words(best.sentence.text):
        # "what did Ashworth say when he resigned": his words ('"... that is me," Ashworth said'), over
        # "Ashworth announced his resignation", which tells that he spoke, not what he said; in the
        # article telling of that act, his words are on it, though they hold less of what is asked
        first = best
        best = next(
            (
                c
                for c in cands
                if c.said
                and (c.relation >= first.relation or c.sentence.doc_id == first.sentence.doc_id)
                and gives_words(c.sentence.text)
                and answers(q, c, ctx)
            ),
            first,
        )
    elif best is not None and not best.said:
        # "who did Ruiz say pushed ...": the answer is in her words, which another's statement is not
        best = next((c for c in cands if c.said and answers(q, c, ctx)), best)
    spoke = _speech_verb(q.text) if best is not None and q.kind == "quote" else ""
    spoken = frozenset({spoke})
    if best is not None and spoke and not writes_verb(best.sentence.text, spoken):
        # "what did Lyall tell parliament": her statement telling it ("Lyall told parliament that the
        # families had been failed ..."), over one holding as much of the question by another verb ("Lyall
        # says she will make a statement to parliament"): the verb of saying asked is the asked act
        best = _first_also(
            best,
            cands,
            lambda c: c.said and writes_verb(c.sentence.text, spoken) and answers(q, c, ctx),
        )
    if (
        best is not None
        and q.kind == "person"
        and not best.titled_of
        and not (best.type_score >= 1.0 and _holds_verb(q, best, ctx))
    ):
        # "who runs Kessler": the one titled its chief executive, over a sentence holding "run" only in a
        # synonym of another sense ("... any new trial") beside some name, or holding it of no one it
        # names ("Arden was founded in 2019"); one titled as the doer of the very thing asked about first
        # ("Ferry operator Bluewake Lines" for "who runs the ferries", over "Civil defence director Hugo
        # Brandt"), else one titled as a doer with no other owner named, if the chosen one is not: not
        # "Halvard Tankers chief executive Ingrid Falkvik" over "Declan Moyle, chairman of the Fishermen's
        # Association" for who runs the association, a doer of another thing
        best = next((c for c in cands if c.titled_of and answers(q, c, ctx)), None) or (
            best
            if best.titled
            else next((c for c in cands if c.titled and not c.titled_other and answers(q, c, ctx)), best)
        )
        if not best.titled and not _holds_verb(q, best, ctx):
            # none titled either: a sentence holding the verb itself beside a name ("The team is led by
            # senior investigator Priya Raman" for who leads the team), over one holding the question's
            # names without the act ("The Safety Board has sent a team of six investigators to ...
            # Caddis Bend"), when it holds as much of what is asked
            echo = best
            best = next(
                (
                    c
                    for c in cands
                    if c.relation >= echo.relation
                    and c.type_score >= 1.0
                    and _holds_verb(q, c, ctx)
                    and answers(q, c, ctx)
                ),
                echo,
            )
    if best is not None and q.kind == "entity" and (act := asked_act(q.text)) and not _states_act(act, best):
        # "which company operated the Kestrel Star": the sentence saying a name did it ("The vessel,
        # operated by Greyline River Services, overturned ..."), over one holding the question's names
        # beside a company's other doing ("Greyline has offered compensation ... in the Kestrel Star
        # disaster"), when it holds as much of what is asked
        echo = best
        best = next(
            (
                c
                for c in cands
                if c.relation >= echo.relation
                and c.type_score >= 1.0
                and _states_act(act, c)
                and answers(q, c, ctx)
            ),
            echo,
        )
    if best is not None and q.kind not in ("number", "date", "broad") and (held := _compounded(q, best, ctx)):
        # "what did prosecutors say Ferrow did with the money": "... conspiracy to commit money laundering"
        # holds "money" only as a word of another thing WordNet names (money laundering); a sentence of its
        # story holding the word itself answers ("The indictment says Ferrow moved ... customer money")
        echo = best
        best = _in_story(
            echo,
            cands,
            lambda c: (
                c is not echo
                and any(t in ctx.terms(c.row) for t in held - _compounded(q, c, ctx))
                and answers(q, c, ctx)
            ),
        )
    if best is not None and q.kind == "yesno" and not says_of_subject(q, best.sentence.text, ctx):
        # "will fares go up": a sentence saying so over one sharing its words, its verb another's
        # ("fares keep rising and people cannot get where they need to go")
        first = best
        best = next(
            (c for c in cands if says_of_subject(q, c.sentence.text, ctx) and answers(q, c, ctx)), first
        )
    if best is not None and q.kind == "yesno" and not states_verb(q, best.sentence.text, ctx):
        # "did they pay the ransom": "did not pay the ransom" over "gave it seven days to pay", a demand
        best = _first_also(best, cands, lambda c: states_verb(q, c.sentence.text, ctx) and answers(q, c, ctx))
    if (
        best is not None
        and q.kind == "yesno"
        and _ASKS_DONE.match(q.text)
        and only_planned(q, best.sentence.text, ctx)
    ):
        # "did the judge let him stay free": no sentence says she did or did not, and the best one only has
        # it asked of her ("Brandt asked Marchetti to let Kalloway remain free"): a plan or a plea is no yes
        return abstain(question, q, "nothing in it says it was done")
    if best is not None and q.kind == "yesno" and only_left_open(q, best.sentence.text, ctx):
        # "will Stroud be fired": no sentence says he will or will not, and the best one says it is open
        # ("She declined to say whether he would be fired"): a question left open is no yes or no
        return abstain(question, q, "nothing in it says whether it was or will be done")
    if best is not None and q.kind == "date" and not ASKS_TIME.search(q.text) and not _date_placed(best, ctx):
        # "when did Quell plead guilty": "pleaded guilty in February" over "pleaded guilty last month" in an
        # article of unknown date, which places nothing. A date the calendar places takes its place, or a
        # dated article's weekday or "last month" that dates the asked act itself ("Prosecutors charged
        # Kamp with fraud on Tuesday", its citation showing the day; ``dates_asked_act``); not one that
        # may be another event's ("a day after Pryce resigned", "expected to be completed by the end of
        # the month" for a takeover done on the Monday the first one says), in a sentence holding what is
        # asked (``min_relation``: "... babies died between 2021 and 2025" does not date the hospital's
        # building)
        act_forms = asked_act_forms(q)
        best = _first_also(
            best,
            cands,
            lambda c: (
                c.relation >= WEIGHTS.min_relation
                and (
                    calendar_placed(c.sentence.text)
                    or (_date_placed(c, ctx) and dates_asked_act(act_forms, c.sentence.text, ctx))
                )
                and answers(q, c, ctx)
            ),
        )
    if best is not None and q.kind == "date" and not ASKS_TIME.search(q.text):
        best = _dating_the_act(q, best, cands, ctx)
    not_done = q.kind == "reason" and asks_not(q)
    if best is not None and not_done and not denies_verb(q, best.sentence.text, ctx):
        # "why didn't they pay": the sentence saying they did not, whose neighbours give the reason, over
        # one telling others not to ("advises victims not to pay")
        best = _first_also(best, cands, lambda c: denies_verb(q, c.sentence.text, ctx) and answers(q, c, ctx))
    act = _act_bases(q) if q.kind == "reason" else frozenset()
    if best is not None and act and tells_act_as_anchor(best.sentence.text, act):
        # "why did the board remove Tellwright": "Shareholders voted to reinstate him, three weeks after the
        # board removed him" tells what came of the removal; a sentence telling the removal itself ("The
        # board of Lumora Systems removed chief executive Marcus Tellwright on Tuesday ...") is the one
        # whose neighbours give its reasons
        best = _first_also(
            best,
            cands,
            lambda c: (
                writes_verb(c.sentence.text, act)
                and not tells_act_as_anchor(c.sentence.text, act)
                and answers(q, c, ctx)
            ),
        )
    if best is not None and best is unasked:
        best = None
    if best is None and kind is None and docs is not None and period is None and nothing_else_asked(q):
        # (its sentences holding the verb, "believes", answer nothing: what the articles say does)
        got = articles_digest(question, q, docs, ctx)
        return abstain(question, q, got) if isinstance(got, str) else got
    if best is None and not cands:
        # every sentence retrieved was a live page's word to its readers ("We'll be back tomorrow."), which
        # no score is given for: nothing answers, nor holds more of the question than another
        return abstain(question, q)
    if best is None:
        best = cands[0]
        # (what the nearest passage lacks is no reason to give: "does not mention school" of a coverage
        # where most passages do reads as false; the words searched for are said, and nothing else)
        return abstain(question, q)
    if asks_current(question) or q.kind == "yesno":
        # "is the order still in effect", "is the port open": its newest statement, not its first
        best = newest_statement(best, cands, lambda c: answers(q, c, ctx), ctx)
    elif anchor is not None:  # the statement nearest the event, not one weeks later
        best = anchor.nearest(best, cands, ctx, lambda c: answers(q, c, ctx))
    elif asks_first_stage(question):  # "what did they offer at first": not "raised its offer to 8 percent"
        best = first_statement(best, cands, lambda c: answers(q, c, ctx))
    holder = _holder(q, best, ctx)
    if holder is None and q.kind == "reason" and best.type_score < 1.0:
        # "why did Voss resign": the chosen sentence only tells the act and nothing beside it says why; a
        # sentence of another article telling the same act as fully may be followed by its reason ("...
        # he was stepping down "so that the focus can stay on the families""), which then answers
        # (another article's telling of that act writes its verb in some form, "resigned on Thursday";
        # not a sentence of the story about something else done, "retracted his paper, saying ...")
        act = _act_bases(q)
        best = _first_also(
            best,
            cands,
            lambda c: writes_verb(c.sentence.text, act) and answers(q, c, ctx) and _reason_beside(q, c, ctx),
        )
        holder = _holder(q, best, ctx)
        if holder is None and best.type_score < 1.0:
            # ... or another article, naming whom the question names, tells the act as the subject of a
            # sentence giving its reason ("The freeze was ordered because cash reserves had fallen ...")
            acted = best
            best = next((c for c in cands if _reason_told_elsewhere(q, acted, c, act, ctx)), best)
            holder = _holder(q, best, ctx)
    if holder is None and q.kind == "what" and asks_means(q) and not states_means(best.sentence.text):
        # "how was the storage unit rented": the chosen sentence tells the act with the subject elsewhere
        # ("found inside a rented storage unit"); its article comes back to the subject a few sentences
        # on to tell how ("The storage unit had been rented under a false name"), which leads (the
        # candidate holding it found by equality: the store's small cache of Sentence objects is emptied
        # when full, so the neighbour read may be another object of the same sentence)
        retold = _subject_told_after(q, best.sentence, ctx)
        swap = next((c for c in cands if c.sentence == retold), None) if retold is not None else None
        if swap is not None:
            best = swap
            holder = _holder(q, best, ctx)
    # (the sentence beside it, short enough to make one quote with it in its paragraph, holding the kind
    # asked answers, which the headline then need not lead; one further off, or joined to it across a
    # paragraph break (``statements.joins_holder``), is a guess by pattern the headline may say better:
    # "The vast trove of Chinese personal data ..." after a leak's "in a country where")
    kind_held = (
        holder is not None
        and abs(holder.index - best.sentence.index) == 1
        and fits(sorted([best.sentence, holder], key=lambda s: s.index), WEIGHTS.quote_chars)
        and type_score(q.kind, holder.text, q, ctx.tokenizer) >= 1.0
    )
    headline = headline_answer(q, best, ctx, kind_held)
    reply = compose(question, q, best, [best, *(c for c in cands if c is not best)], ctx, holder, headline)
    lead = filling_lead(q, best, reply, cands, ctx)
    if lead is None:
        return reply
    # a later statement gives what is asked and the first does not: it leads (the first may follow)
    return compose(question, q, lead, [lead, *(c for c in cands if c is not lead)], ctx)


#: nouns for the post someone holds, which "what X does Y hold / have", "what is Y's X" ask for
_POST_NOUNS = frozenset("position post job role title office occupation profession rank".split())


def _post_answer(q: QuestionInfo, cands: Sequence[Candidate], ctx: AnswerContext) -> Candidate | None:
    """For a question asking a named person's post ("what position does Mark Rutte hold", "what is
    Zelenskyy's job"), the best candidate writing a post right before the whole name ("NATO Secretary
    General Mark Rutte has emphasized ..."; ``confirm.role_of``): news gives a post beside the name in a
    sentence about something else, which holds none of the question's other words, so such a sentence
    was scored as an echo of the name, and one holding the question's noun in another sense ("the
    American position") ranked first. None for any other question, or when no candidate writes one."""
    names = frozenset(t for t in q.terms if is_name(q, t))
    rest = [t for t in q.terms if t not in names]
    if (
        q.kind != "what"
        or not names
        or len(rest) > WEIGHTS.role_question_terms
        or _POST_NOUNS.isdisjoint(re.findall(r"[a-z]+", q.text.lower()))  # (as asked: "post" may be
        # searched as the coverage's word for it)
    ):
        return None
    return next(
        (
            c
            for c in cands
            if c.names >= 1.0
            and names <= ctx.terms(c.row)
            and role_of(c.sentence.text, names, ctx.tokenizer, WEIGHTS.role_words) is not None
        ),
        None,
    )


def _figures(q: QuestionInfo, c: Candidate, ctx: AnswerContext) -> frozenset[str]:
    """The figures a candidate gives of what a "how many" counts (``types.figures_before``)."""
    return figures_before(c.sentence.text, q, ctx.tokenizer, WEIGHTS.count_window)


def _asking_terms(q: QuestionInfo, ctx: AnswerContext) -> frozenset[str] | None:
    """What a question that first sets the scene asks in its asking sentence ("We also lost actress
    Nichelle Nichols, who passed away at 89. Which iconic role did she bring to life?": "iconic",
    "bring", "life"), none of the scene's words nor names nor the noun asked for; None for a question of
    one sentence. A sentence holding only the scene's words ("Nichelle Nichols ... passed away") tells
    what the reader was told, not what is asked."""
    asking = asked_sentence(q.text)
    if asking == fold(q.text).lower().strip():
        return None
    held = ctx.tokenizer.term_set(asking)
    return frozenset(t for t in q.terms if t in held and t != q.head and not is_name(q, t))


#: what stands right before a definite mention of a noun: "the", "its", "their", maybe with a word or
#: two describing it ("the utility", "the state regulator's")
_DEFINITE_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)


def _kind_only(q: QuestionInfo, c: Candidate, ctx: AnswerContext) -> bool:
    """Whether a sentence writes the noun a "which N" asks for ("what utility") only after "the" (or
    "its", "their"), with no name written beside it: "The utility disclosed the fault" refers back to
    something its article named before, and does not itself say which."""
    low = c.sentence.text.lower()
    at = [m for m in LOWER_WORDS.finditer(low) if q.head in ctx.tokenizer.term_set(m.group(0))]
    return bool(at) and all(_DEFINITE_BEFORE.search(low[: m.start()]) for m in at)


def _clock_beside(q: QuestionInfo, c: Candidate, ctx: AnswerContext) -> bool:
    """Whether a sentence gives an hour of the clock, or one the answer quotes with it does (the next
    few, then the one before: as ``scoring._held_beside`` reads them) of what is asked: "The bridge
    reopened on Tuesday. Traffic began crossing at 6:15 a.m." answers "what time did it reopen" with
    its neighbour, where "It had left Dublin at 12:40" beside a landing times the departure."""
    s = c.sentence
    if reads_clock(s.text):
        return True
    doc = ctx.documents[s.doc_id]
    for j in (*range(s.index + 1, s.index + 1 + WEIGHTS.holder_after), s.index - 1):
        text = doc.sentences[j].text if 0 <= j < len(doc.sentences) else ""
        # (its own words: the article's headline names the event for every sentence)
        if reads_clock(text) and (not q.done or credit(q, q.done, ctx.tokenizer.term_set(text)) > 0):
            return True
    return False


#: "what did X tell ...", "what has the mayor promised": the words after the auxiliary, the verb among them
_WHAT_DID = re.compile(r"^\W*what\s+(?:did|does|do|has|have|had)\s+(.+)$", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _speech_verb(question: str) -> str:
    """The base form of the verb of communication a "what did X VERB" asks with, when it is more than
    saying ("tell", "warn", "promise"; WordNet's verb.communication in its most frequent sense), the
    first lowercase word after the auxiliary WordNet reads as a verb and mostly not as a noun; '' for
    "say" (every statement says) or any other question."""
    m = _WHAT_DID.match(asked_sentence(question))
    wn = wordnet()
    if m is None or wn is None:
        return ""
    for word in re.findall(r"[\w'\u2019-]+", m.group(1)):
        if not word.islower() or word in STOP_WORDS:
            continue
        bases = [b for pos, b in wn.lemmas(word) if pos == "v"]
        if not bases or wn.mostly_noun(word):
            continue  # (a noun of the subject: "the mayor")
        base = bases[0]
        return "" if base == "say" or VERB_COMMUNICATION not in wn.sense_classes(base, "v", 1) else base
    return ""


def _count_verb(q: QuestionInfo) -> str:
    """The question's term for the verb a "how many X does S VERB" ends on ("hold"), or ''."""
    asked = asked_count_verb(q.text)
    verb = asked[1].lower() if asked else ""
    return next((t for t, w in q.term_words.items() if w.lower() == verb and t != q.counted), "")


def _unnamed_person(q: QuestionInfo, echo: Candidate, ctx: AnswerContext) -> bool:
    """Whether a "which X" asks for a person (X's most frequent sense is one: "which engineer", "which
    judge") and the chosen sentence names no one at all: it echoes the question's words ("the
    authority's own engineers warned against the change") with the slot asked for empty. A sentence of
    its story naming someone beside X ("signed by senior process engineer Anita Rao") then answers,
    though it repeats fewer of the question's words; it is the one holding what is asked (an echo that
    names someone else may be about another X, and keeps the stricter test above)."""
    wn = wordnet()
    word = q.term_words.get(q.head, q.head)
    return (
        wn is not None
        and person_noun(word, wn)
        and type_score("person", echo.sentence.text, q, ctx.tokenizer) < 1.0
        and not speaker(ctx.documents[echo.sentence.doc_id], [echo.sentence])
    )


def _in_story(echo: Candidate, cands: list[Candidate], better: Callable[[Candidate], bool]) -> Candidate:
    """The first candidate of the echo's own article that ``better`` accepts, else the echo: a sentence of
    another story would answer about something else."""
    return next((c for c in cands if c.sentence.doc_id == echo.sentence.doc_id and better(c)), echo)


#: "who is", "who's", "who was": a question asking who holds what follows
_WHO_BE = re.compile(r"^\s*who(?:'s|\u2019s|\s+is|\s+was|\s+are|\s+were)\s", re.IGNORECASE)


def _role(question: str, q: QuestionInfo, ctx: AnswerContext) -> str:
    """The term of the role a "who is the X" asks about, when X is a noun whose most frequent sense is a
    person ("mediator", "president"; not "who is the favourite", a thing first) and a question term."""
    # (a chat question's possessive may lack its apostrophe, "who is oyelarans lawyer": the question's
    # bound owner and noun say the role all the same)
    word = (
        asked_role(question)
        or (q.term_words.get(q.bound[-1][1], q.bound[-1][1]) if q.bound and _WHO_BE.match(q.text) else "")
        or asked_name_of_person(question)  # "what is the name of the plant's safety manager"
    )
    wn = wordnet()
    if not word or wn is None:
        return ""
    term = ctx.tokenizer.tokens(word)[:1]
    # (a noun first for a thing is a role only as a named body's office: "the head of Tarn Police", not
    # "the head of midwifery", an office of its own)
    owned = bool(term) and any(noun == term[0] and is_name(q, owner) for owner, noun, _ in q.bound)
    if not (office_noun if owned else person_noun)(word, wn):
        return ""
    return term[0] if term and term[0] in q.terms else ""


#: the words a sentence names someone to a post still to be filled with: a future ("will take over",
#: "is to succeed", "set to become") or an appointment ("named", "appointed", "chosen to succeed")
_FILLS = re.compile(
    r"\b(?:will|would|shall|'ll|is\s+to|are\s+to|set\s+to|due\s+to|expected\s+to|named|appointed|chosen|"
    r"picked|selected|hired|nominated|tapped|succeeds|succeeded|replaces|replaced|takes\s+over|took\s+over)\b"
)
#: what before a post's noun says its holder holds it for a while, or no one yet ("a permanent successor")
_NOT_FILLED = re.compile(
    r"\b(?:a|an|interim|acting|caretaker|temporary|former|outgoing|ex)\s+(?:[\w-]+\s+){0,2}?$"
)


def _fills_post(c: Candidate, post: str, ctx: AnswerContext) -> bool:
    """Whether the sentence names someone to the post a question asks the future holder of
    (``future_post``): it writes a future or an appointment, and the post's noun (when the question gives
    one) at least once without a word marking an interim or past holder or an indefinite one before it
    ("interim chief executive", "former planning director", "appoint a permanent manager"; "successor"
    stands for any post)."""
    text = c.sentence.text
    if not _FILLS.search(text.lower()):
        return False
    terms = set(ctx.tokenizer.tokens(f"{post} successor replacement"))
    places = [m for m in re.finditer(r"[\w'\u2019-]+", text) if terms & ctx.tokenizer.term_set(m.group(0))]
    return not places or any(not _NOT_FILLED.search(text[: m.start()].lower()) for m in places)


def _names_thing_near(q: QuestionInfo, echo: Candidate, c: Candidate, ctx: AnswerContext) -> bool:
    """Whether a sentence within ``named_near`` sentences of the echo in its article gives the thing a
    "what is the name of X" asks about its name: it writes X's noun with a naming word ("called", "known
    as": ``types.type_score``) or a name beside it ("the utility's Kestrel-Hadley 115-kilovolt line"),
    and the question's names are its story's."""
    noun = asked_called_noun(q.text)
    terms = ctx.tokenizer.tokens(noun) if noun else []
    return (
        bool(terms)
        and c.names >= WEIGHTS.min_names
        and 0 < abs(c.sentence.index - echo.sentence.index) <= WEIGHTS.named_near
        and credit(q, terms[-1], ctx.terms(c.row)) > 0
        and (
            c.type_score >= 1.0
            or names_head(c.sentence.text, replace(q, head=terms[-1]), ctx.tokenizer, WEIGHTS.head_window)
        )
    )


def _names_role_in_story(q: QuestionInfo, by_role: QuestionInfo, c: Candidate, ctx: AnswerContext) -> bool:
    """Whether a sentence names someone in the asked role ("..., commissioner Helena Varga said") and its
    story (headline and lead) holds the rest of the question ("The National Data Protection Commission
    said ..." for "who is the data protection commissioner"): news gives the role's full title once and
    then its bare noun beside the name. The sentence must hold the kind asked (a name) and the role's own
    word (not only its family: "Caddis Bend Works" names no worker); only the role's qualifiers and the
    question's names may come from its story."""
    own = ctx.terms(c.row)
    if c.type_score < 1.0 or c.names < WEIGHTS.min_names or by_role.head not in own:
        return False
    if not _names_role(c.sentence.text, by_role, ctx):
        return False
    if owned_by_another(q, c.sentence.text, ctx.tokenizer, partial(is_name, q)):
        return False  # "Vane's barrister, Owen Tate" for Rafferty's
    held = own | story_terms(ctx, c.sentence.doc_id)
    return all(credit(q, t, held) > 0 for t in q.terms)


def _role_kind(question: str, ctx: AnswerContext) -> str:
    """The index term of the word the question writes before the role's noun ("elections" of "the
    elections director", "financial" of "the chief financial officer"), when it names a kind of the role:
    a noun, or an adjective pertaining to one (``_names_kind``), not one that describes ("the new
    director")."""
    word = asked_role_kind(question)
    terms = ctx.tokenizer.tokens(word) if word and _names_kind(word) else []
    return terms[0] if len(terms) == 1 else ""


def _names_kind(word: str) -> bool:
    """Whether a lowercase word before a role's noun names a kind of the role: a noun ("finance
    director") or an adjective whose first sense pertains to a noun ("financial officer", "medical
    director"; ``WordNet.relational``), where a describing adjective ("new", "interim", "senior") only
    describes its holder."""
    wn = wordnet()
    return noun_modifier(word) or (wn is not None and wn.relational(word))


def _role_words(c: Candidate, role: str, ctx: AnswerContext) -> list[tuple[list[str], int]]:
    """The candidate's words, once for each place it writes the role's noun, with that place."""
    words = _ROLE_WORD.findall(c.sentence.text)
    return [(words, i) for i, w in enumerate(words) if role in ctx.tokenizer.term_set(w)]


def _of_kind(c: Candidate, role: str, kind: str, ctx: AnswerContext) -> bool:
    """Whether a sentence writes the role with the asked kind's noun just before it ("County elections
    director Tomas Arrieta") or after "of" ("director of elections")."""
    return _kind_near(_role_words(c, role, ctx), kind, ctx)


def _kind_near(places: list[tuple[list[str], int]], kind: str, ctx: AnswerContext) -> bool:
    """``_of_kind`` of the places a sentence writes the role's noun (``_role_words``)."""
    for words, i in places:
        near = words[max(0, i - 2) : i] + (words[i + 2 : i + 4] if words[i + 1 : i + 2] == ["of"] else [])
        if any(kind in ctx.tokenizer.term_set(w) for w in near):
            return True
    return False


def _another_kind(c: Candidate, role: str, kind: str, ctx: AnswerContext) -> bool:
    """Whether a sentence writes the role only as another kind of it: a noun other than the asked kind's
    right before it ("county finance director"), or an adjective that names a kind as such a noun does
    ("chief financial officer" for "chief technology officer"; ``WordNet.relational``, not "the new
    director"), a title WordNet lists whole ("chief operating officer" for the chief financial officer)
    or a kind capitalised as a title ("Resources Minister" for the health minister: ``_titled``), never
    the asked kind."""
    places = _role_words(c, role, ctx)
    return bool(places) and not _kind_near(places, kind, ctx) and all(_titled(w, i) for w, i in places)


def _titled(words: list[str], i: int) -> bool:
    """Whether a sentence writes the role's noun (its ``i``-th word) with a word naming a kind of it right
    before: "county finance director" (``_names_kind``); a title WordNet lists as one noun for a person
    ("chief operating officer": ``_person_compound``), the title compared as a whole; or a kind
    capitalised as a title is, with the noun ("Resources Minister Daniel Achebe", "The Health Minister"),
    where no capitalised word but an article before it makes it part of a name ("Corvane Air Director")."""
    if i == 0:
        return False
    before = words[i - 1]
    if before.islower():
        return _names_kind(before) or any(_person_compound(words[i - n : i + 1]) for n in (1, 2, 3) if n <= i)
    return (
        before[:1].isupper()
        and words[i][:1].isupper()
        and (i == 1 or not words[i - 2][:1].isupper() or words[i - 2].lower() in STOP_WORDS)
        and _names_kind(before.lower())
    )


def _person_compound(words: list[str]) -> bool:
    """Whether lowercase words are one noun for a person in WordNet ("chief operating officer")."""
    wn = wordnet()
    compound = "_".join(words)
    return wn is not None and all(w.islower() and w.isalpha() for w in words) and person_noun(compound, wn)


#: a sentence's words as ``_of_kind`` reads them around the role's noun
_ROLE_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


def _names_role(text: str, by_role: QuestionInfo, ctx: AnswerContext, holder: bool = False) -> bool:
    """Whether a sentence names someone in the asked role: the role's word, as the question or the
    coverage writes it ("spokeswoman" for "spokesperson") or in its own family ("Wipro is majority owned
    by Azim Premji" for its owner), beside a name the question does not give (for its ``holder``, not
    one the role's noun is joined to by a preposition: ``types.names_head``)."""
    if _role_only_as_body(text, by_role, ctx):
        return False
    return any(
        names_head(text, replace(by_role, head=f), ctx.tokenizer, WEIGHTS.head_window, holder)
        or named_as(text, replace(by_role, head=f), ctx.tokenizer)
        for f in _role_forms(by_role)
    )


def _role_only_as_body(text: str, by_role: QuestionInfo, ctx: AnswerContext) -> bool:
    """Whether a sentence writes the role's index term only in words that name no person: "commissioner"
    and "Commission" share a stem, but "The National Data Protection Commission said ..." names no
    commissioner (WordNet: no sense of "commission" among its first few is a person). Not when it writes
    one of the role's forms as a person's noun or as a verb ("Wipro is majority owned by Azim Premji"
    names its owner)."""
    wn = wordnet()
    if wn is None:
        return False
    forms = _role_forms(by_role)
    words = [w.lower() for w in _ROLE_WORD.findall(text) if ctx.tokenizer.term_set(w) & forms]
    return bool(words) and not any(office_noun(w, wn) or not wn.mostly_noun(w) for w in words)


def _owners_office_holder(
    q: QuestionInfo,
    by_role: QuestionInfo,
    sort: str,
    echo: Candidate,
    cands: list[Candidate],
    ctx: AnswerContext,
) -> Candidate | None:
    """For "who is X's lawyer", the sentence naming someone in the office, over an echo writing the
    office without naming anyone in it ("..., his lawyer confirmed"), or naming its holder for an owner
    the sentence does not write ("Its lawyer, Carl Weatherby, said ...", of the campaign the sentence
    before names): one naming someone in it beside the owner ("Priya Natarajan, the attorney
    representing the Oyelaran campaign"), or, when the echo names no one, any naming someone in it that
    answers. The echo stays when none does, unless the one it names in the office is the question's
    own person (None: another is asked for, whom the coverage does not name). A holder of a role asked
    by its kind (``sort``, "fire" of "who is the fire chief") is one the sentence writes of that kind: "Its
    chief executive, Rosa Delgado" names a chief of another."""
    owners = [o for o, noun, _ in q.bound if noun == by_role.head]

    def owned(c: Candidate) -> bool:
        return _owned(q, owners, by_role, c, ctx)

    named = _names_role(echo.sentence.text, by_role, ctx)
    if named and owned(echo):
        return echo
    holders = [
        c
        for c in cands
        if _names_role(c.sentence.text, by_role, ctx)
        and (not sort or _of_kind(c, by_role.head, sort, ctx))
        and answers(q, c, ctx)
    ]
    other = _other_than(by_role, ctx) if not holders and not named else frozenset()
    if other and _names_role(
        echo.sentence.text, replace(by_role, terms=[t for t in by_role.terms if t not in other]), ctx
    ):
        # "who was the plant manager before Sandra Mireles": the echo names the one in the office, and it
        # is the person the question asks about another than ("the plant manager, Sandra Mireles,"), whom
        # no sentence names
        return None
    return next((c for c in holders if owned(c)), echo if named else next(iter(holders), echo))


def _owned(
    q: QuestionInfo, owners: list[str], by_role: QuestionInfo, c: Candidate, ctx: AnswerContext
) -> bool:
    """Whether a sentence writes each owner the question binds the asked office to: in any form, or
    as the name its article titles by the owner's noun (``_titled_possessor``)."""
    return all(credit(q, o, ctx.terms(c.row)) > 0 or _titled_possessor(q, o, by_role, c, ctx) for o in owners)


#: a name's possessive before the role it holds the office of, a word between at most ("Verrall's
#: lawyer", "Hale's defence lawyer")
_POSSESSOR = re.compile(r"\b([A-Z][\w-]+)['\u2019]s\s+(?:[a-z]+\s+)?([a-z]+)\b")


def _titled_possessor(
    q: QuestionInfo, owner: str, by_role: QuestionInfo, c: Candidate, ctx: AnswerContext
) -> bool:
    """Whether a sentence gives the asked office as a name's ("Verrall's lawyer, Nadia Fitch") whom its
    article titles by the owner's noun the question writes ("Captain Tomas Verrall" for "the captain's
    lawyer"): the office is that owner's, though the sentence writes the name, not the noun."""
    word = q.term_words.get(owner, owner)
    if not word.isalpha() or word[:1].isupper():
        return False  # (a named owner the sentence must write itself)
    forms = _role_forms(by_role)
    doc = ctx.documents[c.sentence.doc_id]
    for m in _POSSESSOR.finditer(c.sentence.text):
        if not ctx.tokenizer.term_set(m.group(2)) & forms:
            continue
        titled = re.compile(
            rf"\b(?i:{re.escape(word)})\s+(?:[A-Z][\w.-]*\s+){{0,2}}{re.escape(m.group(1))}\b"
        )
        if any(titled.search(s.text) for s in doc.sentences if not s.heading):
            return True
    return False


def _name_asked_of(question: str, q: QuestionInfo, ctx: AnswerContext) -> QuestionInfo | None:
    """The question read as asking for the role whose holder's name it asks in so many words ("what is
    the name of the suspended staff member": "member"; ``asked_name_of_person``), when the coverage
    writes that role's word; else None (a role it never writes, "the lifeboat guy", it names in other
    words, which ``_absent_role`` reads)."""
    noun = asked_name_of_person(question)
    terms = ctx.tokenizer.tokens(noun) if noun else []
    if len(terms) != 1 or terms[0] not in q.terms or ctx.scorer.df(terms[0]) <= 0:
        return None
    return replace(q, head=terms[0])


def _other_than(q: QuestionInfo, ctx: AnswerContext) -> frozenset[str]:
    """The name terms of the one a question asks about someone else than, in the same place ("who was the
    plant manager before Sandra Mireles", "after Mireles", "who replaced Mireles"; a name must follow the
    word: "who succeeded her" names no one), or none. Not the owner of the office ("Harlow Town's biggest
    shareholders"), whose name beside the office is no holder's."""
    m = _OTHER_THAN.search(fold(q.text).lower())
    if m is None:
        return frozenset()
    named: set[str] = set()
    for word in m.group(1).split():
        terms = ctx.tokenizer.tokens(word)
        if not terms or not all(is_name(q, t) for t in terms):
            break
        named.update(terms)
    return frozenset(named)


#: the words after which a question names the one it asks about another than: "before Sandra Mireles",
#: "replaced Mireles", "succeeded Mireles", "instead of Mireles"
_OTHER_THAN = re.compile(
    r"\b(?:before|after|replac(?:e|es|ed|ing)|succeed(?:s|ed|ing)?|instead\s+of|other\s+than)\s+"
    r"((?:[\w'\u2019.-]+\s*){1,4})"
)


def _office(q: QuestionInfo, role: str) -> bool:
    """Whether the asked role is an office someone holds of another, as the question binds it to its
    owner ("the governor of Ohio", "the Ohio governor", "the governor's spokesperson"; not a describing
    adjective: "the oldest quarterback"), and not a kinship
    (WordNet: a kind of relative), which a sentence writes from the other side as often ("Emma, sister of
    Duke Richard" for Emma's brother). A role the question only describes ("the male singer who
    performed") is named in other words ("special guest performers ... Bruno Mars")."""
    wn = wordnet()
    return (
        wn is not None
        and any(
            noun == role and owner != role and not wn.is_adjective(q.term_words.get(owner, owner))
            for owner, noun, _ in q.bound
        )
        and not wn.kind_of(q.term_words.get(role, role), "relative", WEIGHTS.kin_levels, WEIGHTS.kin_senses)
    )


def _role_forms(by_role: QuestionInfo) -> set[str]:
    """The terms a sentence may write the asked role in: its own, the synonyms and spellings the coverage
    writes (the question's bridge), and its own family ("owned" of "owner")."""
    b = by_role.bridges.get(by_role.head)
    forms = {by_role.head, *(b.search if b else ()), *(b.variants if b else ())}
    if (wn := wordnet()) is not None:
        word = by_role.term_words.get(by_role.head, by_role.head)
        if b is not None and b.standing != "corrected" and person_noun(word, wn):
            # (the bridge's synonyms are of every sense: of a role only its senses as a person count, and
            # "marshal" is no "mobile", though to marshal troops is to mobilise them)
            persons = {stem(w) for w in role_forms(word, wn) | wn.related(word, persons=True)}
            forms = {by_role.head, *b.search, *(b.variants & persons)}
        forms |= {stem(w) for w in wn.related(word, synonyms=False)}
    return forms


def _named_person(question: str, q: QuestionInfo, ctx: AnswerContext) -> bool:
    """Whether a "who is X" names someone: every term of X is a name (as the question writes it, or as
    the coverage does: ``cased_names``)."""
    words = who_is_words(question)
    terms = [t for w in words for t in ctx.tokenizer.tokens(w)]
    return bool(terms) and all(
        t in q.entity_terms or ((b := q.bridges.get(t)) is not None and b.name) for t in terms
    )


def _lone_typed(q: QuestionInfo, cands: list[Candidate], ctx: AnswerContext) -> Candidate | None:
    """The best candidate, when no candidate answers but it is the only one holding the kind of thing
    a typed question asks for: a paraphrase in words the coverage never writes ("how much cash is the
    government putting in" of "announced $3.2 million in emergency funding") shares too few of them to
    count as covering it, yet a sum beside what the question's other words found, with no other figure
    anywhere among the retrieved sentences to choose from, is what it asks. It must hold some of what is
    asked beyond the question's names, cover as much as a typed answer must (``typed_coverage``), and
    pass every check ``answers`` makes but coverage (a count of another thing, another day's figure).
    A second sentence holding the kind asked for makes it a guess between them: declined."""
    if q.kind not in TYPED_KINDS or not cands:
        return None
    top = cands[0]
    if top.type_score < 1.0 or top.coverage < WEIGHTS.typed_coverage or top.relation <= 0.0:
        return None
    if any(c.type_score >= 1.0 for c in cands[1:]):
        return None
    return top if answers(q, top, ctx, lone=True) else None


def _reached(
    q: QuestionInfo, hits: list[Hit], cands: list[Candidate], ctx: AnswerContext
) -> tuple[list[Candidate], Candidate | None]:
    """The candidates with the sentences that refer back of the documents the question is most about
    (``reach``), when none of them answers: scored on the others' scale (their documents are the
    others'), and ranked among them; and the best of the new ones that answers (none of the others
    does)."""
    more = story_hits(q, cands, ctx)
    if not more:
        return cands, None
    new = score_candidates(
        q, more, ctx, (hits[0].score or 1.0, {c.sentence.doc_id: c.doc_score for c in cands})
    )
    best = next((c for c in new if answers(q, c, ctx)), None)
    return sorted([*cands, *new], key=lambda c: c.score, reverse=True), best


#: a sentence opening on others' view, its subject a few words and a present verb of saying ("Opponents
#: say ...", "Critics of the plan argue ..."): in an opinion piece, the view its writer answers next
_OTHERS_VIEW = re.compile(r"^\W*(?:[\w'\u2019-]+\s+){1,4}?(?:say|argue|insist|claim)s?\b", re.IGNORECASE)


def _holder(q: QuestionInfo, best: Candidate, ctx: AnswerContext) -> Sentence | None:
    """The neighbour holding the kind of thing asked for, when the chosen sentence holds none: news
    names the topic in one sentence and gives the detail in the next, through a word that refers back
    ("The festival ... will take place in Lucerne", "He has moved from 4/1 to 5/2"). Such a sentence
    shares too few of the question's words to be found itself; beside the sentence that states the
    question's topic it answers. The sentences after are read first (they elaborate), then the one
    before."""
    named = _naming_after(q, best, ctx)
    if named is not None:
        return named
    if q.kind == "date" and (again := _told_again_dated(best, ctx)) is not None:
        return again
    if q.kind in TYPED_KINDS and best.type_score >= 1.0:
        told = _act_holder(q, best, ctx)
        if told is not None:
            return told
    s = best.sentence
    doc = ctx.documents[s.doc_id]
    if (
        q.kind == "quote"
        and best.said
        and not QUOTE_MARKS.search(s.text)
        and s.index + 1 < len(doc.sentences)
    ):
        # "what did Strand say": his words reported ("Strand said the case showed ...") are followed by
        # the words themselves ('"We trusted the paperwork ...," he said.'), which a reader asking what
        # he said wants quoted with them
        after = _quotable_neighbour(ctx, s.doc_id, s.index + 1)
        if after is not None and after.paragraph == s.paragraph and _own_words_after(s, after, ctx):
            return after
    if q.kind == "what" and asks_means(q) and not states_means(s.text) and s.index + 1 < len(doc.sentences):
        # "how did police find the painting": a sentence telling the act without its means ("Police have
        # recovered one of the paintings ...") is followed by the one going on with it that tells the act
        # again, in detail, or a means ("... was found ... after a tip-off from a member of the public")
        after = _quotable_neighbour(ctx, s.doc_id, s.index + 1)
        if (
            after is not None
            and goes_on(s.text, after.text)
            and (states_means(after.text) or writes_verb(after.text, _act_bases(q)))
        ):
            return after
    if (q.kind not in TYPED_KINDS and q.kind != "reason") or best.type_score >= 1.0:
        return _head_holder(q, best, ctx)
    if q.kind == "person" and PRONOUN_SPEAKER.search(s.text) and not speakers(s.text):
        # "who said ...": a quotation "she said" is said by whom the sentence before it tells ("A nurse
        # told WPAV ..."), not by someone the sentences after it name (the next entry's mayor)
        j = s.index - 1
        if j >= 0 and doc.sentences[j].paragraph == s.paragraph and ctx.quotable[ctx.rows[(s.doc_id, j)]]:
            return doc.sentences[j]
        return None
    # the chosen sentence tells the asked act of someone by a role alone ("Police arrested two people")
    # and no sentence after names them as ``_naming_after`` reads it: a neighbour naming someone in
    # another role is not them ("Gallery director Helen Marsh said ...")
    doer = unnamed_doer(q, s.text, ctx)
    # (a finding a few sentences after a "why" whose chosen sentence tells the act without a reason, its
    # cause given as what an inquiry found, "Investigators found that a section of the perimeter fence had
    # collapsed": weaker than a reason word or an account beside it, so taken only when none is found)
    finding: Sentence | None = None
    # (an earlier word on the matter told right after the act, "The directorate had said a day earlier
    # that ...": weaker still, taken only when neither a reason word nor a finding is found)
    earlier: Sentence | None = None
    # (what someone says had happened before the act, one or two sentences after it in its paragraph or
    # opening the next, "Engineers had found cracks in two of its supports, a council spokesperson said":
    # weaker than a reason word or an account beside it, as strong as a finding, which comes first)
    background: Sentence | None = None
    act = _act_bases(q) if q.kind == "reason" else frozenset()
    for j in (*range(s.index + 1, s.index + 1 + WEIGHTS.holder_after), s.index - 1):
        if not 0 <= j < len(doc.sentences):
            continue
        other = _quotable_neighbour(ctx, s.doc_id, j)
        if other is None:
            continue
        if q.counted and not counts(q, other.text, ctx.tokenizer):
            continue
        if doer is not None and someone_else(q, doer, other.text, ctx):
            continue
        if (
            j < s.index
            and not goes_on(other.text, s.text)
            and not (PRONOUN_SPEAKER.search(s.text) or QUOTE_MARKS.search(s.text))
            and ctx.terms(ctx.rows[(s.doc_id, j)]).isdisjoint(q.terms)
        ):
            # the sentence before holds the detail only for a chosen one going on with it (``goes_on``:
            # "He has moved to 5/2" after the horse's name; a quotation, whose speaker it may name); one
            # holding nothing asked that the chosen one does not refer back to is the story's previous
            # matter ('"I made a mistake," Petrov said' before "European Athletics said it had opened
            # proceedings ...")
            continue
        if type_score(q.kind, other.text, q, ctx.tokenizer) < 1.0 and not (
            q.kind == "reason"
            and (
                (
                    j == s.index + 1
                    and (
                        _own_words_after(s, other, ctx)
                        or _explained_after(s, other)
                        or _act_says(q, other)
                        or _actor_speaks_after(q, s, other, ctx)
                        or _actor_quoted_after(q, s, other, ctx)
                        or _body_speaks_after(s, other, ctx)
                        or _advocate_speaks_after(q, s, other, ctx)
                        # (an opinion piece argues: its claim's support is the sentence after it in
                        # its paragraph, "... should not let the regulator off the hook. The commission
                        # sat on its own findings for almost four months.", or, a claim closing its
                        # paragraph, the next one's opening: "The council made it easy for them. ¶ When
                        # the committee cut the budget, it was warned ..."; not the closing paragraph,
                        # the writer's note or last appeal, nor a paragraph opening on the view it
                        # answers, "Opponents say the bill takes choice from parents"; a claim opening
                        # on a pronoun sums up what is before it, "Those were decisions made in
                        # boardrooms, not accidents")
                        or (
                            doc.meta.opinion
                            and (
                                other.paragraph == s.paragraph
                                or (
                                    other.paragraph < doc.sentences[-1].paragraph
                                    and not PRONOUN_START.match(s.text)
                                    and not _OTHERS_VIEW.match(other.text)
                                )
                            )
                        )
                    )
                )
                or (
                    j > s.index
                    and (
                        _named_account(q, s, other, ctx)
                        or _actors_quote(q, s, other, ctx)
                        # ("The decision followed a run of withdrawals": what the act came after)
                        or follows_cause(other.text, act)
                    )
                )
            )
        ):
            if finding is None and q.kind == "reason" and j > s.index and states_finding(other.text):
                finding = other
            if earlier is None and q.kind == "reason" and j > s.index and _said_before(q, s, other, ctx):
                earlier = other
            if (
                background is None
                and q.kind == "reason"
                and s.index < j <= s.index + WEIGHTS.background_after
                and other.paragraph <= s.paragraph + 1
                and reports_background(other.text, _attributed_quote(other, ctx))
            ):
                background = other
            continue
        if (
            q.kind == "reason"
            and j == s.index + 1
            and not follows_cause(other.text, act)
            and not _act_says(q, other)
        ):
            # (an account right after the act may be followed by its reason; a sentence that already
            # gives one, what the act followed or what the thing it made says, stays)
            return _account_reason(q, other, ctx) or other
        return other
    return finding or background or earlier or _head_holder(q, best, ctx)


def _attributed_quote(s: Sentence, ctx: AnswerContext) -> bool:
    """Whether a sentence opens a quotation its paragraph attributes to someone (``_quote_attribution``:
    '"The sea was very heavy and the ship had lost engine power. My crews did ...," he said.'): the
    words are that speaker's account, as a reported clause is."""
    return bool(OPENS_QUOTE.match(s.text)) and _quote_attribution(s, ctx) is not None


def _account_reason(q: QuestionInfo, account: Sentence, ctx: AnswerContext) -> Sentence | None:
    """The sentence right after ``account`` (the actor's account read right after the act, giving no
    reason word itself: "Ellison told the board in a letter that she was stepping down", an apology),
    in its paragraph or opening the next, that gives the reason: someone's report of what had happened
    before (``reports_background``: "She said she had not known about the scheme but accepted
    responsibility for it.", "The board said he had not acted on ..."), or, going on with it by a
    pronoun for its speaker, a reason word (``types.type_score``) or what that person had done before
    (``tells_what_they_had_done``: "He had not acted on the auditors' warning"). What had happened must
    explain the act: a reason word, or a clause bound to the act's subject (a pronoun, a word the question
    names it by) telling a failing (``background.own_failing``), not any earlier fact ("The fund said he
    had joined its board in 2019"). An account may only
    retell the act or apologise for it, and the next sentence say why; None when ``account`` gives a
    reason itself or the next sentence gives none."""
    if type_score(q.kind, account.text, q, ctx.tokenizer) >= 1.0 or reports_background(account.text):
        return None
    doc = ctx.documents[account.doc_id]
    if account.index + 1 >= len(doc.sentences):
        return None
    after = _quotable_neighbour(ctx, account.doc_id, account.index + 1)
    if after is None or after.paragraph > account.paragraph + 1:
        return None
    subject = frozenset(q.subject) | asked_names(q)
    reason_word = type_score(q.kind, after.text, q, ctx.tokenizer) >= 1.0
    reported = reported_clause(after.text)
    if (
        reported is not None
        and reports_background(after.text)
        and (reason_word or own_failing(reported, subject, ctx.tokenizer.term_set))
    ):
        return after
    if PRONOUN_OPENING.match(after.text) and (
        reason_word
        or (tells_what_they_had_done(after.text) and own_failing(after.text, subject, ctx.tokenizer.term_set))
    ):
        return after
    return None


def _subject_head(q: QuestionInfo) -> str:
    """The term of the head noun of the subject the question asks an act of ("the storage unit" of "how
    was the storage unit rented": unit), "" when it has none or names it ("Arden"): a thing or a role
    a story comes back to as the subject of its own sentence."""
    terms = list(q.terms)
    if not q.subject or q.subject[0] not in terms:
        return ""
    act = reason_act(q)
    run = terms[terms.index(q.subject[0]) :]
    run = run[: run.index(act)] if act in run else run[: len(q.subject)]
    head = run[-1] if run else ""
    return "" if head in q.entity_terms else head


def _subject_told_after(q: QuestionInfo, s: Sentence, ctx: AnswerContext) -> Sentence | None:
    """For a "how did X VERB" / "how was X VERBed" asking of a thing or a role, not a name, whose chosen
    sentence tells the act with X in another place than its opening (an object, a modifier, a passive's
    agent: "the captain had been warned ... by a harbour official", "inside a rented storage unit"), the
    sentence a few after it in its article (``AnswerWeights.holder_after``) opening on X's head noun:
    "Harbour master Gideon Platt told the hearing he radioed the vessel ...", "The storage unit had been
    rented under a false name ...". News tells the event first and comes back to its subject, as the
    subject of its own sentence, to tell what it did and how. A named X (asked as a name, or written as one
    in the chosen sentence, even when the question is typed in lower case) is left alone: the chosen
    sentence names them where it tells what they did ("... while Deputy Governor Amara Okwu voted to
    hold")."""
    head = _subject_head(q)
    if not head:
        return None

    def opens_on(text: str) -> bool:
        return head in ctx.tokenizer.tokens(text)[: WEIGHTS.subject_opening]

    if opens_on(s.text) or any(w[:1].isupper() and head in ctx.tokenizer.term_set(w) for w in s.text.split()):
        return None
    doc = ctx.documents[s.doc_id]
    for j in range(s.index + 1, min(len(doc.sentences), s.index + 1 + WEIGHTS.holder_after)):
        other = _quotable_neighbour(ctx, s.doc_id, j)
        if other is not None and opens_on(other.text):
            return other
    return None


def _naming_after(q: QuestionInfo, best: Candidate, ctx: AnswerContext) -> Sentence | None:
    """For a "who" question whose chosen sentence tells the asked act of someone by a role alone
    (``slot.doer_namer``: "a contractor who renovated the cabin"), the sentence after it (within
    ``AnswerWeights.holder_after``) naming a person neither the question nor the chosen sentence names,
    by that role or in the asked act (``slot.asked_verbs``): "The contractor, Luis Ardent, testified
    ...". A person named in the next sentences holding neither, "Landlord Peter Vane said the boiler
    was safe", is someone else."""
    s = best.sentence
    namer = doer_namer(q, s.text, ctx)
    if namer is None:
        return None
    for j in range(
        s.index + 1, min(s.index + 1 + WEIGHTS.holder_after, len(ctx.documents[s.doc_id].sentences))
    ):
        other = _quotable_neighbour(ctx, s.doc_id, j)
        if other is not None and namer(other.text):
            return other
    return None


def _act_holder(q: QuestionInfo, best: Candidate, ctx: AnswerContext) -> Sentence | None:
    """The sentence right after the chosen one telling the act a typed question asks about, when the
    chosen one holds a thing of the kind asked but never writes that act: its date or figure is another
    act's ("The hackers ... have demanded a ransom ..., the retailer said on Thursday" for "when did the
    hackers send the ransom demand"). The sentence after must write the asked verb (in any form WordNet
    reads as it: "sent" of "send"; "owner" is no form of "own"), hold a thing of the kind asked (counting
    what a "how many" counts), and go on with the chosen one (``statements.goes_on``: it refers back to
    it or names what it names), so that it tells the same story's act ("The group, which calls itself
    GreyLantern, sent the demand ... on Sunday"). Not the sentence before: the chosen one's definite
    noun may refer back past it, and its verb be another thing's ("The Norland crown rose 2.3% ..." before
    "The yield on two-year government bonds jumped 41 basis points ...")."""
    wn = wordnet()
    asked = (
        frozenset(
            lemma
            for w in q.term_words.values()
            if w == q.done or used_as_verb(w, q.text)
            for lemma in verb_bases(w)
            if lemma not in AUXILIARIES
        )
        if wn is not None
        else frozenset()
    )
    s = best.sentence
    if not asked or writes_verb(s.text, asked):
        return None
    doc = ctx.documents[s.doc_id]
    j = s.index + 1
    if j >= len(doc.sentences):
        return None
    after = _quotable_neighbour(ctx, s.doc_id, j)
    if after is None:
        return None
    if (
        goes_on(s.text, after.text)
        and writes_verb(after.text, asked)
        and type_score(q.kind, after.text, q, ctx.tokenizer) >= 1.0
        and (not q.counted or counts(q, after.text, ctx.tokenizer))
    ):
        return after
    return None


def _reason_beside(q: QuestionInfo, c: Candidate, ctx: AnswerContext) -> bool:
    """Whether the sentence right after a candidate gives the reason ``_holder`` looks for, in a reason
    word (``types.type_score``; not only someone speaking after the act, which may be of the next
    matter), and goes on with it (``statements.goes_on``: it names whom the candidate names, or refers
    back to it), naming the question's actor when it names one, or a person by a pronoun ("Voss ... said
    he was stepping down so that ..."; not "The board will meet because the budget is late"), so that
    the reason is for the asked act, not for the next matter of its article."""
    holder = _holder(q, c, ctx)
    names = asked_names(q)
    return (
        holder is not None
        and holder.index == c.sentence.index + 1
        and goes_on(c.sentence.text, holder.text)
        and type_score(q.kind, holder.text, q, ctx.tokenizer) >= 1.0
        and (
            not names
            or bool(ctx.tokenizer.term_set(holder.text) & names)
            or bool((m := PRONOUN_OPENING.match(holder.text)) and m.group("one"))
        )
    )


#: a determiner opening a sentence and the three words after it, among which the noun of its subject
#: ("The freeze was ordered because ...", "The bank's surprise closure came after ...")
_DEFINITE_SUBJECT = re.compile(
    r"^\W*(?:the|this|that)\s+(?P<words>(?:[\w'\u2019-]+\s+){0,2}[\w'\u2019-]+)", re.IGNORECASE
)


def _reason_told_elsewhere(
    q: QuestionInfo, told: Candidate, c: Candidate, act: frozenset[str], ctx: AnswerContext
) -> bool:
    """Whether ``c``, of another article than ``told`` (the chosen sentence telling the asked act with
    no reason beside it), gives a reason (``types.type_score``) for the act named as its subject: a
    definite noun of the act's verb, the same word or one WordNet derives from it ("The freeze was
    ordered because cash reserves had fallen below the minimum" for "why did the bank freeze
    withdrawals"), in an article that names everyone the question names. A later article refers to
    the act by its noun, where the names its first telling gave are in its headline or lead, not in
    that sentence; another act's reason ("The queue formed because ...") or another story's act is
    none."""
    m = _DEFINITE_SUBJECT.match(c.sentence.text)
    wn = wordnet()
    if c.type_score < 1.0 or c.sentence.doc_id == told.sentence.doc_id or m is None or wn is None:
        return False
    nouns = {lemma for w in m.group("words").lower().split() for pos, lemma in wn.lemmas(w) if pos == "n"}
    if act_names(act).isdisjoint(nouns):
        return False
    doc_id = c.sentence.doc_id
    return asked_names(q) <= document_terms(ctx, doc_id) | title_terms(ctx, doc_id) and answers(q, c, ctx)


def _act_bases(q: QuestionInfo) -> frozenset[str]:
    """The base forms of the verb of the act a "why" asks about (``types.reason_act``: "resign" of "why
    did Voss resign"), empty when it asks of no verb: ``_select`` reads them once for all its candidates,
    as the question, not the sentence, names the act."""
    act = reason_act(q)
    return verb_bases(q.term_words.get(act, act)) if act else frozenset()


#: a yes/no question asking whether something was done ("did the council pass", "has anyone been
#: charged"), not whether it will be
_ASKS_DONE = re.compile(r"^\s*(?:did|has|have|had)\b", re.IGNORECASE)


def _date_placed(c: Candidate, ctx: AnswerContext) -> bool:
    """Whether the reader can place a sentence's date: its article is dated (a weekday or "last month"
    counts from that day, which its citation shows), or the sentence writes a date the calendar places
    (``types.calendar_placed``). A weekday or "last month" of an article of unknown date places nothing."""
    return ctx.documents[c.sentence.doc_id].meta.published is not None or calendar_placed(c.sentence.text)


#: the definite description a sentence opens on, up to three words before a comma or its verb ("The bus,
#: ..."): what it refers back to
_DEFINITE_OPENING = re.compile(
    r"^\W*(?:The|This|That|Its|Their)\s+((?:[a-z][\w-]*\s*){1,3}?)(?=[,]|\s+(?:was|were|had|has)\b|\s+[a-z]+ed\b)"
)


def _told_again_dated(best: Candidate, ctx: AnswerContext) -> Sentence | None:
    """For a "when" whose chosen sentence places the event only by a time from another ("The vote came two
    days after one of the company's buses crashed on Carrow Lane"), the sentence right after it telling the
    event again in other words with its date ("The bus, carrying 32 pupils, skidded into a ditch on the
    morning of 10 March 2026"): it opens on a definite description of something the chosen one names (the
    bus, in any form WordNet reads back to it) among the words of the event it counts from ("The report" of
    "An inspection report written two years before the viaduct collapsed" names no part of the collapse:
    its date is the report's), in its paragraph or opening the next (news copy often starts
    a paragraph on the event told again). Not a neighbour opening on another thing ("The council will meet
    on 20 March"): its date is another event's."""
    s = best.sentence
    if not span_dated_only(s.text):
        return None
    after = _quotable_neighbour(ctx, s.doc_id, s.index + 1)
    if (
        after is None
        or after.paragraph not in (s.paragraph, s.paragraph + 1)
        or not date_positions(after.text)
    ):
        return None
    m = _DEFINITE_OPENING.match(after.text)
    return after if m is not None and holds_lemma(span_event(s.text), frozenset(m.group(1).split())) else None


def _first_also(best: Candidate, cands: list[Candidate], ok: Callable[[Candidate], bool]) -> Candidate:
    """The best-scored candidate relating to the question as closely as ``best`` does that is ``ok``;
    ``best`` when none is."""
    return next((c for c in cands if c.relation >= best.relation and ok(c)), best)


def _own_words_after(said: Sentence, after: Sentence, ctx: AnswerContext) -> bool:
    """Whether ``after`` quotes whom ``said`` reports ("Quint said the cooperative did not sell. "We
    decided early we would keep it," she said."): a speaker's own words after what they are reported to
    have done or said tell why, in words no cause pattern (``types._REASON``) reads, in the first person
    or not ("Benedek said the thieves appeared to know the building well. "They were inside for less
    than nine minutes," he said."). The quotation may run several sentences before a pronoun's "he said",
    or the speaker's own name (``_same_speaker``), closes it in its paragraph ("Brevik said the strike
    would continue. "We are going in with an open mind. But ...," he said."): the words are the same
    speaker's. Another name closing it makes them another's."""
    if not speakers(said.text) or not QUOTE_MARKS.search(after.text):
        return False
    if PRONOUN_SPEAKER.search(after.text):
        return True
    if not OPENS_QUOTE.match(after.text) or after.paragraph != said.paragraph:
        return False
    closing = _quote_attribution(after, ctx)
    if closing is None:
        return False
    return bool(PRONOUN_SPEAKER.search(closing.text)) or _same_speaker(said, closing, ctx)


def _same_speaker(said: Sentence, closing: Sentence, ctx: AnswerContext) -> bool:
    """Whether a quotation's attribution names whom ``said`` reports, by a word of their name ("Union
    president Delia Marchetti said about 2,340 workers had been invited to join. "... Our members are
    watching," Marchetti said."): news repeats the surname where a pronoun could stand, and the words
    are the same speaker's."""
    told = ctx.tokenizer.term_set(" ".join(speakers(said.text)))
    return any(told & ctx.tokenizer.term_set(n) for n in speakers(closing.text))


def _quote_attribution(opening: Sentence, ctx: AnswerContext) -> Sentence | None:
    """The sentence of ``opening``'s paragraph, from ``opening`` on, that attributes the quotation it
    opens, by a pronoun ("..., she said.") or a name (``statements.speakers``); None when the paragraph
    ends first."""
    for closing in ctx.documents[opening.doc_id].sentences[opening.index :]:
        if closing.paragraph != opening.paragraph:
            return None
        if PRONOUN_SPEAKER.search(closing.text) or speakers(closing.text):
            return closing
    return None


#: reported speech by whom the sentence before names, opening its sentence ("She said the carriers had
#: not shown ...", "They argued that ...")
_EXPLAINED = re.compile(
    r"^\W*(?:he|she|they)\s+(?:said|says|told\s+\w+|explained|wrote|added|argued|ruled|found|noted)\b",
    re.IGNORECASE,
)


#: a sentence opening on a definite noun, maybe an appositive after it, and a verb saying what the thing
#: says ("The suit, filed on Thursday in Larkhaven, claims ...", "The order states ...")
_THING_SAYS = re.compile(
    r"^\W*the\s+(?P<noun>[a-z]+)(?:,[^,;:]{1,120},)?\s+(?:claims|alleges|says|states|argues|contends)\b",
    re.IGNORECASE,
)


def _act_says(q: QuestionInfo, after: Sentence) -> bool:
    """Whether ``after`` tells what the thing the asked act made says, by the noun WordNet derives from
    the act's verb ("Stroud has sued Varga. The suit ... claims Varga made "false and malicious
    statements""; "suit" of "sue"): a suit's claims, an order's statement of its grounds, are why it
    was brought, in words no cause pattern reads."""
    m = _THING_SAYS.match(after.text)
    wn = wordnet()
    if m is None or wn is None:
        return False
    made = {n for b in _act_bases(q) for n in wn.related(b, 1, synonyms=False) if ("n", n) in wn.lemmas(n)}
    return m.group("noun").lower() in made


#: a sentence opening on someone's earlier word: a speaker and a saying verb in the past perfect, what
#: they said (and that) before the act the sentence before it tells ("The Civil Aviation Directorate had
#: said a day earlier that ...", "The regulator had warned in March that ...")
_SAID_BEFORE = re.compile(
    r"^\W*(?P<who>[^\"\u201c,;]{1,80}?)\s+had\s+(?:(?:earlier|already|previously)\s+)?"
    r"(?:said|told|warned|ruled)\b"
)


def _said_before(q: QuestionInfo, did: Sentence, after: Sentence, ctx: AnswerContext) -> bool:
    """Whether ``after``, right after ``did`` (in its paragraph or opening the next), tells what someone
    had said before the act ``did`` tells, on the matter ``did`` writes of ("Corvane said on Thursday
    it would pay fixed compensation ..., reversing its earlier position that the failure was an
    extraordinary circumstance beyond its control. / The Civil Aviation Directorate had said a day
    earlier that an internal IT failure could not be treated as extraordinary"): news follows an act
    with the word that came before it and that it answers, the past perfect placing that word before
    the act, and that word is why it was done, in no cause word. ``did`` must write the asked act (a
    verb of the question's event, ``_event_verbs``), and the earlier word a word ``did`` writes that
    is neither the speaker's nor the asked event's (an earlier figure for a count revised since, "The
    agency had earlier said at least 12 people died" after "The death toll has risen to 17", shares
    none)."""
    m = _SAID_BEFORE.match(after.text)
    if m is None or after.index != did.index + 1 or after.paragraph > did.paragraph + 1:
        return False
    verbs = _event_verbs(q)
    if not verbs or not writes_verb(did.text, verbs):
        return False
    said = ctx.tokenizer.term_set(after.text[m.end() :]) - asked_event(q)
    return not said.isdisjoint(ctx.tokenizer.term_set(did.text) - ctx.tokenizer.term_set(m.group("who")))


def _event_verbs(q: QuestionInfo) -> frozenset[str]:
    """The verb base forms of the words of the event a "why" asks about that WordNet reads mostly as
    verbs ("reverse" of "why did Corvane reverse its position"; not "position"): the sentence telling
    the asked act writes one of them in some form."""
    wn = wordnet()
    if wn is None:
        return frozenset()
    words = (q.term_words.get(t, t).lower() for t in asked_event(q))
    return frozenset(b for w in words if not wn.mostly_noun(w) for b in verb_bases(w))


#: a named judge's ruling opening its sentence ("Justice Miriam Oduya ruled that the notice contained
#: errors", "Judge Harriet Okonjo ruled on Monday that ..."; a time phrase may stand before "that"): the
#: grounds a court gives for its order
_RULED = re.compile(
    r"^\W*(?:[A-Z][\w'\u2019.-]*\s+){1,4}ruled\s+(?:(?:on|last|this|earlier|late)\s+[A-Za-z]+\s+)?that\b"
)


def _explained_after(did: Sentence, after: Sentence) -> bool:
    """Whether ``after``, in ``did``'s paragraph, is its actor's account of it in reported speech ("Judge
    Marsh has denied the injunction. She said the carriers had not shown that the union failed to give
    notice."): why a person did something is what they said of it, in words no cause pattern reads.
    The actor must be named (a capitalised word inside ``did``), for the pronoun to be theirs. A named
    judge's ruling right after a court's order is its grounds, in the next paragraph too, as wire copy
    writes it ("Northpath won a court order stopping the strike. / Justice Miriam Oduya ruled that the
    union's notice contained errors")."""
    if _RULED.match(after.text):
        return True
    named = any(w[:1].isupper() for w in did.text.split()[1:])
    return did.paragraph == after.paragraph and named and bool(_EXPLAINED.match(after.text))


#: the verbs a sentence's opening speaker tells an account with (``_SPEAKER_SAYS``, ``_NAMED_SAYS``)
_ACCOUNT_VERB = r"(?:said|says|told|explained|added|argued|wrote)\b"
#: the speaker opening a sentence, up to its saying verb ("The authority's director, Elena Sowerby,
#: said ...", "A spokesman for the council told reporters ...")
_SPEAKER_SAYS = re.compile(rf"^\W*(?P<who>[^\"\u201c]{{1,80}}?),?\s+{_ACCOUNT_VERB}")


def _actor_speaks_after(q: QuestionInfo, did: Sentence, after: Sentence, ctx: AnswerContext) -> bool:
    """Whether ``after``, right after ``did``, opens with someone speaking for the actor of the act a
    "why" asks about, the body ``did`` names before it ("The Maritime Licensing Authority suspended the
    licence of Greyline ... The authority's director, Elena Sowerby, said the suspension would remain
    until ..."): a body acts through the people who speak for it, and their account of the act is why it
    was done, in words no cause pattern reads. The actor is the capitalised name before the first of the
    question's event words in ``did`` (not the one the act was done to: Greyline), and the speaker's
    words must share a word of it."""
    m = _SPEAKER_SAYS.match(after.text)
    if m is None:
        return False
    asked = asked_event(q)
    words = did.text.split()
    at = next((i for i, w in enumerate(words) if ctx.tokenizer.term_set(w) & asked), None)
    if not at:
        return False
    actor = [w for w in words[:at] if w[:1].isupper()]
    if not actor:
        return False
    return bool(ctx.tokenizer.term_set(" ".join(actor)) & ctx.tokenizer.term_set(m.group("who")))


#: the speaker of a quotation, in the attribution after its closing mark: "...," trust chair Owen Pike
#: said", "...," said a council spokesperson"
_QUOTE_SPEAKER = re.compile(
    r"[\"\u201d]\s*,?\s*(?:(?P<who>[^\"\u201c\u201d,;]{1,80}?)\s+(?:said|says|told|added|explained)\b"
    r"|(?:said|says|added)\s+(?P<after>[^\"\u201c\u201d,;.]{1,80}))"
)


def _actor_quoted_after(q: QuestionInfo, did: Sentence, after: Sentence, ctx: AnswerContext) -> bool:
    """Whether ``after``, right after ``did`` in its paragraph, is a quotation whose speaker is named by
    a role that names the body ``did`` tells doing the asked act ("The Denholm leisure trust shut the
    pool on Tuesday. "The filters are forty years old ...," trust chair Owen Pike said."; "... a council
    spokesperson said" after "The Tarrow council closed the bridge"): a body acts through the people
    who speak for it, and their words right after the act are why it was done, in words no cause
    pattern reads. The body is what ``did`` writes before the act's verb (``_event_verbs``), past a
    dateline; the role a word written in lower case in the attribution (a place's or a person's name,
    "Denholm resident Mary Cole", is anyone's of that place or family)."""
    if after.paragraph != did.paragraph or not OPENS_QUOTE.match(after.text):
        return False
    verbs = _event_verbs(q)
    closing = _quote_attribution(after, ctx)
    m = _QUOTE_SPEAKER.search(closing.text) if closing is not None else None
    if not verbs or m is None:
        return False
    words = _DATELINE.sub("", did.text).split()
    at = next((i for i, w in enumerate(words) if not verbs.isdisjoint(verb_bases(w.lower()))), None)
    if not at:
        return False
    body = ctx.tokenizer.term_set(" ".join(words[:at]))
    role = [w for w in (m.group("who") or m.group("after") or "").split() if w[:1].islower()]
    if not role or body.isdisjoint(ctx.tokenizer.term_set(" ".join(role))):
        return False
    return _speaks_for_body(role, body, ctx)


#: a quotation's first person plural and a past tense in it ("We had no choice", "we could not pay"): a
#: body's account of what it faced, not a reaction to come ("We will fight this")
_WE_THEN = re.compile(r"\b(?:we|our)\b(?:\W+\w+){0,3}?\W+(?:had|was|were|did|could)\b", re.IGNORECASE)
#: a reason's form in such a quotation: no other way open ("we had no choice", "we could not pay"), a
#: conjunction of cause ("because", "so that", ", so", "after", "since"); with a past perfect
#: (``background.past_perfect``: "our reserves had fallen") what it faced before the act. A feeling or a
#: verdict on what followed ("We were delighted with how calmly our customers responded") is none
_REASON_FORM = re.compile(
    r"\bno\s+(?:other\s+)?(?:choice|option|alternative)\b|\bcould\s*(?:not\b|n['\u2019]t\b)|"
    r"\b(?:because|after|since)\b|\bso\s+that\b|,\s*so\b",
    re.IGNORECASE,
)


def _body_speaks_after(did: Sentence, after: Sentence, ctx: AnswerContext) -> bool:
    """Whether ``after``, right after ``did`` in its paragraph, opens a quotation in the first person
    plural and the past (``_WE_THEN``: '"We had no choice: the cash simply was not there," chief executive
    Lena Ruud said.') in a reason's form (``_REASON_FORM`` or a past perfect; not '"We were delighted with
    how calmly our customers responded"') attributed to someone whose role before their name speaks for a body
    (``_speaks_for_body``: an executive, a chair, a spokesperson; not a resident, an analyst, a member):
    the body the sentence before tells acting speaks through them, "we" being it, and their account
    right after its act says why, in words no cause pattern reads. ``_actor_quoted_after`` asks the
    role to name the body; a wire names the body once, in the act's sentence, and its officer by the
    post alone."""
    if after.paragraph != did.paragraph or not OPENS_QUOTE.match(after.text):
        return False
    closing = _quote_attribution(after, ctx)
    m = _QUOTE_SPEAKER.search(closing.text) if closing is not None else None
    if m is None:
        return False
    quoted = after.text[: m.start()] if closing is after else after.text
    role = [w for w in (m.group("who") or m.group("after") or "").split() if w[:1].islower()]
    return (
        bool(role)
        and _WE_THEN.search(quoted) is not None
        and (_REASON_FORM.search(quoted) is not None or past_perfect(quoted))
        and _speaks_for_body(role, frozenset(), ctx)
    )


#: the WordNet classes of a role whose holder speaks for a body (``_actor_quoted_after``): one who leads
#: it (chair, director, mayor, secretary), holds its office (officer, minister) or speaks for it
#: (spokeswoman), not one who merely belongs to it (member, councillor) nor comments on it (critic)
_SPEAKS_FOR = ("leader", "official", "spokesperson")
#: the WordNet class of a word marking a speaker's own side apart from the body's ("opposition council
#: leader", a party of the chamber, not its voice)
_OWN_SIDE = "political_party"


def _speaks_for_body(role: list[str], body: frozenset[str], ctx: AnswerContext) -> bool:
    """Whether a speaker's role written before their name speaks for the body that acted: its head noun
    (the last word, "council spokesperson", "trust chair") is in WordNet a kind of a leader, an official
    or a spokesperson, and no other word outside the body's names marks a party of its own ("opposition
    council member Jim Pratt" after "The Tarrow council closed ..." is a critic of the act, and his words
    are no reason for it)."""
    wn = wordnet()
    if wn is None:
        return False
    bases = {lemma for pos, lemma in wn.lemmas(role[-1].lower()) if pos == "n"}
    if not any(b == k or wn.kind_of(b, k, 4, 1) for b in bases for k in _SPEAKS_FOR):
        return False
    return not any(
        ctx.tokenizer.term_set(w).isdisjoint(body) and wn.kind_of(w.lower(), _OWN_SIDE, 3, 1)
        for w in role[:-1]
    )


#: a dateline opening a wire story ("TARROW (Daily Post) - ", "LINTON, Ore. (Meridian Wire) — ")
_DATELINE = re.compile(r"^[^a-z]*?\([^)]{1,60}\)\s*[-\u2013\u2014]\s*")


#: the nouns of people whose work is to speak for another (a client, an employer): WordNet's classes
#: of a spokesman and of a lawyer (attorney, counsel, barrister, prosecutor), not a word of any coverage
_ADVOCATES = ("spokesperson", "lawyer")
#: the words naming a speaker's role right before their name, back to a quotation's end or a comma
#: ("...," interim spokeswoman Lucy Farrant said", "Defense attorney Theo Brandt argued", "Her lawyer, Tom
#: Vell, argued")
_ROLE_BEFORE = re.compile(r"[^,;:\"\u201c\u201d]{0,60}$")


def _advocate_speaks_after(q: QuestionInfo, did: Sentence, after: Sentence, ctx: AnswerContext) -> bool:
    """Whether ``after``, right after ``did``, gives the words of someone whose role is to speak for
    another, a spokesperson or a lawyer ("Corvane confirmed it did not pay the ransom. "We will not fund
    criminals," interim spokeswoman Lucy Farrant said."; "Kalloway filed a notice of appeal ... Defense
    attorney Theo Brandt argued that the judge wrongly allowed ..."), where ``did`` names the actor a
    "why" asks about before the act: an actor's account of its act is given by whoever speaks for it,
    in words no cause pattern reads, and whose spokesperson or lawyer speaks right after the act is the
    actor's. Not one a possessive gives as another's ("Greyline's lawyer" after what was done to
    Greyline), nor after a sentence whose act comes before the actor."""
    wn = wordnet()
    names = asked_names(q)
    if wn is None or not names:
        return False
    words = [ctx.tokenizer.term_set(w) for w in did.text.split()]
    actor = next((i for i, t in enumerate(words) if t & names), None)
    act = next((i for i, t in enumerate(words) if t & (asked_event(q) - names)), None)
    if actor is None or act is None or act < actor:
        return False
    for name in speakers(after.text):
        at = after.text.find(name)
        # (the role before an appositive name too: "Her lawyer, Tom Vell, argued")
        role = _ROLE_BEFORE.search(after.text[: max(at, 0)].rstrip().rstrip(","))
        if at < 0 or role is None:
            continue
        before = role.group(0).split()
        if any(w.endswith(("'s", "\u2019s")) and not ctx.tokenizer.term_set(w) & names for w in before):
            continue
        if any(_advocate(w.lower(), wn) for w in before):
            return True
    return False


def _advocate(word: str, wn: WordNet) -> bool:
    """Whether a noun names a person whose work is to speak for another (``_ADVOCATES``), in its most
    frequent sense: the class itself, a synonym ("attorney") or a kind of it ("spokeswoman", "counsel")."""
    bases = {lemma for pos, lemma in wn.lemmas(word) if pos == "n"}
    return any(
        b == k or k in wn.related(b, 1, verbs=False, persons=True) or wn.kind_of(b, k, 3, 1)
        for b in bases
        for k in _ADVOCATES
    )


#: a name (up to three capitalised words) opening its sentence and the saying verb after it ("Okafor said
#: in a separate statement that ...", "Ida Lund told reporters ...")
_NAMED_SAYS = re.compile(
    rf"^\W*(?P<name>(?:[A-Z][\w'\u2019-]+\s+){{0,2}}[A-Z][\w'\u2019-]+)\s+{_ACCOUNT_VERB}"
)


def _named_account(q: QuestionInfo, did: Sentence, after: Sentence, ctx: AnswerContext) -> bool:
    """Whether ``after``, a few sentences past ``did`` in its article, opens with the person a "why"
    names, whom ``did`` also names, telling in reported speech what they said ("Deputy Governor Joan
    Okafor voted to hold. [a quote of another] Okafor said in a separate statement that she had
    favoured waiting ..."): why a named person did something is their own account of it, though other
    sentences stand between and no cause word reads it. The name, not a pronoun, says whose it is."""
    names = q.entity_terms | {t for t, b in (q.bridges or {}).items() if b.name}
    m = _NAMED_SAYS.match(after.text)
    if m is None:
        return _pronoun_account(names, did, after, ctx)
    terms = ctx.tokenizer.term_set(m.group("name"))
    return bool(terms & names) and terms <= ctx.tokenizer.term_set(did.text)


#: a personal pronoun telling what its person said, after an opening phrase at most ("In a joint letter,
#: they said the board had ...", "She told reporters ...")
_PRONOUN_SAYS = re.compile(rf"^\W*(?:[^,.\"\u201c]{{1,40}},\s+)?(?:he|she|they)\s+{_ACCOUNT_VERB}", re.I)


def _pronoun_account(names: frozenset[str], did: Sentence, after: Sentence, ctx: AnswerContext) -> bool:
    """Whether ``after`` tells in reported speech what a pronoun said ("In a joint letter, they said the
    board had ...") right after a sentence that opens on every name the question gives, which ``did``
    also names ("Vasser and Quist cast the two votes against the ouster ..."): the pronoun is theirs, the
    subject just named, and their account of what they did tells why."""
    if not names or not _PRONOUN_SAYS.match(after.text) or after.index - 1 <= did.index:
        return False
    before = ctx.documents[after.doc_id].sentences[after.index - 1]
    opening = ctx.tokenizer.tokens(before.text)[: len(names) + 1]
    return names <= set(opening) and names <= ctx.tokenizer.term_set(did.text)


def _actors_quote(q: QuestionInfo, did: Sentence, opening: Sentence, ctx: AnswerContext) -> bool:
    """Whether ``opening``, right after ``did`` in its paragraph, opens a quotation its paragraph closes
    attributed to a pronoun ("..., she said.") or to the actor's own name ("..., Benning said."), where
    ``did`` names first, of the question's names, the one the question names first (the actor it asks
    about: "why did Ames call for Tull to quit" of "Councillor Ruth Ames went further, calling on Mayor
    Ben Tull to quit. "The mayor signed the contract. If he cannot explain it, he should go," she
    said."): the actor's own words on what they did, which tell why though no cause word reads them
    and they speak of others, not in the first person. The quotation may run several sentences before
    its attribution ("There was the ammonia leak in 2021. [...] Well, it was the big one," Benning
    said."). One a paragraph or two further on must name the actor in its attribution ("..., Ashworth
    said in a statement" after "Daniel Ashworth announced his resignation ..." and what follows from
    it): a pronoun there may be anyone's the paragraphs between name."""
    if opening.index <= did.index or not OPENS_QUOTE.match(opening.text):
        return False
    adjacent = opening.index == did.index + 1 and opening.paragraph == did.paragraph
    asked = [t for t in ctx.tokenizer.tokens(q.text) if t in q.entity_terms]
    named = [t for t in ctx.tokenizer.tokens(did.text) if t in asked]
    if not named or named[0] != asked[0]:
        return False
    actor = _name_from(q.text, asked[0], q.entity_terms, ctx)
    closing = _quote_attribution(opening, ctx)
    if closing is None:
        return False
    if PRONOUN_SPEAKER.search(closing.text):
        return adjacent
    return any(actor & ctx.tokenizer.term_set(n) for n in speakers(closing.text))


def _name_from(text: str, term: str, names: frozenset[str], ctx: AnswerContext) -> frozenset[str]:
    """The name of ``text`` its first ``term`` opens: the run of ``names`` terms from there ("Harold
    Benning"), whose surname alone may attribute a quotation ("..., Benning said.")."""
    terms = ctx.tokenizer.tokens(text)
    run = terms[terms.index(term) :]
    end = next((i for i, t in enumerate(run) if t not in names), len(run))
    return frozenset(run[:end])


def _head_holder(q: QuestionInfo, best: Candidate, ctx: AnswerContext) -> Sentence | None:
    """The sentence of the chosen one's story naming the noun a "which game" asks for ("the Painkiller
    game"), when the chosen one does not hold the noun (it sets the scene: "The event is billed as the
    CPL World Tour"): the nearest one, read from the rows' terms (a story's few dozen rows; a name is
    looked for only beside the noun). A chosen sentence naming something the question does not may
    name the thing asked without the noun ("Cars are being sent along the A62" for "which road are
    cars diverted along"): then only its neighbour is read as going on with it, and a sentence further
    off only when it holds some of the question's other words, its names included ("MSP Karen
    Whitefield wants ..." for "which msp wants ..."); one holding none of them names the noun of
    another matter of the story ("Quarry Road ... will remain closed")."""
    if not q.head or q.phrase or q.kind not in NAMED_KINDS:
        return None
    if q.head in ctx.terms(best.row) and not _some_unnamed(q, best.sentence.text, ctx):
        return None  # (one holding the noun says which itself: "her left wrist", "a crime writer")
    s = best.sentence
    doc = ctx.documents[s.doc_id]
    # (a name of the chosen sentence's own: then a far sentence must share what is asked)
    names_own = _names_unasked(q, s.text, ctx)
    asking = [t for t in q.terms if t != q.head]
    for j in sorted(range(len(doc.sentences)), key=lambda j: (abs(j - s.index), j)):
        row = ctx.rows[(s.doc_id, j)]
        if j == s.index or q.head not in ctx.terms(row):
            continue
        if names_own and abs(j - s.index) > 1 and not any(credit(q, t, ctx.terms(row)) for t in asking):
            continue
        other = _quotable_neighbour(ctx, s.doc_id, j)
        if other is not None and names_head(other.text, q, ctx.tokenizer, WEIGHTS.head_window):
            return other
    return None


def _names_unasked(q: QuestionInfo, text: str, ctx: AnswerContext) -> bool:
    """Whether a sentence writes a name none of whose words the question names (a code of letters and
    digits too, "the A62", which ``new_names`` leaves to figures; not a day or a month, nor a sentence's
    capitalised first word alone): something of its own that may be what is asked."""
    terms, names = set(q.terms), asked_names(q)
    for run in name_runs(text):
        toks = ctx.tokenizer.term_set(run)
        if calendar_only(run) or (len(run.split()) == 1 and text.lstrip("\"\u201c'").startswith(run)):
            continue  # (a day or a month is when, and a sentence's first word is capitalised anyway)
        if toks and not toks <= terms and toks.isdisjoint(names):
            return True
    return False


def _quotable_neighbour(ctx: AnswerContext, doc_id: str, j: int) -> Sentence | None:
    """Sentence ``j`` of a document when a reply may quote it beside the chosen one: no heading, quotable
    (``AnswerContext.quotable``), not a question; None otherwise."""
    other: Sentence = ctx.documents[doc_id].sentences[j]
    if other.heading or not ctx.quotable[ctx.rows[(doc_id, j)]] or other.text.rstrip().endswith("?"):
        return None
    return other


#: an indefinite determiner: "a rail union" says there is one, not which
_INDEFINITE = frozenset({"a", "an", "another", "some"})


def _kinds_lowered(words: list[str], at: list[int]) -> str:
    """The sentence (its ``words`` as spaces part them) with the capitalised words between an indefinite
    determiner and the noun a "which X" asks for (at the positions ``at``) written small: "a High Court
    judge", "an Arden spokesman" say of what kind the one meant is, not which (``names_head`` would read
    the name beside the noun as naming it)."""
    words = list(words)
    for i in at:
        j = i - 1
        while (
            j >= max(0, i - 1 - WEIGHTS.some_words)
            and words[j][:1].isupper()
            and words[j].lower() not in _INDEFINITE
        ):
            j -= 1
        if j >= 0 and j < i - 1 and words[j].lower() in _INDEFINITE:
            words[j + 1 : i] = [w.lower() for w in words[j + 1 : i]]
    return " ".join(words)


#: the punctuation a word as spaces part it may open or close on, around the word itself
_WORD_EDGES = ".,;:!?\"'()\u201c\u201d\u2018\u2019"


def _some_unnamed(q: QuestionInfo, text: str, ctx: AnswerContext) -> bool:
    """Whether a sentence writes the noun a "which X" asks for only as some X, its determiner at most
    ``WEIGHTS.some_words`` lowercase words before it ("A rail union says it warned ..."), or with none
    opening the sentence ("Police arrested ..."), and names none beside it: it tells of one, and the
    sentence of its story that names it ("the Rail Transport Workers' Union") says which. So does "the
    X" in a sentence naming nothing the question does not ("... according to the hospital"): it refers
    back to the one its story names elsewhere ("admitted to St. Oriel's Children's Hospital"); beside
    another name ("Monkeypox ... declared the virus a global health emergency") it may mean that one."""
    # (words as spaces part them: the "a" of "9:55 a.m." is none)
    spaced = text.split()
    words = [w.strip(_WORD_EDGES) for w in spaced]
    at = [i for i, w in enumerate(words) if q.head in ctx.tokenizer.term_set(w)]
    if names_head(_kinds_lowered(spaced, at), q, ctx.tokenizer, WEIGHTS.head_window):
        return False
    definite = not new_names(q.kind, text, q, ctx.tokenizer)

    def some(i: int) -> bool:
        if i == 0:
            # no determiner at all, the noun opening the sentence as its subject ("Police arrested the
            # captain", "Investigators found ..."): the noun in general, which says none which (not one
            # inside it, "after stars depart shows", which describes more often than it tells who did it)
            return True
        before = words[max(0, i - 1 - WEIGHTS.some_words) : i]
        for j in range(len(before) - 1, -1, -1):
            low = before[j].lower()
            if low in _INDEFINITE:
                # (a name before the noun only says of what kind: "a High Court judge" is some judge)
                return True
            if low == "the" and definite:
                # (but "the Ferrow Lane site" says which)
                return all(w.islower() for w in before[j + 1 :])
        return False

    return bool(at) and all(some(i) for i in at)


def _completing(
    q: QuestionInfo,
    echo: Candidate,
    cands: list[Candidate],
    completes: Callable[[str], bool],
    ctx: AnswerContext,
    *,
    topical: bool = False,
) -> Candidate:
    """The sentence completing what is asked over ``echo``, which echoes the question's words without it
    ("no timeline for restoring systems"): the preposition's object of "what was she charged with" ("is
    charged with five counts"), the means of "how did they restore the systems" ("after engineers rebuilt
    the servers"), the object of "what did police seize" ("seized laptops"), when it holds what is asked
    about the names (its verb maybe in other words: "carried traffic again" for "reopen"); else ``echo``.
    With ``topical`` (a verb's object, which any doer's act has), one from another story must hold as much
    of the question as ``echo``: "as if to presage another attack" elsewhere is no object of what "this
    hymn" presaged."""
    return next(
        (
            c
            for c in cands
            if (
                c.sentence.doc_id == echo.sentence.doc_id
                or (
                    c.score >= WEIGHTS.completion_ratio * echo.score
                    and (not topical or c.coverage >= echo.coverage)
                )
            )
            and c.relation >= WEIGHTS.min_relation
            and completes(c.sentence.text)
            and answers(q, c, ctx)
        ),
        echo,
    )


def _dating_the_act(
    q: QuestionInfo, best: Candidate, cands: list[Candidate], ctx: AnswerContext
) -> Candidate:
    """For a "when did X VERB": the best candidate whose date is the asked act's own, when ``best``
    writes the act only in a clause placing another event from it ("Thousands were evacuated overnight
    after the spillway failed", "A report written two years before the viaduct collapsed warned ...":
    its dates are the evacuation's, the report's), an echo of the question whose date answers another
    "when". A sentence as closely related whose date goes with the act (``dates_asked_act``: "The
    collapse of the viaduct on 10 March", "the span collapsed on Tuesday morning") answers instead;
    none doing so, the echo stays (its anchor still places the act among the story's events)."""
    forms = asked_act_forms(q)
    act = verb_bases(q.term_words.get(event, event)) if (event := reason_act(q)) else frozenset()
    text = best.sentence.text
    if (
        not forms
        or not act
        or dates_asked_act(forms, text, ctx)
        or not tells_act_as_anchor(text, act)
        or anchor_dated(text, act)
    ):
        return best
    dating = [
        c
        for c in cands
        # (as much of what is asked as any answer holds, not as the echo does: "the failure of the weir
        # on 4 February" holds the act in its noun, which credits less than the verb the echo writes)
        if c.relation >= WEIGHTS.min_relation
        and holds_asked_kind(q, c)
        and dates_asked_act(forms, c.sentence.text, ctx)
        and answers(q, c, ctx)
    ]
    # (one telling the act itself before one dating it in a clause of its own that places another event:
    # "The collapse of the viaduct on 10 March has put ..." over "The government on Tuesday announced a
    # fund for those killed when the viaduct collapsed last week")
    told = next((c for c in dating if not tells_act_as_anchor(c.sentence.text, act)), None)
    return told or (dating[0] if dating else _subject_dated_after(q, best, cands, ctx) or best)


#: what ends a sentence's opening clause before a date: a clause's mark or a word opening another clause
#: ("The spillway, which was built in 1962, ...", "The dam held until the storm hit on Saturday")
_OPENING_CLAUSE_ENDS = re.compile(
    r"[,;:()\u2013\u2014]|\b(?:where|that|which|who|whom|whose|after|before|since|following|when|while|until)\b",
    re.IGNORECASE,
)


def _subject_dated_after(
    q: QuestionInfo, echo: Candidate, cands: list[Candidate], ctx: AnswerContext
) -> Candidate | None:
    """For a "when did X VERB" of a thing or a role (not a name) whose echo writes the act only as another
    event's anchor ("Thousands were evacuated overnight after the spillway of the dam failed"), the
    candidate a few sentences after it in its article (``AnswerWeights.holder_after``) opening on X's head
    noun with a date in that opening clause ("The spillway gave way at about 11:40 p.m. on Saturday ..."):
    a wire's lead tells what came of an event, and its next sentences come back to the event's subject
    to tell it, often in other words than the question's ("gave way" for "failed"), when it happened."""
    head = _subject_head(q)
    if not head or head not in ctx.terms(echo.row):
        return None
    s = echo.sentence
    for c in cands:
        other = c.sentence
        if other.doc_id != s.doc_id or not s.index < other.index <= s.index + WEIGHTS.holder_after:
            continue
        dates = date_positions(other.text)
        if not dates or head not in ctx.tokenizer.tokens(other.text)[: WEIGHTS.subject_opening]:
            continue
        # (it need not hold the asked verb, which it tells in its own words: the echo answering for
        # the story, and its opening the same subject, it holds the act's date where it holds a date)
        if _OPENING_CLAUSE_ENDS.search(other.text, 0, dates[0]) is None and holds_asked_kind(q, c):
            return c
    return None
