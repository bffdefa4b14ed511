"""One event per happening: linking reports of the same event to one canonical event.

The rule (docs/store.md, "One event per happening"): an event mention whose modality is
``asserted`` or ``reported`` is *counted*; a counted mention joins an existing canonical event when

1. the event type is the same, the actor's link code is the same and the recipient's link code is
   the same (a link code is the actor's CAMEO code, else its code followed by its sector, e.g.
   ``USAGOV``; a side with no resolved actor has code ``-``, and a mention where both sides are
   ``-`` is never linked: it gets a canonical event of its own);
2. the dates are compatible: each date is an interval (a day, or a whole month or year at month or
   year precision) and the two intervals, widened by the window (default 3 days), overlap;
3. the places are compatible: the same country, or the country of one of them is unknown.

Among several candidates the one whose date is nearest wins (then the oldest). Negated and
hypothetical mentions are stored but not linked and not counted (``canonical_id`` is null).
The canonical event's date and place are those of its most precisely dated mention (its *root*).
"""
from __future__ import annotations

import calendar
import datetime as _dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import duckdb

from ..model import Actor, Event, Mention
from .sql import first_row, insert_rows

COUNTED_MODALITIES = ("asserted", "reported")
UNKNOWN_CODE = "-"
_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}


def date_interval(value: str | None, precision: str | None,
                  fallback: _dt.date) -> tuple[_dt.date, _dt.date, str]:
    """(start, end, precision) of an ISO date only as precise as known; ``fallback`` (the article
    date) when there is no usable date."""
    if value:
        text = value.strip()[:10]
        parts = text.split("-")
        try:
            if len(parts) >= 3 and precision != "month" and precision != "year":
                day = _dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
                return day, day, "day"
            if len(parts) >= 2 and precision != "year":
                year, month = int(parts[0]), int(parts[1])
                last = calendar.monthrange(year, month)[1]
                return _dt.date(year, month, 1), _dt.date(year, month, last), "month"
            year = int(parts[0])
            return _dt.date(year, 1, 1), _dt.date(year, 12, 31), "year"
        except ValueError:
            pass
    return fallback, fallback, "day"


def actor_link_code(actor: Actor | None) -> str:
    """The code two reports must share for their actors to be the same: the CAMEO actor code,
    else code + sector (``USA`` + ``GOV``), else ``-`` (unknown)."""
    if actor is None:
        return UNKNOWN_CODE
    if actor.cameo_code:
        return actor.cameo_code.upper()
    code = (actor.code or "") + (actor.sector or "")
    return code.upper() or UNKNOWN_CODE


def _first_actor(mentions: tuple[Mention, ...]) -> Actor | None:
    return mentions[0].actor if mentions else None


def link_key(event: Event) -> str | None:
    """``TYPE|actor code|recipient code``, or None when neither side is known."""
    actor = actor_link_code(_first_actor(event.actors))
    recipient = actor_link_code(_first_actor(event.recipients))
    if actor == UNKNOWN_CODE and recipient == UNKNOWN_CODE:
        return None
    return f"{event.event_type}|{actor}|{recipient}"


def is_counted(modality: str) -> bool:
    return modality in COUNTED_MODALITIES


@dataclass(slots=True)
class LinkMention:
    """A counted event mention being linked: its row id, link key, date interval and place."""

    rowid: int
    key: str | None
    start: _dt.date
    end: _dt.date
    precision: str
    country: str | None
    article_id: str
    source_key: str


@dataclass(slots=True)
class Candidate:
    canonical_id: int
    key: str | None
    start: _dt.date
    end: _dt.date
    country: str | None


def _compatible(c: Candidate, m: LinkMention, window: _dt.timedelta) -> bool:
    return (c.key == m.key and c.start <= m.end + window and c.end >= m.start - window
            and (c.country is None or m.country is None or c.country == m.country))


def link_mentions(con: duckdb.DuckDBPyConnection, mentions: list[LinkMention], *, window_days: int,
                  next_canonical: int) -> tuple[dict[int, int], dict[int, list[LinkMention]], set[int]]:
    """Link one article's counted mentions, in order, to canonical events (see the module rule).

    Returns (event row id -> canonical id, new canonical id -> its mentions, existing canonical
    ids that gained mentions). One query reads every stored candidate for the whole article.
    """
    window = _dt.timedelta(days=window_days)
    keys = sorted({m.key for m in mentions if m.key is not None})
    candidates: list[Candidate] = []
    if keys:
        rows = con.execute(
            """SELECT canonical_id, link_key, date_start, date_end, place_country FROM canonical_events
               WHERE list_contains(?, link_key) AND date_start <= ? AND date_end >= ?""",
            [keys, max(m.end for m in mentions) + window, min(m.start for m in mentions) - window]).fetchall()
        candidates = [Candidate(int(r[0]), r[1], r[2], r[3], r[4]) for r in rows]
    links: dict[int, int] = {}
    created: dict[int, list[LinkMention]] = {}
    touched: set[int] = set()
    for mention in mentions:
        found = None
        if mention.key is not None:
            fitting = [c for c in candidates if _compatible(c, mention, window)]
            if fitting:
                found = min(fitting, key=lambda c: (abs((c.start - mention.start).days), c.canonical_id))
        if found is None:
            found = Candidate(next_canonical, mention.key, mention.start, mention.end, mention.country)
            next_canonical += 1
            created[found.canonical_id] = []
            if mention.key is not None:
                candidates.append(found)
        if found.canonical_id in created:
            created[found.canonical_id].append(mention)
        else:
            touched.add(found.canonical_id)
        links[mention.rowid] = found.canonical_id
    return links, created, touched


def summarise(members: list[tuple[Any, ...]]) -> list[Any]:
    """[date_start, date_end, date_precision, place_country, root_event, num_mentions,
    num_articles, num_sources] of a canonical event from its mentions' (rowid, article_id,
    source_key, date_start, date_end, date_precision, place_country), oldest first."""
    root = max(members, key=lambda r: (_PRECISION_RANK.get(r[5], 0), -r[0]))
    country = root[6] or next((r[6] for r in members if r[6]), None)
    return [root[3], root[4], root[5], country, root[0], len(members),
            len({r[1] for r in members}), len({r[2] for r in members})]


def insert_created(con: duckdb.DuckDBPyConnection, created: dict[int, list[LinkMention]],
                   event_types: dict[int, str | None]) -> None:
    """Write the canonical events an article created, counted from their mentions."""
    rows = []
    for canonical_id, members in created.items():
        summary = summarise([(m.rowid, m.article_id, m.source_key, m.start, m.end, m.precision, m.country)
                             for m in members])
        rows.append([canonical_id, members[0].key, event_types[members[0].rowid], *summary])
    insert_rows(con, "canonical_events", rows)


def next_ids(con: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """The next free event row id and canonical id (one writer, so max + 1 is safe)."""
    row = first_row(con.execute("""SELECT (SELECT coalesce(max(event_rowid), 0) + 1 FROM events),
                                          (SELECT coalesce(max(canonical_id), 0) + 1 FROM canonical_events)"""))
    return (int(row[0]), int(row[1])) if row else (1, 1)


def refresh_canonical(con: duckdb.DuckDBPyConnection, canonical_ids: set[int]) -> None:
    """Recount NumMentions, NumArticles, NumSources and re-pick the root of the given canonical
    events from their mentions; drop those left with none."""
    if not canonical_ids:
        return
    ids = sorted(canonical_ids)
    rows = con.execute(
        """SELECT canonical_id, event_rowid, article_id, coalesce(source, 'article:' || article_id),
                  date_start, date_end, date_precision, place_country
           FROM events WHERE counted AND list_contains(?, canonical_id)
           ORDER BY canonical_id, event_rowid""", [ids]).fetchall()
    grouped: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in rows:
        grouped[int(row[0])].append(row[1:])
    updates, gone = [], []
    for canonical_id in ids:
        members = grouped.get(canonical_id)
        if members:
            updates.append([*summarise(members), canonical_id])
        else:
            gone.append(canonical_id)
    if gone:
        con.execute("DELETE FROM canonical_events WHERE list_contains(?, canonical_id)", [gone])
    if updates:
        con.executemany(
            """UPDATE canonical_events SET date_start = ?, date_end = ?, date_precision = ?,
                   place_country = ?, root_event = ?, num_mentions = ?, num_articles = ?, num_sources = ?
               WHERE canonical_id = ?""", updates)
