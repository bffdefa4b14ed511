"""Every implementation Lapwing ships, registered under its versioned name, in one place.

Factories import their modules lazily, so importing Lapwing stays cheap and nothing runs at import.
"""
from __future__ import annotations

from typing import Any

from .registry import Registry


def _ingest_readers_v1(settings: dict[str, Any], config: dict[str, Any]) -> Any:
    from .ingest.readers import Reader
    return Reader(settings, config)


def _segment_spacy_v1(settings: dict[str, Any], config: dict[str, Any]) -> Any:
    from .segment.stage import SpacySegmenter
    return SpacySegmenter(settings, config)


def _actors_dictionary_v1(settings: dict[str, Any], config: dict[str, Any], *, resources: Any = None) -> Any:
    from .actors.stage import ActorStage
    return ActorStage(settings, config, shared_resources=resources)


def _events_rules_v1(settings: dict[str, Any], config: dict[str, Any]) -> Any:
    from .events.stage import EventStage
    return EventStage(settings, config)


def _dates_rules_v1(settings: dict[str, Any], config: dict[str, Any]) -> Any:
    from .dates.stage import DateStage
    return DateStage(settings, config)


def _geo_gazetteer_v1(settings: dict[str, Any], config: dict[str, Any], *, resources: Any = None) -> Any:
    from .geo.stage import GeoStage
    return GeoStage(settings, config, shared_resources=resources)


def register_all(registry: Registry) -> None:
    registry.register("ingest", "ingest.readers.v1", _ingest_readers_v1)
    registry.register("segment", "segment.spacy.v1", _segment_spacy_v1)
    registry.register("actors", "actors.dictionary.v1", _actors_dictionary_v1)
    registry.register("events", "events.rules.v1", _events_rules_v1)
    registry.register("dates", "dates.rules.v1", _dates_rules_v1)
    registry.register("geo", "geo.gazetteer.v1", _geo_gazetteer_v1)
