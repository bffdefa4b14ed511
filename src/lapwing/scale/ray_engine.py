"""Coding on a Ray cluster (or a local Ray instance) with Ray Data, writing events as Parquet.

    from lapwing.scale.ray_engine import run_ray
    summary = run_ray(["news/"], out_dir=Path("out"), config=load_config(), address="ray://head:10001")
    # out/events/*.parquet: one row per event (see lapwing.scale.parquet); DuckDB:
    #   SELECT event, count(*) FROM read_parquet('out/events/*.parquet') GROUP BY event

Each input (file or directory) is read by one Ray task with Lapwing's own reader, so every
worker must see the same paths (a shared file system or object store mount). The articles are
cut into blocks and coded by a pool of actors, each of which assembles the pipeline once.
Rejections (unreadable records, articles that failed to code) go to ``out/rejections/``.

Ray is optional: ``pip install "lapwing[ray]"``.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..config import Config
from ..errors import ConfigError, LapwingError
from ..ingest.counts import RunCounts
from ..model import Article, CodedArticle, Rejection
from .parquet import event_row, events_table

#: Articles per block handed to an actor, and per spaCy batch inside it.
DEFAULT_BATCH_SIZE = 8
#: Largest block of articles (JSON bytes) handed out at a time: about 60 news articles.
DEFAULT_BLOCK_BYTES = 256 * 1024


def run_ray(inputs: list[str], *, out_dir: Path, config: Config, num_workers: int | None = None,
            address: str | None = None, date: dt.date | None = None,
            batch_size: int = DEFAULT_BATCH_SIZE, block_bytes: int = DEFAULT_BLOCK_BYTES) -> dict[str, Any]:
    """Code ``inputs`` with Ray and write ``out_dir/events`` (and ``out_dir/rejections`` when
    there are any) as Parquet files. ``address`` is a Ray address (``"auto"``, ``"ray://host:10001"``);
    ``None`` connects to ``RAY_ADDRESS`` when it is set, else starts Ray on this machine.
    ``num_workers`` actors code (default: one per CPU of the cluster). Returns the run's counts
    (read, coded, rejected, rejected_by_reason, events) and the output paths."""
    ray = _import_ray()
    if "-" in inputs:
        raise ConfigError("standard input cannot be read by Ray workers; give files or folders",
                          code="E221")
    if not ray.is_initialized():
        ray.init(address=address, log_to_driver=False)
    workers = num_workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
    out_dir = Path(out_dir)
    events_path, rejections_path = out_dir / "events", out_dir / "rejections"

    context = ray.data.DataContext.get_current()
    saved_block_size = context.target_max_block_size
    # Small blocks (about `block_bytes` of JSON articles each), so that every actor gets work even
    # when one big file is read by one task.
    context.target_max_block_size = block_bytes
    try:
        sources = ray.data.from_items([{"input": str(Path(name).resolve())} for name in inputs],
                                      override_num_blocks=max(1, len(inputs)))
        records = sources.flat_map(_read_input, fn_kwargs={"config": config, "date": date}, num_cpus=0)
        coded = records.map_batches(
            ArticleCoder, fn_constructor_kwargs={"config": config}, batch_size=batch_size,
            batch_format="pyarrow", compute=ray.data.ActorPoolStrategy(size=workers), num_cpus=1,
        ).materialize()
    finally:
        context.target_max_block_size = saved_block_size

    counts = RunCounts()
    for row in coded.select_columns(["status", "reason"]).iter_rows():
        if row["status"] == "coded":
            counts.count_coded()
        else:
            counts.rejected[row["reason"]] += 1
    events = coded.filter(expr=_status_is("coded")).map_batches(
        _explode_events, batch_format="pyarrow", num_cpus=0)
    counts.events = events.count()
    if counts.events:
        events.write_parquet(str(events_path))
    if counts.total_rejected:
        (coded.filter(expr=_status_is("rejected")).select_columns(["reason", "record"])
         .write_parquet(str(rejections_path)))
    return {**counts.to_dict(), "workers": workers,
            "events_path": str(events_path) if counts.events else None,
            "rejections_path": str(rejections_path) if counts.total_rejected else None}


class ArticleCoder:
    """A Ray actor's work: the pipeline, assembled once, coding a batch of records at a time. As a
    local worker is replaced, the actor assembles its pipeline again after coding
    ``pipeline.worker_max_articles`` articles (docs/scale.md, "A million articles")."""

    def __init__(self, config: Config) -> None:
        from .frameworks import frameworks_to_skip, skip_frameworks
        from .local import RenewedPipeline, assemble_pipeline, limit_threads, worker_max_articles

        limit_threads()
        skip_frameworks(frameworks_to_skip(config))
        self.renewed = RenewedPipeline(lambda: assemble_pipeline(config), worker_max_articles(config))

    @property
    def pipeline(self) -> Any:
        """The pipeline the actor codes with now."""
        return self.renewed.pipeline

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        from .batch import code_chunk

        items = [_record(kind, text) for kind, text in zip(batch.column("kind").to_pylist(),
                                                           batch.column("record").to_pylist())]
        pipeline = self.renewed.for_articles(len(items))
        rows: dict[str, list[Any]] = {"status": [], "reason": [], "article_id": [], "record": [],
                                      "events": []}
        for item in code_chunk(pipeline, items):
            coded = isinstance(item, CodedArticle)
            rows["status"].append("coded" if coded else "rejected")
            rows["reason"].append(None if coded else item.reason)
            rows["article_id"].append(item.article.id if coded else None)
            rows["record"].append(None if coded else json.dumps(item.to_dict(), ensure_ascii=False))
            rows["events"].append(json.dumps([event_row(e) for e in item.events], ensure_ascii=False)
                                  if coded else "[]")
        return pa.table(rows, schema=pa.schema([(name, pa.string()) for name in rows]))


def _read_input(row: dict[str, Any], *, config: Config, date: dt.date | None) -> Iterator[dict[str, str]]:
    from ..run import read_articles

    for item in read_articles([row["input"]], config=config, date=date):
        yield {"kind": "rejection" if isinstance(item, Rejection) else "article",
               "record": json.dumps(item.to_dict(), ensure_ascii=False)}


def _record(kind: str, text: str) -> Article | Rejection:
    data = json.loads(text)
    return Rejection.from_dict(data) if kind == "rejection" else Article.from_dict(data)


def _explode_events(batch: Any) -> Any:
    rows = [row for text in batch.column("events").to_pylist() for row in json.loads(text)]
    return events_table(rows)


def _status_is(status: str) -> Any:
    try:
        from ray.data.expressions import col
    except ImportError:  # Ray before 2.50 takes the predicate as text
        return f"status == '{status}'"
    return col("status") == status


def _import_ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401 - the Data library is a separate extra of ray
    except ImportError as exc:
        raise LapwingError(f"Ray is not installed ({exc}); install it with: pip install \"lapwing[ray]\"",
                           code="E222") from None
    return ray
