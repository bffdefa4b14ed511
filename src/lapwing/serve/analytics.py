"""Reads the server needs beyond :mod:`lapwing.store`'s query functions: actors (list, search, one
actor's timeline, partners and opponents), event counts for paging, and event locations for the map.

Every value a user gives travels as a placeholder parameter; the SQL text is fixed.
Like :func:`lapwing.store.timeline` and :func:`lapwing.store.network`, actor analytics count
canonical events (one per happening) through each one's root mention.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..store.aggregates import CANONICAL_PAIRS_COUNTS, counts_say_current
from ..store.queries import DateLike, as_interval, date_window, event_filters
from .articles import ReadStore
from .jsonable import tuple_rows

ACTOR_COLUMNS = ("key", "name", "code", "country", "sector", "cameo_code", "wikidata_id", "kind", "events")


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def first_row_of(rows: list[tuple[Any, ...]]) -> tuple[Any, ...] | None:
    return rows[0] if rows else None


def remembered(store: ReadStore, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
    """``compute()``, kept in the snapshot's memo when the store has one (its data never change)."""
    memo = getattr(store, "memo", None)
    return memo.get(key, compute) if memo is not None else compute()


def _actor_ranking(store: ReadStore) -> list[tuple[str, int]]:
    """Every actor's key and number of event mentions, most active first (then name, key)."""
    return [(key, int(n)) for key, n in store.fetch(
        """WITH counts AS (SELECT actor_key, count(DISTINCT event_rowid) AS n FROM event_actors GROUP BY actor_key)
           SELECT a.actor_key, coalesce(c.n, 0) AS events FROM actors a LEFT JOIN counts c USING (actor_key)
           ORDER BY events DESC, a.name, a.actor_key""")]


def list_actors(store: ReadStore, *, search: str | None = None, limit: int = 50,
                offset: int = 0) -> dict[str, Any]:
    """Actors with the number of event mentions they take part in, most active first.
    ``search`` matches part of the name, or the code, country, sector or CAMEO code exactly.
    Without a search the ranking of every actor is computed once per snapshot and paged."""
    if not search:
        ranking = remembered(store, ("actor_ranking",), lambda: _actor_ranking(store))
        page = ranking[offset:offset + limit]
        rows = store.fetch(
            "SELECT actor_key, name, code, country, sector, cameo_code, wikidata_id, kind FROM actors "
            "WHERE actor_key IN (SELECT unnest(?::VARCHAR[]))", [[key for key, _ in page]]) if page else []
        by_key = {row[0]: row for row in rows}
        items = [(*by_key[key], events) for key, events in page if key in by_key]
        return {"total": len(ranking), "limit": limit, "offset": offset,
                "items": tuple_rows(ACTOR_COLUMNS, items)}
    where = (" WHERE (a.name ILIKE ? ESCAPE '\\' OR upper(a.code) = upper(?) OR upper(a.country) = upper(?)"
             " OR upper(a.sector) = upper(?) OR upper(a.cameo_code) = upper(?))")
    params: list[Any] = [_like(search), search, search, search, search]
    total = remembered(store, ("actors_total", search),
                       lambda: store.fetch("SELECT count(*) FROM actors a" + where, params)[0][0])
    rows = store.fetch(
        f"""WITH page AS (SELECT a.* FROM actors a{where}),
                 counts AS (SELECT ea.actor_key, count(DISTINCT ea.event_rowid) AS n FROM event_actors ea
                            WHERE ea.actor_key IN (SELECT actor_key FROM page) GROUP BY ea.actor_key)
            SELECT p.actor_key, p.name, p.code, p.country, p.sector, p.cameo_code, p.wikidata_id, p.kind,
                   coalesce(c.n, 0) AS events
            FROM page p LEFT JOIN counts c ON c.actor_key = p.actor_key
            ORDER BY events DESC, p.name, p.actor_key LIMIT ? OFFSET ?""", [*params, limit, offset])
    return {"total": int(total), "limit": limit, "offset": offset, "items": tuple_rows(ACTOR_COLUMNS, rows)}


def _window(alias: str, date_from: DateLike, date_to: DateLike) -> tuple[str, list[Any]]:
    """The store's date-window conditions on table ``alias``, as an ``AND ...`` suffix."""
    clauses, params = date_window(alias, date_from, date_to)
    return "".join(" AND " + c for c in clauses), params


# An actor's canonical events (its root mention has it as actor or recipient), one row each, then
# counted by month: from the ``canonical_pairs`` aggregate when it is current, else joined from
# the tables it is derived from (the same rows; see lapwing.store.aggregates).
_MONTHLY = """SELECT strftime(date_start, '%Y-%m') AS month,
           count(*) FILTER (WHERE quad_code = 1), count(*) FILTER (WHERE quad_code = 2),
           count(*) FILTER (WHERE quad_code = 3), count(*) FILTER (WHERE quad_code = 4),
           count(*), sum(num_mentions)
    FROM ({hits}) GROUP BY month ORDER BY month"""
_TIMELINE_FROM_PAIRS = """SELECT DISTINCT c.canonical_id, c.date_start, c.quad_code, c.num_mentions
    FROM canonical_pairs c WHERE (c.actor_key = ? OR c.recipient_key = ?){window}"""
_TIMELINE_FROM_JOINS = """SELECT c.date_start, e.quad_code, c.num_mentions
    FROM canonical_events c JOIN events e ON e.event_rowid = c.root_event
    WHERE EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_rowid = e.event_rowid
                  AND ea.role IN ('actor', 'recipient') AND ea.actor_key IN (?, ?)){window}"""
# The actor -> recipient pairs of those root mentions with the actor on one side: the other side
# and the quad code. The joins find the actor's own event mentions first (a filter on
# event_actors), then join only their dyads.
_OTHERS_FROM_PAIRS = """SELECT CASE WHEN c.actor_key = ? THEN c.recipient_key ELSE c.actor_key END AS other, c.quad_code
    FROM canonical_pairs c
    WHERE c.actor_key IS NOT NULL AND c.recipient_key IS NOT NULL AND (c.actor_key = ? OR c.recipient_key = ?){window}"""
_OTHERS_FROM_JOINS = """WITH mine AS (SELECT DISTINCT event_rowid FROM event_actors
                      WHERE actor_key = ? AND role IN ('actor', 'recipient')),
         roots AS (SELECT c.root_event FROM canonical_events c
                   WHERE c.root_event IN (SELECT event_rowid FROM mine){window})
    SELECT CASE WHEN a.actor_key = ? THEN r.actor_key ELSE a.actor_key END AS other, e.quad_code
    FROM roots JOIN events e ON e.event_rowid = roots.root_event
    JOIN event_actors a ON a.event_rowid = roots.root_event AND a.role = 'actor'
    JOIN event_actors r ON r.event_rowid = roots.root_event AND r.role = 'recipient'
    WHERE (a.actor_key = ? OR r.actor_key = ?)"""
_OTHERS = """SELECT p.other, a.name, a.code, a.country, a.sector,
           count(*) FILTER (WHERE p.quad_code IN (1, 2)) AS cooperation,
           count(*) FILTER (WHERE p.quad_code IN (3, 4)) AS conflict,
           count(*) AS events
    FROM ({pairs}) p LEFT JOIN actors a ON a.actor_key = p.other
    WHERE p.other <> ?
    GROUP BY ALL"""


def actor_detail(store: ReadStore, actor_key: str, *, date_from: DateLike = None, date_to: DateLike = None,
                 top: int = 10, exact: bool = False) -> dict[str, Any] | None:
    """One actor: its record, its monthly timeline by quad code, its main partners (cooperation,
    quad 1-2) and opponents (conflict, quad 3-4), and its latest event mentions. The timeline and
    the partners count canonical events through the ``canonical_pairs`` aggregate when it is
    current (``exact=True``: through the joins; the same result)."""
    found = store.fetch(
        "SELECT actor_key, name, code, country, sector, cameo_code, wikidata_id, kind, "
        "(SELECT count(DISTINCT event_rowid) FROM event_actors WHERE actor_key = ?) "
        "FROM actors WHERE actor_key = ? LIMIT 1", [actor_key, actor_key])
    if not found:
        return None
    actor = tuple_rows(ACTOR_COLUMNS, found)[0]
    window, window_params = _window("c", date_from, date_to)
    use_pairs = not exact and remembered(store, ("canonical_pairs_current",), lambda: counts_say_current(
        first_row_of(store.fetch(CANONICAL_PAIRS_COUNTS))))
    if use_pairs:
        timeline_sql, others_sql, others_params = _TIMELINE_FROM_PAIRS, _OTHERS_FROM_PAIRS, [
            actor_key, actor_key, actor_key, *window_params]
    else:
        timeline_sql, others_sql, others_params = _TIMELINE_FROM_JOINS, _OTHERS_FROM_JOINS, [
            actor_key, *window_params, actor_key, actor_key, actor_key]
    timeline = tuple_rows(("month", "quad_1", "quad_2", "quad_3", "quad_4", "total", "mentions"), store.fetch(
        _MONTHLY.format(hits=timeline_sql.format(window=window)), [actor_key, actor_key, *window_params]))
    others = store.fetch(_OTHERS.format(pairs=others_sql.format(window=window)), [*others_params, actor_key])
    names = ("key", "name", "code", "country", "sector", "cooperation", "conflict", "events")
    rows = tuple_rows(names, others)
    partners = sorted((r for r in rows if r["cooperation"]), key=lambda r: (-r["cooperation"], r["name"] or ""))
    opponents = sorted((r for r in rows if r["conflict"]), key=lambda r: (-r["conflict"], r["name"] or ""))
    recent = tuple_rows(("event_rowid", "article_id", "date", "event_type", "quad_code", "modality", "role", "text"),
                        store.fetch(
        """WITH latest AS (
               SELECT e.event_rowid, e.article_id, e.date, e.date_start, e.event_type, e.quad_code, e.modality,
                      e.text
               FROM events e WHERE e.event_rowid IN (SELECT event_rowid FROM event_actors WHERE actor_key = ?)
               ORDER BY e.date_start DESC, e.event_rowid DESC LIMIT ?)
           SELECT l.event_rowid, l.article_id, l.date, l.event_type, l.quad_code, l.modality,
                  string_agg(DISTINCT ea.role, ',' ORDER BY ea.role), l.text
           FROM latest l JOIN event_actors ea ON ea.event_rowid = l.event_rowid AND ea.actor_key = ?
           GROUP BY l.event_rowid, l.article_id, l.date, l.date_start, l.event_type, l.quad_code,
                    l.modality, l.text
           ORDER BY l.date_start DESC, l.event_rowid DESC""", [actor_key, top * 2, actor_key]))
    return {"actor": actor, "timeline": timeline, "partners": partners[:top], "opponents": opponents[:top],
            "recent_events": recent}


def count_events(store: ReadStore, **filters: Any) -> int:
    """How many event mentions match :func:`lapwing.store.query_events`' filters (for paging)."""
    one_per_happening = filters.pop("one_per_happening", False)
    where, params = event_filters(**filters)
    joined = ""
    if one_per_happening:  # the canonical events are joined only when they filter
        joined = " JOIN canonical_events c ON c.canonical_id = e.canonical_id"
        where += (" AND " if where else " WHERE ") + "c.root_event = e.event_rowid"
    key = ("count_events", one_per_happening, tuple(sorted(filters.items(), key=lambda item: item[0])))
    return int(remembered(store, key, lambda: store.fetch("SELECT count(*) FROM events e" + joined + where,
                                                          params)[0][0]))


PLACE_COLUMNS = ("name", "country", "lat", "lon", "events", "event_types", "first_date", "last_date")


def event_places(store: ReadStore, *, date_from: DateLike = None, date_to: DateLike = None,
                 limit: int = 2000) -> dict[str, Any]:
    """Where events happened (event mentions with a resolved place, grouped by place) and, apart,
    the places the articles mention (location mentions with coordinates), for the map."""
    window, params = _window("e", date_from, date_to)
    events = store.fetch(
        f"""SELECT e.place_name, e.place_country, e.place_lat, e.place_lon, count(*),
                   list(DISTINCT e.event_type ORDER BY e.event_type), min(e.date_start), max(e.date_end)
            FROM events e WHERE e.place_lat IS NOT NULL AND e.place_lon IS NOT NULL{window}
            GROUP BY ALL ORDER BY count(*) DESC LIMIT ?""", [*params, limit])
    article_window, article_params = "", []
    start, stop = as_interval(date_from, end=False), as_interval(date_to, end=True)
    if start is not None:
        article_window += " AND ar.date >= ?"
        article_params.append(start)
    if stop is not None:
        article_window += " AND ar.date <= ?"
        article_params.append(stop)
    mentioned = store.fetch(
        f"""SELECT m.place_name, m.place_country, m.place_lat, m.place_lon, count(*),
                   count(DISTINCT m.article_id)
            FROM mentions m JOIN articles ar ON ar.article_id = m.article_id
            WHERE m.place_lat IS NOT NULL AND m.place_lon IS NOT NULL{article_window}
            GROUP BY ALL ORDER BY count(*) DESC LIMIT ?""", [*article_params, limit])
    return {"date_from": start.isoformat() if start else None, "date_to": stop.isoformat() if stop else None,
            "events": tuple_rows(PLACE_COLUMNS, events),
            "mentioned": tuple_rows(("name", "country", "lat", "lon", "mentions", "articles"), mentioned)}


def trim_network(graph: dict[str, Any], *, max_nodes: int, min_weight: int) -> dict[str, Any]:
    """Keep the ``max_nodes`` most active actors and the edges of at least ``min_weight`` between them."""
    nodes = sorted(graph["nodes"], key=lambda n: (-n["events"], n["id"]))[:max_nodes]
    kept = {n["id"] for n in nodes}
    edges = [e for e in graph["edges"]
             if e["weight"] >= min_weight and e["source"] in kept and e["target"] in kept]
    return {**graph, "nodes": sorted(nodes, key=lambda n: n["id"]), "edges": edges,
            "total_nodes": len(graph["nodes"]), "total_edges": len(graph["edges"])}
