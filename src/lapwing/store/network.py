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


# The canonical events in the window, one row per root mention's actor -> recipient pair (the
# ``event_dyads`` view, written out so that the event row is read once), then one row per relation
# (as ``_relations``) and the activity of each actor (events as source, and as a different target).
_GRAPH_CTES = f"""WITH pairs AS MATERIALIZED (
        SELECT a.actor_key AS source, r.actor_key AS target, e.event_type, e.quad_code,
               c.num_mentions, e.intensity
        FROM canonical_events c
        JOIN events e ON e.event_rowid = c.root_event
        JOIN event_actors a ON a.event_rowid = e.event_rowid AND a.role = 'actor'
        JOIN event_actors r ON r.event_rowid = e.event_rowid AND r.role = 'recipient'{{where}}),
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


def _window_where(date_from: DateLike, date_to: DateLike) -> tuple[str, list[Any]]:
    clauses, params = date_window("c", date_from, date_to)
    return ((" WHERE " + " AND ".join(clauses)) if clauses else ""), params


def _edges(rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """Edges from rows (source, target, relation, event_type, count, mentions, intensity sum and
    count), one row per edge and event type."""
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    for source, target, relation, event_type, count, mentions, intensity_sum, intensity_n in rows:
        edge = edges.get((source, target, relation))
        if edge is None:
            edge = edges[(source, target, relation)] = {
                "source": source, "target": target, "relation": relation, "weight": 0, "mentions": 0,
                "_intensity_sum": 0.0, "_intensity_n": 0, "event_types": {}}
        edge["weight"] += int(count)
        edge["mentions"] += int(mentions or 0)
        edge["_intensity_sum"] += float(intensity_sum or 0.0)
        edge["_intensity_n"] += int(intensity_n or 0)
        edge["event_types"][event_type] = edge["event_types"].get(event_type, 0) + int(count)
    for edge in edges.values():
        total, n = edge.pop("_intensity_sum"), edge.pop("_intensity_n")
        edge["intensity"] = round(total / n, 3) if n else None
    return sorted(edges.values(), key=lambda e: (e["source"], e["target"], e["relation"]))


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


_EDGE_ROWS = """SELECT source, target, relation, event_type, count(*), sum(num_mentions), sum(intensity),
           count(intensity)
    FROM related{kept} GROUP BY ALL"""


def network(store: EventStore, *, date_from: DateLike = None, date_to: DateLike = None) -> dict[str, Any]:
    """The actor graph as a JSON-ready dict: ``directed``, ``date_from``, ``date_to``, ``nodes``
    (``id`` = actor key, name, code, country, sector, cameo_code, ``events``) and ``edges``
    (``source``, ``target``, ``relation``, ``weight``, ``mentions``, ``intensity``, ``event_types``)."""
    bounds = _window_bounds(date_from, date_to)
    where, params = _window_where(date_from, date_to)
    ctes = _GRAPH_CTES.format(where=where)
    activity = store.connection.execute(ctes + " SELECT key, events FROM activity", params).fetchall()
    rows = store.connection.execute(ctes + " " + _EDGE_ROWS.format(kept=""), params).fetchall()
    return {**bounds, "nodes": _nodes(store, activity), "edges": _edges(rows)}


def top_network(store: EventStore, *, date_from: DateLike = None, date_to: DateLike = None,
                max_nodes: int = 300, min_weight: int = 1) -> dict[str, Any]:
    """:func:`network` cut to its ``max_nodes`` most active actors (most events, then key) and the
    edges between them of at least ``min_weight`` events, chosen in the database (a year of a
    large store has hundreds of thousands of edges); adds ``total_nodes`` and ``total_edges``,
    the uncut graph's sizes. Nodes are sorted by key, edges by source, target and relation.
    One statement: the window's pairs are read once."""
    bounds = _window_bounds(date_from, date_to)
    where, params = _window_where(date_from, date_to)
    sql = _GRAPH_CTES.format(where=where) + """,
    kept AS (SELECT key, events FROM activity ORDER BY events DESC, key LIMIT ?),
    strong AS (SELECT source, target, relation FROM related
               WHERE source IN (SELECT key FROM kept) AND target IN (SELECT key FROM kept)
               GROUP BY ALL HAVING count(*) >= ?)
    SELECT 'node', key, NULL, NULL, NULL, events, NULL, NULL, NULL FROM kept
    UNION ALL
    SELECT 'totals', NULL, NULL, NULL, NULL, (SELECT count(*) FROM activity),
           (SELECT count(*) FROM (SELECT DISTINCT source, target, relation FROM related)), NULL, NULL
    UNION ALL
    SELECT 'edge', * FROM (""" + _EDGE_ROWS.format(kept=" JOIN strong USING (source, target, relation)") + ")"
    rows = store.connection.execute(sql, [*params, int(max_nodes), int(min_weight)]).fetchall()
    activity = [(row[1], row[5]) for row in rows if row[0] == "node"]
    totals = next(row for row in rows if row[0] == "totals")
    return {**bounds, "nodes": _nodes(store, activity), "edges": _edges([row[1:] for row in rows if row[0] == "edge"]),
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
