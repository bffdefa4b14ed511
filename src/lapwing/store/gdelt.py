"""GDELT 2.0-style event rows (one per happening) and ICEWS-style event rows (one per mention).

GDELT 2.0's event table has 61 columns (:data:`GDELT_COLUMNS`, in the codebook's order); the
files GDELT publishes have no header row, ours have one (``header=False`` to leave it out).
Columns Lapwing cannot fill are left empty; docs/store.md lists which are filled and how our
values differ (countries are ISO 3166-1 alpha-3 everywhere, where GDELT's geography columns use
FIPS 10-4; ``*_FeatureID`` is a GeoNames id).
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .exports import write_tsv
from .queries import DateLike
from .records import event_records, first

if TYPE_CHECKING:
    from .database import EventStore

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)

ICEWS_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude",
)


def gdelt_actor_code(actor: dict[str, Any] | None) -> str | None:
    """The CAMEO actor code (``USAGOV``), else code + sector."""
    if not actor:
        return None
    if actor.get("cameo_code"):
        return actor["cameo_code"]
    code = (actor.get("code") or "") + (actor.get("sector") or "")
    return code or None


def geo_type(feature: str | None, country: str | None) -> int | None:
    """GDELT's geographic resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state."""
    if feature == "country":
        return 1
    if feature == "admin1":
        return 2 if country == "USA" else 5
    if feature == "city":
        return 3 if country == "USA" else 4
    return None


def _actor_columns(number: int, people: list[dict[str, Any]]) -> dict[str, Any]:
    actor = people[0] if people else None
    prefix = f"Actor{number}"
    return {
        f"{prefix}Code": gdelt_actor_code(actor),
        f"{prefix}Name": actor.get("name") if actor else None,
        f"{prefix}CountryCode": actor.get("country") if actor else None,
        f"{prefix}Type1Code": actor.get("sector") if actor else None,
    }


def gdelt_rows(store: EventStore, **filters: Any) -> Iterable[dict[str, Any]]:
    """One GDELT 2.0 event row per canonical event, from its root mention."""
    for r in event_records(store, counted_only=True, roots_only=True, **filters):
        day: _dt.date = r["canonical_date_start"] or r["date_start"]
        cameo = r["cameo"] or ""
        added = r["ingested_at"]
        full_name = ", ".join(v for v in (r["place_name"], r["place_admin1"], r["place_country"]) if v)
        yield {
            "GLOBALEVENTID": r["canonical_id"], "SQLDATE": day.strftime("%Y%m%d"),
            "MonthYear": day.strftime("%Y%m"), "Year": day.year,
            "FractionDate": f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}",
            **_actor_columns(1, r["actors"]), **_actor_columns(2, r["recipients"]),
            "IsRootEvent": 1 if r["sentence"] in (0, None) else 0,
            "EventCode": cameo or None, "EventBaseCode": cameo[:3] or None,
            "EventRootCode": cameo[:2] or None, "QuadClass": r["quad_code"],
            "GoldsteinScale": r["intensity"], "NumMentions": r["num_mentions"],
            "NumSources": r["num_sources"], "NumArticles": r["num_articles"],
            "ActionGeo_Type": geo_type(r["place_feature"], r["place_country"]),
            "ActionGeo_FullName": full_name or None, "ActionGeo_CountryCode": r["place_country"],
            "ActionGeo_Lat": r["place_lat"], "ActionGeo_Long": r["place_lon"],
            "ActionGeo_FeatureID": r["place_geonameid"],
            "DATEADDED": added.strftime("%Y%m%d%H%M%S") if added else None,
            "SOURCEURL": r["url"],
        }


def export_gdelt_events(store: EventStore, path: str | Path, *, header: bool = True,
                        date_from: DateLike = None, date_to: DateLike = None) -> int:
    """GDELT 2.0-style event table (tab-separated, :data:`GDELT_COLUMNS`), one row per happening."""
    return write_tsv(path, GDELT_COLUMNS, gdelt_rows(store, date_from=date_from, date_to=date_to),
                     header=header)


@lru_cache(maxsize=512)
def country_name(code: str | None) -> str | None:
    """The English short name of an ISO 3166-1 alpha-3 code (ICEWS writes country names)."""
    if not code:
        return None
    import pycountry

    found = pycountry.countries.get(alpha_3=code.upper())
    if found is None:
        return code
    return getattr(found, "common_name", None) or found.name


def _cameo_names() -> dict[str, str]:
    from ..ontology import load_ontology

    return {code: entry.name for code, entry in load_ontology().cameo.items()}


def icews_rows(store: EventStore, **filters: Any) -> Iterable[dict[str, Any]]:
    """One ICEWS-style row per counted event mention."""
    names = _cameo_names()
    for r in event_records(store, counted_only=True, **filters):
        actors, recipients = r["actors"], r["recipients"]
        sentence = r["sentence"]
        yield {
            "Event ID": r["event_rowid"], "Event Date": r["date_start"].isoformat(),
            "Source Name": first(actors, "name"), "Source Sectors": first(actors, "sector"),
            "Source Country": country_name(first(actors, "country")),
            "Event Text": names.get(r["cameo"] or "", r["event_type"]), "CAMEO Code": r["cameo"],
            "Intensity": r["intensity"], "Target Name": first(recipients, "name"),
            "Target Sectors": first(recipients, "sector"),
            "Target Country": country_name(first(recipients, "country")),
            "Story ID": r["article_id"], "Sentence Number": sentence + 1 if sentence is not None else None,
            "Publisher": r["source"],
            "City": r["place_name"] if r["place_feature"] == "city" else None,
            "Province": r["place_admin1"], "Country": country_name(r["place_country"]),
            "Latitude": r["place_lat"], "Longitude": r["place_lon"],
        }


def export_icews_tsv(store: EventStore, path: str | Path, *, date_from: DateLike = None,
                     date_to: DateLike = None) -> int:
    """ICEWS-style coded events (tab-separated, :data:`ICEWS_COLUMNS`), one row per mention."""
    return write_tsv(path, ICEWS_COLUMNS, icews_rows(store, date_from=date_from, date_to=date_to))
