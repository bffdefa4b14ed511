"""Writing coded articles into the store: one transaction per article, idempotent.

- An article already stored with the same id and the same text (SHA-256 of ``Article.text``) is
  skipped (counted as ``articles_skipped``), so re-ingesting a file changes nothing.
- An article stored under the same id with a different text is replaced (``articles_replaced``):
  it is a new version of the article.
- ``recode=True`` replaces every article given, even when its text is unchanged (after a new
  Lapwing version or other settings coded it differently).

Each article's rows (article, sentences, mentions, events, their actors, the canonical events
they link to and those canonical events' rows of the ``canonical_pairs`` aggregate) are written
in one transaction: a reader never sees half an article.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

import duckdb

from ..errors import StoreError
from ..model import Actor, CodedArticle, Event, Mention
from ..output import event_json
from .aggregates import refresh_canonical_pairs
from .linking import (LinkMention, date_interval, insert_created, is_counted, link_key, link_mentions,
                      next_ids, refresh_canonical)
from .sql import first_row, insert_rows

if TYPE_CHECKING:
    from .database import EventStore

EVENT_ORIGIN = "lapwing"


@dataclass(frozen=True, slots=True)
class IngestCounts:
    """What one :func:`ingest` call did."""

    articles_added: int = 0
    articles_replaced: int = 0
    articles_skipped: int = 0
    events_added: int = 0
    events_counted: int = 0          # asserted or reported: linked and counted
    events_linked: int = 0           # counted events that joined an existing canonical event
    canonical_events_added: int = 0
    mentions_added: int = 0

    def to_dict(self) -> dict[str, int]:
        return asdict(self)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def actor_key(actor: Actor) -> str:
    """A stable key for an actor: its knowledge-base entry, else a hash of its fields."""
    if actor.entry_id:
        return f"kb:{actor.entry_id}"
    fields = (actor.name, actor.code, actor.country, actor.sector, actor.cameo_code, actor.wikidata_id,
              actor.kind)
    digest = hashlib.sha1("\x1f".join(f or "" for f in fields).encode("utf-8")).hexdigest()[:16]
    return f"h:{digest}"


def actor_of(mention: Mention) -> Actor:
    """The mention's resolved actor, or an unresolved one named by the mention's text."""
    return mention.actor if mention.actor is not None else Actor(name=mention.text)


def actor_row(actor: Actor) -> list[Any]:
    return [actor_key(actor), actor.name, actor.code, actor.country, actor.sector, actor.cameo_code,
            actor.wikidata_id, actor.kind, actor.entry_id]


def ingest(store: EventStore, docs: Iterable[CodedArticle], *, recode: bool = False) -> IngestCounts:
    """Store coded articles, each in its own transaction (see the module docstring)."""
    if store.read_only:
        raise StoreError(f"{store.path}: the store is open read-only", code="E503")
    con = store.connection
    totals: dict[str, int] = dict.fromkeys(IngestCounts.__dataclass_fields__, 0)
    for doc in docs:
        article = doc.article
        digest = text_hash(article.text)
        row = first_row(con.execute("SELECT text_hash FROM articles WHERE article_id = ? LIMIT 1",
                          [article.id]))
        if row is not None and row[0] == digest and not recode:
            totals["articles_skipped"] += 1
            continue
        try:
            with store.transaction() as tx:
                if row is not None:
                    delete_article(tx, article.id)
                added = _insert_article(tx, doc, digest, window_days=store.link_window_days)
        except duckdb.Error as exc:
            raise StoreError(f"article {article.id!r} ({article.origin or 'no origin'}): could not be "
                             f"stored, nothing of it was written: {exc}", code="E503") from exc
        totals["articles_replaced" if row is not None else "articles_added"] += 1
        for name, value in added.items():
            totals[name] += value
    return IngestCounts(**totals)


def delete_article(con: duckdb.DuckDBPyConnection, article_id: str) -> bool:
    """Delete an article's rows (inside the caller's transaction) and recount the canonical events
    its events were linked to."""
    found = first_row(con.execute("SELECT count(*) FROM articles WHERE article_id = ?", [article_id]))
    touched = {int(r[0]) for r in con.execute(
        "SELECT DISTINCT canonical_id FROM events WHERE article_id = ? AND canonical_id IS NOT NULL",
        [article_id]).fetchall()}
    con.execute("""DELETE FROM event_actors WHERE event_rowid IN
                   (SELECT event_rowid FROM events WHERE article_id = ?)""", [article_id])
    for table in ("events", "mentions", "sentences", "articles"):
        con.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])  # fixed names only
    refresh_canonical(con, touched)
    refresh_canonical_pairs(con, touched)
    return bool(found and found[0])


def _insert_article(con: duckdb.DuckDBPyConnection, doc: CodedArticle, digest: str, *,
                    window_days: int) -> dict[str, int]:
    article = doc.article
    now = _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)
    con.execute("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [article.id, article.date, article.title, article.url, article.source, article.origin,
                 article.text, digest, ",".join(doc.stages), now])
    if doc.sentences:
        insert_rows(con, "sentences",
                    [[article.id, s.index, s.start_char, s.end_char, s.text] for s in doc.sentences])
    _insert_actors(con, doc)
    if doc.mentions:
        insert_rows(con, "mentions", [_mention_row(article.id, i, m) for i, m in enumerate(doc.mentions)])
    counts = {"events_added": len(doc.events), "events_counted": 0, "events_linked": 0,
              "canonical_events_added": 0, "mentions_added": len(doc.mentions)}
    if not doc.events:
        return counts
    first_rowid, next_canonical = next_ids(con)
    source_key = article.source if article.source is not None else f"article:{article.id}"
    intervals, counted_mentions, event_types = [], [], {}
    for rowid, event in enumerate(doc.events, start=first_rowid):
        start, end, precision = date_interval(event.date, event.date_precision, article.date)
        intervals.append((start, end, precision))
        event_types[rowid] = event.event_type
        if is_counted(event.modality):
            counted_mentions.append(LinkMention(
                rowid, link_key(event), start, end, precision,
                event.place.country_code if event.place else None, article.id, source_key))
    links, created, touched = link_mentions(con, counted_mentions, window_days=window_days,
                                            next_canonical=next_canonical)
    counts["events_counted"] = len(counted_mentions)
    counts["canonical_events_added"] = len(created)
    counts["events_linked"] = len(counted_mentions) - sum(len(m) for m in created.values())
    event_rows, role_rows = [], []
    for (rowid, event), interval in zip(enumerate(doc.events, start=first_rowid), intervals):
        event_rows.append(_event_row(rowid, event, article.source, is_counted(event.modality), interval,
                                     link_key(event), links.get(rowid)))
        role_rows.extend(_role_rows(rowid, event))
    insert_rows(con, "events", event_rows)
    insert_rows(con, "event_actors", role_rows)
    insert_created(con, created, event_types)
    refresh_canonical(con, touched)
    refresh_canonical_pairs(con, touched | set(created))
    return counts


def _insert_actors(con: duckdb.DuckDBPyConnection, doc: CodedArticle) -> None:
    """Add the article's actors not stored yet: every resolved mention's actor, and every actor,
    recipient and speaker of an event (an unresolved one named by its text)."""
    actors: dict[str, Actor] = {}
    for mention in doc.mentions:
        if mention.actor is not None:
            actors.setdefault(actor_key(mention.actor), mention.actor)
    for event in doc.events:
        for mention in (*event.actors, *event.recipients, *((event.speaker,) if event.speaker else ())):
            actor = actor_of(mention)
            actors.setdefault(actor_key(actor), actor)
    if not actors:
        return
    known = {r[0] for r in con.execute("SELECT actor_key FROM actors WHERE list_contains(?, actor_key)",
                                       [list(actors)]).fetchall()}
    new = [actor_row(a) for k, a in actors.items() if k not in known]
    insert_rows(con, "actors", new)


def _mention_row(article_id: str, index: int, mention: Mention) -> list[Any]:
    place = mention.place
    key = actor_key(mention.actor) if mention.actor is not None else None
    resolution = json.dumps(mention.resolution.to_dict()) if mention.resolution else None
    return [article_id, index, mention.start_char, mention.end_char, mention.text, mention.kind,
            mention.sentence, key, place.name if place else None, place.country_code if place else None,
            place.geonameid if place else None, place.lat if place else None,
            place.lon if place else None, resolution]


def _event_row(rowid: int, event: Event, source: str | None, counted: bool,
               interval: tuple[_dt.date, _dt.date, str], key: str | None,
               canonical_id: int | None) -> list[Any]:
    place = event.place
    start, end, precision = interval
    return [rowid, event.id, event.article_id, EVENT_ORIGIN, source, event.event_type, event.mode,
            ";".join(event.context), event.cameo, event.quad_code, event.intensity, event.modality,
            counted, event.date, event.date_precision or precision, start, end, event.date_text,
            event.place_text, place.name if place else None, place.country_code if place else None,
            place.admin1 if place else None, place.feature if place else None,
            place.geonameid if place else None, place.lat if place else None,
            place.lon if place else None, event.sentence, event.text, event.start_char, event.end_char,
            event.confidence, key, canonical_id, json.dumps(event_json(event), ensure_ascii=False)]


def _role_rows(rowid: int, event: Event) -> list[list[Any]]:
    rows = []
    roles = [("actor", event.actors), ("recipient", event.recipients),
             ("speaker", (event.speaker,) if event.speaker else ())]
    for role, mentions in roles:
        for position, mention in enumerate(mentions):
            rows.append([rowid, role, position, actor_key(actor_of(mention)), mention.text,
                         mention.start_char, mention.end_char])
    return rows
