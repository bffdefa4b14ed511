"""Coding one sentence: candidates -> roles -> modality -> events, with a decision per candidate.

One event per predicate and actor-recipient dyad: "Haftar is supported by the UAE, Egypt and
Russia" gives three SUPPORT events (UAE->Haftar, Egypt->Haftar, Russia->Haftar), since PLOVER
records carry one source and one target and aggregate counts stay comparable with CAMEO data.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Mention, Token
from ..ontology import Ontology
from .lexicon import Cues, Lexicon, LexiconEntry
from .modality import Modality, modality_of
from .syntax import Role, SentenceGraph, base, resolved, ud
from .triggers import Candidate, find_candidates, governing_trigger

COOPERATIVE_QUADS = (1, 2)
# Types whose trigger takes a clause that describes what was asked, alleged, threatened, promised.
CLAUSAL_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "AGREE", "REJECT", "CONCEDE"})


@dataclass(slots=True)
class Draft:
    """An event before it gets its id: what the stage turns into a model.Event."""

    entry: LexiconEntry
    event_type: str
    mode: str | None
    cameo: str | None
    trigger: Token
    actor: Role
    recipient: Role | None
    modality: str
    speaker: Token | None
    confidence: float
    rule: str
    reasons: list[str] = field(default_factory=list)
    evidence: tuple[str, ...] = ()
    speaker_mention: Mention | None = None


@dataclass(slots=True)
class Decision:
    """Why a candidate trigger was or was not coded (for ``explain``)."""

    candidate: Candidate
    coded: bool
    reason: str


@dataclass(slots=True)
class Resources:
    lexicon: Lexicon
    cues: Cues
    ontology: Ontology


def _roles(graph: SentenceGraph, toks: list[Token], how: str) -> list[Role]:
    roles: list[Role] = []
    for tok in toks:
        roles.extend(graph.phrase_actors(tok, path=how))
    return roles


def verb_roles(graph: SentenceGraph, verb: Token, entry: LexiconEntry, cues: Cues) -> tuple[list[Role], list[Role]]:
    subj, how = graph.subject_tokens(verb)
    actors = _roles(graph, subj, how)
    left = [k for k in graph.children(verb, "compound", "flat", "dep", "appos", "obl:npmod") if k.i < verb.i]
    if left and (not actors or all(">" in a.path for a in actors)):
        # a subject the parser got wrong: a name attached to the verb on its left beats a modifier
        # of an unresolved subject ("HAFTAR-ASSAD TIES President Trump called")
        actors = _roles(graph, left, "name left of the verb (parse fallback)") or actors
    preps = graph.prep_objects(verb)
    recipients: list[Role] = []
    if entry.preposition is not None:
        toks = [obj for prep, obj in preps if prep == entry.preposition]
        recipients = _roles(graph, toks, f"obl ({entry.preposition})")
    objs, how = graph.object_tokens(verb)
    # an object the entry requires is part of the predicate ("open an embassy"), not the recipient
    objs = [o for o in objs if not (entry.objects and o.lemma.lower() in entry.objects)]
    if not recipients:
        recipients = _roles(graph, objs, how)
    if not recipients:
        allowed = set(entry.recipient_preps) if entry.recipient_preps is not None else set(cues.recipient_preps)
        if graph.is_passive(verb):
            allowed.discard("by")
        toks = [obj for prep, obj in preps if prep in allowed]
        recipients = _roles(graph, toks, "obl (" + "/".join(sorted({p for p, o in preps if o in toks})) + ")")
        if not recipients and entry.objects:  # "opened an embassy in Syria", "strengthening Haftar's forces"
            pred_objs = [o for o in graph.object_tokens(verb)[0] if o.lemma.lower() in entry.objects]
            toks = [o for obj in pred_objs for prep, o in graph.prep_objects(obj) if prep in allowed]
            recipients = _roles(graph, toks, "nmod of the object")
            for obj in pred_objs:
                if not recipients:
                    recipients = graph.modifier_actors(obj, path="modifier of the object")
    return actors, recipients


def noun_roles(graph: SentenceGraph, noun: Token, entry: LexiconEntry, light: Token | None,
               cues: Cues) -> tuple[list[Role], list[Role]]:
    preps = graph.prep_objects(noun)
    actors = _roles(graph, [obj for prep, obj in preps if prep in cues.agent_preps], "nmod (by)")
    if not actors:
        for dep in ("nmod:poss", "compound", "amod"):
            for kid in graph.children(noun, dep):
                mention = graph.mention_of(kid)
                if mention is not None and resolved(mention):
                    actors = [Role(mention, kid, dep)]
                    break
            if actors:
                break
    if not actors and light is not None:
        if ud(noun) == "nsubj:pass":
            subj = [obj for prep, obj in graph.prep_objects(light) if prep == "by"]
            how = "passive agent of light verb"
        else:
            subj, how = graph.subject_tokens(light)
            how = f"subject of light verb '{light.text}' ({how})"
        actors = _roles(graph, subj, how)
    allowed = set(entry.recipient_preps) if entry.recipient_preps is not None else set(cues.recipient_preps)
    toks = [obj for prep, obj in preps if prep in allowed]
    recipients = _roles(graph, toks, "nmod")
    if not recipients and light is not None:
        toks = [obj for prep, obj in graph.prep_objects(light) if prep in allowed]
        recipients = _roles(graph, toks, f"obl of light verb '{light.text}'")
    return actors, recipients


def _actor_code(role: Role) -> str:
    actor = role.mention.actor
    return (actor.code or actor.country or actor.name) if actor else role.mention.text


def purpose_recipients(graph: SentenceGraph, pred: Token) -> list[Role]:
    """Objects of a purpose clause ("to seize X") under the predicate, found anywhere in its
    clause (parsers often hang the clause on an adverb)."""
    todo, roles = list(graph.children(pred)), []
    while todo:
        tok = todo.pop(0)
        if base(tok) in ("conj", "parataxis", "ccomp", "acl"):
            continue
        if base(tok) in ("xcomp", "advcl") and "to" in graph.child_lemmas(tok, "mark", "aux"):
            objs = graph.children(tok, "obj")
            roles.extend(_roles(graph, objs, f"object of purpose clause '{tok.text}'"))
            continue
        todo.extend(graph.children(tok))
    return roles


def _dedupe_roles(roles: list[Role]) -> list[Role]:
    seen: set[tuple[int, int]] = set()
    out = []
    for role in roles:
        key = (role.mention.start_char, role.mention.end_char)
        if key not in seen:
            seen.add(key)
            out.append(role)
    return out


def code_sentence(graph: SentenceGraph, res: Resources, *, quote_speaker: Mention | None = None
                  ) -> tuple[list[Draft], list[Decision], dict[int, Modality]]:
    """Drafts and decisions for one sentence; ``quote_speaker`` is the speaker of a quotation
    that spans this sentence (found by the stage across sentences)."""
    candidates = find_candidates(graph, res.lexicon, res.cues)
    trigger_ids = {c.token.i for c in candidates if c.entry is not None}
    trigger_ids |= {c.light_verb.i for c in candidates if c.entry is not None and c.light_verb is not None}
    clausal_ids = {c.token.i for c in candidates if c.entry is not None and c.entry.event_type in CLAUSAL_TYPES}
    drafts: list[Draft] = []
    decisions: list[Decision] = []
    modalities: dict[int, Modality] = {}
    for cand in candidates:
        entry = cand.entry
        if entry is None:
            decisions.append(Decision(cand, False, cand.reason))
            continue
        tok = cand.token
        governor = governing_trigger(graph, cand.light_verb or tok, trigger_ids - {tok.i}, clausal_ids)
        if governor is not None:
            decisions.append(Decision(cand, False, f"subordinate to trigger '{governor.text}': the main event is coded"))
            continue
        if entry.pos == "verb":
            actors, recipients = verb_roles(graph, tok, entry, res.cues)
        else:
            actors, recipients = noun_roles(graph, tok, entry, cand.light_verb, res.cues)
        if not recipients:  # "launched an offensive to seize Tripoli": the purpose clause names the target
            recipients = purpose_recipients(graph, cand.light_verb or tok)
        actors, recipients = _dedupe_roles(actors), _dedupe_roles(recipients)
        if not actors:
            decisions.append(Decision(cand, False, f"{cand.reason}; no resolved actor found for the source"))
            continue
        reciprocal = len({_actor_code(a) for a in actors}) >= 2  # "Israel and Lebanon renewed negotiations"
        if entry.needs_recipient and not recipients and not reciprocal:
            decisions.append(Decision(cand, False, f"{cand.reason}; entry needs a recipient and none was found"))
            continue
        mod = modality_of(graph, cand.light_verb or tok, res.cues)
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
    return drafts, decisions, modalities


def _drafts_for(cand: Candidate, entry: LexiconEntry, actors: list[Role], recipients: list[Role], mod: Modality,
                res: Resources, *, quoted: bool = False) -> list[Draft]:
    codings: list[tuple[str, str | None, str | None, str, str, list[str]]] = []
    reasons = list(mod.reasons)
    quad = res.ontology.quad_code(entry.event_type)
    if mod.value == "negated":
        codings.append((entry.event_type, entry.mode, entry.cameo, "negated", entry.id, reasons))
        if mod.direct_negation and entry.negated_type:
            default = res.ontology.cameo_for_plover(entry.negated_type)
            mode = "disapprove" if entry.negated_type == "ACCUSE" else None
            asserted = "reported" if mod.speaker is not None or quoted else "asserted"
            codings.append((entry.negated_type, mode, "110" if entry.negated_type == "ACCUSE" else default, asserted,
                            f"{entry.id}:negated->{entry.negated_type}",
                            reasons + [f"negated {entry.event_type} is coded as {entry.negated_type} (disapproval)"]))
    elif mod.intent and mod.value != "hypothetical" and quad in COOPERATIVE_QUADS and entry.event_type != "AGREE":
        intent_type = "CONCEDE" if entry.event_type == "RETREAT" else "AGREE"
        codings.append((intent_type, None, "035" if intent_type == "AGREE" and quad == 2 else
                        res.ontology.cameo_for_plover(intent_type), mod.value, f"{entry.id}:intent->{intent_type}",
                        reasons + [f"expressed intent to {entry.event_type} is coded {intent_type}"]))
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


def _speaker_mention(graph: SentenceGraph, tok: Token) -> Mention | None:
    mention = graph.mention_of(tok)
    if mention is not None:
        return mention
    roles = graph.phrase_actors(tok)
    return roles[0].mention if roles else None
