from __future__ import annotations

from scale_fakes import FAIL, BatchingStage, EchoEventStage, article, bad_record, example_articles

from lapwing.config import load_config
from lapwing.model import CodedArticle, Rejection
from lapwing.pipeline import Pipeline
from lapwing.scale.batch import code_chunk
from lapwing.scale.local import code_in_parallel


def test_a_stage_with_pipe_gets_the_whole_chunk():
    batching = BatchingStage()
    pipeline = Pipeline([EchoEventStage(), batching])
    results = code_chunk(pipeline, [article(0), bad_record(1), article(2), article(3)])
    assert batching.batches == [3]
    assert [type(r) for r in results] == [CodedArticle, Rejection, CodedArticle, CodedArticle]


def test_a_failing_batch_is_redone_one_article_at_a_time():
    batching = BatchingStage()
    pipeline = Pipeline([EchoEventStage(), batching])
    results = code_chunk(pipeline, [article(0), article(1, FAIL), article(2)])
    assert batching.batches == [3]
    assert [getattr(r, "reason", None) for r in results] == [None, "coding_error", None]
    assert results[2].stages == ("test.echo.v1", "test.batching.v1")


def test_chunked_coding_equals_pipeline_run(pipeline):
    """Batching (spaCy's nlp.pipe over a chunk) must not change a single output."""
    articles = example_articles()
    assert len(articles) >= 3
    assert code_chunk(pipeline, articles) == [pipeline.run(a) for a in articles]


def test_one_and_two_workers_give_identical_output():
    config = load_config()
    articles = example_articles()
    one = list(code_in_parallel(articles, config=config, workers=1, chunk_size=1))
    two = list(code_in_parallel(articles, config=config, workers=2, chunk_size=1))  # 2 processes
    assert all(isinstance(doc, CodedArticle) for doc in one)
    assert sum(len(doc.events) for doc in one) > 0
    assert one == two
