"""Resuming a long run: skip, before coding, the articles the store already holds.

The store is idempotent by article id (an article stored with the same id and text is skipped,
see :mod:`lapwing.store.writer`), but it can only tell after the article was coded. Filtering the
input first makes a rerun of an interrupted ``lapwing ingest`` cost only the articles not yet
stored:

    skip = SkipStored(store.has_article)
    docs = code_in_parallel(skip(read_articles(inputs, config=config)), config=config)
    store.ingest(doc for doc in docs if not isinstance(doc, Rejection))
    skip.skipped   # how many articles were already there
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from ..model import Article, Rejection


class SkipStored:
    """Drops articles for which ``has_article(article_id, text)`` is true; rejections pass."""

    def __init__(self, has_article: Callable[[str, str], bool]) -> None:
        self.has_article = has_article
        self.skipped = 0

    def __call__(self, items: Iterable[Article | Rejection]) -> Iterator[Article | Rejection]:
        for item in items:
            if isinstance(item, Article) and self.has_article(item.id, item.text):
                self.skipped += 1
                continue
            yield item
