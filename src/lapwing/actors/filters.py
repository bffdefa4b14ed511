"""Dictionary matches that are not actors where they stand: a person's short name that is a
month or day name used as a date ("in May 2016" is not Theresa May), and a sector word that
only modifies another noun ("bomber, fighter and remotely piloted aircraft", "rebel-held
town", "refugee crises")."""
from __future__ import annotations

from .rules import CALENDAR_WORDS, SentenceContext
from .spans import Span

_NOUN_MODIFIER_DEPS = frozenset({"compound", "amod"})
_CONTROL_PARTICIPLES = frozenset({"held", "controlled", "occupied", "run", "dominated", "populated"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})


def drop_non_actor_matches(spans: list[Span], ctx: SentenceContext) -> list[Span]:
    """The spans without calendar-word short names used as dates and modifier sector words."""
    return [span for span in spans if not (_calendar_short_name(span, ctx) or _modifier_sector_word(span, ctx))]


def _calendar_short_name(span: Span, ctx: SentenceContext) -> bool:
    """"May" in "in May 2016" or "from May 15": a short name that is a month or day name counts
    only as the subject of a verb ("May said") or after a title (handled by the title rule)."""
    if span.form != "short_name" or span.end - span.start != 1:
        return False
    if ctx.keys[span.start].rstrip(".") not in CALENDAR_WORDS:
        return False
    return ctx.tokens[span.start].dep not in _SUBJECT_DEPS


def _modifier_sector_word(span: Span, ctx: SentenceContext) -> bool:
    """A one-person sector word that modifies a noun: "bomber" in "bomber aircraft" (also as a
    conjunct of a modifier: "attack, bomber, fighter and ... aircraft"), "rebel" in "rebel-held"."""
    if span.form != "sector_word" or span.kind != "person":
        return False
    if span.end + 1 < len(ctx.tokens) and ctx.keys[span.end] == "-" \
            and ctx.keys[span.end + 1] in _CONTROL_PARTICIPLES:
        return True
    last = ctx.tokens[span.end - 1]
    if last.dep in _NOUN_MODIFIER_DEPS:
        return True
    if last.dep == "conj":
        head = last.head - ctx.tokens[0].i
        return 0 <= head < len(ctx.tokens) and ctx.tokens[head].dep in _NOUN_MODIFIER_DEPS
    return False
