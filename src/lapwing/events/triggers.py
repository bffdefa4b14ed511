"""Finding candidate triggers: lexicon verbs and nouns matched on lemmas, with their constraints.

A verb token matches an entry when its lemma is the entry's lemma and every constraint holds:
``particle`` (a phrasal particle child: "back down"), ``preposition`` (a prepositional dependent:
"call on"), ``object`` (one of the object lemmas: "open" + "embassy"). A verb with a particle
only matches entries naming that particle ("call off" is not "call"). The most specific matching
entry wins. A noun token matches a noun entry by lemma; tokens inside an actor mention never
trigger ("Libyan National Army" is not an ASSAULT). ``object_kind`` asks what an object is ("place":
"captured Seoul"), and an entry's ``block`` conditions, when one holds, make the trigger code
nothing ("executed the order", "shot a film", "heart attack").
"""
from __future__ import annotations

from dataclasses import dataclass

from ..english_words import COMPASS_WORDS, DATE_CUE_WORDS, DISTANCE_UNITS, MONTH_NAMES
from ..model import Token
from .lexicon import Cues, Lexicon, LexiconEntry, TriggerFacts, bundled_cues
from .parse_repair import time_word
from .role_cues import load_role_cues
from .syntax import SentenceGraph, base, ud

VERB_POS = frozenset({"VERB"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
PLACE_ENTITY_TYPES = frozenset({"GPE", "LOC", "FAC"})
#: mention kinds that name people, not ground, even when their actor is a country ("the Iraqis")
PEOPLE_MENTION_KINDS = frozenset({"nationality", "group", "person"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A token whose lemma is in the lexicon, with the entry that matched (or why none did)."""

    token: Token
    entry: LexiconEntry | None
    reason: str
    light_verb: Token | None = None      # for nominal events: "imposed" in "imposed an embargo"


def _object_lemmas(graph: SentenceGraph, tok: Token) -> set[str]:
    lemmas: set[str] = set()
    # with none of its own, the object a verb shares ("police shot and killed a gorilla": what was
    # shot is the gorilla, so the animal block holds for "shot" too)
    objects = graph.children(tok, "obj", "iobj", "nsubj:pass") or graph.object_tokens(tok)[0]
    for obj in objects:
        for conj in graph.conjuncts(obj):
            lemmas.add(conj.lemma.lower())
            lemmas.update(k.lemma.lower() for k in graph.children(conj, "compound", "amod"))
            # "25,000 tons of food aid": the measured noun counts as the object, and what a
            # measure of a measure measures ("hundreds of square kilometers of territory")
            measured = [o for p, o in graph.prep_objects(conj) if p == "of"]
            measured += [o2 for o in measured for p, o2 in graph.prep_objects(o) if p == "of"]
            lemmas.update(o.lemma.lower() for o in measured)
            if conj.pos == "PROPN":  # "captured Knin, the one-time stronghold of ...": what the name is
                lemmas.update(k.lemma.lower() for k in graph.children(conj, "appos") if k.pos == "NOUN")
    # "sought refuge in Germany": a bare noun the parser hung as a predicative complement
    lemmas.update(k.lemma.lower() for k in graph.children(tok, "xcomp", "acomp", "oprd")
                  if k.pos in ("NOUN", "ADJ") and not graph.children(k, "mark", "nsubj", "cop", "aux"))
    return lemmas


def object_kinds(graph: SentenceGraph, tok: Token) -> set[str]:
    """Kinds of the trigger's objects (and of what they measure: "most of the town"): "place" for a
    named place (a proper noun) in a mention of a location or of a country's place name ("captured
    Seoul", "the Golan Heights"; as a passive's subject, only one resolved to a country), or
    unmentioned and tagged a place ("Ogdensburg" as GPE) or placed by a distance ("Samashki, 35
    kilometers west of ... Grozny"). Only the
    object itself counts, not its conjuncts: a comma slip makes "Syria" a conjunct of "the tanks".
    "clause" for a clause with its own subject or a "that" as the object ("demonstrated that Clinton
    does not have ...": what is shown or acknowledged, not a crowd or a state). "people" for an
    object that is a mention of people (a nationality or a group: "captured up to 800,000 Chinese
    ... from Asian countries" took people, not ground). "own" for an active verb's object that a
    possessive "its" or "their" (or "own") marks as the subject's ("destroyed all of its SS-19
    missiles"). "thing" for a noun object that is no mention of people or a place ("demonstrated
    his support", "demonstrated ... they were still on friendly terms", a clause read as a noun
    phrase)."""
    kinds: set[str] = set()
    if any(_object_clause(graph, tok, c) for c in graph.children(tok, "ccomp")) \
            or any("that" in graph.child_lemmas(c, "mark") and _object_clause(graph, tok, c)
                   for c in graph.children(tok, "advcl")):  # a "that" clause the parser hung as adverbial
        kinds.add("clause")
    for obj in graph.children(tok, "obj", "nsubj:pass"):
        if obj.dep == "obj" and obj.pos == "NOUN" and graph.mention_of(obj) is None:
            kinds.add("thing")
        for noun in [obj] + [o for p, o in graph.prep_objects(obj) if p == "of"]:
            if obj.dep != "nsubj:pass" and (graph.child_lemmas(noun, "nmod:poss", "poss") & OWN_POSSESSIVES
                                            or "own" in graph.child_lemmas(noun, "amod")):
                kinds.add("own")  # "destroyed (all of) its missiles": the subject's own
            mention = graph.mention_of(noun)
            if noun is obj and mention is not None and mention.kind in ("nationality", "group"):
                kinds.add("people")  # not "person": an unknown place is often tagged a person
            if noun.pos != "PROPN":
                continue
            if mention is None:
                place = noun.ent_type in PLACE_ENTITY_TYPES or _placed_by_distance(graph, noun)
            elif mention.kind == "location" and obj.dep == "nsubj:pass" and noun is obj \
                    and not (mention.actor is not None and (mention.actor.code or mention.actor.country)):
                place = False  # "Badini was captured during a raid on a home in Karachi": a name the
                # recogniser took for a place, which no gazetteer knows, taken as a person
            else:
                place = mention.kind == "location" or (
                    mention.actor is not None and mention.actor.kind == "country" and mention.kind not in PEOPLE_MENTION_KINDS)
            if place:
                kinds.add("place")
    return kinds




def _placed_by_distance(graph: SentenceGraph, noun: Token) -> bool:
    """Whether a name is described by how far and which way it lies from another ("Samashki, 35
    kilometers west of the shattered Chechen capital Grozny"): a place, whatever no gazetteer says."""
    return any(k.lemma.lower() in COMPASS_WORDS and any(
        m.lemma.lower() in DISTANCE_UNITS or m.text.lower() in DISTANCE_UNITS for m in graph.children(k))
        for k in graph.children(noun))


#: Possessive pronouns that make an object the subject's own ("destroyed its missiles").
OWN_POSSESSIVES = frozenset({"its", "their", "it", "they"})

#: Subordinators of a clause that is a verb's object ("demonstrated that ...", "whether ...").
_OBJECT_CLAUSE_MARKS = frozenset({"that", "whether", "if", "how"})


def _object_clause(graph: SentenceGraph, tok: Token, clause: Token) -> bool:
    """Whether a clause hung on ``tok`` is its object: a clause with its own subject or an object
    subordinator that starts right after the verb ("demonstrated that Clinton ...", "demonstrated
    they were still on friendly terms"), not one after other phrases ("demonstrated Sunday against
    terrorism, a day after their city was rocked", "demonstrated in Moscow ... as advocates
    lamented", which the parser also hangs as a clause)."""
    marks = {m.lemma.lower() for m in graph.children(clause, "mark")}
    if marks - _OBJECT_CLAUSE_MARKS or not (marks or graph.children(clause, "nsubj", "nsubj:pass")):
        return False
    first = graph.first_index(clause)
    return 0 < first - tok.i <= 2 and all(graph.by_i[k].pos == "ADV" for k in range(tok.i + 1, first) if k in graph.by_i)


def _verb_facts(graph: SentenceGraph, tok: Token, *, objects: set[str], particle: str | None) -> TriggerFacts:
    return TriggerFacts(objects=frozenset(objects), subjects=frozenset(_subject_lemmas(graph, tok)),
                        prep_objects=frozenset(_prep_object_pairs(graph, tok)), particle=particle,
                        passive=graph.is_passive(tok), object_kinds=frozenset(object_kinds(graph, tok)),
                        describing=describing_participle(graph, tok),
                        subject_kinds=frozenset(subject_kinds(graph, tok)))


def subject_kinds(graph: SentenceGraph, tok: Token) -> set[str]:
    """Kinds of the verb's subjects: "person" when every subject (with its conjuncts) lies in a
    mention of one person ("Russian President Vladimir Putin demonstrated his support": one man
    shows a thing; a crowd that demonstrates its support rallies)."""
    subjects = [conj for subj in graph.subject_tokens(tok)[0] for conj in graph.conjuncts(subj)]
    mentions = [graph.mention_of(subj) for subj in subjects]
    if subjects and all(m is not None and m.kind == "person" for m in mentions):
        return {"person"}
    return set()


def describing_participle(graph: SentenceGraph, tok: Token) -> bool:
    """A present participle hung on the noun right before it with no subject of its own (a
    reduced relative: "four Nepalese contractors working with the world body's Office"): it says
    what the noun is or does as a rule, not that it acted."""
    head = graph.head(tok)
    return tok.tag == "VBG" and ud(tok) == "acl" and head is not None and head.i < tok.i \
        and head.pos in ("NOUN", "PROPN") and not graph.children(tok, "nsubj", "nsubj:pass", "aux", "mark")


def _blocked(entry: LexiconEntry, facts: TriggerFacts) -> str | None:
    cond = entry.blocked_by(facts)
    return None if cond is None else f"lexicon entry {entry.id} ({entry.source}) is blocked: {cond.describe()}"


def _prep_object_pairs(graph: SentenceGraph, tok: Token) -> set[tuple[str, str]]:
    """(preposition, lemma) for each prepositional object of ``tok`` and its conjuncts
    ("withdrew from the treaty and the alliance" -> ("from", "treaty"), ("from", "alliance"))."""
    return {(prep, conj.lemma.lower()) for prep, obj in graph.prep_objects(tok) for conj in graph.conjuncts(obj)}


def _subject_lemmas(graph: SentenceGraph, tok: Token) -> set[str]:
    """Lemmas of the verb's subject(s), their modifiers ("peacekeeping troops") and what they
    measure ("thousands of demonstrators", "the first deployment of NATO peacekeeping troops")."""
    lemmas: set[str] = set()
    for subj in graph.subject_tokens(tok)[0]:
        for conj in graph.conjuncts(subj):
            for noun in (conj, *(o for p, o in graph.prep_objects(conj) if p == "of")):
                lemmas.add(noun.lemma.lower())
                lemmas.update(k.lemma.lower() for k in graph.children(noun, "compound", "amod"))
    return lemmas


def match_verb(graph: SentenceGraph, tok: Token, lexicon: Lexicon, lemma: str | None = None
               ) -> tuple[LexiconEntry | None, str]:
    entries = lexicon.candidates("verb", lemma or tok.lemma, include_constrained=True)
    if not entries:
        return None, ""
    particle = graph.particle(tok)
    if particle == "up" and _next_lemma(graph, graph.children(tok, "compound:prt")[0]) == "to":
        particle = None  # "allow up to 13,000 refugees": a quantity, not the particle of "allow up"
    entry, reason = _match_verb_entries(graph, tok, entries, particle)
    if entry is None and particle is None and " is blocked: " not in reason:
        # "handed over 700 kg of medicine": "over" read as "more than" on the number, which English
        # allows; the phrasal sense is tried only when no sense without a particle holds
        quantity = _particle_on_quantity(graph, tok)
        if quantity is not None and any(e.particle == quantity for e in entries):
            entry, second = _match_verb_entries(graph, tok, entries, quantity)
            if entry is not None:
                return entry, f"{second}; '{quantity}' read as the verb's particle, not as 'more than' on the number"
    if entry is None and particle in PATH_PARTICLES and " is blocked: " not in reason \
            and not any(e.particle == particle for e in entries):
        # "marched down Rustaveli Avenue", "marched in downtown Athens": a preposition of the path
        # read as a particle, with its noun phrase as the object; no phrasal sense has it
        prt = graph.children(tok, "compound:prt")[0]
        after = graph.by_i.get(prt.i + 1)
        if after is not None and after.pos in ("DET", "PROPN", "NOUN", "NUM", "ADJ"):
            entry, second = _match_verb_entries(graph, tok, entries, None)
            if entry is not None:
                return entry, f"{second}; '{particle}' read as the preposition of the phrase after it"
    return entry, reason


#: Prepositions of a path or place that a parser may read as a verb's particle ("marched down the
#: avenue", "marched in downtown Athens").
PATH_PARTICLES = frozenset({"down", "up", "in", "through", "along", "past", "across", "around", "into"})


def _particle_on_quantity(graph: SentenceGraph, tok: Token) -> str | None:
    """The adverb right after a verb with no particle, hung on a number inside the verb's object
    ("handed | over 700 kg"): it may be the verb's particle."""
    following = graph.by_i.get(tok.i + 1)
    if following is None or following.pos not in ("ADV", "ADP") or base(following) != "advmod":
        return None
    number = graph.by_i.get(following.head)
    if number is None or number.i != following.i + 1 or number.pos != "NUM":
        return None
    objects = {o.i for o in graph.children(tok, "obj")}
    node, steps = number, 0
    while node is not None and node.i not in objects and steps < 3:
        node, steps = graph.by_i.get(node.head) if node.head != node.i else None, steps + 1
    return following.lemma.lower() if node is not None and node.i in objects else None


def _match_verb_entries(graph: SentenceGraph, tok: Token, entries: list[LexiconEntry], particle: str | None
                        ) -> tuple[LexiconEntry | None, str]:
    # a date phrase is no phrase of the verb's sense: "Putin called Bush on Friday" is no "call on"
    preps = {p for p, o in graph.prep_objects(tok) if not time_word(o)}
    # "committed to opening up", "opposed to holding talks": "to" before a gerund is a preposition
    preps |= {m for k in graph.children(tok, "advcl", "xcomp") if k.tag == "VBG" for m in graph.child_lemmas(k, "mark")}
    objects = _object_lemmas(graph, tok)
    rejected: list[str] = []
    for entry in entries:  # most specific first
        if entry.particle != particle:
            rejected.append(f"{entry.id}: particle {entry.particle!r} vs {particle!r}")
            continue
        if entry.preposition is not None and entry.preposition not in preps:
            rejected.append(f"{entry.id}: needs preposition '{entry.preposition}'")
            continue
        if entry.objects and not objects & set(entry.objects):
            rejected.append(f"{entry.id}: needs object in {list(entry.objects)[:4]}...")
            continue
        unmet = entry.unmet_constraint(
            prep_objects=_prep_object_pairs(graph, tok) if entry.prep_objects else (),
            subjects=_subject_lemmas(graph, tok) if entry.subjects else (),
            object_kinds=object_kinds(graph, tok) if entry.object_kinds else ())
        if unmet is not None:
            rejected.append(f"{entry.id}: {unmet}")
            continue
        blocked = _blocked(entry, _verb_facts(graph, tok, objects=objects, particle=particle)) if entry.blocks else None
        if blocked is not None:
            return None, blocked  # the sense is blocked: no less specific entry is tried
        return entry, f"lexicon entry {entry.id} ({entry.source})"
    return None, "no entry's constraints hold: " + "; ".join(rejected)


def _noun_context(graph: SentenceGraph, tok: Token) -> set[str]:
    """What a noun entry's ``object`` list is checked against: the noun's modifiers ("general
    strike", "air strike", "martial law"), the prepositions of its phrases ("call for"), its head
    ("state of emergency") and the verb governing it ("went on strike", "opened fire")."""
    words = _noun_modifiers(graph, tok)
    words |= {p for p, _ in graph.prep_objects(tok)}
    head = graph.head(tok)
    if head is not None:
        words.add(head.lemma.lower())
        if head.pos in ("NOUN", "PROPN") and base(tok) in ("nmod", "compound"):
            words |= {k.lemma.lower() for k in graph.children(head, "compound", "amod")}
    return words


def _noun_modifiers(graph: SentenceGraph, tok: Token) -> set[str]:
    words = {k.lemma.lower() for k in graph.children(tok, "compound", "amod", "nmod:poss", "flat")}
    return words | {k.text.lower() for k in graph.children(tok, "compound", "amod")}


def match_noun(graph: SentenceGraph, tok: Token, lexicon: Lexicon, lemma: str) -> tuple[LexiconEntry | None, str]:
    """The most specific noun entry whose ``object`` words (if any) occur around the noun; an
    entry whose word is one of the noun's own modifiers first ("staged a hunger strike": the
    modifier "hunger" says more than the verb "staged")."""
    entries = lexicon.candidates("noun", lemma, include_constrained=True)
    pairs = _prep_object_pairs(graph, tok) if any(e.prep_objects for e in entries) else set()
    rejected: list[str] = []
    kept = []
    for entry in entries:  # "withdrawal from the treaty", not "withdrawal from the town"
        unmet = entry.unmet_constraint(prep_objects=pairs)
        if unmet is None:
            kept.append(entry)
        else:
            rejected.append(f"{entry.id}: {unmet}")
    entries = kept
    modifiers = _noun_modifiers(graph, tok)
    chosen = next((e for e in entries if e.objects and modifiers & set(e.objects)), None)
    context: set[str] | None = None
    for entry in entries if chosen is None else ():
        if entry.objects:
            context = _noun_context(graph, tok) if context is None else context
            if not context & set(entry.objects):
                rejected.append(f"{entry.id}: needs a modifier in {list(entry.objects)[:4]}...")
                continue
        chosen = entry
        break
    if chosen is None:
        return None, "no entry's constraints hold: " + "; ".join(rejected)
    if chosen.blocks:
        facts = TriggerFacts(objects=frozenset(modifiers | (_noun_context(graph, tok) if context is None else context)),
                             prep_objects=frozenset(_prep_object_pairs(graph, tok)))
        blocked = _blocked(chosen, facts)
        if blocked is not None:
            return None, blocked
    return chosen, f"lexicon entry {chosen.id} ({chosen.source})"


def _next_lemma(graph: SentenceGraph, tok: Token) -> str:
    following = graph.by_i.get(tok.i + 1)
    return following.lemma.lower() if following is not None else ""


def find_candidates(graph: SentenceGraph, lexicon: Lexicon, cues: Cues) -> list[Candidate]:
    """Every token whose lemma the lexicon knows, matched or not (the explanation shows both)."""
    out: list[Candidate] = []
    for tok in graph.sent.tokens:
        verb_lemma = lexicon.lemma_for("verb", tok.lemma, tok.text)
        noun_lemma = lexicon.lemma_for("noun", tok.lemma, tok.text)
        if (verb_lemma is not None or noun_lemma is not None) and _slug_word(graph, tok):
            out.append(Candidate(tok, None, f"'{tok.text}' is a word of a wire slug ('TURKEY-BOMBING'), not of a sentence"))
            continue
        # a verb the tagger gave a noun's tag is still one when it heads a clause ("NATO bombed
        # Serbia", "bombed" VERB but NNP): a subject or an object of its own
        as_verb = verb_lemma is not None and tok.pos in VERB_POS and (
            not tok.tag.startswith("NN") or bool(graph.children(tok, "nsubj", "nsubj:pass", "obj")))
        if as_verb and _prenominal_participle(graph, tok):
            continue  # "the shooting deaths", "the attacked village": a modifier, not a predicate
        if as_verb and (_attribute_participle(graph, tok, cues, lemma=verb_lemma) or _so_called(graph, tok)):
            out.append(Candidate(tok, None, "a descriptive attribute of a noun ('Israeli-backed', "
                                            "'troops allied with', 'so-called'), not a predicate"))
            continue
        if as_verb:
            entry, reason = match_verb(graph, tok, lexicon, verb_lemma)
            out.append(Candidate(tok, entry, reason))
        elif noun_lemma is not None and looks_nominal(graph, tok):
            if graph.in_mention(tok):
                out.append(Candidate(tok, None, "inside an actor mention"))
                continue
            if _month_name(graph, tok):
                out.append(Candidate(tok, None, f"'{tok.text}' capitalised inside a sentence: the month"))
                continue
            entry, reason = match_noun(graph, tok, lexicon, noun_lemma)
            out.append(Candidate(tok, entry, reason, light_verb_of(graph, tok, cues) if entry else None))
    return _one_noun_per_light_verb(graph, out)


def _slug_word(graph: SentenceGraph, tok: Token) -> bool:
    """A capitalised word joined by a hyphen to another ("TURKEY-BOMBING ANKARA, Turkey -- A
    suspected Kurdish rebel ..."): a wire story's slug, a filing label, not a headline or a
    sentence."""
    if not (tok.text.isupper() and len(tok.text) >= 3):
        return False
    for step in (-1, 1):
        hyphen, other = graph.by_i.get(tok.i + step), graph.by_i.get(tok.i + 2 * step)
        if hyphen is None or other is None or hyphen.text != "-" or not (other.text.isupper() and len(other.text) >= 2):
            continue
        left, right = (other, tok) if step < 0 else (tok, other)
        if left.end_char == hyphen.start_char and hyphen.end_char == right.start_char:
            return True  # the hyphen touches both words
    return False


def _month_name(graph: SentenceGraph, tok: Token) -> bool:
    """A month's name written with its capital inside a sentence, before a day's number or after a
    preposition of time ("captured in a March 1 raid", "in March"): the date, not a march (a named
    march keeps its event: "the so-called March-to-Justice")."""
    if not (tok.text[:1].isupper() and tok.text.lower() in MONTH_NAMES) or graph.sent.tokens[0].i == tok.i:
        return False
    after, before = graph.by_i.get(tok.i + 1), graph.by_i.get(tok.i - 1)
    return (after is not None and after.pos == "NUM") or (before is not None and before.text.lower() in DATE_CUE_WORDS)



def _attribute_participle(graph: SentenceGraph, tok: Token, cues: Cues, *, lemma: str | None = None) -> bool:
    """A participle that describes the noun it modifies rather than reporting an act: a hyphenated
    compound before the noun ("the Israeli-backed militia", "a US-led coalition"), or a stative
    participle after it with no auxiliary ("troops allied with the government", "rebels backed by
    Rwanda"; ``attribute_participles`` in cues.yaml), also when a headline fragment made the noun
    its subject ("Troops allied with the government"), or the noun hung on it as a compound
    ("Palestinian police allied to moderate leader Mahmoud Abbas"). ``lemma``: the lexicon's lemma
    of the word, where the lemmatiser left the form as it is ("allied")."""
    head = graph.head(tok)
    participle = tok.tag in ("VBN", "VBG", "VBD") or (tok.tag == "JJ" and tok.text.lower().endswith("ed"))
    if head is None or not participle:
        return False
    before = graph.by_i.get(tok.i - 1)
    if (base(tok) in ("amod", "compound") and tok.i < head.i and head.pos in ("NOUN", "PROPN")
            and before is not None and before.text in ("-", "–") and all(k.i < tok.i for k in graph.children(tok))):
        return True
    if not {tok.lemma.lower(), (lemma or "").lower()} & cues.attribute_participles \
            or graph.children(tok, "aux", "aux:pass", "obj"):
        return False
    if base(tok) == "acl" and ud(tok) != "acl:relcl" and head.pos in ("NOUN", "PROPN") and head.i < tok.i:
        return True
    if tok.tag in ("VBN", "JJ") and any(k.i == tok.i - 1 and base(k) == "compound" and k.pos in ("NOUN", "PROPN")
                                for k in graph.children(tok)):
        return True  # "police allied to ...", the noun hung on the participle
    subjects = graph.children(tok, "nsubj")
    # a verbless headline fragment: "Troops allied with X" (the participle, not a finite verb, of a plural noun)
    return (bool(subjects) and base(tok) in ("parataxis", "root") and tok.tag == "VBN"
            and subjects[0].tag == "NNS" and graph.by_i.get(subjects[0].i + 1) is tok)


def _so_called(graph: SentenceGraph, tok: Token) -> bool:
    """ "the so-called no-fly zone": "called" after "so" names a thing, it is no call."""
    if tok.lemma.lower() != "call":
        return False
    if any(k.lemma.lower() == "so" for k in graph.children(tok, "advmod")):
        return True
    words = [graph.by_i.get(tok.i - n) for n in (1, 2)]
    return (words[0] is not None and words[0].lemma.lower() == "so") or (
        words[0] is not None and words[1] is not None and words[0].text in ("-", "–") and words[1].lemma.lower() == "so")


def one_event_per_object(drafts: list, candidates: list[Candidate]) -> list:
    """ "opened fraud investigations", "imposed an embargo": a verb entry that requires its object
    noun ("v.open_investigation" names "investigation") and the noun's own entry tell one
    happening. The verb's drafts stay (the noun joins their evidence) unless only the noun's found
    a recipient. ``drafts``: drafts.Draft records (trigger, recipient, evidence, reasons)."""
    verbs = {c.token.i: c for c in candidates if c.entry is not None and c.entry.pos == "verb" and c.entry.objects}
    drop: set[int] = set()
    for noun in candidates:
        verb = verbs.get(noun.light_verb.i) if noun.light_verb is not None and noun.entry is not None else None
        if verb is None or noun.token.lemma.lower() not in verb.entry.objects:
            continue
        by_noun = [d for d in drafts if d.trigger.i == noun.token.i]
        by_verb = [d for d in drafts if d.trigger.i == verb.token.i]
        if not by_noun or not by_verb:
            continue
        if any(d.recipient for d in by_noun) and not any(d.recipient for d in by_verb):
            drop.add(verb.token.i)
            continue
        drop.add(noun.token.i)
        for draft in by_verb:
            draft.evidence = tuple(dict.fromkeys(draft.evidence + (noun.token.text,)))
            draft.reasons.append(f"one event with its object '{noun.token.text}'")
    return [d for d in drafts if d.trigger.i not in drop]


def symmetric_trigger(tok: Token, entry: LexiconEntry, cues: Cues) -> bool:
    """Whether coordinated actors of this trigger act with each other: a noun event ("talks",
    "an agreement") or a symmetric verb (``symmetric_verbs``: meet, talk, negotiate, agree,
    clash); "the U.S. and Britain called/visited" says nothing of each other."""
    return entry.pos != "verb" or tok.lemma.lower() in cues.symmetric_verbs or entry.lemma.lower() in cues.symmetric_verbs


def _prenominal_participle(graph: SentenceGraph, tok: Token) -> bool:
    head = graph.head(tok)
    return (head is not None and base(tok) in ("amod", "compound") and tok.i < head.i
            and head.pos in ("NOUN", "PROPN") and tok.tag in ("VBG", "VBN") and not graph.children(tok))


def looks_nominal(graph: SentenceGraph, tok: Token) -> bool:
    """A noun, or a word the tagger called ADJ/VERB that is used as one ("an offensive",
    "an arms embargo on Libya"): it has a determiner, or follows one or a noun, and has no subject."""
    if tok.pos in NOUN_POS:
        return True
    if tok.pos not in ("ADJ", "VERB") or tok.tag in ("VBD", "VBZ", "VBP", "VBG"):
        return False
    if graph.children(tok, "nsubj", "nsubj:pass", "aux"):
        return False
    if graph.children(tok, "det"):
        return True
    previous = graph.by_i.get(tok.i - 1)
    if previous is None:
        return False
    if previous.pos == "DET" or previous.lemma in ("'s", "’s"):
        return True
    following = graph.by_i.get(tok.i + 1)
    return previous.pos == "NOUN" and following is not None and following.pos == "ADP"


#: Prepositions of time: their noun is a happening before or after the verb's, not its phrase.
_TIME_PREPS = frozenset({"since", "after", "before", "following", "until", "till"})
#: Phrase verbs of a response, whose event is only their "with" phrase ("Israel responded with
#: tank-mounted machine gun fire"): "responding to a call" answers another's act.
RESPONSE_VERBS = frozenset({"respond", "retaliate", "reply", "react"})


def light_verb_of(graph: SentenceGraph, tok: Token, cues: Cues) -> Token | None:
    """The light verb whose object is this nominal event ("imposed" in "imposed an arms embargo"),
    looking through a mis-attached noun-noun compound."""
    cur = tok
    for _ in range(2):
        head = graph.head(cur)
        if head is None:
            return None
        if (cur is tok and base(cur) == "obl" and head.lemma.lower() in cues.phrase_verbs
                and head.pos in ("VERB", "AUX") and not graph.child_lemmas(cur, "case") & _TIME_PREPS
                and not (head.lemma.lower() in RESPONSE_VERBS and "with" not in graph.child_lemmas(cur, "case"))):
            # "went on strike", "remained on high alert", "took to the streets"; not "have kept the
            # peace there since the 1995 truce", an earlier happening of its own
            return head
        if _is_light_verb(head, cues) and head.pos in ("VERB", "AUX") \
                and f"{head.lemma.lower()} {graph.particle(head)}" not in cues.non_light_phrasals:
            if ud(cur) in ("obj", "nsubj:pass"):
                return head
            # A noun-noun compound the parser split into object + xcomp ("imposed an arms|embargo").
            previous = graph.by_i.get(cur.i - 1)
            if (ud(cur) == "xcomp" and cur.pos == "NOUN" and previous is not None
                    and ud(previous) == "obj" and graph.head(previous) is head):
                return head
        if base(cur) in ("compound", "acl", "amod", "flat") and head.pos in ("NOUN", "PROPN") and abs(head.i - cur.i) == 1:
            cur = head
            continue
        return None
    return None


def _is_light_verb(tok: Token, cues: Cues) -> bool:
    """A light verb by its lemma, or by its surface form read as a regular inflection of one
    (a lemmatizer slip: "staged" left as its own lemma, "reimposed" cut to "reimpos")."""
    lemma = tok.lemma.lower()
    if lemma in cues.light_verbs:
        return True
    text = tok.text.lower()
    return text.startswith(lemma) and tok.tag in ("VBD", "VBN", "VBZ", "VBG") and text in cues.light_verb_forms


def _one_noun_per_light_verb(graph: SentenceGraph, candidates: list[Candidate]) -> list[Candidate]:
    """A light verb carries one nominal event: the head of the noun phrase when another trigger
    noun only modifies it ("held war games": the games, not the war), else the nearest one."""
    owner: dict[int, Candidate] = {}
    for cand in candidates:
        if cand.light_verb is not None and cand.entry is not None:
            best = owner.get(cand.light_verb.i)
            if best is None or _modifies(graph, best.token, cand.token) or (
                    not _modifies(graph, cand.token, best.token)
                    and abs(cand.token.i - cand.light_verb.i) < abs(best.token.i - cand.light_verb.i)):
                owner[cand.light_verb.i] = cand
    out = []
    for cand in candidates:
        if cand.light_verb is not None and owner.get(cand.light_verb.i) is not cand:
            cand = Candidate(cand.token, cand.entry, cand.reason, None)
        out.append(cand)
    return out


def _modifies(graph: SentenceGraph, modifier: Token, head: Token) -> bool:
    """Whether ``modifier`` is a noun or adjective modifier inside ``head``'s phrase, before it
    ("war" in "war games", "hunger" in "hunger strike")."""
    cur = modifier
    for _ in range(2):
        if base(cur) not in ("compound", "amod", "flat") or cur.i > head.i:
            return False
        cur = graph.head(cur)
        if cur is None:
            return False
        if cur is head:
            return True
    return False


GERUND_COMPLEMENT_PREPS = frozenset({"of", "for", "with", "over", "about", "against"})
_SUBORDINATE_DEPS = ("xcomp", "ccomp", "obj", "iobj", "obl", "nmod", "acl", "advcl", "nsubj:pass", "pobj", "prep",
                     "csubj", "amod", "compound")


def governing_trigger(graph: SentenceGraph, tok: Token, triggers: set[int],
                      clausal: set[int] | None = None, *, attacks: frozenset[int] | set[int] = frozenset()
                      ) -> Token | None:
    """The coded trigger this one is subordinate to ("called for the withdrawal", "threatened to
    attack", "launched an offensive to seize"), or None when it heads its own clause. A finite
    clause with its own subject is subordinate only to triggers that take clauses (``clausal``:
    requests, accusations, threats, promises, refusals). ``attacks``: the attack triggers an
    attack trigger's outcome participle belongs to (``outcome_of``)."""
    clausal = triggers if clausal is None else clausal
    outcome = outcome_of(graph, tok, attacks)
    if outcome is not None:
        return outcome
    cur = tok
    for _ in range(10):
        head = graph.head(cur)
        if head is None:
            return None
        dep = ud(cur)
        if base(cur) in ("conj", "parataxis", "root") or dep == "acl:relcl":
            return None
        if base(cur) == "advcl" and "to" not in graph.child_lemmas(cur, "mark", "aux"):
            # "accused the US of violating", "praised for helping": a gerund complement of a
            # clausal trigger is what was alleged or praised, not an event of its own
            marks = graph.child_lemmas(cur, "mark", "case")
            if not (marks & GERUND_COMPLEMENT_PREPS and cur.tag == "VBG" and head.i in clausal):
                return None
        if dep not in _SUBORDINATE_DEPS and base(cur) not in _SUBORDINATE_DEPS:
            return None
        if base(cur) in ("obl", "nmod") and "since" in graph.child_lemmas(cur, "case"):
            return None  # "have been patrolling the Gulf since the Iraqi invasion of Kuwait": an earlier event
        if base(cur) == "nmod" and head.pos == "NOUN" and head.lemma.lower() in load_role_cues().sequel_nouns:
            return None  # "destroyed a factory in the wake of a suicide bombing": an earlier event
        if (base(cur) == "acl" and cur.tag == "VBG" and head.pos in ("NOUN", "PROPN")
                and head.i not in triggers and not graph.children(cur, "mark")):
            return None  # "disperse demonstrators protesting election results": the noun's own act
        if base(cur) == "ccomp" and head.i not in triggers:
            # "reiterated its demand today that Israel ease ...": the clause is the demand's content
            owner = [n for n in graph.children(head, "obj", "obl") if n.i in clausal and cur in graph.content_clauses(n)]
            if owner:
                return owner[0]
        if head.i in triggers:
            own_subject = bool(graph.children(cur, "nsubj", "nsubj:pass"))
            if base(cur) == "ccomp" and own_subject and head.i not in clausal:
                return None
            return head
        cur = head
    return None


def outcome_of(graph: SentenceGraph, tok: Token, attacks: frozenset[int] | set[int]) -> Token | None:
    """The attack whose outcome or aim a participle clause tells ("detonated two bombs, killing 19
    people, wounding 66", "bombed targets, apparently targeting the house"): a gerund adverbial
    clause with no subordinator and no subject of its own (or a conjunct of one), under an attack
    trigger (``attacks``: filled only when ``tok`` is an attack trigger itself). One happening."""
    cur = tok
    for _ in range(3):
        # a past form joined to an outcome participle is one too: "killing one and injured two"
        slip = cur is tok and cur.tag in ("VBD", "VBN") and base(cur) == "conj" and graph.head(cur) is not None \
            and graph.head(cur).tag == "VBG" and not graph.children(cur, "aux", "aux:pass")
        if cur.tag != "VBG" and not slip or graph.children(cur, "mark", "nsubj", "nsubj:pass"):
            return None
        head = graph.head(cur)
        if head is None:
            return None
        if base(cur) == "advcl" and head.i in attacks:
            return head
        if base(cur) == "advcl" and head.lemma.lower() in bundled_cues().reporting_verbs:
            # '"A car bomb detonated inside a market ..., killing at least 14," a source told
            # Xinhua': the participle of the quotation hung on the reporting verb is the attack's
            reported = [k for k in [graph.head(head), *graph.children(head, "ccomp")] if k is not None and k.i in attacks]
            if reported:
                return reported[0]
        if base(cur) == "advcl" and head.tag == "VBG" and base(head) == "acl":
            # "detonated a powerful bomb among Israelis waiting outside a seaside nightclub ...,
            # killing four Israelis": hung on the participle of the attack's phrase
            phrase = graph.head(head)
            attack = graph.head(phrase) if phrase is not None else None
            if attack is not None and attack.i in attacks and phrase.pos in ("NOUN", "PROPN"):
                return attack
        if base(cur) not in ("conj", "advcl") or head.tag != "VBG":
            return None
        cur = head  # "killing 19, wounding 66": the second participle hangs on the first
    return None
