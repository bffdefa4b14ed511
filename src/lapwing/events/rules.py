"""Coding one sentence: candidates -> roles -> modality -> events, with a decision per candidate.

One event per predicate and actor-recipient dyad: "Haftar is supported by the UAE, Egypt and
Russia" gives three SUPPORT events (UAE->Haftar, Egypt->Haftar, Russia->Haftar), since PLOVER
records carry one source and one target and aggregate counts stay comparable with CAMEO data.
"""
from __future__ import annotations

import types
from dataclasses import replace

from ..english_words import FOREIGN_MISSION_WORDS
from ..model import Mention, Provenance, Token
from .lexicon import Cues, LexiconEntry
from .modality import Modality, modality_of, trailing_report
from .drafts import Decision, Draft, Resources
from .participles import drop_participle_acts
from .role_cues import PROTESTING_VERBS, listed, load_role_cues, slogan_countries
from .fallbacks import (RIDDEN_NOUNS, SEAT_VERBS, attack_noun_agent, attack_phrase_agent, cause_clause_agent, complement_recipients,
                        condition_recipients, device_planter, elided_object_recipients, forces_of_clause, mission_destinations,
                        nested_recipients, nonstate_armed, occurred_attack, passing_targets, protest_demand_target,
                        participle_lemmas, placed_attack, purpose_recipients, state_custody, unnamed_attack, unnamed_authority,
                        unnamed_protesters)
from .roles import (GROUND_TAKEN_CAMEO, MATERIAL_CONFLICT, OWN_MARK, PLACE_PATH, PLACE_PREPS, PROTEST_PLACE_PREPS,
                    STATE_SECTORS, actor_code, country_name, dedupe_roles, domestic, noun_roles, own_government,
                    place_recipients, roles_of, same_clause_conjuncts, same_side, verb_roles, works_for_named)
from .parse_repair import time_word
from .syntax import ANAPHORIC_PRONOUNS, Role, SentenceGraph, base, ud
from .triggers import (Candidate, find_candidates, governing_trigger, one_event_per_object, outcome_of,
                       symmetric_trigger)

COOPERATIVE_QUADS = (1, 2)
#: CAMEO "demonstrate military or police power": readiness to attack (rules._drafts_for).
READINESS_CAMEO = "150"
# Types whose trigger takes a clause that describes what was asked, alleged, threatened, promised.
CLAUSAL_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "AGREE", "REJECT", "CONCEDE"})
#: Types whose coordinated actors, with no other partner named, act with each other.
RECIPROCAL_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
#: Measures whose stated plan is a threat ("plans to impose restrictions / sanctions"): policies
#: are announced by those who will impose them, while a "plan to attack" is usually reported by
#: others (docs/events.md), so it stays hypothetical.
PLANNED_THREAT_TYPES = frozenset({"SANCTION", "COERCE"})
# CAMEO code of the expressed intent (03x), the threat (13x) and the refusal (12x) of each type.
INTENT_CAMEO = types.MappingProxyType({"SUPPORT": "032", "COOPERATE": "031", "AID": "033", "CONSULT": "036",
                                       "CONCEDE": "035", "RETREAT": "035"})
THREAT_CAMEO = types.MappingProxyType({"PROTEST": "133", "SANCTION": "131", "COERCE": "137", "ASSAULT": "138",
                                       "MOBILIZE": "138", "RETREAT": "136"})
REFUSAL_CAMEO = types.MappingProxyType({"COOPERATE": "121", "AID": "122", "CONSULT": "125", "CONCEDE": "124",
                                        "RETREAT": "124", "SUPPORT": "120"})


def code_sentence(graph: SentenceGraph, res: Resources, *, quote_speaker: Mention | None = None
                  ) -> tuple[list[Draft], list[Decision], dict[int, Modality]]:
    """Drafts and decisions for one sentence; ``quote_speaker`` is the speaker of a quotation
    that spans this sentence (found by the stage across sentences)."""
    candidates = find_candidates(graph, res.lexicon, res.cues)
    result = _code_candidates(graph, res, candidates, quote_speaker=quote_speaker)
    # A trigger whose sense was not confirmed ("calls" with no one called: not a phone call)
    # governs nothing: code again without it ("rejected calls by Kofi Annan" -> REJECT).
    unconfirmed = {d.candidate.token.i for d in result[1] if not d.coded and d.reason.endswith(NO_RECIPIENT)}
    if unconfirmed and any(d.reason.startswith("subordinate to") for d in result[1]):
        result = _code_candidates(graph, res, candidates, quote_speaker=quote_speaker, unconfirmed=unconfirmed)
    return drop_participle_acts(graph, result[0], result[1]), result[1], result[2]


NO_RECIPIENT = "entry needs a recipient and none was found"
NO_SOURCE = "no resolved actor found for the source"
#: Event nouns that also name the unit doing it: as a subject they are the unit ("an Israeli
#: patrol was passing by"), not the event.
UNIT_NOUNS = frozenset({"patrol"})


def _code_candidates(graph: SentenceGraph, res: Resources, candidates: list[Candidate], *,
                     quote_speaker: Mention | None, unconfirmed: frozenset[int] | set[int] = frozenset()
                     ) -> tuple[list[Draft], list[Decision], dict[int, Modality]]:
    live = [c for c in candidates if c.entry is not None and c.token.i not in unconfirmed]
    trigger_ids = {c.token.i for c in live}
    trigger_ids |= {c.light_verb.i for c in live if c.light_verb is not None}
    clausal_ids = {c.token.i for c in live if c.entry.event_type in CLAUSAL_TYPES}
    attack_ids = {c.token.i for c in live if c.entry.event_type == "ASSAULT" and c.entry.pos == "verb"}
    protest_ids = {c.token.i for c in live if c.entry.event_type == "PROTEST"}
    drafts: list[Draft] = []
    decisions: list[Decision] = []
    complements: dict[int, LexiconEntry] = {}  # trigger index -> the first trigger subordinate to it
    modalities: dict[int, Modality] = {}
    outcomes: dict[int, list[tuple[Token, LexiconEntry]]] = {}  # attack trigger -> its outcome participles
    governors: dict[int, Token] = {}  # decision index -> the trigger it is subordinate to
    for cand in candidates:
        entry = cand.entry
        if entry is None:
            decisions.append(Decision(cand, False, cand.reason))
            continue
        tok = cand.token
        if entry.pos == "noun" and base(tok) in ("nsubj", "nsubj:pass") and (head := graph.head(tok)) is not None \
                and participle_lemmas(head) & SEAT_VERBS:
            # "Bagram, where the U.S. military operation is headquartered": where a body sits
            decisions.append(Decision(cand, False, f"'{tok.text}' names what is {head.text} somewhere, not an act"))
            continue
        if entry.pos == "noun" and tok.lemma.lower() in UNIT_NOUNS and base(tok) in ("nsubj", "nsubj:pass"):
            # "when an Israeli patrol was passing by", "police patrols found a truck": the unit acts
            decisions.append(Decision(cand, False, f"'{tok.text}' is the unit that acts (the subject), not an event"))
            continue
        if entry.pos == "noun" and cand.light_verb is not None and cand.light_verb.lemma.lower() == "have" \
                and cand.light_verb.tag in ("VBZ", "VBP") and cand.light_verb.pos == "VERB" \
                and any(k.i == tok.i for k in graph.children(cand.light_verb, "obj")):
            # "Congo, that has a border security agreement with Angola": what one has now is a
            # standing state (an agreement, sanctions in force), not an act done
            decisions.append(Decision(cand, False, f"'{cand.light_verb.text} ... {tok.text}' in the present "
                                                   "tells a standing state, not an act"))
            continue
        if entry.event_type == "COERCE" and headline_fragment(graph, tok):
            decisions.append(Decision(cand, False, f"'{tok.text}' ends a text cut off at its verb (no object, no "
                                                   "place, no stop): no one named taken, so no arrest"))
            continue
        governor = governing_trigger(graph, cand.light_verb or tok, trigger_ids - {tok.i}, clausal_ids,
                                     attacks=attack_ids if entry.event_type == "ASSAULT" else frozenset())
        if governor is None and entry.event_type == "PROTEST":
            governor = protesting_participle_of(graph, tok, protest_ids - {tok.i})
        if governor is None and entry.event_type == "ASSAULT":
            governor = harm_retold_of_target(graph, tok, attack_ids - {tok.i})
        if governor is not None and entry.event_type == "ASSAULT" and _protested_attack(graph, tok, governor, protest_ids):
            governor = None  # "protested against NATO's air attack on the Chinese embassy": an event of its own
        if governor is not None:
            if entry.event_type == "ASSAULT" and governor is outcome_of(graph, tok, attack_ids):  # "bombed ..., killing two militants"
                outcomes.setdefault(governor.i, []).append((tok, entry))
            decisions.append(Decision(cand, False, f"subordinate to trigger '{governor.text}': the main event is coded"))
            governors[len(decisions) - 1] = governor
            complements.setdefault(governor.i, entry)
            continue
        reported = verbal_protest_clause(graph, tok, entry, res.cues)
        if reported is not None:  # "X is failing to ..., a rights group protested": a complaint
            entry = replace(entry, id=f"{entry.id}:verbal->ACCUSE", event_type="ACCUSE", mode="disapprove",
                            cameo=VERBAL_PROTEST_CAMEO)
        if entry.pos == "verb":
            actors, recipients = verb_roles(graph, tok, entry, res.cues)
            if reported is not None:
                subjects, how = graph.subject_tokens(reported)
                recipients = roles_of(graph, subjects, f"subject of the protested clause '{reported.text}' ({how})")
        else:
            actors, recipients = noun_roles(graph, tok, entry, cand.light_verb, res.cues)
            if not actors and entry.event_type == "ASSAULT":
                # "the Madrid terror bombings", "the Moscow clash": the place the noun names, for
                # an unnamed attacker of its country (as for a verb with no attacker named)
                places = [Role(m, k, f"{PLACE_PATH} ('{k.text}', named by '{tok.text}')")
                          for k in graph.children(tok, "compound")
                          if graph.place_of_event_noun(k, tok) and (m := graph.mention_of(k)) is not None
                          and (m.actor.country or m.actor.code)]
                if places:
                    actors, named = placed_attack(places, how=f"'{places[0].token.text} {tok.text}'")
                    recipients = recipients or named
        recipients = fallback_recipients(graph, res, cand, entry, recipients)
        actors, recipients = dedupe_roles(actors), dedupe_roles(recipients)
        if entry.event_type in MATERIAL_CONFLICT or entry.event_type in ("ACCUSE", "REQUEST"):
            actors = [domestic(actor, recipients, graph) for actor in actors]
        if not actors and entry.event_type == "COERCE" and entry.pos == "verb":
            # "Mohammed was captured in a March 1 raid by Pakistani forces and CIA operatives"
            actors = attack_phrase_agent(graph, tok, res.lexicon, res.cues, recipients)
        if not actors and entry.event_type == "ASSAULT" and entry.pos == "verb":
            actors = attack_noun_agent(graph, tok, res.lexicon, res.cues)  # "the attack by militants killed"
            if not actors:  # "killed in an ambush by FARC guerrillas", "in a clash with troops", "two men
                # were killed in a Turkish airstrike": the attacker is named even when the harmed are not
                actors = attack_phrase_agent(graph, tok, res.lexicon, res.cues, recipients)
            if not actors:  # "killed when a suicide bomber struck a restaurant"
                actors = cause_clause_agent(graph, tok, res.lexicon, res.cues, recipients)
            if not actors:  # "A bomb planted by PKK militants exploded in Diyarbakir"
                actors = device_planter(graph, tok)
            if not actors:
                # "killed in a car bombing in Baghdad"; a violent act that names no one harmed ("a car
                # packed with explosives was detonated near the office ... in Ramadi", "Haitham al-Badri
                # was killed in an air strike east of ... Samarra") targets its place; unnamed_attack
                # asks for an attack in the clause (the entry's lemma too: the lemmatiser leaves "shot")
                actors, places = unnamed_attack(graph, tok, res.lexicon, lemma=entry.lemma,
                                                harmed=recipients if entry.cameo != GROUND_TAKEN_CAMEO else [],
                                                outcome_harmed=lambda: _outcome_victims(graph, res, live, tok,
                                                                                        attack_ids))
                if all(r.path.startswith(PLACE_PATH) for r in recipients) \
                        and places and not any(r.path.startswith(PLACE_PATH) for r in places):
                    recipients = places  # "a car bomb targeting a U.S. convoy exploded in Mosul": whom it struck
                recipients = recipients or ([] if _people_acted_upon(graph, tok) else places)
        if not actors and entry.event_type == "ASSAULT" and entry.pos == "noun":
            actors, places = occurred_attack(graph, tok, res.lexicon)  # "The blast occurred ... in Mersin"
            recipients = recipients or places
        if not actors and entry.event_type == "COERCE" and entry.pos == "verb":
            # "was captured ..., when Israeli forces were in control of ...", else "was arrested in Moscow"
            actors = forces_of_clause(graph, tok) or unnamed_authority(graph, tok, entry.mode)
            if actors:  # the place names the authorities, not whom they arrested
                recipients = [r for r in recipients if not r.path.startswith(PLACE_PATH)]
        if not actors and entry.event_type == "PROTEST" and entry.pos == "verb":
            actors = unnamed_protesters(graph, tok)  # "Thousands of supporters demonstrated in Tbilisi"
        if not actors and entry.event_type in ("REQUEST", "ACCUSE") and entry.pos == "verb" and base(tok) == "advcl" \
                and (march := graph.head(tok)) is not None and march.i in protest_ids:
            # "about 25 people marched through a Yangon market urging lower prices": the crowd's demand
            actors = unnamed_protesters(graph, march)
        if not actors:
            decisions.append(Decision(cand, False, f"{cand.reason}; {NO_SOURCE}"))
            continue
        if not recipients and entry.event_type == "PROTEST" and not _foreign_mission_target(graph, tok):
            recipients = own_government(actors, graph=graph, preds=(tok, cand.light_verb))
        reciprocal = len({actor_code(a) for a in actors}) >= 2  # "Israel and Lebanon renewed negotiations"
        if entry.joint_type is not None and (reciprocal or _done_jointly(graph, tok, cand.light_verb)):
            entry = joint_entry(entry, res)  # "Chile and Bulgaria held military drills": COOPERATE
        if reciprocal and entry.event_type in RECIPROCAL_TYPES and symmetric_trigger(tok, entry, res.cues) \
                and {actor_code(r) for r in recipients} <= {actor_code(a) for a in actors}:
            # "Kenya and Ethiopia agreed to reopen their border": each is the other's partner (a
            # symmetric verb only: "the U.S. and Britain called/visited" says nothing of each other)
            recipients = [Role(a.mention, a.token, f"reciprocal: the coordinated partner ({a.path})") for a in actors]
        elif reciprocal and _each_other(graph, cand.light_verb or tok):
            # "Israeli troops and Palestinian gunmen shot at each other": each side at the other,
            # whatever the verb (not at the town it happened in)
            recipients = [Role(a.mention, a.token, f"reciprocal: 'each other' ({a.path})") for a in actors]
        if entry.event_type == "COERCE" and entry.mode == "arrest" and entry.pos == "verb" \
                and not state_custody(tok) and actors and all(_armed_nonstate(a) for a in actors):
            # "were captured by the FARC": what rebels and gunmen take is abducted (CAMEO 181), as
            # ``v.capture_by_nonstate`` reads a subject named by its word ("the rebels captured")
            entry = replace(entry, id=f"{entry.id}:nonstate->abduct", event_type="ASSAULT", mode="abduct", cameo="181")
        if entry.needs_recipient and not recipients and not reciprocal:
            decisions.append(Decision(cand, False, f"{cand.reason}; {NO_RECIPIENT}"))
            continue
        mod = modality_of(graph, cand.light_verb or tok, res.cues)
        if entry.pos == "noun" and mod.value in ("asserted", "reported") and (why := _never_came(graph, tok, res.cues)):
            mod.value = "negated"  # "a counter-offensive which failed to materialise"
            mod.reasons.append(why)
        modalities[tok.i] = mod
        quoted = quote_speaker is not None and mod.speaker is None
        if quoted:
            mod.reasons.append(f"inside a quotation of '{quote_speaker.text}'")
            if mod.value == "asserted":
                mod.value = "reported"
        made = _drafts_for(cand, entry, actors, recipients, mod, res, quoted=quoted)
        speaker = _speaker_mention(graph, mod.speaker) if mod.speaker is not None else quote_speaker
        for draft in made:
            if draft.modality in ("reported", "negated", "hypothetical") or mod.speaker is not None:
                draft.speaker_mention = speaker
        drafts.extend(made)
        summary = ", ".join(f"{d.event_type}/{d.modality} {d.actor.mention.text}->"
                            f"{d.recipient.mention.text if d.recipient else '-'}" for d in made)
        decisions.append(Decision(cand, True, f"{cand.reason}; coded {summary}"
                                  + (f" ({'; '.join(mod.reasons)})" if mod.reasons else "")))
    drafts = _fold_weapon_use(graph, _fold_outcomes(graph, one_event_per_object(drafts, live), outcomes, res))
    drafts = shared_partner(graph, drafts, res)
    for draft in drafts:  # "demanded the release of ...": REQUEST, mode yield
        sub = complements.get(draft.trigger.i)
        if sub is not None and _ordered_coercion(draft, sub):
            _code_as_ordered(draft, sub)
        elif draft.mode is None and sub is not None:
            draft.mode = complement_mode(draft.event_type, sub, res)
    drafts.extend(obligation_requests(graph, res, {d.actor.mention.start_char for d in drafts
                                                   if d.event_type == "REQUEST"}))
    coded = {d.trigger.i for d in drafts}
    for index, governor in governors.items():  # say so when the main event was not coded either
        if governor.i not in coded:
            decision = decisions[index]
            decisions[index] = Decision(decision.candidate, False, f"subordinate to trigger '{governor.text}', "
                                                                   "which was not coded either (see its line)")
    return drafts, decisions, modalities


#: Verbs of an event coming about ("a counter-offensive which failed to materialise").
_COMING_ABOUT = frozenset({"materialise", "materialize", "happen", "occur", "come", "eventuate"})


def _never_came(graph: SentenceGraph, noun: Token, cues: Cues) -> str:
    """Why an event noun's own relative clause says it never came about ("a 'total and
    overwhelming' counter-offensive which failed to materialise", "an attack that never
    happened"), or an empty string."""
    for clause in graph.children(noun, "acl", "acl:relcl"):
        lemma = clause.lemma.lower()
        if lemma == "fail" and any(k.lemma.lower() in _COMING_ABOUT for k in graph.children(clause, "xcomp")):
            return f"'{noun.text} ... {clause.text} to ...': it never came about"
        if lemma in _COMING_ABOUT and any(k.lemma.lower() in cues.negation for k in graph.children(clause)):
            return f"'{noun.text} ... never {clause.text}': it never came about"
    return ""


def _each_other(graph: SentenceGraph, tok: Token) -> bool:
    """Whether the verb's object or phrase is "each other" or "one another" (read by the words: the
    parser hangs the pair in several ways, "one" an object and "another" an adverb of the verb)."""
    for kid in graph.children(tok):
        nxt = graph.by_i.get(kid.i + 1)
        if nxt is not None and (kid.lemma.lower(), nxt.lemma.lower()) in (("each", "other"), ("one", "another")):
            return True
    return False


def headline_fragment(graph: SentenceGraph, tok: Token) -> bool:
    """A present-tense or bare verb that is the last word of its sentence, with no full stop after
    it: a headline or a text cut off at its verb ("Soviet soldiers capture", "U.S. troops
    capture"), which says neither whom nor where; or a noun so placed in a sentence with no verb
    ("Some 1,200 Russian and Belgian troops patrol", read as a noun phrase). The caller codes no
    coercion from one (whether "capture" took people or ground, and so its type, is not said);
    a patrol or a shooting keeps its type, and its actor, cut off or not."""
    tokens = graph.sent.tokens
    if not tokens or tokens[-1].i != tok.i:
        return False
    if tok.pos == "NOUN":
        return not any(t.pos in ("VERB", "AUX") for t in tokens)
    return tok.pos == "VERB" and tok.tag in ("VBP", "VBZ", "VB")


def harm_retold_of_target(graph: SentenceGraph, tok: Token, attack_ids: set[int]) -> Token | None:
    """The attack whose target a relative clause of harm tells again ("Israeli troops shot dead
    two Palestinians, including a 10-year-old boy who was killed after a stone-throwing clash
    ..."): a passive with no agent in a relative clause on a noun the attack struck (its object,
    or a phrase of it) is the same happening, not another attack."""
    if ud(tok) != "acl:relcl" or not _agentless(graph, tok):
        return None
    noun = graph.head(tok)
    for _ in range(2):  # the object itself, or a conjunct or phrase of it ("including a boy")
        head = graph.head(noun) if noun is not None else None
        if head is None:
            return None
        if head.i in attack_ids and base(noun) in ("obj", "obl", "nsubj:pass"):
            return head
        noun = head
    return None


def _agentless(graph: SentenceGraph, tok: Token) -> bool:
    """A passive with no "by" agent (its subject may be a relative pronoun: "who was killed")."""
    return graph.is_passive(tok) and not any(p == "by" for p, _ in graph.prep_objects(tok))


def protesting_participle_of(graph: SentenceGraph, tok: Token, protest_ids: set[int]) -> Token | None:
    """The protest a bare protesting participle tells the aim of ("marched in Jakarta, protesting
    the visit of the US president", "demonstrated ..., protesting the arrest by Russian troops of
    a student"): one protest, whose target the participle names (``protest_target_phrases``)."""
    head = graph.head(tok)
    if head is None or head.i not in protest_ids or tok.tag != "VBG" or base(tok) not in ("advcl", "xcomp") \
            or graph.children(tok, "mark", "nsubj") or tok.lemma.lower() not in PROTESTING_VERBS:
        return None
    return head


def _protested_attack(graph: SentenceGraph, tok: Token, governor: Token, protest_ids: set[int]) -> bool:
    """An attack noun that a protest is against ("protested outside the U.S. embassy against
    NATO's air attack on the Chinese embassy"): what the crowd protests is an earlier happening of
    its own, with its own agent, not part of the protest."""
    return (governor.i in protest_ids and tok.pos == "NOUN" and graph.head(tok) is governor
            and base(tok) in ("obl", "nmod") and bool(graph.child_lemmas(tok, "case") & {"against", "over"}))


#: CAMEO "criticize or denounce": a protest made in words about what another does.
VERBAL_PROTEST_CAMEO = "111"


def verbal_protest_clause(graph: SentenceGraph, tok: Token, entry: LexiconEntry, cues: Cues) -> Token | None:
    """The clause a protest verb reports, when the verb is used as a verb of saying: "protested
    that the authorities fail to ...", or the speaker's clause after a report told first
    ("Croatian authorities are failing to ..., a rights group protested"). Such a protest is a
    complaint in words (CAMEO 111, PLOVER ACCUSE), not a demonstration."""
    if entry.event_type != "PROTEST" or entry.pos != "verb" or entry.lemma not in cues.complaint_verbs:
        return None  # "protesters demanded that ...": a demand's content is what is asked, not a complaint
    for kid in graph.children(tok, "ccomp"):
        if "that" in graph.child_lemmas(kid, "mark") and graph.children(kid, "nsubj", "nsubj:pass"):
            return kid
    head = graph.head(tok)
    if head is not None and trailing_report(graph, tok, head, ud(tok), cues):
        return head
    return None


def fallback_recipients(graph: SentenceGraph, res: Resources, cand: Candidate, entry: LexiconEntry,
                        recipients: list[Role]) -> list[Role]:
    """The recipient when the trigger's own roles name none (or only the actor's own object),
    from the fallbacks in order (docs/events.md, "Recipient fallbacks")."""
    tok, pred = cand.token, cand.light_verb or cand.token
    own = [r for r in recipients if r.path.endswith(OWN_MARK)]
    if own and len(own) == len(recipients):  # "offered its troops to ...": look further first
        recipients = []
    clausal = entry.event_type in CLAUSAL_TYPES
    if clausal and entry.preposition is None and recipients and all(r.path.startswith("obl (") for r in recipients):
        # "threatened on the eve of a visit by X to break off relations with Congo": what is
        # threatened, demanded or promised names the target before a loose phrase does
        recipients = complement_recipients(graph, tok, res.cues, res.lexicon,
                                           accusation=entry.event_type == "ACCUSE") or recipients
    if entry.event_type == "PROTEST" and recipients \
            and all(r.mention.kind == "location" and not _country_itself(r.mention) for r in recipients):
        # "marched on Papeete's main stadium ... to protest against French plans": where the
        # march went is a place; the purpose clause's target, if it names one, is whom it is against
        aimed = purpose_recipients(graph, pred, cues=res.cues, lexicon=res.lexicon, hostile=False,
                                   phrases=False, attack=False)
        if aimed and not any(r.mention.kind == "location" for r in aimed):
            recipients = aimed
    if not recipients:  # "launched an offensive to seize Tripoli": the purpose clause names the target
        # (for a protest only by its object: "protested against the project to export natural gas to
        # Mexico and the United States", the clause read as the protest's, sends the gas there)
        recipients = purpose_recipients(graph, pred, cues=res.cues, lexicon=res.lexicon,
                                        hostile=entry.event_type in MATERIAL_CONFLICT,
                                        phrases=entry.event_type != "PROTEST", attack=entry.event_type == "ASSAULT")
    if not recipients and clausal:
        recipients = complement_recipients(graph, tok, res.cues, res.lexicon, place=False,
                                           accusation=entry.event_type == "ACCUSE")
    if not recipients and entry.event_type == "THREATEN":  # "... unless Israel rescinded"
        recipients = condition_recipients(graph, tok, res.cues)
    if not recipients and clausal:  # "threatened to ban voting in East Jerusalem"
        recipients = complement_recipients(graph, tok, res.cues, res.lexicon, accusation=entry.event_type == "ACCUSE")
    if not recipients:  # "mobilized reservists for a possible war against Iraq"
        preps = frozenset(entry.recipient_preps or res.cues.recipient_preps) - {"by"}
        recipients = nested_recipients(graph, tok, preps)
        if not recipients and cand.light_verb is not None:
            recipients = nested_recipients(graph, cand.light_verb, preps)
    recipients = recipients or own
    if not recipients:  # "killed an American soldier and wounded another"
        recipients = elided_object_recipients(graph, pred)
    if not recipients and entry.event_type == "ASSAULT":  # "detonated a bomb when an Israeli patrol was passing"
        recipients = passing_targets(graph, pred)
    if not recipients and entry.event_type == "PROTEST":  # "protested ... and then proceeded to the British embassy"
        recipients = mission_destinations(graph, pred)
    if not recipients and entry.event_type == "PROTEST":  # "demonstrated ... to demand that Germany release ..."
        recipients = protest_demand_target(graph, pred)
    if not recipients and not _people_acted_upon(graph, pred) and not _foreign_mission_target(graph, pred) \
            and not (entry.event_type == "ACCUSE" and entry.mode != "investigate") and "own" not in entry.object_kinds:
        # "imposed a curfew in Cizre", "demonstrated in Serbia", "dispatched inspectors to ... in
        # central Iran": the place's country; not for words of disapproval or allegation, said
        # somewhere of someone ("expressing their strong opposition against the US-led aggression in
        # Iraq" is not against Iraq), nor for what one does to one's own ("destroying its supply of
        # nerve agent at a chemical depot in Indiana")
        recipients = place_recipients(graph, pred, shared=entry.event_type == "ASSAULT",
                                      preps=PROTEST_PLACE_PREPS if entry.event_type == "PROTEST" else PLACE_PREPS)
        if entry.event_type == "PROTEST" and recipients \
                and slogan_countries(graph) - {actor_code(r) for r in recipients}:
            # a slogan that names another country's actors says whom the protest is aimed at
            # ("marched through Gaza City shouting "Death, death, to America and Israel"")
            recipients = []
    return recipients


def _foreign_mission_target(graph: SentenceGraph, pred: Token) -> bool:
    """Whether the predicate is done to an embassy or consulate whose country is not said ("marched
    on the embassy in central Tehran"): it is another country's than the place's, so neither the
    place's country nor the protesters' own government stands in for it."""
    return any(tok.lemma.lower() in FOREIGN_MISSION_WORDS
               for tok in graph.children(pred, "obj", "nsubj:pass") + [o for _, o in graph.prep_objects(pred)])



def _country_itself(mention: Mention) -> bool:
    """A mention of a country by its name ("Bangladesh", "a Bangladesh diplomatic mission"), not
    of a place in it: the knowledge base's country entry, read as a place."""
    return country_name(mention) and mention.resolution is not None and mention.resolution.rule == "dictionary name"


def _people_acted_upon(graph: SentenceGraph, pred: Token) -> bool:
    """Whether what the predicate acts on (or its outcome participle harms) is a people the
    knowledge base names without a country ("two dozen Uighurs were captured by U.S. forces in
    Afghanistan") or a person named with none: they are its target, not the place where it
    happened, so the place's country does not stand in for them."""
    patients = graph.children(pred, "obj", "nsubj:pass")
    head = graph.head(pred)
    if not patients and head is not None and base(pred) == "conj" and not graph.children(pred, "nsubj"):
        patients = graph.children(head, "nsubj:pass")  # "was shot and killed by police": the shared one
    # "shot his way into a nearby home in this West Bank settlement, killing 47-year-old Katya
    # Greenberg": whom its outcome participle harmed
    patients = patients + [o for k in graph.children(pred, "advcl", "xcomp")
                           if k.tag == "VBG" and listed(k, load_role_cues().transitive_harm_verbs)
                           for o in graph.children(k, "obj")]
    for patient in patients:
        # "Klump's boyfriend, Meyer, was shot": the name in apposition is the one harmed
        # ("Arad's plane was shot down over Lebanon": whose the craft or car is, a person)
        owners = [k for k in graph.children(patient, "nmod:poss") if k.pos == "PROPN"] \
            if patient.lemma.lower() in load_role_cues().craft_nouns | RIDDEN_NOUNS else []
        for tok in [patient] + [o for p, o in graph.prep_objects(patient) if p == "of"] + graph.children(patient, "appos") \
                + owners:
            mention = graph.mention_of(tok)
            actor = mention.actor if mention is not None else None
            if mention is not None and mention.kind == "group" and actor is not None and actor.name \
                    and not (actor.code or actor.country or actor.sector):
                return True
            # a person named without a country ("Finucane was shot ... in their north Belfast
            # home", "public prosecutor Sardar Khan ... was shot", a sector but no country): the
            # person is the target, not the country of the place
            if mention is not None and mention.kind == "person" and tok.pos == "PROPN" \
                    and (actor is None or not (actor.code or actor.country)):
                return True
            # a name neither the dictionaries nor the recogniser know ("Hicks was captured by the
            # Northern Alliance in Afghanistan"): someone named, not the place
            if mention is None and tok.pos == "PROPN" and not tok.ent_type and (tok is patient or tok in owners) \
                    and not time_word(tok):
                return True
        # one described by whom they work for ("a correspondent for Cable News Network was shot
        # in the back ... in the Gaza Strip", "an employee of Thales"): that employer's, who may
        # be foreign, not the place's
        if works_for_named(graph, patient):
            return True
    return False


# The mode of a request or refusal, from the type of what is asked for or refused (PLOVER modes
# assist / change / yield / meet), and of a threat, from the type of what is threatened.
_ASKED_MODE = types.MappingProxyType({"AID": "assist", "COOPERATE": "assist", "CONSULT": "meet", "AGREE": "meet",
                                      "RETREAT": "yield", "CONCEDE": "yield", "SUPPORT": "change"})
_THREAT_MODE = types.MappingProxyType({"ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations",
                                       "PROTEST": "relations", "RETREAT": "relations"})
_THREAT_MODE_BY_MODE = types.MappingProxyType({"arrest": "arrest", "ban": "ban", "restrict": "restrict",
                                               "curfew": "restrict", "deport": "expel", "expel": "expel",
                                               "seize": "territory"})


#: Adverbs and modifiers saying an action was done with others.
JOINT_ADVERBS = frozenset({"jointly", "together"})
JOINT_MODIFIERS = frozenset({"joint", "bilateral", "trilateral", "multilateral", "combined"})
#: CAMEO code of the joint version of an action, by the action's own type.
JOINT_CAMEO = types.MappingProxyType({"MOBILIZE": "062"})


def _outcome_victims(graph: SentenceGraph, res: Resources, live: list[Candidate], tok: Token,
                     attacks: set[int]) -> list[Role]:
    """Whom the outcome participles of an attack verb harmed ("A roadside bomb exploded, killing
    two U.S. soldiers": the soldiers), as those participles' own roles read them."""
    return [r for c in live if c.token.i != tok.i and c.entry.event_type == "ASSAULT" and c.entry.pos == "verb"
            and outcome_of(graph, c.token, attacks) is tok for r in verb_roles(graph, c.token, c.entry, res.cues)[1]]


def _fold_outcomes(graph: SentenceGraph, drafts: list[Draft], outcomes: dict[int, list[tuple[Token, LexiconEntry]]],
                   res: Resources) -> list[Draft]:
    """An attack with no recipient, or only the place where it happened, takes the victims of its
    outcome participles ("attacked a bus in Kabul, killing five Afghan soldiers"): one happening,
    whose target they are."""
    out: list[Draft] = []
    for draft in drafts:
        victims = [] if draft.recipient is not None and not draft.recipient.path.startswith(PLACE_PATH) else dedupe_roles(
            [r for tok, entry in outcomes.get(draft.trigger.i, ()) for r in verb_roles(graph, tok, entry, res.cues)[1]
             if r.mention is not draft.actor.mention])
        kept = [why for why in draft.reasons if not why.startswith(("recipient via", "no recipient"))]
        out.extend([replace(draft, recipient=r, reasons=kept + [f"recipient from the outcome '{r.token.text}' ({r.path})"])
                    for r in victims] or [draft])
    return out


def _fold_weapon_use(graph: SentenceGraph, drafts: list[Draft]) -> list[Draft]:
    """"Guerrillas detonated a roadside bomb and injured three US soldiers in Tikrit": using the
    weapon and harming with it, joined in one clause, are one happening. The weapon verb's event
    (with no recipient, or only the place) goes when a joined harm verb of the same actor names
    whom it hit."""
    weapons = load_role_cues().weapon_nouns
    harmed = [d for d in drafts if d.event_type == "ASSAULT" and d.recipient is not None
              and not d.recipient.path.startswith(PLACE_PATH)]
    out = []
    for draft in drafts:
        placeless = draft.recipient is None or draft.recipient.path.startswith(PLACE_PATH)
        uses_weapon = any(listed(o, weapons) for o in graph.children(draft.trigger, "obj"))
        if draft.event_type == "ASSAULT" and placeless and uses_weapon and any(
                other.actor.mention.start_char == draft.actor.mention.start_char and other.trigger.i != draft.trigger.i
                and draft.trigger in same_clause_conjuncts(graph, other.trigger) for other in harmed):
            continue
        out.append(draft)
    return out


def _done_jointly(graph: SentenceGraph, tok: Token, light: Token | None) -> bool:
    """ "jointly"/"together" on the predicate, "joint"/"bilateral" on the noun, or a named
    partner in a "with" phrase ("held naval exercises with China")."""
    if any(k.lemma.lower() in JOINT_MODIFIERS for k in graph.children(tok, "amod", "compound")):
        return True
    for pred in (tok, light, graph.head(light) if light is not None else graph.head(tok)):
        if pred is None:
            continue
        if any(k.lemma.lower() in JOINT_ADVERBS for k in graph.children(pred, "advmod")):
            return True
        if pred in (tok, light) and any(p == "with" and graph.mention_of(o) is not None
                                        for p, o in graph.prep_objects(pred)):
            return True
    return False


def _armed_nonstate(role: Role) -> bool:
    """Whether an actor is a rebel, insurgent or unidentified armed group by its resolution."""
    return role.mention.actor is not None and nonstate_armed(role.mention.actor)


def joint_entry(entry: LexiconEntry, res: Resources) -> LexiconEntry:
    """The entry's joint reading: its ``joint`` type, that type's CAMEO code (military
    cooperation, 062, for joint drills and patrols), the same constraints."""
    new_type = entry.joint_type or entry.event_type
    cameo = JOINT_CAMEO.get(entry.event_type) if new_type == "COOPERATE" else None
    return replace(entry, id=f"{entry.id}:joint->{new_type}", event_type=new_type, mode=None,
                   cameo=cameo or res.ontology.cameo_for_plover(new_type), joint_type=None)


#: Verbs of command: what an authority orders done to someone else is its own act.
DIRECTIVE_LEMMAS = frozenset({"order", "force", "compel"})


def _ordered_coercion(draft: Draft, sub: LexiconEntry) -> bool:
    """ "The government ordered the newspaper to suspend publication": an order whose content is a
    coercive measure (a closure, a ban, an arrest) imposed on the one ordered is the orderer's
    coercion (CAMEO 17x), not a request; an order to one's own side ("ordered the police to
    arrest ...") stays a request."""
    return (draft.event_type == "REQUEST" and draft.trigger.lemma.lower() in DIRECTIVE_LEMMAS
            and sub.event_type == "COERCE" and draft.recipient is not None
            and draft.modality in ("asserted", "reported") and not same_side(draft.recipient, draft.actor)
            and not _sector(draft.recipient) in STATE_SECTORS)


def _sector(role: Role) -> str:
    return (role.mention.actor.sector or "") if role.mention.actor else ""


def _code_as_ordered(draft: Draft, sub: LexiconEntry) -> None:
    """Recode an order as the coercion ordered; an unnamed party ordered (a newspaper, an
    opposition group) is under the orderer's authority, so in its country."""
    draft.event_type, draft.mode, draft.cameo = "COERCE", sub.mode, sub.cameo
    who, boss = draft.recipient.mention.actor, draft.actor.mention.actor
    if who is not None and not (who.country or who.code) and boss is not None and boss.country:
        mention = draft.recipient.mention.replace(
            actor=who.replace(country=boss.country),
            resolution=Provenance(stage="events", rule="ordered-party-country",
                                  reason=f"unnamed {who.sector} actor under an order of an actor of {boss.country}",
                                  evidence=(draft.actor.mention.text,)))
        draft.recipient = Role(mention, draft.recipient.token, draft.recipient.path + " (country of the orderer)")
    draft.rule = f"{draft.rule}:ordered->{sub.id}"
    draft.reasons.append(f"an order to '{sub.lemma}' imposed on the one ordered is coercion ({sub.id})")


def complement_mode(event_type: str, sub: LexiconEntry, res: Resources) -> str | None:
    """PLOVER mode of a REQUEST/REJECT/THREATEN from the trigger in its complement."""
    if event_type in ("REQUEST", "REJECT"):
        mode = _ASKED_MODE.get(sub.event_type)
    elif event_type == "THREATEN":
        mode = _THREAT_MODE_BY_MODE.get(sub.mode or "") or _THREAT_MODE.get(sub.event_type)
    else:
        return None
    return mode if mode in res.ontology.types[event_type].modes else None


def shared_partner(graph: SentenceGraph, drafts: list[Draft], res: Resources) -> list[Draft]:
    """A cooperative event without a recipient, coordinated with another cooperative event of
    the same actor that has one, shares its partner: "The UAE reopened its Damascus embassy and
    forged closer ties" -> ties with Syria."""
    out = []
    for draft in drafts:
        if draft.recipient is None and res.ontology.quad_code(draft.event_type) in COOPERATIVE_QUADS:
            linked = {k.i for k in graph.children(draft.trigger, "conj")}
            head = graph.head(draft.trigger)
            if head is not None and ud(draft.trigger) == "conj":
                linked.add(head.i)
            partners = [d for d in drafts if d.trigger.i in linked and d.recipient is not None
                        and d.actor.mention.start_char == draft.actor.mention.start_char
                        and res.ontology.quad_code(d.event_type) in COOPERATIVE_QUADS]
            for partner in partners:
                out.append(replace(draft, recipient=partner.recipient,
                                   reasons=[r for r in draft.reasons if r != "no recipient"]
                                   + [f"recipient shared with the coordinated '{partner.trigger.text}'"]))
            if partners:
                continue
        out.append(draft)
    return out


# "Sudan must return the helicopter, Russia said": the speaker demands it of the subject.
OBLIGATION_ENTRY = LexiconEntry(id="c.obligation->REQUEST", lemma="must", pos="verb", event_type="REQUEST",
                                cameo="100", source="rules.py (obligation in reported speech)")


def obligation_requests(graph: SentenceGraph, res: Resources, requesters: set[int]) -> list[Draft]:
    """A demand made by reporting an obligation: "X said Y must/should ..." -> REQUEST X -> Y.
    Skipped when the speaker already has a REQUEST in the sentence ("demanded that Y must")."""
    out: list[Draft] = []
    for tok in graph.sent.tokens:
        if tok.pos not in ("VERB", "AUX", "ADJ") or not graph.child_lemmas(tok, "aux") & res.cues.obligation_aux:
            continue
        mod = modality_of(graph, tok, res.cues)
        if mod.speaker is None or not mod.obligation:  # "must" itself makes the clause hypothetical
            continue
        if mod.value == "negated" and not mod.direct_negation:
            continue  # "did not say that X must ...": no demand was made
        speakers = graph.phrase_actors(mod.speaker, path="speaker of the obligation")
        subjects, how = graph.subject_tokens(tok)
        targets = roles_of(graph, [s for s in subjects if s.lemma.lower() not in ANAPHORIC_PRONOUNS],
                         f"subject of '{tok.text}' ({how})")
        for speaker in dedupe_roles(speakers):
            if speaker.mention.start_char in requesters:
                continue
            for target in dedupe_roles(targets):
                if same_side(target, speaker):  # no demand on oneself
                    continue
                out.append(Draft(entry=OBLIGATION_ENTRY, event_type="REQUEST", mode=None, cameo="100", trigger=tok,
                                 actor=speaker, recipient=target, modality="asserted", speaker=None, confidence=0.6,
                                 rule=OBLIGATION_ENTRY.id,
                                 reasons=[f"actor: the speaker '{mod.speaker.text}'", f"recipient via {target.path}",
                                          f"obligation ('{sorted(graph.child_lemmas(tok, 'aux') & res.cues.obligation_aux)[0]}')"
                                          " in reported speech is a demand"],
                                 evidence=(tok.text,)))
    return out


def _drafts_for(cand: Candidate, entry: LexiconEntry, actors: list[Role], recipients: list[Role], mod: Modality,
                res: Resources, *, quoted: bool = False) -> list[Draft]:
    codings: list[tuple[str, str | None, str | None, str, str, list[str]]] = []
    reasons = list(mod.reasons)
    quad = res.ontology.quad_code(entry.event_type)
    if mod.value == "negated":
        codings.append((entry.event_type, entry.mode, entry.cameo, "negated", entry.id, reasons))
        if mod.direct_negation and mod.intent and quad in COOPERATIVE_QUADS and not entry.negated_type:
            # "will not release the prisoners", "said it would not meet the demands": a refusal
            asserted = "reported" if mod.speaker is not None and not quoted else "asserted"
            codings.append(("REJECT", complement_mode("REJECT", entry, res), REFUSAL_CAMEO.get(entry.event_type, "120"), asserted,
                            f"{entry.id}:refused->REJECT",
                            reasons + [f"refusal (negated intent) to {entry.event_type} is coded REJECT"]))
        if mod.direct_negation and entry.negated_type:
            default = res.ontology.cameo_for_plover(entry.negated_type)
            mode = "disapprove" if entry.negated_type == "ACCUSE" else None
            asserted = "reported" if mod.speaker is not None or quoted else "asserted"
            codings.append((entry.negated_type, mode, "110" if entry.negated_type == "ACCUSE" else default, asserted,
                            f"{entry.id}:negated->{entry.negated_type}",
                            reasons + [f"negated {entry.event_type} is coded as {entry.negated_type} (disapproval)"]))
        elif mod.refused_by is not None and entry.negated_type:
            codings.append(_refusal_coding(entry, mod, res, quoted=quoted, reasons=reasons))
    elif mod.ultimatum and mod.value != "hypothetical" and entry.event_type not in CLAUSAL_TYPES:
        # "will withdraw its force unless ...", "will boycott the elections unless ...": a threat
        codings.append(("THREATEN", complement_mode("THREATEN", entry, res), THREAT_CAMEO.get(entry.event_type, "130"), mod.value,
                        f"{entry.id}:ultimatum->THREATEN", reasons + ["a conditional future action is a threat"]))
        codings.append((entry.event_type, entry.mode, entry.cameo, "hypothetical", entry.id,
                        reasons + ["future, not yet happened"]))
    elif mod.readied_by is not None and mod.value in ("asserted", "reported") and entry.event_type == "ASSAULT":
        # CAMEO 150: "the army prepared to resume shelling" shows force short of using it
        codings.append(("MOBILIZE", None, READINESS_CAMEO, mod.value, f"{entry.id}:readied->MOBILIZE",
                        reasons + [f"readiness ('{mod.readied_by.text}') to use force is a force posture (MOBILIZE)"]))
        codings.append((entry.event_type, entry.mode, entry.cameo, "hypothetical", entry.id,
                        reasons + ["prepared, not yet done"]))
    elif mod.intent and mod.value != "hypothetical" and quad in COOPERATIVE_QUADS and entry.event_type != "AGREE":
        # CAMEO 03x: intent to cooperate, aid, meet or yield (release, withdraw, ease) is AGREE
        codings.append(("AGREE", None, INTENT_CAMEO.get(entry.event_type, "030"), mod.value,
                        f"{entry.id}:intent->AGREE",
                        reasons + [f"expressed intent to {entry.event_type} is coded AGREE"]))
    elif (mod.announced or mod.planned and entry.event_type in PLANNED_THREAT_TYPES) \
            and mod.value != "hypothetical" and entry.event_type in MATERIAL_CONFLICT \
            and not (entry.event_type == "PROTEST" and mod.scheduled):
        # (a protest that "will" be held, "Unions ... will march from Alexanderplatz ... on
        # Sunday", is scheduled, not threatened: CAMEO 133 is a threat or vow to protest)
        # CAMEO 13x: an announced future sanction, protest, curfew or attack is a threat
        codings.append(("THREATEN", complement_mode("THREATEN", entry, res), THREAT_CAMEO.get(entry.event_type, "130"), mod.value,
                        f"{entry.id}:intent->THREATEN", reasons + [f"announced future {entry.event_type} is a threat"]))
        codings.append((entry.event_type, entry.mode, entry.cameo, "hypothetical", entry.id,
                        reasons + ["future, not yet happened"]))
    elif mod.intent and mod.value != "hypothetical":
        codings.append((entry.event_type, entry.mode, entry.cameo, "hypothetical", entry.id,
                        reasons + ["future, not yet happened"]))
    else:
        codings.append((entry.event_type, entry.mode, entry.cameo, mod.value, entry.id, reasons))
    drafts = []
    confidence = entry.confidence
    for event_type, mode, cameo, modality, rule, why in codings:
        for actor in actors:
            conf = confidence - (0.1 if actor.path not in ("nsubj", "head", "passive agent (by)", "nmod (by)") else 0.0)
            targets: list[Role | None] = [r for r in recipients if r.mention is not actor.mention] or [None]
            for recipient in targets:
                c = conf - (0.1 if recipient is None else 0.0)
                drafts.append(Draft(
                    entry=entry, event_type=event_type, mode=mode, cameo=cameo, trigger=cand.token, actor=actor,
                    recipient=recipient, modality=modality, speaker=mod.speaker,
                    confidence=round(max(0.05, min(0.99, c)), 2), rule=rule,
                    reasons=[f"actor via {actor.path}"] + ([f"recipient via {recipient.path}"] if recipient else
                                                            ["no recipient"]) + why,
                    evidence=tuple(t for t in (cand.light_verb.text if cand.light_verb else None, cand.token.text)
                                   if t),
                ))
    return drafts


def _refusal_coding(entry: LexiconEntry, mod: Modality, res: Resources, *, quoted: bool, reasons: list[str]
                    ) -> tuple[str, str | None, str | None, str, str, list[str]]:
    """ "failed to reach agreement", "declined to recognize": a refusal or failure of an act whose
    entry names a negated type is a rejection (REJECT), as "refused to sign" is (the ``v.refuse``
    entry); the act itself stays negated. Hypothetical when the refusal is ("may fail to ...")."""
    refusal = mod.refused_by.lemma.lower()
    modality = "hypothetical" if mod.hypothetical else (
        "reported" if mod.speaker is not None or quoted else "asserted")
    return ("REJECT", complement_mode("REJECT", entry, res), REFUSAL_CAMEO.get(entry.event_type, "120"), modality,
            f"{entry.id}:{refusal}->REJECT",
            reasons + [f"'{mod.refused_by.text}' to {entry.event_type} is a refusal, coded REJECT "
                       f"(as 'refused to')"])


def _speaker_mention(graph: SentenceGraph, tok: Token) -> Mention | None:
    mention = graph.mention_of(tok)
    if mention is not None:
        return mention
    roles = graph.phrase_actors(tok)
    return roles[0].mention if roles else None
