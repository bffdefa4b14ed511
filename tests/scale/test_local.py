from __future__ import annotations

import os

import pytest
from scale_fakes import CRASH, FAIL, article, bad_record, fake_pipeline

from lapwing.errors import ConfigError
from lapwing.ingest.counts import RunCounts
from lapwing.model import CodedArticle, Rejection
from lapwing.scale.local import chunked, code_in_parallel


def ids(results):
    return [r.article.id if isinstance(r, CodedArticle) else r.message.split(":")[0] + ":" + r.reason
            for r in results]


@pytest.mark.parametrize("workers", [1, 2])
def test_order_is_kept_and_rejections_pass_through(workers):
    items = [article(i) for i in range(23)]
    items.insert(5, bad_record(99))
    results = list(code_in_parallel(items, config={}, workers=workers, chunk_size=3,
                                    pipeline_factory=fake_pipeline))
    assert len(results) == len(items)
    assert results[5] is not None and isinstance(results[5], Rejection) and results[5].reason == "bad_json"
    coded = [r for r in results if isinstance(r, CodedArticle)]
    assert [doc.article.id for doc in coded] == [f"a{i}" for i in range(23)]
    assert all(doc.stages == ("test.echo.v1", "test.failing.v1") for doc in coded)


def test_two_workers_share_the_work():
    results = list(code_in_parallel((article(i) for i in range(40)), config={}, workers=2, chunk_size=2,
                                    pipeline_factory=fake_pipeline))
    pids = {doc.events[0].evidence[0] for doc in results}
    assert len(pids) == 2


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_article_becomes_a_rejection_and_the_rest_go_on(workers):
    items = [article(i) for i in range(7)]
    items[3] = article(3, f"This one says {FAIL}.")
    counts = RunCounts()
    results = list(code_in_parallel(items, config={}, workers=workers, chunk_size=2, counts=counts,
                                    pipeline_factory=fake_pipeline))
    rejected = results[3]
    assert isinstance(rejected, Rejection)
    assert rejected.reason == "coding_error"
    assert rejected.message == "news.jsonl:4: article 'a3' could not be coded: ValueError: asked to fail"
    assert rejected.path == "news.jsonl"
    assert [r.article.id for i, r in enumerate(results) if i != 3] == ["a0", "a1", "a2", "a4", "a5", "a6"]
    assert (counts.read, counts.coded, dict(counts.rejected)) == (7, 6, {"coding_error": 1})


def test_an_article_that_kills_its_worker_is_rejected_and_the_pool_recovers():
    items = [article(i) for i in range(12)]
    items[5] = article(5, f"This one says {CRASH}.")
    results = list(code_in_parallel(items, config={}, workers=2, chunk_size=3,
                                    pipeline_factory=fake_pipeline))
    assert [isinstance(r, Rejection) for r in results] == [i == 5 for i in range(12)]
    assert results[5].reason == "coding_error"
    assert "worker process coding it stopped" in results[5].message
    assert [r.article.id for r in results if isinstance(r, CodedArticle)] == \
        [f"a{i}" for i in range(12) if i != 5]


def test_reading_ahead_is_bounded():
    pulled = 0

    def source():
        nonlocal pulled
        for i in range(200):
            pulled += 1
            yield article(i)

    chunk_size, max_in_flight = 4, 3
    stream = code_in_parallel(source(), config={}, workers=2, chunk_size=chunk_size,
                              max_in_flight=max_in_flight, pipeline_factory=fake_pipeline)
    most_ahead = 0
    for received, _ in enumerate(stream, start=1):
        most_ahead = max(most_ahead, pulled - received)
    assert received == 200
    assert most_ahead <= (max_in_flight + 1) * chunk_size


def test_stopping_early_shuts_the_pool_down():
    stream = code_in_parallel((article(i) for i in range(10_000)), config={}, workers=2, chunk_size=2,
                              pipeline_factory=fake_pipeline)
    first = [next(stream) for _ in range(3)]
    stream.close()
    assert [doc.article.id for doc in first] == ["a0", "a1", "a2"]


@pytest.mark.parametrize("option", ["workers", "chunk_size", "max_in_flight"])
@pytest.mark.parametrize("value", [0, -1, 1.5, True])
def test_bad_options_are_refused(option, value):
    with pytest.raises(ConfigError, match=f"E220 {option} must be a positive integer"):
        code_in_parallel([], config={}, pipeline_factory=fake_pipeline, **{option: value})


def test_a_small_input_is_coded_without_starting_workers():
    results = list(code_in_parallel([article(i) for i in range(6)], config={}, workers=2, chunk_size=3,
                                    pipeline_factory=fake_pipeline))
    assert {doc.events[0].evidence[0] for doc in results} == {str(os.getpid())}
    results = list(code_in_parallel([article(i) for i in range(7)], config={}, workers=2, chunk_size=3,
                                    pipeline_factory=fake_pipeline))
    assert str(os.getpid()) not in {doc.events[0].evidence[0] for doc in results}


def test_chunked_is_lazy_and_complete():
    assert list(chunked(iter(range(7)), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(chunked([], 3)) == []


class _ThreadCountStage:
    """Records how many threads the process's BLAS pools may use while it codes."""

    name = "test.threads.v1"
    requires = ("article",)
    assigns = ()

    def __init__(self) -> None:
        self.seen: list[int] = []

    def __call__(self, doc):
        from threadpoolctl import threadpool_info
        self.seen.append(max(pool["num_threads"] for pool in threadpool_info()))
        return doc

    def info(self):
        return {}


def test_coding_in_this_process_holds_blas_to_one_thread_and_gives_the_setting_back():
    threadpoolctl = pytest.importorskip("threadpoolctl")
    pytest.importorskip("numpy")
    import numpy  # noqa: F401  (loads a BLAS pool to limit)
    before = [pool["num_threads"] for pool in threadpoolctl.threadpool_info()]
    if not before:
        pytest.skip("no BLAS/OpenMP pool is loaded in this process")
    from lapwing.pipeline import Pipeline
    stage = _ThreadCountStage()
    results = list(code_in_parallel([article(i) for i in range(3)], config={}, workers=1,
                                    pipeline=Pipeline([stage], config={})))
    assert len(results) == 3 and stage.seen == [1, 1, 1]
    assert [pool["num_threads"] for pool in threadpoolctl.threadpool_info()] == before


def test_workers_are_replaced_after_their_share_of_articles():
    """pipeline.worker_max_articles: with 4 articles per worker life and chunks of 2, two workers
    code 40 articles in more than two processes; every article comes back, in order."""
    config = {"pipeline": {"worker_max_articles": 4}}
    results = list(code_in_parallel((article(i) for i in range(40)), config=config, workers=2, chunk_size=2,
                                    pipeline_factory=fake_pipeline))
    assert [doc.article.id for doc in results] == [f"a{i}" for i in range(40)]
    assert len({doc.events[0].evidence[0] for doc in results}) > 2


def test_workers_are_kept_when_replacing_is_off():
    config = {"pipeline": {"worker_max_articles": 0}}
    results = list(code_in_parallel((article(i) for i in range(40)), config=config, workers=2, chunk_size=2,
                                    pipeline_factory=fake_pipeline))
    assert len({doc.events[0].evidence[0] for doc in results}) == 2


ASSEMBLED: list[int] = []


def counting_pipeline(config):
    ASSEMBLED.append(1)
    return fake_pipeline(config)


def test_one_process_assembles_its_pipeline_again_after_its_share():
    """workers=1: the pipeline assembled here is assembled again every 4 articles; one the caller
    gives is kept."""
    ASSEMBLED.clear()
    config = {"pipeline": {"worker_max_articles": 4}}
    results = list(code_in_parallel((article(i) for i in range(10)), config=config, workers=1, chunk_size=2,
                                    pipeline_factory=counting_pipeline))
    assert [doc.article.id for doc in results] == [f"a{i}" for i in range(10)] and len(ASSEMBLED) == 3
    ASSEMBLED.clear()
    list(code_in_parallel((article(i) for i in range(10)), config=config, workers=1, chunk_size=2,
                          pipeline=fake_pipeline(config), pipeline_factory=counting_pipeline))
    assert ASSEMBLED == []


@pytest.mark.parametrize("value", [-1, 1.5, True, "many"])
def test_a_bad_worker_max_articles_is_refused(value):
    with pytest.raises(ConfigError, match="E220 \\[pipeline\\] worker_max_articles"):
        list(code_in_parallel([article(1)], config={"pipeline": {"worker_max_articles": value}},
                              pipeline_factory=fake_pipeline))


def test_replaced_workers_code_what_kept_ones_code():
    """The bundled pipeline, two workers, the example articles repeated: workers replaced after 6
    articles give the same events, in the same order, as workers kept for the whole run."""
    from scale_fakes import example_articles

    from lapwing.config import load_config
    from lapwing.output import event_json

    articles = [a.replace(id=f"{a.id}-{n}") for n in range(4) for a in example_articles()]
    events = []
    for limit in (0, 6):
        config = load_config(overrides={"pipeline.worker_max_articles": limit})
        results = list(code_in_parallel(articles, config=config, workers=2, chunk_size=2))
        assert all(isinstance(r, CodedArticle) for r in results)
        events.append([event_json(e) for r in results for e in r.events])
    assert events[0] and events[0] == events[1]
