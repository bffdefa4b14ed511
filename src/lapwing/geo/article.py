"""The article-level fallback for an event's location (``[geo] article_fallback``, default off).

When no place is tied to an event in its own sentence, the article may still say where it is
written about:

- ``event_location.article_dateline``: the place of the dateline, the capitalised head of the
  article before the agency and the dash ("TRIPOLI, Libya (Reuters) -", "BEIRUT (AP) --");
- ``event_location.article_lead``: else the single place the lead sentence names (several
  mentions of one place, or one place below country level with only its own country beside it).

Both are weaker than a place tied to the event's clause: they say where the story is, not where
this event happened, so the provenance records ``place precision: article`` and the rule names
say where the place came from. An event whose story covers several places is placed wrongly by
them; that is why the setting is off by default.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import CodedArticle, Mention, Place, Provenance
from .locate import SUBNATIONAL, Location

#: The head of a dateline: capitalised words (and a comma-separated region or country) before an
#: optional "(Agency)" and a dash, at the very start of the article.
DATELINE = re.compile(
    r"\A\s*(?P<head>[A-Z][A-Z.'\u2019 -]*[A-Z.](?:\s*,\s*[A-Z][A-Za-z.'\u2019 -]*?)?)"
    r"\s*(?:\((?P<agency>[^)\n]{1,40})\))?\s*(?:--|-|\u2013|\u2014)\s")
PRECISION_NOTE = "place precision: article (weaker than a place tied to the event's clause)"
#: In the evidence, for a reader that filters on it.
PRECISION_EVIDENCE = "place_precision=article"


@dataclass(frozen=True, slots=True)
class ArticlePlace:
    """Where an article as a whole is about, found once per article."""

    location: Location | None


def article_place(doc: CodedArticle, mentions: tuple[Mention, ...]) -> ArticlePlace:
    """The dateline's place, else the lead sentence's single place, else none."""
    placed = [m for m in mentions if m.place is not None]
    dateline = DATELINE.match(doc.article.text)
    if dateline is not None:
        inside = [m for m in placed if m.start_char >= dateline.start("head") and m.end_char <= dateline.end("head")]
        if inside:
            return _fallback(inside[0], "event_location.article_dateline",
                             f"the article's dateline {dateline.group('head')!r} names {inside[0].text!r}")
    lead_start = dateline.end() if dateline is not None else 0
    lead = next((s for s in doc.sentences if s.end_char > lead_start), None)
    if lead is None:
        return ArticlePlace(None)
    in_lead = [m for m in placed if m.start_char >= max(lead.start_char, lead_start) and m.end_char <= lead.end_char]
    mention = _single_place(in_lead)
    if mention is None:
        return ArticlePlace(None)
    return _fallback(mention, "event_location.article_lead",
                     f"the article's lead sentence is about one place, {mention.text!r}")


def _fallback(mention: Mention, rule: str, why: str) -> ArticlePlace:
    assert mention.place is not None
    return ArticlePlace(Location(mention.place, mention.text, Provenance(
        stage="geo", rule=rule,
        reason=f"no place is tied to the event in its sentence; {why}; {PRECISION_NOTE}",
        evidence=(mention.text, PRECISION_EVIDENCE))))


def _single_place(mentions: list[Mention]) -> Mention | None:
    """The one place these mentions name: all the same place, or one place below country level
    whose only companions are its own country ("in Misrata, Libya")."""
    distinct: dict[tuple, Mention] = {}
    for mention in mentions:
        distinct.setdefault(_key(mention.place), mention)
    if len(distinct) == 1:
        return next(iter(distinct.values()))
    below = [m for m in distinct.values() if m.place is not None and m.place.feature in SUBNATIONAL]
    if len(below) != 1:
        return None
    country = below[0].place.country_code if below[0].place is not None else None
    others = [m for m in distinct.values() if m is not below[0]]
    if all(m.place is not None and m.place.feature == "country" and m.place.country_code == country
           for m in others):
        return below[0]
    return None


def _key(place: Place | None) -> tuple:
    assert place is not None
    return (place.geonameid, place.name, place.country_code, place.feature)
