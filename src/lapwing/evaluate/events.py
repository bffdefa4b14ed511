"""Score predicted events against a gold file: ``lapwing evaluate PREDICTED GOLD``.

Two gold formats (docs/evaluation.md): Lapwing's own (required, optional and forbidden readings
of sentences; scored as ``score_events.py`` scores them) and PLOVER gold standard records (one
coded sentence per record, scored by article id in :mod:`lapwing.evaluate.plover_gsr`).
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import InputError
from .gold import GOLD_FORMATS, GoldRow, detect_gold_format, read_lapwing_gold, read_predictions
from .matching import date_of, is_event, matches, place_matches, primary_type, sentence_of
from .result import EvaluationResult, TypeScore, Violation


def evaluate_events(predicted: str | Path | Iterable[dict[str, Any]], gold_path: str | Path, *,
                    fmt: str = "auto", mapping: str | Path | None = None) -> EvaluationResult:
    """Score predicted events (a JSON Lines path or event objects) against ``gold_path``.

    ``fmt`` is ``"auto"`` (decided by the gold file's first record), ``"lapwing"`` or
    ``"plover-gsr"``. ``mapping`` is PLOVER's CAMEO2PLOVER table, used for PLOVER gold only;
    by default the file of that name beside the gold file.
    """
    if fmt not in GOLD_FORMATS:
        raise InputError(f"unknown gold format {fmt!r}; use one of {', '.join(GOLD_FORMATS)}",
                         path=str(gold_path), reason="unknown_gold_format")
    if fmt == "auto":
        fmt = detect_gold_format(gold_path)
    preds = read_predictions(predicted)
    if fmt == "plover-gsr":
        from .plover_gsr import score_gsr  # noqa: PLC0415 - kept apart: the GSR scorer needs the mapping

        return score_gsr(preds, gold_path, mapping=mapping)
    return score_lapwing_gold(preds, read_lapwing_gold(gold_path), gold_path=str(gold_path))


def score_lapwing_gold(preds: list[dict[str, Any]], rows: list[GoldRow], *,
                       gold_path: str = "") -> EvaluationResult:
    """Score predictions against Lapwing gold rows.

    Only events that happened count (negated and hypothetical ones are dropped). Overall:
    recall is the share of required rows some event matches; precision the share of events
    that match a required or optional row (of a row marked ``once``, only the first matching
    event counts); an event matching a forbidden row is a violation.
    Per type: an event counts under its first listed type, as correct when it matches a
    required or optional row; a required row counts under its first listed type, as found when
    some event matches it.
    """
    events = [p for p in preds if is_event(p)]
    required = [r for r in rows if r.status == "required"]
    allowed = [r for r in rows if r.status in ("required", "optional")]
    forbidden = [r for r in rows if r.status == "forbidden"]

    hits = {r.id: [p for p in events if matches(r, p)] for r in rows}
    good_ids = {id(p) for r in allowed for p in (hits[r.id][:1] if r.once else hits[r.id])}
    found = [r for r in required if hits[r.id]]

    counts: dict[str, dict[str, int]] = {}

    def bump(event_type: str, key: str) -> None:
        counts.setdefault(event_type, {"predicted": 0, "correct": 0, "gold": 0, "found": 0})[key] += 1

    for p in events:
        bump(primary_type(p), "predicted")
        if id(p) in good_ids:
            bump(primary_type(p), "correct")
    for r in required:
        bump(r.types[0], "gold")
        if hits[r.id]:
            bump(r.types[0], "found")

    per_type = tuple(TypeScore(t, **c) for t, c in sorted(counts.items()))
    overall = TypeScore("ALL", predicted=len(events), correct=len(good_ids), gold=len(required),
                        found=len(found))
    violations = tuple(
        Violation(gold_id=r.id, event_type=primary_type(p), sentence=sentence_of(p),
                  article_id=p.get("article_id"))
        for r in forbidden for p in hits[r.id]
    )
    dated = [r for r in found if r.date]
    dates_right = sum(1 for r in dated if any(date_of(p).startswith(r.date) for p in hits[r.id]))
    located = [r for r in found if r.location]
    locations_right = sum(1 for r in located if any(place_matches(r.location, p) for p in hits[r.id]))
    return EvaluationResult(
        gold_format="lapwing", gold_path=gold_path, overall=overall, per_type=per_type,
        missed=tuple(r.id for r in required if not hits[r.id]), violations=violations,
        dates_right=dates_right, dates_total=len(dated),
        locations_right=locations_right, locations_total=len(located),
    )
