from __future__ import annotations

import json

import pytest
from scale_fakes import article, bad_record, example_articles, fake_pipeline, mark_slimmed

from lapwing.model import CodedArticle, Rejection
from lapwing.output import entities_json, event_json
from lapwing.scale.local import code_in_parallel
from lapwing.scale.slim import SLIMS, events_only, without_tokens
from lapwing.store import EventStore


@pytest.fixture(scope="module")
def coded(pipeline):
    from lapwing.scale.batch import code_chunk

    docs = code_chunk(pipeline, example_articles())
    assert all(isinstance(doc, CodedArticle) for doc in docs)
    assert sum(len(doc.events) for doc in docs) > 0 and all(doc.sentences[0].tokens for doc in docs)
    return docs


def event_lines(docs):
    return [json.dumps(event_json(event), ensure_ascii=False) for doc in docs for event in doc.events]


def stored_rows(docs):
    with EventStore(":memory:") as store:
        store.ingest(docs)
        tables = {}
        for table in ("articles", "sentences", "actors", "mentions", "events", "event_actors",
                      "canonical_events", "canonical_pairs"):
            columns = [row[0] for row in store.fetch(f"DESCRIBE {table}")]
            kept = ", ".join(c for c in columns if not c.endswith("_at"))  # times of writing differ
            tables[table] = store.fetch(f"SELECT {kept} FROM {table} ORDER BY ALL")
    return tables


def test_without_tokens_drops_only_the_tokens(coded):
    for doc in coded:
        slim = without_tokens(doc)
        assert all(sent.tokens == () for sent in slim.sentences)
        assert [s.replace(tokens=()) for s in doc.sentences] == list(slim.sentences)
        assert slim.replace(sentences=doc.sentences) == doc


@pytest.mark.parametrize("slim", [without_tokens, events_only])
def test_the_events_output_is_identical(coded, slim):
    assert event_lines([slim(doc) for doc in coded]) == event_lines(coded)


def test_the_entities_output_is_identical_without_tokens(coded):
    assert [entities_json(without_tokens(doc)) for doc in coded] == [entities_json(doc) for doc in coded]


def test_the_store_holds_the_same_rows_without_tokens(coded):
    full = stored_rows(coded)
    assert full["events"] and full["sentences"] and full["mentions"]
    assert stored_rows([without_tokens(doc) for doc in coded]) == full


def test_the_slims_are_named():
    assert SLIMS == {"none": None, "tokens": without_tokens, "events": events_only}


@pytest.mark.parametrize("workers", [1, 2])
def test_the_slim_is_applied_to_coded_articles_only(workers):
    items = [article(i) for i in range(20)]
    items.insert(3, bad_record(99))
    results = list(code_in_parallel(items, config={}, workers=workers, chunk_size=3,
                                    pipeline_factory=fake_pipeline, slim=mark_slimmed))
    assert isinstance(results[3], Rejection) and results[3].reason == "bad_json"
    coded = [r for r in results if isinstance(r, CodedArticle)]
    assert len(coded) == 20
    assert all(doc.stages == ("test.echo.v1", "test.failing.v1", "slimmed") for doc in coded)
