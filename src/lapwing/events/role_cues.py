"""Closed word lists that steer the role finder's checks and fallbacks (data file
``data/role_cues.yaml``), and the checks that read them: accident and weapon nouns (is there an
attacker to infer?), communication nouns (a "to" phrase inside names an addressee), the named target
of a protest, and recipients that name no one acted upon (a reflexive, a person's place of
origin, the actor's own goods).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ..errors import ResourceError
from ..model import Token
from ..yaml_lines import compose
from .lexicon import DATA_DIR, bundled_noun_lemmas
from .syntax import Role, SentenceGraph, base, resolved, ud

ROLE_CUES_FILE = "role_cues.yaml"


@dataclass(frozen=True, slots=True)
class RoleCues:
    """Closed word lists of the role fallbacks (data file ``role_cues.yaml``)."""

    accident_nouns: frozenset[str]
    accident_verbs: frozenset[str]
    weapon_nouns: frozenset[str]
    violent_verbs: frozenset[str]
    combatant_nouns: frozenset[str]
    clash_nouns: frozenset[str]
    communication_nouns: frozenset[str]
    transitive_harm_verbs: frozenset[str]
    victim_agent_nouns: frozenset[str]
    nonstate_armed_nouns: frozenset[str]
    state_custody_verbs: frozenset[str]
    patient_event_nouns: frozenset[str]
    crowd_nouns: frozenset[str]
    motive_nouns: frozenset[str]
    sequel_nouns: frozenset[str]
    craft_nouns: frozenset[str]
    blast_verbs: frozenset[str]
    source: str = ""


def read_role_cues(path: Path) -> RoleCues:
    """Parse a role-cues file: a mapping of each field of :class:`RoleCues` to a list of words.
    A bad entry raises :class:`~lapwing.errors.ResourceError` naming the file and line."""
    try:
        root = compose(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ResourceError(f"{path}: cannot read role cues file ({exc.strerror})", code="E339") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise ResourceError(f"{where}: not valid YAML ({getattr(exc, 'problem', exc)})", code="E339") from exc
    fields = [f for f in RoleCues.__dataclass_fields__ if f != "source"]
    if not isinstance(root, yaml.MappingNode):
        raise ResourceError(f"{path}:1: a role cues file is a mapping of {', '.join(fields)} to word lists", code="E339")
    words: dict[str, frozenset[str]] = {}
    for key, value in root.value:
        where = f"{path}:{key.start_mark.line + 1}"
        if key.value not in fields:
            raise ResourceError(f"{where}: unknown key {key.value!r}; allowed: {', '.join(fields)}", code="E339")
        if not isinstance(value, yaml.SequenceNode):
            raise ResourceError(f"{where}: {key.value!r} must be a list of words", code="E339")
        for item in value.value:
            if not isinstance(item, yaml.ScalarNode) or not item.value.strip() or " " in item.value.strip():
                raise ResourceError(f"{path}:{item.start_mark.line + 1}: {key.value!r} entries are single words",
                                    code="E339")
        words[key.value] = frozenset(item.value.strip().lower() for item in value.value)
    missing = [f for f in fields if f not in words]
    if missing:
        raise ResourceError(f"{path}: missing key(s) {', '.join(missing)}", code="E339")
    return RoleCues(**words, source=path.name)


def listed(tok: Token, words: frozenset[str]) -> bool:
    """Whether the token's lemma or its text is one of ``words`` (the lemmatiser leaves some forms
    as they are: "shot", "explosives")."""
    return tok.lemma.lower() in words or tok.text.lower() in words


@lru_cache(maxsize=1)
def load_role_cues() -> RoleCues:
    """The bundled role cues, read once (an immutable record)."""
    return read_role_cues(DATA_DIR / ROLE_CUES_FILE)


#: Prepositions whose object is what a protest is aimed at ("against the road", "over the occupation").
PROTEST_TARGET_PREPS = frozenset({"against", "over"})
#: Participles whose object is a protest's target ("marched, protesting the visit").
PROTESTING_VERBS = frozenset({"protest", "denounce", "condemn", "oppose", "decry"})
#: Verbs of an accusation, whose object or content clause's subject a protest's participle of
#: them names as the protest's target ("demonstrated ..., charging that Bush and Israel ...").
ACCUSING_VERBS = frozenset({"charge", "accuse"})
#: A quotation in the sentence ("shouting "Death to America"", "waving "No to X" placards").
_QUOTATION = re.compile(r'["\u201c]([^"\u201c\u201d]+)["\u201d]')


def protest_target_phrases(graph: SentenceGraph, preds: tuple[Token | None, ...]) -> list[Token]:
    """The phrases that name what a protest is aimed at: the objects of "against"/"over" on
    the predicates, and of a protesting participle ("protesting the visit"), after the agent of
    what it protests."""
    toks: list[Token] = []
    for pred in preds:
        if pred is None:
            continue
        toks += [o for p, o in graph.prep_objects(pred) if p in PROTEST_TARGET_PREPS]
        # "in protest at/against X" (the "at" of British wire copy): X, hung on "protest" or, by
        # the parser, on the predicate right after it, comes before any phrase found inside it
        # ("in protest at Ankara's military campaign against a Kurdish uprising": Ankara's)
        motives = [o for p, o in graph.prep_objects(pred) if p == "in" and o.lemma.lower() == "protest"]
        for motive in motives:
            toks[:0] = [o for p, o in graph.prep_objects(motive) + graph.prep_objects(pred)
                        if p in PROTEST_TARGET_PREPS | {"at"} and o.i > motive.i
                        and all(t.pos in ("ADP", "DET", "ADJ", "PROPN", "PART", "NOUN", "NUM")
                                for t in graph.sent.tokens if motive.i < t.i < o.i)][:1]
        # a second "against" phrase the parser joined to the verb itself ("protested against the
        # escalation of the conflict in Bosnia and against the German military presence there")
        toks += [k for k in graph.children(pred, "conj") if k.pos in ("NOUN", "PROPN")
                 and graph.child_lemmas(k, "case") & PROTEST_TARGET_PREPS]
        # a noun joined to the target phrase by "and" that the parser hung on the verb ("marched
        # against the Iraq war and the government of President George W. Bush")
        targets = [t for t in toks if graph.head(t) is pred]
        toks += [k for k in graph.children(pred, "conj") if k.pos in ("NOUN", "PROPN") and not graph.children(k, "case")
                 and graph.child_lemmas(k, "cc") & {"and", "or"} and k not in toks
                 and any(t.i < k.i and not any(graph.by_i[j].pos in ("VERB", "AUX") or graph.by_i[j].text == ","
                                               for j in range(t.i + 1, k.i) if j in graph.by_i) for t in targets)]
        # an "against" phrase the parser hung inside one of the predicate's phrases ("demonstrated
        # after the weekly Friday prayer in mosques against the Israeli army's raids"): a prayer or
        # a mosque is against nothing, the protest is
        layer = [o for _, o in graph.prep_objects(pred)]
        for _ in range(2):
            layer = [k for o in layer for k in graph.children(o, "nmod")
                     if (m := graph.mention_of(o)) is None or not resolved(m)]
            toks += [k for k in layer if "against" in graph.child_lemmas(k, "case")]
        for k in graph.children(pred, "advcl", "xcomp", "conj"):
            if k.tag == "VBG" and k.lemma.lower() in PROTESTING_VERBS and graph.children(k, "obj"):
                # "protesting the arrest by Russian troops of a student": the "by" phrase the
                # parser hung on the participle is the agent of what it protests, read first
                # (:func:`inner_protest_target` reads the "by" agents of the phrases it is given)
                toks += ([k] if any(p == "by" for p, _ in graph.prep_objects(k)) else []) + graph.children(k, "obj")
    return toks


def accused_by_protesters(graph: SentenceGraph, preds: tuple[Token | None, ...]) -> list[Role]:
    """Whom a protest's accusing participle accuses, as the protest's target ("demonstrated
    against the meeting, charging that Bush and his ally Israel were only paying lip service to
    peace"): its object, else the subject of its content clause."""
    toks: list[Token] = []
    for pred in preds:
        for k in graph.children(pred, "advcl", "xcomp", "conj") if pred is not None else []:
            if k.tag == "VBG" and k.lemma.lower() in ACCUSING_VERBS and not graph.children(k, "mark"):
                toks += graph.children(k, "obj") or [s for c in graph.children(k, "ccomp")
                                                     for s in graph.children(c, "nsubj", "nsubj:pass")]
    return [r for tok in toks for r in graph.phrase_actors(tok, path="whom the protesters' participle accuses")]


def quoted_slogan(graph: SentenceGraph) -> bool:
    """A quotation of two words or more in the sentence: a slogan names a protest's target
    better than any default does ("shouting "Death to America and Israel"")."""
    return any(len(match.group(1).split()) >= 2 for match in _QUOTATION.finditer(graph.sent.text))


def slogan_countries(graph: SentenceGraph) -> set[str]:
    """The countries of the actors a quoted slogan names ("shouting "Death, death, to America and
    Israel"", "banners reading "Not Welcome, Mr Bush""): whom the protest is aimed at."""
    base_char = graph.sent.start_char
    spans = [(base_char + m.start(1), base_char + m.end(1)) for m in _QUOTATION.finditer(graph.sent.text)
             if len(m.group(1).split()) >= 2]
    return {m.actor.country or m.actor.code for m in graph.mentions
            if m.actor is not None and (m.actor.country or m.actor.code)
            and any(s <= m.start_char and m.end_char <= e for s, e in spans)}


def inner_protest_target(graph: SentenceGraph, phrases: list[Token]) -> list[Role]:
    """The target inside a protest's target phrase that names no actor itself, up to three
    phrases down: the agent of what is protested first ("over the occupation of the north by
    Turkish troops"), else the nearest actor named inside ("against the building of a road for
    Jewish settlers")."""
    levels, layer = [], list(phrases)
    while layer and len(levels) < 3:
        levels.append(layer)
        layer = [k for tok in layer for k in graph.children(tok, "nmod", "obl") if ud(k) != "nmod:poss"]
    how = "actor inside the protest's target phrase"
    for level in levels:
        agents = [o for tok in level for p, o in graph.prep_objects(tok) if p == "by"]
        roles = [r for agent in agents for r in graph.phrase_actors(agent, path=f"{how} ('by' agent)")]
        if roles:
            return roles
    for depth, level in enumerate(levels):
        for tok in level:
            if depth and _attacked(graph, tok):
                continue  # "against a threatened attack on Iraq": the attacked are not protested
            if depth and graph.child_lemmas(tok, "case") & {"in", "inside"}:
                continue  # "against the escalation of the conflict in Bosnia": where it is, not whose
            named = depth == 0 and (m := graph.mention_of(tok)) is not None and resolved(m)
            roles = (graph.modifier_actors(tok, path=f"{how} (modifier)") if depth == 0 and not named
                     else graph.phrase_actors(tok, path=f"{how} (depth {depth})", conj=named))
            roles = [r for r in roles if not war_place(graph, r.token)]
            if roles:
                return roles
    return []


#: Nouns of a war whose name before them is where it is fought ("the Iraq war", "the Gaza
#: invasion"), where a name before a raid or a strike is who made it ("NATO air raids").
WAR_NOUNS = frozenset({"war", "conflict", "invasion", "occupation"})


def war_place(graph: SentenceGraph, tok: Token) -> bool:
    """Whether ``tok`` is a name before a war noun ("the Iraq war", "the Vietnam war"): where the
    war is fought, not who wages it (as "the US-led war" says), so not whom a protest against it
    is aimed at."""
    head = graph.head(tok)
    return ud(tok) == "compound" and tok.pos == "PROPN" and head is not None and head.lemma.lower() in WAR_NOUNS


def _attacked(graph: SentenceGraph, tok: Token) -> bool:
    """Whether ``tok`` is the target of an attack noun ("an attack on Iraq", "the war against
    Iraq"): the one a protested attack is done to, who is not what the protest is against."""
    head = graph.head(tok)
    return head is not None and head.lemma.lower() in bundled_noun_lemmas("ASSAULT") \
        and bool(graph.child_lemmas(tok, "case") & {"on", "against", "upon"})


def no_one_acted_upon(graph: SentenceGraph, role: Role, actors: list[Role]) -> bool:
    """A recipient that names no one the act was done to: a reflexive ("killing himself and
    three tourists": the actor itself), a person's place of origin ("a boy from Irving"), or a
    nationality or place modifying a thing that is no actor and is of the actor's own country
    ("Thai soldiers seized Thai baht": the goods, not a target)."""
    tok = role.token
    if tok.pos == "PRON" and tok.text.lower().endswith(("self", "selves")):
        return True
    head = graph.head(tok)
    if head is None or role.mention.actor is None:
        return False
    owner = graph.mention_of(head)
    if role.mention.kind == "location" and "from" in graph.child_lemmas(tok, "case") \
            and (base(head) == "appos" or (owner is not None and owner.kind == "person")):
        return True
    if role.mention.kind in ("nationality", "location") and base(tok) in ("amod", "compound") and owner is None \
            and head.pos == "NOUN":
        country = role.mention.actor.country or role.mention.actor.code
        return bool(country) and any(a.mention.actor is not None and a.mention.actor.country == country
                                     for a in actors)
    return False
