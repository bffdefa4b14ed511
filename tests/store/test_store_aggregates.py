"""The ``canonical_pairs`` aggregate: the network and the timelines read from it equal the exact
joins, after ingest, linking, recode, replacement, deletion, the ICEWS import and the migration's
backfill of an existing store."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_builders import RUSSIA, UKRAINE, UN, USA_GOV, article, event, mention, write_tiny_icews

from lapwing.model import Actor
from lapwing.store import (EventStore, canonical_pairs_current, counts_by_month, dyad_timeline,
                           import_icews_quadruples, network, rebuild_canonical_pairs, timeline, top_network)

# Same link code as RUSSIA ("RUS"), another actor key: a root change moves the pairs to it.
RUSSIAN_FEDERATION = Actor(name="Russian Federation", code="RUS", country="RUS", kind="country")
RUSSIAN_ARMY = Actor(name="Russian army", code="RUS", country="RUS", sector="MIL", kind="organization")
WINDOWS = [(None, None), ("2022-02", "2022-02"), ("2022-02-20", "2022-03-05"), ("2022-03", None)]
NAMES = ["RUS", "Ukraine", "IGO", "Atlantis"]
DYADS = [("RUS", "Ukraine"), ("Ukraine", "RUS"), ("GOV", "Ukraine")]


def pair_rows(store):
    return sorted(store.fetch("SELECT * FROM canonical_pairs"), key=repr)


def assert_aggregate_exact(store, *, windows=WINDOWS, names=NAMES, dyads=DYADS):
    """The aggregate equals a rebuild from scratch, and every read from it equals the joins (for
    each window: the network, two cuts of it; for the first and third window: the timelines)."""
    kept = pair_rows(store)
    assert canonical_pairs_current(store)
    rebuild_canonical_pairs(store)
    assert pair_rows(store) == kept
    for number, (date_from, date_to) in enumerate(windows):
        window = {"date_from": date_from, "date_to": date_to}
        assert network(store, **window) == network(store, **window, exact=True)
        for cut in ({}, {"max_nodes": 2, "min_weight": 2}):
            assert top_network(store, **window, **cut) == top_network(store, **window, **cut, exact=True)
        if number % 2:
            continue
        asked = [(name, "any") for name in names] + [(names[0], "actor"), (names[0], "recipient")]
        for name, role in asked:
            fast = timeline(store, name, role=role, **window)
            assert fast.equals(timeline(store, name, role=role, **window, exact=True), check_metadata=True)
        for actor, recipient in dyads:
            fast = dyad_timeline(store, actor, recipient, **window)
            assert fast.equals(dyad_timeline(store, actor, recipient, **window, exact=True), check_metadata=True)


def multi_actor(base, *, actors=None, recipients=None):
    return base.replace(actors=tuple(mention(a, 5 * i) for i, a in enumerate(actors)) if actors is not None
                        else base.actors,
                        recipients=tuple(mention(r, 20 + 5 * i) for i, r in enumerate(recipients))
                        if recipients is not None else base.recipients)


def reports():
    """Invented reports: linked across articles, several actors and recipients (one twice), one side
    missing, neither side, negated, and month- and year-precision dates that span months."""
    return [
        article("a1", "2022-02-24", [
            event("a1", 0, "ASSAULT", RUSSIA, UKRAINE),
            event("a1", 1, "ACCUSE", UKRAINE, RUSSIA),
            multi_actor(event("a1", 2, "SUPPORT", USA_GOV, UKRAINE), actors=[USA_GOV, UN]),
            event("a1", 3, "PROTEST", UKRAINE, None),
            event("a1", 4, "AID", None, UKRAINE),
            event("a1", 5, "CONSULT", None, None),
            event("a1", 6, "ASSAULT", UKRAINE, RUSSIA, modality="negated"),
        ], source="Reuters"),
        article("a2", "2022-02-25", [
            event("a2", 0, "ASSAULT", RUSSIA, UKRAINE, date="2022-02", precision="month"),
            multi_actor(event("a2", 1, "AGREE", RUSSIA, UKRAINE, date="2022", precision="year"),
                        recipients=[UKRAINE, UKRAINE]),
        ], source="AP"),
        article("a3", "2022-03-20", [
            multi_actor(event("a3", 0, "ASSAULT", RUSSIA, UKRAINE, date="2022-03", precision="month"),
                        actors=[RUSSIA, RUSSIAN_ARMY], recipients=[UKRAINE, UN]),
        ], source="AP"),
        # Same link code, more precise date: becomes the root of a3's canonical event.
        article("a4", "2022-03-21", [event("a4", 0, "ASSAULT", RUSSIAN_FEDERATION, UKRAINE, date="2022-03-15")],
                source="BBC"),
    ]


def root_source_of_march_assault(store):
    return store.fetch("""SELECT actor_key FROM canonical_pairs
                          WHERE event_type = 'ASSAULT' AND date_start = DATE '2022-03-15'""")


def test_aggregate_follows_ingest_recode_replace_delete_and_import(store, tmp_path):
    store.ingest(reports())
    assert_aggregate_exact(store)
    assert len(root_source_of_march_assault(store)) == 1      # a4's mention is the root: one pair
    graph = network(store, date_from="2022-02", date_to="2022-02")
    assert {("h" if e["source"].startswith("h:") else e["source"], e["relation"]) for e in graph["edges"]} == {
        ("h", "conflict"), ("h", "opposes"), ("h", "cooperation"), ("h", "supports")}

    recoded = reports()[1].replace(events=(event("a2", 0, "AID", USA_GOV, UKRAINE, date="2022-02-26"),))
    store.ingest([recoded], recode=True)                      # --recode: new events, same text
    assert_aggregate_exact(store)

    replaced = reports()[0]
    replaced = replaced.replace(article=replaced.article.replace(text="A new version of a1."),
                                events=replaced.events[:2])
    assert store.ingest([replaced]).articles_replaced == 1
    assert_aggregate_exact(store)

    assert store.delete_article("a4")                          # the root goes: a3's mention again
    assert_aggregate_exact(store)
    assert len(root_source_of_march_assault(store)) == 0
    assert len(store.fetch("SELECT * FROM canonical_pairs WHERE date_start = DATE '2022-03-01'")) == 4

    import_icews_quadruples(store, write_tiny_icews(tmp_path / "ICEWS14"))
    assert_aggregate_exact(store)
    again = store.ingest(reports())                            # a1 back to its first version, a4 again
    assert (again.articles_replaced, again.articles_added, again.articles_skipped) == (1, 1, 2)
    assert_aggregate_exact(store)


def test_timeline_counts_an_event_once_however_many_sides_match(store):
    store.ingest(reports())
    table = timeline(store, "RUS", date_from="2022-03", date_to="2022-03").to_pylist()
    # a3's ASSAULT (root a4: Russian Federation -> Ukraine) and a2's year-long AGREE (Russia ->
    # Ukraine twice) overlap March; each counts once.
    assert [(r["month"], r["total"], r["quad_1"], r["quad_4"]) for r in table] == [
        ("2022-01", 1, 1, 0), ("2022-03", 1, 0, 1)]
    assert timeline(store, "RUS", date_from="2022-03", date_to="2022-03", exact=True).to_pylist() == table


def test_store_filled_around_the_writer_falls_back_then_rebuilds(store):
    store.ingest(reports())
    exact = network(store, exact=True)
    store.connection.execute("UPDATE canonical_pairs SET num_mentions = 99")   # the guard cannot see this
    assert network(store) != exact                             # so: the aggregate is what is read
    rebuild_canonical_pairs(store)
    store.connection.execute("DELETE FROM canonical_pairs WHERE canonical_id = 1")
    assert not canonical_pairs_current(store)
    assert network(store) == exact                             # the joins, not the stale aggregate
    rebuild_canonical_pairs(store)
    assert canonical_pairs_current(store)
    assert network(store) == exact


def test_migration_backfills_an_existing_store(tmp_path):
    path = tmp_path / "old.duckdb"
    with EventStore(path) as store:
        store.ingest(reports())
        expected = pair_rows(store)
        # As a store written before migration 3 was: no aggregate, schema version 2.
        store.connection.execute("DROP TABLE canonical_pairs")
        store.connection.execute("DELETE FROM schema_migrations WHERE version = 3")
    with EventStore(path) as store:
        assert store.schema_version() == 3
        assert pair_rows(store) == expected
        assert_aggregate_exact(store, windows=WINDOWS[:1])


def test_counts_by_month(store):
    store.ingest(reports())
    rows = counts_by_month(store).to_pylist()
    assert rows == [
        {"month": "2022-01", "event_type": "AGREE", "events": 1, "mentions": 1},
        {"month": "2022-02", "event_type": "ACCUSE", "events": 1, "mentions": 1},
        {"month": "2022-02", "event_type": "AID", "events": 1, "mentions": 1},
        {"month": "2022-02", "event_type": "ASSAULT", "events": 1, "mentions": 2},
        {"month": "2022-02", "event_type": "CONSULT", "events": 1, "mentions": 1},
        {"month": "2022-02", "event_type": "PROTEST", "events": 1, "mentions": 1},
        {"month": "2022-02", "event_type": "SUPPORT", "events": 1, "mentions": 1},
        {"month": "2022-03", "event_type": "ASSAULT", "events": 1, "mentions": 2},
    ]
    assert [r["event_type"] for r in counts_by_month(store, date_from=dt.date(2022, 3, 1)).to_pylist()] == [
        "AGREE", "ASSAULT"]


# Property: any sequence of ingests, recodes and deletions keeps the aggregate exact.
_ACTORS = st.sampled_from([RUSSIA, RUSSIAN_FEDERATION, RUSSIAN_ARMY, UKRAINE, USA_GOV, UN, None])
_DATES = st.sampled_from([(None, None), ("2022-02-24", "day"), ("2022-02-26", "day"), ("2022-03-01", "day"),
                          ("2022-02", "month"), ("2022", "year")])
_EVENTS = st.tuples(st.sampled_from(["ASSAULT", "AID", "ACCUSE", "SUPPORT"]),
                    st.lists(_ACTORS, max_size=2), st.lists(_ACTORS, max_size=2), _DATES,
                    st.sampled_from(["asserted", "reported", "negated"]))
_ARTICLES = st.lists(st.tuples(st.integers(0, 3), st.sampled_from(["A", "B", None]),
                               st.lists(_EVENTS, min_size=1, max_size=3)), min_size=1, max_size=5)
_STEPS = st.lists(st.tuples(st.sampled_from(["ingest", "recode", "delete"]), _ARTICLES), min_size=1, max_size=3)


def _built(number, source, events, step):
    article_id = f"p{number}"
    built = []
    for n, (kind, actors, recipients, (date, precision), modality) in enumerate(events):
        base = event(article_id, n, kind, None, None, date=date, precision=precision, modality=modality)
        built.append(multi_actor(base, actors=[a for a in actors if a], recipients=[r for r in recipients if r]))
    return article(article_id, "2022-02-25", built, source=source, text=f"{article_id} version {step}")


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=_STEPS)
def test_any_history_keeps_the_aggregate_exact(steps):
    with EventStore(":memory:") as store:
        for step, (action, articles) in enumerate(steps):
            docs = [_built(number, source, events, step % 2) for number, source, events in articles]
            if action == "delete":
                for doc in docs:
                    store.delete_article(doc.article.id)
            else:
                store.ingest(docs, recode=action == "recode")
        assert_aggregate_exact(store, windows=[(None, None), ("2022-03", None), ("2022-02-25", "2022-02-28")],
                               names=["RUS", "IGO"], dyads=[("RUS", "Ukraine")])
