"""Loaders for the geo stage's own data files (``geo/data/*.csv``).

All files are CSV with ``#`` comment lines and a header row; every bad entry raises a
:class:`~lapwing.errors.ResourceError` naming the file and the line.
"""
from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import ResourceError
from ..inflection import inflections

DATA_DIR = Path(__file__).resolve().parent / "data"
PLACE_ALIASES_FILE = DATA_DIR / "place_aliases.csv"
NOT_PLACES_FILE = DATA_DIR / "not_places.csv"
TERRITORIAL_VERBS_FILE = DATA_DIR / "territorial_verbs.csv"

#: Features a place alias may have.
ALIAS_FEATURES: tuple[str, ...] = ("country", "region")
#: Rules a not-a-place word may have.
NOT_PLACE_RULES: tuple[str, ...] = ("never", "needs_entity")


@dataclass(frozen=True, slots=True)
class PlaceAlias:
    """One row of ``place_aliases.csv``."""

    name: str
    feature: str
    country: str | None
    line: int


def _rows(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for each data row of a commented CSV file with the given header."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ResourceError(f"{path}: cannot read geo data file: {exc}", code="E310") from exc
    numbered = [(n, line) for n, line in enumerate(text.splitlines(), start=1)
                if line.strip() and not line.lstrip().startswith("#")]
    if not numbered:
        raise ResourceError(f"{path}: empty file; expected a header {','.join(columns)}", code="E311")
    header_line, header = numbered[0]
    found = tuple(next(csv.reader([header])))
    if found != columns:
        raise ResourceError(
            f"{path}:{header_line}: header is {','.join(found)}; expected {','.join(columns)}",
            code="E311")
    for number, line in numbered[1:]:
        values = next(csv.reader([line]))
        if len(values) != len(columns):
            raise ResourceError(
                f"{path}:{number}: {len(values)} columns; expected {len(columns)} "
                f"({','.join(columns)})", code="E312")
        yield number, dict(zip(columns, (v.strip() for v in values)))


def load_place_aliases(path: Path = PLACE_ALIASES_FILE) -> tuple[PlaceAlias, ...]:
    """Read extra place names: ``name,feature,country`` (country an ISO 3166-1 alpha-3 code)."""
    import pycountry

    aliases = []
    for number, row in _rows(path, ("name", "feature", "country")):
        if not row["name"]:
            raise ResourceError(f"{path}:{number}: empty name", code="E312")
        if row["feature"] not in ALIAS_FEATURES:
            raise ResourceError(
                f"{path}:{number}: feature {row['feature']!r}; expected one of "
                f"{', '.join(ALIAS_FEATURES)}", code="E312")
        country = row["country"] or None
        if country is not None and country != "XKX" and pycountry.countries.get(alpha_3=country) is None:
            raise ResourceError(
                f"{path}:{number}: country {country!r} is not an ISO 3166-1 alpha-3 code", code="E312")
        if row["feature"] == "country" and country is None:
            raise ResourceError(f"{path}:{number}: a country alias needs a country code", code="E312")
        aliases.append(PlaceAlias(row["name"], row["feature"], country, number))
    return tuple(aliases)


def load_not_places(path: Path = NOT_PLACES_FILE) -> dict[str, str]:
    """Read words that are rarely places: lowercase word -> rule (``never`` or ``needs_entity``)."""
    words: dict[str, str] = {}
    for number, row in _rows(path, ("word", "rule")):
        if not row["word"]:
            raise ResourceError(f"{path}:{number}: empty word", code="E312")
        if row["rule"] not in NOT_PLACE_RULES:
            raise ResourceError(
                f"{path}:{number}: rule {row['rule']!r}; expected one of {', '.join(NOT_PLACE_RULES)}",
                code="E312")
        words[row["word"].lower()] = row["rule"]
    return words


def load_territorial_verbs(path: Path = TERRITORIAL_VERBS_FILE) -> frozenset[str]:
    """Read the words whose object is ground (a country object is then a location): each lemma
    with its regular inflections, so a lemmatiser's slip ("patrolled" -> "patrolle") does not
    lose it."""
    words: set[str] = set()
    for number, row in _rows(path, ("lemma",)):
        lemma = row["lemma"]
        if not lemma or lemma != lemma.lower() or " " in lemma:
            raise ResourceError(f"{path}:{number}: lemma {lemma!r}; expected one lowercase word",
                                code="E312")
        words.update(inflections(lemma, "verb"))
    return frozenset(words)
