"""Places the knowledge base does not list ("Jericho", "Tel Aviv", "Gaza Strip"): their country
from the geo stage's gazetteer (GeoNames cities of 15,000 people or more, regions, countries).

A place names a country only when the gazetteer is sure of it: every candidate lies in one
country, or the largest candidate is at least :data:`DOMINANCE` times as populous as the largest
in any other country ("Paris" -> FRA; "Santiago" stays unresolved). Two kinds of span are read:

- a parser location entity with no country (rule ``gazetteer place``);
- a run of capitalised proper nouns the recogniser missed, that is the object of a place
  preposition ("fired at targets in Jericho"; rule ``gazetteer place (unrecognised name)``).

A one-word name counts only as a city or country: one-word regions are often common words
("Gulf" is a province of Papua New Guinea).

The country of a place is where an event happened or whom it struck; the events stage uses it
as the target's country of last resort (an attack on a city, a curfew in a region).
"""
from __future__ import annotations

from functools import lru_cache
from collections.abc import Callable
from typing import Any

from ..english_words import COMPASS_WORDS, DISTANCE_UNITS, PLACE_PART_WORDS
from ..model import Token
from .rules import CALENDAR_WORDS
from .spans import Span

#: How much more populous the largest candidate must be than any other country's.
DOMINANCE = 10
#: Prepositions whose object is read as a place when the recogniser missed its name.
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "into", "inside", "outside", "across", "throughout"})
_PROPER = frozenset({"PROPN"})
_RANK = {"country": 3, "region": 2, "admin1": 2, "city": 1}


#: Generic words after a place name that the gazetteer leaves out ("West Darfur State"). The
#: word says which sort of place it is: a region ("Bolivar region" is one of the Bolívar
#: states of Colombia, Ecuador and Venezuela, not the city Ciudad Bolívar) or a settlement.
REGION_WORDS = frozenset({"state", "province", "region", "district", "county", "governorate",
                          "prefecture"})
SETTLEMENT_WORDS = frozenset({"city", "municipality", "town", "village"})
GENERIC_PLACE_WORDS = REGION_WORDS | SETTLEMENT_WORDS
_FEATURES_OF = {**{w: frozenset({"admin1", "region"}) for w in REGION_WORDS},
                **{w: frozenset({"city", "town"}) for w in SETTLEMENT_WORDS}}


#: Words of a sea, a gulf, a strait or a river, which no one country holds ("the Red Sea",
#: "the Black Sea", "the Strait of Hormuz", "the Gulf of Aden"): a region or town of the same name
#: ("Red Sea" state in Sudan) is not what the news means.
WATER_WORDS = frozenset({"sea", "ocean", "gulf", "strait", "straits", "river"})

#: Continents and world regions, which lie in no one country: a town of the same name ("Asia" in
#: the Philippines, "Europa" ...) is not what the news means.
WORLD_REGIONS = frozenset({"asia", "europe", "africa", "america", "americas", "oceania", "antarctica", "arctic",
                           "australasia", "eurasia", "middle east", "near east", "far east", "latin america",
                           "central asia", "caucasus", "balkans", "scandinavia", "sahel", "maghreb",
                           "horn of africa", "pacific", "atlantic", "caribbean", "mediterranean"})


def place_country(gazetteer: Any, name: str, *, context: frozenset[str] | set[str] = frozenset(),
                  sort_word: str | None = None) -> tuple[str, str] | None:
    """(ISO3, evidence) when the gazetteer places ``name`` in one country, else None. A trailing
    generic word ("Sindh province") is dropped when the full name is not listed. ``context``: the
    countries the sentence's other names resolve to (see :func:`_place_country`). ``sort_word``:
    a generic word that governs the name ("the province of San Juan": only provinces count)."""
    found = _place_country(gazetteer, name, context=context, sort_word=sort_word) if sort_word else None
    found = found or _place_country(gazetteer, name, context=context)
    words = name.split()
    if found is None and len(words) > 1 and words[-1].lower() in GENERIC_PLACE_WORDS:
        found = _place_country(gazetteer, " ".join(words[:-1]), sort_word=words[-1].lower(), context=context)
    described = 0
    while described < len(words) - 1 and words[described].lower() in PLACE_DESCRIBING_WORDS:
        described += 1
    if found is None and described:
        found = place_country(gazetteer, " ".join(words[described:]), context=context)
    return found


#: Words before a place's name that say which part of it, or whose quarter, is meant ("Catholic
#: west Belfast", "Shiite eastern Baghdad"): when the whole is not a name the gazetteer lists, the
#: place is the name after them ("West Bank", "North Ossetia" are tried whole first).
PLACE_DESCRIBING_WORDS = PLACE_PART_WORDS | frozenset({
    "downtown", "catholic", "protestant", "loyalist", "republican", "nationalist", "unionist",
    "shiite", "shia", "sunni", "muslim", "christian", "jewish", "arab", "kurdish", "druze", "hindu", "sikh"})


@lru_cache(maxsize=1)
def never_places() -> frozenset[str]:
    """The words the geo stage's ``not_places.csv`` says are never a place ("God", "Police",
    "Reuters"): read here too, so that a name the geo stage will not place gives no actor a
    country either ("a soldier of God" is not from Göd, Hungary)."""
    from ..geo.resources import load_not_places

    return frozenset(word for word, rule in load_not_places().items() if rule == "never")


def _place_country(gazetteer: Any, name: str, *, sort_word: str | None = None,
                   context: frozenset[str] | set[str] = frozenset()) -> tuple[str, str] | None:
    if " " not in name.strip() and name.strip().lower() in never_places():
        return None  # "a soldier of God" (Göd is a town in Hungary)
    if all(word.lower().rstrip(".") in CALENDAR_WORDS for word in name.split()):
        return None  # "in March 2001" (March is a town in England)
    if all(word.lower() in COMPASS_WORDS for word in name.split()):
        return None  # "propaganda into the North" (North Salt Lake is a US city)
    if " ".join(w.lower() for w in name.split() if w.lower() not in COMPASS_WORDS) in WORLD_REGIONS:
        return None  # "an Asia-Pacific summit", "in Southeast Asia" (Asia is a town in the Philippines)
    words = name.lower().split()
    if len(words) > 1 and (words[-1] in WATER_WORDS or words[0] in WATER_WORDS and words[1] == "of"):
        return None  # "the Red Sea island of Hanish al-Kabir" (Red Sea is a state of Sudan)
    candidates = [c for c in gazetteer.lookup(name) if c.place.country_code]
    if " " not in name.strip() and sort_word is None:  # one-word regions are often common words ("Gulf")
        state = _one_word_state(name, candidates)
        if state is not None:
            return state
        # (a region the project's alias list names is meant, "Anbar", "Chechnya", unless a division
        # of that name lies in another country: "Punjab" is Pakistan's and India's)
        divisions = {c.place.country_code for c in candidates if c.place.feature in ("admin1", "region")
                     and c.matched == "name"}
        candidates = [c for c in candidates if c.place.feature in ("city", "country")
                      or c.matched == "alias" and divisions <= {c.place.country_code}]
    if sort_word is not None:     # "Bolivar region": only the regions of that name
        of_sort = [c for c in candidates if c.place.feature in _FEATURES_OF[sort_word]]
        # ... and of those, the ones that bear the name itself, if any ("the town of Bethlehem":
        # not Belém, which is called so only in translation)
        candidates = [c for c in of_sort if c.matched == "name"] or of_sort or candidates
    if not candidates:
        return None
    countries = {c.place.country_code for c in candidates}
    best = max(candidates, key=lambda c: (c.place.population or 0, _RANK.get(c.place.feature or "", 0)))
    if best.matched == "alternate":
        # the largest is called so only in a translation or an old spelling ("Bethlehem" is one of
        # Belém's alternate names): a place that bears the name itself, in a country the sentence
        # names ("... at Bethlehem's Church of the Nativity, and the Israeli army and Palestinian
        # witnesses ..."), is the one meant
        named = [c for c in candidates if c.matched != "alternate" and c.place.country_code in context]
        if len({c.place.country_code for c in named}) == 1:
            candidates = named
            countries = {named[0].place.country_code}
            best = max(named, key=lambda c: (c.place.population or 0, _RANK.get(c.place.feature or "", 0)))
    if len(countries) > 1:
        rivals = [c.place.population or 0 for c in candidates if c.place.country_code != best.place.country_code]
        if not best.place.population or max(rivals) * DOMINANCE > best.place.population:
            return None
    feature = best.place.feature or "place"
    return best.place.country_code, (f"gazetteer: {best.place.name} ({feature}"
                                     + (f", population {best.place.population}" if best.place.population else "")
                                     + f") in {best.place.country_code}")


#: One-word names of first-level divisions that are common words of geography ("Gulf" is a
#: province of Papua New Guinea, "Central" a region of several countries): never read as the division.
GENERIC_REGION_NAMES = frozenset({"gulf", "central", "centre", "center", "capital", "coast", "coastal", "delta",
                                  "plateau", "lakes", "islands", "island", "mountain", "mountains", "federal",
                                  "littoral", "upper", "lower", "interior", "frontier", "highlands", "lowlands",
                                  "maritime", "border", "river", "eastern", "western", "northern", "southern"})
#: A city that bears a state's name elsewhere and is at least this populous keeps the name open.
STATE_RIVAL_POPULATION = 100_000


def _one_word_state(name: str, candidates: list) -> tuple[str, str] | None:
    """(ISO3, evidence) for a one-word name that is exactly the name of one country's first-level
    division ("Indiana": the GeoNames state has no population, and a Brazilian town called Indiana
    and another called so by an old name would otherwise outweigh it), unless the name is a common
    word of geography or a populous city elsewhere bears it."""
    if name.lower() in GENERIC_REGION_NAMES | COMPASS_WORDS:
        return None
    states = [c for c in candidates if c.place.feature == "admin1" and c.matched == "name"]
    if len({c.place.country_code for c in states}) != 1:
        return None
    country = states[0].place.country_code
    if any(c.matched == "name" and c.place.country_code != country
           and (c.place.population or 0) >= STATE_RIVAL_POPULATION for c in candidates):
        return None
    return country, f"gazetteer: {states[0].place.name} (admin1, the one division of that name) in {country}"


def _sort_of(span: Span, tokens: list[Token]) -> str | None:
    """The generic place word whose "of" phrase the name is ("the province of San Juan", "the town
    of Kotli"), if any."""
    inside = {t.i for t in tokens[span.start:span.end]}
    head = next((t for t in tokens[span.start:span.end] if t.head not in inside or t.head == t.i), None)
    if head is None:
        return None
    governor = head.head - tokens[0].i
    if not 0 <= governor < len(tokens) or governor >= span.start:
        return None
    word = tokens[governor].text.lower()
    word = word if word in GENERIC_PLACE_WORDS else word[:-1] if word[:-1] in GENERIC_PLACE_WORDS else None
    has_of = any(t.head == head.i and t.dep == "case" and t.text.lower() == "of" for t in tokens)
    return word if word and has_of else None


def _region_of_capital_name(span: Span, tokens: list[Token], gazetteer: Any, context: set[str],
                            sort_word: str) -> None:
    """A capital's name as the name of a region ("the province of San Juan", in a sentence that
    names Buenos Aires) is no capital: the region of that name the gazetteer places, if one
    country's, else none (the capital's government is not meant either way)."""
    name = " ".join(tok.text for tok in tokens[span.start:span.end])
    found = _place_country(gazetteer, name, sort_word=sort_word, context=context)
    span.entry_ids, span.form, span.code = [], "gazetteer", None
    span.country = found[0] if found else None
    span.rule = "gazetteer place"
    span.evidence.append(f"a capital's name governed by '{sort_word} of': a region, not the capital; "
                         + (found[1] if found else "no one country's region of that name"))


_ABOUT_WORDS = frozenset({"some", "about", "around", "nearly", "almost", "roughly", "approximately", "just"})


def _distance_reference(span: Span, tokens: list[Token], spans: list[Span]) -> Span | None:
    """The place a name is placed from by a distance right after it ("Yathrib, 75 kilometres
    (50 miles) north of Baghdad": Baghdad), a located span, or None. A town so placed lies in the
    reference's country: a distance of tens of kilometres says so more surely than a gazetteer
    that knows the name only as another country's city's old name."""
    k = span.end
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
    if k < len(tokens) and tokens[k].text.lower() in _ABOUT_WORDS:
        k += 1
    if not (k + 1 < len(tokens) and tokens[k].pos == "NUM" and tokens[k + 1].text.lower() in DISTANCE_UNITS):
        return None
    k += 2
    if k < len(tokens) and tokens[k].text == "(":  # "(50 miles)"
        while k < len(tokens) and tokens[k].text != ")":
            k += 1
        k += 1
    if not (k + 1 < len(tokens) and tokens[k].text.lower() in COMPASS_WORDS and tokens[k + 1].text.lower() == "of"):
        return None
    k += 2
    while k < len(tokens) and tokens[k].text.lower() in ("the", "capital", "city", "town", "provincial"):
        k += 1
    return next((other for other in spans if other.start == k and other.kind == "location"), None)


#: Nouns of a part of a place named by "of" after the place's possessive ("Baghdad's northern
#: neighborhood of Qahira").
_QUARTER_NOUNS = frozenset({"neighborhood", "neighbourhood", "district", "suburb", "quarter", "township", "area",
                            "village", "town", "province", "region", "slum"})


def _owner_of_quarter(span: Span, tokens: list[Token], spans: list[Span]) -> Span | None:
    """The place whose quarter a name is, named by a possessive before it ("Baghdad's northern
    neighborhood of Qahira": Baghdad), a located span, or None."""
    k = span.start - 1
    if k < 0 or tokens[k].text.lower() != "of":
        return None
    k -= 1
    if k < 0 or tokens[k].text.lower() not in _QUARTER_NOUNS:
        return None
    k -= 1
    while k >= 0 and tokens[k].pos == "ADJ":
        k -= 1
    if k < 1 or tokens[k].text not in ("'s", "\u2019s"):
        return None
    return next((other for other in spans if other.end == k and other.kind == "location"), None)


def _possessor_name(span: Span, tokens: list[Token]) -> str | None:
    """The proper name before a possessive "'s" that opens a location span ("Narathiwat" in
    "Narathiwat's Chanae district"), or None."""
    for k in range(span.start + 1, span.end - 1):
        if tokens[k].text in ("'s", "’s"):
            owner = tokens[span.start:k]
            if all(tok.pos in _PROPER for tok in owner):
                return " ".join(tok.text for tok in owner)
            return None
    return None


def resolve_places(spans: list[Span], tokens: list[Token], gazetteer: Any, *,
                   settlement_nouns: frozenset[str] | set[str] = frozenset(),
                   country_of: Callable[[Span], str | None] | None = None) -> list[Span]:
    """Give unresolved location entities their gazetteer country, and add missed place names
    after place prepositions, or after "of" when a settlement noun governs them ("near the town
    of Samarra"). A place name placed by a distance from another place lies in that place's
    country (``country_of`` reads a span's country, its dictionary entry's included). Returns the
    (possibly extended) span list, sorted by start."""
    context = {span.country for span in spans if span.country}  # what the dictionary resolved
    for span in spans:
        sort_word = _sort_of(span, tokens) if span.form == "capital" else None
        if sort_word in REGION_WORDS:
            _region_of_capital_name(span, tokens, gazetteer, context, sort_word)
            continue
        if span.kind != "location" or span.is_entity or span.country or span.code:
            continue
        name = " ".join(tok.text for tok in tokens[span.start:span.end])
        found = place_country(gazetteer, name, context=context, sort_word=_sort_of(span, tokens))
        rule = "gazetteer place"
        if found is None and (owner := _possessor_name(span, tokens)):
            # "Narathiwat's Chanae district": a part of a place lies in that place's country
            found = place_country(gazetteer, owner, context=context)
            rule = "gazetteer place (the place it belongs to)"
        if found is not None:
            span.country, note = found
            span.rule = rule
            span.evidence.append(note)
    # "Yathrib, 75 kilometres (50 miles) north of Baghdad" is not Medina, nor "Baghdad's northern
    # neighborhood of Qahira" Cairo
    for span in spans:
        if span.kind != "location" or not (span.rule.startswith("gazetteer") or not span.country):
            continue
        reference = _distance_reference(span, tokens, spans) or _owner_of_quarter(span, tokens, spans)
        country = None if reference is None else reference.country or (country_of(reference) if country_of else None)
        if country and country != span.country:
            span.evidence.append(f"placed by '{' '.join(t.text for t in tokens[reference.start:reference.end])}'"
                                 + (f" (not the gazetteer's {span.country})" if span.country else ""))
            span.country = country
            span.rule = "gazetteer place (placed by another place)"
    covered = {k for span in spans for k in range(span.start, span.end)}
    added = []
    case_words: dict[int, set[str]] = {}  # token index -> its "case" children (prepositions)
    for tok in tokens:
        if tok.dep == "case":
            case_words.setdefault(tok.head, set()).add(tok.text.lower())
    i = 0
    while i < len(tokens):
        if tokens[i].pos not in _PROPER or i in covered or not tokens[i].text[:1].isupper():
            i += 1
            continue
        j = i
        while j < len(tokens) and tokens[j].pos in _PROPER and j not in covered and tokens[j].text[:1].isupper():
            j += 1
        head = tokens[j - 1]
        preps = case_words.get(head.i, set())
        modifies_noun = head.dep in ("compound", "amod", "nmod:poss", "flat")  # "in its Gulf war"
        governor = head.head - tokens[0].i
        if "of" in preps and 0 <= governor < len(tokens) and tokens[governor].text.lower() in settlement_nouns:
            place_words = PLACE_PREPOSITIONS | {"of"}
        else:
            place_words = PLACE_PREPOSITIONS
        if preps & place_words and not modifies_noun and not (i > 0 and tokens[i - 1].pos in _PROPER):
            name = " ".join(tok.text for tok in tokens[i:j])
            found = place_country(gazetteer, name, context=context)
            if found is not None:
                country, note = found
                added.append(Span(start=i, end=j, kind="location", form="gazetteer", country=country,
                                  rule="gazetteer place (unrecognised name)",
                                  reason=f"a proper noun after '{'/'.join(sorted(preps & place_words))}' "
                                         "that the gazetteer places",
                                  evidence=[note]))
        i = j
    return sorted(spans + added, key=lambda s: s.start) if added else spans
