"""One event per happening: linking reports across articles (invented multi-article cases)."""
from __future__ import annotations

import datetime as dt

import pytest
from store_builders import KYIV, MOSCOW, RUSSIA, UKRAINE, UN, USA_GOV, article, event

from lapwing.model import Actor
from lapwing.store import EventStore
from lapwing.store.linking import actor_link_code, date_interval


def canonical(store):
    return store.fetch("""SELECT event_type, num_mentions, num_articles, num_sources
                          FROM canonical_events ORDER BY canonical_id""")


def test_three_reports_of_one_attack_from_two_sources(store):
    store.ingest([
        article("r1", "2022-03-01", [event("r1", 0, "ASSAULT", RUSSIA, UKRAINE, date="2022-03-01")],
                source="Reuters"),
        article("r2", "2022-03-02", [event("r2", 0, "ASSAULT", RUSSIA, UKRAINE, date="2022-03-01")],
                source="Reuters"),
        article("a1", "2022-03-03", [event("a1", 0, "ASSAULT", RUSSIA, UKRAINE, date="2022-03-02")],
                source="AP"),
    ])
    assert canonical(store) == [("ASSAULT", 3, 3, 2)]
    # each mention keeps its own provenance
    rows = store.fetch("SELECT article_id, event_json FROM events ORDER BY event_rowid")
    assert [r[0] for r in rows] == ["r1", "r2", "a1"]
    assert all('"test.assault"' in r[1] for r in rows)


def test_two_mentions_in_one_article_count_one_article():
    with EventStore(":memory:") as store:
        store.ingest([article("x", "2022-03-01", [
            event("x", 0, "ASSAULT", RUSSIA, UKRAINE), event("x", 1, "ASSAULT", RUSSIA, UKRAINE)])])
        assert canonical(store) == [("ASSAULT", 2, 1, 1)]


@pytest.mark.parametrize("second_date, linked", [
    ("2022-03-04", True),    # 3 days later: inside the default window
    ("2022-03-05", False),   # 4 days later: a new event
    ("2022-02-26", True),    # 3 days earlier
    ("2022-03", True),       # month precision overlapping the day
    ("2022-04", False),      # another month
    ("2022", True),          # year precision overlapping
    ("2021", False),
])
def test_date_window(store, second_date, linked):
    precision = {4: "year", 7: "month"}.get(len(second_date), "day")
    store.ingest([
        article("d1", "2022-03-01", [event("d1", 0, "ASSAULT", RUSSIA, UKRAINE, date="2022-03-01")]),
        article("d2", "2022-03-10", [event("d2", 0, "ASSAULT", RUSSIA, UKRAINE, date=second_date,
                                           precision=precision)]),
    ])
    assert len(canonical(store)) == (1 if linked else 2)


def test_window_is_a_setting():
    with EventStore(":memory:", link_window_days=0) as store:
        store.ingest([
            article("d1", "2022-03-01", [event("d1", 0, "ASSAULT", RUSSIA, UKRAINE, date="2022-03-01")]),
            article("d2", "2022-03-02", [event("d2", 0, "ASSAULT", RUSSIA, UKRAINE, date="2022-03-02")]),
        ])
        assert len(canonical(store)) == 2


@pytest.mark.parametrize("first_place, second_place, linked", [
    (KYIV, KYIV, True),
    (KYIV, None, True),       # one place unknown
    (None, MOSCOW, True),
    (KYIV, MOSCOW, False),    # different countries
])
def test_places(store, first_place, second_place, linked):
    store.ingest([
        article("p1", "2022-03-01", [event("p1", 0, "ASSAULT", RUSSIA, UKRAINE, place=first_place)]),
        article("p2", "2022-03-01", [event("p2", 0, "ASSAULT", RUSSIA, UKRAINE, place=second_place)]),
    ])
    assert len(canonical(store)) == (1 if linked else 2)


@pytest.mark.parametrize("actor, recipient, event_type", [
    (UKRAINE, RUSSIA, "ASSAULT"),   # reversed dyad
    (RUSSIA, UN, "ASSAULT"),        # another recipient
    (RUSSIA, UKRAINE, "ACCUSE"),    # another type
])
def test_different_dyad_or_type_is_another_event(store, actor, recipient, event_type):
    store.ingest([
        article("k1", "2022-03-01", [event("k1", 0, "ASSAULT", RUSSIA, UKRAINE)]),
        article("k2", "2022-03-01", [event("k2", 0, event_type, actor, recipient)]),
    ])
    assert len(canonical(store)) == 2


@pytest.mark.parametrize("modality", ["negated", "hypothetical"])
def test_negated_and_hypothetical_are_stored_not_counted(store, modality):
    counts = store.ingest([
        article("m1", "2022-03-01", [event("m1", 0, "ASSAULT", RUSSIA, UKRAINE)]),
        article("m2", "2022-03-01", [event("m2", 0, "ASSAULT", RUSSIA, UKRAINE, modality=modality)]),
    ])
    assert counts.events_added == 2 and counts.events_counted == 1
    assert canonical(store) == [("ASSAULT", 1, 1, 1)]
    assert store.fetch("SELECT modality, counted, canonical_id FROM events WHERE article_id = 'm2'") == [
        (modality, False, None)]


def test_reported_events_are_counted(store):
    store.ingest([
        article("m1", "2022-03-01", [event("m1", 0, "ASSAULT", RUSSIA, UKRAINE)]),
        article("m2", "2022-03-01", [event("m2", 0, "ASSAULT", RUSSIA, UKRAINE, modality="reported")]),
    ])
    assert canonical(store) == [("ASSAULT", 2, 2, 2)]


def test_events_without_known_actors_are_never_merged(store):
    store.ingest([
        article("u1", "2022-03-01", [event("u1", 0, "PROTEST", None, None, place=KYIV)]),
        article("u2", "2022-03-01", [event("u2", 0, "PROTEST", None, None, place=KYIV)]),
    ])
    assert canonical(store) == [("PROTEST", 1, 1, 1), ("PROTEST", 1, 1, 1)]


def test_unknown_source_counts_each_article_as_its_own_source(store):
    store.ingest([
        article("s1", "2022-03-01", [event("s1", 0, "ASSAULT", RUSSIA, UKRAINE)]),
        article("s2", "2022-03-01", [event("s2", 0, "ASSAULT", RUSSIA, UKRAINE)]),
    ])
    assert canonical(store) == [("ASSAULT", 2, 2, 2)]


def test_root_is_the_most_precise_mention(store):
    store.ingest([
        article("v1", "2022-03-20", [event("v1", 0, "AID", USA_GOV, UKRAINE, date="2022-03",
                                           precision="month")]),
        article("v2", "2022-03-20", [event("v2", 0, "AID", USA_GOV, UKRAINE, date="2022-03-15")]),
    ])
    rows = store.fetch("""SELECT c.date_start, c.date_end, c.date_precision, e.article_id
                          FROM canonical_events c JOIN events e ON e.event_rowid = c.root_event""")
    assert rows == [(dt.date(2022, 3, 15), dt.date(2022, 3, 15), "day", "v2")]


def test_recode_of_the_root_article_re_picks_the_root(store):
    store.ingest([
        article("w1", "2022-03-01", [event("w1", 0, "ASSAULT", RUSSIA, UKRAINE)], source="A"),
        article("w2", "2022-03-01", [event("w2", 0, "ASSAULT", RUSSIA, UKRAINE)], source="B"),
    ])
    store.ingest([article("w1", "2022-03-01", [], source="A")], recode=True)
    assert canonical(store) == [("ASSAULT", 1, 1, 1)]
    assert store.fetch("""SELECT e.article_id FROM canonical_events c
                          JOIN events e ON e.event_rowid = c.root_event""") == [("w2",)]


def test_nearest_candidate_wins(store):
    store.ingest([
        article("n1", "2022-03-01", [event("n1", 0, "ASSAULT", RUSSIA, UKRAINE, date="2022-03-01")]),
        article("n2", "2022-03-06", [event("n2", 0, "ASSAULT", RUSSIA, UKRAINE, date="2022-03-06")]),
        article("n3", "2022-03-05", [event("n3", 0, "ASSAULT", RUSSIA, UKRAINE, date="2022-03-04")]),
    ])
    rows = store.fetch("SELECT article_id, canonical_id FROM events ORDER BY article_id")
    ids = dict(rows)
    assert ids["n3"] == ids["n2"] != ids["n1"]


def test_date_interval():
    fallback = dt.date(2020, 5, 8)
    assert date_interval("2020-02", "month", fallback) == (dt.date(2020, 2, 1), dt.date(2020, 2, 29), "month")
    assert date_interval("2019", None, fallback) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31), "year")
    assert date_interval(None, None, fallback) == (fallback, fallback, "day")
    assert date_interval("not a date", None, fallback) == (fallback, fallback, "day")


def test_actor_link_code():
    assert actor_link_code(USA_GOV) == "USAGOV"
    assert actor_link_code(Actor(name="Police", code="NGA", sector="COP")) == "NGACOP"
    assert actor_link_code(Actor(name="someone")) == "-"
    assert actor_link_code(None) == "-"
