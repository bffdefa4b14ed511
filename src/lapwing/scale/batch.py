"""Coding a chunk of articles in one process: stage by stage over the whole chunk, so a stage that
can work on many articles at once (spaCy's ``nlp.pipe``) gets them all in one call.

A stage opts in by offering ``pipe(docs: list[CodedArticle]) -> list[CodedArticle]`` beside
``__call__``; the result must equal ``[stage(doc) for doc in docs]``. A failure of one article
becomes a :class:`~lapwing.model.Rejection` with reason ``coding_error`` (or ``timeout`` past
the per-document time limit), and the rest of the chunk goes on.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from ..config import Config
from ..limits import DocumentTimeout, time_limit
from ..model import Article, CodedArticle, Rejection
from ..pipeline import Pipeline, Stage

#: The reason of a rejection for an article the pipeline failed on.
CODING_ERROR = "coding_error"
#: The reason of a rejection for an article that took longer than the per-document time limit.
TIMEOUT = "timeout"


def coding_error(article: Article, exc: BaseException | str) -> Rejection:
    """The rejection of an article that could not be coded."""
    what = exc if isinstance(exc, str) else f"{type(exc).__name__}: {exc}"
    return Rejection(
        reason=CODING_ERROR,
        message=f"{article.origin or article.id}: article {article.id!r} could not be coded: {what}",
        path=(article.origin or "").rsplit(":", 1)[0], field=None, record=article.text[:2000])


def coding_timeout(article: Article, exc: DocumentTimeout) -> Rejection:
    """The rejection of an article whose coding took longer than the per-document limit."""
    return Rejection(
        reason=TIMEOUT, message=f"{article.origin or article.id}: article {article.id!r} {exc.message}",
        path=(article.origin or "").rsplit(":", 1)[0], field=None, record=article.text[:2000])


def time_limit_of(config: Config) -> float | None:
    """The per-document time limit the configuration sets (``pipeline.doc_time_limit_s``; 0: none)."""
    seconds = float(config.get("pipeline", {}).get("doc_time_limit_s", 0) or 0)
    return seconds if seconds > 0 else None


def code_chunk(pipeline: Pipeline, items: Sequence[Article | Rejection], *,
               time_limit_s: float | None = None) -> list[CodedArticle | Rejection]:
    """Code ``items`` with ``pipeline``; rejections pass through; the output keeps the input order.

    With ``time_limit_s``, each article has that many seconds for all its stages: a stage run over
    the whole chunk gets the chunk's remaining budget, and when it runs out the stage is run again
    article by article, each within what is left of its own budget; an article over its budget
    becomes a rejection with reason ``timeout``.
    """
    results: list[CodedArticle | Rejection | None] = [item if isinstance(item, Rejection) else None
                                                      for item in items]
    alive: list[tuple[int, CodedArticle]] = [(i, CodedArticle(article=item)) for i, item in enumerate(items)
                                             if isinstance(item, Article)]
    budget = {i: time_limit_s for i, _ in alive} if time_limit_s else None
    for stage in pipeline.stages:
        if not alive:
            break
        alive = _run_stage(stage, alive, results, items, budget)
    for i, doc in alive:
        results[i] = doc
    return results  # type: ignore[return-value]  # every slot is filled by now


def _run_stage(stage: Stage, alive: list[tuple[int, CodedArticle]],
               results: list[CodedArticle | Rejection | None],
               items: Sequence[Article | Rejection],
               budget: dict[int, float | None] | None) -> list[tuple[int, CodedArticle]]:
    batch = _batch_method(stage)
    if batch is not None and len(alive) > 1:
        allowed = min(budget[i] for i, _ in alive) * len(alive) if budget else None  # type: ignore[operator]
        started = time.monotonic()
        try:
            with time_limit(allowed, what="coding"):
                done = list(batch([doc for _, doc in alive]))
        except Exception:  # noqa: BLE001 - one bad or slow article spoils the batch; redo one by one
            done = None
        if done is not None and len(done) == len(alive):
            if budget:
                share = (time.monotonic() - started) / len(alive)
                for i, _ in alive:
                    budget[i] -= share  # type: ignore[operator]
            return [(i, doc.replace(stages=doc.stages + (stage.name,))) for (i, _), doc in zip(alive, done)]
    survivors = []
    for i, doc in alive:
        started = time.monotonic()
        try:
            with time_limit(max(budget[i], 0.001) if budget else None, what="coding"):  # type: ignore[type-var]
                doc = stage(doc)
        except DocumentTimeout as exc:
            results[i] = coding_timeout(items[i], exc)  # type: ignore[arg-type]
            continue
        except Exception as exc:  # noqa: BLE001 - recorded as a rejection with its reason, never lost
            results[i] = coding_error(items[i], exc)  # type: ignore[arg-type]
            continue
        if budget:
            budget[i] -= time.monotonic() - started  # type: ignore[operator]
        survivors.append((i, doc.replace(stages=doc.stages + (stage.name,))))
    return survivors


def _batch_method(stage: Stage) -> Callable[[list[CodedArticle]], Any] | None:
    method = getattr(stage, "pipe", None)
    return method if callable(method) else None
