"""Exports of the stored events, with exact field names (docs/store.md lists what each fills).

- :func:`export_plover_jsonl`: the same JSON objects ``lapwing extract`` writes, one per mention;
- :func:`export_polecat_tsv`: POLECAT's 40 columns, one row per counted event mention;
- :func:`export_gdelt_events` (in :mod:`.gdelt`): GDELT 2.0 event table, one row per happening;
- :func:`export_icews_tsv` (in :mod:`.gdelt`): ICEWS coded-event columns, one row per mention;
- :func:`export_parquet`: the flattened event table (:func:`query_events`'s columns);
- :func:`export_quadruples`: (subject, relation, object, time) for temporal-graph tools.

Every function returns the number of rows written. Negated and hypothetical events are written
only by the PLOVER export (with their ``modality``); the others keep events that happened.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow.parquet as pq

from .. import __version__
from .queries import DateLike, query_events
from .records import event_records, first, joined

if TYPE_CHECKING:
    from .database import EventStore

POLECAT_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
    "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name", "Recipient Country", "Recipient COW",
    "Primary Recipient Sector", "Recipient Sectors", "Recipient Title", "Recipient Name Raw",
    "Wikipedia Recipient ID", "Placename", "City", "District", "Province", "Country", "Latitude",
    "Longitude", "GeoNames ID", "Raw Placename", "Feature Type", "Source", "Publication Date",
    "Story People", "Story Organizations", "Story Locations", "Language", "Version",
)

QUADRUPLE_COLUMNS: tuple[str, ...] = ("subject", "relation", "object", "time")


def clean_cell(value: Any) -> str:
    """A TSV cell: empty for None, no tabs or line breaks."""
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(round(value, 6)) if value == value else ""
    text = str(value)
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def write_tsv(path: str | Path, columns: Sequence[str], rows: Iterable[dict[str, Any]], *,
              header: bool = True) -> int:
    written = 0
    with open(path, "w", encoding="utf-8", newline="") as out:
        if header:
            out.write("\t".join(columns) + "\n")
        for row in rows:
            out.write("\t".join(clean_cell(row.get(c)) for c in columns) + "\n")
            written += 1
    return written


def export_plover_jsonl(store: EventStore, path: str | Path, *, counted_only: bool = False,
                        date_from: DateLike = None, date_to: DateLike = None) -> int:
    """Every stored event mention as the JSON object ``lapwing extract`` wrote for it."""
    written = 0
    with open(path, "w", encoding="utf-8") as out:
        for record in event_records(store, counted_only=counted_only, date_from=date_from,
                                    date_to=date_to):
            out.write(record["event_json"] + "\n")
            written += 1
    return written


def _story_entities(store: EventStore) -> dict[str, dict[str, str]]:
    """article id -> {"person": "A;B", "organization": ..., "location": ...} from its mentions."""
    rows = store.connection.execute(
        """SELECT article_id, kind, string_agg(DISTINCT text, ';' ORDER BY text)
           FROM mentions WHERE kind IN ('person', 'organization', 'location') GROUP BY ALL""").fetchall()
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for article_id, kind, texts in rows:
        found[article_id][kind] = texts
    return found


def polecat_rows(store: EventStore, **filters: Any) -> Iterable[dict[str, Any]]:
    stories = _story_entities(store)
    version = f"lapwing-{__version__}"
    for r in event_records(store, counted_only=True, **filters):
        actors, recipients = r["actors"], r["recipients"]
        story = stories.get(r["article_id"], {})
        yield {
            "Event ID": r["event_id"], "Event Date": r["date_start"].isoformat(),
            "Event Type": r["event_type"], "Event Mode": r["mode"], "Intensity": r["intensity"],
            "Quad Code": r["quad_code"], "Contexts": r["context"] or None,
            "Actor Name": joined(actors, "name"), "Actor Country": joined(actors, "country"),
            "Primary Actor Sector": first(actors, "sector"), "Actor Sectors": joined(actors, "sector"),
            "Actor Name Raw": joined(actors, "text"),
            "Recipient Name": joined(recipients, "name"), "Recipient Country": joined(recipients, "country"),
            "Primary Recipient Sector": first(recipients, "sector"),
            "Recipient Sectors": joined(recipients, "sector"), "Recipient Name Raw": joined(recipients, "text"),
            "Placename": r["place_name"], "City": r["place_name"] if r["place_feature"] == "city" else None,
            "Province": r["place_admin1"], "Country": r["place_country"], "Latitude": r["place_lat"],
            "Longitude": r["place_lon"], "GeoNames ID": r["place_geonameid"], "Raw Placename": r["place_text"],
            "Feature Type": r["place_feature"], "Source": r["source"],
            "Publication Date": r["article_date"].isoformat() if r["article_date"] else None,
            "Story People": story.get("person"), "Story Organizations": story.get("organization"),
            "Story Locations": story.get("location"), "Language": "en", "Version": version,
        }


def export_polecat_tsv(store: EventStore, path: str | Path, *, date_from: DateLike = None,
                       date_to: DateLike = None) -> int:
    """POLECAT-style TSV (header = :data:`POLECAT_COLUMNS`), one row per counted event mention."""
    return write_tsv(path, POLECAT_COLUMNS, polecat_rows(store, date_from=date_from, date_to=date_to))


def export_parquet(store: EventStore, path: str | Path, *, date_from: DateLike = None,
                   date_to: DateLike = None) -> int:
    """The flattened event table (every mention, :func:`query_events`'s columns) as Parquet."""
    table = query_events(store, date_from=date_from, date_to=date_to, limit=None)
    pq.write_table(table, path)
    return table.num_rows


def quadruple_rows(store: EventStore, **filters: Any) -> Iterable[dict[str, Any]]:
    """One row per (actor, recipient) pair of each happening's root mention."""
    for r in event_records(store, counted_only=True, roots_only=True, **filters):
        relation = r["event_type"] or _relation_from_json(r["event_json"])
        for actor in r["actors"]:
            for recipient in r["recipients"]:
                yield {"subject": actor["name"], "relation": relation, "object": recipient["name"],
                       "time": r["date_start"].isoformat()}


def _relation_from_json(text: str) -> str | None:
    """Events imported without a PLOVER type (CAMEO statements) keep their CAMEO name."""
    data = json.loads(text)
    return data.get("cameo_name") or data.get("cameo")


def export_quadruples(store: EventStore, path: str | Path, *, header: bool = False,
                      date_from: DateLike = None, date_to: DateLike = None) -> int:
    """(subject, relation, object, time) TSV, no header by default as temporal-graph tools read
    it; time is the ISO date of the happening."""
    return write_tsv(path, QUADRUPLE_COLUMNS, quadruple_rows(store, date_from=date_from, date_to=date_to),
                     header=header)
