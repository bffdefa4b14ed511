"""The analytics aggregate ``canonical_pairs``, kept exactly consistent with the canonical events.

For each canonical event (one per happening) the table holds one row per actor x recipient pair of
its root mention, with the root's date interval, event type, quad code and intensity and the
canonical event's NumMentions (see :data:`~lapwing.store.migrations.CANONICAL_PAIRS_SELECT`). It is
what :func:`~lapwing.store.network`, :func:`~lapwing.store.timeline` and
:func:`~lapwing.store.dyad_timeline` read: one narrow table, no join of ``events`` and
``event_actors``.

It is derived data, rewritten for every canonical event a write touches, inside that write's
transaction: ingest (the canonical events an article created or added mentions to), replacement
and ``--recode`` (the article's old canonical events, then its new ones), deletion, and the ICEWS
import. Its rows are deleted and selected again from the tables they come from, so they are
exactly what the joins give. A store filled by other means (plain SQL, as the benchmarks' builder
does) is brought up to date with :func:`rebuild_canonical_pairs`; until then
:func:`canonical_pairs_current` is false and the queries use the exact joins.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import duckdb

from .migrations import CANONICAL_PAIRS_ALL, CANONICAL_PAIRS_SELECT
from .sql import first_row

if TYPE_CHECKING:
    from .database import EventStore

# Ids are passed as placeholders, at most this many to one statement (an explicit IN list lets
# DuckDB look them up in the canonical-id indexes instead of scanning).
_CHUNK = 500


def refresh_canonical_pairs(con: duckdb.DuckDBPyConnection, canonical_ids: Iterable[int]) -> None:
    """Rewrite the aggregate's rows of these canonical events from their current state (inside the
    caller's transaction): deleted ones lose their rows, changed ones get their new rows."""
    ids = sorted(set(canonical_ids))
    for begin in range(0, len(ids), _CHUNK):
        chunk = ids[begin:begin + _CHUNK]
        listed = _placeholders(chunk)
        con.execute(f"DELETE FROM canonical_pairs WHERE canonical_id IN {listed}", chunk)
        roots = [row[0] for row in con.execute(
            f"SELECT root_event FROM canonical_events WHERE canonical_id IN {listed}", chunk).fetchall()]
        if roots:
            rows = _placeholders(roots)
            con.execute("INSERT INTO canonical_pairs " + CANONICAL_PAIRS_SELECT.format(
                canonical=f"canonical_id IN {listed}", rows=f"event_rowid IN {rows}"), chunk + roots * 3)


def add_canonical_pairs_between(con: duckdb.DuckDBPyConnection, canonical_ids: tuple[int, int],
                                event_rowids: tuple[int, int]) -> None:
    """Add the rows of the new canonical events in an id range whose root mentions are in a range
    of event row ids (a bulk import's: both first and last included)."""
    con.execute("INSERT INTO canonical_pairs " + CANONICAL_PAIRS_SELECT.format(
        canonical="canonical_id BETWEEN ? AND ?", rows="event_rowid BETWEEN ? AND ?"),
        [*canonical_ids, *event_rowids * 3])


def rebuild_canonical_pairs(store: EventStore) -> None:
    """Recompute the whole aggregate in one transaction (after filling a store with plain SQL)."""
    with store.transaction() as con:
        con.execute("DELETE FROM canonical_pairs")
        con.execute("INSERT INTO canonical_pairs " + CANONICAL_PAIRS_ALL)


def _placeholders(values: list[int]) -> str:
    return "(" + ", ".join("?" * len(values)) + ")"


def canonical_pairs_current(store: EventStore) -> bool:
    """True when the aggregate has one first row per canonical event, as every write path keeps
    it; false for a store whose tables were filled around :class:`EventStore` (then the queries
    fall back to the exact joins). A count of two tables: milliseconds on ten million rows."""
    return counts_say_current(first_row(store.connection.execute(CANONICAL_PAIRS_COUNTS)))


# Canonical events, and the aggregate's first rows: equal when it is current.
CANONICAL_PAIRS_COUNTS = """SELECT (SELECT count(*) FROM canonical_events),
                                   (SELECT count(*) FROM canonical_pairs WHERE first_pair)"""


def counts_say_current(row: tuple[int, ...] | None) -> bool:
    """Whether :data:`CANONICAL_PAIRS_COUNTS`' row says the aggregate is current."""
    return bool(row) and row[0] == row[1]
