"""Library entry points behind the CLI commands: read, code, write, count."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
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


def extract(inputs: list[str], *, out: TextIO, config: Config | None = None,
            date: dt.date | None = None, entities: bool = False,
            rejects: TextIO | None = None, pipeline: Pipeline | None = None,
            workers: int | None = 1, quiet: bool = True) -> Any:
    """Code ``inputs`` and write JSON Lines to ``out``: one object per event, or per article with
    ``entities=True``. Rejected documents go to ``rejects`` (JSON Lines) when given. ``workers``
    processes code in parallel (None: every core), keeping the input order; a progress bar shows
    on a terminal unless ``quiet``. Returns the run's counts (read, coded, rejected by reason,
    events written)."""
    from .ingest.counts import RunCounts
    from .scale.local import code_in_parallel
    from .scale.progress import progress
    from .scale.slim import events_only, without_tokens

    config = config if config is not None else load_config()
    counts = RunCounts()
    events_written = 0
    # the workers send back only what is written: no tokens, and with events only, no mentions
    coded = code_in_parallel(read_articles(inputs, config=config, date=date), config=config,
                             workers=workers, counts=counts, pipeline=pipeline,
                             slim=without_tokens if entities else events_only)
    for item in progress(coded, quiet=quiet, unit="article"):
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
           pipeline: Pipeline | None = None, workers: int | None = 1, quiet: bool = True) -> IngestRun:
    """Code ``inputs`` and store them in the DuckDB event store at ``db``.

    Articles already stored with the same text are skipped before coding (so an interrupted
    ingest, run again, continues where it stopped); ``recode=True`` codes and replaces them.
    Each article is written in one transaction: a killed run leaves whole articles only.
    ``workers`` and ``quiet`` as for :func:`extract`.
    """
    from .ingest.counts import RunCounts
    from .scale.local import code_in_parallel
    from .scale.progress import progress
    from .scale.resume import SkipStored
    from .scale.slim import without_tokens
    from .store import EventStore
    from .store.writer import IngestCounts

    config = config if config is not None else load_config()
    counts = RunCounts()
    run = IngestRun(counts=counts)
    totals = dict.fromkeys(IngestCounts.__dataclass_fields__, 0)
    with EventStore(db, link_window_days=config["store"]["link_window_days"]) as store:
        items = read_articles(inputs, config=config, date=date)
        skip = SkipStored(store.has_article)
        if not recode:
            items = skip(items)
        coded = code_in_parallel(items, config=config, workers=workers, counts=counts, pipeline=pipeline,
                                 slim=without_tokens)  # the store keeps no tokens
        for item in progress(coded, quiet=quiet, unit="article"):
            if isinstance(item, Rejection):
                if rejects is not None:
                    rejects.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
                continue
            for name, value in store.ingest([item], recode=recode).to_dict().items():
                totals[name] += value
        counts.skipped = skip.skipped
    run.store = IngestCounts(**totals)
    return run


def code_text(text: str, *, date: dt.date, article_id: str = "text",
              pipeline: Pipeline | None = None) -> CodedArticle:
    """Code one text given directly (``lapwing explain``, the HTTP API)."""
    pipeline = pipeline or Pipeline.from_config(load_config())
    return pipeline.run(Article(id=article_id, date=date, text=text))
