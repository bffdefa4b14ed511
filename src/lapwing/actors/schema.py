"""The actor knowledge base's records: entries, their date-bounded roles, and the names that
point to them. Frozen and picklable; no I/O here (see :mod:`lapwing.actors.knowledge_base`)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

#: Kinds of knowledge-base entry.
ENTRY_KINDS: tuple[str, ...] = ("country", "organization", "group", "person")
#: Actor codes that are not countries (PLOVER/CAMEO international and transnational actors).
NON_STATE_CODES: tuple[str, ...] = ("IGO", "NGO", "IMG", "MNC", "UAF")
#: How each form of a name is used; decides the mention kind and the sector it implies.
ALIAS_FORMS: tuple[str, ...] = (
    "name", "short_name", "adjective", "plural", "capital", "seat", "sector_word", "acronym")


@dataclass(frozen=True, slots=True)
class Role:
    """What an actor was between two dates (either may be open): its code, country and sector."""

    code: str | None = None
    country: str | None = None
    sector: str | None = None
    cameo_code: str | None = None
    title: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    def holds_on(self, day: dt.date) -> bool:
        """True when ``start <= day < end`` (open ends always hold)."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    def distance_to(self, day: dt.date) -> int:
        """Days between ``day`` and the nearest end of this role (0 when it holds)."""
        if self.holds_on(day):
            return 0
        if self.start is not None and day < self.start:
            return (self.start - day).days
        assert self.end is not None
        return (day - self.end).days + 1


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor the knowledge base knows, with where it was read from (``origin`` file:line)."""

    id: str
    name: str
    kind: str
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    cameo_code: str | None = None
    wikidata_id: str | None = None
    roles: tuple[Role, ...] = ()
    default_country: str | None = None
    default_sector: str | None = None
    origin: str = ""

    def role_on(self, day: dt.date | None) -> tuple[Role | None, str]:
        """The role valid on ``day`` and a word saying how it was chosen.

        ``("...", "dated")`` when a role holds on the day; ``"default"`` when the entry names what
        it is between roles; ``"nearest"`` for the nearest role in time (sector becomes ELI for a
        person: a former office holder); ``"undated"`` when the entry has no roles or no day.
        """
        if not self.roles:
            return None, "undated"
        if day is None:
            return self.roles[-1], "undated"
        for role in self.roles:
            if role.holds_on(day):
                return role, "dated"
        if self.default_country or self.default_sector:
            return Role(code=self.default_country, country=self.default_country,
                        sector=self.default_sector), "default"
        nearest = min(self.roles, key=lambda role: role.distance_to(day))
        return nearest, "nearest"


@dataclass(frozen=True, slots=True)
class Alias:
    """A name (as lower-case normalised tokens) that points to an entry, or to a sector word.

    ``case`` says how the text's casing must look: ``exact`` (acronyms such as "US", "WHO"),
    ``title`` (some token capitalised), ``any`` (common nouns such as "army").
    """

    tokens: tuple[str, ...]
    text: str
    form: str
    mention_kind: str
    case: str
    entry_id: str | None = None
    sector: str | None = None
    code: str | None = None
    origin: str = ""
    rank: int = 0   # later sources (user files) rank higher and win over bundled names
