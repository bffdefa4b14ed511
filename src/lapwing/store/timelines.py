"""Monthly counts of canonical events (one per happening): for an actor, for a dyad, for the store.

A month is the month of the canonical event's date (its root mention's); a date window keeps the
canonical events whose date interval overlaps it, as every query does. The actor and dyad
timelines read the ``canonical_pairs`` aggregate (:mod:`lapwing.store.aggregates`): the root
mention's actor x recipient pairs, reduced to one row per canonical event before counting, so an
event whose actor and recipient both match, or with two matching actors, counts once. With
``exact=True``, or on a store whose aggregate is not current, they join the tables instead; both
give the same table.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pyarrow as pa

from ..errors import StoreError
from .aggregates import canonical_pairs_current
from .queries import ACTOR_KEYS_MATCHING, ACTOR_MATCH, DateLike, arrow_table, date_window

if TYPE_CHECKING:
    from .database import EventStore

# ``hits`` has one row per canonical event counted: its date_start, quad_code and num_mentions.
_MONTHLY = """SELECT strftime(date_start, '%Y-%m') AS month,
           count(*) FILTER (WHERE quad_code = 1) AS quad_1,
           count(*) FILTER (WHERE quad_code = 2) AS quad_2,
           count(*) FILTER (WHERE quad_code = 3) AS quad_3,
           count(*) FILTER (WHERE quad_code = 4) AS quad_4,
           count(*) AS total,
           CAST(sum(num_mentions) AS BIGINT) AS mentions
    FROM ({hits}) hits
    GROUP BY month ORDER BY month"""
_HITS_FROM_JOINS = """SELECT c.date_start, e.quad_code, c.num_mentions
    FROM canonical_events c JOIN events e ON e.event_rowid = c.root_event WHERE {where}"""
_HITS_FROM_AGGREGATE = """SELECT DISTINCT c.canonical_id, c.date_start, c.quad_code, c.num_mentions
    FROM canonical_pairs c WHERE {where}"""
_KEY_COLUMN = {"actor": "c.actor_key", "recipient": "c.recipient_key"}


def _matching_keys(store: EventStore, name: str) -> list[str]:
    """The keys of the actors a name matches (name, code, country, sector or CAMEO code)."""
    return [row[0] for row in store.connection.execute(ACTOR_KEYS_MATCHING, [name] * 5).fetchall()]


def _key_clause(column: str, keys: list[str]) -> str:
    """``column`` (a fixed name) is one of ``keys`` (passed as placeholders)."""
    return f"{column} IN ({', '.join('?' * len(keys))})" if keys else "false"


def _monthly(store: EventStore, sides: list[tuple[str, str]], *, both: bool, date_from: DateLike,
             date_to: DateLike, exact: bool) -> pa.Table:
    """Monthly counts of the canonical events whose root mention has, in each (role, name) of
    ``sides``, an actor the name matches: all of the sides (``both``) or any of them."""
    joiner = " AND " if both else " OR "
    window, window_params = date_window("c", date_from, date_to)
    params: list[Any] = []
    if exact or not canonical_pairs_current(store):
        for role, name in sides:
            params.extend([role] + [name] * 5)
        matches = joiner.join([ACTOR_MATCH] * len(sides))
        template = _HITS_FROM_JOINS
    else:
        clauses = []
        for role, name in sides:
            keys = _matching_keys(store, name)
            clauses.append(_key_clause(_KEY_COLUMN[role], keys))
            params.extend(keys)
        matches = joiner.join(clauses)
        template = _HITS_FROM_AGGREGATE
    where = " AND ".join([f"({matches})", *window])
    return arrow_table(store, _MONTHLY.format(hits=template.format(where=where)), params + window_params)


def timeline(store: EventStore, actor: str, *, role: str = "any", date_from: DateLike = None,
             date_to: DateLike = None, exact: bool = False) -> pa.Table:
    """Monthly counts of the canonical events (one per happening) an actor took part in, by quad
    code: columns ``month`` ("YYYY-MM"), ``quad_1`` .. ``quad_4``, ``total``, ``mentions``.

    ``role`` is ``"actor"`` (it acted), ``"recipient"`` (it was acted on) or ``"any"``. A month
    is the month of the canonical event's date (its root mention's). ``exact=True`` joins the
    tables instead of reading the aggregate (the same table, slower: for checking).
    """
    if role not in ("actor", "recipient", "any"):
        raise StoreError(f"role must be 'actor', 'recipient' or 'any', got {role!r}", code="E504")
    roles = ["actor", "recipient"] if role == "any" else [role]
    return _monthly(store, [(one, actor) for one in roles], both=False, date_from=date_from,
                    date_to=date_to, exact=exact)


def dyad_timeline(store: EventStore, actor: str, recipient: str, *, date_from: DateLike = None,
                  date_to: DateLike = None, exact: bool = False) -> pa.Table:
    """:func:`timeline`'s monthly counts for one dyad: the canonical events in which an actor that
    ``actor`` matches acted on one that ``recipient`` matches (same columns)."""
    return _monthly(store, [("actor", actor), ("recipient", recipient)], both=True,
                    date_from=date_from, date_to=date_to, exact=exact)


def counts_by_month(store: EventStore, *, date_from: DateLike = None, date_to: DateLike = None) -> pa.Table:
    """Canonical events (one per happening) by month and event type: columns ``month``
    ("YYYY-MM"), ``event_type``, ``events``, ``mentions`` (their summed NumMentions), by month,
    then type. One scan of ``canonical_events``, which has one narrow row per happening already
    (the pair aggregate has more rows, not fewer)."""
    clauses, params = date_window("c", date_from, date_to)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = f"""SELECT strftime(month, '%Y-%m') AS month, event_type, events, mentions FROM (
                  SELECT date_trunc('month', c.date_start) AS month, c.event_type, count(*) AS events,
                         CAST(sum(c.num_mentions) AS BIGINT) AS mentions
                  FROM canonical_events c{where} GROUP BY ALL)
              ORDER BY month NULLS LAST, event_type NULLS LAST"""
    return arrow_table(store, sql, params)
