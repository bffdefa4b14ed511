"""Queries with filters, the actor network and timelines."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from store_builders import KYIV, RUSSIA, UKRAINE, UN, USA_GOV, article, event

from lapwing.errors import StoreError
from lapwing.store import network, query_events, query_events_df, timeline, write_graphml, write_network_json


@pytest.fixture
def filled(store):
    store.ingest([
        article("q1", "2022-02-24", [event("q1", 0, "ASSAULT", RUSSIA, UKRAINE, place=KYIV),
                                     event("q1", 1, "ACCUSE", UKRAINE, RUSSIA)], source="Reuters"),
        article("q2", "2022-02-25", [event("q2", 0, "ASSAULT", RUSSIA, UKRAINE)], source="AP"),
        article("q3", "2022-03-10", [event("q3", 0, "AID", USA_GOV, UKRAINE),
                                     event("q3", 1, "SUPPORT", UN, UKRAINE),
                                     event("q3", 2, "ASSAULT", UKRAINE, RUSSIA, modality="negated")],
                source="AP"),
        article("q4", "2022-04-02", [event("q4", 0, "AID", USA_GOV, UKRAINE, date="2022-04-01")], source="BBC"),
    ])
    return store


def ids(table):
    return table.column("event_id").to_pylist()


def test_no_filter_returns_every_mention_oldest_first(filled):
    table = query_events(filled)
    assert ids(table) == ["q1-e0", "q1-e1", "q2-e0", "q3-e0", "q3-e1", "q3-e2", "q4-e0"]
    assert {"actor_name", "recipient_code", "num_mentions", "canonical_id", "counted"} <= set(table.column_names)


@pytest.mark.parametrize("filters, expected", [
    ({"actor": "RUS"}, ["q1-e0", "q2-e0"]),
    ({"actor": "russia"}, ["q1-e0", "q2-e0"]),                       # name, any case
    ({"actor": "GOV"}, ["q3-e0", "q4-e0"]),                          # sector
    ({"actor": "USAGOV"}, ["q3-e0", "q4-e0"]),                       # CAMEO code
    ({"recipient": "RUS"}, ["q1-e1", "q3-e2"]),
    ({"actor": "UKR", "recipient": "RUS"}, ["q1-e1", "q3-e2"]),
    ({"event_type": "aid"}, ["q3-e0", "q4-e0"]),
    ({"quad_code": 4}, ["q1-e0", "q2-e0", "q3-e2"]),
    ({"modality": "negated"}, ["q3-e2"]),
    ({"date_from": "2022-03"}, ["q3-e0", "q3-e1", "q3-e2", "q4-e0"]),
    ({"date_to": "2022-02-24"}, ["q1-e0", "q1-e1"]),
    ({"date_from": "2022-03-01", "date_to": "2022-03-31"}, ["q3-e0", "q3-e1", "q3-e2"]),
    ({"place": "Kyiv"}, ["q1-e0"]),
    ({"place": "UKR"}, ["q1-e0"]),
    ({"actor": "Atlantis"}, []),
])
def test_filters(filled, filters, expected):
    assert ids(query_events(filled, **filters)) == expected


def test_user_text_is_never_sql(filled):
    assert ids(query_events(filled, actor="RUS' OR 1=1 --")) == []
    assert filled.table_counts()["events"] == 7


def test_limit_offset_and_pandas(filled):
    assert ids(query_events(filled, limit=2, offset=1)) == ["q1-e1", "q2-e0"]
    frame = query_events_df(filled, event_type="ASSAULT")
    assert list(frame["event_id"]) == ["q1-e0", "q2-e0", "q3-e2"]


def test_one_per_happening(filled):
    table = query_events(filled, event_type="ASSAULT", one_per_happening=True)
    assert ids(table) == ["q1-e0"]
    assert table.column("num_mentions").to_pylist() == [2]
    assert table.column("num_sources").to_pylist() == [2]


def test_bad_date_is_an_error(filled):
    with pytest.raises(StoreError, match="cannot read date"):
        query_events(filled, date_from="last week")


def test_network_weights(filled):
    graph = network(filled)
    names = {n["id"]: n["name"] for n in graph["nodes"]}
    edges = {(names[e["source"]], names[e["target"]], e["relation"]): e for e in graph["edges"]}
    assault = edges[("Russia", "Ukraine", "conflict")]
    assert assault["weight"] == 1 and assault["mentions"] == 2     # one happening, two reports
    assert edges[("Ukraine", "Russia", "opposes")]["weight"] == 1   # ACCUSE
    assert edges[("Ukraine", "Russia", "conflict")]["weight"] == 1  # the negated assault is not counted
    assert edges[("United States government", "Ukraine", "supports")]["weight"] == 2
    assert edges[("United States government", "Ukraine", "cooperation")]["event_types"] == {"AID": 2}
    assert edges[("United Nations", "Ukraine", "supports")]["weight"] == 1
    assert ("Russia", "Ukraine", "supports") not in edges


def test_network_date_range(filled):
    graph = network(filled, date_from="2022-04-01")
    assert [(e["relation"], e["weight"]) for e in graph["edges"]] == [("cooperation", 1), ("supports", 1)]


def test_graph_files(filled, tmp_path):
    graph = network(filled)
    write_graphml(graph, tmp_path / "g.graphml")
    write_network_json(graph, tmp_path / "g.json")
    root = ET.parse(tmp_path / "g.graphml").getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall("g:graph/g:node", ns)) == len(graph["nodes"])
    assert len(root.findall("g:graph/g:edge", ns)) == len(graph["edges"])
    assert json.loads((tmp_path / "g.json").read_text()) == graph


def test_timeline(filled):
    table = timeline(filled, "UKR")
    assert table.column_names == ["month", "quad_1", "quad_2", "quad_3", "quad_4", "total", "mentions"]
    rows = table.to_pylist()
    assert [(r["month"], r["quad_1"], r["quad_2"], r["quad_3"], r["quad_4"]) for r in rows] == [
        ("2022-02", 0, 0, 1, 1), ("2022-03", 1, 1, 0, 0), ("2022-04", 0, 1, 0, 0)]
    assert rows[0]["mentions"] == 3
    acted = timeline(filled, "UKR", role="actor").to_pylist()
    assert [(r["month"], r["total"]) for r in acted] == [("2022-02", 1)]
