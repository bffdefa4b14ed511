"""Lapwing's JSON Lines output: one object per event (PLOVER's field names plus a few of ours), or
with ``--entities`` one object per article with its mentions and time expressions.

See docs/output.md for every field.
"""
from __future__ import annotations

from typing import Any

from .model import CodedArticle, Event, Mention, Place


def entity_json(mention: Mention) -> dict[str, Any]:
    """A PLOVER actor/recipient entity from a resolved mention."""
    actor = mention.actor
    out: dict[str, Any] = {
        "entity_text": mention.text,
        "entity_name": actor.name if actor else mention.text,
        "code": actor.code if actor else None,
        "country": actor.country if actor else None,
        "sector": actor.sector if actor else None,
        "cameo_code": actor.cameo_code if actor else None,
    }
    if actor and actor.wikidata_id:
        out["wikidata_id"] = actor.wikidata_id
    return out


def place_json(place: Place | None, text: str | None) -> dict[str, Any] | None:
    if place is None and not text:
        return None
    return {
        "extracted_place": text,
        "resolved_place": place.name if place else None,
        "geonameid": place.geonameid if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "country_code": place.country_code if place else None,
    }


def event_json(event: Event) -> dict[str, Any]:
    """One event as Lapwing's output object."""
    return {
        "id": event.id,
        "article_id": event.article_id,
        "date": event.date,
        "date_precision": event.date_precision,
        "date_text": event.date_text,
        "event": event.event_type,
        "mode": event.mode,
        "context": list(event.context),
        "quad_code": event.quad_code,
        "intensity": event.intensity,
        "cameo": event.cameo,
        "actor": [entity_json(m) for m in event.actors],
        "recipient": [entity_json(m) for m in event.recipients],
        "modality": event.modality,
        "speaker": entity_json(event.speaker) if event.speaker else None,
        "event_loc": place_json(event.place, event.place_text),
        "text": event.text,
        "start_char": event.start_char,
        "end_char": event.end_char,
        "evidence": list(event.evidence),
        "confidence": event.confidence,
        "provenance": [p.to_dict() for p in event.provenance],
    }


def mention_json(mention: Mention) -> dict[str, Any]:
    out: dict[str, Any] = {
        "start_char": mention.start_char,
        "end_char": mention.end_char,
        "text": mention.text,
        "kind": mention.kind,
    }
    if mention.actor is not None:
        out["actor"] = mention.actor.to_dict()
    if mention.place is not None:
        out["place"] = mention.place.to_dict()
    if mention.resolution is not None:
        out["resolution"] = mention.resolution.to_dict()
    return out


def entities_json(doc: CodedArticle) -> dict[str, Any]:
    """One article's mentions and time expressions (``lapwing extract --entities``)."""
    return {
        "article_id": doc.article.id,
        "date": doc.article.date.isoformat(),
        "mentions": [mention_json(m) for m in doc.mentions],
        "times": [
            {"start_char": t.start_char, "end_char": t.end_char, "text": t.text,
             "value": t.value, "precision": t.precision, "start": t.start, "end": t.end}
            for t in doc.times
        ],
    }
