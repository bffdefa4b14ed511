"""A tiny pipeline for the scale tests: fast to assemble in a spawned worker (no spaCy), with
articles that fail on purpose. Importable by name in worker processes (pytest puts this folder
on sys.path, and spawned workers inherit it)."""
from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path
from typing import Any

from lapwing.model import Article, CodedArticle, Event, Rejection
from lapwing.pipeline import Pipeline

#: The example articles shipped with Lapwing.
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
#: Text that makes FailingStage raise, and text that makes it kill its process.
FAIL = "please fail"
CRASH = "please crash"


class EchoEventStage:
    """Codes one event per article, carrying the article's id and text and the worker's pid."""

    name = "test.echo.v1"
    requires = ("article",)
    assigns = ("events",)

    def __call__(self, doc: CodedArticle) -> CodedArticle:
        article = doc.article
        time.sleep(0.005)  # a little work, so that every worker gets some
        event = Event(id=f"{article.id}-1", article_id=article.id, event_type="CONSULT",
                      text=article.text, evidence=(str(os.getpid()),))
        return doc.replace(events=(event,))

    def info(self) -> dict[str, Any]:
        return {}


class FailingStage:
    """Raises on FAIL, ends its process on CRASH (as a native crash or the OOM killer would)."""

    name = "test.failing.v1"
    requires = ("events",)
    assigns = ()

    def __call__(self, doc: CodedArticle) -> CodedArticle:
        if FAIL in doc.article.text:
            raise ValueError("asked to fail")
        if CRASH in doc.article.text:
            os._exit(3)
        return doc

    def info(self) -> dict[str, Any]:
        return {}


class BatchingStage(FailingStage):
    """FailingStage with a ``pipe`` method that records the batch sizes it was given."""

    name = "test.batching.v1"

    def __init__(self) -> None:
        self.batches: list[int] = []

    def pipe(self, docs: list[CodedArticle]) -> list[CodedArticle]:
        self.batches.append(len(docs))
        return [self(doc) for doc in docs]


class FrameworksStage(EchoEventStage):
    """Codes one event whose evidence says how this process sees the frameworks of lapwing.scale.frameworks."""

    name = "test.frameworks.v1"

    def __call__(self, doc: CodedArticle) -> CodedArticle:
        import sys

        from lapwing.scale.frameworks import UNUSED_BY_BUNDLED

        seen = tuple(f"{name}:{'blocked' if sys.modules.get(name, 0) is None else 'free'}"
                     for name in UNUSED_BY_BUNDLED)
        event = Event(id=f"{doc.article.id}-1", article_id=doc.article.id, event_type="CONSULT",
                      text=doc.article.text, evidence=seen)
        return doc.replace(events=(event,))


def frameworks_pipeline(config: dict[str, Any]) -> Pipeline:
    return Pipeline([FrameworksStage()], config=config)


def fake_pipeline(config: dict[str, Any]) -> Pipeline:
    return Pipeline([EchoEventStage(), FailingStage()], config=config)


def article(number: int, text: str | None = None) -> Article:
    return Article(id=f"a{number}", date=dt.date(2024, 1, 1) + dt.timedelta(days=number % 300),
                   text=text if text is not None else f"Article number {number}.",
                   origin=f"news.jsonl:{number + 1}")


def bad_record(number: int) -> Rejection:
    return Rejection(reason="bad_json", message=f"news.jsonl:{number + 1}: not JSON",
                     path="news.jsonl", line=number + 1)


def mark_slimmed(doc: CodedArticle) -> CodedArticle:
    """A slim for the tests: leaves a mark in the names of the stages that ran."""
    return doc.replace(stages=doc.stages + ("slimmed",))


def example_articles() -> list[Article]:
    """The articles of the shipped examples (read as ``lapwing extract`` reads them)."""
    from lapwing.config import load_config
    from lapwing.run import read_articles

    return [item for item in read_articles([str(EXAMPLES)], config=load_config())
            if not isinstance(item, Rejection)]
