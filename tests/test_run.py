"""Coding a stream of articles: per-document time limit and failures become rejections."""
import datetime as dt
import time

from lapwing.ingest.counts import RunCounts
from lapwing.model import Article, CodedArticle, Rejection
from lapwing.pipeline import Pipeline
from lapwing.scale.local import code_in_parallel


class SlowOnWord:
    """A stage that hangs on articles containing 'slow' and fails on those containing 'boom'."""

    name = "segment.slow.v1"
    requires = ("article",)
    assigns = ("sentences",)

    def __call__(self, doc: CodedArticle) -> CodedArticle:
        if "boom" in doc.article.text:
            raise ValueError("boom")
        if "slow" in doc.article.text:
            time.sleep(5)
        return doc

    def info(self):
        return {}


def article(i: int, text: str) -> Article:
    return Article(id=f"a{i}", date=dt.date(2020, 1, 1), text=text, origin=f"in.jsonl:{i}")


def test_slow_and_failing_articles_become_rejections_and_the_batch_goes_on():
    """Per-document time limit and failures, on the chunked path every run takes."""
    counts = RunCounts()
    items = [article(1, "fine"), article(2, "slow"), article(3, "boom"), article(4, "fine")]
    started = time.perf_counter()
    config = {"pipeline": {"doc_time_limit_s": 0.3}}
    out = list(code_in_parallel(items, config=config, workers=1, counts=counts,
                                pipeline=Pipeline([SlowOnWord()])))
    assert time.perf_counter() - started < 3
    assert [type(o).__name__ for o in out] == ["CodedArticle", "Rejection", "Rejection", "CodedArticle"]
    timeout, error = out[1], out[2]
    assert isinstance(timeout, Rejection) and timeout.reason == "timeout"
    assert timeout.message == "in.jsonl:2: article 'a2' coding took longer than the time limit of 0.3 s"
    assert isinstance(error, Rejection) and error.reason == "coding_error"
    assert "ValueError: boom" in error.message
    assert counts.summary() == "read 4 documents: 2 coded, 2 rejected (coding_error: 1, timeout: 1)"
