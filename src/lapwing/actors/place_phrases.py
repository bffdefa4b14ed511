"""Places the recogniser and the gazetteer miss, read from the shape of the phrase.

Two kinds of location mention are added where no other mention lies (words in
``data/type_words.yaml``):

- :func:`shaped_place_names`: a run of capitalised words that a place word ends or begins
  ("Idlib province", "Hamrin mountains", "Tabqa Dam", "Mount Sinjar"; rule ``place word in the
  name``), that follows "near" or a compass direction and "of" ("Near Ayn Isa", "north of
  Tal Afar"; rule ``place after a locative word``), or a settlement noun and "of" ("the village
  of Safina"; rule ``place after a settlement noun``). The country stays unresolved unless the
  gazetteer places the name.
- :func:`common_place_nouns`: a common noun phrase headed by a place noun ("the airport", "a
  besieged town", "the front line"; rule ``common place noun``): a place the article talks
  about without naming it. It carries no country of its own; a noun that refers back to a named
  place ("the city") is resolved earlier by :func:`lapwing.actors.coreference.resolve_place_nouns`.
"""
from __future__ import annotations

from typing import Any

from ..english_words import COMPASS_WORDS
from .places import place_country
from .retype import TypeWords
from .rules import CALENDAR_WORDS, SentenceContext
from .spans import Span

#: Words before a capitalised run that make it a place ("near Mosul", "north of Raqqa").
NEAR_WORDS = frozenset({"near", "nearby"})
#: Lower-case words allowed inside a place name ("Salah ad Din", "Dayr az Zawr").
NAME_PARTICLES = frozenset({"al", "ad", "az", "as", "ar", "an", "el", "ash", "at", "-", "al-", "of", "bin"})
#: Dependency labels of the words that belong to a common noun's phrase on its left.
_LEFT_DEPS = frozenset({"det", "amod", "compound", "nummod", "advmod", "nmod:poss", "poss"})
_MAX_NAME = 5


def capitalised_run(ctx: SentenceContext, i: int, covered: set[int]) -> int:
    """The end of the run of capitalised words (particles allowed inside) starting at ``i``."""
    j = i
    while j < len(ctx.tokens) and j - i < _MAX_NAME and j not in covered:
        if ctx.capitalised(j) and ctx.tokens[j].pos in ("PROPN", "NOUN", "ADJ", "X"):
            j += 1
        elif j > i and ctx.keys[j] in NAME_PARTICLES and j + 1 < len(ctx.tokens) and ctx.capitalised(j + 1):
            j += 1
        else:
            break
    while j > i and ctx.keys[j - 1] in NAME_PARTICLES:
        j -= 1
    return j


def is_name(ctx: SentenceContext, i: int, j: int) -> bool:
    words = [ctx.keys[k].rstrip(".") for k in range(i, j)]
    return bool(words) and not all(w in CALENDAR_WORDS for w in words)


def shaped_place_names(spans: list[Span], ctx: SentenceContext, *, words: TypeWords,
                       gazetteer: Any | None) -> list[Span]:
    """Add location spans for capitalised names shaped like places (see the module doc)."""
    covered = {k for span in spans for k in range(span.start, span.end)}
    added: list[Span] = []
    i = 0
    while i < len(ctx.tokens):
        if i in covered or not ctx.capitalised(i) or (i > 0 and ctx.capitalised(i - 1) and i - 1 not in covered
                                                       and ctx.tokens[i - 1].pos == "PROPN"):
            i += 1
            continue
        j = capitalised_run(ctx, i, covered)
        if j == i or not is_name(ctx, i, j):
            i = max(j, i + 1)
            continue
        end, rule, why = j, None, ""
        if j < len(ctx.tokens) and j not in covered and not ctx.capitalised(j) and (ctx.keys[j],) in words.place_last:
            end, rule, why = j + 1, "place word in the name", f"a place word {ctx.keys[j]!r} after the name"
        elif words.shapes_a_place(ctx.keys[i:j]) is not None:
            rule, why = "place word in the name", f"the name ends or begins with {words.shapes_a_place(ctx.keys[i:j])!r}"
        elif i > 0 and ctx.keys[i - 1] in NEAR_WORDS:
            rule, why = "place after a locative word", f"'{ctx.keys[i - 1]}' before the name"
        elif i > 1 and ctx.keys[i - 1] == "of" and ctx.keys[i - 2] in COMPASS_WORDS:
            rule, why = "place after a locative word", f"'{ctx.keys[i - 2]} of' before the name"
        elif i > 1 and ctx.keys[i - 1] == "of" and ctx.keys[i - 2] in words.place_of:
            rule, why = "place after a settlement noun", f"'{ctx.keys[i - 2]} of' before the name"
        if rule is not None:
            span = Span(start=i, end=end, kind="location", form="shaped_place", rule=rule, reason=why)
            if gazetteer is not None:
                found = place_country(gazetteer, " ".join(t.text for t in ctx.tokens[i:end]))
                if found is not None:
                    span.country = found[0]
                    span.evidence.append(found[1])
            added.append(span)
        i = j
    return sorted(spans + added, key=lambda s: s.start) if added else spans


def common_place_nouns(spans: list[Span], ctx: SentenceContext, *, words: TypeWords,
                       gazetteer: Any | None = None) -> list[Span]:
    """Add a location span for each common noun phrase headed by a place noun (see the module
    doc): the noun with its determiner and modifiers on the left. Not a noun that modifies
    another ("the city council", "border guards"), nor one inside another mention, nor one that
    describes a name beside it ("the border city Tijuana", "Basra, the southern city"): the name
    is the place. "The city of Mosul" keeps both mentions. With a ``gazetteer``, words of the phrase that it
    lists ("southern", "port") are left out, so that no place is read from them."""
    covered = {k for span in spans for k in range(span.start, span.end)}
    offset = ctx.tokens[0].i if ctx.tokens else 0
    added: list[Span] = []
    for k, tok in enumerate(ctx.tokens):
        if k in covered or tok.pos != "NOUN" or not tok.text[:1].islower() or tok.dep in _NAMED_DEPS:
            continue
        key = ctx.keys[k]
        two = f"{ctx.keys[k - 1]} {key}" if k > 0 else ""
        begin = k - 1 if two in words.place_nouns else k
        if (begin == k and key not in words.place_nouns) or _describes_a_name(ctx, k, offset):
            continue
        while begin > 0 and begin - 1 not in covered and ctx.tokens[begin - 1].head - offset == k \
                and ctx.tokens[begin - 1].dep in _LEFT_DEPS:
            begin -= 1
        if any(b in covered for b in range(begin, k)):
            continue
        if gazetteer is not None:
            begin = _after_listed_pieces(ctx, begin, k + 1, gazetteer)
            if begin > k:
                continue
        added.append(Span(start=begin, end=k + 1, kind="location", form="place_noun", rule="common place noun",
                          reason=f"a noun phrase headed by the place noun {key!r}"))
    return sorted(spans + added, key=lambda s: s.start) if added else spans


#: Dependency labels of a noun that modifies or renames another ("border guards", "X, the city").
_NAMED_DEPS = frozenset({"compound", "appos", "flat"})


def _describes_a_name(ctx: SentenceContext, k: int, offset: int) -> bool:
    """A place noun beside the name it describes: a proper noun right after it ("the border city
    Tijuana"), or a proper noun in apposition or compound with it."""
    after = k + 1
    if after < len(ctx.tokens) and ctx.tokens[after].pos == "PROPN":
        return True
    return any(t.head - offset == k and t.dep in ("appos", "flat", "compound") and t.pos == "PROPN"
               for t in ctx.tokens)


def _after_listed_pieces(ctx: SentenceContext, begin: int, end: int, gazetteer: Any) -> int:
    """Where a phrase ``[begin, end)`` starts once every word run the gazetteer lists ("border
    city", "southern") is left out: after the last such run's first word."""
    start = begin
    for first in range(begin, end):
        if any(gazetteer.lookup(" ".join(t.text for t in ctx.tokens[first:stop])) for stop in range(first + 1, end + 1)):
            start = first + 1
    return start
