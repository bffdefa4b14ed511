"""Slimming a coded article to what its consumer reads, before a worker sends it back.

A coded 500-word article is about 65 KB pickled, and more than half of it is its tokens (text,
offsets, lemma, tags, parse), which the stages need and no output reads. Passing one of these as
``code_in_parallel(..., slim=...)`` runs it on each coded article in the worker (and in the
calling process when there are no workers, so the results do not depend on the number of
workers):

| slim | keeps | drops | enough for |
|---|---|---|---|
| :func:`without_tokens` | the article, sentences (offsets and text), mentions, times, events, stages | the sentences' tokens | the store (``lapwing ingest``), ``lapwing extract`` with or without ``--entities`` |
| :func:`events_only` | the article, events, stages | sentences, mentions, times | ``lapwing extract`` (one object per event) |

Each is a top-level function, so that it can be handed to a spawned worker.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from ..model import CodedArticle

Slim = Callable[[CodedArticle], CodedArticle]


def without_tokens(doc: CodedArticle) -> CodedArticle:
    """The coded article with its sentences' tokens dropped (sentence offsets and text kept)."""
    return doc.replace(sentences=tuple(sent.replace(tokens=()) for sent in doc.sentences))


def events_only(doc: CodedArticle) -> CodedArticle:
    """The article, its events and the names of the stages that ran; nothing else."""
    return CodedArticle(article=doc.article, events=doc.events, stages=doc.stages)


#: The slims by name (the benchmark's ``--slim``): ``none`` sends the whole coded article.
SLIMS: Mapping[str, Slim | None] = MappingProxyType(
    {"none": None, "tokens": without_tokens, "events": events_only})
