"""The columnar network: ``network()`` and ``top_network()`` equal a plain-Python graph built from the
joined pair rows (the algorithm they replaced), their Arrow tables hold the same content as their
dicts, and the mean intensity is rounded exactly as Python's ``round(x, 3)``."""
from __future__ import annotations

import json
import random

import numpy as np
import pyarrow as pa
import pytest
from store_builders import RUSSIA, UKRAINE, UN, USA_GOV, article, event, mention

from lapwing.model import Actor
from lapwing.store import network, top_network, write_graphml, write_network_json
from lapwing.store.graph_tables import EDGE_SCHEMA, NODE_SCHEMA, Network, round3

FRANCE = Actor(name="France", code="FRA", country="FRA", kind="country")
ACTORS = [RUSSIA, UKRAINE, UN, USA_GOV, FRANCE]
TYPES = ["ASSAULT", "SUPPORT", "AID", "ACCUSE", "CONSULT", "PROTEST", "AGREE", "THREATEN"]
NODE_FIELDS = ("name", "code", "country", "sector", "cameo_code")
MICRO = 1_000_000


def reference_graph(store, date_from=None, date_to=None):
    """The graph computed row by row in Python from the tables (no aggregate, no arrays)."""
    window, params = [], []
    if date_from:
        window.append("c.date_end >= CAST(? AS DATE)")
        params.append(date_from)
    if date_to:
        window.append("c.date_start <= CAST(? AS DATE)")
        params.append(date_to)
    rows = store.fetch(
        """SELECT a.actor_key, r.actor_key, e.event_type, e.quad_code, c.num_mentions, e.intensity
           FROM canonical_events c JOIN events e ON e.event_rowid = c.root_event
           JOIN event_actors a ON a.event_rowid = e.event_rowid AND a.role = 'actor'
           JOIN event_actors r ON r.event_rowid = e.event_rowid AND r.role = 'recipient'"""
        + (" WHERE " + " AND ".join(window) if window else ""), params)
    activity: dict[str, int] = {}
    edges: dict[tuple[str, str, str], dict] = {}
    for source, target, event_type, quad_code, mentions, intensity in rows:
        activity[source] = activity.get(source, 0) + 1
        if target != source:
            activity[target] = activity.get(target, 0) + 1
        relations = (["cooperation"] if quad_code in (1, 2) else ["conflict"] if quad_code in (3, 4) else []) + (
            ["supports"] if event_type in ("SUPPORT", "AID") else
            ["opposes"] if event_type in ("ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION") else [])
        for relation in relations:
            edge = edges.setdefault((source, target, relation), {"weight": 0, "mentions": 0, "types": {},
                                                                 "total": 0, "counted": 0})
            edge["weight"] += 1
            edge["mentions"] += mentions
            edge["types"][event_type] = edge["types"].get(event_type, 0) + 1
            if intensity is not None:
                edge["total"] += round(intensity * MICRO)
                edge["counted"] += 1
    actors = {row[0]: row[1:] for row in store.fetch(f"SELECT actor_key, {', '.join(NODE_FIELDS)} FROM actors")}
    nodes = [{"id": key, **dict(zip(NODE_FIELDS, actors[key])), "events": events}
             for key, events in sorted(activity.items())]
    edge_list = [{"source": s, "target": t, "relation": rel, "weight": e["weight"], "mentions": e["mentions"],
                  "event_types": dict(sorted(e["types"].items(), key=lambda item: (item[0] is not None, item[0]))),
                  "intensity": round(e["total"] / MICRO / e["counted"], 3) if e["counted"] else None}
                 for (s, t, rel), e in sorted(edges.items())]
    return nodes, edge_list


def random_history(seed: int, n_articles: int = 25):
    rng = random.Random(seed)
    docs = []
    for number in range(n_articles):
        day = f"2022-{rng.randint(1, 4):02d}-{rng.randint(1, 28):02d}"
        events = []
        for n in range(rng.randint(1, 4)):
            kind = rng.choice(TYPES)
            built = event(f"r{number}", n, kind, rng.choice(ACTORS + [None]), rng.choice(ACTORS + [None]),
                          date=day)
            extra = rng.random()
            if extra < 0.2:   # two actors, one recipient (the same actor can act on itself)
                built = built.replace(actors=(mention(rng.choice(ACTORS)), mention(rng.choice(ACTORS), 5)))
            elif extra < 0.3:  # no intensity; or the same type with another quad code
                built = built.replace(intensity=None)
            elif extra < 0.4:
                built = built.replace(quad_code=(built.quad_code or 1) % 4 + 1, intensity=rng.choice([0.0625, -1.0625]))
            elif extra < 0.45:
                built = built.replace(event_type=None, cameo=None)
            events.append(built)
        docs.append(article(f"r{number}", day, events, source=rng.choice(["A", "B", "C"])))
    return docs


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("window", [(None, None), ("2022-02-01", "2022-03-15"), ("2022-04-01", None)])
def test_network_equals_the_plain_python_graph(store, seed, window):
    store.ingest(random_history(seed))
    nodes, edges = reference_graph(store, *window)
    assert edges, "the history should give edges"
    for exact in (False, True):
        graph = network(store, date_from=window[0], date_to=window[1], exact=exact)
        assert graph["nodes"] == nodes
        assert graph["edges"] == edges
        assert json.dumps(graph["edges"]) == json.dumps(edges)          # key order and event-type order too
        assert graph.nodes.num_rows == len(nodes) and graph.edges.num_rows == len(edges)


@pytest.mark.parametrize("max_nodes,min_weight", [(2, 1), (3, 2), (1, 1), (100, 3)])
def test_top_network_is_the_graph_cut_to_its_most_active_actors(store, max_nodes, min_weight):
    store.ingest(random_history(4))
    nodes, edges = reference_graph(store)
    kept = {n["id"] for n in sorted(nodes, key=lambda n: (-n["events"], n["id"]))[:max_nodes]}
    top = top_network(store, max_nodes=max_nodes, min_weight=min_weight)
    assert top["nodes"] == [n for n in nodes if n["id"] in kept]
    assert top["edges"] == [e for e in edges if e["source"] in kept and e["target"] in kept
                            and e["weight"] >= min_weight]
    assert (top["total_nodes"], top["total_edges"]) == (len(nodes), len(edges))
    assert list(top) == ["directed", "date_from", "date_to", "nodes", "edges", "total_nodes", "total_edges"]


def test_the_result_holds_arrow_tables_and_reads_as_the_documented_dict(store, tmp_path):
    store.ingest(random_history(5))
    graph = network(store, date_from="2022-02")
    assert isinstance(graph, Network)
    assert graph.nodes.schema == NODE_SCHEMA and graph.edges.schema == EDGE_SCHEMA
    first = graph.edges.slice(0, 1).to_pylist()[0]
    assert {t["event_type"]: t["events"] for t in first["event_types"]} == graph["edges"][0]["event_types"]
    plain = graph.to_dict()
    assert type(plain) is dict and list(plain) == ["directed", "date_from", "date_to", "nodes", "edges"]
    assert plain["date_from"] == "2022-02-01" and plain["date_to"] is None and plain["directed"] is True
    assert graph == plain and graph == network(store, date_from="2022-02", exact=True)
    assert graph != network(store, date_from="2022-04")
    assert graph.get("edges") is graph["edges"]                    # built once
    write_network_json(graph, tmp_path / "g.json")
    assert json.loads((tmp_path / "g.json").read_text()) == json.loads(json.dumps(plain))
    write_graphml(graph, tmp_path / "g.graphml")
    assert (tmp_path / "g.graphml").read_text().count("<edge ") == len(plain["edges"])


def test_an_empty_window_is_an_empty_graph(store):
    store.ingest(random_history(6))
    graph = network(store, date_from="2030")
    assert graph["nodes"] == [] and graph["edges"] == []
    assert graph.edges.schema == EDGE_SCHEMA
    top = top_network(store, date_from="2030")
    assert (top["total_nodes"], top["total_edges"], top["edges"]) == (0, 0, [])


def test_round3_is_pythons_round_including_ties():
    rng = random.Random(3)
    values = [t * 100_000 / 1_000_000 / n for t in range(-120, 121) for n in range(1, 64)]
    values += [rng.randint(-10_000_000, 10_000_000) / 1_000_000 / rng.randint(1, 5000) for _ in range(20000)]
    values += [0.0625, -1.0625, 2.0005, 0.0005, -0.0005, 1e-9]
    got = round3(np.array(values, dtype=np.float64))
    assert [float(v) for v in got] == [round(v, 3) for v in values]


def test_edge_dicts_survive_a_sliced_table():
    """The dicts are read through the list offsets, which a slice of the table keeps."""
    from lapwing.store.graph_tables import _edge_dicts

    table = pa.table({"source": ["a", "b"], "target": ["b", "c"], "relation": ["conflict", "supports"],
                      "weight": [1, 2], "mentions": [1, 3], "intensity": [None, 1.5],
                      "event_types": [[{"event_type": "ASSAULT", "events": 1}],
                                      [{"event_type": None, "events": 1}, {"event_type": "AID", "events": 1}]]},
                     schema=EDGE_SCHEMA)
    assert _edge_dicts(table.slice(1)) == [{"source": "b", "target": "c", "relation": "supports", "weight": 2,
                                            "mentions": 3, "event_types": {None: 1, "AID": 1}, "intensity": 1.5}]
