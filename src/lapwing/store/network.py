"""The weighted actor network: who cooperates with, fights, supports and opposes whom.

Built from canonical events (one per happening, so ten reports of one attack weigh one), using
each canonical event's root mention's actor -> recipient pairs. Edges are kept apart by relation:

- ``cooperation``: quad code 1 or 2 (verbal or material cooperation);
- ``conflict``: quad code 3 or 4 (verbal or material conflict);
- ``supports``: event type SUPPORT or AID (also counted in ``cooperation``);
- ``opposes``: event type ACCUSE, REJECT, THREATEN, PROTEST or SANCTION: declared opposition
  short of force (also counted in ``conflict``).

An edge's ``weight`` is its number of canonical events, ``mentions`` their summed NumMentions,
``intensity`` their mean Goldstein-style intensity, ``event_types`` the count per PLOVER type.
"""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .aggregates import canonical_pairs_current
from .queries import DateLike, as_interval, date_window

if TYPE_CHECKING:
    from .database import EventStore

SUPPORT_TYPES = ("SUPPORT", "AID")
OPPOSE_TYPES = ("ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION")
NODE_FIELDS = ("name", "code", "country", "sector", "cameo_code")


def _relations(event_type: str | None, quad_code: int | None) -> list[str]:
    relations = []
    if quad_code in (1, 2):
        relations.append("cooperation")
    elif quad_code in (3, 4):
        relations.append("conflict")
    if event_type in SUPPORT_TYPES:
        relations.append("supports")
    elif event_type in OPPOSE_TYPES:
        relations.append("opposes")
    return relations


def _sql_list(values: tuple[str, ...]) -> str:
    """A fixed tuple of this module's constants as an SQL list (never user text)."""
    return "(" + ", ".join("'" + value + "'" for value in values) + ")"


# The canonical events in the window, one row per root mention's actor -> recipient pair: read from
# the ``canonical_pairs`` aggregate, or (``exact=True``, or a store whose aggregate is not current)
# joined from the tables it is derived from (the ``event_dyads`` view written out, so that the
# event row is read once). Both give the same rows; ``c`` is the alias the window filters.
_PAIRS_FROM_AGGREGATE = """SELECT c.actor_key AS source, c.recipient_key AS target, c.event_type, c.quad_code,
               c.num_mentions, c.intensity
        FROM canonical_pairs c WHERE c.actor_key IS NOT NULL AND c.recipient_key IS NOT NULL{and_window}"""
_PAIRS_FROM_JOINS = """SELECT a.actor_key AS source, r.actor_key AS target, e.event_type, e.quad_code,
               c.num_mentions, e.intensity
        FROM canonical_events c
        JOIN events e ON e.event_rowid = c.root_event
        JOIN event_actors a ON a.event_rowid = e.event_rowid AND a.role = 'actor'
        JOIN event_actors r ON r.event_rowid = e.event_rowid AND r.role = 'recipient'{where_window}"""

# Then one row per relation (as ``_relations``) and the activity of each actor (events as source,
# and as a different target).
_GRAPH_CTES = f"""WITH pairs AS MATERIALIZED ({{pairs}}),
    activity AS (
        SELECT key, sum(n)::BIGINT AS events FROM (
            SELECT source AS key, count(*) AS n FROM pairs GROUP BY source
            UNION ALL
            SELECT target AS key, count(*) AS n FROM pairs WHERE target <> source GROUP BY target)
        GROUP BY key),
    related AS (
        SELECT * FROM (
            SELECT source, target, event_type, num_mentions, intensity,
                   unnest([CASE WHEN quad_code IN (1, 2) THEN 'cooperation'
                                WHEN quad_code IN (3, 4) THEN 'conflict' END,
                           CASE WHEN event_type IN {_sql_list(SUPPORT_TYPES)} THEN 'supports'
                                WHEN event_type IN {_sql_list(OPPOSE_TYPES)} THEN 'opposes' END]) AS relation
            FROM pairs)
        WHERE relation IS NOT NULL)"""


def _graph_ctes(store: EventStore, date_from: DateLike, date_to: DateLike, *,
                exact: bool) -> tuple[str, list[Any]]:
    """The graph's common table expressions for the window, and their parameters."""
    clauses, params = date_window("c", date_from, date_to)
    if not exact and canonical_pairs_current(store):
        pairs = _PAIRS_FROM_AGGREGATE.format(and_window="".join(" AND " + c for c in clauses))
    else:
        pairs = _PAIRS_FROM_JOINS.format(where_window=(" WHERE " + " AND ".join(clauses)) if clauses else "")
    return _GRAPH_CTES.format(pairs=pairs), params


def _edges(rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """Edges from rows (source, target, relation, event_type, count, mentions, intensity sum in
    millionths and count), one row per edge and event type, sorted by source, target and relation
    (a year of a large store has a million edges: one pass, no lookups)."""
    edges: list[dict[str, Any]] = []
    edge: dict[str, Any] = {}
    total = counted = 0
    for source, target, relation, event_type, count, mentions, intensity_sum, intensity_n in rows:
        if not edge or relation != edge["relation"] or target != edge["target"] or source != edge["source"]:
            if edge:
                edge["intensity"] = round(total / MICRO / counted, 3) if counted else None
            edge = {"source": source, "target": target, "relation": relation, "weight": 0, "mentions": 0,
                    "event_types": {}}
            edges.append(edge)
            total = counted = 0
        edge["weight"] += count
        edge["mentions"] += mentions or 0
        edge["event_types"][event_type] = count
        total += intensity_sum or 0
        counted += intensity_n
    if edge:
        edge["intensity"] = round(total / MICRO / counted, 3) if counted else None
    return edges


def _nodes(store: EventStore, activity: list[tuple[str, int]]) -> list[dict[str, Any]]:
    if not activity:
        return []
    found = store.connection.execute(
        f"SELECT actor_key, {', '.join(NODE_FIELDS)} FROM actors "
        "WHERE actor_key IN (SELECT unnest(?::VARCHAR[]))", [[key for key, _ in activity]]).fetchall()
    by_key = {row[0]: row for row in found}
    nodes = []
    for key, events in sorted(activity):
        row = by_key.get(key, (key,) + (None,) * len(NODE_FIELDS))
        nodes.append({"id": key, **dict(zip(NODE_FIELDS, row[1:])), "events": int(events)})
    return nodes


def _window_bounds(date_from: DateLike, date_to: DateLike) -> dict[str, Any]:
    start, stop = as_interval(date_from, end=False), as_interval(date_to, end=True)
    return {"directed": True, "date_from": start.isoformat() if start else None,
            "date_to": stop.isoformat() if stop else None}


# Intensities are summed as whole millionths: an integer sum is the same in any order, so the
# aggregate and the joins (and two runs of either) give the same mean to the last digit.
MICRO = 1_000_000
_EDGE_ROWS = f"""SELECT source, target, relation, event_type, count(*), sum(num_mentions)::BIGINT,
           sum(round(intensity * {MICRO})::BIGINT)::BIGINT, count(intensity)
    FROM {{related}} GROUP BY ALL"""


def network(store: EventStore, *, date_from: DateLike = None, date_to: DateLike = None,
            exact: bool = False) -> dict[str, Any]:
    """The actor graph as a JSON-ready dict: ``directed``, ``date_from``, ``date_to``, ``nodes``
    (``id`` = actor key, name, code, country, sector, cameo_code, ``events``) and ``edges``
    (``source``, ``target``, ``relation``, ``weight``, ``mentions``, ``intensity``, ``event_types``).
    Read from the ``canonical_pairs`` aggregate; ``exact=True`` joins the tables instead (the
    same graph, slower: for checking)."""
    bounds = _window_bounds(date_from, date_to)
    ctes, params = _graph_ctes(store, date_from, date_to, exact=exact)
    activity = store.connection.execute(ctes + " SELECT key, events FROM activity", params).fetchall()
    rows = store.connection.execute(ctes + " " + _EDGE_ROWS.format(related="related")
                                    + " ORDER BY source, target, relation, event_type NULLS FIRST", params).fetchall()
    return {**bounds, "nodes": _nodes(store, activity), "edges": _edges(rows)}


def top_network(store: EventStore, *, date_from: DateLike = None, date_to: DateLike = None,
                max_nodes: int = 300, min_weight: int = 1, exact: bool = False) -> dict[str, Any]:
    """:func:`network` cut to its ``max_nodes`` most active actors (most events, then key) and the
    edges between them of at least ``min_weight`` events, chosen in the database (a year of a
    large store has hundreds of thousands of edges); adds ``total_nodes`` and ``total_edges``,
    the uncut graph's sizes. Nodes are sorted by key, edges by source, target and relation.
    One statement: the window's pairs are read once. ``exact`` as for :func:`network`."""
    bounds = _window_bounds(date_from, date_to)
    ctes, params = _graph_ctes(store, date_from, date_to, exact=exact)
    # The uncut graph's edges are counted per actor pair (how many of the four relations it has),
    # without building its relation rows; only the kept actors' pairs get them.
    sql = ctes + f""",
    kept AS (SELECT key, events FROM activity ORDER BY events DESC, key LIMIT ?),
    kept_related AS MATERIALIZED (SELECT * FROM related
               WHERE source IN (SELECT key FROM kept) AND target IN (SELECT key FROM kept)),
    strong AS (SELECT source, target, relation FROM kept_related GROUP BY ALL HAVING count(*) >= ?),
    relations_per_pair AS (
        SELECT (count(*) FILTER (WHERE quad_code IN (1, 2)) > 0)::INTEGER
               + (count(*) FILTER (WHERE quad_code IN (3, 4)) > 0)::INTEGER
               + (count(*) FILTER (WHERE event_type IN {_sql_list(SUPPORT_TYPES)}) > 0)::INTEGER
               + (count(*) FILTER (WHERE event_type IN {_sql_list(OPPOSE_TYPES)}) > 0)::INTEGER AS n
        FROM pairs GROUP BY source, target)
    SELECT 'node', key, NULL, NULL, NULL, events, NULL, NULL, NULL FROM kept
    UNION ALL
    SELECT 'totals', NULL, NULL, NULL, NULL, (SELECT count(*) FROM activity),
           (SELECT coalesce(sum(n), 0) FROM relations_per_pair), NULL, NULL
    UNION ALL
    SELECT 'edge', * FROM (""" + _EDGE_ROWS.format(
        related="kept_related JOIN strong USING (source, target, relation)") + ")"
    rows = store.connection.execute(sql, [*params, int(max_nodes), int(min_weight)]).fetchall()
    activity = [(row[1], row[5]) for row in rows if row[0] == "node"]
    totals = next(row for row in rows if row[0] == "totals")
    edge_rows = sorted((row[1:] for row in rows if row[0] == "edge"), key=lambda row: row[:3])
    return {**bounds, "nodes": _nodes(store, activity), "edges": _edges(edge_rows),
            "total_nodes": int(totals[5]), "total_edges": int(totals[6])}


def write_network_json(graph: dict[str, Any], path: str | Path) -> None:
    Path(path).write_text(json.dumps(graph, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


_GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"


def write_graphml(graph: dict[str, Any], path: str | Path) -> None:
    """Write the graph as GraphML (readable by networkx, Gephi, igraph). Parallel edges (one per
    relation) keep their ``relation`` attribute; ``event_types`` is written as JSON text."""
    ET.register_namespace("", _GRAPHML_NS)
    root = ET.Element(f"{{{_GRAPHML_NS}}}graphml")
    node_keys = [(f, "string") for f in NODE_FIELDS] + [("events", "int")]
    edge_keys = [("relation", "string"), ("weight", "int"), ("mentions", "int"), ("intensity", "double"),
                 ("event_types", "string")]
    for domain, keys in (("node", node_keys), ("edge", edge_keys)):
        for name, kind in keys:
            ET.SubElement(root, f"{{{_GRAPHML_NS}}}key", {
                "id": f"{domain[0]}_{name}", "for": domain, "attr.name": name, "attr.type": kind})
    body = ET.SubElement(root, f"{{{_GRAPHML_NS}}}graph",
                         {"id": "lapwing", "edgedefault": "directed" if graph.get("directed", True) else "undirected"})
    for node in graph["nodes"]:
        element = ET.SubElement(body, f"{{{_GRAPHML_NS}}}node", {"id": str(node["id"])})
        _data(element, "n", node, node_keys)
    for number, edge in enumerate(graph["edges"]):
        element = ET.SubElement(body, f"{{{_GRAPHML_NS}}}edge", {
            "id": f"e{number}", "source": str(edge["source"]), "target": str(edge["target"])})
        _data(element, "e", {**edge, "event_types": json.dumps(edge.get("event_types", {}))}, edge_keys)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def _data(element: ET.Element, prefix: str, values: dict[str, Any], keys: list[tuple[str, str]]) -> None:
    for name, _kind in keys:
        value = values.get(name)
        if value is None:
            continue
        data = ET.SubElement(element, f"{{{_GRAPHML_NS}}}data", {"key": f"{prefix}_{name}"})
        data.text = str(value)
