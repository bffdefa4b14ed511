"""Names whose recogniser type is wrong for what the article does with them.

The parser's recogniser often tags a place PERSON or ORG ("the siege of Darayya" -> PERSON,
"near Tabqa Dam" -> ORG) and a person ORG or LOC ("says Anas Ahmad, a former student" -> ORG).
Only parser entities that are no knowledge-base entry are retyped, and each change is recorded
in the mention's evidence.

:func:`retype_places` makes such a PERSON/ORG entity a ``location`` when

- its name ends or begins with a place word ("Incirlik Air Base", "Mount Sinjar"; rule
  ``place word in the name``), or it is the "of" object of a settlement noun ("the village of
  Tuloul Naser"; rule ``place after a settlement noun``);
- or the gazetteer places it in one country (:func:`lapwing.actors.places.place_country`), some
  occurrence of the name in the article is used as a place (after a place preposition or "of":
  "in Raqqa", "the people of Darayya"; or before ", COUNTRY": "Palmyra, Syria"), and no
  occurrence is used as a person (after a title or honorific, or next to a speech verb; rule
  ``gazetteer place used as a place``).

:func:`retype_people` makes an ORG/LOC entity a ``person`` when the sentence shows it (see the
function). The words are in ``data/type_words.yaml``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ResourceError
from .data_files import read_records, string_list, where
from .knowledge_base import Tokenize, normalize
from .places import place_country
from .rules import SentenceContext, title_at
from .spans import Span
from ..geo.resources import load_territorial_verbs

#: Prepositions after which a name is read as a place.
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "into", "inside", "outside", "across", "throughout",
                                "around", "from", "towards", "toward", "through", "via", "within"})
SPEECH_VERBS = frozenset({"said", "says", "say", "told", "tells", "added", "stated", "wrote",
                          "explained", "insisted", "asked", "announced"})
_RETYPED_KINDS = ("person", "organization")
_RETYPED_RULES = ("named entity", "named entity resolved by its words")


_GROUPS = ("place_last", "place_first", "place_of", "place_nouns", "person_nouns", "body_last", "ngo_last",
           "community_nouns")


@dataclass
class TypeWords:
    """Words that make a name a place (its last or first words, the noun before "of") or a person
    (a noun for one person in apposition)."""

    place_last: set[tuple[str, ...]] = field(default_factory=set)
    place_first: set[str] = field(default_factory=set)
    place_of: set[str] = field(default_factory=set)
    place_nouns: set[str] = field(default_factory=set)
    person_nouns: set[str] = field(default_factory=set)
    body_last: set[str] = field(default_factory=set)
    ngo_last: set[str] = field(default_factory=set)
    community_nouns: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, path: Path, *, tokenize: Tokenize) -> TypeWords:
        words = cls()
        for record in read_records(path):
            fields = sorted(set(record) - {"__line__", "__file__"})
            if len(fields) != 1 or fields[0] not in _GROUPS:
                raise ResourceError(f"{where(record)}: each entry has exactly one of "
                                    f"{', '.join(_GROUPS)} (found {', '.join(fields) or 'none'})",
                                    code="E326")
            group = fields[0]
            values = string_list(record, group)
            if not values:
                raise ResourceError(f"{where(record)}: field '{group}' is empty", code="E326")
            for value in values:
                key = tuple(normalize(tok) for tok in tokenize(value))
                if group == "place_last":
                    words.place_last.add(key)
                else:
                    getattr(words, group).add(" ".join(key))
        return words

    def shapes_a_place(self, keys: list[str]) -> str | None:
        """The place word a name's words end or begin with, if any."""
        for size in (2, 1):
            if len(keys) > size and tuple(keys[-size:]) in self.place_last:
                return " ".join(keys[-size:])
        if len(keys) > 1 and keys[0] in self.place_first:
            return keys[0]
        return None


def retype_places(per_sentence: list[tuple[SentenceContext, list[Span]]], *, words: TypeWords,
                  gazetteer: Any | None) -> None:
    """Turn parser PERSON/ORG entities that are places into ``location`` spans (in place)."""
    uses: dict[str, dict[str, bool]] = {}
    candidates: list[tuple[SentenceContext, Span, str]] = []
    for ctx, spans in per_sentence:
        for span in spans:
            noun = _settlement_noun(ctx, span, words)
            if noun is not None and _titled_name(span):
                # "the town of Sheikh Miskeen": a place whose name opens with a title word
                _make_place(span, "place after a settlement noun", f"'{noun} of' before the name",
                            was="title and name")
                span.country = None   # a title's owner country is no place's country
                if gazetteer is not None:
                    _take_country(span, place_country(gazetteer, _text(ctx, span)))
                continue
            if span.form != "ner" or span.is_entity:
                continue
            name = " ".join(ctx.keys[span.start:span.end])
            use = uses.setdefault(name, {"place": False, "person": False})
            use["place"] = use["place"] or span.kind == "location" or _place_use(ctx, span, spans)
            use["person"] = use["person"] or _person_use(ctx, span)
            if span.kind in _RETYPED_KINDS and span.rule in _RETYPED_RULES:
                candidates.append((ctx, span, name))
    for ctx, span, name in candidates:
        keys = ctx.keys[span.start:span.end]
        shaped = words.shapes_a_place(keys)
        if shaped is not None:
            _make_place(span, "place word in the name", f"the name ends or begins with {shaped!r}")
            continue
        noun = _settlement_noun(ctx, span, words)
        if noun is not None:
            _make_place(span, "place after a settlement noun", f"'{noun} of' before the name")
            continue
        if gazetteer is None or uses[name]["person"] or not uses[name]["place"] or span.country:
            continue
        found = place_country(gazetteer, _text(ctx, span))
        if found is not None:
            _make_place(span, "gazetteer place used as a place",
                        "the gazetteer places it and the article uses it as a place")
            _take_country(span, found)


def _settlement_noun(ctx: SentenceContext, span: Span, words: TypeWords) -> str | None:
    """The settlement noun whose "of" object the span is ("the village of Tuloul Naser"), or None."""
    if span.start >= 2 and ctx.keys[span.start - 1] == "of" and ctx.keys[span.start - 2] in words.place_of:
        return ctx.keys[span.start - 2]
    return None


def _titled_name(span: Span) -> bool:
    """A person read from a title word and a name no dictionary lists ("Sheikh Miskeen"): many
    places are named with a title word, so after a settlement noun it is read as a place."""
    return span.kind == "person" and span.rule == "title and name" and span.form == "title" and not span.entry_ids


def _take_country(span: Span, found: tuple[str, str] | None) -> None:
    """The country the gazetteer gives a place name, with its evidence (nothing when none)."""
    if found is not None:
        span.country = found[0]
        span.evidence.append(found[1])


def _text(ctx: SentenceContext, span: Span) -> str:
    return " ".join(tok.text for tok in ctx.tokens[span.start:span.end])


def _make_place(span: Span, rule: str, why: str, *, was: str = "recogniser type") -> None:
    span.evidence.append(f"{was} {span.kind} overruled: {why}")
    span.kind = "location"
    span.rule = rule
    span.sector = None
    span.code = None


#: Verbs whose object is ground (geo's ``territorial_verbs.csv``) that take no person as their
#: object: "bombed Raqqa", "captured Mosul", "shelled Aleppo". Not "visit" or "tour", whose object
#: may be someone.
_GROUND_VERBS_NOT_OF_PEOPLE = frozenset({"visit", "tour"})


def _ground_object(ctx: SentenceContext, span: Span) -> bool:
    """Whether the span is the object of a verb whose object is ground ("the coalition bombed
    Raqqa", where the recogniser took the city for a person)."""
    offset = ctx.tokens[0].i
    last = ctx.tokens[span.end - 1]
    if last.dep not in ("obj", "dobj") or not 0 <= last.head - offset < len(ctx.tokens):
        return False
    verb = ctx.tokens[last.head - offset]
    words = {verb.lemma.lower(), verb.text.lower()}
    return verb.pos == "VERB" and bool(words & _territorial_verbs()) and not words & _GROUND_VERBS_NOT_OF_PEOPLE


@lru_cache(maxsize=1)
def _territorial_verbs() -> frozenset[str]:
    return load_territorial_verbs()


def _place_use(ctx: SentenceContext, span: Span, spans: list[Span]) -> bool:
    """After a place preposition or "of" ("in Raqqa", "the people of Darayya"), before
    ", COUNTRY" ("Palmyra, Syria"), or the object of a verb whose object is ground ("bombed
    Raqqa", "captured Mosul")."""
    if span.start > 0 and (ctx.keys[span.start - 1] in PLACE_PREPOSITIONS or ctx.keys[span.start - 1] == "of"):
        return True
    if _ground_object(ctx, span):
        return True
    if span.end + 1 < len(ctx.tokens) and ctx.keys[span.end] == ",":
        return any(other.start == span.end + 1 and ctx.is_country_span(other) for other in spans)
    return False


def _person_use(ctx: SentenceContext, span: Span) -> bool:
    """After a title or honorific ("Mr Hassan"), or speaking ("Hassan said", "says Hassan")."""
    if span.start > 0 and (ctx.keys[span.start - 1] in ctx.titles.honorifics
                           or ctx.titles.trie.walk(ctx.keys, span.start - 1)):
        return True
    after = ctx.keys[span.end] if span.end < len(ctx.tokens) else ""
    before = ctx.keys[span.start - 1] if span.start > 0 else ""
    return after in SPEECH_VERBS or before in SPEECH_VERBS


def retype_people(per_sentence: list[tuple[SentenceContext, list[Span]]], *, words: TypeWords) -> None:
    """Turn parser ORG/LOC entities that the sentence shows to be people into ``person`` spans:
    a noun for one person in apposition ("Anas Ahmad, a former student"; "Syrian author
    al-Tanawi"; "planning minister, Imad Fakhoury"), an age ("Jordan, 56, was shot"), "X was a
    commander", or a name of two or more words that speaks ("says Anas Ahmad"). Every occurrence of that name in the article
    follows; later partial names then link to it (:mod:`lapwing.actors.coreference`)."""
    people: set[tuple[str, ...]] = set()
    candidates: list[tuple[SentenceContext, Span, tuple[str, ...]]] = []
    for ctx, spans in per_sentence:
        for span in spans:
            if span.form != "ner" or span.is_entity or span.kind not in ("organization", "location") \
                    or span.rule != "named entity" or span.end - span.start > 5:
                continue
            keys = tuple(ctx.keys[span.start:span.end])
            if words.shapes_a_place(list(keys)) is not None:
                continue
            candidates.append((ctx, span, keys))
            why = _shown_a_person(ctx, span, words)
            if why is not None:
                people.add(keys)
                span.evidence.append(why)
    for ctx, span, keys in candidates:
        if keys in people:
            span.evidence.append(f"recogniser type {span.kind} overruled: the article shows "
                                 f"{' '.join(keys)!r} is a person")
            span.kind = "person"
            span.rule = "named entity shown a person"
            span.sector = None
            span.code = None


def _shown_a_person(ctx: SentenceContext, span: Span, words: TypeWords) -> str | None:
    keys, start, end = ctx.keys, span.start, span.end

    def person_noun_within(begin: int, limit: int) -> str | None:
        for k in range(begin, min(limit, len(keys))):
            if keys[k] in (",", ".", ";", "(", ")", "and", "who", "which", "that"):
                return None
            if keys[k] in words.person_nouns or title_at(ctx, k) is not None:
                return keys[k]
        return None

    if end + 2 < len(keys) and keys[end] == "," and keys[end + 1] in ("a", "an", "the"):
        noun = person_noun_within(end + 2, end + 7)
        if noun is not None:
            return f"in apposition to {noun!r}"
    if aged_name_at(keys, start, end):
        return "an age after the name"
    if end + 2 < len(keys) and keys[end] in ("was", "is") and keys[end + 1] in ("a", "an"):
        noun = person_noun_within(end + 2, end + 6)
        if noun is not None:
            return f"'{keys[end]} a ... {noun}'"
    before = start - 1 if start > 0 and keys[start - 1] != "," else start - 2
    if before >= 0 and (keys[before] in words.person_nouns or _title_ends_at(ctx, before + 1)):
        return f"after {keys[before]!r}"
    if end - start >= 2 and ((end < len(keys) and keys[end] in SPEECH_VERBS)
                             or (start > 0 and keys[start - 1] in SPEECH_VERBS)):
        return "a name of several words that speaks"
    return None


def aged_name_at(keys: list[str], start: int, end: int) -> bool:
    """Whether an age follows the name at ``[start, end)`` ("Jordan, 56, was shot as he napped
    in his car"): only a person has one. Not in a list of names with counts ("China, 32, Russia,
    28, and Japan, 20"), where the name before or after has its own number."""
    if end + 2 >= len(keys) or keys[end] != "," or keys[end + 2] != "," or not keys[end + 1].isdigit() \
            or not 0 < int(keys[end + 1]) < 120:
        return False
    if start >= 2 and keys[start - 1] in (",", "and") and keys[start - 2].isdigit():
        return False
    rest = [k for k in keys[end + 3:end + 7] if k != "and"]
    return not (len(rest) >= 3 and rest[1] == "," and rest[2].isdigit())


def _title_ends_at(ctx: SentenceContext, end: int) -> bool:
    for begin in range(max(0, end - 4), end):
        hit = title_at(ctx, begin)
        if hit is not None and hit[0] == end:
            return True
    return False
