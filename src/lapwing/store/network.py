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
from collections import defaultdict
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


def network(store: EventStore, *, date_from: DateLike = None, date_to: DateLike = None) -> dict[str, Any]:
    """The actor graph as a JSON-ready dict: ``directed``, ``date_from``, ``date_to``, ``nodes``
    (``id`` = actor key, name, code, country, sector, cameo_code, ``events``) and ``edges``
    (``source``, ``target``, ``relation``, ``weight``, ``mentions``, ``intensity``, ``event_types``)."""
    clauses, params = date_window("c", date_from, date_to)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = store.connection.execute(
        f"""SELECT d.actor_key, d.recipient_key, e.event_type, e.quad_code, count(*),
                   sum(c.num_mentions), sum(e.intensity), count(e.intensity)
            FROM canonical_events c
            JOIN event_dyads d ON d.event_rowid = c.root_event
            JOIN events e ON e.event_rowid = c.root_event{where}
            GROUP BY ALL""", params).fetchall()
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    activity: dict[str, int] = defaultdict(int)
    for source, target, event_type, quad_code, count, mentions, intensity_sum, intensity_n in rows:
        activity[source] += count
        if target != source:
            activity[target] += count
        for relation in _relations(event_type, quad_code):
            edge = edges.setdefault((source, target, relation), {
                "source": source, "target": target, "relation": relation, "weight": 0, "mentions": 0,
                "_intensity_sum": 0.0, "_intensity_n": 0, "event_types": {}})
            edge["weight"] += count
            edge["mentions"] += int(mentions or 0)
            edge["_intensity_sum"] += float(intensity_sum or 0.0)
            edge["_intensity_n"] += int(intensity_n or 0)
            types = edge["event_types"]
            types[event_type] = types.get(event_type, 0) + count
    for edge in edges.values():
        total, n = edge.pop("_intensity_sum"), edge.pop("_intensity_n")
        edge["intensity"] = round(total / n, 3) if n else None
    nodes = []
    if activity:
        found = store.connection.execute(
            f"SELECT actor_key, {', '.join(NODE_FIELDS)} FROM actors WHERE list_contains(?, actor_key)",
            [sorted(activity)]).fetchall()
        by_key = {row[0]: row for row in found}
        for key in sorted(activity):
            row = by_key.get(key, (key,) + (None,) * len(NODE_FIELDS))
            nodes.append({"id": key, **dict(zip(NODE_FIELDS, row[1:])), "events": activity[key]})
    return {
        "directed": True,
        "date_from": start.isoformat() if (start := as_interval(date_from, end=False)) else None,
        "date_to": stop.isoformat() if (stop := as_interval(date_to, end=True)) else None,
        "nodes": nodes,
        "edges": sorted(edges.values(), key=lambda e: (e["source"], e["target"], e["relation"])),
    }


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
