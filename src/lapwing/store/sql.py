"""Small helpers over DuckDB results.

DuckDB 2 keeps a result open until it is read to the end, and refuses other work on the
connection meanwhile, so single-row reads go through :func:`first_row` (which reads it all).
"""
from __future__ import annotations

from typing import Any

import duckdb


def first_row(result: duckdb.DuckDBPyConnection) -> tuple[Any, ...] | None:
    """The first row of an executed query (reading the result to its end), or None."""
    rows = result.fetchall()
    return rows[0] if rows else None


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[list[Any]]) -> None:
    """Insert rows in one statement (``VALUES (?, ...), (?, ...)``: one round trip instead of
    one per row). ``table`` is one of the store's fixed table names, never user text."""
    if not rows:
        return
    row = "(" + ", ".join("?" * len(rows[0])) + ")"
    con.execute(f"INSERT INTO {table} VALUES " + ", ".join([row] * len(rows)),
                [value for values in rows for value in values])
