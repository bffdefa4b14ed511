"""Actor analytics (``/api/actors/{key}``) read the ``canonical_pairs`` aggregate when it is current
and give exactly what the joins give: the monthly timeline, partners and opponents."""
from __future__ import annotations

import pytest

from lapwing.serve.analytics import actor_detail
from lapwing.store import EventStore, rebuild_canonical_pairs

from .builders import POLAND, RUSSIA, UKRAINE, coded, sample_articles

WINDOWS = [(None, None), ("2022-03", "2022-03"), ("2022-03-05", None), ("2030", None)]


def richer_articles():
    """The sample, plus a root with two actors (one acting on itself) and reports linked to it."""
    both = coded("b1", "2022-03-05", "Poland and Russia backed Ukraine and Russia.", actor=POLAND,
                 recipient=UKRAINE, event_type="SUPPORT", trigger="backed")
    first = both.events[0]
    extra_actor = both.mentions[1].replace(actor=RUSSIA, text="Russia", start_char=11, end_char=17)
    widened = first.replace(actors=(*first.actors, extra_actor), recipients=(*first.recipients, extra_actor))
    again = coded("b2", "2022-03-06", "Poland backed Ukraine again.", actor=POLAND, recipient=UKRAINE,
                  event_type="SUPPORT", trigger="backed")
    return [*sample_articles(), both.replace(events=(widened,)), again]


def keys(store):
    return [row[0] for row in store.fetch("SELECT actor_key FROM actors ORDER BY actor_key")]


@pytest.mark.parametrize("window", WINDOWS)
def test_actor_detail_from_the_aggregate_equals_the_joins(window):
    with EventStore(":memory:") as store:
        store.ingest(richer_articles())
        for key in keys(store):
            fast = actor_detail(store, key, date_from=window[0], date_to=window[1])
            assert fast == actor_detail(store, key, date_from=window[0], date_to=window[1], exact=True)
        if window == (None, None):
            poland = actor_detail(store, "kb:country/POL")   # a2's aid; a3's support, b1 and b2 linked to it
            assert [p["key"] for p in poland["partners"]] == ["kb:country/UKR"] and not poland["opponents"]
            assert [(m["total"], m["mentions"]) for m in poland["timeline"]] == [(2, 4)]


def test_a_stale_aggregate_is_not_read():
    with EventStore(":memory:") as store:
        store.ingest(richer_articles())
        key = "kb:country/UKR"
        exact = actor_detail(store, key, exact=True)
        assert exact is not None and exact["timeline"]
        store.connection.execute("DELETE FROM canonical_pairs WHERE actor_key = ? OR recipient_key = ?", [key, key])
        assert actor_detail(store, key) == exact                 # falls back to the joins
        rebuild_canonical_pairs(store)
        assert actor_detail(store, key) == exact
