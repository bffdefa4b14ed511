"""Queries over the store. Every value a user gives travels as a placeholder parameter; the SQL
text is built only from fixed fragments chosen in this module, never from user text.

An actor filter (``actor``, ``recipient``, ``timeline``'s actor) matches, case-insensitively, an
actor's name, code, country, sector or CAMEO code exactly: ``"USA"``, ``"GOV"``, ``"Russia"``.
A place filter matches the event place's name, country code or first-level division, or the place
as written. Date filters keep events whose date interval overlaps ``[date_from, date_to]``;
dates may be ``datetime.date`` or ISO strings as precise as known (``"2020"``, ``"2020-03"``).
"""
from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from ..errors import StoreError
from .linking import date_interval

if TYPE_CHECKING:
    import pandas as pd

    from .database import EventStore

DateLike = _dt.date | str | None

# The matching actors are found first (a small table), then their events by key: far cheaper than
# testing every event-actor row against the name, code, country and sector.
ACTOR_KEYS_MATCHING = """SELECT a.actor_key FROM actors a
      WHERE lower(a.name) = lower(?) OR upper(a.code) = upper(?) OR upper(a.country) = upper(?)
            OR upper(a.sector) = upper(?) OR upper(a.cameo_code) = upper(?)"""
ACTOR_MATCH = f"""e.event_rowid IN (SELECT ea.event_rowid FROM event_actors ea
    WHERE ea.role = ? AND ea.actor_key IN ({ACTOR_KEYS_MATCHING}))"""

EVENT_COLUMNS = (
    "e.event_rowid", "e.event_id", "e.article_id", "e.canonical_id", "e.origin", "e.date",
    "e.date_precision", "e.date_start", "e.date_end", "e.event_type", "e.mode", "e.context", "e.cameo",
    "e.quad_code", "e.intensity", "e.modality", "e.counted",
)
_ACTOR_FIELDS = ("name", "code", "country", "sector", "cameo_code")

SELECT_EVENTS = ("SELECT " + ", ".join([
    *EVENT_COLUMNS,
    *(f"aa.{f} AS actor_{f}" for f in _ACTOR_FIELDS), "pa.mention_text AS actor_text",
    *(f"ra.{f} AS recipient_{f}" for f in _ACTOR_FIELDS), "pr.mention_text AS recipient_text",
    "e.place_text", "e.place_name", "e.place_country", "e.place_admin1", "e.place_geonameid",
    "e.place_lat", "e.place_lon", "e.sentence", "e.text", "e.confidence", "e.source", "ar.url",
    "ar.date AS article_date", "c.num_mentions", "c.num_articles", "c.num_sources",
    "(c.root_event = e.event_rowid) AS is_root",
]) + """ FROM hits h
    JOIN events e ON e.event_rowid = h.event_rowid
    LEFT JOIN articles ar ON ar.article_id = e.article_id
    LEFT JOIN canonical_events c ON c.canonical_id = e.canonical_id
    LEFT JOIN event_actors pa ON pa.event_rowid = e.event_rowid AND pa.role = 'actor' AND pa.position = 0
    LEFT JOIN actors aa ON aa.actor_key = pa.actor_key
    LEFT JOIN event_actors pr ON pr.event_rowid = e.event_rowid AND pr.role = 'recipient' AND pr.position = 0
    LEFT JOIN actors ra ON ra.actor_key = pr.actor_key
    ORDER BY h.date_start NULLS LAST, h.event_rowid""")


def arrow_table(store: EventStore, sql: str, params: list[Any]) -> pa.Table:
    """Run a parameterised query and return its rows as an Arrow table."""
    return store.connection.sql(sql, params=params).to_arrow_table()


def as_interval(value: DateLike, *, end: bool) -> _dt.date | None:
    """The first (or, with ``end``, the last) day of a date given as a date or ISO string."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    start, stop, _ = date_interval(str(value), None, _dt.date.min)
    if start == _dt.date.min:
        raise StoreError(f"cannot read date {value!r}: give YYYY, YYYY-MM or YYYY-MM-DD", code="E504")
    return stop if end else start


def date_window(alias: str, date_from: DateLike, date_to: DateLike) -> tuple[list[str], list[Any]]:
    """SQL conditions (and their parameters) keeping rows of table ``alias`` whose date interval
    overlaps the window; ``alias`` is a fixed table alias, never user text."""
    clauses: list[str] = []
    params: list[Any] = []
    start, stop = as_interval(date_from, end=False), as_interval(date_to, end=True)
    if start is not None:
        clauses.append(f"{alias}.date_end >= ?")
        params.append(start)
    if stop is not None:
        clauses.append(f"{alias}.date_start <= ?")
        params.append(stop)
    return clauses, params


def event_filters(*, actor: str | None = None, recipient: str | None = None,
                  event_type: str | None = None, quad_code: int | None = None,
                  modality: str | None = None, date_from: DateLike = None, date_to: DateLike = None,
                  place: str | None = None, counted_only: bool = False) -> tuple[str, list[Any]]:
    """A WHERE clause (fixed SQL fragments) and its parameters, over ``events e``."""
    clauses: list[str] = []
    params: list[Any] = []
    for role, value in (("actor", actor), ("recipient", recipient)):
        if value is not None:
            clauses.append(ACTOR_MATCH)
            params.extend([role, value, value, value, value, value])
    if event_type is not None:
        clauses.append("upper(e.event_type) = upper(?)")
        params.append(event_type)
    if quad_code is not None:
        clauses.append("e.quad_code = ?")
        params.append(int(quad_code))
    if modality is not None:
        clauses.append("e.modality = lower(?)")
        params.append(modality)
    if counted_only:
        clauses.append("e.counted")
    window, window_params = date_window("e", date_from, date_to)
    clauses += window
    params += window_params
    if place is not None:
        clauses.append("""(lower(e.place_name) = lower(?) OR upper(e.place_country) = upper(?)
                           OR lower(e.place_admin1) = lower(?) OR lower(e.place_text) = lower(?))""")
        params.extend([place] * 4)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def query_events(store: EventStore, *, actor: str | None = None, recipient: str | None = None,
                 event_type: str | None = None, quad_code: int | None = None,
                 modality: str | None = None, date_from: DateLike = None, date_to: DateLike = None,
                 place: str | None = None, one_per_happening: bool = False,
                 limit: int | None = 1000, offset: int = 0) -> pa.Table:
    """Stored event mentions matching every filter given, as an Arrow table, oldest first.

    Each row is one event as one article reported it (with its own provenance), plus the counts
    of the canonical event it is linked to (``num_mentions``, ``num_articles``, ``num_sources``;
    null for negated and hypothetical events, which are stored but not counted). With
    ``one_per_happening`` only each canonical event's root mention is returned. ``limit=None``
    returns every match.
    """
    where, params = event_filters(actor=actor, recipient=recipient, event_type=event_type,
                                  quad_code=quad_code, modality=modality, date_from=date_from,
                                  date_to=date_to, place=place)
    if one_per_happening:
        where += (" AND " if where else " WHERE ") + "c.root_event = e.event_rowid"
    page = ""
    if limit is not None:
        page += " LIMIT ?"
        params.append(int(limit))
    if offset:
        page += " OFFSET ?"
        params.append(int(offset))
    # The page is chosen first (a top-N sort over the filtered events' row ids and dates only),
    # then only its rows are joined to their actors, article and canonical event. The canonical
    # events are joined for the filter only when one per happening is asked for.
    joined = " LEFT JOIN canonical_events c ON c.canonical_id = e.canonical_id" if one_per_happening else ""
    sql = ("WITH hits AS (SELECT e.event_rowid, e.date_start FROM events e" + joined
           + where + " ORDER BY e.date_start NULLS LAST, e.event_rowid" + page + ") " + SELECT_EVENTS)
    return arrow_table(store, sql, params)


def query_events_df(store: EventStore, **filters: Any) -> pd.DataFrame:
    """:func:`query_events` as a pandas DataFrame (same keyword filters)."""
    return query_events(store, **filters).to_pandas()
