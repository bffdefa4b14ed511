"""Events as Parquet rows: one row per event, with the flat fields of Lapwing's JSON output
(:func:`lapwing.output.event_json`) as typed columns and the nested ones (actors, recipients,
speaker, place, context, evidence, provenance) as JSON text, which DuckDB reads with ``->>``
and ``json_extract``. The schema is fixed, so every file of a run has the same columns."""
from __future__ import annotations

import json
from typing import Any

from ..model import Event
from ..output import event_json

#: Columns taken as they are from ``event_json``, with their Arrow type names.
FLAT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "string"), ("article_id", "string"), ("date", "string"), ("date_precision", "string"),
    ("date_text", "string"), ("event", "string"), ("mode", "string"), ("quad_code", "int64"),
    ("intensity", "float64"), ("cameo", "string"), ("modality", "string"), ("text", "string"),
    ("start_char", "int64"), ("end_char", "int64"), ("confidence", "float64"),
)
#: Columns holding nested values as JSON text.
JSON_COLUMNS: tuple[str, ...] = ("context", "actor", "recipient", "speaker", "event_loc", "evidence",
                                 "provenance")
#: Convenience columns drawn from the nested ones (first actor's and recipient's code, the place).
DERIVED_COLUMNS: tuple[tuple[str, str], ...] = (
    ("actor_code", "string"), ("recipient_code", "string"), ("geonameid", "int64"),
    ("lat", "float64"), ("lon", "float64"), ("country_code", "string"),
)


def event_schema() -> Any:
    """The Arrow schema of an events file."""
    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64()}
    fields = [pa.field(name, types[kind]) for name, kind in FLAT_COLUMNS]
    fields += [pa.field(name, pa.string()) for name in JSON_COLUMNS]
    fields += [pa.field(name, types[kind]) for name, kind in DERIVED_COLUMNS]
    return pa.schema(fields)


def event_row(event: Event) -> dict[str, Any]:
    """One event as a row of the events table."""
    data = event_json(event)
    row = {name: data.get(name) for name, _ in FLAT_COLUMNS}
    for name in JSON_COLUMNS:
        value = data.get(name)
        row[name] = None if value is None else json.dumps(value, ensure_ascii=False, default=str)
    place = data.get("event_loc") or {}
    row.update(
        actor_code=_first_code(data.get("actor")), recipient_code=_first_code(data.get("recipient")),
        geonameid=place.get("geonameid"), lat=place.get("lat"), lon=place.get("lon"),
        country_code=place.get("country_code"),
    )
    return row


def events_table(rows: list[dict[str, Any]]) -> Any:
    """A ``pyarrow.Table`` of event rows with the fixed schema."""
    import pyarrow as pa

    return pa.Table.from_pylist(rows, schema=event_schema())


def _first_code(entities: list[dict[str, Any]] | None) -> str | None:
    for entity in entities or ():
        if entity.get("code"):
            return entity["code"]
    return None
