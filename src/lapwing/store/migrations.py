"""The store's schema, as numbered migrations applied in order when a store is opened for writing.

Each migration runs in its own transaction and is recorded in ``schema_migrations`` (version, name,
applied_at). A store written by a newer Lapwing (a version this module does not know) is refused
rather than guessed at. Migrations are append-only: never edit one that has shipped, add the next.

The tables (see docs/store.md for every column):

- ``articles``: one row per stored article, with the hash of its text (idempotent re-ingest);
- ``sentences``: the article's sentences (offsets into the article text);
- ``actors``: one row per distinct resolved actor (``actor_key``);
- ``mentions``: the article's actor and place mentions;
- ``events``: one row per event *mention* (an event as one article reports it), with its own
  provenance and the full output object (``event_json``) that ``lapwing extract`` writes;
- ``event_actors``: who acted (``role = 'actor'``), on whom (``'recipient'``) and who said so
  (``'speaker'``), one row per mention in the role;
- ``canonical_events``: one row per happening; reports of the same event are linked to it
  (``events.canonical_id``) and counted (NumMentions, NumArticles, NumSources as GDELT does);
- ``canonical_pairs``: the analytics aggregate (migration 3): for each canonical event, one row per
  actor x recipient pair of its root mention, with the root's date interval, type, quad code,
  intensity and the canonical event's NumMentions, so the network and timelines read one narrow
  table instead of joining events and event_actors. It is kept exact by every write path
  (:mod:`lapwing.store.aggregates`).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


_INITIAL = (
    """CREATE TABLE articles (
        article_id VARCHAR NOT NULL,
        date DATE,
        title VARCHAR,
        url VARCHAR,
        source VARCHAR,
        origin VARCHAR,
        text VARCHAR,
        text_hash VARCHAR NOT NULL,
        stages VARCHAR,
        ingested_at TIMESTAMP NOT NULL
    )""",
    """CREATE TABLE sentences (
        article_id VARCHAR NOT NULL,
        sentence_index INTEGER NOT NULL,
        start_char INTEGER,
        end_char INTEGER,
        text VARCHAR
    )""",
    """CREATE TABLE actors (
        actor_key VARCHAR NOT NULL,
        name VARCHAR,
        code VARCHAR,
        country VARCHAR,
        sector VARCHAR,
        cameo_code VARCHAR,
        wikidata_id VARCHAR,
        kind VARCHAR,
        entry_id VARCHAR
    )""",
    """CREATE TABLE mentions (
        article_id VARCHAR NOT NULL,
        mention_index INTEGER NOT NULL,
        start_char INTEGER,
        end_char INTEGER,
        text VARCHAR,
        kind VARCHAR,
        sentence INTEGER,
        actor_key VARCHAR,
        place_name VARCHAR,
        place_country VARCHAR,
        place_geonameid BIGINT,
        place_lat DOUBLE,
        place_lon DOUBLE,
        resolution_json VARCHAR
    )""",
    """CREATE TABLE events (
        event_rowid BIGINT NOT NULL,
        event_id VARCHAR,
        article_id VARCHAR NOT NULL,
        origin VARCHAR NOT NULL,
        source VARCHAR,
        event_type VARCHAR,
        mode VARCHAR,
        context VARCHAR,
        cameo VARCHAR,
        quad_code INTEGER,
        intensity DOUBLE,
        modality VARCHAR NOT NULL,
        counted BOOLEAN NOT NULL,
        date VARCHAR,
        date_precision VARCHAR,
        date_start DATE,
        date_end DATE,
        date_text VARCHAR,
        place_text VARCHAR,
        place_name VARCHAR,
        place_country VARCHAR,
        place_admin1 VARCHAR,
        place_feature VARCHAR,
        place_geonameid BIGINT,
        place_lat DOUBLE,
        place_lon DOUBLE,
        sentence INTEGER,
        text VARCHAR,
        start_char INTEGER,
        end_char INTEGER,
        confidence DOUBLE,
        link_key VARCHAR,
        canonical_id BIGINT,
        event_json VARCHAR
    )""",
    """CREATE TABLE event_actors (
        event_rowid BIGINT NOT NULL,
        role VARCHAR NOT NULL,
        position INTEGER NOT NULL,
        actor_key VARCHAR NOT NULL,
        mention_text VARCHAR,
        start_char INTEGER,
        end_char INTEGER
    )""",
    """CREATE TABLE canonical_events (
        canonical_id BIGINT NOT NULL,
        link_key VARCHAR,
        event_type VARCHAR,
        date_start DATE,
        date_end DATE,
        date_precision VARCHAR,
        place_country VARCHAR,
        root_event BIGINT NOT NULL,
        num_mentions INTEGER NOT NULL,
        num_articles INTEGER NOT NULL,
        num_sources INTEGER NOT NULL
    )""",
    "CREATE INDEX articles_by_id ON articles (article_id)",
    "CREATE INDEX actors_by_key ON actors (actor_key)",
    "CREATE INDEX events_by_article ON events (article_id)",
    "CREATE INDEX events_by_canonical ON events (canonical_id)",
    "CREATE INDEX event_actors_by_event ON event_actors (event_rowid)",
    "CREATE INDEX canonical_by_link ON canonical_events (link_key)",
)

_DYAD_VIEW = (
    # One row per (actor, recipient) pair of each event mention: the dyads analytics work on.
    """CREATE VIEW event_dyads AS
       SELECT e.event_rowid, e.canonical_id, e.counted, e.event_type, e.quad_code,
              a.actor_key AS actor_key, r.actor_key AS recipient_key
       FROM events e
       JOIN event_actors a ON a.event_rowid = e.event_rowid AND a.role = 'actor'
       JOIN event_actors r ON r.event_rowid = e.event_rowid AND r.role = 'recipient'""",
)

# The analytics aggregate's rows: for the canonical events chosen by ``{canonical}`` (a fixed
# condition on canonical_events), whose root mentions are among the event rows ``{rows}`` chooses (a
# fixed condition on event_rowid: naming the roots lets DuckDB skip straight to them), one row per
# actor x recipient pair of the root mention; a root with no actor (or no recipient) gives rows with
# a null key on that side, and one with neither a row of two nulls, so every canonical event has
# at least one row, and exactly one with ``first_pair``.
CANONICAL_PAIRS_SELECT = """SELECT c.canonical_id, c.date_start, c.date_end, e.event_type, e.quad_code,
           e.intensity, c.num_mentions, a.actor_key, r.actor_key,
           coalesce(a.position, 0) = 0 AND coalesce(r.position, 0) = 0
    FROM (SELECT * FROM canonical_events WHERE {canonical}) c
    JOIN (SELECT event_rowid, event_type, quad_code, intensity FROM events WHERE {rows}) e
           ON e.event_rowid = c.root_event
    LEFT JOIN (SELECT event_rowid, actor_key, position FROM event_actors WHERE role = 'actor' AND {rows}) a
           ON a.event_rowid = e.event_rowid
    LEFT JOIN (SELECT event_rowid, actor_key, position FROM event_actors WHERE role = 'recipient' AND {rows}) r
           ON r.event_rowid = e.event_rowid"""
CANONICAL_PAIRS_ALL = (CANONICAL_PAIRS_SELECT.format(canonical="true", rows="true")
                       + " ORDER BY c.date_start, c.canonical_id, a.position, r.position")

_CANONICAL_PAIRS = (
    """CREATE TABLE canonical_pairs (
        canonical_id BIGINT NOT NULL,
        date_start DATE,
        date_end DATE,
        event_type VARCHAR,
        quad_code INTEGER,
        intensity DOUBLE,
        num_mentions INTEGER NOT NULL,
        actor_key VARCHAR,
        recipient_key VARCHAR,
        first_pair BOOLEAN NOT NULL
    )""",
    # The backfill of an existing store, in date order (DuckDB's per-block min/max then skips most
    # of the table for a date window).
    "INSERT INTO canonical_pairs " + CANONICAL_PAIRS_ALL,
    "CREATE INDEX canonical_pairs_by_canonical ON canonical_pairs (canonical_id)",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema: articles, sentences, actors, mentions, events, event_actors, "
                 "canonical_events", _INITIAL),
    Migration(2, "event_dyads view", _DYAD_VIEW),
    Migration(3, "canonical_pairs: the analytics aggregate (root actor x recipient pairs of each "
                 "canonical event)", _CANONICAL_PAIRS),
)

MIGRATIONS_TABLE = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER NOT NULL,
    name VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL
)"""


def latest_version() -> int:
    return MIGRATIONS[-1].version
