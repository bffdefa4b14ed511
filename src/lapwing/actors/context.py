"""The article's countries as context: the country a bare state sector word ("Police fired tear
gas ...") or a titled person with no stated country ("President Yoweri Museveni") most likely
belongs to. A weak guess, taken only when one country clearly leads; otherwise none.

Countries are counted from the mentions that state one: country names, adjectives, capitals
and seats, known entities, and sector words whose country a modifier gave. Mentions BEFORE the
word count first (the reader has seen them); the whole article breaks ties. The chosen country
must lead strictly on (mentions before, mentions in the article) and hold a majority of the
mentions before the word (of the article's, when none comes before); otherwise the country stays
None rather than a wrong guess.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter

from ..english_words import FOREIGN_MISSION_WORDS, PLACE_PART_WORDS
from .rules import SentenceContext
from .spans import SHARED_MODIFIER_RULE, Span

#: Sectors of state bodies: a bare "police", "army", "government", "officials" belongs to a state.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
#: Sectors of titles whose holder belongs to a country ("President", "opposition leader").
TITLE_SECTORS = STATE_SECTORS | {"OPP", "PTY"}
#: Sectors of domestic groups: bare "protesters", "activists", "strikers", "workers" are, like
#: the police facing them, most likely of the article's country (unnamed civilians are not:
#: "killed 23 people" says nothing of whose people). Only countries mentioned BEFORE the group
#: count: "Demonstrators in Baghdad ... the United States' policies" are not American.
DOMESTIC_GROUP_SECTORS = frozenset({"OPP", "LAB"})

#: Words that make an armed force several countries' or another country's: "coalition forces", "allied
#: troops", "multinational forces", "foreign troops", "northern alliance soldiers". The article's
#: leading country is the one such a force is NOT (or not only) of, so it gets no context country.
NOT_OF_THE_COUNTRY_WORDS = frozenset({"coalition", "alliance", "allied", "allies", "multinational",
                                      "multi-national", "international", "foreign", "overseas"})

Position = tuple[int, int]          # (sentence number, token position)


def country_mentions(per_sentence: list[tuple[SentenceContext, list[Span]]], *,
                     skip: set[Position] | frozenset[Position] = frozenset(), day: dt.date | None = None
                     ) -> list[tuple[Position, str]]:
    """Every stated country in the article with its position, in reading order; mentions that
    start at a position in ``skip`` (inside a slogan or a short quoted title) do not count; with the
    article's ``day``, a state's names count for the state of that day (``SentenceContext.country_of``)."""
    found: list[tuple[Position, str]] = []
    for number, (ctx, spans) in enumerate(per_sentence):
        for span in spans:
            if span.weak_country or (number, span.start) in skip or span.rule == SHARED_MODIFIER_RULE:
                continue      # a shared modifier ("Syrian men and women") is one country stated
            country = span.country if span.form in ("sector_word", "title") else ctx.country_of(span, day)
            if country:
                found.append(((number, span.start), country))
    return found


def context_country(position: Position, mentions: list[tuple[Position, str]]) -> tuple[str, str] | None:
    """``(country, reason)`` for a word at ``position``, or None when no country clearly leads."""
    if not mentions:
        return None
    before = Counter(country for where, country in mentions if where < position)
    total = Counter(country for _, country in mentions)
    ranked = sorted(total, key=lambda c: (before[c], total[c]), reverse=True)
    top = ranked[0]
    if len(ranked) > 1 and (before[ranked[1]], total[ranked[1]]) == (before[top], total[top]):
        return None
    counted = before if before else total
    if counted[top] * 2 <= sum(counted.values()):
        return None          # no majority: "a diplomat said" after three countries
    if before[top]:
        reason = (f"weak: {top} is the country mentioned most before it "
                  f"({before[top]} of {sum(before.values())} earlier country mentions)")
    else:
        reason = f"weak: {top} is the country the article mentions most ({total[top]} mentions)"
    return top, reason


def apply_context_countries(per_sentence: list[tuple[SentenceContext, list[Span]]], *,
                            quoted: set[Position] | frozenset[Position] = frozenset(),
                            day: dt.date | None = None) -> None:
    """Give bare state sector words ("police", "officials"; not one anonymous "diplomat"), bare
    domestic groups ("protesters", "strikers") and titled people of unknown country the context
    country. Countries named inside the short quotations at ``quoted`` positions ("Chanting
    'Bush go home!', the protesters ...") are what is shouted, not where: they do not count."""
    mentions = country_mentions(per_sentence, skip=quoted, day=day)
    if not mentions:
        return
    # "qat, widely chewed in neighboring Yemen": a country named as a neighbour is not the
    # article's, so it is no one's context country (it still counts against the others)
    # nor is a country named as someone's origin ("Diallo, 22, a native of Guinea, was shot ... by
    # four undercover police officers": New York's, not Guinea's)
    neighbours = {country for ctx, spans in per_sentence for span in spans
                  if (span.start > 0 and ctx.keys[span.start - 1] in NEIGHBOUR_WORDS
                      or span.start > 1 and tuple(ctx.keys[span.start - 2:span.start]) in ORIGIN_PHRASES)
                  and (country := span.country or ctx.country_of(span, day))}
    for number, (ctx, spans) in enumerate(per_sentence):
        for span in spans:
            if span.country or span.code or span.is_entity:
                continue
            if span.form == "sector_word" and span.sector in STATE_SECTORS \
                    and (span.kind != "person" or span.sector == "COP"):
                pass  # one anonymous "diplomat" or "soldier" may be anyone's; "a policeman" is
                # of the local force
            elif span.form == "sector_word" and span.sector in DOMESTIC_GROUP_SECTORS and span.kind == "group":
                pass
            elif span.kind == "person" and span.form in ("title", "capitalised", "ner") \
                    and span.sector in TITLE_SECTORS:
                pass
            else:
                continue
            if not_of_the_country(ctx, span) or set(ctx.keys[span.start:span.end]) & (FOREIGN_MISSION_WORDS
                                                                                     | REGIONAL_WORDS
                                                                                     | PEACEKEEPING_WORDS):
                continue  # an embassy is another country's than the one the article is about,
                # "West African peace envoys" are of a region's states, not of the article's country,
                # and peacekeepers come from other countries than the one they keep the peace in
            guess = office_place(ctx, span, spans, day) if span.kind == "person" else None
            if guess is None:
                guess = same_force_country(per_sentence, (number, span.start), span)
            if guess is None:
                guess = context_country((number, span.start), mentions)
                if guess is not None and (guess[0] in neighbours or _unowned_force(ctx, span)
                                          and guess[0] in NO_ARMY_OF_ITS_OWN):
                    guess = None  # "Surif has been encircled by the army": not a Palestinian army
            if guess is not None and span.sector in DOMESTIC_GROUP_SECTORS and span.form == "sector_word" \
                    and not any(where < (number, span.start) for where, _ in mentions):
                guess = None  # a group's country comes from what the reader has seen, or its place
            if guess is not None:
                span.country, reason = guess
                span.weak_country = True
                span.evidence.append(reason)


#: Words that may stand between a title's "of" and the place it holds office in ("the governor of
#: the restive western province of Al-Anbar").
_OFFICE_PLACE_WORDS = PLACE_PART_WORDS | frozenset({
    "the", "of", "restive", "province", "state", "region", "district", "city", "town", "governorate", "county",
    "neighbouring", "neighboring", "troubled", "volatile", "oil-rich", "capital"})


def office_place(ctx: SentenceContext, span: Span, spans: list[Span], day: dt.date | None) -> tuple[str, str] | None:
    """The country of the place a titled person holds office in, named in an "of" phrase right
    after the title ("the governor of the restive western province of Al-Anbar", "the mayor of
    Kabul"): that place's, before any context country (the US soldier the sentence names
    first is no reason to make Al-Anbar's governor American)."""
    if span.end >= len(ctx.keys) or ctx.keys[span.end] != "of":
        return None
    k = span.end
    while k < len(ctx.keys) and ctx.keys[k] in _OFFICE_PLACE_WORDS:
        k += 1
    place = next((other for other in spans if other.start == k and other.kind == "location"), None)
    country = ctx.country_of(place, day) if place is not None else None
    if country is None:
        return None
    return country, f"holds office in '{' '.join(ctx.keys[place.start:place.end])}' (the title's 'of' phrase)"


#: Territories with no army of their own: the Palestinian territories' Authority has police and
#: security forces, so a bare "army" or "troops" in a report from Gaza or the West Bank is another
#: state's (Israel's, most often), and a place there gives an armed force no context country.
NO_ARMY_OF_ITS_OWN = frozenset({"PSE"})

def _unowned_force(ctx: SentenceContext, span: Span) -> bool:
    """A bare armed force sector word with no owner before it ("the army", "troops"; not "his
    fleet of helicopters", whose owner the possessive names)."""
    return span.sector == "MIL" and span.form == "sector_word" \
        and not (span.start > 0 and ctx.keys[span.start - 1] in POSSESSIVE_DETERMINERS)


#: Possessive determiners: the force after one is its referent's.
POSSESSIVE_DETERMINERS = frozenset({"his", "her", "its", "their", "our"})

#: Words that say a country is a neighbour of the one the text is about ("qat, widely chewed in
#: neighboring Yemen"): a country so named is not the article's, and does not count as context.
NEIGHBOUR_WORDS = frozenset({"neighboring", "neighbouring", "neighbor", "neighbour", "neighbors", "neighbours"})
#: Two words before a country that name it as someone's origin ("a native of Guinea").
ORIGIN_PHRASES = frozenset({("native", "of"), ("citizen", "of"), ("national", "of"), ("natives", "of"),
                            ("citizens", "of"), ("nationals", "of"), ("born", "in"), ("hails", "from"),
                            ("immigrant", "from"), ("immigrants", "from")})

#: Words of a peacekeeping force: a bare one ("The peacekeepers have been patrolling Kabul") is of
#: other countries than where it serves, so it takes no context country (round 42).
PEACEKEEPING_WORDS = frozenset({"peacekeeper", "peacekeepers", "peacekeeping"})

#: Adjectives of a region of several states: a bare group or body they modify ("West African peace
#: envoys", "European diplomats") is of the region's states, not of the article's leading country.
REGIONAL_WORDS = frozenset({"african", "european", "asian", "arab", "western", "caribbean", "scandinavian",
                            "nordic", "balkan", "latin"})

#: Sectors of a state's forces, and the words for the institution itself: a bare "the army" or
#: "police" after "Israeli soldiers" is theirs. Not "soldiers" or "troops", which may be any side's
#: ("60 Bosnian Serbian soldiers ... were believed to have been executed by soldiers under Delic's
#: command"), nor a "fleet", which may be anyone's ("his fleet of helicopters").
FORCE_SECTORS = frozenset({"MIL", "COP"})
FORCE_INSTITUTIONS = frozenset({"army", "military", "police", "navy", "gendarmerie"})


def same_force_country(per_sentence: list[tuple[SentenceContext, list[Span]]], position: Position,
                       span: Span) -> tuple[str, str] | None:
    """``(country, reason)`` for a bare force institution ("the army", "police") when the forces of that
    sector named before it are all of one country ("Israeli soldiers shot and critically injured a
    Palestinian farmer ..., prompting the army Saturday to apologize": Israel's, although the
    article names Palestinians more often); None otherwise."""
    if span.sector not in FORCE_SECTORS or per_sentence[position[0]][0].keys[span.end - 1] not in FORCE_INSTITUTIONS:
        return None
    countries = set()
    for number, (ctx, spans) in enumerate(per_sentence):
        for other in spans:
            if (number, other.start) >= position or other.sector != span.sector or other.weak_country:
                continue
            country = other.country or ctx.country_of(other)
            if country:
                countries.add(country)
    if len(countries) != 1:
        return None
    country = next(iter(countries))
    return country, f"weak: the {span.sector} forces named before it are {country}'s"


def not_of_the_country(ctx: SentenceContext, span: Span) -> bool:
    """Whether the phrase, or the word just before it, says the armed force is of several
    countries or of a foreign one (:data:`NOT_OF_THE_COUNTRY_WORDS`). Forces only: an "opposition
    coalition" is of the country, as is a "foreign minister"."""
    if span.sector != "MIL":
        return False
    words = ctx.keys[max(span.start - 2, 0):span.end]
    # "U.S.-led forces", "NATO-led troops": a force under another's lead
    return any(w in NOT_OF_THE_COUNTRY_WORDS or w == "led" or w.endswith("-led") for w in words)
