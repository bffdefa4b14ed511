"""Event-store speed: ingest rate and idempotence on synthetic coded articles, query latency on a
large synthetic store (median and p95 per query), and on the ICEWS14 history when ../shared is present.

    PYTHONPATH=src python benchmarks/store_bench.py                           # 1,000,000 events
    PYTHONPATH=src python benchmarks/store_bench.py --events 10000000         # the issue's ten million
    PYTHONPATH=src python benchmarks/store_bench.py --events 10000000 --write-docs   # update docs/store.md

1. Ingest: ``--articles`` synthetic CodedArticles (five events each) through ``EventStore.ingest``
   into a file store, then the same input again: every table's row count must be unchanged (the
   script exits with an error otherwise).
2. Queries: a store of ``--events`` synthetic event mentions, filled with DuckDB SQL by
   ``benchmarks/api_latency.py``'s ``build_store`` (Lapwing's own schema; one canonical event per
   mention; actors skewed as in news) and its ``canonical_pairs`` aggregate then rebuilt (the
   builder writes around ``EventStore``), then each query run once unmeasured ("first") and
   ``--repeats`` times measured, one at a time, on one connection. ``--db`` reuses a store built
   before (opened once for writing first, which applies any new migration and its backfill, timed);
   ``--compare-exact`` also times the network and timelines with ``exact=True`` (the joins the
   aggregate replaces).
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import math
import os
import platform
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from api_latency import build_store  # benchmarks/ is the script's folder, so it is on sys.path

from lapwing.model import Actor, Article, CodedArticle, Event, Mention
from lapwing.store import (EventStore, canonical_pairs_current, counts_by_month, dyad_timeline,
                           import_icews_quadruples, network, query_events, rebuild_canonical_pairs, timeline,
                           top_network)

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "store.md"
START, END = "<!-- store-bench:begin -->", "<!-- store-bench:end -->"
ICEWS14 = ROOT.parent / "shared" / "data" / "tkg-icews-gdelt" / "ICEWS14"
COUNTRIES = ["RUS", "UKR", "USA", "CHN", "FRA", "DEU", "IRN", "ISR", "TUR", "IND"]
TYPES = [("ASSAULT", 4, "190"), ("ACCUSE", 3, "112"), ("AID", 2, "070"), ("CONSULT", 1, "040")]

# One dyad: build_store's two most active actors ("syn:0" in about 6% of events, "syn:1" in 1.5%).
DYAD = ("syn:0", "syn:1")
DYAD_NAMES = ("Actor 0", "Actor 1")
COUNTS_BY_MONTH_AND_TYPE = """SELECT strftime(e.date_start, '%Y-%m') AS month, e.event_type, count(*) AS events
    FROM events e WHERE e.counted AND e.date_end >= ? AND e.date_start <= ?
    GROUP BY ALL ORDER BY month, e.event_type"""
ALL_YEARS = (dt.date(1900, 1, 1), dt.date(2100, 12, 31))


def synthetic(n_articles: int, events_per_article: int, seed: int = 7) -> list[CodedArticle]:
    rng = random.Random(seed)
    docs = []
    for i in range(n_articles):
        day = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(365))
        events = []
        for j in range(events_per_article):
            a, r = rng.sample(COUNTRIES, 2)
            kind, quad, cameo = rng.choice(TYPES)
            events.append(Event(
                id=f"s{i}-{j}", article_id=f"s{i}", event_type=kind, quad_code=quad, cameo=cameo,
                actors=(Mention(0, 3, a, "organization", actor=Actor(name=a, code=a, country=a)),),
                recipients=(Mention(4, 7, r, "organization", actor=Actor(name=r, code=r, country=r)),),
                date=day.isoformat(), date_precision="day", text=f"{a} {kind} {r}"))
        docs.append(CodedArticle(article=Article(id=f"s{i}", date=day, text=f"text {i}",
                                                 source=rng.choice(["A", "B", "C"])), events=tuple(events)))
    return docs


def timings(fn: Callable[[], Any], *, repeats: int) -> dict[str, float]:
    """Milliseconds: the first (unmeasured, cold) run, then the median and p95 (nearest rank) of
    ``repeats`` further runs."""
    began = time.perf_counter()
    fn()
    first = (time.perf_counter() - began) * 1000
    runs = []
    for _ in range(repeats):
        began = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - began) * 1000)
    runs.sort()
    p95 = runs[max(0, math.ceil(0.95 * len(runs)) - 1)]
    return {"first": first, "median": statistics.median(runs), "p95": p95}


def ingest_section(n_articles: int, per_article: int) -> list[str]:
    """Ingest twice into a file store; the second pass must change no table."""
    docs = synthetic(n_articles, per_article)
    lines = ["| measure | value |", "|---|---|"]
    with tempfile.TemporaryDirectory() as tmp, EventStore(Path(tmp) / "ingest.duckdb") as store:
        began = time.perf_counter()
        counts = store.ingest(docs)
        seconds = time.perf_counter() - began
        before = store.table_counts()
        began = time.perf_counter()
        again = store.ingest(docs)
        again_seconds = time.perf_counter() - began
        after = store.table_counts()
    print(f"ingest: {n_articles / seconds:.0f} articles/s, {counts.events_added / seconds:.0f} events/s")
    print(f"re-ingest: {again.to_dict()}")
    print("table counts after ingest -> after re-ingest:")
    for table in before:
        mark = "" if before[table] == after.get(table) else "   <-- CHANGED"
        print(f"  {table:<18} {before[table]:>8} -> {after.get(table, 0):>8}{mark}")
    if before != after or again.articles_added or again.articles_replaced or again.events_added:
        raise SystemExit(f"FAIL: re-ingesting the same {n_articles} articles changed the store: "
                         f"{before} -> {after}; {again.to_dict()}")
    lines += [
        f"| ingest, file store, one transaction per article | {n_articles / seconds:.0f} articles/s, "
        f"{counts.events_added / seconds:.0f} events/s |",
        f"| re-ingest of the same articles (all skipped) | {n_articles / again_seconds:.0f} articles/s |",
        "| table counts unchanged by the re-ingest | yes: " + ", ".join(f"{t} {n}" for t, n in after.items()) + " |",
        f"| canonical events / event mentions | {after['canonical_events']} / {after['events']} |",
    ]
    return lines


def query_section(path: Path, *, repeats: int, compare_exact: bool) -> tuple[list[str], dict[str, Any]]:
    """Time the queries on the synthetic store at ``path``; returns table lines and facts."""
    with EventStore(path, read_only=True) as store:
        if not canonical_pairs_current(store):
            raise SystemExit(f"{path}: the canonical_pairs aggregate is not current (rebuild it)")
        con = store.connection
        events = con.execute("SELECT count(*) FROM events").fetchone()[0]
        dyad_events = con.execute("SELECT count(*) FROM event_dyads WHERE actor_key = ? AND recipient_key = ?",
                                  list(DYAD)).fetchone()[0]
        month, year = ("2019-03", "2019-03"), ("2019", "2019")
        dyad = f"`dyad_timeline('{DYAD_NAMES[0]}', '{DYAD_NAMES[1]}'{{}})` (one dyad by month, {dyad_events:,} events)"
        aggregated: list[tuple[str, Callable[..., Any]]] = [
            (dyad, lambda **kw: dyad_timeline(store, *DYAD_NAMES, **kw)),
            (f"`timeline('{DYAD_NAMES[0]}'{{}})` (one actor by month)", lambda **kw: timeline(store, DYAD_NAMES[0], **kw)),
            ("`network(date_from='2019-03', date_to='2019-03'{})` (one month)",
             lambda **kw: network(store, date_from=month[0], date_to=month[1], **kw)),
            ("`network(date_from='2019', date_to='2019'{})` (one year)",
             lambda **kw: network(store, date_from=year[0], date_to=year[1], **kw)),
            ("`top_network(date_from='2019', date_to='2019'{})` (300 nodes, as /api/network)",
             lambda **kw: top_network(store, date_from=year[0], date_to=year[1], **kw)),
        ]
        queries: list[tuple[str, Callable[[], Any]]] = [
            (f"one dyad, `query_events(actor='{DYAD_NAMES[0]}', recipient='{DYAD_NAMES[1]}', limit=None)`",
             lambda: query_events(store, actor=DYAD_NAMES[0], recipient=DYAD_NAMES[1], limit=None)),
            ("counts by month and type, SQL over `events` (counted mentions, all years)",
             lambda: con.execute(COUNTS_BY_MONTH_AND_TYPE, list(ALL_YEARS)).fetchall()),
            ("counts by month and type, `counts_by_month()` (canonical events, all years)",
             lambda: counts_by_month(store)),
        ]
        for label, fn in aggregated:
            queries.append((label.format(""), fn))
            if compare_exact:
                queries.append((label.format(", exact=True"), lambda fn=fn: fn(exact=True)))
        sizes = {}
        for label, (date_from, date_to) in (("month", month), ("year", year)):
            graph = network(store, date_from=date_from, date_to=date_to)
            sizes[label] = (graph.nodes.num_rows, graph.edges.num_rows)   # its Arrow tables: no dicts built
        gc.collect()
        load_before = os.getloadavg()
        lines = ["| query | median | p95 | first run |", "|---|---|---|---|"]
        slow = []
        for name, fn in queries:
            result = timings(fn, repeats=repeats)
            print(f"{name:<100} median {result['median']:8.0f} ms  p95 {result['p95']:8.0f} ms  "
                  f"first {result['first']:8.0f} ms", flush=True)
            lines.append(f"| {name} | {result['median']:.0f} ms | {result['p95']:.0f} ms | {result['first']:.0f} ms |")
            if result["median"] >= 1000:
                slow.append(name.split(" (")[0])
        load_after = os.getloadavg()
    facts = {"events": events, "load": (load_before, load_after), "slow": slow, "queries": len(queries),
             "network_sizes": sizes}
    return lines, facts


def icews_section(*, repeats: int) -> list[str]:
    lines = ["| ICEWS14 (real history) | median | p95 | first run |", "|---|---|---|---|"]
    with tempfile.TemporaryDirectory() as tmp, EventStore(Path(tmp) / "icews.duckdb") as store:
        began = time.perf_counter()
        imported = import_icews_quadruples(store, ICEWS14)
        lines.insert(0, f"ICEWS14 import: {imported:,} events in {time.perf_counter() - began:.1f} s.\n")
        for name, fn in [
            ("`query_events(actor='CHN', recipient='USA', limit=100)`",
             lambda: query_events(store, actor="CHN", recipient="USA", limit=100)),
            ("`query_events(event_type='ASSAULT', date_from='2014-06', limit=1000)`",
             lambda: query_events(store, event_type="ASSAULT", date_from="2014-06")),
            ("`timeline('Barack Obama')`", lambda: timeline(store, "Barack Obama")),
            ("`network()` over all", lambda: network(store)),
        ]:
            result = timings(fn, repeats=repeats)
            lines.append(f"| {name} | {result['median']:.0f} ms | {result['p95']:.0f} ms | {result['first']:.0f} ms |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300, help="synthetic articles to ingest (default 300)")
    parser.add_argument("--events-per-article", type=int, default=5)
    parser.add_argument("--events", type=int, default=1_000_000,
                        help="event mentions in the synthetic query store (default 1,000,000)")
    parser.add_argument("--actors", type=int, default=5_000)
    parser.add_argument("--repeats", type=int, default=7, help="measured runs per query (default 7)")
    parser.add_argument("--db", help="synthetic store path (default: a temporary file); an existing store is "
                                     "reused as it is")
    parser.add_argument("--no-icews", action="store_true", help="skip the ICEWS14 part")
    parser.add_argument("--compare-exact", action="store_true",
                        help="also time the network and timelines with exact=True (the joins; slow)")
    parser.add_argument("--write-docs", action="store_true", help=f"write the tables into {DOCS}")
    args = parser.parse_args()

    ingest_lines = ingest_section(args.articles, args.events_per_article)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "bench.duckdb"
        build = prepare_store(path, events=args.events, actors=args.actors)
        size_mb = path.stat().st_size / 1e6
        print(f"synthetic store: {build}, {size_mb:.0f} MB", flush=True)
        query_lines, facts = query_section(path, repeats=args.repeats, compare_exact=args.compare_exact)
    icews_lines = icews_section(repeats=args.repeats) if ICEWS14.exists() and not args.no_icews else []

    (load_before, load_after) = facts["load"]
    sizes = facts["network_sizes"]
    command = "PYTHONPATH=src python benchmarks/store_bench.py " + " ".join(sys.argv[1:])
    text = "\n".join([
        f"Measured {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC with `{command.strip()}` on "
        f"{platform.machine()}, {os.cpu_count()} cores, DuckDB {_duckdb_version()}, shared with other work "
        f"(load average {load_before[0]:.1f} before the queries, {load_after[0]:.1f} after), so expect variation.",
        "",
        f"Ingest: {args.articles} synthetic articles of {args.events_per_article} events each, "
        "then the same articles again:",
        "",
        *ingest_lines,
        "",
        f"Queries on a synthetic store of {facts['events']:,} event mentions ({args.actors:,} actors, "
        f"{size_mb:.0f} MB; {build}; `benchmarks/api_latency.py`'s builder), {args.repeats} measured runs each "
        "after one unmeasured first run; p95 is the nearest rank, so with few runs it is the slowest. "
        "Rows marked `exact=True` are the same call on the joins the `canonical_pairs` aggregate replaces "
        f"(same results). The one-month network has {sizes['month'][0]:,} nodes and "
        f"{sizes['month'][1]:,} edges, the one-year network {sizes['year'][0]:,} nodes and {sizes['year'][1]:,} edges.",
        "",
        *query_lines,
        "",
        (f"Median under one second: {facts['queries'] - len(facts['slow'])} of {facts['queries']} queries; "
         "one second or more: " + "; ".join(facts["slow"]) + ".") if facts["slow"]
        else f"Median under one second: all {facts['queries']} queries.",
        *(["", *icews_lines] if icews_lines else []),
    ])
    print()
    print(text)
    if args.write_docs:
        write_docs(text)


def prepare_store(path: Path, *, events: int, actors: int) -> str:
    """Build the synthetic store (and its aggregate), or migrate a reused one; says which, and how long."""
    if path.exists():
        began = time.perf_counter()
        with EventStore(path) as store:   # applies new migrations (backfilling the aggregate)
            current = canonical_pairs_current(store)
            if not current:
                rebuild_canonical_pairs(store)
        return (f"reused an existing store, opened for writing in {time.perf_counter() - began:.0f} s "
                f"(migrations{'' if current else ', aggregate rebuilt'})")
    seconds = build_store(path, events=events, actors=actors)
    began = time.perf_counter()
    with EventStore(path) as store:
        rebuild_canonical_pairs(store)
    return f"built in {seconds:.0f} s, its `canonical_pairs` aggregate in {time.perf_counter() - began:.0f} s"


def write_docs(text: str) -> None:
    current = DOCS.read_text(encoding="utf-8")
    if START not in current or END not in current:
        raise SystemExit(f"{DOCS} has no {START} ... {END} markers: add them where the numbers belong")
    updated = re.sub(re.escape(START) + ".*?" + re.escape(END), lambda _m: f"{START}\n{text}\n{END}", current,
                     flags=re.S)
    DOCS.write_text(updated, encoding="utf-8")
    print(f"wrote the numbers into {DOCS}")


def _duckdb_version() -> str:
    import duckdb

    return duckdb.__version__


if __name__ == "__main__":
    main()
