"""Library entry points behind the CLI commands: read, code, write, count."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from .config import Config, load_config
from .model import Article, CodedArticle, Rejection
from .output import entities_json, event_json
from .pipeline import Pipeline
from .registry import Registry, default_registry


def read_articles(inputs: list[str], *, config: Config, date: dt.date | None = None,
                  registry: Registry | None = None) -> Iterator[Article | Rejection]:
    """Articles (and rejections) from files, directories, ``-`` (stdin) and ``.gz`` files."""
    registry = registry or default_registry()
    reader = registry.get("ingest", config["ingest"]["impl"])(config["ingest"], config)
    yield from reader.read(inputs, date=date)


def code_articles(items: Iterable[Article | Rejection], *, pipeline: Pipeline, counts: Any,
                  time_limit_s: float | None = None) -> Iterator[CodedArticle | Rejection]:
    """Run the pipeline on each article; a failure of one article, or coding that takes longer
    than ``time_limit_s``, becomes a rejection (reason ``coding_error`` or ``timeout``) and the
    rest go on."""
    from .limits import DocumentTimeout, time_limit

    for item in items:
        if isinstance(item, Rejection):
            counts.count_rejected(item)
            yield item
            continue
        try:
            with time_limit(time_limit_s, what="coding"):
                doc = pipeline.run(item)
        except DocumentTimeout as exc:
            rejection = Rejection(
                reason="timeout", message=f"{item.origin or item.id}: article {item.id!r} {exc.message}",
                path=(item.origin or "").rsplit(":", 1)[0], field=None, record=item.text[:2000])
            counts.count_rejected(rejection)
            yield rejection
            continue
        except Exception as exc:  # noqa: BLE001 - recorded as a rejection with its reason, never lost
            rejection = Rejection(
                reason="coding_error",
                message=f"{item.origin or item.id}: article {item.id!r} could not be coded: "
                        f"{type(exc).__name__}: {exc}",
                path=(item.origin or "").rsplit(":", 1)[0], field=None, record=item.text[:2000])
            counts.count_rejected(rejection)
            yield rejection
            continue
        counts.count_coded()
        yield doc


def _time_limit(config: Config) -> float | None:
    seconds = float(config["pipeline"]["doc_time_limit_s"])
    return seconds if seconds > 0 else None


def extract(inputs: list[str], *, out: TextIO, config: Config | None = None,
            date: dt.date | None = None, entities: bool = False,
            rejects: TextIO | None = None, pipeline: Pipeline | None = None) -> Any:
    """Code ``inputs`` and write JSON Lines to ``out``: one object per event, or per article with
    ``entities=True``. Rejected documents go to ``rejects`` (JSON Lines) when given. Returns the
    run's counts (read, coded, rejected by reason, events written)."""
    from .ingest.counts import RunCounts

    config = config if config is not None else load_config()
    pipeline = pipeline or Pipeline.from_config(config)
    counts = RunCounts()
    events_written = 0
    for item in code_articles(read_articles(inputs, config=config, date=date),
                              pipeline=pipeline, counts=counts, time_limit_s=_time_limit(config)):
        if isinstance(item, Rejection):
            if rejects is not None:
                rejects.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
            continue
        if entities:
            out.write(json.dumps(entities_json(item), ensure_ascii=False) + "\n")
        else:
            for event in item.events:
                out.write(json.dumps(event_json(event), ensure_ascii=False) + "\n")
                events_written += 1
    counts.events = events_written
    return counts


@dataclass
class IngestRun:
    """What ``lapwing ingest`` did: documents read/coded/rejected, and what the store added."""

    counts: Any
    store: Any = None

    def summary(self) -> str:
        line = self.counts.summary()
        if self.store is not None:
            s = self.store
            line += (f"; stored {s.articles_added} new and {s.articles_replaced} replaced articles, "
                     f"{s.events_added} events ({s.events_linked} linked to earlier reports)")
        return line


def ingest(inputs: list[str], *, db: str | Path, config: Config | None = None,
           date: dt.date | None = None, recode: bool = False, rejects: TextIO | None = None,
           pipeline: Pipeline | None = None) -> IngestRun:
    """Code ``inputs`` and store them in the DuckDB event store at ``db``.

    Articles already stored with the same text are skipped before coding (so an interrupted
    ingest, run again, continues where it stopped); ``recode=True`` codes and replaces them.
    Each article is written in one transaction: a killed run leaves whole articles only.
    """
    from .ingest.counts import RunCounts
    from .store import EventStore
    from .store.writer import IngestCounts

    config = config if config is not None else load_config()
    counts = RunCounts()
    run = IngestRun(counts=counts)
    totals = dict.fromkeys(IngestCounts.__dataclass_fields__, 0)
    with EventStore(db, link_window_days=config["store"]["link_window_days"]) as store:
        def fresh(items: Iterable[Article | Rejection]) -> Iterator[Article | Rejection]:
            for item in items:
                if not recode and isinstance(item, Article) and store.has_article(item.id, item.text):
                    counts.skipped += 1
                    continue
                yield item

        pipeline = pipeline or Pipeline.from_config(config)
        for item in code_articles(fresh(read_articles(inputs, config=config, date=date)),
                                  pipeline=pipeline, counts=counts, time_limit_s=_time_limit(config)):
            if isinstance(item, Rejection):
                if rejects is not None:
                    rejects.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
                continue
            for name, value in store.ingest([item], recode=recode).to_dict().items():
                totals[name] += value
    run.store = IngestCounts(**totals)
    return run


def code_text(text: str, *, date: dt.date, article_id: str = "text",
              pipeline: Pipeline | None = None) -> CodedArticle:
    """Code one text given directly (``lapwing explain``, the HTTP API)."""
    pipeline = pipeline or Pipeline.from_config(load_config())
    return pipeline.run(Article(id=article_id, date=date, text=text))
