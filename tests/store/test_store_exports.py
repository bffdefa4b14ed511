"""Exports' exact headers and values, and the ICEWS quadruple import."""
from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from store_builders import KYIV, RUSSIA, UKRAINE, USA_GOV, article, event, write_tiny_icews

from lapwing.errors import StoreError
from lapwing.output import event_json
from lapwing.store import (GDELT_COLUMNS, ICEWS_COLUMNS, POLECAT_COLUMNS, export_gdelt_events,
                           export_icews_tsv, export_parquet, export_plover_jsonl, export_polecat_tsv,
                           export_quadruples, import_icews_quadruples, network, query_events)

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
ICEWS14 = SHARED / "data" / "tkg-icews-gdelt" / "ICEWS14"


@pytest.fixture
def docs():
    return [
        article("x1", "2022-02-24", [event("x1", 0, "ASSAULT", RUSSIA, UKRAINE, place=KYIV),
                                     event("x1", 1, "AID", USA_GOV, UKRAINE, modality="hypothetical")],
                source="Reuters"),
        article("x2", "2022-02-25", [event("x2", 0, "ASSAULT", RUSSIA, UKRAINE)], source="AP"),
    ]


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_plover_jsonl_is_what_extract_writes(store, docs, tmp_path):
    store.ingest(docs)
    assert export_plover_jsonl(store, tmp_path / "e.jsonl") == 3
    written = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    expected = [event_json(e) for d in docs for e in d.events]
    assert sorted(written, key=lambda o: o["id"]) == sorted(expected, key=lambda o: o["id"])
    assert export_plover_jsonl(store, tmp_path / "c.jsonl", counted_only=True) == 2


def test_gdelt_header_and_row(store, docs, tmp_path):
    store.ingest(docs)
    assert export_gdelt_events(store, tmp_path / "g.tsv") == 1   # one happening
    rows = read_tsv(tmp_path / "g.tsv")
    assert tuple(rows[0]) == GDELT_COLUMNS and len(GDELT_COLUMNS) == 61
    row = dict(zip(rows[0], rows[1]))
    assert row["SQLDATE"] == "20220224" and row["MonthYear"] == "202202" and row["Year"] == "2022"
    assert row["Actor1Code"] == "RUS" and row["Actor2CountryCode"] == "UKR"
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("190", "190", "19")
    assert (row["QuadClass"], row["NumMentions"], row["NumArticles"], row["NumSources"]) == ("4", "2", "2", "2")
    assert row["ActionGeo_FullName"] == "Kyiv, Kyiv City, UKR" and row["ActionGeo_Type"] == "4"
    assert row["ActionGeo_FeatureID"] == "703448"
    assert row["SOURCEURL"] == "https://news.example/x1" and len(row["DATEADDED"]) == 14
    assert all(len(r) == 61 for r in rows)


def test_cameo_codes_stay_strings(store, tmp_path):
    store.ingest([article("c1", "2022-01-01", [event("c1", 0, "CONSULT", RUSSIA, UKRAINE)])])
    export_gdelt_events(store, tmp_path / "g.tsv")
    row = dict(zip(*read_tsv(tmp_path / "g.tsv")))
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("040", "040", "04")


def test_icews_header_and_row(store, docs, tmp_path):
    store.ingest(docs)
    assert export_icews_tsv(store, tmp_path / "i.tsv") == 2
    rows = read_tsv(tmp_path / "i.tsv")
    assert tuple(rows[0]) == ICEWS_COLUMNS
    row = dict(zip(rows[0], rows[1]))
    assert row["Source Country"] == "Russian Federation" and row["Target Name"] == "Ukraine"
    assert row["CAMEO Code"] == "190" and row["Story ID"] == "x1" and row["Sentence Number"] == "1"
    assert row["City"] == "Kyiv" and row["Country"] == "Ukraine" and row["Publisher"] == "Reuters"
    assert row["Event Text"]  # the CAMEO name


def test_polecat_header_and_row(store, docs, tmp_path):
    store.ingest(docs)
    assert export_polecat_tsv(store, tmp_path / "p.tsv") == 2
    rows = read_tsv(tmp_path / "p.tsv")
    assert tuple(rows[0]) == POLECAT_COLUMNS and len(POLECAT_COLUMNS) == 40
    row = dict(zip(rows[0], rows[1]))
    assert (row["Event Type"], row["Actor Name"], row["Recipient Country"]) == ("ASSAULT", "Russia", "UKR")
    assert row["Placename"] == "Kyiv" and row["GeoNames ID"] == "703448" and row["Source"] == "Reuters"
    assert row["Publication Date"] == "2022-02-24" and row["Version"].startswith("lapwing-")


def test_parquet_and_quadruples(store, docs, tmp_path):
    store.ingest(docs)
    assert export_parquet(store, tmp_path / "e.parquet") == 3
    assert pq.read_table(tmp_path / "e.parquet").column_names == query_events(store).column_names
    assert export_quadruples(store, tmp_path / "q.tsv") == 1
    assert read_tsv(tmp_path / "q.tsv") == [["Russia", "ASSAULT", "Ukraine", "2022-02-24"]]
    export_quadruples(store, tmp_path / "h.tsv", header=True)
    assert read_tsv(tmp_path / "h.tsv")[0] == ["subject", "relation", "object", "time"]


def test_icews_import_tiny(store, tmp_path):
    path = write_tiny_icews(tmp_path / "ICEWS14")
    assert import_icews_quadruples(store, path) == 3
    assert import_icews_quadruples(store, path) == 0       # already imported
    rows = store.fetch("""SELECT date_start, event_type, cameo, quad_code FROM events ORDER BY event_rowid""")
    assert rows == [(dt.date(2014, 1, 1), None, "010", 1), (dt.date(2014, 1, 2), "ASSAULT", "190", 4),
                    (dt.date(2014, 1, 3), "AID", "073", 2)]
    police = store.fetch("SELECT name, country, sector FROM actors WHERE name = 'Police (Nigeria)'")
    assert police == [("Police (Nigeria)", "NGA", "COP")]
    assert query_events(store, actor="COP").column("event_type").to_pylist() == ["ASSAULT"]
    graph = network(store)
    assert {e["relation"] for e in graph["edges"]} == {"cooperation", "conflict", "supports"}
    export_quadruples(store, tmp_path / "q.tsv")
    assert read_tsv(tmp_path / "q.tsv")[0] == ["Barack Obama", "Make statement", "China", "2014-01-01"]


def test_icews_import_bad_line(store, tmp_path):
    path = write_tiny_icews(tmp_path / "ICEWS14")
    path.write_text("2\t0\t0\t0\t-1\n2\tx\t0\t0\n", encoding="utf-8")
    with pytest.raises(StoreError, match=r"train.txt:2: expected 4 integers"):
        import_icews_quadruples(store, path)
    assert store.table_counts()["events"] == 0


def test_icews_import_needs_a_start_date(store, tmp_path):
    path = write_tiny_icews(tmp_path / "quads")
    with pytest.raises(StoreError, match="pass start_date"):
        import_icews_quadruples(store, path)
    assert import_icews_quadruples(store, path, start_date=dt.date(2020, 1, 1)) == 3


@pytest.mark.skipif(not ICEWS14.exists(), reason="../shared (development data) is absent")
def test_icews14_shared_test_split(store):
    assert import_icews_quadruples(store, ICEWS14 / "test.txt") == 7371
    assert store.fetch("SELECT min(date_start), max(date_start) FROM events") == [
        (dt.date(2014, 12, 1), dt.date(2014, 12, 31))]
    assert store.table_counts()["canonical_events"] == 7371
    assert len(network(store)["edges"]) > 1000
