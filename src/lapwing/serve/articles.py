"""Articles read back from the store for the API and the article page: the text, its sentences,
its actor and place mentions (with offsets), its events with their provenance, and the text cut
into highlighted segments.

The store keeps no time expressions (``CodedArticle.times``) and no trigger offsets
(``Event.trigger_start``/``trigger_end``). An event's date and trigger are therefore located by
finding its ``date_text`` and its first ``evidence`` word inside the event's sentence; such
spans carry ``"located": "by_text"`` so a reader knows they were found, not stored.
"""
from __future__ import annotations

from typing import Any, Protocol

from .jsonable import json_value, parse_json, tuple_rows


class ReadStore(Protocol):
    def fetch(self, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]: ...


ARTICLE_LIST_COLUMNS = ("article_id", "date", "title", "url", "source", "events", "mentions")


def list_articles(store: ReadStore, *, search: str | None = None, limit: int = 50,
                  offset: int = 0) -> dict[str, Any]:
    """A page of stored articles, newest first; ``search`` matches title or text (any case)."""
    where, params = "", []
    if search:
        pattern = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where = " WHERE (a.title ILIKE ? ESCAPE '\\' OR a.text ILIKE ? ESCAPE '\\')"
        params = [pattern, pattern]
    memo = getattr(store, "memo", None)  # a snapshot's memo: its data never change

    def count() -> int:
        return int(store.fetch("SELECT count(*) FROM articles a" + where, params)[0][0])

    total = memo.get(("articles_total", search), count) if memo is not None else count()
    # The page is chosen first (a top-N sort), then its events and mentions are counted.
    rows = store.fetch(
        f"""WITH page AS (SELECT a.article_id, a.date, a.title, a.url, a.source FROM articles a{where}
                          ORDER BY a.date DESC, a.article_id LIMIT ? OFFSET ?),
                 events AS (SELECT article_id, count(*) AS n FROM events
                            WHERE article_id IN (SELECT article_id FROM page) GROUP BY article_id),
                 mentions AS (SELECT article_id, count(*) AS n FROM mentions
                              WHERE article_id IN (SELECT article_id FROM page) GROUP BY article_id)
            SELECT p.article_id, p.date, p.title, p.url, p.source, coalesce(e.n, 0), coalesce(m.n, 0)
            FROM page p LEFT JOIN events e USING (article_id) LEFT JOIN mentions m USING (article_id)
            ORDER BY p.date DESC, p.article_id""", [*params, limit, offset])
    return {"total": int(total), "limit": limit, "offset": offset,
            "items": tuple_rows(ARTICLE_LIST_COLUMNS, rows)}


_ARTICLE_COLUMNS = ("article_id", "date", "title", "url", "source", "origin", "text", "stages",
                    "ingested_at")
_MENTION_COLUMNS = ("mention_index", "start_char", "end_char", "text", "kind", "sentence", "actor_key",
                    "place_name", "place_country", "place_geonameid", "place_lat", "place_lon",
                    "resolution_json", "actor_name", "actor_code", "actor_country", "actor_sector",
                    "actor_cameo_code")
_EVENT_COLUMNS = ("event_rowid", "canonical_id", "counted", "date_start", "date_end", "event_json",
                  "num_mentions", "num_articles", "num_sources", "is_root")
_ROLE_COLUMNS = ("event_rowid", "role", "position", "actor_key", "mention_text", "start_char", "end_char",
                 "name", "code", "country", "sector")


def article_detail(store: ReadStore, article_id: str) -> dict[str, Any] | None:
    """Everything the store keeps about one article, or None when it is not stored."""
    found = store.fetch(f"SELECT {', '.join(_ARTICLE_COLUMNS)} FROM articles WHERE article_id = ?",
                        [article_id])
    if not found:
        return None
    article = {k: json_value(v) for k, v in zip(_ARTICLE_COLUMNS, found[0])}
    article["stages"] = [s for s in (article.get("stages") or "").split(",") if s]
    sentences = tuple_rows(("index", "start_char", "end_char", "text"), store.fetch(
        "SELECT sentence_index, start_char, end_char, text FROM sentences WHERE article_id = ? "
        "ORDER BY sentence_index", [article_id]))
    mentions = [_mention(row) for row in tuple_rows(_MENTION_COLUMNS, store.fetch(
        """SELECT m.mention_index, m.start_char, m.end_char, m.text, m.kind, m.sentence, m.actor_key,
                  m.place_name, m.place_country, m.place_geonameid, m.place_lat, m.place_lon,
                  m.resolution_json, a.name, a.code, a.country, a.sector, a.cameo_code
           FROM mentions m LEFT JOIN actors a ON a.actor_key = m.actor_key
           WHERE m.article_id = ? ORDER BY m.mention_index""", [article_id]))]
    roles: dict[int, list[dict[str, Any]]] = {}
    for row in tuple_rows(_ROLE_COLUMNS, store.fetch(
            """SELECT ea.event_rowid, ea.role, ea.position, ea.actor_key, ea.mention_text, ea.start_char,
                      ea.end_char, a.name, a.code, a.country, a.sector
               FROM events e JOIN event_actors ea ON ea.event_rowid = e.event_rowid
               LEFT JOIN actors a ON a.actor_key = ea.actor_key
               WHERE e.article_id = ? ORDER BY ea.event_rowid, ea.role, ea.position""", [article_id])):
        roles.setdefault(row.pop("event_rowid"), []).append(row)
    events = []
    for row in tuple_rows(_EVENT_COLUMNS, store.fetch(
            """SELECT e.event_rowid, e.canonical_id, e.counted, e.date_start, e.date_end, e.event_json,
                      c.num_mentions, c.num_articles, c.num_sources, c.root_event = e.event_rowid
               FROM events e LEFT JOIN canonical_events c ON c.canonical_id = e.canonical_id
               WHERE e.article_id = ? ORDER BY e.start_char, e.event_rowid""", [article_id])):
        event = parse_json(row.pop("event_json")) or {}
        events.append({**event, **row, "roles": roles.get(row["event_rowid"], [])})
    times = _located_times(article["text"] or "", events)
    return {"article": article, "sentences": sentences, "mentions": mentions, "times": times,
            "events": events, "segments": highlight_segments(article["text"] or "", mentions, times, events)}


def _mention(row: dict[str, Any]) -> dict[str, Any]:
    actor = None
    if row["actor_key"] is not None:
        actor = {"key": row["actor_key"], "name": row["actor_name"], "code": row["actor_code"],
                 "country": row["actor_country"], "sector": row["actor_sector"],
                 "cameo_code": row["actor_cameo_code"]}
    place = None
    if row["place_name"] is not None:
        place = {"name": row["place_name"], "country_code": row["place_country"],
                 "geonameid": row["place_geonameid"], "lat": row["place_lat"], "lon": row["place_lon"]}
    return {"index": row["mention_index"], "start_char": row["start_char"], "end_char": row["end_char"],
            "text": row["text"], "kind": row["kind"], "sentence": row["sentence"], "actor": actor,
            "place": place, "resolution": parse_json(row["resolution_json"])}


def _find_in(text: str, needle: str | None, start: int, end: int) -> tuple[int, int] | None:
    if not needle:
        return None
    at = text.find(needle, max(start, 0), max(end, start))
    return (at, at + len(needle)) if at >= 0 else None


def _located_times(text: str, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events' time expressions, found by their text inside the event's sentence."""
    times: dict[tuple[int, int], dict[str, Any]] = {}
    for event in events:
        span = _find_in(text, event.get("date_text"), event.get("start_char") or 0, event.get("end_char") or 0)
        if span and span not in times:
            times[span] = {"start_char": span[0], "end_char": span[1], "text": event["date_text"],
                           "value": event.get("date"), "precision": event.get("date_precision"),
                           "located": "by_text"}
    return sorted(times.values(), key=lambda t: t["start_char"])


def highlight_segments(text: str, mentions: list[dict[str, Any]], times: list[dict[str, Any]],
                       events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The text cut into segments, each plain (``kind`` None) or highlighted: ``actor``, ``place``,
    ``date`` or ``trigger``. Overlapping spans: the earlier, then the longer, wins."""
    spans: list[tuple[int, int, str, str, Any]] = []
    for mention in mentions:
        kind = "place" if mention["place"] is not None or mention["kind"] == "location" else "actor"
        actor = mention["actor"]
        label = (actor["name"] if actor else mention["text"]) if kind == "actor" else (
            (mention["place"] or {}).get("name") or mention["text"])
        spans.append((mention["start_char"], mention["end_char"], kind, label,
                      actor["key"] if actor and kind == "actor" else None))
    for time_ in times:
        spans.append((time_["start_char"], time_["end_char"], "date", str(time_.get("value") or ""), None))
    for event in events:
        evidence = event.get("evidence") or []
        span = _find_in(text, evidence[0] if evidence else None, event.get("start_char") or 0,
                        event.get("end_char") or 0)
        if span:
            spans.append((span[0], span[1], "trigger", str(event.get("event") or ""), event["event_rowid"]))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    segments: list[dict[str, Any]] = []
    at = 0
    for start, end, kind, label, ref in spans:
        if start < at or end <= start or end > len(text):
            continue
        if start > at:
            segments.append({"text": text[at:start], "kind": None, "label": None, "ref": None})
        segments.append({"text": text[start:end], "kind": kind, "label": label, "ref": ref})
        at = end
    if at < len(text):
        segments.append({"text": text[at:], "kind": None, "label": None, "ref": None})
    return segments
