"""Event records read back from the store as plain dicts, for the exports.

Each record has every ``events`` column, the article's ``url``, ``article_date`` and
``ingested_at``, the canonical event's counts and dates (``num_mentions``, ``num_articles``,
``num_sources``, ``canonical_date_start``), and ``actors`` / ``recipients``: lists of
``{name, code, country, sector, cameo_code, wikidata_id, text}`` in their order in the event.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .queries import DateLike, date_window

if TYPE_CHECKING:
    from .database import EventStore

_ROLE_FIELDS = ("name", "code", "country", "sector", "cameo_code", "wikidata_id", "text")

_SQL = """
WITH roles AS (
    SELECT ea.event_rowid, ea.role,
           list([a.name, a.code, a.country, a.sector, a.cameo_code, a.wikidata_id, ea.mention_text]
                ORDER BY ea.position) AS people
    FROM event_actors ea JOIN actors a ON a.actor_key = ea.actor_key
    WHERE ea.role IN ('actor', 'recipient')
    GROUP BY ALL)
SELECT e.*, ar.url, ar.date AS article_date, ar.ingested_at,
       c.num_mentions, c.num_articles, c.num_sources, c.date_start AS canonical_date_start,
       ra.people AS actor_people, rr.people AS recipient_people
FROM events e
LEFT JOIN articles ar ON ar.article_id = e.article_id
LEFT JOIN canonical_events c ON c.canonical_id = e.canonical_id
LEFT JOIN roles ra ON ra.event_rowid = e.event_rowid AND ra.role = 'actor'
LEFT JOIN roles rr ON rr.event_rowid = e.event_rowid AND rr.role = 'recipient'
"""


def event_records(store: EventStore, *, counted_only: bool = False, roots_only: bool = False,
                  date_from: DateLike = None, date_to: DateLike = None,
                  batch_size: int = 10000) -> Iterator[dict[str, Any]]:
    """Stored event mentions as dicts, oldest first. ``roots_only``: one per canonical event."""
    clauses, params = [], []
    if counted_only:
        clauses.append("e.counted")
    if roots_only:
        clauses.append("c.root_event = e.event_rowid")
    window, window_params = date_window("e", date_from, date_to)
    clauses += window
    params += window_params
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    cursor = store.connection.cursor()
    try:
        cursor.execute(_SQL + where + " ORDER BY e.date_start, e.event_rowid", params)
        names = [d[0] for d in cursor.description]
        while batch := cursor.fetchmany(batch_size):
            for row in batch:
                record = dict(zip(names, row))
                record["actors"] = _people(record.pop("actor_people"))
                record["recipients"] = _people(record.pop("recipient_people"))
                yield record
    finally:
        cursor.close()


def _people(values: list[list[Any]] | None) -> list[dict[str, Any]]:
    return [dict(zip(_ROLE_FIELDS, value)) for value in values or ()]


def first(people: list[dict[str, Any]], field: str) -> Any:
    """A field of the first actor in a role, or None."""
    return people[0].get(field) if people else None


def joined(people: list[dict[str, Any]], field: str) -> str | None:
    """A field of every actor in a role, ``;``-separated (None when there is none)."""
    values = [str(p[field]) for p in people if p.get(field)]
    return ";".join(dict.fromkeys(values)) if values else None
