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

import numpy as np

from .aggregates import canonical_pairs_current
from .graph_tables import (MICRO, NODE_FIELDS, RELATION_CODE, GraphArrays, Network, edge_table, graph_arrays,
                           node_table)
from .queries import DateLike, arrow_table, as_interval, date_window

if TYPE_CHECKING:
    from .database import EventStore

SUPPORT_TYPES = ("SUPPORT", "AID")
OPPOSE_TYPES = ("ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION")
__all__ = ["Network", "network", "top_network", "write_graphml", "write_network_json", "NODE_FIELDS"]

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

# The pairs grouped by actor, recipient, event type and the relation their quad code gives (the
# type's relation, supports or opposes, is added in :mod:`lapwing.store.graph_tables`). Intensities
# are summed as whole millionths: an integer sum is the same in any order, so the aggregate and
# the joins (and two runs of either) give the same mean to the last digit.
_GROUPED_PAIRS = f"""SELECT source, target, event_type,
           coalesce(CASE WHEN quad_code IN (1, 2) THEN {RELATION_CODE['cooperation']}
                         WHEN quad_code IN (3, 4) THEN {RELATION_CODE['conflict']} END, -1)::TINYINT AS by_quad,
           count(*)::BIGINT AS n, sum(num_mentions)::BIGINT AS m,
           coalesce(sum(round(intensity * {MICRO})::BIGINT), 0)::BIGINT AS isum, count(intensity)::BIGINT AS icount
    FROM ({{pairs}}) GROUP BY ALL"""


def _graph(store: EventStore, date_from: DateLike, date_to: DateLike, *, exact: bool) -> GraphArrays:
    """The window's whole graph as arrays: one grouped read of its pairs."""
    clauses, params = date_window("c", date_from, date_to)
    if not exact and canonical_pairs_current(store):
        pairs = _PAIRS_FROM_AGGREGATE.format(and_window="".join(" AND " + c for c in clauses))
    else:
        pairs = _PAIRS_FROM_JOINS.format(where_window=(" WHERE " + " AND ".join(clauses)) if clauses else "")
    grouped = arrow_table(store, _GROUPED_PAIRS.format(pairs=pairs), params)
    return graph_arrays(grouped, support_types=SUPPORT_TYPES, oppose_types=OPPOSE_TYPES)


def _actor_fields(store: EventStore, keys: list[str]) -> dict[str, tuple[Any, ...]]:
    """The node fields of these actor keys (keys with no actor row are left out)."""
    if not keys:
        return {}
    rows = store.connection.execute(
        f"SELECT actor_key, {', '.join(NODE_FIELDS)} FROM actors "
        "WHERE actor_key IN (SELECT unnest(?::VARCHAR[]))", [keys]).fetchall()
    return {row[0]: tuple(row[1:]) for row in rows}


def _nodes(store: EventStore, arrays: GraphArrays, kept: np.ndarray) -> Any:
    keys = arrays.keys.take(kept).to_pylist()
    return node_table(arrays, _actor_fields(store, keys), kept)


def _window_bounds(date_from: DateLike, date_to: DateLike) -> dict[str, Any]:
    start, stop = as_interval(date_from, end=False), as_interval(date_to, end=True)
    return {"date_from": start.isoformat() if start else None, "date_to": stop.isoformat() if stop else None}


def network(store: EventStore, *, date_from: DateLike = None, date_to: DateLike = None,
            exact: bool = False) -> Network:
    """The actor graph of a window, a :class:`Network`: ``graph.nodes`` and ``graph.edges`` are
    Arrow tables; read as a mapping it is the JSON-ready dict ``directed``, ``date_from``,
    ``date_to``, ``nodes`` (``id`` = actor key, name, code, country, sector, cameo_code,
    ``events``) and ``edges`` (``source``, ``target``, ``relation``, ``weight``, ``mentions``,
    ``event_types``, ``intensity``), whose dicts are built only when asked for. Nodes are sorted
    by key, edges by source, target and relation. Read from the ``canonical_pairs`` aggregate;
    ``exact=True`` joins the tables instead (the same graph, slower: for checking)."""
    arrays = _graph(store, date_from, date_to, exact=exact)
    return Network(nodes=_nodes(store, arrays, np.arange(len(arrays.keys))),
                   edges=edge_table(arrays, np.arange(len(arrays.weight))), **_window_bounds(date_from, date_to))


def top_network(store: EventStore, *, date_from: DateLike = None, date_to: DateLike = None,
                max_nodes: int = 300, min_weight: int = 1, exact: bool = False) -> Network:
    """:func:`network` cut to its ``max_nodes`` most active actors (most events, then key) and the
    edges between them of at least ``min_weight`` events; adds ``total_nodes`` and
    ``total_edges``, the uncut graph's sizes. Only the kept nodes and edges become Arrow rows
    (a year of a large store has a million edges). ``exact`` as for :func:`network`."""
    arrays = _graph(store, date_from, date_to, exact=exact)
    count = len(arrays.keys)
    ranked = np.lexsort((np.arange(count), -arrays.activity))[:max(int(max_nodes), 0)]
    is_kept = np.zeros(count, dtype=bool)
    is_kept[ranked] = True
    edges = np.flatnonzero(is_kept[arrays.source] & is_kept[arrays.target] & (arrays.weight >= int(min_weight)))
    return Network(nodes=_nodes(store, arrays, np.sort(ranked)), edges=edge_table(arrays, edges),
                   totals={"total_nodes": count, "total_edges": len(arrays.weight)},
                   **_window_bounds(date_from, date_to))


def write_network_json(graph: Network | dict[str, Any], path: str | Path) -> None:
    plain = graph.to_dict() if isinstance(graph, Network) else graph
    Path(path).write_text(json.dumps(plain, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


_GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"


def write_graphml(graph: Network | dict[str, Any], path: str | Path) -> None:
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
