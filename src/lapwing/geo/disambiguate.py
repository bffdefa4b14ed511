"""Choosing among gazetteer candidates with the article's own context.

A name such as "Tripoli" has several entries (Libya, Lebanon, Greece). Each candidate gets a
score from what it is and from the article:

- what it is: a country beats a region beats a city; a national capital counts as a large city;
  among cities, the larger population wins (log10 of the population);
- how the name matched: its own GeoNames name beats an alternate name (alternates are dropped
  when any candidate matches by its own name);
- the article: a candidate in a country the article mentions (a country place, an actor's
  country, an unambiguous city) gains ``CONTEXT_BONUS`` per mention, up to a cap;
- nearby: "Tripoli, Lebanon" or "Portland, Maine" (a place followed by a comma and a country or
  region) decides outright;
- a first-level region and a city of its own name ("Kandahar", "Hebron", "Kirkuk"): the city,
  unless the text names the region ("Kandahar province", "the province of Idlib"). News means
  the city as often as the province, the city lies in the province, and only the city has
  coordinates (the regions come from ISO 3166-2, which has none).

The winner and the reason go into a :class:`~lapwing.model.Provenance`.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from ..model import Place, Provenance
from .gazetteer import Candidate

COUNTRY_SCORE = 10.0
REGION_SCORE = 5.5
CAPITAL_SCORE = 7.0
ALTERNATE_PENALTY = 3.0
CONTEXT_BONUS = 2.0
CONTEXT_CAP = 3      # mentions of a country counted at most
QUALIFIER_BONUS = 20.0


@dataclass(frozen=True, slots=True)
class Choice:
    """The chosen place and why."""

    place: Place
    rule: str
    reason: str
    evidence: tuple[str, ...] = ()

    def provenance(self) -> Provenance:
        return Provenance(stage="geo", rule=self.rule, reason=self.reason, evidence=self.evidence)


def base_score(candidate: Candidate) -> float:
    """What the entry is, before context: country > region > capital > cities by population."""
    place = candidate.place
    if place.feature == "country":
        score = COUNTRY_SCORE
    elif place.feature in ("admin1", "region"):
        score = REGION_SCORE
    else:
        score = math.log10((place.population or 0) + 1) - 1.0
        if candidate.capital:
            score = max(score, CAPITAL_SCORE)
    if candidate.matched == "alternate":
        score -= ALTERNATE_PENALTY
    return score


def choose_place(name: str, candidates: tuple[Candidate, ...], *, context: Counter[str],
                 qualifier: Place | None = None, region_named: bool = False) -> Choice:
    """The best candidate for ``name`` given the article's country counts and an optional
    qualifier (the place written right after it, "Tripoli, Lebanon"); ``region_named``: the
    text calls it a region ("Kandahar province"), so a first-level region keeps its name's city
    out."""
    if any(c.matched != "alternate" for c in candidates):
        candidates = tuple(c for c in candidates if c.matched != "alternate")
    scored = []
    for candidate in candidates:
        score = base_score(candidate)
        notes = []
        code = candidate.place.country_code
        if qualifier is not None and _qualified_by(candidate.place, qualifier):
            score += QUALIFIER_BONUS
            notes.append(f"written with {qualifier.name}")
        mentions = min(context.get(code or "", 0), CONTEXT_CAP)
        if mentions:
            score += CONTEXT_BONUS * mentions
            notes.append(f"article mentions {code} x{context[code or '']}")
        scored.append((score, candidate, notes))
    scored.sort(key=lambda item: (-item[0], item[1].place.name))
    best_score, best, notes = scored[0]
    evidence = tuple(f"{c.place.name} ({c.place.country_code}, {c.place.feature}, "
                     f"pop {c.place.population or '?'}): {s:.1f}" for s, c, _ in scored[:5])
    if len(scored) == 1:
        rule, reason = "gazetteer.unique", f"{name!r}: the only gazetteer entry"
    elif any(n.startswith("written with") for n in notes):
        rule, reason = "gazetteer.qualifier", f"{name!r}: {'; '.join(notes)}"
    elif notes and best.place.country_code != _context_free_best(scored):
        rule = "gazetteer.article_context"
        reason = f"{name!r}: {len(scored)} entries; chose {best.place.country_code} because the {notes[0]}"
    else:
        rule = "gazetteer.prominence"
        reason = (f"{name!r}: {len(scored)} entries; chose the {best.place.feature} in "
                  f"{best.place.country_code} (largest, or a country/capital)")
    if best.matched == "alternate":
        reason += f"; matched an alternate name of {best.place.name}"
    ranked = [c for _, c, _ in scored]
    if region_named:
        region = _region_of_city(best, ranked)
        if region is not None:
            reason += (f"; the text calls it a region: {region.place.name}, not the city {best.place.name}")
            return Choice(region.place, rule, reason, evidence)
    else:
        city = _city_of_region(best, ranked)
        if city is not None:
            reason += (f"; {city.place.name} is a city named like the region {best.place.name} and lies "
                       "in it: the city (the text does not say province or region)")
            return Choice(city.place, rule, reason, evidence)
    return Choice(best.place, rule, reason, evidence)


def _region_of_city(best: Candidate, ranked: list[Candidate]) -> Candidate | None:
    """The first-level region among ``ranked`` that ``best``, a city, is named after and lies in
    ("Kano State" is the state, not the city)."""
    if best.place.feature not in ("city", "town"):
        return None
    for candidate in ranked:
        if candidate.place.feature == "admin1" and _city_of_region(candidate, [best]) is not None:
            return candidate
    return None


def _city_of_region(best: Candidate, ranked: list[Candidate]) -> Candidate | None:
    """The city among ``ranked`` that carries the name of ``best``, a first-level region, and
    lies in it: the same country and, where the gazetteer knows a city's region (the US), that
    region ("Wyoming" the state is not Wyoming, Michigan)."""
    region = best.place
    if region.feature != "admin1" or best.matched == "alternate":
        return None
    for candidate in ranked:
        place = candidate.place
        if (place.feature in ("city", "town") and candidate.matched != "alternate"
                and place.country_code == region.country_code and place.lat is not None
                and (place.admin1 is None or place.admin1 == region.admin1)):
            return candidate
    return None


def _context_free_best(scored: list[tuple[float, Candidate, list[str]]]) -> str | None:
    ranked = sorted(scored, key=lambda item: -base_score(item[1]))
    return ranked[0][1].place.country_code


def _qualified_by(place: Place, qualifier: Place) -> bool:
    if qualifier.feature == "country":
        return place.country_code == qualifier.country_code and place.feature != "country"
    if qualifier.feature in ("admin1", "region"):
        return (place.country_code == qualifier.country_code
                and (place.admin1 is None or place.admin1 == qualifier.admin1)
                and place.feature in ("city", "town"))
    return False
