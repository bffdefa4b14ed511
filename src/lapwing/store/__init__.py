"""The event store: coded articles in an embedded DuckDB database, one event per happening,
queries, the actor network, timelines and exports (see docs/store.md).

    from lapwing.store import EventStore, query_events
    with EventStore("events.duckdb") as store:
        store.ingest(coded_articles)
        table = query_events(store, actor="RUS", event_type="ASSAULT")
"""
from __future__ import annotations

from .database import EventStore
from .exports import (POLECAT_COLUMNS, QUADRUPLE_COLUMNS, export_parquet, export_plover_jsonl,
                      export_polecat_tsv, export_quadruples)
from .gdelt import GDELT_COLUMNS, ICEWS_COLUMNS, export_gdelt_events, export_icews_tsv
from .aggregates import canonical_pairs_current, rebuild_canonical_pairs
from .icews_import import import_icews_quadruples
from .network import network, top_network, write_graphml, write_network_json
from .queries import query_events, query_events_df
from .timelines import counts_by_month, dyad_timeline, timeline
from .writer import IngestCounts

__all__ = [
    "EventStore", "IngestCounts", "query_events", "query_events_df", "timeline", "dyad_timeline",
    "counts_by_month", "network", "top_network", "rebuild_canonical_pairs", "canonical_pairs_current",
    "write_graphml", "write_network_json", "export_plover_jsonl", "export_polecat_tsv",
    "export_gdelt_events", "export_icews_tsv", "export_parquet", "export_quadruples",
    "import_icews_quadruples", "POLECAT_COLUMNS", "GDELT_COLUMNS", "ICEWS_COLUMNS", "QUADRUPLE_COLUMNS",
]
