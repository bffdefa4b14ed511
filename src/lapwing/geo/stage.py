"""The geo stage: place mentions resolved to gazetteer entries, and each event's location."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ..actors.capitals import truecasing_on
from ..config import Config
from ..errors import ConfigError
from ..model import CodedArticle, Event, Provenance
from .gazetteer import Gazetteer
from .article import article_place
from .locate import Location, SentenceTree, locate_event
from .places import (context_countries, find_place_spans, place_mentions, place_name_in,
                     resolve_place_spans)
from .resources import (NOT_PLACES_FILE, PLACE_ALIASES_FILE, TERRITORIAL_VERBS_FILE, load_not_places,
                        load_territorial_verbs)
from .scene import fronted_locative
from .sentence_place import sentence_locative


class GeoStage:
    """Adds ``place`` to location mentions, new location mentions for other gazetteer places,
    and ``place``/``place_text`` to each event whose trigger has a place tied to it."""

    name = "geo.gazetteer.v1"
    requires = ("sentences", "syntax", "mentions", "events")
    assigns = ("places", "events.place")

    def __init__(self, settings: dict[str, Any], config: Config | None = None, *,
                 cache_dir: Path | None = None, shared_resources: Any = None) -> None:
        min_population = settings.get("min_population", 15000)
        if not isinstance(min_population, int) or isinstance(min_population, bool) or min_population < 0:
            raise ConfigError(f"[geo] min_population must be a whole number >= 0, not {min_population!r}",
                              code="E201")
        self.min_population = min_population
        #: capital letters are no name evidence in capitals text the model read truecased
        self.read_capitals = truecasing_on(config)
        article_fallback = settings.get("article_fallback", False)
        if not isinstance(article_fallback, bool):
            raise ConfigError(f"[geo] article_fallback must be true or false, not {article_fallback!r}",
                              code="E201")
        self.article_fallback = article_fallback
        def build() -> Gazetteer:
            return Gazetteer(min_population=min_population, cache_dir=cache_dir)

        # One gazetteer per pipeline: the actors stage asks the shared resources for the same key.
        self.gazetteer = (shared_resources.get(("gazetteer", min_population), build)
                          if shared_resources is not None and cache_dir is None else build())
        self.not_places = load_not_places()
        self.territorial_verbs = load_territorial_verbs()

    def __call__(self, doc: CodedArticle) -> CodedArticle:
        spans = find_place_spans(doc, self.gazetteer, self.not_places, territorial=self.territorial_verbs,
                                 read_capitals=self.read_capitals)
        context = context_countries(doc)
        spans, choices = resolve_place_spans(spans, context=context, text=doc.article.text)
        mentions = place_mentions(doc, spans, choices)
        for choice in choices:
            if choice.place.country_code:
                context[choice.place.country_code] += 1
        if not doc.events:
            return doc.replace(mentions=mentions)
        tree = SentenceTree(doc.tokens(), mentions, not_places=self.not_places)
        fallback = article_place(doc, mentions).location if self.article_fallback else None
        events = tuple(self._locate(event, tree, doc, context, fallback) for event in doc.events)
        return doc.replace(mentions=mentions, events=events)

    def _locate(self, event: Event, tree: SentenceTree, doc: CodedArticle, context: Any,
                fallback: Location | None = None) -> Event:
        if event.trigger_start is None or event.trigger_end is None:
            return event.replace(provenance=event.provenance + (Provenance(
                stage="geo", rule="event_location.no_trigger",
                reason="the event has no trigger offsets, so no place can be tied to it"),))
        trigger = tree.trigger_token(event.trigger_start, event.trigger_end)
        if trigger is None:
            return event.replace(provenance=event.provenance + (Provenance(
                stage="geo", rule="event_location.no_trigger",
                reason="no token at the trigger offsets"),))
        text = doc.article.text
        location = locate_event(trigger, tree, text=text, gazetteer=self.gazetteer, context=context,
                                territorial=self.territorial_verbs)
        sent = doc.sentence_of(trigger.start_char)
        if location is None and sent is not None:
            location = fronted_locative(trigger, tree, sent.tokens, text=text) \
                or sentence_locative(trigger, tree, sent.tokens)
        if location is None:
            location = fallback
        if location is None:
            return event.replace(place=None, place_text=None, provenance=event.provenance + (Provenance(
                stage="geo", rule="event_location.none",
                reason=f"no place is tied to the trigger {trigger.text!r} in its clause"),))
        place_text = location.text if location.place is None else \
            place_name_in(location.text, location.place, self.gazetteer)
        return event.replace(place=location.place, place_text=place_text,
                             provenance=event.provenance + (location.provenance,))

    def info(self) -> dict[str, Any]:
        return {"resources": {"gazetteer": self.gazetteer.info(),
                              "place_aliases": PLACE_ALIASES_FILE.name,
                              "not_places": {"file": NOT_PLACES_FILE.name, "entries": len(self.not_places)},
                              "territorial_verbs": {"file": TERRITORIAL_VERBS_FILE.name,
                                                    "entries": len(self.territorial_verbs)}}}
