"""Who undergoes an act, read where the parse alone would make the one acted upon its doer.

* ``shared_passive``: a past participle coordinated with a passive shares its auxiliary ("was
  struck and killed by a coalition airstrike"): it is passive too, so its subject is the one
  harmed and its own "by" phrase the doer.
* ``undergone``/``patient_possessors``: the subject of a verb with an event noun "under" it ("came
  under fire") and the possessor of a noun of harm or custody ("Navalny's arrest") undergo the act.
* ``victim_of_agent_noun``: the possessor or "of" phrase of an agent noun of violence names the
  victim ("Darayya's attackers", "the killers of the journalist"), never who acted.

The word lists are in ``data/role_cues.yaml``. Functions take the sentence graph
(:class:`.syntax.SentenceGraph`) and are called from it, so this module imports nothing of it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Token

if TYPE_CHECKING:
    from .syntax import SentenceGraph


def shared_passive(graph: SentenceGraph, tok: Token) -> bool:
    """A past participle conjunct with no auxiliary, subject or object of its own, coordinated
    with a passive predicate: "He was bombed and killed by coalition aircraft". A regular verb's
    past form is its participle too, whichever the tagger chose ("were captured, tortured and
    killed": "tortured" tagged as a past tense or an adjective). An "object" with a preposition
    of its own is a phrase the parser mislabelled ("were captured ... and released 10 days later
    after government negotiation", "negotiation" read as the object of "released")."""
    head = graph.head(tok)
    participle = tok.tag == "VBN" or (tok.tag in ("VBD", "JJ") and tok.text.lower().endswith("ed"))
    objects = [o for o in graph.children(tok, "obj", "iobj") if not graph.children(o, "case")]
    return (participle and tok.dep.lower() == "conj" and head is not None and head.i < tok.i
            and not graph.children(tok, "aux", "aux:pass", "nsubj", "nsubj:pass") and not objects
            and graph.is_passive(head))


def victim_of_agent_noun(graph: SentenceGraph, modifier: Token, noun: Token) -> bool:
    """The possessor ("Darayya's attackers") or "of" phrase ("the killers of X") of an agent
    noun of violence (``victim_agent_nouns``): the victim, not the one who acts. A name
    modifier still names the doers' side ("Hamas gunmen", "ISIL attackers")."""
    from .role_cues import load_role_cues  # role_cues imports syntax, which calls this module
    if noun.lemma.lower() not in load_role_cues().victim_agent_nouns:
        return False
    dep = modifier.dep.lower()
    return dep in ("nmod:poss", "poss") or (dep.split(":")[0] == "nmod" and "of" in graph.child_lemmas(modifier, "case"))


def undergone(graph: SentenceGraph, noun: Token, light: Token | None) -> bool:
    """An event noun in an "under" phrase of its light or phrase verb ("the town came under
    fire", "remained under siege", "is under attack", "was placed under arrest"): the verb's
    subject undergoes the act; it does not do it."""
    return light is not None and "under" in graph.child_lemmas(noun, "case", "mark")


def undergoer_roles(graph: SentenceGraph, noun: Token, light: Token) -> tuple[list[Token], list[Token]]:
    """For an undergone event noun (:func:`undergone`): the tokens naming who acts, the "by" or
    "from" phrase of the noun or its verb ("came under fire from Gaza"), and who undergoes it,
    the verb's subject."""
    doers = [o for head in (noun, light) for p, o in graph.prep_objects(head) if p in ("by", "from")]
    return doers, graph.subject_tokens(light)[0]


def patient_possessors(graph: SentenceGraph, noun: Token) -> list[Token]:
    """The possessor of an event noun whose possessor is the one it happened to
    (``patient_event_nouns``: "Navalny's arrest", "the journalist's killing", "his release"),
    when no "of" phrase names that one ("the army's capture of Aleppo": the army acts)."""
    from .role_cues import load_role_cues  # role_cues imports syntax, which calls this module
    if noun.lemma.lower() not in load_role_cues().patient_event_nouns or "of" in {
            p for p, _ in graph.prep_objects(noun)}:
        return []
    return graph.children(noun, "nmod:poss")
