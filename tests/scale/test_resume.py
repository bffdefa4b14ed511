from __future__ import annotations

from scale_fakes import article, bad_record

from lapwing.scale.resume import SkipStored


def test_stored_articles_are_skipped_before_coding():
    stored = {("a1", "Article number 1."), ("a3", "an older text")}
    skip = SkipStored(lambda article_id, text: (article_id, text) in stored)
    items = [article(0), article(1), bad_record(2), article(3)]
    kept = list(skip(items))
    assert [getattr(item, "id", None) for item in kept] == ["a0", None, "a3"]  # a3's text changed
    assert skip.skipped == 1
