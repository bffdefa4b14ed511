"""The actor knowledge base: countries (names from pycountry plus Lapwing's own aliases),
organisations, groups, institutions and people, with date-bounded roles; and the sector words.

Everything is read from data files (``lapwing/actors/data/*.yaml``, users' YAML/CSV files and
PETRARCH dictionaries); a bad entry raises :class:`~lapwing.errors.ResourceError` naming the file
and line. The schema is described at the top of each bundled file and in ``docs/actors.md``.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry

from ..errors import ResourceError
from .data_files import optional_date, read_records, string_list, where
from .schema import ENTRY_KINDS, NON_STATE_CODES, ActorEntry, Alias, Role

Tokenize = Callable[[str], list[str]]

#: The bundled entry files, in load order.
BUNDLED_ENTRY_FILES: tuple[str, ...] = (
    "organizations.yaml", "groups.yaml", "institutions.yaml", "people.yaml", "identities.yaml")
#: Country codes accepted beyond ISO 3166-1 (user-assigned codes in common use).
EXTRA_COUNTRY_CODES: dict[str, str] = {"XKX": "Kosovo"}
#: The fields an entry may have (anything else is a typo, reported with file and line).
ENTRY_FIELDS = {"id", "name", "kind", "names", "short_names", "adjectives", "code", "country",
                "sector", "cameo_code", "wikidata_id", "roles", "default", "note", "start", "end",
                "title"}
COUNTRY_FIELDS = {"country", "name", "names", "not_names", "misspellings", "adjectives", "plurals", "capitals",
                  "seats", "formerly", "note"}
_MENTION_KIND_OF_ENTRY = {"country": "location", "organization": "organization",
                          "group": "group", "person": "person"}
_ACRONYM = re.compile(r"^[A-Z0-9][A-Z0-9.\-&']{0,7}$")


def normalize(text: str) -> str:
    """Lower case, without accents, with straight apostrophes: the key used for matching."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text)
                       if not unicodedata.combining(ch))
    return text.lower()


def case_rule(text: str, form: str) -> str:
    """How the casing of the text must look for this name to match (see :class:`Alias`)."""
    if form == "sector_word":
        return "any"
    if _ACRONYM.match(text) and sum(ch.isalpha() for ch in text) >= 2:
        return "exact"
    return "title"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalize(text)).strip("-")


@dataclass
class KnowledgeBase:
    """Entries by id, the names pointing to them, the sector list, and what was loaded."""

    tokenize: Tokenize
    entries: dict[str, ActorEntry] = field(default_factory=dict)
    aliases: list[Alias] = field(default_factory=list)
    sectors: dict[str, str] = field(default_factory=dict)
    sources: list[dict[str, Any]] = field(default_factory=list)

    # ----------------------------------------------------------------- bundled data
    @classmethod
    def bundled(cls, tokenize: Tokenize) -> KnowledgeBase:
        """The knowledge base shipped with Lapwing."""
        kb = cls(tokenize=tokenize)
        data = resources.files("lapwing.actors").joinpath("data")
        kb.load_sectors(Path(str(data.joinpath("sectors.yaml"))))
        kb.load_countries(Path(str(data.joinpath("countries.yaml"))))
        kb.load_sector_words(Path(str(data.joinpath("sector_words.yaml"))))
        for name in BUNDLED_ENTRY_FILES:
            kb.load_entries(Path(str(data.joinpath(name))))
        return kb

    def load_sectors(self, path: Path) -> None:
        for record in read_records(path):
            code = record.get("code")
            if not isinstance(code, str) or not code.isupper():
                raise ResourceError(f"{where(record)}: field 'code' must be an upper-case sector code",
                                    code="E307")
            self.sectors[code] = str(record.get("label", code))
        self.sources.append({"file": path.name, "sectors": len(self.sectors)})

    def load_countries(self, path: Path) -> None:
        """Every ISO 3166-1 country from pycountry, plus the aliases in ``path``."""
        for country in pycountry.countries:
            names = {country.name, getattr(country, "official_name", country.name),
                     getattr(country, "common_name", country.name)}
            display = getattr(country, "common_name", country.name)
            self._add_country(country.alpha_3, display, sorted(n for n in names if "," not in n),
                              origin="pycountry")
        records = read_records(path)
        for record in records:
            check_fields(record, COUNTRY_FIELDS)
            iso3 = record.get("country")
            if not isinstance(iso3, str):
                raise ResourceError(f"{where(record)}: field 'country' (ISO 3166-1 alpha-3) is missing",
                                    code="E308")
            entry_id = f"country/{iso3}"
            if entry_id not in self.entries:
                name = record.get("name") or EXTRA_COUNTRY_CODES.get(iso3)
                if not name:
                    raise ResourceError(f"{where(record)}: field 'country': {iso3!r} is not an "
                                        f"ISO 3166-1 alpha-3 code (and no 'name' is given)",
                                        code="E309")
                self._add_country(iso3, str(name), [str(name)], origin=where(record))
            origin = where(record)
            if "formerly" in record:
                self._date_country(record, entry_id)
            # a name pycountry gives that news uses for another state ("Congo": DR Congo in wire style)
            dropped = {text.lower() for text in string_list(record, "not_names")}
            if dropped:
                self.aliases = [a for a in self.aliases
                                if not (a.entry_id == entry_id and a.text.lower() in dropped)]
            for form, kind in (("name", "location"), ("adjective", "nationality"),
                               ("plural", "group"), ("capital", "location"),
                               ("seat", "organization")):
                key = "names" if form == "name" else form + "s"
                for text in string_list(record, key):
                    self.add_alias(text, form=form, mention_kind=kind, entry_id=entry_id,
                                   sector="GOV" if form == "seat" else None, origin=origin)
            for text in string_list(record, "misspellings"):   # exact spellings, no fuzzy matching
                self.add_alias(text, form="name", mention_kind="location", entry_id=entry_id,
                               origin=f"{origin}, a common misspelling")
        self.sources.append({"file": path.name, "countries": sum(
            1 for e in self.entries.values() if e.kind == "country"), "entries": len(records)})

    def _date_country(self, record: dict[str, Any], entry_id: str) -> None:
        """A state that was part of another until a date (``formerly: {country, until}``): its
        names, adjectives and capital stand for the older state before that date ("Juba" is in
        Sudan in 2000)."""
        formerly = record["formerly"]
        if not isinstance(formerly, dict) or {k for k in formerly if not k.startswith("__")} != {"country", "until"}:
            raise ResourceError(f"{where(record)}: field 'formerly' must be a mapping with 'country' "
                                f"and 'until'", code="E328")
        before = self.check_code(record, "formerly.country", formerly["country"])
        until = optional_date(record, "formerly.until", formerly["until"])
        entry = self.entries[entry_id]
        roles = (Role(code=before, country=before, title=f"part of {before} until {until}", end=until),
                 Role(code=entry.code, country=entry.code, title=f"independent from {until}", start=until))
        self.entries[entry_id] = entry.__class__(**{**_fields(entry), "roles": roles})

    def _add_country(self, iso3: str, display: str, names: list[str], *, origin: str) -> None:
        entry_id = f"country/{iso3}"
        self.entries[entry_id] = ActorEntry(id=entry_id, name=display, kind="country", code=iso3,
                                            country=iso3, cameo_code=iso3, origin=origin)
        for text in names:
            self.add_alias(text, form="name", mention_kind="location", entry_id=entry_id,
                           origin=origin)

    def load_sector_words(self, path: Path) -> None:
        records = read_records(path)
        count = 0
        for record in records:
            sector = self.check_sector(record, record.get("sector"))
            kind = record.get("kind", "group")
            if kind not in ("organization", "group", "person"):
                raise ResourceError(f"{where(record)}: field 'kind' must be organization, group or person",
                                    code="E310")
            for text in string_list(record, "words"):
                self.add_alias(text, form="sector_word", mention_kind=kind, sector=sector,
                               code=record.get("code"), origin=where(record))
                count += 1
        self.sources.append({"file": path.name, "sector_words": count})

    # ----------------------------------------------------------------- entries
    def load_entries(self, path: Path, *, rank: int = 0) -> int:
        """Entries from a YAML/CSV file; an id already known is replaced (users override)."""
        records = read_records(path)
        seen_here: dict[str, ActorEntry] = {}
        for record in records:
            entry, names, short_names = self.entry_from_record(record)
            if entry.id in seen_here:  # CSV: one row per dated role of the same actor
                previous = seen_here[entry.id]
                entry = previous.__class__(**{**_fields(previous),
                                              "roles": previous.roles + entry.roles})
            elif entry.id in self.entries:
                self.aliases = [a for a in self.aliases if a.entry_id != entry.id]
            seen_here[entry.id] = entry
            self.entries[entry.id] = entry
            kind = _MENTION_KIND_OF_ENTRY[entry.kind]
            for text in names:
                self.add_alias(text, form="name", mention_kind=kind, entry_id=entry.id,
                               origin=entry.origin, rank=rank)
            for text in short_names:
                self.add_alias(text, form="short_name", mention_kind=kind, entry_id=entry.id,
                               origin=entry.origin, rank=rank)
            for text in string_list(record, "adjectives"):
                self.add_alias(text, form="adjective", mention_kind="nationality",
                               entry_id=entry.id, origin=entry.origin, rank=rank)
        self.sources.append({"file": str(path) if rank else path.name, "entries": len(records)})
        return len(records)

    def entry_from_record(self, record: dict[str, Any]) -> tuple[ActorEntry, list[str], list[str]]:
        """Validate one record; return its entry, its names and its short names."""
        check_fields(record, ENTRY_FIELDS)
        name = record.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ResourceError(f"{where(record)}: field 'name' is missing", code="E311")
        kind = record.get("kind", "person" if "roles" in record and "code" not in record else None)
        if kind not in ENTRY_KINDS:
            raise ResourceError(f"{where(record)}: field 'kind': {kind!r} is not one of "
                                f"{', '.join(ENTRY_KINDS)}", code="E312")
        code = self.check_code(record, "code", record.get("code"))
        country = self.check_code(record, "country", record.get("country"))
        sector = self.check_sector(record, record.get("sector"))
        roles = tuple(self.role_from(record, raw) for raw in _role_records(record))
        default = record.get("default") or {}
        if not isinstance(default, dict):
            raise ResourceError(f"{where(record)}: field 'default' must be a mapping", code="E313")
        entry = ActorEntry(
            id=str(record.get("id") or f"{kind}/{slug(name)}"), name=name.strip(), kind=kind,
            code=code or country, country=country if country not in NON_STATE_CODES else None,
            sector=sector, cameo_code=record.get("cameo_code"),
            wikidata_id=record.get("wikidata_id"), roles=roles,
            default_country=self.check_code(record, "default.country", default.get("country")),
            default_sector=self.check_sector(record, default.get("sector")), origin=where(record))
        names = [name] + string_list(record, "names")
        if "short_names" in record:
            short_names = string_list(record, "short_names")
        elif kind == "person":
            # the last word, whole: "Teng-hui" of "Lee Teng-hui" (its last token, "hui", matched
            # the end of other hyphenated names: "Cho Seung-Hui")
            short_names = [name.split()[-1]]
        else:
            short_names = []
        return entry, names, short_names

    def role_from(self, record: dict[str, Any], raw: dict[str, Any]) -> Role:
        country = self.check_code(record, "roles.country", raw.get("country"))
        code = self.check_code(record, "roles.code", raw.get("code")) or country
        role = Role(code=code, country=None if country in NON_STATE_CODES else country,
                    sector=self.check_sector(record, raw.get("sector")),
                    cameo_code=raw.get("cameo_code"), title=raw.get("title"),
                    start=optional_date(record, "start", raw.get("start")),
                    end=optional_date(record, "end", raw.get("end")))
        if role.start and role.end and role.end < role.start:
            raise ResourceError(f"{where(record)}: a role ends ({role.end}) before it starts "
                                f"({role.start})", code="E314")
        return role

    def check_code(self, record: dict[str, Any], key: str, value: Any) -> str | None:
        if value is None or value == "":
            return None
        value = str(value)
        if (value in NON_STATE_CODES or value in EXTRA_COUNTRY_CODES
                or pycountry.countries.get(alpha_3=value) is not None):
            return value
        raise ResourceError(f"{where(record)}: field '{key}': {value!r} is not an ISO 3166-1 "
                            f"alpha-3 code nor one of {', '.join(NON_STATE_CODES)}", code="E315")

    def check_sector(self, record: dict[str, Any], value: Any) -> str | None:
        if value is None or value == "":
            return None
        if value not in self.sectors:
            raise ResourceError(f"{where(record)}: field 'sector': {value!r} is not a sector "
                                f"({', '.join(self.sectors)})", code="E316")
        return str(value)

    # ----------------------------------------------------------------- names
    def add_alias(self, text: str, *, form: str, mention_kind: str, entry_id: str | None = None,
                  sector: str | None = None, code: str | None = None, origin: str = "",
                  rank: int = 0) -> None:
        text = text.strip()
        if text.lower().startswith("the ") and form != "sector_word":
            text = text[4:]
        tokens = tuple(normalize(tok) for tok in self.tokenize(text))
        if not tokens:
            return
        self.aliases.append(Alias(tokens=tokens, text=text, form=form, mention_kind=mention_kind,
                                  case=case_rule(text, form), entry_id=entry_id, sector=sector,
                                  code=code, origin=origin, rank=rank))


def check_fields(record: dict[str, Any], allowed: set[str]) -> None:
    """Reject unknown fields and empty values (in YAML an unquoted comma splits a value)."""
    for key, value in record.items():
        if key.startswith("__"):
            continue
        if key not in allowed:
            raise ResourceError(f"{where(record)}: unknown field {key!r} (fields are "
                                f"{', '.join(sorted(allowed))}; quote values holding commas)",
                                code="E319")
        if value is None:
            raise ResourceError(f"{where(record)}: field {key!r} is empty", code="E320")


def _fields(entry: ActorEntry) -> dict[str, Any]:
    return {name: getattr(entry, name) for name in entry.__slots__}  # type: ignore[attr-defined]


def _role_records(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Roles from a YAML ``roles`` list, or one role from CSV ``start``/``end`` columns."""
    roles = record.get("roles")
    if roles is None:
        if any(k in record for k in ("start", "end", "title")):
            return [{"country": record.get("country"), "sector": record.get("sector"),
                     "title": record.get("title"), "start": record.get("start"),
                     "end": record.get("end"), "cameo_code": record.get("cameo_code")}]
        return []
    if not isinstance(roles, list) or not all(isinstance(r, dict) for r in roles):
        raise ResourceError(f"{where(record)}: field 'roles' must be a list of mappings", code="E317")
    return roles
