"""Event-store speed: ingest rate of synthetic coded articles, and query latency on the ICEWS14
history when ../shared is present. Prints a Markdown table for docs/store.md.

    PYTHONPATH=src python benchmarks/store_bench.py --articles 1000
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from lapwing.model import Actor, Article, CodedArticle, Event, Mention
from lapwing.store import EventStore, import_icews_quadruples, network, query_events, timeline

ICEWS14 = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "tkg-icews-gdelt" / "ICEWS14"
COUNTRIES = ["RUS", "UKR", "USA", "CHN", "FRA", "DEU", "IRN", "ISR", "TUR", "IND"]
TYPES = [("ASSAULT", 4, "190"), ("ACCUSE", 3, "112"), ("AID", 2, "070"), ("CONSULT", 1, "040")]


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


def timed(fn, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--events-per-article", type=int, default=5)
    args = parser.parse_args()
    docs = synthetic(args.articles, args.events_per_article)
    rows = []
    with tempfile.TemporaryDirectory() as tmp, EventStore(Path(tmp) / "bench.duckdb") as store:
        start = time.perf_counter()
        counts = store.ingest(docs)
        seconds = time.perf_counter() - start
        rows.append(("ingest (file store, one transaction per article)",
                     f"{args.articles / seconds:.0f} articles/s, {counts.events_added / seconds:.0f} events/s"))
        start = time.perf_counter()
        store.ingest(docs)
        rows.append(("re-ingest (all skipped)", f"{args.articles / (time.perf_counter() - start):.0f} articles/s"))
        rows.append(("canonical events / mentions", f"{store.table_counts()['canonical_events']} / "
                                                    f"{counts.events_added}"))
        if ICEWS14.exists():
            start = time.perf_counter()
            imported = import_icews_quadruples(store, ICEWS14)
            rows.append((f"ICEWS14 import ({imported} events)", f"{time.perf_counter() - start:.1f} s"))
            rows.append(("query_events(actor='CHN', recipient='USA', limit=100)",
                         f"{1000 * timed(lambda: query_events(store, actor='CHN', recipient='USA', limit=100)):.0f} ms"))
            rows.append(("query_events(event_type='ASSAULT', date_from='2014-06', limit=1000)",
                         f"{1000 * timed(lambda: query_events(store, event_type='ASSAULT', date_from='2014-06')):.0f} ms"))
            rows.append(("timeline('Barack Obama')", f"{1000 * timed(lambda: timeline(store, 'Barack Obama')):.0f} ms"))
            rows.append(("network() over all", f"{1000 * timed(lambda: network(store), repeat=2):.0f} ms"))
    print("| measure | value |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
