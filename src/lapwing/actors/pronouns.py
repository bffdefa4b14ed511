"""Pronouns resolved in the plain cases; a pronoun that could mean two actors gets no mention.

Each resolved pronoun becomes a mention of its antecedent's kind carrying the antecedent's
actor; its rule names how and its evidence names the antecedent. In order:

1. ``coreference: pronoun`` (subject continuity): a subject pronoun of a sentence's main verb
   ("he", "she", "it", "they"), with no mention before it in its sentence, continues the
   previous sentence's main-verb subject when that subject is resolved and of a fitting kind.
2. ``coreference: pronoun, the only candidate``: "he/him/his/she/her" refer to the most recent
   person named as a subject in the same or the previous sentence, and "it/its" to the most
   recent state or organisation subject, when no other person (state or organisation) is named
   between them. Outside a quotation, names inside quotations are not candidates; inside one,
   only names in the same quotation are. An empty "it" ("it is clear", "it seems") is skipped.
3. ``coreference: quotation speaker``: "I/me/my" inside a direct quotation are its speaker
   (:mod:`lapwing.actors.quotations`); "we/us/our" are the speaker when it is a state or
   organisation, or the speaker's state or organisation on the article's date when the speaker is
   a person holding an office in one (a minister's "we" is the government).

A pronoun in a reported clause that none of these resolves ("Switzerland said it had expelled
...") is left to the events stage, which reads it as the reporter.

4. ``pronoun (unresolved)``: with ``unresolved=True``, a personal pronoun that none of these
   resolves still marks a mention of the kind its word implies, with no actor code: "he", "she",
   "I", "me" a person, "we", "us" an organisation (the body the writer or speaker belongs to),
   "they", "them" a group. The events stage uses only resolved mentions, so such a mention never
   fills a role (its reporter fallback still reads the pronoun); it records that an actor is
   mentioned there. "it" is left out: most are not actors ("it is clear", a thing).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from ..model import Token
from .data_files import word_groups
from .quotations import Quotation, Speaker, quotation_spans, quotation_speakers
from .coreference import name_part
from .rules import SentenceContext
from .schema import ActorEntry
from .spans import Span, actor_for, choose_entry

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
#: Pronoun -> mention kinds it can stand for, for subject continuity.
CONTINUITY_KINDS = {"he": frozenset({"person"}), "she": frozenset({"person"}),
                    "it": frozenset({"organization", "location"}),
                    "they": frozenset({"group", "organization", "nationality"})}
#: Sectors of an office whose holder's "we" is the body he or she speaks for.
BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY", "REB", "OPP", "PTY", "IGO", "NGO"})
_GROUPS = ("person", "thing", "speaker", "speaker_group", "plural", "possessive", "expletive_heads", "speech_verbs")
PerSentence = list[tuple[SentenceContext, list[Span]]]


@dataclass(frozen=True)
class PronounWords:
    """The word lists of ``data/pronouns.yaml``."""

    person: frozenset[str]
    thing: frozenset[str]
    speaker: frozenset[str]
    speaker_group: frozenset[str]
    plural: frozenset[str]
    possessive: frozenset[str]
    expletive_heads: frozenset[str]
    speech_verbs: frozenset[str]

    @classmethod
    def load(cls, path: Path) -> PronounWords:
        groups = word_groups(path, _GROUPS, code="E327")
        return cls(**{name: frozenset(words) for name, words in groups.items()})


def resolve_pronouns(per_sentence: PerSentence, *, words: PronounWords, text: str,
                     entries: dict[str, ActorEntry], day: dt.date | None,
                     possessives: bool = False, unresolved: bool = False) -> None:
    """Add a mention for each pronoun resolved by the rules above (in place). Possessive
    determiners ("his", "its", "our") get mentions only with ``possessives``: the events stage
    reads a possessor as the actor of its noun phrase ("reopened its Damascus embassy" would make
    the actor its own recipient)."""
    quotations = quotation_spans(text)
    resolve_subject_pronouns(per_sentence)
    for number, (ctx, spans) in enumerate(per_sentence):
        for k, tok in enumerate(ctx.tokens):
            word = tok.text.lower()
            if not possessives and _is_possessive(tok, words):
                continue
            if word in words.person or word in words.thing:
                if not _covered(spans, k):
                    _resolve_third_person(per_sentence, number, k, words=words, quotations=quotations)
    speakers = quotation_speakers(quotations, per_sentence, speech_verbs=words.speech_verbs)
    for quotation, speaker in zip(quotations, speakers):
        if speaker is not None:
            _resolve_first_person(per_sentence, quotation, speaker, words=words, entries=entries, day=day,
                                  possessives=possessives)
    if unresolved:
        mark_unresolved_pronouns(per_sentence, words=words)


def _is_possessive(tok: Token, words: PronounWords) -> bool:
    """A possessive determiner ("his", "its"; "her" only where it determines a noun)."""
    return tok.text.lower() in words.possessive and (tok.text.lower() != "her" or tok.tag == "PRP$"
                                                     or tok.dep == "nmod:poss")


def _covered(spans: list[Span], k: int) -> bool:
    return any(span.start <= k < span.end for span in spans)


def _text(ctx: SentenceContext, span: Span) -> str:
    return " ".join(t.text for t in ctx.tokens[span.start:span.end])


def _pronoun(ctx: SentenceContext, antecedent: Span, k: int, *, kind: str, rule: str, reason: str,
             evidence: list[str] | None = None) -> Span:
    """A pronoun span at token ``k`` standing for ``antecedent`` (of sentence ``ctx``)."""
    text = _text(ctx, antecedent)
    return Span(start=k, end=k + 1, kind=kind, form="pronoun", entry_ids=list(antecedent.entry_ids),
                country=antecedent.country or ctx.country_of(antecedent), code=antecedent.code,
                sector=antecedent.sector, name=antecedent.name or text, rule=rule, reason=reason,
                evidence=evidence or [f"antecedent {text!r}"], former=antecedent.former,
                weak_country=antecedent.weak_country)


def _add(spans: list[Span], span: Span) -> None:
    spans.append(span)
    spans.sort(key=lambda s: s.start)


# -- 1. subject continuity -------------------------------------------------------------------

def main_subject(ctx: SentenceContext, spans: list[Span]) -> Span | None:
    """The span whose last token is the subject of the sentence's root verb."""
    tokens = ctx.tokens
    for span in spans:
        head = tokens[span.end - 1]
        if head.dep in SUBJECT_DEPS and _is_root(tokens, head.head):
            return span
    return None


def _is_root(tokens: list, index: int) -> bool:
    offset = tokens[0].i
    k = index - offset
    return 0 <= k < len(tokens) and tokens[k].dep.lower() == "root"


def _resolved(ctx: SentenceContext, span: Span) -> bool:
    return bool(span.country or span.code or ctx.country_of(span) or span.entry_ids)


def resolve_subject_pronouns(per_sentence: PerSentence) -> None:
    """Add a mention for each main-verb subject pronoun that continues the previous subject."""
    for number in range(1, len(per_sentence)):
        ctx, spans = per_sentence[number]
        prev_ctx, prev_spans = per_sentence[number - 1]
        antecedent = main_subject(prev_ctx, prev_spans)
        if antecedent is None or not _resolved(prev_ctx, antecedent):
            continue
        for k, tok in enumerate(ctx.tokens):
            word = tok.text.lower()
            if word not in CONTINUITY_KINDS or tok.dep not in SUBJECT_DEPS or not _is_root(ctx.tokens, tok.head):
                continue
            if any(span.start <= k for span in spans):
                break  # a named actor comes first: the pronoun may refer to it
            kind = antecedent.kind
            if kind not in CONTINUITY_KINDS[word] or (word == "it" and antecedent.form == "plural"):
                break
            _add(spans, _pronoun(prev_ctx, antecedent, k, kind=kind, rule="coreference: pronoun",
                                 reason=f"subject pronoun {tok.text!r} continues the previous sentence's subject"))
            break


# -- 2. the only candidate -------------------------------------------------------------------

def _is_subject(ctx: SentenceContext, span: Span) -> bool:
    offset = ctx.tokens[0].i
    return any(ctx.tokens[k].dep in SUBJECT_DEPS and not span.start <= ctx.tokens[k].head - offset < span.end
               for k in range(span.start, span.end))


def _is_state_or_body(ctx: SentenceContext, span: Span) -> bool:
    if span.form in ("plural", "adjective"):
        return False
    if span.kind == "organization":
        return True
    return span.kind == "location" and ctx.is_country_span(span)


def _name_words(ctx: SentenceContext, span: Span) -> frozenset[str]:
    """The words that name an actor: a pronoun's antecedent name, else the span's words after
    its titles ("Deputy Secretary Blinken" -> blinken)."""
    if span.form == "pronoun":
        return frozenset((span.name or "").lower().split())
    part = name_part(ctx, span)
    return frozenset(ctx.keys[part.start:part.end] or ctx.keys[span.start:span.end])


def _same_actor(a: tuple[SentenceContext, Span], b: tuple[SentenceContext, Span]) -> bool:
    """One actor: the same entry, or names sharing a word ("Karim Wasifi", "Karim", "he")."""
    if a[1].entry_ids and b[1].entry_ids:
        return a[1].entry_ids[0] == b[1].entry_ids[0]
    return bool(_name_words(*a) & _name_words(*b))


def _expletive(ctx: SentenceContext, k: int, words: PronounWords) -> bool:
    tok = ctx.tokens[k]
    if tok.dep == "expl":
        return True
    head_k = tok.head - ctx.tokens[0].i
    if tok.dep in SUBJECT_DEPS and 0 <= head_k < len(ctx.tokens):
        head = ctx.tokens[head_k]
        return head.pos == "ADJ" or (head.lemma.lower() or head.text.lower()) in words.expletive_heads
    return False


def _resolve_third_person(per_sentence: PerSentence, number: int, k: int, *, words: PronounWords,
                          quotations: list[Quotation]) -> None:
    ctx, spans = per_sentence[number]
    tok = ctx.tokens[k]
    word = tok.text.lower()
    is_person = word in words.person
    if not is_person and _expletive(ctx, k, words):
        return
    inside = next((q for q in quotations if q.holds(tok.start_char)), None)

    def candidate(c_ctx: SentenceContext, span: Span) -> bool:
        start_char = c_ctx.tokens[span.start].start_char
        where = next((q for q in quotations if q.holds(start_char)), None)
        if where != inside:
            return False
        return span.kind == "person" if is_person else _is_state_or_body(c_ctx, span)

    window = [(per_sentence[n][0], span) for n in (number - 1, number) if n >= 0
              for span in per_sentence[n][1] if n < number or span.end <= k]
    window = [(c_ctx, span) for c_ctx, span in window if candidate(c_ctx, span)]
    subjects = [found for found in window if _is_subject(*found)]
    if not subjects or not all(_same_actor(subjects[-1], other) for other in window):
        return      # none, or another person (state or organisation) named: ambiguous
    c_ctx, span = subjects[-1]
    if not is_person and not _resolved(c_ctx, span):
        return
    if c_ctx is ctx and _subject_of_own_clause(ctx, span, k):
        return      # "captured East Jerusalem ... and annexed it": an object pronoun is not its own subject
    _add(spans, _pronoun(c_ctx, span, k, kind=span.kind if is_person else "organization",
                         rule="coreference: pronoun, the only candidate",
                         reason=f"{tok.text!r}: the only {'person' if is_person else 'state or organisation'} "
                                f"named as a subject in this or the previous sentence"))


def _subject_of_own_clause(ctx: SentenceContext, span: Span, k: int) -> bool:
    """Whether the span is the subject of the verb whose object the pronoun at ``k`` is (or of
    the verb that verb is joined to): a pronoun that is not reflexive never stands for the subject
    of its own clause ("The Jewish state captured East Jerusalem ... and annexed it")."""
    tok = ctx.tokens[k]
    if tok.dep not in ("obj", "iobj", "dobj"):
        return False
    offset = ctx.tokens[0].i
    verb = tok.head - offset
    for _ in range(3):
        if not 0 <= verb < len(ctx.tokens):
            return False
        subjects = [j for j, t in enumerate(ctx.tokens)
                    if t.head - offset == verb and t.dep in SUBJECT_DEPS and j != verb]
        if subjects:
            return any(span.start <= j < span.end for j in subjects)
        if ctx.tokens[verb].dep != "conj":
            return False
        verb = ctx.tokens[verb].head - offset
    return False


# -- 3. the speaker of a quotation -----------------------------------------------------------

def _resolve_first_person(per_sentence: PerSentence, quotation: Quotation, speaker: Speaker, *,
                          words: PronounWords, entries: dict[str, ActorEntry], day: dt.date | None,
                          possessives: bool) -> None:
    speaker_ctx = per_sentence[speaker.sentence][0]
    antecedent = speaker.span
    name = _text(speaker_ctx, antecedent)
    body = _speaker_body(speaker_ctx, antecedent, entries=entries, day=day)
    for ctx, spans in per_sentence:
        if not ctx.tokens or ctx.tokens[-1].end_char < quotation.start or ctx.tokens[0].start_char > quotation.end:
            continue
        for k, tok in enumerate(ctx.tokens):
            word = tok.text.lower()
            if not quotation.holds(tok.start_char) or _covered(spans, k) or (
                    not possessives and _is_possessive(tok, words)):
                continue
            evidence = [f"speaker {name!r} ({speaker.how})"]
            if word in words.speaker and antecedent.kind == "person":
                _add(spans, _pronoun(speaker_ctx, antecedent, k, kind="person", rule="coreference: quotation speaker",
                                     reason=f"{tok.text!r} in a direct quotation is its speaker", evidence=evidence))
            elif word in words.speaker_group and body is not None:
                _add(spans, replace(body, start=k, end=k + 1, entry_ids=list(body.entry_ids),
                                    evidence=evidence + list(body.evidence)))


def _speaker_body(ctx: SentenceContext, span: Span, *, entries: dict[str, ActorEntry],
                  day: dt.date | None) -> Span | None:
    """What a speaker's "we" stands for: the speaker itself when a state or organisation, else
    the body of the office the person holds on ``day`` (country or IGO/NGO code, and sector)."""
    reason = "'we' in a direct quotation"
    if span.kind in ("organization", "group") or (span.kind == "location" and ctx.is_country_span(span)):
        if not _resolved(ctx, span):
            return None
        return _pronoun(ctx, span, 0, kind="organization" if span.kind == "location" else span.kind,
                        rule="coreference: quotation speaker", reason=f"{reason} is its speaker")
    if span.kind != "person":
        return None
    entry = choose_entry(span, entries, day)
    actor, _ = actor_for(span, entry, day, span.name or "")
    code = actor.code or actor.country
    sector = actor.sector or ("IGO" if code == "IGO" else "NGO" if code == "NGO" else None)
    if not code or sector not in BODY_SECTORS or span.former or span.weak_country:
        return None
    return Span(start=0, end=1, kind="organization", form="pronoun", country=actor.country,
                code=code, sector=actor.sector, name=f"{code} {actor.sector or ''}".strip(),
                rule="coreference: quotation speaker",
                reason=f"{reason} is the body its speaker speaks for ({code} {actor.sector or ''})".rstrip(),
                evidence=[f"office of {actor.name!r} on {day}"])


# -- 4. unresolved pronouns ------------------------------------------------------------------

def _unresolved_kind(tok: Token, words: PronounWords) -> str | None:
    """The mention kind a personal pronoun implies, or None for other words ("US" the country,
    "I" a numeral, possessive determiners)."""
    word = tok.text.lower()
    if (tok.pos and tok.pos != "PRON") or _is_possessive(tok, words) or (word == "us" and tok.text.isupper()):
        return None
    if word in words.person or word in words.speaker:
        return "person"
    if word in words.speaker_group:
        return "organization"
    return "group" if word in words.plural else None


def mark_unresolved_pronouns(per_sentence: PerSentence, *, words: PronounWords) -> None:
    """Add a codeless mention for each personal pronoun no rule resolved (in place)."""
    for ctx, spans in per_sentence:
        for k, tok in enumerate(ctx.tokens):
            kind = _unresolved_kind(tok, words)
            if kind is None or _covered(spans, k):
                continue
            _add(spans, Span(start=k, end=k + 1, kind=kind, form="pronoun", rule="pronoun (unresolved)",
                             reason=f"{tok.text!r}: a personal pronoun for a {kind}; no antecedent is certain"))
