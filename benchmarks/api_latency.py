"""API latency on a large synthetic store: median and p99 of /api/events and /api/network.

    PYTHONPATH=src python benchmarks/api_latency.py                    # 100,000 events, quick
    PYTHONPATH=src python benchmarks/api_latency.py --events 1000000   # the issue's million
    PYTHONPATH=src python benchmarks/api_latency.py --write-docs       # also update docs/web.md

The store is created with Lapwing's own schema (EventStore migrations), then filled directly with
DuckDB SQL (INSERT ... SELECT over range()): articles, actors, events with their actor and
recipient rows, and one canonical event per event. Requests go through the real ASGI app
in-process (FastAPI's TestClient: routing, validation, the store query, JSON), one at a time; the
first request per URL is reported apart (a fresh snapshot has no totals or rankings remembered).
benchmarks/load_test.py reuses :func:`build_store` for 50 concurrent clients over real HTTP.
"""
from __future__ import annotations

import argparse
import datetime as dt
import platform
import re
import statistics
import tempfile
import time
from pathlib import Path

import duckdb

from lapwing.store import EventStore, rebuild_canonical_pairs

DOCS = Path(__file__).resolve().parents[1] / "docs" / "web.md"
START, END = "<!-- api-latency:start -->", "<!-- api-latency:end -->"
TYPES = ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
         "PROTEST", "SANCTION", "COERCE", "ASSAULT"]
QUADS = [1, 1, 1, 2, 2, 1, 3, 3, 3, 3, 4, 4, 4]


def build_store(path: Path, *, events: int, actors: int, per_article: int = 5) -> float:
    """Create a store of ``events`` synthetic event mentions; returns the seconds it took."""
    began = time.perf_counter()
    with EventStore(path):
        pass  # the schema and its migrations
    con = duckdb.connect(str(path))
    con.execute("SET enable_progress_bar = false")
    articles = max(events // per_article, 1)
    types = "[" + ", ".join(f"'{t}'" for t in TYPES) + "]"
    quads = "[" + ", ".join(str(q) for q in QUADS) + "]"
    con.execute("BEGIN TRANSACTION")
    con.execute("""INSERT INTO actors SELECT 'syn:' || i, 'Actor ' || i, 'C' || (i % 200), 'C' || (i % 200),
                   ['GOV', 'MIL', 'REB', 'OPP', 'BUS'][1 + i % 5], 'C' || (i % 200) || 'GOV', NULL,
                   'organization', 'syn/' || i FROM range(?) t(i)""", [actors])
    con.execute("""INSERT INTO articles SELECT 'art' || i, DATE '2015-01-01' + CAST(i % 3650 AS INTEGER),
                   'Synthetic article ' || i, 'https://news.example/' || i, 'source' || (i % 50), 'synthetic',
                   'Synthetic text of article ' || i, md5(i::VARCHAR), 'segment,actors,events', now()
                   FROM range(?) t(i)""", [articles])
    con.execute(f"""INSERT INTO events (event_rowid, event_id, article_id, origin, source, event_type, mode, context,
                       cameo, quad_code, intensity, modality, counted, date, date_precision, date_start, date_end,
                       date_text, place_text, place_name, place_country, place_admin1, place_feature,
                       place_geonameid, place_lat, place_lon, sentence, text, start_char, end_char, confidence,
                       link_key, canonical_id, event_json)
                   SELECT i, 'ev' || i, 'art' || (i // {per_article}), 'lapwing', 'source' || ((i // {per_article}) % 50),
                       {types}[1 + i % {len(TYPES)}], NULL, '', '0' || (10 + i % 90),
                       {quads}[1 + i % {len(TYPES)}], (i % 21) - 10.0, 'asserted', true,
                       strftime(d, '%Y-%m-%d'), 'day', d, d, NULL,
                       'City ' || (i % 500), 'City ' || (i % 500), 'C' || (i % 200), NULL, 'city',
                       i % 500, (i % 140) - 70.0, (i % 340) - 170.0, 0, 'Synthetic sentence ' || i, 0, 30, 0.7,
                       NULL, i, '{{"id": "ev' || i || '", "provenance": []}}'
                   FROM (SELECT i, DATE '2015-01-01' + CAST((i // {per_article}) % 3650 AS INTEGER) AS d
                         FROM range(?) t(i))""", [events])
    # Actors follow a skewed (Zipf-like) distribution, as in news: a few actors are in most events.
    con.execute(f"""INSERT INTO event_actors
                   SELECT i, 'actor', 0, 'syn:' || CAST(floor({actors} * pow(hash(i) % 1000000 / 1000000.0, 3)) AS BIGINT),
                          'Actor', 0, 5 FROM range(?) t(i)
                   UNION ALL
                   SELECT i, 'recipient', 0, 'syn:' || CAST(floor({actors} * pow(hash(i + 7919) % 1000000 / 1000000.0, 3)) AS BIGINT),
                          'Actor', 10, 15 FROM range(?) t(i)""", [events, events])
    con.execute("""INSERT INTO canonical_events SELECT event_rowid, NULL, event_type, date_start, date_end,
                   date_precision, place_country, event_rowid, 1, 1, 1 FROM events""")
    con.execute("COMMIT")
    con.execute("CHECKPOINT")
    con.close()
    with EventStore(path) as store:
        rebuild_canonical_pairs(store)  # rows written with plain SQL: build the pair aggregate once
    return time.perf_counter() - began


def measure(client, url: str, repeats: int) -> dict[str, float]:
    began = time.perf_counter()
    client.get(url).raise_for_status()  # the first request on this snapshot (nothing remembered yet)
    first = (time.perf_counter() - began) * 1000
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - began) * 1000)
        response.raise_for_status()
    times.sort()
    p99 = times[min(len(times) - 1, int(round(0.99 * (len(times) - 1))))]
    return {"first_ms": first, "median_ms": statistics.median(times), "p99_ms": p99, "n": repeats}


QUERIES = [
    ("/api/events", "/api/events?limit=100"),
    ("/api/events", "/api/events?actor=C7&type=ASSAULT&limit=100"),
    ("/api/events", "/api/events?from=2019-03&to=2019-03&limit=100&offset=200"),
    ("/api/events", "/api/events?place=C12&quad=4&limit=100"),
    ("/api/events", "/api/events?offset=5000&limit=100"),
    ("/api/network", "/api/network?from=2019-03-01&to=2019-03-31"),
    ("/api/network", "/api/network?from=2019&to=2019"),
    ("/api/actors", "/api/actors?limit=50"),
    ("/api/actors/{key}", "/api/actors/syn:3"),
    ("/api/timeline", "/api/timeline?actor=C7"),
    ("/api/articles", "/api/articles?limit=50"),
    ("/api/articles/{id}", "/api/articles/art1234"),
]
FULL_NETWORK = ("/api/network", "/api/network")  # every happening: measured up to 200,000 events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000, help="synthetic event mentions (default 100,000)")
    parser.add_argument("--actors", type=int, default=5_000)
    parser.add_argument("--repeats", type=int, default=30, help="requests per URL (default 30)")
    parser.add_argument("--db", help="store path (default: a temporary file)")
    parser.add_argument("--write-docs", action="store_true", help=f"write the table into {DOCS}")
    args = parser.parse_args()

    from fastapi.testclient import TestClient

    from lapwing.serve.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "bench.duckdb"
        build_seconds = build_store(path, events=args.events, actors=args.actors)
        size_mb = path.stat().st_size / 1e6
        print(f"built {args.events:,} events, {args.actors:,} actors in {build_seconds:.1f} s ({size_mb:.0f} MB)")
        began = time.perf_counter()
        app = create_app(path, refresh_seconds=3600)
        start_seconds = time.perf_counter() - began
        load_before = _load()
        rows = []
        with TestClient(app) as client:
            queries = QUERIES + ([FULL_NETWORK] if args.events <= 200_000 else [])
            for route, url in queries:
                result = measure(client, url, args.repeats)
                rows.append((route, url, result))
                print(f"{url:<60} first {result['first_ms']:8.1f} ms   median {result['median_ms']:8.1f} ms"
                      f"   p99 {result['p99_ms']:8.1f} ms")
    table = "\n".join([
        f"Measured {dt.date.today().isoformat()} with `benchmarks/api_latency.py --events {args.events}` "
        f"({args.events:,} event mentions, {args.actors:,} actors, {size_mb:.0f} MB store; "
        f"{args.repeats} sequential requests per URL through the ASGI app in-process; "
        f"{platform.machine()}, {_cores()} cores, shared with other work (load average "
        f"{load_before:.1f} before, {_load():.1f} after), so expect variation). "
        f"Building the store took {build_seconds:.1f} s; the server's first snapshot {start_seconds:.2f} s. "
        "*first* is the first request on a fresh snapshot (no total or ranking remembered yet).",
        "",
        "| request | first | median | p99 |",
        "|---|---|---|---|",
        *(f"| `{url}` | {r['first_ms']:.0f} ms | {r['median_ms']:.0f} ms | {r['p99_ms']:.0f} ms |"
          for _route, url, r in rows),
    ])
    if args.write_docs:
        text = DOCS.read_text(encoding="utf-8")
        updated = re.sub(re.escape(START) + ".*?" + re.escape(END), lambda _m: f"{START}\n{table}\n{END}", text,
                         flags=re.S)
        DOCS.write_text(updated, encoding="utf-8")
        print(f"wrote the numbers into {DOCS}")


def _load() -> float:
    import os

    return os.getloadavg()[0]


def _cores() -> int:
    import os

    return os.cpu_count() or 1


if __name__ == "__main__":
    main()
