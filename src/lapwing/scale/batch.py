"""Coding a chunk of articles in one process: stage by stage over the whole chunk, so a stage that
can work on many articles at once (spaCy's ``nlp.pipe``) gets them all in one call.

A stage opts in by offering ``pipe(docs: list[CodedArticle]) -> list[CodedArticle]`` beside
``__call__``; the result must equal ``[stage(doc) for doc in docs]``. A failure of one article
becomes a :class:`~lapwing.model.Rejection` with reason ``coding_error``, exactly as
:func:`lapwing.run.code_articles` does, and the rest of the chunk goes on.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..model import Article, CodedArticle, Rejection
from ..pipeline import Pipeline, Stage

#: The reason of a rejection for an article the pipeline failed on.
CODING_ERROR = "coding_error"


def coding_error(article: Article, exc: BaseException | str) -> Rejection:
    """The rejection of an article that could not be coded (the same shape as ``run.code_articles``)."""
    what = exc if isinstance(exc, str) else f"{type(exc).__name__}: {exc}"
    return Rejection(
        reason=CODING_ERROR,
        message=f"{article.origin or article.id}: article {article.id!r} could not be coded: {what}",
        path=(article.origin or "").rsplit(":", 1)[0], field=None, record=article.text[:2000])


def code_chunk(pipeline: Pipeline, items: Sequence[Article | Rejection]) -> list[CodedArticle | Rejection]:
    """Code ``items`` with ``pipeline``; rejections pass through; the output keeps the input order."""
    results: list[CodedArticle | Rejection | None] = [item if isinstance(item, Rejection) else None
                                                      for item in items]
    alive: list[tuple[int, CodedArticle]] = [(i, CodedArticle(article=item)) for i, item in enumerate(items)
                                             if isinstance(item, Article)]
    for stage in pipeline.stages:
        if not alive:
            break
        alive = _run_stage(stage, alive, results, items)
    for i, doc in alive:
        results[i] = doc
    return results  # type: ignore[return-value]  # every slot is filled by now


def _run_stage(stage: Stage, alive: list[tuple[int, CodedArticle]],
               results: list[CodedArticle | Rejection | None],
               items: Sequence[Article | Rejection]) -> list[tuple[int, CodedArticle]]:
    batch = _batch_method(stage)
    if batch is not None and len(alive) > 1:
        try:
            done = list(batch([doc for _, doc in alive]))
        except Exception:  # noqa: BLE001 - one bad article spoils the batch; redo one by one below
            done = None
        if done is not None and len(done) == len(alive):
            return [(i, doc.replace(stages=doc.stages + (stage.name,))) for (i, _), doc in zip(alive, done)]
    survivors = []
    for i, doc in alive:
        try:
            doc = stage(doc)
        except Exception as exc:  # noqa: BLE001 - recorded as a rejection with its reason, never lost
            results[i] = coding_error(items[i], exc)  # type: ignore[arg-type]
            continue
        survivors.append((i, doc.replace(stages=doc.stages + (stage.name,))))
    return survivors


def _batch_method(stage: Stage) -> Callable[[list[CodedArticle]], Any] | None:
    method = getattr(stage, "pipe", None)
    if callable(method):
        return method
    if getattr(stage, "name", "") == "segment.spacy.v1" and hasattr(stage, "nlp"):
        # Until SpacySegmenter offers ``pipe`` itself: the same copy its __call__ makes, with
        # nlp.pipe over the chunk. tests/scale/test_batch.py checks the two agree.
        return lambda docs: _segment_with_nlp_pipe(stage, docs)
    return None


def _segment_with_nlp_pipe(stage: Any, docs: list[CodedArticle]) -> list[CodedArticle]:
    from ..segment.stage import sentences_from_spacy

    parsed = stage.nlp.pipe([doc.article.text for doc in docs], batch_size=len(docs))
    return [doc.replace(sentences=sentences_from_spacy(spacy_doc)) for doc, spacy_doc in zip(docs, parsed)]
