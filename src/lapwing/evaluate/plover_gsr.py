"""PLOVER gold standard records (PLOVER_GSR_CAMEO): articles to code, and the scorer.

Each record is one sentence with one coded event. :func:`gsr_articles` turns the records into
articles (id = the record's id) for the pipeline; :func:`score_gsr` scores the events coded from
them by article id:

- the record's type, written in the 2016 18-type PLOVER, is mapped to the current 16 types
  through CAMEO (:mod:`lapwing.evaluate.plover_types`);
- *type right*: some event coded from the record has that type;
- *full right*: some such event also has a fitting source and target. Actor codes are compared
  by their first three letters (``USAGOV`` -> ``USA``, ``IGOUNO`` -> ``IGO``); a predicted
  entity offers its ``country`` and the first three letters of its ``code`` and ``cameo_code``.
  A source (target) fits when any gold source (target) code is among the predicted actors'
  (recipients') codes; a record without a source (target) accepts any;
- per type, the events coded from one record form a set of types: the gold type is found
  (and correct) when in the set, missed otherwise; every other type in the set is a wrong
  prediction. The records code one event per sentence, so this precision is a lower bound.

Negated and hypothetical events are not counted.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Article
from .gold import GsrActor, GsrRecord, read_gsr_gold
from .matching import event_types, is_event, sources_of, targets_of
from .plover_types import CAMEO2PLOVER_NAME, plover_type_mapping
from .result import EvaluationResult, TypeScore

#: The date of a record that has none (every dated PLOVER GSR record carries this one).
DEFAULT_GSR_DATE = dt.date(2000, 1, 1)


def gsr_articles(gold_path: str | Path) -> list[Article]:
    """One article per gold record: id = the record's id, date = its ``date`` (else
    :data:`DEFAULT_GSR_DATE`), text = its sentence, origin = ``path:line``."""
    path = Path(gold_path)
    articles = []
    for record in read_gsr_gold(path):
        articles.append(Article(id=record.id, date=_record_date(record, path=path), text=record.text,
                                source="PLOVER gold standard records", origin=f"{path}:{record.line}"))
    return articles


def default_mapping_path(gold_path: str | Path) -> Path:
    """PLOVER's CAMEO2PLOVER table beside the gold file."""
    return Path(gold_path).with_name(CAMEO2PLOVER_NAME)


def score_gsr(preds: list[dict[str, Any]], gold_path: str | Path, *,
              mapping: str | Path | None = None) -> EvaluationResult:
    """Score predicted events (coded from :func:`gsr_articles`) against PLOVER gold records."""
    path = Path(gold_path)
    mapping_path = Path(mapping) if mapping is not None else default_mapping_path(path)
    type_map = plover_type_mapping(mapping_path)
    records = read_gsr_gold(path)

    gold_ids = {r.id for r in records}
    by_article: dict[str, list[dict[str, Any]]] = {}
    ignored = 0
    for pred in preds:
        article_id = str(pred.get("article_id") or "")
        if article_id not in gold_ids:
            ignored += 1
            continue
        if is_event(pred):
            by_article.setdefault(article_id, []).append(pred)

    counts: dict[str, dict[str, int]] = {}

    def bump(event_type: str, key: str) -> None:
        counts.setdefault(event_type, {"predicted": 0, "correct": 0, "gold": 0, "found": 0})[key] += 1

    used: dict[str, str] = {}
    type_right = full_right = without_events = 0
    for record in records:
        gold_type = _mapped_type(record, type_map, path=path)
        used[record.event] = gold_type
        events = by_article.get(record.id, [])
        if not events:
            without_events += 1
        coded = {t for p in events for t in event_types(p)}
        bump(gold_type, "gold")
        if gold_type in coded:
            type_right += 1
            for key in ("predicted", "correct", "found"):
                bump(gold_type, key)
        for other in sorted(coded - {gold_type}):
            bump(other, "predicted")
        if any(gold_type in event_types(p) and _actors_fit(record.sources, sources_of(p))
               and _actors_fit(record.targets, targets_of(p)) for p in events):
            full_right += 1

    per_type = tuple(TypeScore(t, **c) for t, c in sorted(counts.items()))
    overall = TypeScore("ALL", **{key: sum(c[key] for c in counts.values())
                                  for key in ("predicted", "correct", "gold", "found")})
    return EvaluationResult(
        gold_format="plover-gsr", gold_path=str(path), overall=overall, per_type=per_type,
        records=len(records), type_right=type_right, full_right=full_right,
        records_without_events=without_events, ignored_predictions=ignored,
        type_mapping=dict(sorted(used.items())), mapping_path=str(mapping_path),
    )


def actor_codes(entity: Any) -> set[str]:
    """The three-letter codes a predicted entity offers: its country, and the first three
    letters of its code and CAMEO code."""
    if not isinstance(entity, dict):
        return set()
    codes = {str(entity.get("country") or "").upper()}
    for key in ("code", "cameo_code"):
        codes.add(str(entity.get(key) or "").upper()[:3])
    return {c for c in codes if c}


def _actors_fit(gold: tuple[GsrActor, ...], predicted: Any) -> bool:
    if not gold:
        return True
    entities = predicted if isinstance(predicted, list) else [predicted]
    offered = set().union(*(actor_codes(e) for e in entities)) if entities else set()
    return any(actor.code[:3] in offered for actor in gold)


def _mapped_type(record: GsrRecord, type_map: dict[str, Any], *, path: Path) -> str:
    mapping = type_map.get(record.event)
    if mapping is None:
        raise InputError(f"event type {record.event!r} is neither a current PLOVER type nor one "
                         f"of the 2016 types that can be mapped", path=str(path), line=record.line,
                         field="event", reason="unknown_event_type")
    return mapping.new_type


def _record_date(record: GsrRecord, *, path: Path) -> dt.date:
    if not record.date:
        return DEFAULT_GSR_DATE
    try:
        return dt.date.fromisoformat(record.date[:10])
    except ValueError:
        raise InputError(f"not an ISO date: {record.date!r}", path=str(path), line=record.line,
                         field="date", reason="bad_date") from None
