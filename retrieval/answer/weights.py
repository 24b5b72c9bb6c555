"""Every weight and threshold of answer selection, in one typed place, each with what it trades.

A candidate sentence's score is::

    coverage * (share of the question's idf weight it holds, its neighbours' words at ``context``)
  + bm25 * (its BM25 score over the best candidate's)
  + answer_type * (1 if it holds the kind of thing asked for, 0.5 for an open "what")
  + document * (its document's BM25 score over the best document's)
  + lead_bonus * (share of the question in its headline, for a document's first two sentences)
  - penalties (a question, a restatement of the question, a fragment, a run-on)
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AnswerWeights:
    #: how much covering the question's words counts; the main signal, as BM25 alone finds echoes
    coverage: float = 0.45
    #: a neighbouring sentence's words, and its story's headline and lead's (``story_lead``), count this
    #: much of the sentence's own (context, not the answer)
    context: float = 0.5
    #: a document's first sentences that are its lead: with its headline, what every sentence of it is
    #: read under ("The technology ..." refers back to what the lead names). More counts more of a story's
    #: words as every sentence's topic, and lets a near-topic sentence cover more of a question
    story_lead: int = 2
    #: a sentence that covers enough of the question only read under its story's headline and lead must
    #: hold this share of what is asked about the topic itself (synonyms at ``bridge_credit``): lower
    #: answers more questions from sentences that refer back to their story, and lets more of a topic's
    #: other sentences pass for answers ("It offered to pay $300m" for what a stake cost)
    story_relation: float = 0.7
    #: when no candidate answers, the candidates' documents matching the question best as a whole whose
    #: sentences that refer back are ranked for it (synonyms included) and join the candidates: more
    #: finds answers worded far from the question in more stories, and reads more documents' rows
    story_documents: int = 2
    #: such sentences taken from each of those documents: more reaches answers sharing fewer of the
    #: question's words, and more near-topic sentences to tell apart
    story_sentences: int = 4
    #: sentences after a lead describing someone by age ("A three-year-old girl ...") read for the first
    #: person named in full, whose age it gives: more finds the name after a longer scene-setting, and
    #: more often someone else's
    named_later: int = 3
    #: paragraphs after a question heading (an explainer's "Is the water safe now?") whose sentences
    #: answer it, read as holding its words: more reaches answers running over several paragraphs, and
    #: credits later paragraphs that turn to another point with the heading's question
    answer_paragraphs: int = 1
    #: ... when they say yes or no, or their nouns hold this share of the heading's words (idf-weighted):
    #: higher drops answers that reword their question, lower lets a digest's quiz question (its options
    #: cut as furniture) take the next item sharing a word with it ("That's the jackpot ... US")
    heading_share: float = 0.2
    #: ... and answer a question only when their heading holds this share of its weight (the reader's
    #: question is the asked one): lower lets a heading sharing a few words ("Can I get my water
    #: tested?" for where to get bottled water) lend them to its answer, higher needs the heading worded
    #: as the question
    heading_match: float = 0.7
    #: the retriever's own ranking; more trusts term frequency over what the question asks for
    bm25: float = 0.25
    #: holding the kind of thing asked for (a name for "who", a date for "when")
    answer_type: float = 0.15
    #: the document's relevance as a whole: favours the story the question is about over a passing mention
    document: float = 0.15
    #: news leads elaborate their headline, and questions often paraphrase headlines
    lead_bonus: float = 0.15
    #: a "what is the X" is answered only by a sentence writing X (or a synonym) when X's this many most
    #: frequent senses all fall in one WordNet lexicographer class ("verdict", "surplus", "salary"): a
    #: noun of several kinds ("name", "number", "result") frames the question and is seldom written with
    #: its answer. More senses read demand X of fewer questions, fewer of more (and decline paraphrases)
    thing_senses: int = 50
    #: the WordNet lexicographer classes (of a noun's most frequent sense) of things a coverage names or
    #: counts: artifact 6, group 14, location 15, possession 21 ("hospital", "party", "seat", "fee"). A
    #: "what X" of these is not answered by a sentence writing neither X, nor a kind of X, nor a name
    #: of one, in an article never writing X. More classes decline more paraphrases of abstract nouns
    #: ("endgame", act/event), fewer let a sentence about the topic pass for the thing asked
    kind_classes: frozenset[int] = frozenset({6, 14, 15, 21})
    #: how many of the noun's most frequent senses must all be of ``kind_classes``: more leaves out more
    #: nouns with a rarer abstract sense ("position": a place, then a point of view, then a job), fewer
    #: demands such nouns in their abstract sense too
    kind_senses: int = 3
    #: of those, the classes of things told apart by name (artifact, group, location: "which hospital"):
    #: a sentence writing the noun only as "a X", no name beside it, says there is one, not which. A
    #: possession is told by its figure ("a fee of $900") and is not among them
    named_classes: frozenset[int] = frozenset({6, 14, 15})
    #: below this share of the question's weight the best candidate does not answer it: abstain. A
    #: fraction, so it means the same on five documents or a million and with any engine's scale
    abstain_coverage: float = 0.45
    #: below this share of the question's names in a sentence's story (the sentence, its neighbours,
    #: headline, main subjects) it is about something else: not an answer
    min_names: float = 0.6
    #: below this share of what the question asks about its names (its other terms, synonyms at a
    #: discount) in the sentence itself it only echoes the topic: not an answer. Higher declines more
    #: near-topic questions and more paraphrased ones
    min_relation: float = 0.25
    #: candidates (best first) whose whole document is read for the question's names when their
    #: sentence's story lacks them: more finds answers far from the names, costs time at scale
    document_names: int = 8
    #: a sentence covering this much of the question (context included) and holding the kind of thing
    #: asked for answers even without the question's relation words: lower answers more paraphrases
    #: and more near-topic questions
    full_coverage: float = 0.7
    #: kinds of question only a sentence holding that kind of thing answers ("how many" needs a number,
    #: "how much did it cost" money, "when" a date or a "when/once/until" clause not the question's own);
    #: a "who" may be answered by a role ("the mayor"), which no pattern tells: more kinds decline more
    #: near-topic questions and more such answers
    required_types: frozenset[str] = frozenset({"number", "date"})
    #: a broad question ("what happened in X", "summarize the X crisis") whose every word the coverage
    #: knows is in this share of its documents asks what the whole coverage says (the newest articles'
    #: leads): lower takes more topical digests for the whole coverage's, higher fewer
    coverage_topic: float = 0.6
    #: the newest articles read for such a question's digest: more finds older articles on the topic,
    #: costs time on a large coverage (each is read for its words)
    topic_scan: int = 200
    #: a "how many" of things or animals is answered by a number of their kind this many classes up in
    #: WordNet ("planes" -> "heavier-than-air craft" -> "aircraft"): more counts broader and broader
    #: kinds, which hold other things ("vehicles" for cars and buses)
    counted_broader: int = 2
    #: a "how many" of things or animals is answered by a number of one of their kinds down to this many
    #: classes below them in WordNet ("animals" -> ... -> "dogs" is seven down): WordNet's deepest chain
    #: of nouns, so any kind; fewer misses the particular kinds a report counts. Only the kind word's
    #: most frequent sense is read, so a word first another thing is no kind of it
    counted_narrower: int = 20
    #: a "what X" whose noun X the coverage lacks is answered by a word of one of X's kinds down to this
    #: many classes below it in WordNet ("holiday" -> "feast day" -> "movable feast" -> "Easter"): more
    #: reaches more particular kinds, and more words that are another thing first
    head_narrower: int = 3
    #: a "when" answered only by a clause ("once the inspectors are satisfied"), no date, must hold this
    #: share of what is asked (the event the clause dates): lower lets clauses attached to another event
    #: ("safeguards when decisions are made" for when a bill becomes law) answer, higher than 1 none
    condition_relation: float = 1.0
    #: a typed question (person, date, place ...) may be answered with less of its wording covered, if the
    #: sentence names every entity asked about and holds that kind of thing
    typed_coverage: float = 0.3
    #: a name the question does not give, within this many words of the noun the question asks for
    #: ("which theatre" -> "the Palace Theatre"), fills the asked-for slot: a sentence of the chosen one's
    #: story doing so is quoted instead of one that does not. More accepts names further off, which
    #: belong to something else more often. Also how near a role ("prime minister") the name a "who is
    #: the prime minister of X" binds it to must stand for the sentence to write X's (``role_unowned``):
    #: more takes roles of another owner named nearby for X's
    head_window: int = 2
    #: "what was the name of the reactor that blew up", answered by a sentence of the thing that gives no
    #: name: a sentence this many sentences from it in its article that gives the thing its name ("the
    #: reactor, known as R-401") answers instead; more reaches names of other things of the kind the
    #: article tells of further on, fewer misses a name given a paragraph later
    named_near: int = 3
    #: "what did X tell the Finance Committee": the addressee's words must stand within this many words
    #: after a verb of communication or "to"/"before" ("told the Finance Committee of ..."): more accepts
    #: a word further on, which belongs to what was said more often ("said a summary of the committee's
    #: vote"), fewer misses a long addressee
    addressee_words: int = 4
    #: a name WordNet knows as an instance or kind of the noun asked for ("California" for "which state",
    #: "Independence Day" for "which holiday") fills the asked-for slot wherever it stands, found this many
    #: classes up from the name ("California" -> "American state" -> "state") among the noun's
    #: ``head_kind_senses`` most frequent senses: more accepts broader and broader classes and rarer senses
    #: of the noun ("state" as a nation), which more names of other things belong to
    head_kind_levels: int = 2
    head_kind_senses: int = 2
    #: a lowercase word closing up a modifier of at least this many letters with the noun asked for
    #: ("stratovolcano" for "what type of volcano"), which WordNet does not know, names a kind of it:
    #: fewer reads more words that merely end in the noun's letters as kinds of it
    head_compound_prefix: int = 4
    #: when no sentence of the chosen one's story fills the asked-for slot, another story's naming such an
    #: instance answers instead if it scores this close to the chosen one: lower takes answers from
    #: stories further from the question, higher keeps more echoes that name no instance
    head_kind_ratio: float = 0.85
    #: a question asking for a completion (``answer.complement``: a stranded preposition's object, a
    #: "how did" means) is answered by a sentence giving one over the chosen echo lacking it, from another
    #: story when it scores this close: lower takes completions from stories further from the question,
    #: higher keeps more echoes of the question's words that complete nothing
    completion_ratio: float = 0.7
    #: a name written as whose someone is ("Brown's closest ally") is not the person a "who" asks for
    #: when one of this many most frequent senses of the noun after it is a person ("ally": a nation
    #: first): more reads more possessives as describing another person ("Brown's camp")
    possessed_senses: int = 3
    #: a noun asked as someone's office ("who is the head of X") is read as a role when one of this many
    #: most frequent noun senses is a person ("head": a leader 4th, after the body part; "chair" 3rd):
    #: more reads rarer senses as offices, fewer leaves "head", "chair" to match any sentence near X
    office_senses: int = 4
    #: words between a "who is the ROLE of X"'s role and a name its sentence gives within which the role is
    #: that person's ("Ann Bly, the guild's treasurer"): more takes a role written elsewhere in the sentence
    #: for the named person's, fewer misses roles described at length before the name
    role_name_window: int = 5
    #: another sentence scoring this close to the best is quoted as a second statement
    second_ratio: float = 0.85
    #: ... or this close, when it is another article's and gives the answer's own figure: a second outlet
    #: confirming the answer. Lower cites more outlets, and lets in sentences that share the figure by chance
    corroborate_ratio: float = 0.5
    #: a question asking what the person it names is has at most this many terms besides the name
    #: ("position", "hold"): for it, other outlets giving the answer's role beside the name are cited for
    #: that phrase. More lets questions asking something else about the person ("what did X say about
    #: the tariffs") cite the role the answer happens to write
    role_question_terms: int = 2
    #: words read back from a name for the role written before it ("U.S. Secretary of State"): more
    #: reads longer titles, and more of the words before a title that are not part of it
    role_words: int = 5
    #: distinct wordings of the answer's role quoted (each cited to every outlet writing it): more cites
    #: more outlets, with a longer reply
    role_phrases: int = 2
    #: other outlets' sentences quoted as reporting the answer's value too (``compose._confirm_value``;
    #: outlets writing one sentence share its quote): more credits more outlets, with a longer reply
    confirm_quotes: int = 3
    #: sentences searched for by the answer's value (its figure's or name's terms beside the question's)
    #: for other outlets stating it in other words: more finds outlets wording it further from the
    #: question, at the cost of scoring them
    confirm_search: int = 25
    #: a name that more than this share of the retrieved articles are about (a main subject, in the
    #: headline) is their story's, not a value of the answer's own that confirms it: higher confirms by
    #: the story's names too (a sentence naming the company at its centre "confirms" any answer naming
    #: it), lower misses answers that are what most articles are about
    confirm_topic: float = 0.5
    #: a statement whose share of new terms is below this only restates the question
    restates: float = 0.35
    #: a neighbouring sentence this close to the best one is quoted with it (or beside it, when one quote
    #: would be too long): the answer spans both. Lower brings more of the answer's context, and longer
    #: replies
    adjacent_ratio: float = 0.7
    #: sentences after a chosen sentence lacking the asked-for kind of thing that are read for one (its
    #: story's detail, "The festival ... will take place in Lucerne"): more finds details further on,
    #: and more that belong to another part of the story
    holder_after: int = 3
    #: sentences after a "why"'s chosen act read for someone's report of what had happened before it
    #: (``background.reports_background``): news gives that reason right after the act; more takes a
    #: later paragraph's background, told of another matter, for the reason
    background_after: int = 2
    #: the terms a sentence opens on that hold its subject (past "The", a describing word or two: "The
    #: revised injury count", "Harbour master Gideon Platt"): a "how" whose chosen sentence does not
    #: open on the asked subject takes a later one that does (``select._subject_told_after``). More reads
    #: a noun deeper in the sentence, an object or a place, as its subject
    subject_opening: int = 4
    #: a chosen sentence and the neighbour right beside it holding the asked-for kind are one quote up to
    #: this many characters, across a paragraph break too (``statements.joins_holder``; other sentences
    #: join within ``quote_chars``, in one paragraph): more keeps the topic with its detail for longer
    #: sentences, fewer quotes the detail as a statement of its own after the topic's
    holder_chars: int = 600
    #: words after a "why" question's verb within which a "to" and a verb give its purpose ("raised rates
    #: on Tuesday to curb inflation"): more reads purposes after longer objects, and more "to"s of
    #: another clause
    purpose_window: int = 8
    #: classes up WordNet is read for a word after a figure being a monetary unit or a coin ("400
    #: crowns", "50 dirhams": money though no currency list names them): more finds rarer currencies,
    #: and more words that only once were money
    currency_levels: int = 3
    #: quotable sentences reranked per question: more finds answers ranked lower, costs time at scale
    candidates: int = 40
    #: a statement's rarest terms used to find the same statement in other outlets (more only slow it)
    merge_terms: int = 6
    #: word-set similarity at which two sentences are the same statement
    same_statement: float = 0.5
    #: words in a row that another outlet's sentence must share with a statement's quotation, over at
    #: least half of it, to quote the same words (a stretch of them, framed its own way: "would not
    #: 'continue with this endeavor ...'" for "'We're not going to continue with this endeavor ...'"):
    #: fewer takes a stock phrase for the same quotation, more misses outlets cutting it differently
    quote_run: int = 8
    #: share of a statement's words another outlet's sentence must hold to be cited for it too: higher
    #: keeps every marker true to its source, lower lets outlets' rewordings of one report share a line
    says_same: float = 0.85
    #: and of its words that are not names nor attribution, the share it must hold: what is said of
    #: whom it names ("would comply" against "does not comment", both by "Interim director Alicia
    #: Baptiste"): higher keeps more rewordings apart, lower cites another's different claim
    says_same_told: float = 0.75
    #: the words of its story (terms, not figures) another article's report of a figure changed ("raised
    #: its estimate ... to 4,200 tonnes") shares with the answer to revise its figure: fewer lets a change
    #: of another figure of the same unit revise the answer, more misses a revision worded briefly
    revision_shared: int = 2
    #: how many times the answer's figure (or how small a share of it) a figure said to be changed to may
    #: be and still revise it: more lets another measure of the story ("$41.20" a share beside "$900
    #: million" of market value) pass for a revision, fewer misses a count revised severalfold
    revision_factor: float = 10.0
    #: the words either side of the answer's figure read as naming what it counts ("about 3,500 tonnes
    #: of crude oil leaked", "a reward of £15,000"), one of which what a later report says it changed
    #: ("raised its estimate of ...", "increased the reward for ...") must write when the question's
    #: words do not name it: more lets a change of another figure of the story ("the daily cargo limit")
    #: revise the answer, fewer misses a revision naming its figure as the answer words it further off
    revision_naming_window: int = 4
    #: another outlet's answer to a typed question giving another number, date or name than the chosen
    #: one is quoted beside it as a version of its own (the reader sees the reports differ) when it
    #: answers the question too and scores this close to the best: lower shows more disagreements, and
    #: more answers to a neighbouring question read as one
    version_ratio: float = 0.5
    #: share of the words describing what a "how many" counts ("net" in "how many net users") a version
    #: must hold: more keeps counts of something else out ("340 million mobile users"), and more
    #: versions worded otherwise
    version_described: float = 0.5
    #: share of the answer's own words (idf-weighted, not the question's) a version's document must hold
    #: to tell the same story, and so must another document's further statement beside a number or date
    #: question's answer (unless it carries the answer's title: a part of the same article): more keeps
    #: other stories' counts (a 19-year-old's record beside a 17-year-old's) out, fewer shows outlets
    #: that word one event differently
    version_story: float = 0.5
    #: such versions quoted beside the answer: more shows every outlet's figure, and reads longer
    max_versions: int = 2
    #: "which outlets covered X": an article is about X when its headline or first this many sentences
    #: (news states its subject in its lede) hold each of X's words (``about.about_it``): more lists
    #: outlets whose later paragraphs turn to X, and more that mention it in passing
    about_lead: int = 2
    #: ... or when at least this many of its sentences hold the word (and a larger share of them than of
    #: the whole coverage's): fewer lists outlets that mention X once in passing ("the night of the vote"
    #: in a piece on a fan group), more misses those naming X only deep in the story
    about_sentences: int = 2
    #: the sentences read, once per engine, for the correction notices an outlet prints in a later article
    #: (the best this many for the words notices are written with): more finds notices among many
    #: sentences merely saying "correct", costs the first such answer time on a large coverage
    notice_scan: int = 300
    #: distinct statements in one answer (each may carry several outlets' citations)
    max_statements: int = 2
    #: "which countries pledged aid": at most this many further sentences, right after the answer in its
    #: article, each naming another thing of the kind asked, quoted as the list's items (more lists
    #: longer written lists whole; fewer keeps the reply short)
    list_items: int = 5
    #: a sentence holding a synonym or derived form of a question word (WordNet) covers this much of it:
    #: more bridges paraphrases, less keeps a near-topic sentence from passing for an answer
    bridge_credit: float = 0.7
    #: a sum tied to another noun than the one a money question asks of ("The final price was £88m" for
    #: "how much is the tax bill") answers it only when that noun is kin to the asked one within this
    #: many WordNet classes up or down ("penalty" for "fine"): more keeps sums named by broader words,
    #: and lets more sums of other things pass
    sum_owner_levels: int = 1
    #: a question word's most frequent WordNet senses whose words bridge it: more bridges rarer senses
    #: ("strike" ~ "attack"), and more wrong ones ("runs" ~ "test")
    bridge_senses: int = 3
    #: a "how many" question's verb is also read as the verbs a WordNet cause pointer links to this many
    #: of its most frequent senses ("died" ~ "killed": ``WordNet.causal``): more reads rarer senses'
    #: causes ("fall" ~ "lower" is the verb's third), fewer none
    cause_senses: int = 1
    #: a question word's senses down to this one bridge it with their words that the coverage writes
    #: beside the question's other words (``select._rarer_senses``): more finds rarer senses ("meet" as
    #: "gather" is the seventh), and more chance that a word of an unmeant sense sits beside them
    rarer_senses: int = 8
    #: a noun the coverage lacks is read as the nouns one WordNet class up or down from its this many most
    #: frequent senses that the coverage writes beside the question's other words (``answer.nearby``:
    #: "factory" -> "plant"): more reads rarer senses' nouns, and more chance that one sits beside them
    nearby_senses: int = 3
    #: a question with no other word to place a nearby noun by ("how long did the blaze last"), or whose
    #: other words the coverage all writes but never beside it (the broader word of the noun's first sense
    #: only), reads the noun only where the coverage writes it in at least this share of its sentences, a
    #: topic of its own ("fire" in a fire's coverage): lower reads rarer mentions as the thing asked (more
    #: near-topic answers), higher declines more paraphrases
    nearby_alone_share: float = 0.02
    #: a noun the coverage lacks is read as a word it writes beside the question's other words whose
    #: definition leads with it in one of its this many most frequent senses, of a class the noun's own
    #: senses share (``answer.glossed``: "head" -> "president", "the head administrative officer of a
    #: college", its 4th sense): more reads rarer senses' definitions (more chance one sits beside the
    #: question's words by accident), fewer bridges fewer paraphrases
    gloss_senses: int = 8
    #: how many first letters a WordNet form of a timeline topic's word must share with it (a final "e"
    #: or "y" aside) unless it is the word's noun plural: fewer lets in the irregular forms of a homograph
    #: ("led" for "lead" the metal), more loses derived forms that change the word's end ("ratify" for
    #: "ratification" shares four)
    family_prefix: int = 4
    #: a question verb's most frequent senses whose troponyms (the particular ways of doing it: "meet" ->
    #: "convene") bridge it: more bridges more specific wordings, and reads more unrelated verbs as the
    #: asked one ("start" -> "attack")
    troponym_senses: int = 1
    #: a misspelling that is itself an English word ("brake" for "break") is corrected only when one of the
    #: ``confirm_sentences`` best sentences for the correction and the question's other words holds the
    #: correction and this many of them (all when fewer): more keeps ordinary words the coverage lacks from
    #: being read as corpus words ("driver" -> "river"), fewer corrects more real-word typos
    confirm_terms: int = 2
    confirm_sentences: int = 10
    #: a question word the coverage uses, but never with the question's other words, is read as a spelling
    #: one edit away that it uses this many times as often with them ("reel name" -> "real name"): lower
    #: reads more rare words as misspellings of common ones ("poach" -> "coach"), higher fewer typos
    real_word_ratio: float = 10.0
    #: sentences holding such a word read for the question's other words: a bound on the time at scale
    #: (more reads more of a common word's sentences before taking it for a misspelling)
    real_word_rows: int = 200
    #: sentences holding an index term read for whether the coverage writes a misspelling's correction in
    #: that very spelling ("minister", not "minuter" of "minutes"): more finds a term's rarer spellings, at
    #: a search each
    spelling_rows: int = 50
    #: a chat clipping ("comms") is read as one of this many of the coverage's most frequent words its stem
    #: begins, the one found with most of the question's words: more finds rarer words, at a search each
    clipped_words: int = 10
    #: a clipping this long that begins one word of the coverage alone ("chemo") is read as it where a
    #: sentence holds it with one of the question's other words: shorter reads more clippings, and more
    #: unknown words as the one word they happen to begin
    sole_clipping: int = 5
    #: a misspelling this long that no dictionary knows and the coverage writes no spelling of is read as
    #: the English word one edit away that WordNet's tagged corpus saw most ("skippper": skipper): shorter
    #: reads more names the coverage lacks as words ("pryce": price) instead of declining
    dictionary_spelling: int = 6
    #: a word the coverage lacks is read as two it holds written together ("bikeshare" as "Bike-share")
    #: when each part has this many letters: fewer splits more words into short common ones ("a", "on")
    compound_part: int = 3
    #: sentences holding both parts read for them written together: a bound on the time at scale (more
    #: finds a compound among more sentences using its parts apart)
    compound_rows: int = 20
    #: words a phrasal verb's object may put between the verb and its particle ("called the strike off",
    #: ``select._writes_phrase``): more find the particle of another clause ("called him before it was off")
    particle_gap: int = 3
    #: a word the coverage lacks of at most this many letters may be the initials of words it writes in a
    #: row ("AG": "attorney general"): more reads longer words as initials of whatever runs match them
    initialism_letters: int = 4
    #: sentences holding an acronym read for the one spelling it out ("what does OAWP stand for"): more
    #: finds the introducing sentence among many using the acronym, at a search's cost
    acronym_rows: int = 50
    #: other sentences naming the holder of a role a sentence writes with no one's name before it, read for
    #: whose role it is ("Pinecrest chief executive Marguerite Olsen" elsewhere): a bound on the time at
    #: scale (more finds the owner among more mentions of a name many sentences write)
    role_mentions: int = 20
    #: how many WordNet classes up a title's noun may lie from a noun for the doer a "who VERBs X" asks
    #: for ("executive" -> "administrator" -> "head" -> "leader" for "who runs"): more finds titles that
    #: name the doer in broader words, and more that name someone else (all of them persons)
    doer_levels: int = 3
    #: a noun derived from the verb of a "who VERBs X" is a noun for its doer when a person is among its
    #: this many most frequent senses ("operator", first a mathematical function; "founder", first a
    #: horse's ailment): more reads more derived nouns as the doer's title, fewer misses rarer agents
    doer_senses: int = 3
    #: how many describing words may stand between "a" and the noun a "which X" asks for for the
    #: sentence to write only some X ("a rail union"): more reads longer phrases as unnamed ones
    some_words: int = 2
    #: WordNet noun classes (animal, artifact, body, location, object, phenomenon, plant, shape, substance)
    #: of a thing whose height a "how high" asks as a length ("how high did the ash go"); any other noun's
    #: "how high" asks a level (a price, a rate). More classes read more "how high"s as lengths
    height_classes: frozenset[int] = frozenset({5, 6, 8, 15, 17, 19, 20, 25, 27})
    #: a short lowercase question word ("uk") is read as the name its capitals stand for ("UK", folded to
    #: the United Kingdom by the aliases) when the coverage holds that this many times more often: lower
    #: reads more lowercase words as acronyms
    acronym_ratio: float = 2.0
    #: a role asked about is a kinship ("brother", "wife") when WordNet files it as a relative within this
    #: many classes up, among the relative's this many senses: then no sentence naming no one beside the
    #: word declines it. More levels read more roles as kinships (fewer declines)
    kin_levels: int = 6
    #: a "how much" noun the coverage lacks names the money asked for when its first sense is within this
    #: many classes under the class money is of ("cash" -> "currency" -> "medium of exchange"): more levels
    #: read more nouns as money's kind (answering "how much X" with any sum), fewer decline more of them
    measure_class_levels: int = 2
    kin_senses: int = 3
    #: weight (times its idf) of a general English word the corpus lacks and no synonym bridges: low, as
    #: the coverage says it otherwise; high makes every paraphrase abstain
    unknown_word: float = 0.25
    #: weight (times its idf) of a lowercase word the corpus lacks that no dictionary knows: chat
    #: spelling or a name written in lowercase; between a paraphrase and a capitalised unknown name
    unknown_lowercase: float = 0.5
    #: an outlet's sentences scored exactly when the index's top hits hold too few of them ("according
    #: to X"): a bound on the time that takes on a large outlet
    outlet_rows: int = 200_000
    #: a part of an outlet's name that is an English word ("Ledger" of "Port Avalon Ledger") names the
    #: outlet in a question when the articles write it, in at most this many sentences, only as a name
    #: ("seen by the Ledger"): more reads a word more articles write as the outlet's, costs a look-up
    outlet_name_rows: int = 20
    #: words either side of a number within which a "how many X" must find X ("1,200 of its soldiers"): more
    #: accepts numbers counting something else, fewer declines answers that put words between
    count_window: int = 4
    #: further words after a number opening a partitive ("150,000 of the recalled SparkBlocks sets") within
    #: which its noun may come: more reaches nouns past longer descriptions, and nouns of another phrase
    partitive_words: int = 3
    #: words between a yes/no question's subject and its verb within which a further statement must say
    #: them ("fares will go up"; not "fares keep rising and people cannot get where they need to go"):
    #: more accepts statements whose verb is another's, fewer drops those putting words between
    said_of_window: int = 4
    #: words before a yes/no question's verb within which a "whether" leaves it an open question ("declined
    #: to say whether he would be fired"): more reads a verb after a long "whether" clause as still open,
    #: fewer takes such verbs for statements
    open_question_words: int = 5
    #: a quote longer than this is not grown by neighbouring sentences (a single sentence is never cut)
    quote_chars: int = 300
    #: outlets cited for one statement: more credits every outlet, fewer keeps the answer readable
    max_outlets: int = 4
    #: a sentence holding the words the question quotes ("who said 'it takes two'") is the one asked about
    phrase: float = 0.5
    #: statements in the digest that answers a broad question ("what's the latest on ..."), and how close
    #: to the best one's score each must come: more tells more, and reads longer
    digest_statements: int = 3
    digest_ratio: float = 0.6
    #: how close to the best one's score the newest dated article's statement must come to join (and so
    #: lead) a digest asking for the latest ("what's the latest on ..."): the newest turn of a story
    #: shares fewer of the question's words than its main report. Lower brings a newer statement that
    #: is less on the topic, higher keeps older ones that say more of it
    latest_ratio: float = 0.45
    #: "summarize the story" opens with the earliest article on the topic whose lead tells at least this
    #: share of what the most-told lead does (``about._main_report``: its terms' share of the other
    #: articles' headlines and leads). Higher lets a later recap ("a lawsuit over the explosion that
    #: killed three") displace the first report; lower lets a side detail or a live page's first entry
    #: open the story
    story_lead_ratio: float = 0.75
    #: articles naming the person a "what did X say" asks the words of (by BM25 on the name) whose
    #: statements by X that do not write the name ("..., she said" after a sentence naming X, a quotation
    #: going on from X's) join the candidates: more reaches X's words in articles naming X less often,
    #: costs reading more articles' sentences near X's name (once per engine, article and person)
    speaker_documents: int = 3
    #: a corpus of at most this many sentences is searched by matching words when BM25 finds too few (a
    #: word every sentence of a tiny corpus holds gets a negative idf); a bound on that linear scan
    small_corpus: int = 5_000
    #: documents (their titles with their words) whose first sentence joins the candidates of a question
    #: about an article ("who wrote about the floods?"): more finds an article named only by its headline
    #: further down, costs a document-index search and as many more candidates
    title_documents: int = 5
    #: penalties: a sentence that is itself a question, one that only restates the question, a fragment
    #: shorter than ``short_words`` words, a run-on longer than ``long_words``
    penalty_question: float = 0.3
    penalty_restatement: float = 0.1
    penalty_short: float = 0.3
    penalty_long: float = 0.1
    #: a correction notice, for a question not asking about a correction: it repeats a wrong claim's
    #: words (ranking for any question on its topic) and answers only what was corrected. More keeps
    #: notices out of answers their neighbours give better; less lets them lead on their topic's words
    penalty_notice: float = 0.3
    #: a sentence of an opinion piece (``DocumentMeta.opinion``), for a question not asking for opinion:
    #: it states its writer's view, often in the words of a factual question ("For two weeks, the people
    #: who run this city told us the strike was ..." for "how long did the strike last"). More keeps
    #: op-eds out of answers a news report gives in fewer of the question's words; less lets them lead
    #: on their topic's words. An op-ed alone in answering still answers (its source line says opinion)
    penalty_opinion: float = 0.3
    short_words: int = 5
    long_words: int = 70
    #: a question about the present ("this week", "recently", "now") is answered from articles published
    #: within this many days of the coverage's newest, when one of them answers: older ones are its
    #: history ("Which automaker recalled 2.9 million vehicles this week?" is not the 2016 recall).
    #: Shorter holds "this week" closer to the newest article, and answers nothing from a corpus whose
    #: questions are about its earlier weeks; longer lets older stories answer for the present
    present_days: int = 365
    #: a question about how a changing fact stands now ("still", "final", "latest") is answered by the
    #: newest candidate scoring at least this share of the best one: lower lets a later statement of
    #: the fact in other words supersede the best match, and a later statement of another fact too
    current_ratio: float = 0.5
    #: a question about a value's first stage ("at first", "the original offer") whose best match tells
    #: a change to a figure (a later stage) is answered by the next candidate telling none, scoring at
    #: least this share of the best: lower lets a weaker match of another fact answer, higher keeps
    #: the later stage more often
    stage_ratio: float = 0.5
    #: a question placed after (before) an event ("what did she say after the ruling") is answered by
    #: the statement nearest the event among those after (before) it scoring at least this share of the
    #: best: lower lets a weaker match answer for being nearer, higher keeps a later, better match
    anchor_ratio: float = 0.5
    #: how many words before "to <figure>" a verb of change may stand for the sentence to tell a change
    #: to that figure ("raised its pay offer to the striking drivers to 8 percent"): more reads verbs of
    #: other clauses as the change, fewer misses a change whose object is long
    change_window: int = 8
    #: a headline's name whose first this many letters a name of the question or sentence shares is a
    #: form of it ("Ukrainian" of "Ukraine"), nothing new: more counts fewer such forms as known, fewer
    #: takes unrelated names sharing a prefix for the same
    headline_stem: int = 5
    #: a headline with this many commas or semicolons lists topics (a digest's "5 things to know: ...,
    #: ..., ..."), naming no one story's subject: not quoted. Fewer skips more headlines joining two
    #: clauses ("X visits Kyiv, meets Y"), more quotes more digests' topic lists
    headline_list: int = 2
    #: how alike (difflib's ratio) a word of an asked post's title and a sentence's word before the post's
    #: noun must be for the sentence to write that title misspelt or spelled otherwise ("helth", "harbor"
    #: of "Health", "Harbour"; ``post_fit``): lower takes another kind of the post for the asked one
    #: ("finance" for "fire"), higher declines a question with a slip in the post's title
    post_word_likeness: float = 0.8
    #: how many of a word's most frequent noun senses are read for a body of people (``post_fit``: "bank"
    #: is a river's side first, a bank second): more reads a name's rarer senses as its kind of body and
    #: declines more posts of bodies it may be; fewer misses the kind a name's word tells
    owner_body_senses: int = 2
    #: the most words a question's matter may have for "what did <matter> <verb>" to be read as asking
    #: what came of it (``outcome``): more reads longer clauses as a matter, fewer misses long names
    #: ("the Harbour Board's independent dredging review")
    outcome_matter_words: int = 6


WEIGHTS = AnswerWeights()
