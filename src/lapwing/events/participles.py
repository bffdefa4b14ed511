"""Participles that describe a noun rather than report an act (reduced relative clauses).

English news names people and forces by what happened to them or where they are: "the
journalist kidnapped in Iraq last year was freed", "troops stationed in Transnistria are a
threat", "a man arrested last week said ...". The past participle there modifies the noun
(a reduced relative clause, "who was kidnapped"): it describes a state or an earlier event,
and the noun is the one acted upon, never the actor. The small news parser often reads such a
participle as the main verb, with the noun as its subject and the sentence's real predicate
hung on it without a conjunction ("journalists arrested in Moscow on Monday were released":
``arrested`` ROOT, ``released`` conj). This module finds both shapes and keeps only the events
of such a participle whose actor is its own agent ("people killed by the army were buried":
the army's killing is told); an actor read off the modified noun, or guessed for a participle
with no agent, is dropped (rule ``reduced-relative-participle``).
"""
from __future__ import annotations

from ..model import Token
from .parse_repair import GATHERING_VERBS, time_word
from .syntax import CAUSATIVE_HAVE, SentenceGraph, base, ud

RULE = "reduced-relative-participle"
#: Auxiliaries and copulas that make the verb they attach to finite ("were released", "will leave").
FINITE_AUX = frozenset({"is", "are", "am", "was", "were", "has", "have", "had", "will", "would", "can", "could",
                        "may", "might", "must", "shall", "should", "do", "does", "did", "'s", "'re", "'ve", "'d"})
#: Labels a misparse gives the sentence's real predicate under the participle read as the root.
_PREDICATE_LABELS = frozenset({"conj", "parataxis", "advcl", "ccomp", "dep", "list"})
#: Words between the participle and a real predicate that end its clause (a list or coordination).
_CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "-", "(", ")"})
_NOUNS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def modified_noun(graph: SentenceGraph, tok: Token) -> Token | None:
    """The noun a past participle ``tok`` modifies as a reduced relative clause, or None when
    ``tok`` reports an act of its own. Two shapes:

    * a participle hung on the noun before it (``acl``, not a relative clause with a pronoun)
      with no subject, auxiliary or object of its own: "troops stationed in Transnistria"; not
      the small clause of a causative "have" ("Wagner has 1,200 people deployed in Libya": its
      act), nor the sentence's only finite verb; a form tagged as a past tense counts only inside
      the subject of a later predicate ("troops stationed in X are a threat"), since the parser
      also hangs a main verb on its subject ("leaders appealed to ..., authorities said");
    * a participle read as the main verb of its subject, with the sentence's real, finite
      predicate hung on it with no conjunction, subordinator or comma between them and no
      subject of its own: "journalists arrested in Moscow on Monday were released", "a man
      arrested last week said". A true coordination has "and" ("shot and were killed"), a list
      a comma; an object ("arrested the men") makes the participle a past tense.
    """
    if tok.tag not in ("VBN", "VBD") or tok.pos not in ("VERB", "AUX"):
        return None
    if tok.lemma.lower() in GATHERING_VERBS and not any(p == "by" for p, _ in graph.prep_objects(tok)):
        return None  # "Dozens of Buddhist monks demonstrated in ...": never passive, so never a reduced relative
    if graph.children(tok, "aux", "aux:pass", "obj", "iobj", "cop", "expl", "mark"):
        return None
    head = graph.head(tok)
    if base(tok) == "acl" and ud(tok) != "acl:relcl":
        if head is None or head.pos not in _NOUNS or head.i > tok.i or graph.children(tok, "nsubj", "nsubj:pass"):
            return None
        owner = graph.head(head)
        if owner is not None and ud(head) == "obj" and owner.lemma.lower() in CAUSATIVE_HAVE:
            return None  # "Wagner has 1,200 people deployed in Libya": the owner's act (a small clause)
        if not any(t.i != tok.i and t.tag in ("VBD", "VBZ", "VBP", "MD") for t in graph.sent.tokens):
            return None  # no other finite verb: the sentence's own predicate ("leaders Friday called for")
        if tok.tag == "VBD" and not _subject_of_later_predicate(graph, head, tok):
            return None  # a past tense hung on its subject ("leaders appealed to ..., authorities said")
        return head
    if head is not None and head.i != tok.i and base(tok) not in ("root", "ccomp"):
        return None
    subjects = [s for s in graph.children(tok, "nsubj", "nsubj:pass") if s.i < tok.i]
    if not subjects or not _adjacent(graph, subjects[0], tok):
        return None
    if any(_real_predicate(graph, tok, kid) for kid in graph.children(tok) if kid.i > tok.i):
        return subjects[0]
    return None


def _subject_of_later_predicate(graph: SentenceGraph, noun: Token, verb: Token) -> bool:
    """The noun, or the phrase it is in ("a spokesman for the troops"), is the subject of a
    predicate after ``verb`` ("troops stationed in Transnistria are a threat"): the form tagged
    as a past tense is the participle of a reduced relative inside that subject."""
    cur: Token | None = noun
    for _ in range(4):
        if cur is None:
            return False
        parent = graph.head(cur)
        if base(cur) == "nsubj":
            return parent is not None and parent.i > verb.i
        if base(cur) not in ("nmod", "conj", "appos", "compound") or parent is None or parent.i == cur.i:
            return False
        cur = parent
    return False


def _adjacent(graph: SentenceGraph, noun: Token, verb: Token) -> bool:
    """The participle follows the noun's phrase directly ("journalists arrested", "the soldiers
    of the unit wounded"), with no comma or other word of the clause between."""
    before = graph.by_i.get(verb.i - 1)
    return before is not None and before.pos not in ("PUNCT", "ADV", "AUX", "PART") and _within(graph, before, [noun])


def _real_predicate(graph: SentenceGraph, verb: Token, kid: Token) -> bool:
    """Whether ``kid`` (a dependent after the participle ``verb``) is the sentence's finite
    predicate misread as hanging on it."""
    if base(kid) not in _PREDICATE_LABELS or kid.pos not in ("VERB", "AUX", "ADJ", "NOUN"):
        return False
    if graph.children(kid, "cc", "mark"):
        return False
    subjects = graph.children(kid, "nsubj", "nsubj:pass", "csubj")
    if any(not time_word(s) for s in subjects) or subjects and base(kid) == "ccomp":
        return False  # a clause with a subject of its own ("said the rebels were killed")
    auxes = graph.children(kid, "aux", "aux:pass", "cop")
    if not (kid.tag in ("VBD", "VBZ", "VBP") or any(a.text.lower() in FINITE_AUX for a in auxes)):
        return False
    first = min([kid.i] + [a.i for a in auxes] + [s.i for s in subjects])
    # the sentence's tokens, not a count of numbers: whitespace is no token, so numbers have gaps
    between = [t for t in graph.sent.tokens if verb.i < t.i < first]
    # only the participle's own phrases between ("in Moscow on Monday", "last week", "by police"):
    # no break, conjunction, subordinator or other verb ("threatened today to impose ... sought")
    return not any(t.text in _CLAUSE_BREAKS or t.pos in ("CCONJ", "SCONJ", "VERB") for t in between)


def own_agents(graph: SentenceGraph, tok: Token) -> list[Token]:
    """The agents a participle names itself: "killed by the army" (``by`` or ``obl:agent``)."""
    agents = [obj for prep, obj in graph.prep_objects(tok) if prep == "by"]
    return agents + [k for k in graph.children(tok, "obl:agent") if k not in agents]


def _within(graph: SentenceGraph, tok: Token, tops: list[Token]) -> bool:
    """``tok`` is one of ``tops`` or inside the phrase of one (a conjunct, a name in it)."""
    ids = {t.i for t in tops}
    cur: Token | None = tok
    for _ in range(6):
        if cur is None:
            return False
        if cur.i in ids:
            return True
        parent = graph.head(cur)
        cur = None if parent is None or parent.i == cur.i else parent
    return False


def drop_participle_acts(graph: SentenceGraph, drafts: list, decisions: list) -> list:
    """``drafts`` (drafts.Draft) without the acts read off a reduced relative participle: those
    whose actor is not the participle's own agent. A candidate's decision (drafts.Decision) whose
    drafts are all dropped is marked not coded, with the reason."""
    kept: list = []
    verdicts: dict[int, tuple[Token | None, list[Token]]] = {}
    reasons: dict[int, str] = {}
    for draft in drafts:
        tok = draft.trigger
        if draft.entry.pos != "verb":
            kept.append(draft)
            continue
        if tok.i not in verdicts:
            noun = modified_noun(graph, tok)
            verdicts[tok.i] = (noun, own_agents(graph, tok) if noun is not None else [])
        noun, agents = verdicts[tok.i]
        if noun is None or (agents and _within(graph, draft.actor.token, agents)):
            kept.append(draft)
            continue
        reasons[tok.i] = (f"{RULE}: '{tok.text}' modifies '{noun.text}' (a reduced relative clause): it describes "
                          f"'{noun.text}', the one acted upon, and names no agent of its own; not a new act")
    live = {d.trigger.i for d in kept}
    for decision in decisions:
        i = decision.candidate.token.i
        if decision.coded and i in reasons and i not in live:
            decision.coded, decision.reason = False, f"{decision.reason}; dropped by {reasons[i]}"
    return kept
