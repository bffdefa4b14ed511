"""Scoring event locations against the event-location gold records (Halterman, "Geolocating
Political Events in Text", github.com/ahalterman/event_location).

Each record is one sentence with a marked event verb (``VERB``) and zero or more ``LOCATION``
spans: where that event happened, as the annotator read it. Records whose ``source`` is
``RELABEL`` are the gold standard (496). The file is a JSON array (or JSON Lines), optionally
inside a ``.zip``.

For each record the sentence is parsed by the configured segment stage (and the actors stage,
when it is installed), one event is made whose trigger is the gold verb, and the geo stage
places it. The scores:

- ``exact_accuracy``: share of records where Lapwing's place text is one of the gold location
  spans (ignoring case, diacritics, "the"), or where both have no location;
- ``country_accuracy``: among records whose gold location resolves to a country in the gazetteer
  (the span's own mention, else a gazetteer look-up with the sentence's context), the share
  where Lapwing's place is in that country;
- ``none_accuracy``: among records with no gold location, the share where Lapwing gives none;
- ``subnational_coordinates``: among records where Lapwing's place is below country level (a
  region, a city, a town), the share whose place has coordinates (the gold gives none, so this
  says how many placed events can be mapped, not whether the point is right).

How fair the country score is: the gold country is Lapwing's own resolution of the gold span in
the sentence (no other country is given), so a disambiguation error is shared by gold and
prediction: the score measures whether the right place is tied to the event. Records whose gold
span the gazetteer cannot resolve are left out of it (``gold_country_known`` says how many count).

Spans are given either by character offsets or (when the record carries the span's ``text``) by
inclusive token indices; both are read through ``token_start``/``token_end``.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
import time
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Article, CodedArticle, Event

GOLD_SOURCE = "RELABEL"


def read_event_location_records(path: str | Path, *, gold_only: bool = True) -> list[dict[str, Any]]:
    """The records of an event-location file (``.json``, ``.jsonl`` or a ``.zip`` holding one)."""
    path = Path(path)
    if not path.exists():
        raise InputError("no such file", path=str(path), reason="missing_file")
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist()
                     if n.endswith((".json", ".jsonl")) and not n.startswith("__MACOSX")]
            if not names:
                raise InputError("the archive holds no .json or .jsonl file", path=str(path))
            raw = archive.read(names[0]).decode("utf-8")
    else:
        raw = path.read_text(encoding="utf-8")
    try:
        records = json.loads(raw)
    except json.JSONDecodeError:
        records = []
        for number, line in enumerate(raw.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"not JSON: {exc.msg}", path=str(path), line=number,
                                 reason="bad_json") from None
    if not isinstance(records, list):
        raise InputError("expected a JSON array of records", path=str(path), reason="bad_json")
    if gold_only:
        records = [r for r in records if r.get("source") == GOLD_SOURCE]
    return records


def span_offsets(record: dict[str, Any], span: dict[str, Any]) -> tuple[int, int]:
    """Character offsets of a span, read through its token indices."""
    tokens = record.get("tokens") or []
    first, last = span.get("token_start"), span.get("token_end")
    if isinstance(first, int) and isinstance(last, int) and 0 <= first <= last < len(tokens):
        return int(tokens[first]["start"]), int(tokens[last]["end"])
    return int(span["start"]), int(span["end"])


def evaluate_event_locations(path: str | Path, *, config: dict[str, Any] | None = None,
                             limit: int | None = None, gold_only: bool = True,
                             use_actors: bool = True, errors: int = 20) -> dict[str, Any]:
    """Score Lapwing's event locations on an event-location file; returns counts, rates and the
    first ``errors`` mistakes (see the module docstring for the definitions)."""
    from ..config import load_config
    from ..geo.disambiguate import choose_place
    from ..geo.gazetteer import fold_name
    from ..geo.places import context_countries
    from ..geo.stage import GeoStage
    from ..registry import default_registry

    config = config if config is not None else load_config()
    registry = default_registry()
    segmenter = registry.get("segment", config["segment"]["impl"])(config["segment"], config)
    actors = None
    if use_actors and importlib.util.find_spec("lapwing.actors.stage") is not None:
        actors = registry.get("actors", config["actors"]["impl"])(config["actors"], config)
    geo = GeoStage(config["geo"], config)

    records = read_event_location_records(path, gold_only=gold_only)
    if limit is not None:
        records = records[:limit]
    counts: Counter[str] = Counter()
    mistakes: list[dict[str, Any]] = []
    started = time.perf_counter()
    for number, record in enumerate(records):
        text = record.get("text") or ""
        spans = record.get("spans") or []
        verbs = [span_offsets(record, s) for s in spans if s.get("label") == "VERB"]
        gold = [span_offsets(record, s) for s in spans if s.get("label") == "LOCATION"]
        if not text or not verbs:
            counts["skipped_no_verb"] += 1
            continue
        article = Article(id=str(record.get("_id", number)), date=dt.date(2000, 1, 1), text=text)
        doc = segmenter(CodedArticle(article=article))
        if actors is not None:
            doc = actors(doc)
        event = Event(id=f"{article.id}#0", article_id=article.id, event_type="UNKNOWN",
                      trigger_start=verbs[0][0], trigger_end=verbs[0][1])
        doc = geo(doc.replace(events=(event,)))
        predicted = doc.events[0]
        counts["records"] += 1
        if predicted.place is not None and predicted.place.feature != "country":
            counts["subnational_place"] += 1   # a region, a city or a town: where on a map?
            counts["subnational_with_coordinates"] += predicted.place.lat is not None
        gold_texts = {fold_name(text[a:b]) for a, b in gold}
        predicted_text = fold_name(predicted.place_text) if predicted.place_text else None
        predicted_country = predicted.place.country_code if predicted.place else None
        if not gold:
            counts["gold_none"] += 1
            ok = predicted_text is None
            counts["none_correct"] += ok
            counts["exact_correct"] += ok
            if not ok:
                mistakes.append({"id": article.id, "text": text, "gold": None,
                                 "predicted": predicted.place_text, "country": predicted_country})
            continue
        counts["gold_location"] += 1
        exact = predicted_text is not None and predicted_text in gold_texts
        counts["exact_correct"] += exact
        counts["predicted_on_located"] += predicted_text is not None
        context = context_countries(doc)
        for mention in doc.mentions:
            if mention.place is not None and mention.place.country_code:
                context[mention.place.country_code] += 1
        gold_countries = set()
        for a, b in gold:
            country = _gold_country(doc, a, b, geo, context, choose_place)
            if country:
                gold_countries.add(country)
        if gold_countries:
            counts["gold_country_known"] += 1
            right = predicted_country in gold_countries
            counts["country_correct"] += right
            counts["country_predicted"] += predicted_country is not None
            counts["country_correct_when_predicted"] += right
        if not exact and len(mistakes) < errors:
            mistakes.append({"id": article.id, "text": text, "gold": [text[a:b] for a, b in gold],
                             "gold_countries": sorted(gold_countries),
                             "predicted": predicted.place_text, "country": predicted_country,
                             "rule": predicted.provenance[-1].rule if predicted.provenance else None})
    seconds = time.perf_counter() - started
    return {
        "path": str(path), "records": counts["records"], "gold_location": counts["gold_location"],
        "gold_none": counts["gold_none"], "gold_country_known": counts["gold_country_known"],
        "exact_accuracy": _ratio(counts["exact_correct"], counts["records"]),
        "country_accuracy": _ratio(counts["country_correct"], counts["gold_country_known"]),
        "country_precision": _ratio(counts["country_correct_when_predicted"], counts["country_predicted"]),
        "none_accuracy": _ratio(counts["none_correct"], counts["gold_none"]),
        "located_recall": _ratio(counts["predicted_on_located"], counts["gold_location"]),
        "subnational_coordinates": _ratio(counts["subnational_with_coordinates"], counts["subnational_place"]),
        "counts": dict(counts), "actors_stage": actors is not None, "seconds": round(seconds, 2),
        "mistakes": mistakes[:errors],
    }


def _gold_country(doc: CodedArticle, start: int, end: int, geo: Any, context: Counter[str],
                  choose_place: Any) -> str | None:
    """The country of a gold location span: its place mention, else a gazetteer look-up."""
    for mention in doc.mentions:
        if mention.place is not None and mention.start_char < end and start < mention.end_char:
            return mention.place.country_code
    name = doc.article.text[start:end]
    candidates = geo.gazetteer.lookup(name) or tuple(
        c for c in geo.gazetteer.lookup_small_town(name) if c.place.country_code in context)
    if not candidates:
        return None
    return choose_place(name, candidates, context=context).place.country_code


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None
