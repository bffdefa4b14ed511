"""Fallbacks for a role the trigger's own dependents leave empty: the target named in a
purpose clause ("sent troops to help Y"), in the complement of a demand, threat or promise
("demanded that the US cancel ..."), in a prepositional phrase inside an argument, in the
condition of a threat ("... unless Israel rescinded"), the source of an attack that names
no attacker (the agent of an attack noun as the subject, an attacker one of its phrases names,
else an unnamed actor of the country where it happened) and of an agentless arrest or deportation (the police of the country where
it happened). Each names itself in the role's path (provenance); ``rules.fallback_recipients``
applies them in order.
"""
from __future__ import annotations

from typing import Callable

from ..english_words import FOREIGN_MISSION_WORDS, PASSING_VERBS
from ..model import Actor, Mention, Provenance, Token
from .lexicon import Cues, Lexicon, bundled_noun_lemmas
from .role_cues import listed, load_role_cues
from .roles import (CIRCUMSTANCE_MARKS, DEMAND_VERBS, LOCATIVE_NOUNS, PLACE_PATH, PLACE_PREPS, PROTEST_PLACE_PREPS,
                    aftermath_verb, country_name, demanded_of, freed_of, located_at, noun_roles, of_a_place,
                    place_recipients, roles_of, same_clause_conjuncts, sector_roles, street_name, whose_not_where)
from .syntax import (ANAPHORIC_PRONOUNS, Role, SentenceGraph, base, below_country, possessive_pronoun, resolved,
                     result_adjectives, ud)
from .triggers import match_verb


def purpose_recipients(graph: SentenceGraph, pred: Token, *, cues: Cues | None = None,
                       lexicon: Lexicon | None = None, hostile: bool = False, phrases: bool = True,
                       attack: bool = False) -> list[Role]:
    """Objects of a purpose clause ("to seize X") under the predicate, found anywhere in its
    clause (parsers often hang the clause on an adverb, or on the object: "sent troops to help
    Y"); not of a demand ("to demand ..."). With ``cues``, a purpose clause without a named
    object gives the object of its recipient preposition ("opened the bridge to allow the
    delivery of grain to Afghanistan"). ``hostile``: the act is material conflict, whose target
    is never the one it is done "in support of" ("launch attacks in support of rebel Serbs in
    Bosnia": those are its allies). ``phrases=False``: not the prepositional objects of a purpose
    clause that names no object (a protest's: "protested against the project to export natural gas
    to Mexico" sends the gas there), unless the clause's verb is itself one of protesting.
    ``attack``: the act is an attack, and an attack noun's target in its "in" phrase is its own."""
    types = EXPRESSIVE_TYPES - {"SUPPORT"} if hostile else EXPRESSIVE_TYPES
    if attack:  # "killing 16 people in the deadliest strike against U.S. forces": the attack's own
        types = types | {"ASSAULT"}  # phrase names its target, as a protest's "in protest at" does
    todo, roles = list(graph.children(pred)), []
    while todo:
        tok = todo.pop(0)
        if base(tok) in ("conj", "parataxis", "ccomp") or (base(tok) == "acl" and not _purpose_of_object(
                graph, tok, pred, cues, lexicon)):
            continue
        if base(tok) in ("advcl", "acl") and graph.children(tok, "nsubj", "nsubj:pass"):
            continue  # "resigned as the opposition threatened to storm ...": another actor's clause
        if base(tok) == "advcl" and graph.child_lemmas(tok, "mark", "advmod") & TIME_MARKS:
            continue  # "captured ... while trying to flee Somalia": what the one taken was doing then
        if base(tok) in ("xcomp", "advcl", "acl") and "to" in graph.child_lemmas(tok, "mark", "aux"):
            if tok.lemma.lower() in DEMAND_VERBS:
                continue
            objs = graph.nearest_objects(tok)
            found = [r for obj in objs for r in expressed_recipients(graph, obj, tok, cues=cues, lexicon=lexicon,
                                                                     types=types)]
            found = found or roles_of(graph, objs, f"object of purpose clause '{tok.text}'")
            # a protest's own purpose clause of protesting ("demonstrated ... to protest against
            # Sharon's plan") says whom it is against by its phrases too
            protesting = lexicon is not None and any(e.event_type == "PROTEST" for e in lexicon.candidates("verb", tok.lemma))
            if not found and protesting:  # "to protest what they called the 'genocide' perpetrated by Israeli forces"
                found = _protested_agents(graph, tok)
            if not found and cues is not None and base(tok) != "xcomp" and (  # an xcomp: the caller's
                    phrases or protesting):
                preps = set(cues.recipient_preps) - {"by"}
                toks = [o for p, o in graph.prep_objects(tok) if p in preps]
                toks += [o for obj in graph.children(tok, "obj", "iobj") for p, o in graph.prep_objects(obj) if p in preps]
                found = roles_of(graph, toks, f"prepositional object in purpose clause '{tok.text}'")
                if not found:  # "to allow the delivery of 1,000 tons of grain to Afghanistan"
                    found = nested_recipients(graph, tok, frozenset(preps), depth=2)
            roles.extend(found)
            continue
        if base(tok) in ("obl", "nmod") and "in" in graph.child_lemmas(tok, "case") \
                and (graph.head(tok) == pred or graph.head(graph.head(tok)) == pred):
            # "began a hunger strike in protest at the government's refusal", "in solidarity with"
            found = expressed_recipients(graph, tok, None, cues=cues, lexicon=lexicon, extra=("of",), types=types)
            if found:
                roles.extend(found)
                continue
        todo.extend(graph.children(tok))
    return roles


def _protested_agents(graph: SentenceGraph, clause: Token) -> list[Role]:
    """Who did what a purpose clause of protesting is about: the "by" agent of a participle or
    an event noun inside it, up to six words down ("marched in Sanaa to protest what they called
    the 'genocide' perpetrated by Israeli forces": Israel, not the marchers' own government)."""
    for layer in _layers_below(graph, clause, depth=6):
        agents = [k for k in layer if base(k) in ("obl", "nmod") and "by" in graph.child_lemmas(k, "case")]
        roles = roles_of(graph, agents, f"agent of what the clause '{clause.text}' protests")
        if roles:
            return roles
    return []


def _layers_below(graph: SentenceGraph, tok: Token, *, depth: int, deps: tuple[str, ...] = (),
                  skip: frozenset[str] = frozenset()) -> list[list[Token]]:
    """The words below ``tok``, one list per level, ``depth`` levels down (nearest first); with
    ``deps``, through those labels only; never through a label in ``skip``."""
    layers, layer = [], [tok]
    for _ in range(depth):
        layer = [k for t in layer for k in graph.children(t, *deps) if base(k) not in skip]
        if not layer:
            break
        layers.append(layer)
    return layers


#: Subordinators of a clause of time: a purpose clause inside it is not the act's purpose.
TIME_MARKS = CIRCUMSTANCE_MARKS | {"after", "before", "since", "until", "once"}


#: Types of an event noun that says what an act expressed ("to show their disapproval for",
#: "in protest at", "in solidarity with", "in support of"): its own target is the act's.
EXPRESSIVE_TYPES = frozenset({"PROTEST", "ACCUSE", "SUPPORT", "REJECT"})


def expressed_recipients(graph: SentenceGraph, noun: Token, clause: Token | None, *, cues: Cues | None,
                         lexicon: Lexicon | None, extra: tuple[str, ...] = (),
                         types: frozenset[str] = EXPRESSIVE_TYPES) -> list[Role]:
    """The target of an act named by the event noun that says what the act expressed: the
    object of a purpose clause ("blocked a road to show their disapproval for the United States'
    policies") or an "in" phrase ("a hunger strike in protest of the Russian government's
    refusal", ``extra`` prepositions allowed there: "in support of"). The noun's recipient phrase
    is read with its entry's prepositions and the default ones, also where the parser hung it on
    the clause's verb ("show ... for the United States' policies")."""
    if cues is None or lexicon is None or graph.mention_of(noun) is not None:
        return []
    # the entries the noun's modifiers allow, the most specific first: "in an air strike" is an
    # attack (``n.strike_military``), not a labour strike said to express something
    modifiers = {k.lemma.lower() for k in graph.children(noun, "amod", "compound")}
    fitting = [e for e in lexicon.candidates("noun", noun.lemma) if not e.objects or modifiers & set(e.objects)]
    fitting = [e for e in fitting if e.objects] or fitting
    entries = [e for e in fitting if e.event_type in types]
    if not entries:
        return []
    if all(e.event_type == "ASSAULT" for e in entries):
        extra = ()  # "in protest of X" names X; "in a campaign of US action" no target
    preps = (set(cues.recipient_preps) | set(extra) | {p for e in entries for p in e.recipient_preps or ()}) - {"by"}
    toks = [o for p, o in graph.prep_objects(noun) if p in preps]
    if clause is not None:
        toks += [o for p, o in graph.prep_objects(clause) if p in preps]
    where = f"purpose clause '{clause.text}'" if clause is not None else f"'in {noun.text}' phrase"
    return roles_of(graph, toks, f"target of the event noun '{noun.text}' ({entries[0].event_type}) in the {where}")


def _purpose_of_object(graph: SentenceGraph, clause: Token, pred: Token, cues: Cues | None,
                       lexicon: Lexicon | None) -> bool:
    """An infinitive on the predicate's object (or, misattached, on its oblique: "opened the
    bridge after four years to allow ...") says why the thing was sent or done ("sent troops to
    help Y", "deployed forces to fight Iraq"), unless the object is itself a plan,
    call or other event noun whose content the clause gives ("rejected a plan to attack Iraq")."""
    head = graph.head(clause)
    if head is None or graph.head(head) != pred or base(head) not in ("obj", "obl") or cues is None:
        return False
    if "to" not in graph.child_lemmas(clause, "mark", "aux"):
        return False
    lemma = head.lemma.lower()
    if lemma in cues.proposal_nouns or lemma in cues.message_nouns:
        return False
    return not (lexicon is not None and lexicon.candidates("noun", lemma))


def complement_recipients(graph: SentenceGraph, pred: Token, cues: Cues, lexicon: Lexicon | None = None, *,
                          place: bool = True, accusation: bool = False) -> list[Role]:
    """The target of a demand, promise, threat, refusal or accusation named in its complement:
    the subject of a "that" clause ("demanded that the US cancel ..."), else the object or a
    recipient preposition's object of a "to" clause ("threatened to break relations with Russia",
    "promised to continue aid to Mozambique")."""
    kids = graph.children(pred, "ccomp", "xcomp", "acl")
    if pred.pos in ("NOUN", "PROPN"):  # "its demand that Israel ease ...", wherever the parser hung the clause
        kids += [k for k in graph.content_clauses(pred) if k not in kids]
    kids += [k for k in graph.children(pred, "advcl") if "to" in graph.child_lemmas(k, "mark", "aux")]
    for kid in kids:
        subjects = [k for k in graph.children(kid, "nsubj", "nsubj:pass") if k.lemma.lower() not in ANAPHORIC_PRONOUNS
                    and not any(possessive_pronoun(p) for p in graph.children(k, "nmod:poss"))]
        if base(kid) == "ccomp" and kid.pos == "ADJ":
            # "warned that his troops were poised to resume an offensive on insurgents": his own
            # troops are no target (above), and the clause under the adjective says what they would do
            kid = next((x for x in graph.children(kid, "xcomp") if x.pos == "VERB"), kid)
        if base(kid) == "ccomp" and not subjects and kid.pos in ("NOUN", "PROPN"):
            roles = clause_opening_actor(graph, kid)  # "demanded that the US cancel plans", verb read as a noun
            if roles:
                return roles
        if base(kid) == "ccomp" and subjects:
            roles = roles_of(graph, subjects, f"subject of the complement '{kid.text}'")
            if roles:
                return roles
        if accusation and base(kid) == "ccomp" and kid.pos == "VERB" and graph.children(kid, "nsubj", "nsubj:pass"):
            # "alleges that he is linked to the deaths of Israelis": the clause's subject, a pronoun
            # here, is the one alleged against; the phrases inside the clause are not
            continue
        if base(kid) in ("xcomp", "acl", "ccomp", "advcl") and kid.pos == "VERB":
            objs = graph.nearest_objects(kid)
            roles = roles_of(graph, objs, f"object of the complement '{kid.text}'")
            if not roles:
                preps = set(cues.recipient_preps)
                for entry in lexicon.candidates("verb", kid.lemma) if lexicon is not None else ():
                    preps |= set(entry.recipient_preps or ())  # "agreed to provide aid for Romania"
                toks = [o for p, o in graph.prep_objects(kid) if p in preps]
                toks += [o for obj in objs for p, o in graph.prep_objects(obj) if p in preps]
                roles = roles_of(graph, toks, f"prepositional object in the complement '{kid.text}'")
            if not roles:  # "agreed to provide about 70 million dollars of aid for Romania"
                roles = nested_recipients(graph, kid, frozenset(preps) - {"by"}, depth=2)
            if not roles:  # "refused to try to meet X": the object of a clause nested in the complement
                roles = nested_complement_objects(graph, kid)
            if not roles and place:  # "threatened to ban voting in East Jerusalem"
                roles = place_recipients(graph, kid)
            if roles:
                return roles
    return []


def nested_complement_objects(graph: SentenceGraph, clause: Token) -> list[Role]:
    """The object of a subjectless verb inside a complement, which shares the complement's
    subject: "threatened to begin to impose sanctions on X", and "refused to meet Jordan's
    visiting King Abdullah" (the participle read as a clause of its own)."""
    for sub in graph.children(clause, "xcomp", "ccomp"):
        if sub.pos != "VERB" or graph.children(sub, "nsubj", "nsubj:pass", "mark"):
            continue
        roles = roles_of(graph, graph.nearest_objects(sub), f"object of '{sub.text}' inside the complement '{clause.text}'")
        if roles:
            return roles
    return []


def clause_opening_actor(graph: SentenceGraph, clause: Token) -> list[Role]:
    """Parse repair for a "that" clause whose verb the parser read as a noun ("demanded that
    the US cancel plans" parsed as the noun phrase "US cancel plans"): the named actor that
    opens the clause, right after "that", is its subject."""
    marks = [k for k in graph.children(clause, "mark") if k.lemma.lower() == "that"]
    if not marks:
        return []
    for i in range(marks[0].i + 1, clause.i):
        tok = graph.by_i.get(i)
        if tok is None or tok.pos in ("VERB", "AUX", "ADP", "PUNCT", "SCONJ", "CCONJ"):
            return []
        mention = graph.mention_of(tok)
        if mention is not None and resolved(mention):
            return [Role(mention, tok, f"named actor opening the 'that' clause of '{clause.text}' "
                                       "(parse repair: its verb read as a noun)")]
    return []


#: Dependencies followed down from a predicate to the noun phrases of its arguments.
_ARGUMENT_DEPS = ("obj", "iobj", "obl", "nmod")
#: Prepositions of time and circumstance: their phrase says when or amid what, and names no
#: target ("reimposed blockades ... following the shooting deaths of two Israelis"), except the
#: other side of talks or clashes it names with "with" ("called off a strike after deliberations
#: with the government").
_CIRCUMSTANCE_PREPS = frozenset({"after", "before", "following", "since", "during", "amid", "amidst", "until"})
_COUNTERPART_PREPS = frozenset({"with"})


def nested_recipients(graph: SentenceGraph, pred: Token, preps: frozenset[str], *, depth: int = 3) -> list[Role]:
    """A target named in a prepositional phrase inside an argument of the predicate, nearest
    first: "mobilized reservists for a possible war against Iraq", "launched rocket fire
    against Kampuchean guerrilla camps", "to impose import restrictions against German goods".
    Only noun phrases are followed (objects, obliques and their modifiers), never clauses, nor
    the inside of a communication ("in a letter to the Secretary-General": its addressee)."""
    addressed = load_role_cues().communication_nouns  # "in a letter to X": X is addressed, not the target
    layer = [c for k in graph.children(pred, *_ARGUMENT_DEPS) if ud(k) != "nmod:poss" for c in graph.conjuncts(k)]
    for level in range(depth):
        layer = [tok for tok in layer if tok.lemma.lower() not in addressed]
        # "in the wake of the bombing at an Italian base": what came before is no target either, nor
        # what it answers ("in retaliation for US military action against Afghanistan")
        circumstance = {tok.i for tok in layer
                        if {k.text.lower() for k in graph.children(tok, "case")} & _CIRCUMSTANCE_PREPS
                        or tok.lemma.lower() in load_role_cues().sequel_nouns
                        or (tok.lemma.lower() in load_role_cues().motive_nouns and not graph.children(tok, "det"))}
        for tok in layer:
            allowed = preps & _COUNTERPART_PREPS if tok.i in circumstance else preps
            # "demanded hundreds of Palestinian prisoners": the "of" of a quantity is what it counts
            # "captured the alleged mastermind of a shooting attack on an Israeli kibbutz": the
            # target of an attack someone is "of" is that attack's, not the predicate's
            told_of = tok.lemma.lower() in bundled_noun_lemmas("ASSAULT") and "of" in graph.child_lemmas(tok, "case")
            pairs = [(p, o) for p, o in graph.prep_objects(tok) if p in allowed and not located_at(tok, p)
                     and not (p == "of" and (tok.pos == "NUM" or tok.lemma.lower() in QUANTITY_NOUNS))
                     and not (told_of and p in ("on", "against", "upon"))
                     # "captured by Pakistani authorities on the Afghan border": where, not whom
                     and not (p in ("on", "at", "along", "near") and o.lemma.lower() in LOCATIVE_NOUNS)
                     # "captured Kasumbalesa on the border with Zambia": the neighbour, not the target
                     and not (p == "with" and tok.lemma.lower() in BORDER_NOUNS)]
            # "demanded the release of 30 Palestinian prisoners held by Israel": whoever holds them is
            # asked, not they; "the expulsion of the Israeli ambassador" is asked of the speakers' own
            # government, which no phrase names (:func:`.roles.freed_of`)
            toks = [a for p, o in pairs if freed_of(tok, p) for v in graph.children(o, "acl") if v.tag == "VBN"
                    for q, a in graph.prep_objects(v) if q == "by"] + [o for p, o in pairs if not freed_of(tok, p)]
            roles = roles_of(graph, toks, f"prepositional phrase inside '{tok.text}' (depth {level + 1})")
            if roles:
                return roles
        layer = [k for tok in layer if tok.i not in circumstance for k in graph.children(tok, "nmod", "obl")
                 if ud(k) != "nmod:poss" and not graph.children(k, "mark")]
    return []


#: Nouns of a border, whose "with" phrase names the country on its other side.
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})

#: Nouns of a quantity, whose "of" phrase is what they count ("hundreds of Palestinian prisoners"),
#: never an addressee (round 43).
QUANTITY_NOUNS = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "score", "scores",
                            "million", "millions", "number", "lot", "lots", "handful", "couple", "group",
                            "batch", "pair"})


def condition_recipients(graph: SentenceGraph, pred: Token, cues: Cues) -> list[Role]:
    """The target of a threat is whoever must act to avert it: the subject of its "if" or
    "unless" clause ("threatened to hold a general strike unless Israel rescinded ...",
    "threatened to stop negotiations if the United States goes ahead ...")."""
    layer = [pred]
    for _ in range(3):  # the condition may hang on a clause inside what is threatened
        for clause in [k for head in layer for k in graph.children(head, "advcl")]:
            if not graph.child_lemmas(clause, "mark") & cues.conditional_marks:
                continue
            subjects = [k for k in graph.children(clause, "nsubj", "nsubj:pass")
                        if k.lemma.lower() not in ANAPHORIC_PRONOUNS]
            if clause.pos in ("PROPN", "NOUN"):  # a parse that lost the verb: "if Hamas, which ..., ran"
                subjects = [clause]
            roles = roles_of(graph, subjects, f"subject of the condition '{clause.text}'")
            if roles:
                return roles
        # the clauses below, and a clause of what is threatened, where parsers often hang the
        # condition ("to stop negotiations to reduce weapons if the United States goes ahead")
        layer = [k for head in layer for k in graph.children(head, "xcomp", "ccomp", "advcl")] + \
                [a for head in layer for o in graph.children(head, "obj") for a in graph.children(o, "acl")]
    return []


#: Where an attack with no named attacker happened: its "in" phrases, and "near" ones.
ATTACK_PLACE_PREPS = PLACE_PREPS | {"near", "outside"}


def unnamed_attack(graph: SentenceGraph, pred: Token, lexicon: Lexicon, *,
                   lemma: str | None = None, harmed: list[Role] = (),
                   outcome_harmed: Callable[[], list[Role]] | None = None) -> tuple[list[Role], list[Role]]:
    """The source of an attack that names no attacker, and the place that placed it: a passive
    with no "by" agent ("three civilians have been killed in a car bombing in central Baghdad"),
    a weapon or blast as the subject ("a roadside bombing near Samarra killed one soldier"), or a
    subject that names no one ("a man", "four persons"; with a charge set off, any person of no
    known side: "a driver detonated a belt stuffed with explosives").
    The attacker is an unidentified armed force (sector UAF) of the country where it happened,
    never that country's state. The mention is the place's, marked as inferred in its
    resolution. The place is the target of a violent act that names no one harmed ("a car packed
    with explosives was detonated near the office of a tribal leader in Ramadi"), after an actor
    a weapon went off by. The subject of a charge going off (``blast_verbs``, intransitive) is a
    device whatever the noun ("a car parked near ... detonated"). When the verb's own phrases name
    no place, the sentence's places do if they lie in one country (:func:`sentence_place`).
    A weapon whose owner a name before it gives ("U.S.-led bombing raids"), even one no
    dictionary resolves, has a named attacker: none is inferred. Without a place
    the attacker is an unidentified armed force of no country, and only when the harmed are
    ``harmed`` actors of a known country or sector ("a senior Mexican police officer has been shot
    dead in a border city"), or an actor a weapon went off near ("a roadside bomb detonated near a
    U.S. military patrol", returned as the target): who was harmed makes it a political act,
    where the act alone ("he was shot") could be any crime. The caller passes no ``harmed`` for
    ground taken (CAMEO 192), which harms no one."""
    subjects, _ = graph.subject_tokens(pred)
    if graph.is_passive(pred):  # "was killed Sunday by a mine": the weapon is the agent
        subjects = subjects + [o for p, o in graph.prep_objects(pred) if p == "by"]
    # "another spate of bombings in Baghdad killed 10 more Iraqis": what the run is of
    subjects = subjects + [o for s in subjects if s.lemma.lower() in RUN_NOUNS
                           for p, o in graph.prep_objects(s) if p == "of"]
    cues = load_role_cues()
    # "a car parked near the government building ... detonated": what goes off is the device
    # (intransitive: "the mine-clearing detonated 270" names who set the charges off)
    blast = not graph.is_passive(pred) and {pred.lemma.lower(), lemma} & cues.blast_verbs \
        and not graph.children(pred, "obj")
    weapons = [s for s in subjects if graph.mention_of(s) is None and (s.pos == "NOUN"
               and (listed(s, cues.weapon_nouns) or blast and not listed(s, cues.crowd_nouns | cues.combatant_nouns)
                    or any(e.event_type == "ASSAULT" for e in lexicon.candidates("noun", s.lemma)))
               or blast and s.lemma.lower() == "it")]  # "It detonated near a Sunni mosque": the bomb
    agentless = _agentless_passive(graph, pred)
    # someone of no known side who set a charge off ("A driver detonated a belt stuffed with
    # explosives and killed himself") is as unnamed as ...
    bomber = bool({pred.lemma.lower(), lemma} & cues.blast_verbs) and bool(graph.children(pred, "obj"))
    # ... a subject that says no more than that someone did it ("an 18-year-old man fatally shot
    # eight people"), as a passive's "by two men" does
    anyone = not graph.is_passive(pred) and not weapons and bool(subjects) \
        and all(_anyone(graph, s) or bomber and _unknown_person(graph, s) for s in subjects)
    if not (weapons or agentless or anyone) or not attack_cue(graph, pred, lexicon, lemma=lemma):
        return [], []
    if any((m := graph.mention_of(k)) is not None and m.kind != "location"
           for w in weapons for k in graph.children(w, "compound", "amod", "nmod:poss", "nmod")):
        return [], []  # "destroyed by U.S.-led bombing raids": whose the weapon was is named, if not known
    places = place_recipients(graph, pred, preps=ATTACK_PLACE_PREPS, shared=True)
    for weapon in weapons:
        places = places or place_recipients(graph, weapon, preps=ATTACK_PLACE_PREPS)
    agents = [o for p, o in graph.prep_objects(pred) if p == "by"]
    how = f"'{weapons[0].text}' as the {'agent' if weapons[0] in agents else 'subject'}" if weapons \
        else f"'{subjects[0].text}', no one named, as the subject" if anyone else "a passive with no agent"
    # the harmed, if named, are who was shot ("a senior Mexican police officer has been shot
    # dead"), hit ("a roadside bomb killed two soldiers") or where a weapon went off ("a roadside
    # bomb detonated near a U.S. military patrol", "beside an American convoy traveling in Gaza":
    # the target, before the place)
    named = [r for r in harmed if r.path.startswith("nsubj:pass" if agentless else ("nsubj:pass", "obj"))]
    devices = weapons or [s for s in graph.children(pred, "nsubj:pass") if listed(s, cues.weapon_nouns)]
    near = [] if named or not devices else roles_of(graph, [o for p, o in graph.prep_objects(pred) if p in NEAR_PREPS],
                                                   f"what '{devices[0].text}' went off by")
    if devices and not named and not near:  # "detonated ... as a police commando patrol was passing by"
        near = passing_targets(graph, pred)
    # "a roadside bomb targeting a passing police patrol ... exploded": what the device was aimed at
    aimed = [o for device in devices for verb in graph.children(device, "acl") if verb.lemma.lower() in AIM_VERBS
             for o in graph.children(verb, "obj")] if not named else []
    if aimed and not near:
        near = roles_of(graph, aimed, f"what '{devices[0].text}' was aimed at")
    near = [r for r in near if _struck(graph, r)]
    # no place of its own: the attacker is of the country of the sentence's places, if they lie
    # in one, else of none
    placed_how = how
    if not places:
        places, placed_how = sentence_place(graph, pred), f"{how}; the sentence's one country"
    if places:
        attacker, place = placed_attack(places, placed_how)
        return attacker, (near or place)
    # whom its outcome participles harmed count too ("A roadside bomb exploded, killing two U.S.
    # soldiers"), read only here: the outcome's victims become the target later (rules._fold_outcomes)
    struck = named or near or (outcome_harmed() if outcome_harmed is not None and weapons else [])
    attacker = _unplaced_attack(graph, pred, struck, how)
    return attacker, (near if attacker else [])


#: Nouns of a run of like happenings, whose "of" phrase says what they were ("a spate of
#: bombings", "a wave of attacks", "a barrage of rockets").
RUN_NOUNS = frozenset({"spate", "wave", "series", "string", "rash", "round", "volley", "barrage", "salvo",
                       "flurry", "hail", "burst", "chain", "succession", "pair", "double", "twin"})


#: Verbs of what a weapon was aimed at, as a participle on it ("a roadside bomb targeting a police
#: patrol exploded").
AIM_VERBS = frozenset({"target", "aim"})

#: Prepositions of where a weapon that went off was, when the phrase names an actor, not a place.
NEAR_PREPS = frozenset({"near", "outside", "at", "beside", "next to"})


def device_planter(graph: SentenceGraph, pred: Token) -> list[Role]:
    """The source of an attack whose device is its subject and names who set it, in a participle
    on the device ("A bomb planted by PKK militants exploded in Diyarbakir", "a remote-controlled
    bomb planted by militants of the ... PKK was detonated"): that "by" agent, a named or a sector
    actor, never an unnamed attacker of the place."""
    cues = load_role_cues()
    devices = [s for s in graph.children(pred, "nsubj", "nsubj:pass") if listed(s, cues.weapon_nouns)]
    agents = [o for device in devices for verb in graph.children(device, "acl") if verb.tag == "VBN"
              for p, o in graph.prep_objects(verb) if p == "by"]
    how = "who set the device off (the 'by' agent of its participle)"
    return roles_of(graph, agents, how) or sector_roles(graph, agents, how, pred, civilians=False)


def passing_targets(graph: SentenceGraph, pred: Token) -> list[Role]:
    """Whom an attack was set off against: the subject of its clause of when whose verb is of going
    by ("The bomb was detonated by remote control ... when an Israeli patrol was driving along a
    road", "detonated a bomb in his car when an Israeli patrol was passing"), resolved actors only."""
    found: list[Role] = []
    for clause in graph.children(pred, "advcl"):
        if clause.lemma.lower() in PASSING_VERBS and graph.child_lemmas(clause, "mark", "advmod") & CIRCUMSTANCE_MARKS:
            for subject in graph.children(clause, "nsubj"):
                found += graph.phrase_actors(subject,
                                             path=f"who was going by ('{clause.text}') when '{pred.text}' struck")
    return found


def _unplaced_attack(graph: SentenceGraph, pred: Token, harmed: list[Role], how: str) -> list[Role]:
    """An unidentified armed force of no country as the attacker of named, resolved actors
    (not places), on the predicate's words, marked as inferred; nothing when no one named was
    harmed."""
    named = [r for r in harmed if _struck(graph, r)]
    if not named:
        return []
    mention = Mention(start_char=pred.start_char, end_char=pred.end_char, text=pred.text, kind="person",
                      actor=Actor(name="unnamed attacker", code="UAF", sector="UAF", cameo_code="UAF"),
                      sentence=graph.sent.index,
                      resolution=Provenance(stage="events", rule="unnamed-attacker",
                                            reason=f"no attacker named ({how}) and no place: an unidentified "
                                                   f"armed force of no known country", evidence=(pred.text,)))
    return [Role(mention, pred, f"unnamed attacker of '{named[0].mention.text}' ({how}; no place)")]


def _struck(graph: SentenceGraph, role: Role) -> bool:
    """Whether a role names whom an attack struck: a resolved actor, not a place; a country's
    name that says whose the thing is ("near a U.S. patrol") names its owner."""
    return resolved(role.mention) and (role.mention.kind != "location" or whose_not_where(graph, role.token))


def placed_attack(places: list[Role], how: str) -> tuple[list[Role], list[Role]]:
    """An unidentified armed force of the first place's country as the attacker, and that place."""
    return [_placed_actor(places[0], who="attacker", sector="UAF", rule="unnamed-attacker-place", how=how)], places[:1]


def sentence_place(graph: SentenceGraph, pred: Token) -> list[Role]:
    """The place of an attack whose own phrases name none, from anywhere in the sentence, when
    every place the sentence names lies in one country ("a car parked near the government
    building of Kirkuk City ... detonated"; "14 people were killed ... when a bomb tore through a
    bus carrying Iraqis work from Khalis, about 80 kilometers north of Baghdad"): the first of
    them. A country's name that modifies a noun says whose it is ("a US main battle tank was
    severely damaged"), not where, and does not count. The parser hangs such places on the device's description, on a clause of when, or on
    a word it misread; places of two countries say nothing certain, and none, nothing."""
    found: list[tuple[Mention, Token]] = []
    above_pred = _ancestor_ids(graph, pred)
    for tok in graph.sent.tokens:
        mention = graph.mention_of(tok)
        if mention is None or not resolved(mention) or any(mention.start_char == m.start_char for m, _ in found):
            continue
        if mention.kind != "location" and not (country_name(mention) and of_a_place(graph, tok)):
            continue  # (a country's name read as an organisation still places "Jamaica's capital")
        if whose_not_where(graph, tok):
            continue  # "a US main battle tank": whose the thing is, not where it was
        if (mention.actor.country or mention.actor.code) and _where_phrase(graph, tok) \
                and not _aftermath_place(graph, tok) and not _home_place(graph, tok) \
                and _in_clause_line(graph, tok, pred, above_pred):
            found.append((mention, tok))
    if len({m.actor.country or m.actor.code for m, _ in found}) != 1:
        return []
    mention, tok = found[0]
    return [Role(mention, tok, f"{PLACE_PATH} ('{tok.text}', the sentence's one country)")]


#: Prepositions of a phrase that says where something was (:func:`sentence_place`).
WHERE_CASES = frozenset({"in", "inside", "near", "outside", "at", "on", "across", "throughout", "beside", "around",
                         "off", "along", "over", "through", "of"})
#: Nouns of where the harmed were taken after an attack: a place in their phrase is not the attack's.
AFTERMATH_NOUNS = frozenset({"hospital", "clinic", "morgue", "infirmary"})


def _where_phrase(graph: SentenceGraph, tok: Token) -> bool:
    """Whether a place token stands in a phrase of where: its own preposition, or that of the
    phrase it is a name, apposition or conjunct in, is one of ``WHERE_CASES`` ("in the northern
    city of Mosul"); "of" only after a word that names no one ("the coast of Ireland", "south of
    Baghdad", not "the president of Iraq"); a city's name before a noun says where the thing is
    ("a posh Sofia restaurant"; the caller has left out a country's, which says whose). "Those who spy for America", "a
    flight to Paris" say nothing of where."""
    cur = tok
    for _ in range(6):
        cases = graph.child_lemmas(cur, "case") - {"'s", "’s", "'"}  # a possessor: its phrase's
        if cases:
            if {"across", "from"} <= cases:
                return False  # "a border city across from Texas": the other side, not where
            if cases & WHERE_CASES - {"of"}:
                return True
            head = graph.head(cur)
            # (not inside a phrase of no place itself: "rallied against the U.S.-led invasion of Iraq")
            outer = graph.child_lemmas(head, "case") if head is not None else set()
            return "of" in cases and head is not None and (
                graph.mention_of(head) is None or graph.mention_of(head).kind == "location") \
                and (not outer or bool(outer & WHERE_CASES))
        if cur is tok and ud(cur) in ("compound", "amod"):
            # a city's name before a noun ("a central Kiev courthouse"), unless it names a street
            # ("in Palestine street", in Baghdad)
            head = graph.head(cur)  # (a name's part, "Tegucigalpa Radio America", says nothing)
            return head is not None and (head.pos == "NOUN" or head.text[:1].islower()) \
                and not street_name(graph, head)
        head = graph.head(cur)
        if head is None or ud(cur) not in ("flat", "appos", "conj", "compound", "amod", "nmod:poss"):
            return False
        cur = head
    return False


def _in_clause_line(graph: SentenceGraph, tok: Token, pred: Token, above_pred: set[int]) -> bool:
    """Whether the first verb above a place is the predicate, a verb of a clause inside it ("when
    a bomb tore through a bus carrying Iraqis from Khalis"), or a verb it hangs on
    (``above_pred``); not a clause beside it ("100,000 persons who have been murdered ... and
    46,000 who have sought refuge in Mexico"), which may be anywhere, nor one of reported content
    below it."""
    verb = graph.head(tok)
    while verb is not None and verb.pos not in ("VERB", "AUX"):
        verb = graph.head(verb)
    if verb is None:
        return True  # a verbless sentence: the predicate's own
    if verb.i == pred.i or verb.i in above_pred:
        return True
    # a clause inside the predicate's, but not what someone there says or alleges ("was shot days
    # after he appeared on a news show to allege that the Russian government was involved in the
    # poisoning of ... Litvinenko in London"): a place in reported content is not the attack's
    cur = tok
    while cur is not None and cur.i != pred.i:
        if cur.dep in ("ccomp", "csubj"):
            return False
        cur = graph.head(cur)
    return cur is not None


def _ancestor_ids(graph: SentenceGraph, tok: Token) -> set[int]:
    """The indices of the words above ``tok`` up to the root."""
    found: set[int] = set()
    cur = graph.head(tok)
    while cur is not None and cur.i not in found:
        found.add(cur.i)
        cur = graph.head(cur)
    return found


#: Participles of where someone or something belongs ("a brigade based in ... Szczecin"), not
#: where anything happened.
HOME_PARTICIPLES = frozenset({"base", "station", "headquarter", "garrison", "bear", "born", "raise", "register"})
#: Verbs of where a body sits ("where the U.S. military operation is headquartered"): an event noun
#: as their subject names the body, not an act.
SEAT_VERBS = frozenset({"base", "station", "headquarter", "garrison", "locate"})


def participle_lemmas(tok: Token) -> set[str]:
    """The lemma of a past participle, and its text less "-d" and "-ed": the lemmatiser leaves
    "headquartere" for "headquartered"."""
    text = tok.text.lower()
    return {tok.lemma.lower(), text[:-1], text[:-2]}


def _home_place(graph: SentenceGraph, tok: Token) -> bool:
    """Whether a place is where someone or something belongs, under a participle describing a
    noun ("Kupczyk, a major with the 12th Mechanized Brigade based in the Baltic port city of
    Szczecin, was shot during an ambush ... northeast of Karbala")."""
    cur = graph.head(tok)
    while cur is not None:
        if cur.pos == "VERB" and cur.tag == "VBN" and participle_lemmas(cur) & HOME_PARTICIPLES \
                and base(cur) in ("acl", "amod"):
            return True
        if cur.pos == "VERB" and base(cur) not in ("acl", "amod"):
            return False  # a clause of its own: its places may be where
        cur = graph.head(cur)
    return False


def _aftermath_place(graph: SentenceGraph, tok: Token) -> bool:
    """Whether a place says where the harmed were afterwards: under a verb of what became of
    them ("later died in a Paris hospital", "evacuated ... to a hospital in San Juan", "survived
    and made her way to government-held Zenica in central Bosnia") or a hospital noun ("surgery
    at a British military hospital in Basra")."""
    cur = graph.head(tok)
    while cur is not None:
        head = graph.head(cur)
        if cur.lemma.lower() in AFTERMATH_NOUNS and not (head is not None and head.lemma.lower() in NEARNESS_WORDS) \
                or aftermath_verb(graph, cur):
            return True
        cur = head
    return False


#: Words of nearness: a hospital after them is a landmark ("a pharmacy close to the al-Yarmouk
#: Hospital in western Baghdad"), not where the harmed were taken.
NEARNESS_WORDS = frozenset({"close", "near", "next", "opposite", "outside", "beside", "behind"})


#: Words that stand for a noun said just before ("killed an American soldier and wounded
#: another", "arrested one man and questioned two others").
ELIDED_OBJECTS = frozenset({"another", "others"})


def elided_object_recipients(graph: SentenceGraph, pred: Token) -> list[Role]:
    """The recipient of a coordinated verb whose object is an elided noun ("two assailants shot and
    killed an American soldier and wounded another"): the object of the verb it is coordinated
    with, whom "another" or "(two) others" stands for."""
    head = graph.head(pred)
    if head is None or base(pred) != "conj":
        return []
    order = [t.i for t in graph.sent.tokens]
    at = order.index(pred.i)
    following = [graph.by_i[i] for i in order[at + 1:at + 3]]
    if following and following[0].pos == "NUM":
        following = following[1:]
    if not following or following[0].text.lower() not in ELIDED_OBJECTS:
        return []
    # the nearest verb before it in the coordination that has an object ("shot and killed an
    # American soldier and wounded another": the soldier is killed's)
    verbs = sorted([head] + [v for v in graph.children(head, "conj") if v.i < pred.i], key=lambda v: -v.i)
    for verb in verbs:
        objects = graph.children(verb, "obj")
        if objects:
            return roles_of(graph, objects, f"obj of the coordinated '{verb.text}', which "
                                            f"'{following[0].text}' stands for")
    return []


#: Prepositions of where a crowd goes or gathers.
DESTINATION_PREPS = frozenset({"to", "toward", "towards", "on", "outside", "at"})


def protest_demand_target(graph: SentenceGraph, pred: Token) -> list[Role]:
    """Whom a protest's demand is addressed to, when a purpose clause or participle of demanding
    under it says ("demonstrated in Sanaa on Sunday to demand that Germany release the senior
    preacher": Germany, not Yemen; :func:`.roles.demanded_of`). A demand of a thing ("demanding
    the release of detained protesters") names no one here."""
    for clause in graph.children(pred, "advcl", "xcomp"):
        if clause.lemma.lower() in DEMAND_VERBS and not any(graph.is_passive(k) for k in graph.children(clause, "ccomp")):
            # (a passive clause's subject is the one acted on: "demanding that their exiled leader
            # be allowed to return" asks it of the government, not of the leader)
            found = demanded_of(graph, clause)
            if found:
                return found
    # "demonstrated in Tbilisi ... for the withdrawal of Russian troops": whose going is demanded
    going = [o for p, o in graph.prep_objects(pred) if p == "for" and o.lemma.lower() in GOING_NOUNS]
    return roles_of(graph, [o for noun in going for p, o in graph.prep_objects(noun) if p == "of"],
                    "whose going the protest demands ('for the withdrawal of')")


#: Nouns of someone's going, whose "of" phrase names who is to go ("the withdrawal of Russian
#: troops", "the resignation of the president"): demanded in a protest, that one is its target
#: (not so "the release of" or "the return of", which name those acted for).
GOING_NOUNS = frozenset({"withdrawal", "pullout", "pull-out", "departure", "resignation", "ouster", "removal",
                         "exit", "expulsion"})


def mission_destinations(graph: SentenceGraph, pred: Token) -> list[Role]:
    """The country of an embassy or consulate a protest went to, in a verb joined with it ("The
    protesters ... protested along the two major streets ... and then proceeded to the British
    embassy"): a crowd that takes its protest to a foreign mission protests against that
    country. Only a mission whose country is said."""
    toks = [o for verb in [pred] + same_clause_conjuncts(graph, pred) for p, o in graph.prep_objects(verb)
            if p in DESTINATION_PREPS]
    missions = [t for o in toks for t in graph.conjuncts(o) if t.lemma.lower() in FOREIGN_MISSION_WORDS]
    return [Role(r.mention, r.token, f"{r.path} (the foreign mission the protest went to)")
            for r in roles_of(graph, missions, "destination") if resolved(r.mention)]


#: Verbs that say only that a happening took place: with an attack noun as their subject ("The
#: blast occurred under a police car ... in the city of Mersin") the clause reports the attack.
OCCURRENCE_VERBS = frozenset({"occur", "happen"})


def occurred_attack(graph: SentenceGraph, noun: Token, lexicon: Lexicon) -> tuple[list[Role], list[Role]]:
    """The source of an attack noun that is the subject of a verb of occurring and names no
    attacker ("The blast occurred under a police car at an open-air concert ... in the city of
    Mersin"): as :func:`unnamed_attack`, an unidentified armed force of the country where it
    happened, placed by the verb's place phrase; nothing without a place, or when the clause
    names an accident ("a gas blast occurred")."""
    verb = graph.head(noun)
    if verb is None or base(noun) != "nsubj" or verb.lemma.lower() not in OCCURRENCE_VERBS \
            or not attack_cue(graph, verb, lexicon):
        return [], []
    places = place_recipients(graph, verb, preps=ATTACK_PLACE_PREPS) or place_recipients(graph, noun, preps=ATTACK_PLACE_PREPS)
    if not places:
        return [], []
    return placed_attack(places, f"'{noun.text}' as the subject of '{verb.text}'")


def attack_phrase_agent(graph: SentenceGraph, pred: Token, lexicon: Lexicon, cues: Cues,
                        recipients: list[Role]) -> list[Role]:
    """The source of an agentless attack verb named in one of its phrases: the agent of an attack
    noun there ("three soldiers were killed in an attack by Taliban militants", "killed during
    an ambush by FARC guerrillas", "wounded in an Israeli air strike"), else the other side of a
    fight ("two rebels were killed during a clash with government troops": whoever was harmed in
    a clash with X was harmed by X). Read before :func:`unnamed_attack`, so that a named
    attacker is never replaced by an unnamed one of the place. Only for a passive with no agent
    or a weapon as the subject, as that fallback; "between X and Y" names both sides and no one
    attacker, and is left alone. The phrases of the completing adjective ("shot dead in an
    ambush by X") count as the verb's own; failing those, a verb joined with it by "and" in the
    same clause shares its phrases ("three fighters were killed and nine wounded in the ISIS
    attack"), as for the place (:func:`.roles.place_recipients`)."""
    subjects, _ = graph.subject_tokens(pred)
    weapons = load_role_cues().weapon_nouns
    if subjects and not all(graph.mention_of(s) is None and s.pos == "NOUN" and (listed(s, weapons) or any(
            listed(o, weapons) for p, o in graph.prep_objects(s) if p == "of")) for s in subjects):
        return []  # only a weapon ("a string of vehicle bombs"): "the group captured three Israeli
        # soldiers" during "Israel's 1982 invasion of Lebanon" was the group's act
    if not subjects and not _agentless_passive(graph, pred):
        return []
    found = _phrase_agent(graph, pred, lexicon, cues, recipients)
    for verb in same_clause_conjuncts(graph, pred) if not found else ():
        found = [Role(r.mention, r.token, f"{r.path}, shared with the coordinated '{verb.text}'")
                 for r in _phrase_agent(graph, verb, lexicon, cues, recipients)]
        if found:
            break
    return found


#: Subordinators of a clause that tells the attack by which the harm was done ("were killed when
#: a suicide bomber struck a restaurant", "after militants bombed a building").
CAUSE_MARKS = frozenset({"when", "after", "as"})


def cause_clause_agent(graph: SentenceGraph, pred: Token, lexicon: Lexicon, cues: Cues,
                       recipients: list[Role]) -> list[Role]:
    """The source of an agentless harm verb told by a clause of attack hung on it ("nine soldiers
    were killed when ISIS militants hit a checkpoint", "seven civilians were killed after
    militants bombed a building", "were wounded when an Israeli air strike hit the house"): the
    attacker of that clause, its subject (a named or a sector actor), or the agent of an attack
    noun that is its subject. The clause must be an attack (a verb the lexicon codes as ASSAULT
    there, one violent in itself, or one whose object is a weapon or an attack noun: "when a
    militiaman threw a hand grenade", "when unidentified gunmen opened fire") with "when",
    "after" or "as"; a harm verb that names its own
    agent, or a clause of anything else ("killed after he refused to pay"), lends nothing. Only
    for a passive with no agent, as :func:`attack_phrase_agent`; the harmed are never their own
    attacker."""
    if not _agentless_passive(graph, pred):
        return []
    harmed = {r.token.i for r in recipients}
    role_cues = load_role_cues()
    violent, weapons = role_cues.violent_verbs, role_cues.weapon_nouns
    # the clause may hang on a verb joined with this one in the same clause ("nine children were
    # killed and other civilians wounded after a Russian airstrike hit a school")
    clauses = graph.children(pred, "advcl") + [c for v in same_clause_conjuncts(graph, pred)
                                               for c in graph.children(v, "advcl")]
    for clause in clauses:
        subjects = graph.subject_tokens(clause)[0]
        # the subordinator ("when" is an adverb of its clause in UD), or "after" read as a
        # preposition of the clause's subject
        marks = graph.child_lemmas(clause, "mark", "advmod") | {
            k.lemma.lower() for s in subjects if s.i < clause.i for k in graph.children(s, "case") if k.i < s.i}
        if clause.pos != "VERB" or not marks & CAUSE_MARKS:
            continue
        # the attack may be told by a verb joined with the clause's ("when assailants crept into his
        # house ... and stabbed him to death")
        if not any(_attack_clause(graph, verb, lexicon, violent, weapons)
                   for verb in [clause, *same_clause_conjuncts(graph, clause)]) \
                and not _forces_closing_in(graph, clause, subjects, role_cues.combatant_nouns):
            continue
        how = f"attacker of the clause '{clause.text}' that tells how '{pred.text}' was done"
        subjects = [t for t in subjects if t.i not in harmed and not _ridden_into_weapon(graph, t, clause, weapons)]
        found = roles_of(graph, subjects, how) or sector_roles(graph, subjects, how, clause, civilians=False)
        found = found or [Role(r.mention, r.token, f"{how} ({r.path})") for r in attack_noun_agent(graph, clause, lexicon, cues)]
        found = [r for r in found if r.token.i not in harmed]
        if found:
            return found
    return []


#: Vehicles besides craft whose owner, named before them, rides in them ("his car", "Arad's plane").
RIDDEN_NOUNS = frozenset({"car", "vehicle", "truck", "bus", "jeep", "motorcade", "convoy"})


def _ridden_into_weapon(graph: SentenceGraph, subject: Token, clause: Token, weapons: frozenset[str]) -> bool:
    """Whether a clause's subject is a road vehicle that ran into a weapon ("when his vehicle hit a
    roadside bomb", "when their convoy struck a mine"): the harmed rode in it; its owner is no
    attacker. (Not craft: "bombers" are people as often as planes.)"""
    return listed(subject, RIDDEN_NOUNS) and any(listed(o, weapons) for o in graph.children(clause, "obj"))


#: Object pronouns of the one a clause of when acts on ("when army paratroopers closed in on him").
_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def _armed(graph: SentenceGraph, tok: Token, combatants: frozenset[str]) -> bool:
    """Whether a noun names soldiers, police or fighters: a combatant noun, or a military or
    police actor."""
    mention = graph.mention_of(tok)
    sector = mention.actor.sector if mention is not None and mention.actor is not None else None
    return tok.lemma.lower() in combatants or tok.text.lower() in combatants or sector in ("MIL", "COP")


def forces_of_clause(graph: SentenceGraph, pred: Token) -> list[Role]:
    """The captors of a passive capture with no agent that a clause of when names: a state's
    resolved armed forces or police as its subject ("Barghouti ... was captured in a raid in the
    Ramallah area ..., when Israeli forces were in control of several West Bank towns", "was
    arrested when police raided his home"). Read before the unnamed authorities of the place
    (:func:`unnamed_authority`)."""
    if not _agentless_passive(graph, pred):
        return []
    combatants = load_role_cues().combatant_nouns
    # (a copular clause may be hung as an oblique: "when Israeli forces were in control")
    for clause in graph.children(pred, "advcl", "obl"):
        if not graph.child_lemmas(clause, "mark", "advmod") & CIRCUMSTANCE_MARKS:
            continue
        subjects = graph.children(clause, "nsubj")
        if subjects and all(_armed(graph, s, combatants) for s in subjects):
            # a state's forces only: rebels who take people abduct them ("when the Chechen rebels
            # raided the town of Kizlyar"), which an arrest's entry does not say
            how = f"the armed forces of the clause '{clause.text}' of when it happened"
            found = [r for r in roles_of(graph, subjects, how)
                     if r.mention.actor is not None and r.mention.actor.sector in ("MIL", "COP")]
            if found:
                return found
    return []


def _forces_closing_in(graph: SentenceGraph, clause: Token, subjects: list[Token], combatants: frozenset[str]) -> bool:
    """Whether a clause of when tells armed forces acting on the one harmed, named by a pronoun
    ("Kelkal was shot to death ... when army paratroopers closed in on him", "when police tried
    to arrest him"): those forces did the harm. The subject must be soldiers or police (a
    combatant noun, or a military or police actor) and the clause, or a verb under it, must act
    on "him", "her" or "them"."""
    if not subjects or not all(_armed(graph, s, combatants) for s in subjects):
        return False
    verbs = [clause, *graph.children(clause, "xcomp")]
    acted_on = [o for v in verbs for o in graph.children(v, "obj")] + \
        [o for v in verbs for _, o in graph.prep_objects(v)]
    return any(o.text.lower() in _OBJECT_PRONOUNS for o in acted_on)


def _attack_clause(graph: SentenceGraph, verb: Token, lexicon: Lexicon, violent: frozenset[str],
                   weapons: frozenset[str]) -> bool:
    """Whether a verb tells an attack (:func:`cause_clause_agent`): one the lexicon codes as
    ASSAULT, one violent in itself, or one whose object is a weapon or an attack noun ("opened
    fire")."""
    entry, _ = match_verb(graph, verb, lexicon)
    weapon = any({o.lemma.lower(), o.text.lower()} & weapons for o in graph.children(verb, "obj"))
    # "when unidentified gunmen opened fire on a group": an attack noun as the object of a light verb
    attack_object = any(e.event_type == "ASSAULT" for o in graph.children(verb, "obj")
                        for e in lexicon.candidates("noun", o.lemma))
    return (entry is not None and entry.event_type == "ASSAULT") or verb.lemma.lower() in violent or weapon \
        or attack_object


#: Prepositions of a phrase that says why something was done, not in what it was done.
REASON_PREPS = frozenset({"over", "for", "after", "following", "because", "since"})


def _phrase_agent(graph: SentenceGraph, pred: Token, lexicon: Lexicon, cues: Cues,
                  recipients: list[Role]) -> list[Role]:
    """:func:`attack_phrase_agent`'s reading of one verb's own phrases."""
    harmed = {r.token.i for r in recipients}
    clash_nouns = load_role_cues().clash_nouns
    heads = [pred] + result_adjectives(graph, pred)
    layer = [c for h in heads for k in graph.children(h, "obl", "nmod") for c in graph.conjuncts(k)]
    for level in range(2):  # "killed in a string of ambushes by X"
        for noun in layer:
            if noun.pos != "NOUN" or graph.child_lemmas(noun, "case") & REASON_PREPS:
                continue  # "captured in Vienna ... over the Spanish attack": why, not by whom
            if noun.lemma.lower() == "hand" and graph.child_lemmas(noun, "case") == {"at"}:
                # "killed at the hands of the SDF fighters": whose hands did it
                owners = [o for p, o in graph.prep_objects(noun) if p == "of" and o.i not in harmed]
                how = f"whose hands did '{pred.text}' ('at the hands of')"
                found = roles_of(graph, owners, how) or sector_roles(graph, owners, how, pred, civilians=False)
                if found:
                    return found
            entries = [e for e in lexicon.candidates("noun", noun.lemma) if e.event_type == "ASSAULT"]
            if entries:
                actors, _ = noun_roles(graph, noun, entries[0], None, cues)
                if not actors:  # "an Israeli air strike": the nationality on the noun's compound
                    mods = [m for c in graph.children(noun, "compound") for m in graph.children(c, "amod", "compound")]
                    actors = roles_of(graph, [m for m in mods if m.i < noun.i], "modifier of the attack noun's compound")
                actors = actors or _led_by(graph, noun) or _fired_by(graph, noun)
                actors = [a for a in actors if a.token.i not in harmed]
                if actors:
                    return [Role(a.mention, a.token, f"agent of the attack noun '{noun.text}' in a phrase of "
                                                     f"'{pred.text}' ({a.path})") for a in actors]
            elif {noun.lemma.lower(), noun.text.lower()} & load_role_cues().weapon_nouns:
                # "injured under mortar shells fired by the YPG", "killed by a bomb planted by X"
                actors = [a for a in _fired_by(graph, noun) if a.token.i not in harmed]
                if actors:
                    return [Role(a.mention, a.token, f"agent of the weapon '{noun.text}' in a phrase of "
                                                     f"'{pred.text}' ({a.path})") for a in actors]
            if {noun.lemma.lower(), noun.text.lower()} & clash_nouns:
                sides = [o for p, o in graph.prep_objects(noun) if p == "with" and o.i not in harmed]
                how = f"the other side of the '{noun.text}' in which the harm was done"
                found = roles_of(graph, sides, how) or sector_roles(graph, sides, how, pred, civilians=False)
                if found:
                    return found
        layer = [k for noun in layer for k in graph.children(noun, "nmod") if ud(k) != "nmod:poss"]
    return []


def _led_by(graph: SentenceGraph, noun: Token) -> list[Role]:
    """The leader named before "-led" on an attack noun ("the ISIL-led ambush", "a Saudi-led
    coalition air strike"): who led the attack did it."""
    mods = [m for a in graph.children(noun, "amod", "compound") if a.text.lower() == "led" and a.i < noun.i
            for m in graph.children(a, "compound", "obl:npmod", "npadvmod", "nmod", "amod", "obl") if m.i < a.i]
    return roles_of(graph, mods, "leader named on the attack noun ('-led')")


def _fired_by(graph: SentenceGraph, noun: Token) -> list[Role]:
    """The agent of a participle on an attack or weapon noun ("shells fired by the YPG fighters",
    "a bomb planted by rebels", "an attack carried out by militants")."""
    agents = [o for acl in graph.children(noun, "acl") if acl.tag == "VBN" and acl.i > noun.i
              for p, o in graph.prep_objects(acl) if p == "by"]
    return roles_of(graph, agents, "agent of the participle on the attack noun") or \
        sector_roles(graph, agents, "agent of the participle on the attack noun", noun, civilians=False)


#: Weapon nouns that are also places one works or is in ("a mine in the Donetsk region").
PIT_WORDS = frozenset({"mine"})


def attack_cue(graph: SentenceGraph, pred: Token, lexicon: Lexicon, *, lemma: str | None = None) -> bool:
    """Whether the clause says harm was done by an attack, not an accident or an arrest (lists
    in ``role_cues.yaml``): a weapon or an armed attacker ("a roadside bomb"); else, with no
    accident noun ("killed in a crane collapse", "in a stampede"), a verb violent in itself
    ("shot", "bombed"), an attack noun of the lexicon ("killed in a car bombing", also as a gerund
    the parser read as a verb: "in a wave of fighting") or a combatant
    ("two soldiers were killed in Baghdad"). Not when an adverb makes it an accident
    ("accidentally shot"). "Killed", "destroyed" or "captured" alone say
    nothing of an attacker. ``lemma``: the lexicon entry's, which stands when the lemmatiser
    left an irregular form ("shot" as its own lemma)."""
    cues = load_role_cues()
    words = [t for t in clause_tokens(graph, pred) if t is not pred and t.pos in ("NOUN", "PROPN")]
    lemmas = {t.lemma.lower() for t in words} | {t.text.lower() for t in words}
    if graph.child_lemmas(pred, "advmod") & ACCIDENT_ADVERBS:
        return False  # "was accidentally shot ... while a friend was trying to unload a pistol"
    # (a mine one is "at" or "in" is a pit: "a methane gas blast killed 63 workers at a mine")
    armed = [w for w in words if not ({w.lemma.lower(), w.text.lower()} & PIT_WORDS
                                      and graph.child_lemmas(w, "case") & {"at", "in", "inside", "into"})]
    if ({t.lemma.lower() for t in armed} | {t.text.lower() for t in armed}) & cues.weapon_nouns:
        return True
    if lemmas & cues.accident_nouns:
        return False
    verbs = [t for t in clause_tokens(graph, pred) if t.pos == "VERB"]
    head = graph.head(pred)
    if head is not None and head.pos == "VERB" and base(pred) in ("advcl", "xcomp", "conj"):
        verbs.append(head)  # "... and crashed, killing 148 people"
    if {v.lemma.lower() for v in verbs} & cues.accident_verbs:
        return False
    if {pred.lemma.lower(), lemma} & cues.violent_verbs or lemmas & cues.combatant_nouns:
        return True
    # ("killed in a wave of fighting in Sri Lanka": a gerund the parser read as a verb is the noun;
    # "in a drive-by shooting": a noun given a gerund's tag and lemma, "shoot", is known by its form)
    nouns = [t.lemma for t in words] + [t.text.lower() for t in words if t.tag == "VBG"] \
        + [t.text.lower() for t in verbs if t.tag == "VBG" and t is not pred and base(t) in ("acl", "nmod", "obl")]
    return any(e.event_type == "ASSAULT" for n in nouns for e in lexicon.candidates("noun", n))


#: Adverbs that make harm an accident: no attacker is inferred for it (:func:`attack_cue`).
ACCIDENT_ADVERBS = frozenset({"accidentally", "accidently", "inadvertently", "unintentionally", "mistakenly"})


def clause_tokens(graph: SentenceGraph, pred: Token) -> list[Token]:
    """The predicate and the words of its own clause: its dependents, down to any depth, but
    not through a coordinated, reported or relative clause (coordinated nouns stay)."""
    out, todo = [], [pred]
    while todo:
        cur = todo.pop()
        out.append(cur)
        todo.extend(k for k in graph.children(cur) if base(k) not in ("parataxis", "ccomp") and ud(k) != "acl:relcl"
                    and not (base(k) == "conj" and k.pos in ("VERB", "AUX")))
    return out


#: Modes of coercion only a state's authorities carry out: arrest, detention, deportation.
STATE_COERCION_MODES = frozenset({"arrest", "deport"})


def unnamed_authority(graph: SentenceGraph, pred: Token, mode: str | None) -> list[Role]:
    """The source of an arrest, detention or deportation in a passive with no "by" agent ("was
    arrested in Moscow", "had been detained in the United States"): the police (sector COP) of
    the country where it happened, as a CAMEO coder reads it. Only the place of the event
    counts ("in"/"inside" phrases), never a destination ("deported to Ecuador"); without a place
    there is no source. Not when the sentence names another captor (:func:`other_captor`); a
    capture that is no arrest by its verb ("captured", "seized", not ``state_custody_verbs``)
    needs a place below a country ("captured in Manila", not "captured in Afghanistan"), unless
    the one taken is one person (:func:`_person_taken`: "Hambali ... was captured in Thailand")."""
    if mode not in STATE_COERCION_MODES:
        return []
    if not _agentless_passive(graph, pred) or other_captor(graph, pred):
        return []
    places = place_recipients(graph, pred)
    if not places or not (state_custody(pred) or local_place(places[0].mention) or _person_taken(graph, pred, places[0])):
        return []  # "were captured in Afghanistan": fighters as often as police
    if not state_custody(pred) and _foreigners_taken(graph, pred, places[0], fighters=False):
        return []  # "Twenty-three South Korean aid workers were captured in the southern province of Ghazni"
    return [_placed_actor(places[0], who="authorities", sector="COP", rule="unnamed-authority-place",
                          how="a passive with no agent")]


def _person_taken(graph: SentenceGraph, pred: Token, place: Role) -> bool:
    """Whether the one a passive capture took is one person, named or a personal pronoun
    ("Hambali ... was captured in Thailand", "he was captured in Honduras"): a wanted man taken
    in a country, which its authorities do (round 40), not a band of fighters taken in a war.
    Not one of another country than the place's ("Israeli airman Ron Arad was captured in
    Lebanon", "The Toronto-born Khadr was captured in Afghanistan"): a foreigner taken abroad is
    as often taken by the other side of a war as by the police."""
    if _foreigners_taken(graph, pred, place):
        return False  # "The Toronto-born Khadr", "Khadr, the son of an alleged al-Qaida financier"
    subjects = graph.children(pred, "nsubj:pass")
    return any(subject.lemma.lower() in ("he", "she") or subject.pos == "PROPN" and (
        (mention := graph.mention_of(subject)) is None or mention.kind == "person") for subject in subjects)


def _foreigners_taken(graph: SentenceGraph, pred: Token, place: Role, *, fighters: bool = True) -> bool:
    """Whether those a passive capture took are described as of another country than the place's
    ("Twenty-three South Korean aid workers were captured in the southern province of Ghazni", "The
    Toronto-born Khadr"), or, with ``fighters``, as members of an armed group ("Khadr, the son of
    an alleged al-Qaida financier"): foreigners taken abroad are as often taken by the other side
    of a war, or by kidnappers, as by the police."""
    country = place.mention.actor.country or place.mention.actor.code
    # what the taken are described as, not what a clause on them tells ("Gotovina, charged by the
    # UN court in The Hague for war crimes against ethnic Serbs, was captured in Spain")
    described = [m for subject in graph.children(pred, "nsubj:pass")
                 for t in [subject] + _phrase_words(graph, subject, depth=3) if (m := graph.mention_of(t)) is not None]
    if not fighters:  # a group taken in a place: only foreigners there for their work or as visitors
        # ("aid workers", "engineer", "soldiers"); a wanted foreigner ("a Yemeni, Waleed ... bin
        # Attash, was captured in Karachi") is the police's
        described = [m for m in described if m.actor is not None and m.actor.sector in ABROAD_SECTORS]
    return any(m.actor is not None and (m.actor.country and m.actor.country != country
                                        or fighters and nonstate_armed(m.actor)) for m in described)


#: Sectors of foreigners who are in a country for their work or as visitors (workers among them:
#: "A female Japanese aid worker was captured in Fallujah"), and are taken there by kidnappers or
#: by the other side of a war as often as by its police.
ABROAD_SECTORS = frozenset({"NGO", "MIL", "MED", "BUS", "CVL", "EDU", "HLH", "IGO", "LAB"})


def _mentions_under(graph: SentenceGraph, tok: Token, *, depth: int) -> list[Mention]:
    """The mentions on ``tok`` and the words below it, ``depth`` levels in all."""
    words = [tok] + [t for layer in _layers_below(graph, tok, depth=depth - 1) for t in layer]
    return [m for t in words if (m := graph.mention_of(t)) is not None]


def unnamed_protesters(graph: SentenceGraph, pred: Token) -> list[Role]:
    """The source of a protest by people the text names by no group ("Thousands of opposition
    supporters demonstrated in the centre of the Georgian capital Tbilisi", "Another 1,500
    demonstrated in Berlin Friday", "About 500 Greenpeace supporters demonstrated in Paris"):
    unnamed protesters (sector OPP) of the country where it happened, as ACLED and CAMEO coders
    read a crowd. The subject must be a crowd (``crowd_nouns``, a number, or a quantity of
    people); with no place on the verb, a place inside the crowd's own phrase places it
    ("Worried neighbours of the Tuwaitha plant outside Baghdad demonstrated at the site"); no
    place, no source. A named group or person that no dictionary resolves is left
    alone: it is someone, not a crowd."""
    subjects, _ = graph.subject_tokens(pred)
    if len(subjects) != 1:
        return []
    mention = graph.mention_of(subjects[0])
    if mention is not None and (mention.actor is None or mention.actor.code or mention.actor.country):
        return []  # (a mention of a crowd that says nothing of who it is, "3,000 people", is a crowd)
    head = subjects[0]  # a number, or a crowd noun ("hundreds" and "thousands" are among them)
    if not (head.pos == "NUM" or head.pos == "NOUN"
            and {head.lemma.lower(), head.text.lower()} & load_role_cues().crowd_nouns):
        return []
    places = place_recipients(graph, pred, preps=PROTEST_PLACE_PREPS, shared=True)
    if not places:  # the crowd's own phrase places it ("neighbours of the Tuwaitha plant outside Baghdad")
        places = [Role(m, t, "place in the crowd's phrase") for t in _noun_modifiers(graph, head, depth=4)
                  if (m := graph.mention_of(t)) is not None and m.kind == "location"
                  and m.actor is not None and (m.actor.country or m.actor.code)][:1]
    if not places or not (places[0].mention.actor.country or places[0].mention.actor.code):
        return []
    return [_placed_actor(places[0], who="protesters", sector="OPP", rule="unnamed-protesters-place",
                          how="a crowd with no group named")]


#: Labels of a clause inside a noun phrase, which tells something of the noun, not what it is.
_CLAUSE_LABELS = frozenset({"acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj"})


def _phrase_words(graph: SentenceGraph, tok: Token, *, depth: int) -> list[Token]:
    """The words below ``tok``, ``depth`` levels down, not entering a clause on it."""
    return [t for layer in _layers_below(graph, tok, depth=depth, skip=_CLAUSE_LABELS) for t in layer]


def _noun_modifiers(graph: SentenceGraph, tok: Token, *, depth: int) -> list[Token]:
    """The words of the noun phrase below ``tok`` reached through noun modifiers only ("of the
    plant outside Baghdad"), nearest first, ``depth`` levels down: no clause ("those who had
    travelled from Mauritius") or apposition."""
    return [t for layer in _layers_below(graph, tok, depth=depth, deps=("nmod", "compound", "amod", "nummod"))
            for t in layer]


def other_captor(graph: SentenceGraph, pred: Token) -> bool:
    """Whether the sentence names who else may have taken the person: a "by" agent of another
    passive predicate ("was captured in Sudan, hauled to Paris by French agents"); and, for a
    capture that is not by its verb an arrest (:func:`state_custody`: "captured", "seized"),
    armed non-state actors (``nonstate_armed_nouns`` or a rebel or insurgent actor) in the
    sentence, other than the one taken ("three guerrillas were captured" names no captor), or
    in the previous sentence ("Guerrillas raided the town. The mayor was captured in X")."""
    own = {s.i for s in graph.children(pred, "nsubj:pass")}
    describing = {t.i for s in graph.children(pred, "nsubj:pass") for t in _subtree(graph, s)}
    for tok in graph.sent.tokens:
        # (not another clause's, about someone else: "Hicks ... was captured by US troops ... and
        # Habib was arrested in Pakistan"; nor one describing the one taken: "Gotovina, charged by
        # the UN court in The Hague ..., was captured in Spain")
        if tok is not pred and tok.pos == "VERB" and graph.is_passive(tok) and tok.i not in describing \
                and any(p == "by" for p, _ in graph.prep_objects(tok)) \
                and not ({s.i for s in graph.children(tok, "nsubj:pass")} - own and own):
            return True
    if state_custody(pred):  # "arrested", "detained": a state's act, whoever else is named
        return False
    words = load_role_cues().nonstate_armed_nouns
    taken = {t.i for s in graph.children(pred, "nsubj:pass") for t in _subtree(graph, s)}
    if any(t.i not in taken and (t.lemma.lower() in words or t.text.lower() in words) for t in graph.sent.tokens):
        return True
    spans = [(t.start_char, t.end_char) for t in graph.sent.tokens if t.i in taken]
    mentions = [m for m in graph.mentions if not any(m.start_char < e and s < m.end_char for s, e in spans)]
    return any(m.actor is not None and nonstate_armed(m.actor) for m in mentions + list(graph.previous_mentions))


def nonstate_armed(actor: Actor) -> bool:
    """A rebel, insurgent or unidentified armed actor, or an international militant group, by
    its sector or its CAMEO code ("COLREB", "IMGMOSISI")."""
    code = actor.cameo_code or actor.code or ""
    return actor.sector in NONSTATE_ARMED_SECTORS or code[:3] == "IMG" or code[3:6] in NONSTATE_ARMED_SECTORS


def _subtree(graph: SentenceGraph, tok: Token) -> list[Token]:
    out, todo = [], [tok]
    while todo:
        cur = todo.pop()
        out.append(cur)
        todo.extend(graph.children(cur))
    return out


#: Sectors of armed non-state actors (rebels, insurgents, unidentified armed forces).
NONSTATE_ARMED_SECTORS = frozenset({"REB", "INS", "UAF"})


def local_place(mention: Mention) -> bool:
    """A place smaller than a country: a city or region by the gazetteer (:func:`.syntax.below_country`),
    or, before the gazetteer stage has run, any place the actor dictionary did not resolve as a
    country name ("Gujrat city", "Sderot")."""
    if below_country(mention) or mention.kind != "location":
        return below_country(mention)
    rule = mention.resolution.rule if mention.resolution is not None else ""
    return mention.place is None and bool(rule) and not rule.startswith(COUNTRY_NAME_RULE)


#: How the actors stage resolves a name of its dictionary, a whole country's among them
#: ("dictionary name", "dictionary short name"): a local place is not known to be one.
COUNTRY_NAME_RULE = "dictionary"


def state_custody(pred: Token) -> bool:
    """A verb of state custody ("arrested", "detained", "deported": ``state_custody_verbs``)."""
    words = load_role_cues().state_custody_verbs
    word = pred.text.lower()
    return bool({pred.lemma.lower(), word, word[:-1], word[:-2]} & words)


def _agentless_passive(graph: SentenceGraph, pred: Token) -> bool:
    """A passive predicate with no subject and no "by" agent ("was arrested in Moscow"), or only
    one that says no more than that someone did it ("was shot by two men on a motorcycle")."""
    if not graph.is_passive(pred):
        return False
    agents = [o for p, o in graph.prep_objects(pred) if p == "by"]
    return all(_anyone(graph, o) for o in agents) \
        and not [s for s in graph.subject_tokens(pred)[0] if s not in agents]


#: Nouns for people that say nothing of who they are: as the agent of an act, no one named.
ANYONE_NOUNS = frozenset({"man", "men", "person", "persons", "youth", "youths", "stranger", "strangers", "individual",
                          "individuals"})


def _anyone(graph: SentenceGraph, tok: Token) -> bool:
    """Whether an agent is unnamed people of no known country or group ("two men", "a man")."""
    mention = graph.mention_of(tok)
    return listed(tok, ANYONE_NOUNS) and (mention is None or mention.actor is None
                                          or not (mention.actor.code or mention.actor.country))


def _unknown_person(graph: SentenceGraph, tok: Token) -> bool:
    """Whether a subject is a common noun the actors stage read as people of no known country or
    group ("a driver", "four persons"), with no name that says whose they are ("seven members of
    the KNU" are the KNU's, known or not; "the first phase of the mine-clearing" is no one)."""
    mention = graph.mention_of(tok)
    if tok.pos != "NOUN" or mention is None or mention.kind not in ("person", "group") \
            or mention.actor is None or mention.actor.code or mention.actor.country:
        return False
    return not any(k.pos == "PROPN" or graph.mention_of(k) is not None
                   for k in graph.children(tok, "nmod", "compound", "nmod:poss", "amod"))


def _placed_actor(place: Role, *, who: str, sector: str, rule: str, how: str) -> Role:
    """An unnamed actor of the place's country, on the place's mention, marked as inferred in its
    resolution and its path."""
    country = place.mention.actor.country or place.mention.actor.code
    mention = place.mention.replace(
        actor=Actor(name=f"unnamed {who} in {place.mention.text}", code=country, country=country,
                    sector=sector, cameo_code=f"{country}{sector}" if country else None),
        resolution=Provenance(stage="events", rule=rule,
                              reason=f"no {who} named ({how}): an unnamed actor of the country "
                                     f"where it happened", evidence=(place.mention.text,)))
    return Role(mention, place.token, f"unnamed {who} placed by '{place.mention.text}' ({how})")


def attack_noun_agent(graph: SentenceGraph, pred: Token, lexicon: Lexicon, cues: Cues) -> list[Role]:
    """The source of an attack verb whose subject is itself an attack noun ("the attack by
    militants killed three soldiers", "an Israeli air strike destroyed the house"): whoever the
    noun's own phrase names as its agent, read as for a nominal event (:func:`.roles.noun_roles`
    with no light verb)."""
    subjects, _ = graph.subject_tokens(pred)
    for subject in subjects:
        if graph.mention_of(subject) is not None or subject.pos != "NOUN":
            continue
        entries = [e for e in lexicon.candidates("noun", subject.lemma) if e.event_type == "ASSAULT"]
        if not entries:
            continue
        actors, _ = noun_roles(graph, subject, entries[0], None, cues)
        if actors:
            return [Role(a.mention, a.token, f"agent of the attack noun '{subject.text}' as the subject ({a.path})")
                    for a in actors]
    return []
