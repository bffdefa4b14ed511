"""Writing coded articles: idempotent re-ingest, recode, one transaction per article, migrations."""
from __future__ import annotations

import pytest
from store_builders import RUSSIA, UKRAINE, article, event

from lapwing.errors import StoreError
from lapwing.store import EventStore
from lapwing.store.migrations import MIGRATIONS


def two_articles():
    return [
        article("a1", "2022-02-24", [event("a1", 0, "ASSAULT", RUSSIA, UKRAINE),
                                     event("a1", 1, "ACCUSE", UKRAINE, RUSSIA)], source="Reuters"),
        article("a2", "2022-02-25", [event("a2", 0, "ASSAULT", RUSSIA, UKRAINE)], source="AP"),
    ]


def test_migrations_are_recorded(store):
    applied = store.applied_migrations()
    assert [(v, n) for v, n, _ in applied] == [(m.version, m.name) for m in MIGRATIONS]
    assert all(when is not None for _, _, when in applied)
    assert store.schema_version() == MIGRATIONS[-1].version


def test_reopening_applies_no_migration_twice(tmp_path):
    path = tmp_path / "events.duckdb"
    with EventStore(path) as first:
        first.ingest(two_articles())
    with EventStore(path) as again:
        assert len(again.applied_migrations()) == len(MIGRATIONS)
        assert again.table_counts()["events"] == 3


def test_ingest_counts(store):
    counts = store.ingest(two_articles())
    assert counts.articles_added == 2 and counts.articles_skipped == 0
    assert counts.events_added == 3 and counts.events_counted == 3
    assert counts.events_linked == 1 and counts.canonical_events_added == 2
    assert store.table_counts() == {"articles": 2, "sentences": 2, "actors": 2, "mentions": 6, "events": 3,
                                    "event_actors": 6, "canonical_events": 2, "canonical_pairs": 2}


def test_reingest_is_idempotent(store):
    store.ingest(two_articles())
    before = store.table_counts()
    canonical_before = store.fetch("SELECT * FROM canonical_events ORDER BY canonical_id")
    counts = store.ingest(two_articles())
    assert counts.articles_skipped == 2 and counts.articles_added == 0 and counts.events_added == 0
    assert store.table_counts() == before
    assert store.fetch("SELECT * FROM canonical_events ORDER BY canonical_id") == canonical_before


def test_same_article_twice_in_one_batch_is_stored_once(store):
    doc = two_articles()[0]
    counts = store.ingest([doc, doc])
    assert (counts.articles_added, counts.articles_skipped) == (1, 1)
    assert store.table_counts()["events"] == 2


def test_recode_replaces_an_articles_rows(store):
    store.ingest(two_articles())
    recoded = article("a1", "2022-02-24", [event("a1", 0, "CONSULT", RUSSIA, UKRAINE)], source="Reuters")
    counts = store.ingest([recoded], recode=True)
    assert counts.articles_replaced == 1 and counts.events_added == 1
    rows = store.fetch("SELECT event_type FROM events WHERE article_id = 'a1'")
    assert rows == [("CONSULT",)]
    # a2's assault is now the only mention of that happening
    assert store.fetch("SELECT event_type, num_mentions, num_articles FROM canonical_events ORDER BY 1") == [
        ("ASSAULT", 1, 1), ("CONSULT", 1, 1)]
    assert store.table_counts()["articles"] == 2


def test_changed_text_under_the_same_id_replaces(store):
    store.ingest(two_articles())
    changed = article("a2", "2022-02-25", [], text="A corrected text.")
    counts = store.ingest([changed])
    assert counts.articles_replaced == 1
    assert store.fetch("SELECT count(*) FROM events WHERE article_id = 'a2'") == [(0,)]
    assert store.fetch("SELECT num_mentions FROM canonical_events WHERE event_type = 'ASSAULT'") == [(1,)]


def test_a_failing_article_leaves_nothing_behind(store, monkeypatch):
    import duckdb

    import lapwing.store.writer as writer

    def broken(*args):
        raise duckdb.ConstraintException("boom")

    store.ingest(two_articles()[:1])
    before = store.table_counts()
    monkeypatch.setattr(writer, "_role_rows", broken)
    with pytest.raises(StoreError) as error:
        store.ingest(two_articles()[1:])
    assert error.value.code == "E503" and "'a2'" in str(error.value)
    assert store.table_counts() == before


def test_delete_article(store):
    store.ingest(two_articles())
    assert store.delete_article("a2") is True
    assert store.delete_article("a2") is False
    assert store.fetch("SELECT num_mentions FROM canonical_events WHERE event_type = 'ASSAULT'") == [(1,)]


def test_read_only_store_refuses_writes(tmp_path):
    path = tmp_path / "events.duckdb"
    with EventStore(path) as writer_store:
        writer_store.ingest(two_articles())
    with EventStore(path, read_only=True) as reader:
        assert reader.table_counts()["events"] == 3
        with pytest.raises(StoreError) as error:
            reader.ingest(two_articles())
        assert error.value.code == "E503"


def test_read_only_missing_store_is_an_error(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        EventStore(tmp_path / "absent.duckdb", read_only=True)


def test_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "events.duckdb"
    with EventStore(path) as opened:
        opened.connection.execute("INSERT INTO schema_migrations VALUES (999, 'future', now())")
    with pytest.raises(StoreError, match="newer than this Lapwing"):
        EventStore(path)
