"""Turning store rows (Arrow tables, DuckDB tuples) into JSON-ready values."""
from __future__ import annotations

import datetime as _dt
import functools
import json
import math
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

import pyarrow as pa
from fastapi.responses import JSONResponse


def json_value(value: Any) -> Any:
    """A value JSON can carry: dates as ISO strings, NaN as null, decimals as floats."""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dict):
        return {k: json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    return value


def table_rows(table: pa.Table) -> list[dict[str, Any]]:
    """An Arrow table's rows as JSON-ready dicts."""
    return [{k: json_value(v) for k, v in row.items()} for row in table.to_pylist()]


def tuple_rows(names: Sequence[str], rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    return [{name: json_value(v) for name, v in zip(names, row)} for row in rows]


def parse_json(text: str | None) -> Any:
    """A JSON column's value (``event_json``, ``resolution_json``), or None."""
    return json.loads(text) if text else None


def json_route(route: Callable[..., dict[str, Any]]) -> Callable[..., Any]:
    """Answer a route's dict as JSON directly (``json.dumps``), skipping FastAPI's generic encoder,
    which took 0.4 s on a 2 MB network. The route keeps its signature and return annotation, so
    its parameters and the OpenAPI spec are unchanged. The dict must hold JSON values only
    (:func:`json_value`)."""

    @functools.wraps(route)
    def answer(*args: Any, **kwargs: Any) -> JSONResponse:
        return JSONResponse(route(*args, **kwargs))

    return answer
