"""The working record of a candidate mention while the rules compose it, and its resolution
into the :class:`~lapwing.model.Mention` and :class:`~lapwing.model.Actor` records."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..model import Actor, Mention, Provenance, Token
from .schema import ActorEntry, Alias

STAGE = "actors.dictionary.v1"
#: The rule of a conjunct that shares a country modifier ("15 British sailors and marines"): the
#: country is stated once, so the article's country counts do not count it again.
SHARED_MODIFIER_RULE = "sector word sharing a conjunct's country modifier"
_FORM_ORDER = {"name": 0, "seat": 1, "capital": 2, "adjective": 3, "plural": 4, "acronym": 5,
               "short_name": 6, "sector_word": 7}


@dataclass
class Span:
    """A candidate mention: token positions ``[start, end)`` in its sentence's token list."""

    start: int
    end: int
    kind: str
    form: str = "name"
    entry_ids: list[str] = field(default_factory=list)   # candidates, best first
    country: str | None = None
    code: str | None = None
    sector: str | None = None
    name: str | None = None
    rule: str = "dictionary"
    reason: str = ""
    evidence: list[str] = field(default_factory=list)
    former: bool = False
    weak_country: bool = False       # country guessed from article context

    @property
    def is_entity(self) -> bool:
        return bool(self.entry_ids)

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


def span_from_aliases(start: int, end: int, aliases: list[Alias]) -> Span:
    """A dictionary span; entity names win over sector words, user names over bundled ones."""
    ordered = sorted(aliases, key=lambda a: (-a.rank, a.entry_id is None,
                                             _FORM_ORDER.get(a.form, 9)))
    best = ordered[0]
    if best.entry_id is None:
        return Span(start=start, end=end, kind=best.mention_kind, form="sector_word",
                    sector=best.sector, code=best.code, rule="sector word",
                    reason=f"sector word {best.text!r} ({best.origin})")
    entry_ids: list[str] = []
    for alias in ordered:
        if alias.entry_id is not None and alias.entry_id not in entry_ids and alias.rank == best.rank:
            entry_ids.append(alias.entry_id)
    rule = {"short_name": "dictionary short name", "capital": "capital city",
            "seat": "seat of government", "adjective": "country adjective",
            "plural": "people of a country"}.get(best.form, "dictionary name")
    return Span(start=start, end=end, kind=best.mention_kind, form=best.form, entry_ids=entry_ids,
                sector=best.sector, rule=rule, reason=f"{best.form} {best.text!r} ({best.origin})")


def choose_entry(span: Span, entries: dict[str, ActorEntry], day: dt.date | None
                 ) -> ActorEntry | None:
    """The candidate entry to use: one whose role holds on ``day``, else the first."""
    candidates = [entries[e] for e in span.entry_ids if e in entries]
    if not candidates:
        return None
    if len(candidates) > 1 and day is not None:
        for entry in candidates:
            if any(role.holds_on(day) for role in entry.roles):
                return entry
    return candidates[0]


def actor_for(span: Span, entry: ActorEntry | None, day: dt.date | None,
              text: str) -> tuple[Actor, list[str]]:
    """The actor a span names on ``day``, and notes on how the date decided it."""
    notes: list[str] = []
    if entry is None:
        # a fixed code that only repeats the sector ("gunmen": UAF) yields to a country the phrase
        # names ("Palestinian gunmen": PSE, sector UAF, CAMEO PSEUAF), as "Palestinian militants" is PSE
        code = span.country if span.country and span.code and span.code == span.sector else span.code or span.country
        sector = "ELI" if span.former and span.kind == "person" else span.sector
        cameo = (code or "") + (sector or "") if code and code not in ("IGO", "NGO", sector) else code
        return Actor(name=span.name or text, code=code, country=span.country, sector=sector,
                     cameo_code=cameo or None, kind=_actor_kind(span.kind)), notes
    role, how = entry.role_on(day)
    code, country, sector, cameo = entry.code, entry.country, entry.sector, entry.cameo_code
    if role is not None:
        code = role.code or code
        country = role.country if role.code else country
        sector = role.sector or sector
        cameo = role.cameo_code or None
        if how == "dated":
            notes.append(f"role {role.title or role.sector} holds on {day}")
        elif how == "nearest":
            if entry.kind == "person":
                sector = "ELI"
            notes.append(f"no role holds on {day}: nearest is {role.title or role.sector} "
                         f"({role.start}..{role.end}), so {sector}")
        elif how == "default":
            notes.append(f"no role holds on {day}: the entry's default applies")
    # A sector word on a country ("the Kremlin" -> RUS GOV), or on an actor whose entry has no
    # sector of its own ("the Calenardhon government" -> CALGOV), gives the sector.
    sector_from_span = bool(span.sector) and (entry.kind == "country" or sector is None)
    if sector_from_span:
        sector = span.sector
    if span.former and entry.kind == "person":
        sector = "ELI"
    if cameo is None or (sector_from_span and sector):
        cameo = (code or "") + (sector or "") if code not in (None, "IGO", "NGO") else entry.cameo_code
    return Actor(name=entry.name, code=code, country=country, sector=sector,
                 cameo_code=cameo or None, wikidata_id=entry.wikidata_id, kind=entry.kind,
                 entry_id=entry.id), notes


def _actor_kind(mention_kind: str) -> str:
    return {"location": "country", "nationality": "country"}.get(mention_kind, mention_kind)


def to_mention(span: Span, tokens: list[Token], sentence_index: int, article_text: str,
               entries: dict[str, ActorEntry], day: dt.date | None) -> Mention:
    start_char = tokens[span.start].start_char
    end_char = tokens[span.end - 1].end_char
    text = article_text[start_char:end_char]
    entry = choose_entry(span, entries, day)
    actor, notes = actor_for(span, entry, day, text)
    if entry is None and span.country and actor.country is None:
        actor = actor.replace(country=span.country)
    evidence = tuple(span.evidence + notes + ([f"entry {entry.id} ({entry.origin})"] if entry else []))
    return Mention(start_char=start_char, end_char=end_char, text=text, kind=span.kind, actor=actor,
                   sentence=sentence_index,
                   resolution=Provenance(stage=STAGE, rule=span.rule, reason=span.reason,
                                         evidence=evidence))
