"""Peoples named with a country: "Iraqi Kurds", "Turkish Kurd refugees" (an identity of no
country, placed by the country word before it) and "ethnic Albanians" (a minority, placed by the
country where it lives).

- :func:`merge_country_identities`: a country adjective or name right before an identity of no
  country from ``data/identities.yaml`` ("Kurds", "Kurd", "Muslims", "Shiite") makes one mention
  of that country: the people of the identity who live in the country ("Iraqi Kurds" -> IRQ,
  "American Muslims" -> USA; rule ``identity with a country modifier``). A compound of two
  country words is not read so ("Turkish Cypriots" are Cypriots, "Bosnian Serbs" are Bosnians);
  the common ones are fixed entries of ``identities.yaml``.
- :func:`place_ethnic_minorities`: "ethnic X" names people of ethnicity X who are NOT nationals
  of X (else the writer would say "Albanians"): ethnic Albanians in Serbia, ethnic Russians in
  Ukraine. Such a mention takes the country where the group lives when the sentence (else the
  article) places it: the country mentioned most there, other than X, if it leads strictly
  ("Up to 100 ethnic Albanians demonstrated in Serbia" -> SRB). Otherwise X stays, with a note.
  This is the ICEWS/CAMEO coders' practice (PLOVER's gold records code "ethnic Albanians"
  demonstrating in Serbia as SRB, fighting in Macedonia as MKD) and follows the sense of
  "ethnic": coding them as the state X would make Albania an actor in Serbia's conflicts.
  Rule ``ethnic minority placed by where it lives``. "Rebel", "separatist" or "secessionist" before
  a people of a country ("Rebel Serbs who hold about one-third of Croatia" -> HRV, sector REB)
  reads the same way: a people's armed part rebels in the state it lives in, not for its own;
  with no such state named, they are rebels of no known country (rule ``rebels of a people, not
  placed``), never the state of their people.
- :func:`community_groups`: "France's Serb community", "the Muslim community in Britain", "the
  Turkish minority in Bulgaria": a community noun (``community_nouns`` in ``data/type_words.yaml``)
  after an identity word is one group (sector CVL) of that identity; the country that possesses
  it or that it is "in" is where it lives, never the actor itself (the protesters are not France).
  A community or diaspora of a nation is coded by that nation, as CAMEO coders code a diaspora or
  exiles ("France's Serb community" -> SRB); a minority is coded where it lives, like "ethnic X"
  above ("the Turkish minority in Bulgaria" -> BGR); an identity of no country ("Muslim", "Kurdish")
  takes the country where it lives, as "American Muslims" does. Rule ``community named by its
  identity``.
"""
from __future__ import annotations

from collections import Counter

from .context import country_mentions
from .rules import POSSESSIVE, SentenceContext
from .schema import ActorEntry
from .spans import Span

#: The word that marks a people as a minority where it lives.
ETHNIC_WORDS = frozenset({"ethnic"})
#: Words of a people's armed part who rebel where they live ("Rebel Serbs who hold about one-third
#: of Croatia"): like "ethnic", the people of a state living in another, whose state they fight;
#: placed the same way, with the rebels' sector.
REBEL_WORDS = {"rebel": "REB", "separatist": "REB", "secessionist": "REB"}


def is_identity(entry: ActorEntry | None) -> bool:
    """An ethnic, religious or regional identity of no country ("Kurds", "Muslims")."""
    return (entry is not None and entry.kind == "group" and not entry.country and not entry.code
            and not entry.roles and entry.sector is None)


def merge_country_identities(spans: list[Span], ctx: SentenceContext) -> list[Span]:
    """Join a country word and the identity right after it into one mention of the country."""
    spans = sorted(spans, key=lambda s: s.start)
    dropped: set[int] = set()
    for left, right in zip(spans, spans[1:]):
        if id(left) in dropped or left.end != right.start or not ctx.is_country_span(left):
            continue
        if left.form not in ("adjective", "name") or not right.entry_ids \
                or not is_identity(ctx.entries.get(right.entry_ids[0])):
            continue
        identity = ctx.entries[right.entry_ids[0]]
        right.evidence.append(f"identity {identity.name!r} ({right.reason}); country from {left.reason}")
        right.start = left.start
        right.entry_ids = list(left.entry_ids)
        right.form = "adjective" if right.form == "adjective" else "plural"
        right.rule = "identity with a country modifier"
        right.reason = f"{left.reason} before the identity {identity.name!r}"
        dropped.add(id(left))
    return [s for s in spans if id(s) not in dropped]


#: Community nouns coded where the group lives, even when its identity is a nation's.
_MINORITY_NOUNS = frozenset({"minority", "minorities"})


def community_groups(spans: list[Span], ctx: SentenceContext, *, nouns: set[str] | frozenset[str]) -> list[Span]:
    """One group mention for "[COUNTRY's] IDENTITY community [in COUNTRY]" (see the module doc);
    the identity word and the country words inside it are left to :func:`drop_nested`."""
    added: list[Span] = []
    for k, key in enumerate(ctx.keys):
        if key not in nouns or any(s.start <= k < s.end for s in spans):
            continue
        identity = next((s for s in spans if s.end == k and s.form == "adjective" and s.entry_ids), None)
        entry = ctx.entries.get(identity.entry_ids[0]) if identity is not None else None
        if identity is None or not (ctx.is_country_span(identity) or is_identity(entry)):
            continue
        residence = _possessing_country(spans, identity.start, ctx) or _country_in(spans, k + 1, ctx)
        nation = ctx.country_of(identity)
        lives = ctx.country_of(residence) if residence is not None else None
        country = nation if nation and key not in _MINORITY_NOUNS else lives or nation
        start = residence.start if residence is not None and residence.end <= identity.start else identity.start
        group = Span(start=start, end=k + 1, kind="group", form="sector_word", sector="CVL", country=country,
                     rule="community named by its identity",
                     reason=f"community noun {key!r}; identity from {identity.reason}")
        if lives:
            group.evidence.append(f"lives in {lives} ({residence.reason}): where it lives, "
                                  f"{'its country' if country == lives else 'not the actor'}")
        if country:
            group.evidence.append(f"country {country} from "
                                  f"{'the identity' if country == nation else 'where it lives'}")
        added.append(group)
    return sorted(spans + added, key=lambda s: s.start) if added else spans


def _possessing_country(spans: list[Span], start: int, ctx: SentenceContext) -> Span | None:
    """"France's" before the identity word."""
    if start < 2 or ctx.keys[start - 1] not in POSSESSIVE:
        return None
    return next((s for s in spans if s.end == start - 1 and ctx.is_country_span(s)), None)


def _country_in(spans: list[Span], after: int, ctx: SentenceContext) -> Span | None:
    """"in Britain" right after the community noun."""
    if after + 1 >= len(ctx.tokens) or ctx.keys[after] != "in":
        return None
    return next((s for s in spans if s.start == after + 1 and ctx.is_country_span(s)), None)


def place_ethnic_minorities(per_sentence: list[tuple[SentenceContext, list[Span]]]) -> None:
    """Give each "ethnic X" mention the country where the group lives (see the module doc)."""
    stated = country_mentions(per_sentence)
    for number, (ctx, spans) in enumerate(per_sentence):
        for span in spans:
            word = ctx.keys[span.start - 1] if span.start else ""
            inside = ctx.keys[span.start] in REBEL_WORDS and span.end - span.start > 1  # "Rebel Serbs", one span
            if inside:
                word = ctx.keys[span.start]
            if word not in ETHNIC_WORDS and not (word in REBEL_WORDS and span.form == "plural"):
                _place_split_people(span, ctx, Counter(c for (n, k), c in stated if n == number and k != span.start))
                continue
            own = ctx.country_of(span)
            entry = ctx.entries.get(span.entry_ids[0]) if span.entry_ids else None
            if not own and not is_identity(entry):
                continue
            here = Counter(c for (n, k), c in stated if n == number and k != span.start)
            elsewhere = Counter(c for (n, _), c in stated if n != number)
            span.start -= 0 if inside else 1
            home = _leading(here, own) or _leading(elsewhere, own)
            if home is None and word in REBEL_WORDS and span.form != "sector_word":
                # "Eastern Slavonia, which borders Serbia, was captured by rebel Serbs": not Serbia's
                # state, and no other country placed: rebels of no known country
                span.evidence.append(f"{word} {own or ''}: no country where they live is stated; none given")
                span.rule = "rebels of a people, not placed"
                span.country, span.entry_ids, span.sector = None, [], REBEL_WORDS[word]
                continue
            if home is None:
                span.evidence.append(f"ethnic: no country where the group lives is stated; {own or 'none'} kept")
                continue
            country, why = home
            span.evidence.append(f"ethnic {own or (entry.name if entry else '')}: lives in {country} ({why})")
            span.rule = "ethnic minority placed by where it lives"
            span.country = country
            if span.form != "sector_word":
                span.entry_ids = [f"country/{country}"] if f"country/{country}" in ctx.entries else []
                span.sector = REBEL_WORDS.get(word) or span.sector or "CVL"


#: Peoples of a state who live in numbers in its neighbours and fight their wars there, named
#: bare in the news of those wars ("The Serbs captured one-third of Croatia", "Serbs ... have
#: captured 70 percent of Bosnia"): the people's state -> the states they live in.
SPLIT_PEOPLES = {"SRB": frozenset({"BIH", "HRV"}), "HRV": frozenset({"BIH"})}
#: The people's own word before a sector word ("Serb terrorists", "Croat forces"), read like the
#: bare plural; the state's adjective ("Serbian police") stays the state's.
SPLIT_PEOPLE_WORDS = frozenset({"serb", "croat"})


def _place_split_people(span: Span, ctx: SentenceContext, here: Counter[str]) -> None:
    """A bare plural of a people of ``SPLIT_PEOPLES`` in a sentence that names only one of the
    states they live in, and not their own state: the people who live there (rule ``people
    placed by the state of their war``). "Serbs protested in Belgrade" stays Serbia's. So too a
    sector word after the people's own word ("Serb terrorists captured three new people ... on
    the road from Kiseljak through Ilidza to Sarajevo"), which keeps its sector."""
    described = span.form == "sector_word" and span.end - span.start == 2 \
        and ctx.keys[span.start] in SPLIT_PEOPLE_WORDS
    if not described and (span.form != "plural" or span.end - span.start != 1):
        return
    own = ctx.country_of(span)
    homes = SPLIT_PEOPLES.get(own or "")
    if not homes or own in here or set(here) - homes - {own} or len(set(here) & homes) != 1:
        return
    (country,) = set(here) & homes
    span.evidence.append(f"{ctx.tokens[span.start].text}: the sentence names only {country} of the states "
                         f"they live in, and not {own}: the {ctx.tokens[span.start].text} of {country}")
    span.rule = "people placed by the state of their war"
    span.country = country
    if described:
        return
    span.entry_ids = [f"country/{country}"] if f"country/{country}" in ctx.entries else []
    span.sector = span.sector or "CVL"


def _leading(counts: Counter[str], own: str | None) -> tuple[str, str] | None:
    """The country counted most, other than ``own``, when it leads strictly."""
    counts = Counter({c: n for c, n in counts.items() if c != own})
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    country, n = ranked[0]
    return country, f"the country stated most where it stands, {n} of {sum(counts.values())} mentions"
