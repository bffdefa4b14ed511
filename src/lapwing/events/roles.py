"""Who fills the actor and recipient roles of a trigger: dependency paths, then fallbacks.

Verb and noun roles come from the parse (``verb_roles``, ``noun_roles``); when a role stays
empty, general fallbacks apply in order: the object of a purpose clause, the target named in the
complement of a demand/threat/promise (both in :mod:`.fallbacks`), the place of the event
(``place_recipients``), a pronoun in a reported clause read as the reporter
(``reporter_for_pronoun``), unnamed agents with a sector ("protesters", "police":
``sector_roles``; inside an event noun's phrase, "an attack by militants": ``unnamed_noun_agent``;
a mention with no actor never fills a role), the country of an unnamed domestic actor's opponent (``domestic``) and a
protest's own government (``own_government``). Every fallback names itself in the role's path
(provenance) and, when it adds a country, in the mention's ``resolution``.
"""
from __future__ import annotations

from ..english_words import COMPASS_WORDS
from ..model import Actor, Mention, Provenance, Token
from .lexicon import Cues, LexiconEntry, bundled_noun_lemmas
from .parse_repair import time_word
from .patients import patient_possessors, undergoer_roles, undergone
from .role_cues import (accused_by_protesters, inner_protest_target, listed, load_role_cues, no_one_acted_upon,
                        protest_target_phrases, quoted_slogan, war_place)
from .syntax import (ANAPHORIC_PRONOUNS, CUSTODY_END_NOUNS, Role, SentenceGraph, base, below_country, name_before_verb,
                     possessive_pronoun, resolved, result_adjectives, ud)

#: Verbs whose object is what is asked for, not whom: "marched to demand the release of the
#: opposition leaders" is aimed at whoever holds them, not at the leaders.
DEMAND_VERBS = frozenset({"demand", "call", "urge", "ask", "seek", "press", "request", "insist", "appeal"})
CIVILIAN_SECTORS = frozenset({"CVL", "REF"})
DOMESTIC_SECTORS = frozenset({"REB", "OPP", "CVL", "LAB", "REF", "PTY", "EDU"})
MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})


def roles_of(graph: SentenceGraph, toks: list[Token], how: str, cues: Cues | None = None) -> list[Role]:
    roles: list[Role] = []
    for tok in toks:
        found = graph.phrase_actors(tok, path=how)
        if not found and cues is not None:
            found = reporter_for_pronoun(graph, tok, cues, path=how)
        roles.extend(found)
    return roles


def sector_roles(graph: SentenceGraph, toks: list[Token], how: str, pred: Token, *,
                 civilians: bool = True, need_country: bool = False) -> list[Role]:
    """Unnamed agents ("protesters", "police", "rebels", "the government"): a mention whose actor
    has a sector but no country. Used only when no resolved actor fills the role. The country is
    read from the phrase ("opposition groups in Zimbabwe") or the place of the event ("rioted in
    Dili, East Timor"); without one the actor keeps its sector alone. A quantity stands for the
    group it counts ("Thousands of protesters")."""
    roles: list[Role] = []
    for tok in toks:
        for head in graph.conjuncts(tok):
            mention = graph.mention_of(head)
            quantity = head
            for _ in range(3):  # "Thousands of protesters", "Tens of thousands of students": the group quantified
                if mention is not None:
                    break
                quantified = [o for p, o in graph.prep_objects(head) if p == "of"]
                if not quantified:
                    break
                head = quantified[0]
                mention = graph.mention_of(head)
            if mention is None or mention.actor is None or not mention.actor.sector or resolved(mention):
                continue
            if mention.actor.sector in CIVILIAN_SECTORS and not civilians:
                continue
            places = place_recipients(graph, head) or place_recipients(graph, quantity) or place_recipients(graph, pred)
            # "a correspondent for CNN": the employer's; "his F-16 fighter jet was hit" over Bosnia: not Bosnia's
            if places and not works_for_named(graph, head) and not listed(head, load_role_cues().craft_nouns):
                country = places[0].mention.actor.country or places[0].mention.actor.code
                mention = mention.replace(
                    actor=mention.actor.replace(country=country),
                    resolution=Provenance(stage="events", rule="contextual-country",
                                          reason=f"unnamed {mention.actor.sector} actor placed by "
                                                 f"'{places[0].mention.text}'",
                                          evidence=(places[0].mention.text,)))
            elif need_country:
                continue
            roles.append(Role(mention, head, f"{how} (unnamed {mention.actor.sector} actor)"))
    return roles


def works_for_named(graph: SentenceGraph, patient: Token) -> bool:
    """Whether a person noun with no country is described by a named employer: a proper noun
    (not a place) in its "for" or "of" phrase."""
    mention = graph.mention_of(patient)
    if mention is None or mention.kind not in ("person", "group") or resolved(mention):
        return False
    for prep, obj in graph.prep_objects(patient):
        inner = graph.mention_of(obj)
        if prep in ("for", "of", "with") and obj.pos == "PROPN" and (inner is None or inner.kind != "location"):
            return True
    return False


def domestic(actor: Role, recipients: list[Role], graph: SentenceGraph | None = None) -> Role:
    """An unnamed rebel, opposition or civilian actor in a conflict with one country's actor
    belongs to that country ("rebels fighting Assad", "protesters demanding the government
    resign"): domestic conflict, as CAMEO coders read it."""
    who = actor.mention.actor
    if who is None or who.country or who.code or who.sector not in DOMESTIC_SECTORS:
        return actor
    # not a country the harmed come "from" ("two observers, one from Jordan and the other from
    # Malawi, were ... killed by tribal fighters"): foreigners, so no domestic conflict there
    countries = {r.mention.actor.country for r in recipients if r.mention.actor and r.mention.actor.country
                 and not (graph is not None and "from" in graph.child_lemmas(r.token, "case"))}
    if len(countries) != 1:
        return actor
    country = countries.pop()
    mention = actor.mention.replace(
        actor=who.replace(country=country),
        resolution=Provenance(stage="events", rule="domestic-conflict-country",
                              reason=f"unnamed {who.sector} actor against an actor of {country}",
                              evidence=tuple(r.mention.text for r in recipients)))
    return Role(mention, actor.token, actor.path + " (country of its opponent)")


def own_government(actors: list[Role], *, graph: SentenceGraph | None = None,
                   preds: tuple[Token | None, ...] = ()) -> list[Role]:
    """A protest that names no target is aimed at the protesters' own government (the CAMEO
    coders' convention for domestic dissent): "Algerian landowners began a hunger strike" ->
    target Algeria. The target is marked as inferred in its resolution. With the sentence's
    ``graph`` and the protest's predicates (``preds``: the trigger, its light verb), a protest
    that names a target no resolved actor stands for ("against the killers") or quotes a slogan
    gets none; a measure protested ("against the elections") is still the government's."""
    if graph is not None and (any(graph.in_mention(t) for t in protest_target_phrases(graph, preds))
                              or quoted_slogan(graph)):
        return []
    roles = []
    for actor in actors:
        who = actor.mention.actor
        country = who.country if who is not None else None
        if not country or (who.code or "")[:3] not in ("", country):
            continue  # no country, or an IGO/NGO actor
        target = actor.mention.replace(
            actor=Actor(name=f"government of {country}", code=country, country=country, sector="GOV"),
            resolution=Provenance(stage="events", rule="protest-own-government",
                                  reason="a protest with no named target is aimed at the protesters' government",
                                  evidence=(actor.mention.text,)))
        roles.append(Role(target, actor.token, "protesters' own government (no target named)"))
    return roles[:1]


def reporter_for_pronoun(graph: SentenceGraph, tok: Token, cues: Cues, *, path: str) -> list[Role]:
    """A personal pronoun ("it", "they", "their forces") in a clause reported by someone stands
    for the reporter: "Switzerland said it had expelled ..." -> Switzerland. Only the reporting
    verb's own subject is taken, never a noun elsewhere in the sentence."""
    pronoun = tok if tok.lemma.lower() in ANAPHORIC_PRONOUNS or tok.text.lower() in ANAPHORIC_PRONOUNS else None
    if pronoun is None:
        owners = [k for k in graph.children(tok, "nmod:poss")
                  if k.lemma.lower() in ANAPHORIC_PRONOUNS or k.text.lower() in ANAPHORIC_PRONOUNS]
        if not owners or graph.mention_of(tok) is not None and resolved(graph.mention_of(tok)):
            return []
        pronoun = owners[0]
    cur = tok
    for _ in range(8):
        head = graph.head(cur)
        if head is None:
            return []
        if base(cur) == "ccomp" and head.lemma.lower() in cues.reporting_verbs:
            subjects, _ = graph.subject_tokens(head)
            how = f"{path}>'{pronoun.text}'=reporter"
            roles = [r for s in subjects for r in graph.phrase_actors(s, path=how)]
            if not subjects:  # a parse that lost the reporter: the name just before the reporting verb
                near = [graph.by_i[i] for i in range(head.i - 1, max(head.i - 4, graph.sent.tokens[0].i - 1), -1)
                        if i in graph.by_i]
                named = [t for t in near if graph.mention_of(t) is not None and resolved(graph.mention_of(t))]
                roles = [Role(graph.mention_of(named[0]), named[0], how + " (name before the verb)")] if named else []
            return roles
        if base(cur) in ("conj", "parataxis") or ud(cur) == "acl:relcl":
            return []
        cur = head
    return []


def stative_participle(graph: SentenceGraph, verb: Token, cues: Cues) -> bool:
    """ "Israel is opposed to French mediation", "Vietnam is committed to opening up": a
    participle of stance (``stative_participles`` in ``cues.yaml``) with no "by" agent says
    what its subject holds; the subject acts, it is not acted upon."""
    return (graph.is_passive(verb) and bool(graph.children(verb, "nsubj:pass"))
            and (verb.text.lower() in cues.stative_participles or verb.lemma.lower() in cues.stative_participles)
            and not any(p == "by" for p, _ in graph.prep_objects(verb)))


def message_issuer(graph: SentenceGraph, noun: Token, cues: Cues) -> list[Role]:
    """Who speaks through a document ("issued a declaration demanding", "its statement
    condemning"): the document's owner, else the subject of the verb that issued it."""
    if noun.lemma.lower() not in cues.message_nouns and noun.text.lower() not in cues.message_nouns:
        return []
    owners = roles_of(graph, graph.children(noun, "nmod:poss"), f"owner of the '{noun.text}'", cues)
    head = graph.head(noun)
    if owners or head is None or ud(noun) != "obj" or head.pos not in ("VERB", "AUX"):
        return owners
    subj, how = graph.subject_tokens(head)
    return roles_of(graph, subj, f"issuer of the '{noun.text}' (subject of '{head.text}', {how})", cues)


def proposer_roles(graph: SentenceGraph, objs: list[Token], entry: LexiconEntry, cues: Cues) -> list[Role]:
    """The target of rejecting or accepting a proposal, offer, call or appeal is who made it:
    its "by"/"from" phrase, possessor or name modifier ("rejected calls by Kofi Annan",
    "dismissed an appeal from President Gbagbo", "rejected Jordan's offer")."""
    if entry.event_type not in PROPOSAL_RESPONSE_TYPES:
        return []
    for obj in objs:
        if obj.lemma.lower() not in cues.proposal_nouns:
            continue
        toks = [o for p, o in graph.prep_objects(obj) if p in ("by", "from")]
        roles = roles_of(graph, toks, f"maker of the '{obj.text}' (by/from)")
        if not roles:
            roles = graph.modifier_actors(obj, path=f"maker of the '{obj.text}'")
        if roles:
            return roles
    return []


#: Types whose object may be a proposal: the proposal's maker is the target.
PROPOSAL_RESPONSE_TYPES = frozenset({"REJECT", "AGREE", "CONCEDE"})


def verb_roles(graph: SentenceGraph, verb: Token, entry: LexiconEntry, cues: Cues) -> tuple[list[Role], list[Role]]:
    stative = stative_participle(graph, verb, cues)
    if stative:
        subj, how = graph.children(verb, "nsubj:pass"), "subject of a participle of stance"
    else:
        subj, how = graph.subject_tokens(verb)
    actors = roles_of(graph, subj, how, cues)
    if not actors and len(subj) == 1:  # "issued a declaration demanding ...": the issuer demands
        actors = message_issuer(graph, subj[0], cues)
    left = [k for k in graph.children(verb, "compound", "flat", "dep", "appos", "obl:npmod") if k.i < verb.i]
    if left and (not actors or all(">" in a.path for a in actors)):
        # a subject the parser got wrong: a name attached to the verb on its left beats a modifier
        # of an unresolved subject ("HAFTAR-ASSAD TIES President Trump called")
        actors = roles_of(graph, left, "name left of the verb (parse fallback)") or actors
    if not actors and not subj:
        actors = name_before_verb(graph, verb)
    if not actors:  # unnamed civilians act only in protests ("residents rioted"); elsewhere a parse slip
        actors = sector_roles(graph, subj, how, verb, civilians=entry.event_type == "PROTEST")
    # "killed at the hands of the SDF": whose hands did it, no one it was done to (the agent is
    # read by .fallbacks.attack_phrase_agent)
    preps = [(p, o) for p, o in graph.prep_objects(verb) if not (p == "at" and o.lemma.lower() == "hand")]
    recipients: list[Role] = []
    deferred: list[Role] = []
    if entry.preposition is not None:
        toks = [obj for prep, obj in preps if prep == entry.preposition]
        recipients = roles_of(graph, toks, f"obl ({entry.preposition})")
        if entry.recipient_preps is not None and entry.preposition not in entry.recipient_preps:
            # the preposition only picks the sense ("defended Iraq against criticism", "withdrew
            # from the treaty with Russia"): its object names the recipient only as a last resort
            recipients, deferred = [], recipients
    objs, how = ([], "") if stative else graph.object_tokens(verb)
    # an object the entry requires is part of the predicate ("open an embassy"), not the recipient
    objs = [o for o in objs if not (entry.objects and o.lemma.lower() in entry.objects)]
    own: list[Role] = []
    if not recipients:
        recipients = proposer_roles(graph, objs or graph.object_tokens(verb)[0], entry, cues)
    if not recipients and entry.cameo == GROUND_TAKEN_CAMEO and "from" in (entry.recipient_preps or ()):
        # "captured the Gaza Strip and Sinai from Egypt, the West Bank from Jordan": whom the
        # ground is taken from, hung on the ground taken, is the target, not the ground itself
        toks = [o for obj in objs for conj in graph.conjuncts(obj) for p, o in graph.prep_objects(conj) if p == "from"]
        recipients = roles_of(graph, toks, "'from' phrase of the ground taken")
        if not recipients and objs:
            # "captured the West Bank, Golan Heights, Gaza Strip and Sinai from Jordan, Syria and
            # Egypt": the phrase hung on the verb, read before the ground itself
            recipients = roles_of(graph, [o for p, o in preps if p == "from"], "obl (from) of the ground taken")
    if not recipients and entry.event_type != "MOBILIZE":
        # (what is mobilized or deployed is a force, never the target: "a Russian-led peacekeeping
        # force deployed by the CIS" targets no Russia; a phrase of it may name where it went)
        recipients = roles_of(graph, objs, how)
        if recipients and entry.event_type not in ADDRESSEE_TYPES and all(own_thing(graph, r, actors) for r in recipients):
            # a last resort: another phrase, or a fallback of the caller, may name the recipient
            own = [Role(r.mention, r.token, r.path + OWN_MARK) for r in recipients]
            recipients = []
    if not recipients and objs and not entry.objects:  # "boycott all contact with the US", "aid to Mozambique"
        allowed = set(entry.recipient_preps) if entry.recipient_preps is not None else set(cues.recipient_preps)
        # not where the object is: "destroyed the Marine base at Beirut airport" struck no Lebanese
        toks = [o for obj in objs for prep, o in graph.prep_objects(obj) if prep in allowed
                and not located_at(obj, prep) and not freed_of(obj, prep)]
        recipients = roles_of(graph, toks, "nmod of the object")
    if not recipients:
        allowed = set(entry.recipient_preps) if entry.recipient_preps is not None else set(cues.recipient_preps)
        if graph.is_passive(verb):
            allowed.discard("by")
        for group in preferred_preps(entry, allowed):
            # "shot down a Black Hawk over Tikrit": "over" a place says where, not against whom;
            # "captured in Vienna over the Spanish attack": "over" an event says why
            # "attacked insurgent positions with jet fighters": beside what an attack struck, its
            # "with" phrase is what it was made with
            toks = [obj for prep, obj in preps if prep in group
                    and not (prep == "over" and (_place_mention(graph, obj) or obj.lemma.lower() in bundled_noun_lemmas()))
                    and not (prep == "with" and objs and entry.event_type == "ASSAULT")]
            recipients = roles_of(graph, toks, "obl (" + "/".join(sorted({p for p, o in preps if o in toks})) + ")")
            if entry.event_type == "PROTEST":
                recipients = [r for r in recipients if not war_place(graph, r.token)]
            if recipients:
                break
        if not recipients and entry.objects:  # "opened an embassy in Syria", "strengthening Haftar's forces"
            pred_objs = [o for o in graph.object_tokens(verb)[0] if o.lemma.lower() in entry.objects]
            toks = [o for obj in pred_objs for prep, o in graph.prep_objects(obj) if prep in allowed
                    and not freed_of(obj, prep)]
            recipients = roles_of(graph, toks, "nmod of the object")
            for obj in pred_objs:
                if not recipients:
                    recipients = graph.modifier_actors(obj, path="modifier of the object")
    if not recipients and verb.lemma.lower() in DEMAND_VERBS:  # "protesters demanded that Egypt release ..."
        recipients = demanded_of(graph, verb)
    if not recipients:  # "established ties with and opened an embassy in Tehran"
        allowed = set(entry.recipient_preps) if entry.recipient_preps is not None else set(cues.recipient_preps)
        recipients = raised_object(graph, verb, allowed - {"by"})
    recipients = recipients or deferred
    if not recipients and entry.event_type == "PROTEST":  # "over the occupation ... by Turkish troops"
        recipients = inner_protest_target(graph, protest_target_phrases(graph, (verb,))) \
            or accused_by_protesters(graph, (verb,))
    if not recipients and not entry.objects:
        # an unnamed target ("killed 23 people") counts only when placed in a country, or when the
        # entry needs one to be sure of its sense ("beat protesters")
        recipients = sector_roles(graph, objs, how or "obj", verb, need_country=not entry.needs_recipient)
    # where the actor's own object is ("detonated bombs in south Lebanon") is no target
    own = [r for r in own if not {c for k in [r.token, *graph.children(r.token, "compound", "flat")]
                                  for c in graph.child_lemmas(k, "case")} & PLACE_PREPS]
    recipients = [r for r in recipients or own if not (own_possessive(r, actors) or no_one_acted_upon(graph, r, actors))]
    return graph.name_repairs(verb, actors), graph.name_repairs(verb, recipients)


def _place_mention(graph: SentenceGraph, tok: Token) -> bool:
    mention = graph.mention_of(tok)
    return mention is not None and mention.kind == "location"


#: CAMEO "occupy territory": ground taken in fighting (``convention: ground_convention`` entries).
GROUND_TAKEN_CAMEO = "192"


def own_possessive(role: Role, actors: list[Role]) -> bool:
    """A possessive pronoun that stands for the actor itself ("Iran increased its military
    readiness", "the army reinforced its positions"): the actor's own capability or property,
    never a recipient, not even as a last resort."""
    return possessive_pronoun(role.token) and actor_code(role) in {actor_code(a) for a in actors}


def demanded_of(graph: SentenceGraph, verb: Token) -> list[Role]:
    """Whoever a demand verb asks to act, named as the subject of its "that" clause ("protesters
    demanded that Egypt release the prisoners"), whatever type the demand is coded as (a
    protesters' demand is a PROTEST)."""
    clauses = [k for k in graph.children(verb, "ccomp") if "that" in graph.child_lemmas(k, "mark")]
    subjects = [s for k in clauses for s in graph.children(k, "nsubj", "nsubj:pass")
                if s.lemma.lower() not in ANAPHORIC_PRONOUNS]
    return roles_of(graph, subjects, "subject of the demanded clause")


def raised_object(graph: SentenceGraph, verb: Token, preps: set[str]) -> list[Role]:
    """Right-node raising: a preposition left without its object right before a coordinating
    conjunction shares the object of the next prepositional phrase ("established diplomatic ties
    with and opened an embassy in Tehran", "trade with, and investment in, Cuba"). The stranded
    preposition must follow the verb or one of its objects."""
    anchors = {verb.i} | {o.i for o in graph.children(verb, "obj", "obl")}
    # positions in the sentence, not token numbers: whitespace tokens leave gaps in those
    tokens = graph.sent.tokens
    for pos, anchor in enumerate(tokens):
        if anchor.i not in anchors or pos + 1 >= len(tokens):
            continue
        stranded = tokens[pos + 1]
        if stranded.pos != "ADP" or stranded.lemma.lower() not in preps:
            continue
        nxt = pos + 2
        while nxt < len(tokens) and tokens[nxt].pos == "PUNCT":
            nxt += 1
        if nxt >= len(tokens) or tokens[nxt].pos != "CCONJ":
            continue
        for tok in tokens[nxt + 1:]:
            head = graph.head(tok)
            if tok.pos == "ADP" and ud(tok) == "case" and head is not None and head.i > tok.i:
                return roles_of(graph, [head], f"object shared by the stranded '{stranded.text}' "
                                                f"(right-node raising after '{tokens[nxt].text}')")
    return []


#: Marks a recipient that is the actor itself (see :func:`own_thing`), kept only as a last resort.
OWN_MARK = " (the actor's own; last resort)"


#: Types whose object is the one addressed, never a thing given or moved: a request to, a
#: meeting with or an accusation of one's own government is a domestic event ("Trump asked the
#: National Security Council to help ...": the council is asked), so :func:`own_thing` does not
#: demote it.
ADDRESSEE_TYPES = frozenset({"REQUEST", "CONSULT", "ACCUSE"})


def own_thing(graph: SentenceGraph, role: Role, actors: list[Role]) -> bool:
    """An object that stands for the actor itself or is owned ("offered its troops to Lebanon",
    "is providing military intelligence to Macedonia", "will withdraw their peacekeeping force
    from Chad") is more likely what is given or moved than the recipient: another phrase
    naming someone else wins over it."""
    if not actors:
        return False
    head = graph.head(role.token)
    owners = graph.children(role.token, "nmod:poss")
    if head is not None and base(role.token) in ("compound", "amod", "flat"):  # "their peacekeeping|force"
        owners += graph.children(head, "nmod:poss")
    if any(k.lemma.lower() in ANAPHORIC_PRONOUNS or k.text.lower() in ANAPHORIC_PRONOUNS for k in owners):
        return True
    return actor_code(role) in {actor_code(a) for a in actors}


def preferred_preps(entry: LexiconEntry, allowed: set[str]) -> list[set[str]]:
    """Prepositions to try for the recipient, in order: an entry's own ``recipient_preps`` list
    is an order of preference ("complained to the UN over Israeli raids": the complaint is
    about Israel), the default list one group."""
    if entry.recipient_preps is None:
        return [allowed]
    return [{p} for p in entry.recipient_preps if p in allowed]


def noun_roles(graph: SentenceGraph, noun: Token, entry: LexiconEntry, light: Token | None,
               cues: Cues) -> tuple[list[Role], list[Role]]:
    preps = graph.prep_objects(noun)
    actors = roles_of(graph, [obj for prep, obj in preps if prep in cues.agent_preps], "nmod (by)")
    undergoer = patient_possessors(graph, noun)  # "Navalny's arrest": the one arrested
    if not actors:
        for dep in ("nmod:poss", "compound", "amod"):
            for kid in graph.children(noun, dep):
                if possessive_pronoun(kid) or kid in undergoer or graph.names_no_party(kid, noun):  # "its demand"
                    continue
                mention = graph.mention_of(kid)
                if dep == "compound" and graph.place_of_event_noun(kid, noun):
                    continue  # "the 1956 Sinai campaign", "the Mosul offensive": where, not who
                if mention is not None and resolved(mention):
                    actors = [Role(mention, kid, dep)]
                    break
            if actors:
                break
    if not actors and light is not None and undergone(graph, noun, light):  # "came under fire from Gaza"
        doers, undergoer = undergoer_roles(graph, noun, light)
        actors = roles_of(graph, doers, "'by'/'from' phrase of the undergone event")
    elif not actors and light is not None:
        if ud(noun) == "nsubj:pass":
            subj = [obj for prep, obj in graph.prep_objects(light) if prep == "by"]
            how = "passive agent of light verb"
        else:
            subj, how = graph.subject_tokens(light)
            how = f"subject of light verb '{light.text}' ({how})"
        actors = roles_of(graph, subj, how, cues) or sector_roles(graph, subj, how, light,
                                                                civilians=entry.event_type == "PROTEST")
    if not actors and light is None and not undergoer:  # "the ILO reiterated its demand", "insisted on their call"
        actors = possessor_as_subject(graph, noun, cues)
    if not actors and not undergoer:  # a resolved possessive pronoun, the only referent ("their protest")
        actors = [Role(graph.mention_of(k), k, "nmod:poss (resolved pronoun)") for k in graph.children(noun, "nmod:poss")
                  if possessive_pronoun(k) and graph.mention_of(k) is not None and resolved(graph.mention_of(k))][:1]
    if not actors:
        actors = unnamed_noun_agent(graph, noun, entry, light, cues)
    allowed = set(entry.recipient_preps) if entry.recipient_preps is not None else set(cues.recipient_preps)
    toks = [obj for prep, obj in preps if prep in allowed]
    recipients = roles_of(graph, toks, "nmod")
    if not recipients and undergoer:  # "the town came under fire": the town
        recipients = roles_of(graph, undergoer, f"'{undergoer[0].text}', who undergoes the event")
    if not recipients and light is not None:
        toks = [obj for prep, obj in graph.prep_objects(light) if prep in allowed]
        recipients = roles_of(graph, toks, f"obl of light verb '{light.text}'")
    if not recipients and entry.event_type == "PROTEST":  # "a protest against the building of a road for settlers"
        recipients = inner_protest_target(graph, protest_target_phrases(graph, (noun, light)))
    return actors, [r for r in recipients if not no_one_acted_upon(graph, r, actors)]


def unnamed_noun_agent(graph: SentenceGraph, noun: Token, entry: LexiconEntry, light: Token | None,
                       cues: Cues) -> list[Role]:
    """An unnamed agent with a sector named inside the event noun's own phrase, when no resolved
    actor is found: its "by" phrase ("an attack by militants"), its possessor ("the rebels'
    offensive") or a noun modifier ("a police crackdown", "a student protest"). Adjectives
    ("military aid", "humanitarian relief") say what kind of event it is, not who acts, and
    unnamed civilians act only in protests, as for verbs (:func:`sector_roles`)."""
    toks = [obj for prep, obj in graph.prep_objects(noun) if prep in cues.agent_preps]
    toks += [k for k in graph.children(noun, "nmod:poss", "compound") if k.pos in ("NOUN", "PROPN")
             and k.i < noun.i]
    return sector_roles(graph, toks, "unnamed agent in the event's noun phrase", light or noun,
                        civilians=entry.event_type == "PROTEST")


def possessor_as_subject(graph: SentenceGraph, noun: Token, cues: Cues) -> list[Role]:
    """A possessive pronoun on the object of a verb refers to the verb's subject: "the ILO
    reiterated its demand that ..." -> the ILO demands, "the rebels withdrew their offer" ->
    the rebels offered."""
    owners = [k for k in graph.children(noun, "nmod:poss") if k.lemma.lower() in ANAPHORIC_PRONOUNS
              or k.text.lower() in ANAPHORIC_PRONOUNS]
    head = graph.head(noun)
    if not owners or head is None or base(noun) not in ("obj", "obl") or head.pos not in ("VERB", "AUX"):
        return []
    subjects, how = graph.subject_tokens(head)
    if owners[0].text.lower() in SINGULAR_PERSONAL and any(s.tag in ("NNS", "NNPS") for s in subjects):
        return []  # "authorities are reacting to his calls": "his" cannot stand for a plural subject
    return roles_of(graph, subjects, f"owner '{owners[0].text}' = subject of '{head.text}' ({how})", cues)


#: Possessive pronouns of one person, which never refer to a plural noun.
SINGULAR_PERSONAL = frozenset({"his", "her"})


def actor_code(role: Role) -> str:
    actor = role.mention.actor
    return (actor.code or actor.country or actor.name) if actor else role.mention.text


#: Sectors that speak for the state itself (no sector: the country named as a whole).
STATE_SECTORS = frozenset({"", "GOV", "ELI", "MIL", "JUD", "LEG", "SPY", "COP"})


def same_side(first: Role, second: Role) -> bool:
    """Whether two roles stand for the same side: the same code, and both organs of the state
    or both of one non-state sector. "Rwandan rebels said President Kagame must agree" names
    two sides of one country; "Russia said Moscow must act" one."""
    if actor_code(first) != actor_code(second):
        return False
    sectors = [(r.mention.actor.sector or "") if r.mention.actor else "" for r in (first, second)]
    return sectors[0] == sectors[1] or all(s in STATE_SECTORS for s in sectors)


PLACE_PREPS = frozenset({"in", "inside", "throughout", "across"})
#: A protest's places take "through" too ("marched through Paris", "through the streets of Seoul"):
#: a march is where it goes; other acts done "through" a country pass it on the way.
PROTEST_PLACE_PREPS = PLACE_PREPS | {"through"}
#: Nouns of a body of water named after a country ("the Gulf of Oman", "the Sea of Japan"): what
#: happens there happens at sea, not in the country.
WATER_NOUNS = frozenset({"gulf", "sea", "bay", "strait", "straits", "ocean", "channel"})

#: The path of a recipient that is the place of the event (:func:`place_recipients`).
PLACE_PATH = "place of the event"


def place_recipients(graph: SentenceGraph, pred: Token, *, preps: frozenset[str] = PLACE_PREPS,
                     shared: bool = False) -> list[Role]:
    """The country of the place where it happened, when nothing else names a target ("imposed
    a curfew in the town of Cizre in southeastern Turkey"; "demonstrated in Serbia"). Only place
    mentions count, and only from the predicate's own "in" phrases (or its object's, or those of
    its prepositional objects: "fired at targets in Jericho"); failing those, with ``shared``,
    from a clause of when it happened ("shot dead while on patrol in southern Afghanistan"), or
    from a verb coordinated with it, whose phrase the parser hangs on one conjunct only ("one
    person was killed and another wounded in southern Baghdad", "was shot and left for dead on
    the outskirts of Karachi"). Attacks use that (where it happened places the unnamed attacker
    and the victims); other acts do not, since what else the actor did there ("captured the
    militants and seized 2,500 dollars") says nothing of whom the act was aimed at."""
    roles = _own_place_recipients(graph, pred, preps)
    if not roles and shared:
        # "has been shot dead while on patrol in southern Afghanistan": a clause of what the
        # harmed were doing when it happened says where it happened
        for clause in graph.children(pred, "advcl"):
            if graph.child_lemmas(clause, "mark", "advmod") & CIRCUMSTANCE_MARKS:
                roles = [Role(r.mention, r.token, f"{r.path} of the clause '{clause.text}' of when it happened")
                         for r in _own_place_recipients(graph, clause, preps)]
                if roles:
                    return roles
        for verb in same_clause_conjuncts(graph, pred):
            if aftermath_verb(graph, verb) or graph.child_lemmas(verb, "advmod") & _LATER_ADVERBS:
                continue  # "was shot in the head and later died in a Paris hospital": not where it happened
            roles = _own_place_recipients(graph, verb, preps)
            if roles:
                return [Role(r.mention, r.token, f"{r.path} of the coordinated '{verb.text}'") for r in roles]
    return roles


#: Verbs of what became of the harmed afterwards, and adverbs of a later time: a verb joined with an
#: attack that says one of them tells where the harmed were then, not where the attack was ("were
#: shot in the head and evacuated for neurosurgery at the ... hospital in San Juan").
AFTERMATH_VERBS = frozenset({"die", "succumb", "recover", "evacuate", "rush", "airlift", "fly", "hospitalize",
                              "hospitalise", "treat"})
_LATER_ADVERBS = frozenset({"later", "afterwards", "afterward", "subsequently", "eventually"})


def aftermath_verb(graph: SentenceGraph, verb: Token) -> bool:
    """Whether a verb tells what became of the harmed (``AFTERMATH_VERBS``, or "made her way",
    "found their way": "survived and made her way to government-held Zenica in central Bosnia")."""
    lemma = verb.lemma.lower()
    return verb.pos == "VERB" and (lemma in AFTERMATH_VERBS or lemma in ("make", "find") and any(
        o.lemma.lower() == "way" for o in graph.children(verb, "obj")))


#: Subordinators of a clause that tells what went on at the time of an attack ("while on patrol
#: in southern Afghanistan", "as he left a mosque in Farah city"): its place is the attack's.
CIRCUMSTANCE_MARKS = frozenset({"while", "when", "as"})


def same_clause_conjuncts(graph: SentenceGraph, pred: Token) -> list[Token]:
    """The verbs joined with ``pred`` by "and" in one clause (:func:`_same_clause_conjunct`): the
    head it is a conjunct of, and its own such conjuncts."""
    if pred.pos != "VERB":
        return []
    head = graph.head(pred)
    verbs = [head] if head is not None and base(pred) == "conj" and head.pos == "VERB" \
        and _same_clause_conjunct(graph, pred) else []
    return verbs + [k for k in graph.children(pred, "conj") if k.pos == "VERB" and _same_clause_conjunct(graph, k)]


def _same_clause_conjunct(graph: SentenceGraph, conj: Token) -> bool:
    """A verb joined by "and" with no subject or auxiliary of its own ("was shot and left for
    dead", "killed and another wounded"): one clause, so its phrases may be the first verb's too.
    Not "captured ... but has given", nor a clause with its own auxiliary ("... was killed").
    A passive subject with the auxiliary left out is a gapped clause, which shares the first
    verb's frame ("36 civilians were killed and 90 others injured in the bombing", repaired by
    :mod:`.parse_repair`'s ``gapped-passive``)."""
    if {c.lemma.lower() for c in graph.children(conj, "cc")} - {"and"} or graph.children(conj, "aux", "aux:pass", "mark"):
        return False
    if not graph.children(conj, "nsubj", "nsubj:pass"):
        return True
    head = graph.head(conj)
    return (all(ud(k) == "nsubj:pass" for k in graph.children(conj, "nsubj")) and conj.tag == "VBN" and head is not None
            and bool(graph.children(head, "aux:pass")))


def _own_place_recipients(graph: SentenceGraph, pred: Token, preps: frozenset[str]) -> list[Role]:
    toks = [o for p, o in graph.prep_objects(pred) if p in preps]
    if "in" in preps:  # "shot to death on a Guatemala City street", "fatally shot at her Jaffna home"
        toks += [o for p, o in graph.prep_objects(pred) if p in ("on", "at") and o.lemma.lower() in LOCATIVE_NOUNS]
    # "were shot dead near the city of Benguela": the parser hangs the phrase on the adjective
    # that completes the verb (its xcomp), which says what the act did, not where else
    toks += [o for adj in result_adjectives(graph, pred) for p, o in graph.prep_objects(adj) if p in preps]
    # the place of the object, or of a passive's subject ("Australia's embassy in the Indonesian
    # capital was bombed")
    toks += [o for obj in graph.children(pred, "obj", "nsubj:pass") for p, o in graph.prep_objects(obj) if p in preps]
    # "fired at targets in Jericho": the place of the predicate's prepositional object
    toks += [o for _, obl in graph.prep_objects(pred) for p, o in graph.prep_objects(obl) if p in preps]
    # "declared a state of siege in Haiti": the place of a phrase inside the object
    toks += [o for obj in graph.children(pred, "obj") for _, inner in graph.prep_objects(obj)
             for p, o in graph.prep_objects(inner) if p in preps]
    # "in response to / in retaliation for the Jerusalem bombings": the phrase says why, not where
    cues = load_role_cues()
    roles: list[Role] = []
    for tok in toks:
        lemma = tok.lemma.lower()
        if graph.mention_of(tok) is None and (lemma in cues.sequel_nouns
                                              or lemma in cues.motive_nouns and not graph.children(tok, "det")):
            continue
        layer = [tok]
        described: set[int] = set()  # tokens reached through an apposition, which describes
        country: tuple[Mention, Token] | None = None
        for _ in range(3):  # "in the town of Cizre in southeastern Turkey"
            found = [(graph.mention_of(cur), cur) for cur in layer]
            # "near a U.S. patrol": whose the patrol is, not where it was
            found = [(m, cur) for m, cur in found if m is not None and resolved(m) and not whose_not_where(graph, cur)]
            places = [(m, cur) for m, cur in found if m.kind == "location"]
            if places:
                roles.append(Role(places[0][0], places[0][1], f"{PLACE_PATH} ('{places[0][1].text}')"))
                break
            # "in a neighborhood of Colombia's tourist resort of Cartagena": a country's name read
            # as an organisation (its possessive form) still places the phrase, failing a place;
            # not one in an apposition ("in an ambush ..., Poland's first combat casualty")
            country = country or next(((m, cur) for m, cur in found if country_name(m) and cur.i not in described), None)
            # "in the Indonesian capital", "in an Iraqi town": the nationality of a settlement noun
            country = country or next(((m, k) for cur in layer if cur.lemma.lower() in SETTLEMENT_NOUNS
                                       for k in graph.children(cur, "amod")
                                       if (m := graph.mention_of(k)) is not None and m.kind == "nationality"
                                       and m.actor is not None and m.actor.country), None)
            nxt = []
            for cur in layer:
                for k in graph.children(cur, "nmod", "compound", "flat", "appos", "pobj"):
                    if base(k) == "compound" and street_name(graph, cur):
                        continue  # "in Palestine street" (in Baghdad): the street's name, not its place
                    if {"across", "from"} <= graph.child_lemmas(k, "case"):
                        continue  # "in a border city across from Texas": the other side, not where
                    if cur.lemma.lower() in WATER_NOUNS and "of" in graph.child_lemmas(k, "case"):
                        continue  # "in the Gulf of Oman": the sea, no country's land
                    nxt.append(k)
                    if base(k) == "appos" or cur.i in described:
                        described.add(k.i)
                # "in an ambush north of Karbala": the place a direction word is measured from
                for adv in graph.children(cur, "advmod"):
                    if adv.lemma.lower() in COMPASS_WORDS:
                        nxt.extend(o for p, o in graph.prep_objects(adv) if p == "of")
            layer = nxt
        else:
            if country is not None:
                roles.append(Role(country[0], country[1], f"{PLACE_PATH} ('{country[1].text}', a country's name)"))
    return roles


#: Nouns of a way or an open space that a place name before them may name ("Palestine Street",
#: "Haifa Street", "Tiananmen Square") rather than place ("a Guatemala City street").
STREET_NOUNS = frozenset({"street", "road", "avenue", "boulevard", "square", "lane", "highway"})


def freed_of(noun: Token, prep: str) -> bool:
    """Whether a phrase names the one a custody ends for ("the release of its diplomats", "the
    expulsion of the Israeli ambassador"): never who ends it, nor whom a demand is made of."""
    return prep == "of" and noun.lemma.lower() in CUSTODY_END_NOUNS


def street_name(graph: SentenceGraph, noun: Token) -> bool:
    """Whether the place names before a street noun name the street: with no indefinite article
    or possessive before it ("in Palestine street", "on Haifa Street"); "on a Guatemala City
    street" and "his Baghdad street" say where the street is."""
    if noun.lemma.lower() not in STREET_NOUNS:
        return False
    return not (graph.child_lemmas(noun, "det") & {"a", "an", "another"} or graph.children(noun, "nmod:poss"))


#: Prepositions that say where a thing is when they follow a noun ("the base at Beirut airport").
LOCATIVE_PREPS = frozenset({"at"})


def located_at(noun: Token, prep: str) -> bool:
    """Whether ``prep`` after ``noun`` says where the thing is, not whom it is aimed at: "the base
    at Beirut airport", but a weapon's "at" is its target ("rockets at Israeli positions")."""
    return prep in LOCATIVE_PREPS and not listed(noun, load_role_cues().weapon_nouns)


#: Nouns of a spot that "on" or "at" place something at ("on a Guatemala City street", "at her
#: Jaffna home", "on the outskirts of Oaxaca City"): their place modifiers say where it happened.
LOCATIVE_NOUNS = frozenset({"street", "road", "highway", "avenue", "boulevard", "square", "corner", "home", "house",
                            "residence", "doorstep", "outskirts", "edge", "farm", "ranch", "bridge", "beach",
                            "border", "frontier", "campus", "market", "marketplace"})


#: Nouns of a settlement or a country's part: its nationality adjective says in which country it is.
SETTLEMENT_NOUNS = frozenset({"capital", "city", "town", "village", "province", "port", "suburb"})


def of_a_place(graph: SentenceGraph, tok: Token) -> bool:
    """Whether a country's name before a noun is the country of a place ("outside Jamaica's
    capital", "in Iraq's northern Nineveh province"): the noun is a settlement or region noun,
    or a place's name."""
    head = graph.head(tok)
    if head is None:
        return False
    mention = graph.mention_of(head)
    return head.lemma.lower() in PLACE_NOUNS or (mention is not None and mention.kind == "location")


#: Nouns of a settlement or a part of a country (:func:`of_a_place`).
PLACE_NOUNS = SETTLEMENT_NOUNS | COMPASS_WORDS | {"region", "district", "state", "border", "coast", "countryside",
                                                  "resort", "area", "territory", "island", "neighborhood",
                                                  "neighbourhood", "zone", "enclave", "outskirts"}


def whose_not_where(graph: SentenceGraph, tok: Token) -> bool:
    """Whether a country's name before a noun says whose the thing is, not where it is ("near a
    U.S. patrol", "outside the French embassy", "a US main battle tank"): it modifies a noun that
    is no place (:func:`of_a_place`). A place below a country ("a posh Sofia restaurant") says where."""
    mention, head = graph.mention_of(tok), graph.head(tok)
    if head is not None and time_word(head):
        return False  # "killed in Iraq Saturday", the date read as the phrase's noun
    return ud(tok) in ("compound", "amod", "nmod:poss") and not (mention is not None and below_country(mention)) \
        and not of_a_place(graph, tok)


def country_name(mention: Mention) -> bool:
    """A mention of a country itself: its actor is the bare country (code and country the same
    three letters, no sector), as the dictionary resolves "Colombia" or "Colombia's"."""
    actor = mention.actor
    return (actor is not None and mention.kind in ("location", "organization") and not actor.sector
            and bool(actor.code) and actor.code == actor.country and len(actor.code) == 3)


def dedupe_roles(roles: list[Role]) -> list[Role]:
    seen: set[tuple[int, int]] = set()
    out = []
    for role in roles:
        key = (role.mention.start_char, role.mention.end_char)
        if key not in seen:
            seen.add(key)
            out.append(role)
    return out
