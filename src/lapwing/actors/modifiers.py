"""Rules that give sector words and names their country from the words around them:
"Syrian army", "US special forces", "army of Syria", "Syria's army", "Haftar's eastern-based
forces", "Assad forces", "Turkish-backed militant groups" (a backer, not the owner),
"militant group Hamas" (a descriptor before a name) and "X, US special envoy ..." (appositive)."""
from __future__ import annotations

from ..model import Token
from ..events.parse_repair import verb_read_as_noun_at
from .peoples import is_identity
from .rules import (BACKING_WORDS, EMPLOYER_PREPOSITIONS, LEADING_WORDS, POSSESSIVE,
                    SentenceContext, opposed, title_at)
from .spans import SHARED_MODIFIER_RULE, Span

_MAX_GAP = 3          # words allowed between a modifier and the sector word ("US special forces")
_STOP = {",", ";", ".", ":", "(", ")", "and", "or", "but", "said", "says", "told", "\u201c", "\u201d", '"',
         "to", "of", "in", "on", "at", "for", "with", "by", "from", "the", "a", "an", "is", "are",
         "was", "were", "has", "have", "had", "will", "would", "could", "should", "may", "might",
         "can", "be", "been", "that", "which", "who", "as", "its", "his", "her", "their", "not"}


def _gap_ok(ctx: SentenceContext, start: int, end: int) -> bool:
    """Tokens between a modifier and its head: adjectives, participles, capitalised words."""
    if end - start > _MAX_GAP:
        return False
    for k in range(start, end):
        tok = ctx.tokens[k]
        if ctx.keys[k] in _STOP or ctx.keys[k] in POSSESSIVE:
            return False
        if tok.pos and tok.pos not in ("ADJ", "NOUN", "PROPN", "VERB", "PUNCT", "NUM"):
            return False
        if tok.pos == "VERB" and tok.tag and tok.tag not in ("VBN", "VBG"):
            return False          # "Israel attacked militants": a finite verb, not a modifier
        if tok.pos == "PUNCT" and tok.text != "-":
            return False
    return True


def attach_modifiers(spans: list[Span], ctx: SentenceContext) -> list[Span]:
    """Country modifiers, possessors, backers, compound owners and "of COUNTRY" for sector words."""
    spans = sorted(spans, key=lambda s: s.start)
    dropped: set[int] = set()
    for index, head in enumerate(spans):
        if head.form != "sector_word" or head.country or id(head) in dropped:
            continue
        for prev_index in range(index - 1, -1, -1):
            prev = spans[prev_index]
            if id(prev) in dropped:
                continue
            if not _gap_ok(ctx, prev.end, head.start):
                break
            if opposed(ctx, prev.start):
                break
            country = ctx.country_of(prev)
            between = ctx.keys[prev.end:head.start]
            if between[:1] == ["-"] and len(between) > 1:
                between = between[1:]
            if between and between[0] in BACKING_WORDS:
                if country:
                    head.evidence.append(f"backed by {country} ({prev.reason}), not owned by it")
                break
            if between and between[0] in LEADING_WORDS and country:
                head.country = country
                head.evidence.append(f"{between[0]} by {country} ({prev.reason})")
                head.rule = "sector word led by a country"
                break
            if not country and prev.form == "adjective" and prev.entry_ids \
                    and is_identity(ctx.entries.get(prev.entry_ids[0])):
                head.start = prev.start     # "Moslem fundamentalist demonstrators": one group
                head.evidence.append(f"identity {ctx.entries[prev.entry_ids[0]].name!r} "
                                     f"from {prev.reason}: no country of its own")
                dropped.add(id(prev))
                break
            if ctx.is_country_span(prev) or (country and prev.form == "adjective" and prev.is_entity):
                head.country = country      # also a people of one country: "Chechen rebels"
                head.start = prev.start
                head.rule = "sector word with a country modifier"
                head.reason = f"{head.reason}; country from {prev.reason}"
                dropped.add(id(prev))
                _share_with_conjuncts(spans, prev_index, head, ctx)
                break
            if prev.is_entity and prev.kind == "organization" and ctx.organization_code(prev) \
                    and head.kind in ("organization", "group", "person"):
                _absorb_owner(head, prev, ctx)      # "European Community foreign ministers"
                dropped.add(id(prev))
                break
            if prev.form == "sector_word":
                continue          # "government forces": keep looking left
            if (prev.is_entity or prev.form in ("ner", "capitalised")) and prev.end == head.start \
                    and prev.kind in ("person", "organization", "group"):
                _absorb_owner(head, prev, ctx)
                dropped.add(id(prev))
            break
        if head.country is None and not head.entry_ids:
            owner = _possessor(spans, head, ctx) or _of_country(spans, head, ctx)
            if owner is not None and owner is not head and owner.start > head.start:
                dropped.add(id(owner))
    return [s for s in spans if id(s) not in dropped]


def _share_with_conjuncts(spans: list[Span], index: int, head: Span, ctx: SentenceContext) -> None:
    """"Hungarian and Romanian officials", "US, British and French troops": each country
    modifier coordinated with the one that owns the sector word names its own actor of the same
    sector. The earlier modifiers stay separate mentions, each with the sector of the head."""
    right = spans[index]
    for left_index in range(index - 1, -1, -1):
        left = spans[left_index]
        between = ctx.keys[left.end:right.start]
        if not between or len(between) > 2 or not set(between) <= {",", "and", "or"} \
                or not ctx.is_country_span(left) or left.form not in ("adjective", "name", "acronym"):
            return
        if right is spans[index] and not {"and", "or"} & set(between):
            return        # "with Bulgaria, Macedonian officials said": a list ends in and/or
        left.sector = head.sector
        left.country = ctx.country_of(left)
        left.code = head.code if head.code and head.code != head.country else None
        left.rule = "coordinated country modifier"
        left.evidence.append(f"coordinated with {ctx.tokens[right.start].text!r} before "
                             f"{' '.join(ctx.keys[head.end - 1:head.end])!r}: sector {head.sector}")
        right = left


#: Sectors of the state's bodies: "Iraqi police and soldiers" are both Iraq's.
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
#: Dependents that give a conjunct an owner or description of its own.
_OWN_MODIFIER_DEPS = frozenset({"nmod", "nmod:poss", "amod", "compound", "det", "nummod", "acl",
                                "acl:relcl", "appos"})


#: Prepositions of a phrase that says where, not whose ("sailors and marines in the Persian
#: Gulf": the parser may hang it on the last conjunct).
_PLACE_PREPS = frozenset({"in", "at", "on", "near", "off", "inside", "outside", "around"})


def _place_phrase(tok: Token, ctx: SentenceContext) -> bool:
    return tok.dep == "nmod" and any(k.head == tok.i and k.dep == "case" and k.text.lower() in _PLACE_PREPS
                                     for k in ctx.tokens)


def share_country_with_conjuncts(spans: list[Span], ctx: SentenceContext) -> list[Span]:
    """"15 British sailors and marines", "Iraqi police and soldiers": a bare sector word
    coordinated with one that has a country modifier shares the modifier, when both are of one
    sector or both state bodies ("Israeli troops and settlers" do not share: settlers are no
    state body; "US troops and insurgents" are not American)."""
    offset = ctx.tokens[0].i
    by_last = {s.end - 1: s for s in spans if s.form == "sector_word" and s.country
               and s.rule == "sector word with a country modifier"}
    for span in spans:
        if span.form != "sector_word" or span.country or span.code or span.start == 0:
            continue
        last = ctx.tokens[span.end - 1]
        first = by_last.get(last.head - offset) if last.dep == "conj" else None
        if first is None or first.start >= span.start or ctx.keys[span.start - 1] not in ("and", "or"):
            continue
        if any(tok.head == last.i and tok.dep in _OWN_MODIFIER_DEPS and not _place_phrase(tok, ctx)
               for tok in ctx.tokens):
            continue          # "British universities and students of Westminster": its own owner
        if span.sector != first.sector and not {span.sector, first.sector} <= _STATE_SECTORS:
            continue
        span.country = first.country
        span.rule = SHARED_MODIFIER_RULE
        span.evidence.append(f"coordinated with {' '.join(ctx.keys[first.start:first.end])!r}: "
                             f"its country {first.country}")
    return spans


def _absorb_owner(head: Span, owner: Span, ctx: SentenceContext) -> None:
    """"Assad regime", "ISIL fighters", "Coalition military forces": a name right before a
    sector word owns it; the two become one mention of the name's actor (sector from the word
    when the name is a person: the regime of a president is GOV)."""
    head.start = owner.start
    head.evidence.append(f"owner {'person ' if owner.kind == 'person' else ''}{owner.reason}")
    if owner.kind == "person" or not owner.is_entity:
        head.country = ctx.country_of(owner)
        head.rule = "sector word of a named actor"
        return
    head.entry_ids = list(owner.entry_ids)
    head.kind = owner.kind if owner.kind != "location" else head.kind
    head.rule = "name with a sector word"
    head.reason = f"{owner.reason}; {head.reason}"
    head.form = "name"


def _clause_word(tok: Token) -> bool:
    """A word no noun phrase's modifiers hold: a pronoun, subordinator, preposition, auxiliary or
    a verb that is not a modifier ("near Pakistan's parliament after she urged party activists":
    the possessor is the parliament's, not the activists'; "eastern-based" stays)."""
    return tok.pos in ("PRON", "SCONJ", "ADP", "AUX") or (tok.pos == "VERB" and tok.dep not in ("amod", "compound"))


def _possessor(spans: list[Span], head: Span, ctx: SentenceContext) -> Span | None:
    """"Haftar's eastern-based forces", "Syria's army": the possessor gives the country; not to
    those against the possessor (``victim_agent_nouns`` of role_cues.yaml: "the Zimbabwe
    president's Western critics" are no Zimbabweans, "Darayya's attackers" none of Darayya's)."""
    from ..events.role_cues import load_role_cues  # the events stage's cue file, read once

    word = ctx.keys[head.end - 1]
    if {word, word[:-1], word[:-2], word[:-3] + "y"} & load_role_cues().victim_agent_nouns:
        return None
    k = head.start - 1
    while k >= 1 and head.start - k <= _MAX_GAP + 1 and ctx.keys[k] not in POSSESSIVE:
        if ctx.keys[k] in _STOP or _clause_word(ctx.tokens[k]):
            return None
        k -= 1
    if k < 1 or ctx.keys[k] not in POSSESSIVE:
        return None
    owner = next((s for s in spans if s.end == k), None)
    country = ctx.country_of(owner) if owner is not None else None
    if owner is None or not country:
        return None
    head.country = country
    head.rule = "sector word with a possessor"
    head.evidence.append(f"country {country} from the possessor ({owner.reason})")
    if head.start > k + 1:
        head.start = k + 1
    return None          # the possessor stays a mention of its own


def _of_country(spans: list[Span], head: Span, ctx: SentenceContext) -> Span | None:
    """"army of Syria", "the Government of Iraq", "people of Iraq"."""
    after = head.end
    if after + 1 >= len(ctx.tokens) or ctx.keys[after] != "of":
        return None
    owner = next((s for s in spans if s.start == after + 1), None)
    if owner is None or not ctx.is_country_span(owner):
        return None
    head.country = ctx.country_of(owner)
    head.end = owner.end
    head.rule = "sector word of a country"
    head.evidence.append(f"country from {owner.reason}")
    return owner


def attach_descriptors(spans: list[Span], ctx: SentenceContext) -> list[Span]:
    """"militant group Hamas", "Russian private military contractor Wagner Group": a sector
    phrase right before a name describes it; the name's entry wins, the phrase adds the country
    when the name has none."""
    spans = sorted(spans, key=lambda s: s.start)
    result: list[Span] = []
    skip = False
    for index, span in enumerate(spans):
        if skip:
            skip = False
            continue
        nxt = spans[index + 1] if index + 1 < len(spans) else None
        if (span.form == "sector_word" and nxt is not None and nxt.start == span.end
                and nxt.kind in ("organization", "group") and (nxt.is_entity or nxt.form == "ner")):
            nxt.start = span.start
            nxt.evidence.append(f"described as {ctx.keys[span.start:span.end]} ({span.reason})")
            if nxt.country is None and span.country:
                nxt.country = span.country
            if nxt.sector is None and not nxt.is_entity:
                nxt.sector = span.sector
            result.append(nxt)
            skip = True
            continue
        result.append(span)
    return result


def attach_appositives(spans: list[Span], ctx: SentenceContext) -> list[Span]:
    """"Henry Wooster, deputy assistant secretary at State Department's Bureau ..." and
    "Jim Jeffrey, US special envoy for Syria": an unknown person's sector from the title and
    country from a modifier before the title or an employer after at/of/from."""
    for index, person in enumerate(spans):
        if person.kind != "person" or person.is_entity or person.country:
            continue
        if person.end >= len(ctx.tokens) or ctx.keys[person.end] != ",":
            continue
        limit = min(len(ctx.tokens), person.end + 16)
        stop = next((k for k in range(person.end + 1, limit) if ctx.keys[k] in (",", ";", ".", "said")),
                    limit)
        title = None
        for k in range(person.end + 1, stop):
            title = title_at(ctx, k)
            if title is not None:
                title_start = k
                break
        if title is None:
            continue
        end, sector, text = title
        person.sector = person.sector or sector
        person.evidence.append(f"appositive title {text!r} -> sector {sector}")
        person.rule = "name with an appositive title"
        inner = [s for s in spans if person.end < s.start and s.end <= stop]
        before = [s for s in inner if s.start < title_start and (ctx.country_of(s) or ctx.organization_code(s))]
        if before:
            person.country = ctx.country_of(before[-1])
            if person.country is None:
                person.code = ctx.organization_code(before[-1])     # "X, UN secretary-general"
            person.evidence.append(f"{'country' if person.country else 'code'} from "
                                   f"{before[-1].reason} before the title")
            continue
        for s in inner:
            if s.start >= end and s.start > 0 and ctx.keys[s.start - 1] in EMPLOYER_PREPOSITIONS \
                    and ctx.country_of(s):
                person.country = ctx.country_of(s)
                person.evidence.append(f"country from the employer {s.reason}")
                break
    return spans


_QUANTIFIERS = {"several", "many", "some", "all", "other", "dozens", "hundreds", "thousands",
                "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few"}
_GENERIC_ROLES = {"officials", "official", "leaders", "leader", "spokesman", "spokeswoman",
                  "spokesperson", "members", "personnel", "officers", "officer", "chief", "chiefs"}


def merge_sector_compounds(spans: list[Span], ctx: SentenceContext) -> list[Span]:
    """"military officials", "army commanders", "party leaders": a sector word modifying the next
    one joins it; a generic role word ("officials") takes the modifier's sector."""
    spans = sorted(spans, key=lambda s: s.start)
    result: list[Span] = []
    for span in spans:
        prev = result[-1] if result else None
        if (prev is not None and prev.form == "sector_word" and span.form == "sector_word"
                and prev.end == span.start and not prev.country and not span.country):
            if " ".join(ctx.keys[span.start:span.end]) in _GENERIC_ROLES:
                span.sector, span.code = prev.sector, prev.code or span.code
            span.start = prev.start
            span.reason = f"{prev.reason}; {span.reason}"
            result[-1] = span
            continue
        result.append(span)
    return result


def drop_modifier_uses(spans: list[Span], ctx: SentenceContext) -> list[Span]:
    """A bare sector word that only modifies a noun ("military operations", "terrorist attack")
    names no actor, unless the noun is a verb the parser read as one ("troops shot and killed a
    boy", repaired by the events stage); a group word takes a number before it ("15 civilians")."""
    result = []
    n = len(ctx.tokens)
    for span in spans:
        if span.form == "sector_word" and not span.country and span.end < n:
            last, nxt = ctx.tokens[span.end - 1], ctx.tokens[span.end]
            if last.dep in ("amod", "compound") and nxt.pos in ("NOUN", "PROPN") \
                    and not verb_read_as_noun_at(ctx.tokens, span.end):
                continue  # not "troops shot and killed a boy", the verb read as a noun (events/parse_repair.py)
        if span.form == "sector_word" and span.kind == "group":
            while span.start > 0 and (ctx.tokens[span.start - 1].pos == "NUM"
                                      or ctx.keys[span.start - 1] in _QUANTIFIERS):
                span.start -= 1
        result.append(span)
    return result


def drop_nested(spans: list[Span]) -> list[Span]:
    """Keep the outermost of nested spans (rules that widen a span leave the parts behind)."""
    spans = sorted(spans, key=lambda s: (s.start, -(s.end - s.start)))
    result: list[Span] = []
    for span in spans:
        if result and span.start >= result[-1].start and span.end <= result[-1].end:
            continue
        result.append(span)
    return result
