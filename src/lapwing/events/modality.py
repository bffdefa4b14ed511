"""How sure the text is that a predicate happened: asserted, reported, negated or hypothetical.

Cues are read off the predicate and the clauses above it (``xcomp``/``ccomp`` chains): a negation
on the predicate or on a governing verb, a negative governor ("refused to", "denied"), a
speculative auxiliary ("might", "could", "would"), a conditional subordinator ("if"), a
speculative or intent governor ("plans to", "hopes to"), the content of a demand ("demanded
that Egypt release"), an act made possible ("enabling the country to export"), a question, or a
reporting verb whose subject becomes the speaker. Precedence: negated > hypothetical > reported >
asserted.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..actors.quotations import quotation_spans
from ..model import Token
from .lexicon import Cues
from .syntax import SentenceGraph, base, prevented_act, ud

_CLIMB = ("xcomp", "ccomp", "advcl", "acl", "csubj", "parataxis", "conj")
#: Auxiliaries of a completed action ("before they had withdrawn").
_PAST_AUX = frozenset({"have", "has", "had", "did", "was", "were"})
#: Intent governors of a stated policy: "plans to impose restrictions" says what the subject
#: will do, so a coercive measure planned is a threat (CAMEO 13x); see rules.PLANNED_THREAT_TYPES.
_PLAN_GOVERNORS = frozenset({"plan", "intend"})
#: "next year", "the coming weeks": a time noun and a modifier that puts it in the future.
_FUTURE_MODIFIERS = frozenset({"next", "coming", "upcoming"})
_FUTURE_TIME_NOUNS = frozenset({"year", "month", "week", "day", "spring", "summer", "autumn", "fall", "winter",
                                "decade", "weekend", "session", "term", "season"})
#: Dependency labels of a time adverbial noun ("said Wednesday", "said on Saturday").
_TIME_ADVERBIAL_DEPS = frozenset({"obl", "obl:unmarked", "obl:tmod", "nmod:tmod", "nmod:unmarked", "npadvmod"})


@dataclass(slots=True)
class Modality:
    value: str = "asserted"
    direct_negation: bool = False        # negation on the predicate itself ("does not support")
    intent: bool = False                 # future/intent: "will support", "plans to open"
    speaker: Token | None = None         # subject token of the reporting verb
    announced: bool = False              # intent from "will"/"would" or a vow: conflictual -> THREATEN
    planned: bool = False                # "plans/intends to": a stated policy (a threat for measures)
    ultimatum: bool = False              # "will withdraw unless ...": a conditional future is a threat
    obligation: bool = False             # "X must withdraw": a demand on X (by the speaker)
    hypothetical: bool = False           # a cue of speculation was seen (even when negation wins)
    refused_by: Token | None = None      # "failed/declined to reach a deal": the refusal governor
    readied_by: Token | None = None      # "the army prepared to resume shelling": a force posture
    scheduled: bool = False              # a future auxiliary on the predicate itself ("will march on Sunday")
    reasons: list[str] = field(default_factory=list)


def _negated(graph: SentenceGraph, tok: Token, cues: Cues) -> bool:
    for kid in graph.children(tok, "advmod", "advmod:neg", "det", "neg", "cc:preconj"):
        if kid.lemma.lower() in cues.negation or kid.text.lower() in cues.negation:
            return True
    # a negative subordinator or preposition ("dispersed the crowd without using force", "a
    # transfer of power without bloodshed"): the clause or phrase it heads did not happen
    return any(kid.lemma.lower() in cues.negation and kid.pos in ("SCONJ", "ADP")
               for kid in graph.children(tok, "mark", "case", "prep"))


def _aux(graph: SentenceGraph, tok: Token) -> set[str]:
    return {k.lemma.lower() for k in graph.children(tok, "aux")} | {
        k.text.lower() for k in graph.children(tok, "aux")}


#: Verbs whose object is an act kept from happening ("to prevent riots", "foiled an attack");
#: not "stop" or "ban", whose object may have happened ("police stopped the protest").
FORESTALLING_VERBS = frozenset({"prevent", "avert", "forestall", "preclude", "thwart", "foil", "deter"})
#: Verbs whose "from" phrase names what is guarded against ("protect the Kurds from attacks").
PROTECTING_VERBS = frozenset({"protect", "shield", "defend", "guard", "safeguard", "save", "secure", "insulate"})


#: Nouns whose "of" phrase is a possibility, not a happening ("the specter of a withdrawal", "the
#: prospect of sanctions", "the threat of a strike", "fears of an attack").
POSSIBILITY_NOUNS = frozenset({"specter", "spectre", "prospect", "possibility", "threat", "risk", "fear", "danger",
                               "likelihood", "chance", "idea", "option", "scenario", "hope", "hopes", "fears",
                               "prospects", "threats", "risks"})
#: Modifiers of an event noun that say it has not happened ("Iraq's planned embargo", "the
#: proposed sanctions", "a possible attack").
UNREALISED_MODIFIERS = frozenset({"planned", "proposed", "possible", "potential", "intended", "prospective",
                                  "contemplated", "mooted", "would-be", "threatened", "impending", "expected"})


def modality_of(graph: SentenceGraph, pred: Token, cues: Cues) -> Modality:
    """The modality of ``pred`` (a verb, or the light verb of a nominal event)."""
    result = Modality()
    negated = hypothetical = False
    if _negated(graph, pred, cues):
        negated = result.direct_negation = True
        result.reasons.append(f"negation on '{pred.text}'")
    head = graph.head(pred)
    if pred.pos == "NOUN" and base(pred) == "obj" and head is not None and head.lemma.lower() in FORESTALLING_VERBS:
        # "patrolled ... to prevent Palestinian riots": what is prevented does not happen
        negated = True
        result.reasons.append(f"object of '{head.text}': prevented, not done")
    if pred.pos == "NOUN" and head is not None and head.lemma.lower() in PROTECTING_VERBS \
            and head.tag in ("VB", "VBZ", "VBP") and "from" in graph.child_lemmas(pred, "case"):
        # "to protect the Kurdish population from attacks by Iraqi army": guarded against, not
        # done (an infinitive or present protection; "defended the town from an attack" was one)
        negated = True
        result.reasons.append(f"what '{head.text}' guards against: prevented, not done")
    if pred.tag == "VBG" and base(pred) == "advcl" and head is not None and "for" in graph.child_lemmas(pred, "mark", "case") \
            and graph.is_passive(head):
        # "was arrested in Lebanon for collaborating with Israel", "captured ... for allegedly
        # fighting with the Taliban": the reason given for what was done to them, an allegation
        hypothetical = True
        result.reasons.append(f"the reason given for '{head.text}': alleged, not reported as done")
    if pred.pos == "NOUN" and base(pred) == "nmod" and head is not None and head.lemma.lower() in POSSIBILITY_NOUNS \
            and "of" in graph.child_lemmas(pred, "case"):
        # "raise again the specter of a U.N. withdrawal from Bosnia": a possibility, not an act
        hypothetical = True
        result.reasons.append(f"inside '{head.text} of': a possibility, not a happening")
    if pred.pos == "NOUN" and base(pred) == "obj" and head is not None and head.pos in ("VERB", "AUX"):
        # "fighters who could direct Pakistani artillery fire onto the highway": what a verb with
        # a speculative auxiliary might do with its object is no happening either
        speculative = _aux(graph, head) & cues.speculative_aux
        if speculative and not (speculative <= cues.reported_future_aux and _reported_clause(graph, head, cues)):
            hypothetical = True
            result.reasons.append(f"object of '{head.text}' with the speculative auxiliary '{sorted(speculative)[0]}'")
    if pred.pos == "NOUN":
        unrealised = sorted(k.text.lower() for k in graph.children(pred, "amod") if k.text.lower() in UNREALISED_MODIFIERS)
        if unrealised:  # "news of Iraq's planned embargo": not (yet) done
            hypothetical = True
            result.reasons.append(f"'{unrealised[0]} {pred.text}': not (yet) done")
    carrier = slogan_carrier(graph, pred)
    if carrier is not None:  # "waving signs that said "Japan apologize for Pearl Harbor"": a slogan
        hypothetical = True
        result.reasons.append(f"quoted words of a '{carrier.text}': a slogan, not a report of a happening")
    cur = pred
    backshifted = False      # "said they would boycott": "would" is the reported "will"
    conditional = False
    infinitives_only = True  # the chain climbed so far is of to-infinitives ("prepared to resume shelling")
    generic = _generic_frame(graph, pred, cues)
    if generic:
        hypothetical = True
        result.reasons.append(generic)
    for step in range(8):  # climb the clause chain
        aux = _aux(graph, cur)
        if step == 0 and aux & cues.obligation_aux:
            result.obligation = True
        speculative = aux & cues.speculative_aux
        if speculative and speculative <= cues.reported_future_aux and _reported_clause(graph, cur, cues):
            backshifted = True
            result.intent = result.announced = True
            result.reasons.append(f"'{sorted(speculative)[0]}' on '{cur.text}' is a reported future")
        elif speculative:
            hypothetical = True
            result.reasons.append(f"speculative auxiliary '{sorted(speculative)[0]}' on '{cur.text}'")
        if aux & cues.future_aux:
            result.intent = result.announced = True
            result.scheduled = result.scheduled or step == 0
            result.reasons.append(f"future auxiliary on '{cur.text}'")
        elif step == 0 and _future_time(graph, cur):
            result.intent = True
            result.reasons.append(f"future time adverbial on '{cur.text}' ('decided to withdraw next year')")
        marks = graph.child_lemmas(cur, "mark") | {m for k in graph.children(cur, "advcl")
                                                    for m in graph.child_lemmas(k, "mark")}
        if marks & cues.ultimatum_marks and (result.intent or aux & cues.future_aux):
            result.ultimatum = True
            result.reasons.append(f"conditional future ('{sorted(marks & cues.ultimatum_marks)[0]}'): a threat")
        elif graph.child_lemmas(cur, "mark") & cues.conditional_marks:
            hypothetical = conditional = True
            result.reasons.append(f"conditional '{sorted(marks & cues.conditional_marks)[0]}' on '{cur.text}'")
        pending = graph.child_lemmas(cur, "mark") & cues.pending_marks
        if pending and cur.tag in ("VB", "VBP", "VBZ") and not aux & _PAST_AUX:
            hypothetical = True
            result.reasons.append(f"'{sorted(pending)[0]}' with the present tense on '{cur.text}': not yet happened")
        if _subjunctive(graph, cur):
            hypothetical = True
            result.reasons.append(f"subjunctive '{cur.text}' (what is demanded or proposed, not done)")
        for kid in graph.children(cur, "parataxis", "advcl", "ccomp"):
            if base(kid) == "advcl" and (graph.children(kid, "mark") or kid.i < cur.i):
                continue
            if base(kid) == "ccomp" and not trailing_report(graph, kid, cur, ud(kid), cues):
                continue
            if base(kid) == "parataxis" and graph.children(kid, "ccomp"):
                continue  # "free Sunni Muslims they say have been arrested": it reports its own clause
            if kid.lemma.lower() in cues.reporting_verbs and result.speaker is None:
                subjects, _ = graph.subject_tokens(kid)
                if subjects:
                    result.speaker = subjects[0]
                    result.reasons.append(f"reported by '{subjects[0].text}' ({kid.text}, parataxis)")
        for prep, obj in graph.prep_objects(cur):
            if prep in ("according to", "to") and any(k.lemma.lower() == "according" for k in graph.children(obj, "case")):
                result.speaker = result.speaker or obj
                result.reasons.append(f"reported: according to '{obj.text}'")
        head, dep = clause_governor(graph, cur)
        if head is None or dep.split(":")[0] not in _CLIMB:
            break
        if dep.split(":")[0] == "conj":  # only auxiliaries are shared across coordination; go on from the first conjunct
            if graph.children(cur, "nsubj", "nsubj:pass"):
                break
            cur = head
            continue
        if trailing_report(graph, cur, head, dep, cues):
            break  # "X are failing to ..., a rights group protested": the speaker's clause, not a complement
        lemma = head.lemma.lower()
        phrasal = f"{lemma} {graph.particle(head)}"
        if _content_of_directive(graph, cur, head, dep, cues):
            hypothetical = True
            result.reasons.append(f"content of the demand '{head.text}': asked for, not done")
        elif (_purpose_clause(graph, cur, dep) and lemma in cues.directive_governors | cues.speculative_governors) or (
                _purpose_clause(graph, cur, dep, passive=True) and lemma in cues.purpose_passives
                and graph.children(head, "aux:pass", "nsubj:pass")):
            # "proposing counter-measures to finance schools", "asked for help to rebuild": the aim of a
            # proposal or request; "a database used by officers to prosecute": a standing purpose
            hypothetical = True
            result.reasons.append(f"purpose clause of '{head.text}': proposed or habitual, not done")
        if dep.split(":")[0] in ("xcomp", "ccomp", "csubj"):
            if lemma in cues.negative_governors or phrasal in cues.negative_governors:
                negated = True
                result.reasons.append(f"negative governor '{head.text}'")
                if (lemma in cues.refusal_governors or phrasal in cues.refusal_governors) and dep == "xcomp":
                    result.refused_by = result.refused_by or head
            elif _negated(graph, head, cues) and (dep == "xcomp" or lemma in cues.reporting_verbs
                                                   | cues.speculative_governors | cues.intent_governors):
                negated = True
                result.reasons.append(f"governor '{head.text}' is negated")
            if lemma in cues.enabling_governors and dep == "xcomp" and graph.children(head, "obj", "iobj", "nsubj:pass"):
                # "enabling the country to export", "were allowed to return"; not "helped (to) fund",
                # where the helper takes part in what is done
                hypothetical = True
                result.reasons.append(f"enabling governor '{head.text}': the act made possible is not asserted")
            if lemma in cues.readiness_governors and dep == "xcomp" and infinitives_only:
                result.readied_by = head  # "prepared to (resume) shelling"
            if lemma in cues.intent_governors and dep == "xcomp":
                result.intent = True
                result.announced = result.announced or lemma in cues.commissive_governors
                result.planned = result.planned or lemma in _PLAN_GOVERNORS
                result.reasons.append(f"intent governor '{head.text}'")
            elif lemma in cues.speculative_governors:
                hypothetical = True
                result.reasons.append(f"speculative governor '{head.text}'")
            elif dep == "xcomp" and infinitives_only and "to" in graph.child_lemmas(cur, "mark"):
                # only over a chain of to-infinitives: "we have to say that they had agreed" obliges
                # the saying, not the agreement told
                head_aux = _aux(graph, head)
                if lemma in cues.obligation_governors and head.tag in ("VBZ", "VBP", "VB") and not head_aux & _PAST_AUX:
                    hypothetical = True   # "has to support": an obligation, not yet met
                    result.reasons.append(f"obligation '{head.text} to': not yet done")
                elif (lemma in cues.future_governors and head.tag == "VBG" and head_aux & {"be", "'s", "'re", "'m"}
                      and not head_aux & {"was", "were"}):   # "were going to reinforce" may be on their way
                    result.intent = result.announced = True   # "is going to take over": a future
                    result.reasons.append(f"future '{head.text} to' on '{cur.text}'")
            if lemma in cues.reporting_verbs and result.speaker is None and dep == "ccomp":
                subjects = _reporters(graph, head)
                if subjects:
                    result.speaker = subjects[0]
                    result.reasons.append(f"reported by '{subjects[0].text}' ({head.text})")
        if prevented_act(graph, cur):  # "to prevent Iraqi troops from launching attacks": not done
            negated = True
            result.reasons.append(f"prevented: the 'from' clause of '{head.text}'")
        infinitives_only = infinitives_only and dep == "xcomp"
        if dep.split(":")[0] == "advcl" and not (graph.child_lemmas(cur, "mark") & {"to"}):
            break  # a non-purpose adverbial clause does not inherit the main clause's modality
        cur = head
    if backshifted and conditional:
        result.intent = result.announced = False
    if graph.sent.text.rstrip().endswith("?"):
        hypothetical = True
        result.reasons.append("question")
    result.hypothetical = hypothetical
    if negated:
        result.value = "negated"
    elif hypothetical:
        result.value = "hypothetical"
    elif result.speaker is not None:
        result.value = "reported"
    return result


#: Things protesters carry or put up, whose words are slogans ("signs that said ...", "banners
#: reading ..."), not reports of what happened.
SLOGAN_CARRIERS = frozenset({"sign", "banner", "placard", "poster", "slogan", "graffiti", "leaflet", "flyer",
                             "t-shirt", "shirt", "sticker", "billboard", "chant", "streamer", "board", "chanting"})


#: Words between a sign and the quotation of its words ("signs that said", "banners reading").
_SLOGAN_LINK_WORDS = frozenset({"that", "which", "say", "read", "bear", "proclaim", "declare", "with"})
#: What may stand between two quotations of one list (their marks, commas, "and").
_LIST_GAP = re.compile("[\\s,;:.\"\u201c\u201d]*(?:and|or)?[\\s,;:.\"\u201c\u201d]*")


def slogan_carrier(graph: SentenceGraph, tok: Token) -> Token | None:
    """The sign, banner or chant whose quoted words hold ``tok`` ("waving signs that said "Japan
    apologize for Pearl Harbor," ... and "Japan must compensate war victims"", "banners reading
    "..."", a list of quotations sharing one carrier), or None. The quotations are the actors
    stage's (:func:`~lapwing.actors.quotations.quotation_spans`)."""
    text, offset = graph.sent.text, graph.sent.start_char
    carrier, last_end = None, None
    for quotation in quotation_spans(text):
        if carrier is None or last_end is None or not _LIST_GAP.fullmatch(text[last_end:quotation.start]):
            carrier = _carrier_before(graph, offset + quotation.start - 1)
        last_end = quotation.end
        if quotation.holds(tok.start_char - offset):
            return carrier
    return None


def _carrier_before(graph: SentenceGraph, start: int) -> Token | None:
    before = [t for t in graph.sent.tokens if t.end_char <= start][-5:]
    for t in reversed(before):
        if t.lemma.lower() in SLOGAN_CARRIERS or t.text.lower() in SLOGAN_CARRIERS:
            return t
        if t.pos != "PUNCT" and t.lemma.lower() not in _SLOGAN_LINK_WORDS:
            return None
    return None


def _future_time(graph: SentenceGraph, tok: Token) -> bool:
    """A time adverbial of the future on ``tok`` ("next year", "in the coming weeks")."""
    for kid in graph.children(tok, "obl", "obl:tmod", "obl:unmarked", "nmod:tmod", "npadvmod", "advmod"):
        if kid.lemma.lower() in _FUTURE_TIME_NOUNS and graph.child_lemmas(kid, "amod", "det") & _FUTURE_MODIFIERS:
            return True
    return False


def clause_governor(graph: SentenceGraph, tok: Token) -> tuple[Token | None, str]:
    """The head of the clause ``tok`` heads and its dependency label, mending one common
    misparse: a "that" clause after a reporting verb and a time adverbial ("said Wednesday that
    the US must ...") read as a relative clause of the time noun. A clause whose "that" is a
    subordinator (``mark``, not a relative pronoun) and whose head is a date or time adverbial
    of a verb is that verb's complement (``ccomp``)."""
    head = graph.head(tok)
    if head is None or base(tok) != "acl" or head.pos not in ("NOUN", "PROPN", "NUM"):
        return head, ud(tok)
    if not any(k.lemma.lower() == "that" for k in graph.children(tok, "mark")):
        return head, ud(tok)
    verb = graph.head(head)
    temporal = head.ent_type in ("DATE", "TIME") or ud(head) in ("obl:tmod", "nmod:tmod", "obl:unmarked", "npadvmod")
    if verb is not None and verb.pos in ("VERB", "AUX") and temporal and ud(head) in _TIME_ADVERBIAL_DEPS:
        return verb, "ccomp"
    return head, ud(tok)


def _subjunctive(graph: SentenceGraph, tok: Token) -> bool:
    """A "that" clause with a subject and a bare verb and no auxiliary: the mandative
    subjunctive of demands and proposals ("demanded that the US cancel its plans", "its demand
    that Israel ease restrictions"), which says what should happen, not what did."""
    if tok.tag != "VB" or graph.children(tok, "aux", "aux:pass"):
        return False
    if not graph.children(tok, "nsubj", "nsubj:pass"):
        return False
    return any(k.lemma.lower() == "that" and k.pos == "SCONJ" for k in graph.children(tok))


def trailing_report(graph: SentenceGraph, clause: Token, head: Token, dep: str, cues: Cues) -> bool:
    """A clause the parser hung as a complement of the verb before it, though it follows that
    verb's clause after a comma, with its own subject, no subordinator and no complement of its
    own: the speaker's clause of a report told first ("Croatian authorities are failing to ...,
    a rights group protested"). Its verb is the main assertion, not governed by the first clause.
    A verb of saying keeps its complement ("the ICC said Malawi's president, X, had agreed")."""
    if base(clause) != "ccomp" or dep != "ccomp" or clause.i < head.i or graph.children(clause, "mark"):
        return False
    if head.lemma.lower() in cues.reporting_verbs or graph.children(clause, "ccomp", "xcomp", "parataxis"):
        return False
    subjects = graph.children(clause, "nsubj", "nsubj:pass")
    if not subjects or subjects[0].i > clause.i:
        return False
    previous = graph.by_i.get(_leftmost(graph, subjects[0]) - 1)
    return previous is not None and previous.text == ","


def _leftmost(graph: SentenceGraph, tok: Token) -> int:
    kids = [k for k in graph.children(tok) if k.i < tok.i]
    return min((_leftmost(graph, k) for k in kids), default=tok.i)


def _content_of_directive(graph: SentenceGraph, clause: Token, head: Token, dep: str, cues: Cues) -> bool:
    """Whether ``clause`` (a verb) is what a demand, call or order asks for: the complement of a
    directive verb ("demanded that Egypt release the prisoners", whatever the demand is coded as)
    or the content clause of a directive noun ("its demand that the government grant ...")."""
    if clause.pos not in ("VERB", "AUX") or head.lemma.lower() not in cues.directive_governors:
        return False
    kind = dep.split(":")[0]
    if head.pos in ("VERB", "AUX"):
        return kind in ("xcomp", "ccomp")
    return head.pos in ("NOUN", "PROPN") and kind in ("acl", "ccomp") and (
        graph.child_lemmas(clause, "mark") & {"that", "to"})


def _reported_clause(graph: SentenceGraph, tok: Token, cues: Cues) -> bool:
    """Whether ``tok`` heads (or is coordinated into) the complement of a reporting verb."""
    cur = tok
    for _ in range(3):
        head, dep = clause_governor(graph, cur)
        if head is None:
            return False
        if dep == "ccomp" and head.lemma.lower() in cues.reporting_verbs:
            return True
        if dep.split(":")[0] != "conj":
            return False
        cur = head
    return False


def _purpose_clause(graph: SentenceGraph, clause: Token, dep: str, *, passive: bool = False) -> bool:
    """A "to" clause of purpose hung on a verb ("marched ... to deliver"); after a passive
    ("is used to track") the parser may call it ``xcomp``."""
    kinds = ("advcl", "xcomp") if passive else ("advcl",)
    return dep.split(":")[0] in kinds and "to" in graph.child_lemmas(clause, "mark")


def _reporters(graph: SentenceGraph, verb: Token) -> list[Token]:
    """The subject of a reporting verb; for "X was quoted (cited) as saying", the passive subject
    of the frame: the quoted person is the speaker."""
    subjects, _ = graph.subject_tokens(verb)
    head = graph.head(verb)
    if subjects or head is None or base(verb) != "advcl" or "as" not in graph.child_lemmas(verb, "mark"):
        return subjects
    return graph.children(head, "nsubj:pass")


def _generic_frame(graph: SentenceGraph, pred: Token, cues: Cues) -> str:
    """Why ``pred`` describes what a rule or policy is about rather than a happening ("policies
    regarding Muslims traveling to the U.S."): a non-finite clause with no subject of its own inside a
    policy noun (``policy_nouns``), climbing noun modifiers and clauses on nouns. Empty when not."""
    if ud(pred) == "acl:relcl" or pred.tag not in ("VBG", "VBN", "VB") or graph.children(pred, "nsubj", "nsubj:pass"):
        return ""  # a finite or relative clause asserts ("a policy which the U.S. criticised")
    cur = pred
    for _ in range(4):
        head = graph.head(cur)
        if head is None or base(cur) not in ("acl", "nmod", "amod", "compound", "appos") or cur.i < head.i \
                and base(cur) != "nmod":
            return ""
        if head.pos == "NOUN" and head.lemma.lower() in cues.policy_nouns:
            return f"inside the {head.text} '{head.lemma}': what a rule or policy is about, not a happening"
        cur = head
    return ""
