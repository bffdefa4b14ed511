"""Feeding bad input through the readers and the whole pipeline, and counting what came out.

Used by the tests in this folder and by ``scripts/reliability_report.py``. Documents are coded
by the same path as ``lapwing extract`` (``lapwing.scale.local.code_in_parallel``) under the
per-document time limit; a document over the limit becomes a rejection with reason ``timeout``
and the batch goes on.
Every coded document is also written as JSON (as ``lapwing extract`` does) and stored in an
in-memory event store (as ``lapwing ingest`` does), so a text that breaks output or storage is
caught too.
"""
from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from reliability_corpus import Case

from lapwing.config import Config
from lapwing.model import Article, CodedArticle, Rejection
from lapwing.output import entities_json, event_json
from lapwing.pipeline import Pipeline
from lapwing.run import read_articles


@dataclass
class Outcome:
    """What a round did: documents read, coded, rejected by reason; the errors (should be none)."""

    files: int = 0
    coded: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)       # coding, output or store failures
    article_ids: set[str] = field(default_factory=set)    # distinct ids coded (what a store keeps)
    slowest_s: float = 0.0
    slowest: str = ""
    seconds: float = 0.0

    @property
    def documents(self) -> int:
        return self.coded + sum(self.rejected.values())

    def add(self, other: Outcome) -> None:
        self.files += other.files
        self.coded += other.coded
        self.rejected.update(other.rejected)
        self.errors += other.errors
        self.article_ids |= other.article_ids
        self.seconds += other.seconds
        if other.slowest_s > self.slowest_s:
            self.slowest_s, self.slowest = other.slowest_s, other.slowest


def write_cases(cases: Iterable[Case], folder: Path) -> list[Case]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for case in cases:
        (folder / case.name).write_bytes(case.data)
        written.append(case)
    return written


def check_coded(doc: CodedArticle) -> list[str]:
    """Offsets that point into the text, and output that serialises: what a coded article owes."""
    problems = []
    text = doc.article.text
    for sent in doc.sentences:
        if text[sent.start_char:sent.end_char] != sent.text:
            problems.append(f"sentence {sent.index} offsets do not match its text")
        for token in sent.tokens:
            if text[token.start_char:token.end_char] != token.text:
                problems.append(f"token {token.i} offsets do not match its text")
                break
    for mention in doc.mentions:
        if not 0 <= mention.start_char <= mention.end_char <= len(text):
            problems.append(f"mention {mention.text!r} has offsets outside the text")
    for event in doc.events:
        if not 0 <= event.start_char <= event.end_char <= len(text):
            problems.append(f"event {event.id} has offsets outside the text")
    try:
        json.dumps(entities_json(doc), ensure_ascii=False).encode("utf-8")
        for event in doc.events:
            json.dumps(event_json(event), ensure_ascii=False).encode("utf-8")
    except (TypeError, ValueError) as exc:
        problems.append(f"output cannot be written: {type(exc).__name__}: {exc}")
    return problems


def code_items(items: Iterable[Article | Rejection], *, pipeline: Pipeline,
               time_limit_s: float | None, store=None) -> Outcome:
    """Code each article as ``lapwing extract`` does (``code_in_parallel`` in this process, one
    article per chunk so each is timed alone), store it, and count everything."""
    from lapwing.scale.local import code_in_parallel

    outcome = Outcome()
    started = time.monotonic()
    config = {"pipeline": {"doc_time_limit_s": time_limit_s or 0}}
    begun = time.monotonic()
    for result in code_in_parallel(items, config=config, workers=1, chunk_size=1, pipeline=pipeline):
        took, begun = time.monotonic() - begun, time.monotonic()
        if isinstance(result, Rejection):
            outcome.rejected[result.reason] += 1
            if result.reason == "coding_error":  # a bug found: counted and reported, never hidden
                outcome.errors.append(f"coding_error {result.message}")
            if result.reason not in ("coding_error", "timeout"):
                continue
        if took > outcome.slowest_s:
            outcome.slowest_s = took
            outcome.slowest = result.message.split(":", 2)[0] if isinstance(result, Rejection) \
                else result.article.origin or result.article.id
        if isinstance(result, Rejection):
            continue
        doc = result
        outcome.coded += 1
        outcome.article_ids.add(doc.article.id)
        outcome.errors += [f"{doc.article.origin}: {problem}" for problem in check_coded(doc)]
        if store is not None:
            try:
                store.ingest([doc])
            except Exception as exc:  # noqa: BLE001 - a store bug found: counted and reported
                outcome.errors.append(f"{doc.article.origin}: store {type(exc).__name__}: {exc}")
    outcome.seconds = time.monotonic() - started
    return outcome


def run_cases(cases: list[Case], folder: Path, *, config: Config, pipeline: Pipeline,
              time_limit_s: float | None = 30.0, store=None) -> Outcome:
    """Write ``cases`` into ``folder``, read the folder as ``lapwing extract DIR`` would, code."""
    write_cases(cases, folder)
    outcome = code_items(read_articles([str(folder)], config=config), pipeline=pipeline,
                         time_limit_s=time_limit_s, store=store)
    outcome.files = len(cases)
    return outcome


def reader_documents(case: Case, folder: Path, *, config: Config) -> list[Article | Rejection]:
    path = folder / case.name
    path.write_bytes(case.data)
    return list(read_articles([str(path)], config=config))
