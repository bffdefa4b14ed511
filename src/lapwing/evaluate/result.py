"""The result of ``lapwing evaluate``: overall and per-type precision, recall and F1 with their
counts, plus what each gold format adds (violations and dates for Lapwing gold; type and full
accuracy for PLOVER gold standard records)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True, slots=True)
class TypeScore:
    """Counts for one event type (or ``ALL``).

    ``predicted``: predictions counted under the type; ``correct``: those that are right.
    ``gold``: gold items of the type; ``found``: those a prediction found.
    Precision is correct/predicted, recall found/gold; None where the count below is zero.
    """

    event_type: str
    predicted: int = 0
    correct: int = 0
    gold: int = 0
    found: int = 0

    @property
    def precision(self) -> float | None:
        return _ratio(self.correct, self.predicted)

    @property
    def recall(self) -> float | None:
        return _ratio(self.found, self.gold)

    @property
    def f1(self) -> float | None:
        """None without gold items; a type never predicted but in the gold scores 0.0."""
        if self.recall is None:
            return None
        return _f1(0.0 if self.precision is None else self.precision, self.recall)

    def to_dict(self) -> dict[str, Any]:
        return {"event_type": self.event_type, "predicted": self.predicted, "correct": self.correct,
                "gold": self.gold, "found": self.found, "precision": _round(self.precision),
                "recall": _round(self.recall), "f1": _round(self.f1)}


@dataclass(frozen=True, slots=True)
class Violation:
    """A prediction that matches a forbidden gold row."""

    gold_id: str
    event_type: str
    sentence: str
    article_id: str | None = None


@dataclass(frozen=True, slots=True)
class EvaluationResult:
    """Scores of predicted events against one gold file.

    Overall precision is 0.0 when nothing was predicted and recall 1.0 when the gold file
    requires nothing (as ``score_events.py`` has it). Fields after ``per_type`` belong to one
    format: the others stay empty and are left out of :meth:`to_dict`.
    """

    gold_format: str
    gold_path: str
    overall: TypeScore
    per_type: tuple[TypeScore, ...] = ()
    # Lapwing gold
    missed: tuple[str, ...] = ()
    violations: tuple[Violation, ...] = ()
    dates_right: int = 0
    dates_total: int = 0
    locations_right: int = 0
    locations_total: int = 0
    # PLOVER gold standard records
    records: int = 0
    type_right: int = 0
    full_right: int = 0
    records_without_events: int = 0
    ignored_predictions: int = 0
    type_mapping: dict[str, str] = field(default_factory=dict)
    mapping_path: str | None = None

    @property
    def precision(self) -> float:
        value = self.overall.precision
        return 0.0 if value is None else value

    @property
    def recall(self) -> float:
        value = self.overall.recall
        return 1.0 if value is None else value

    @property
    def f1(self) -> float:
        value = _f1(self.precision, self.recall)
        return 0.0 if value is None else value

    @property
    def type_accuracy(self) -> float | None:
        """PLOVER gold: share of records whose (mapped) gold type was coded."""
        return _ratio(self.type_right, self.records)

    @property
    def full_accuracy(self) -> float | None:
        """PLOVER gold: share of records coded with the right type, source and target."""
        return _ratio(self.full_right, self.records)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "gold_format": self.gold_format,
            "gold_path": self.gold_path,
            "precision": _round(self.precision),
            "recall": _round(self.recall),
            "f1": _round(self.f1),
            "overall": self.overall.to_dict(),
            "per_type": [score.to_dict() for score in self.per_type],
        }
        if self.gold_format == "lapwing":
            out.update({
                "predicted_events": self.overall.predicted,
                "required": self.overall.gold,
                "found": self.overall.found,
                "missed": list(self.missed),
                "violations": [{"gold_id": v.gold_id, "event_type": v.event_type,
                                "sentence": v.sentence, "article_id": v.article_id}
                               for v in self.violations],
                "dates_right": f"{self.dates_right}/{self.dates_total}",
                "locations_right": f"{self.locations_right}/{self.locations_total}",
            })
        else:
            out.update({
                "records": self.records,
                "type_right": self.type_right,
                "type_accuracy": _round(self.type_accuracy),
                "full_right": self.full_right,
                "full_accuracy": _round(self.full_accuracy),
                "records_without_events": self.records_without_events,
                "ignored_predictions": self.ignored_predictions,
                "type_mapping": dict(self.type_mapping),
                "mapping_path": self.mapping_path,
            })
        return out

    def format_table(self) -> str:
        """A plain-text report: the overall line, a per-type table, then format-specific lines."""
        lines = [f"gold: {self.gold_path} ({self.gold_format})",
                 f"precision {self.precision:.3f}  recall {self.recall:.3f}  f1 {self.f1:.3f}", ""]
        pred_head, gold_head = (("predicted", "required") if self.gold_format == "lapwing"
                                else ("predicted", "records"))
        header = f"{'type':<12}{pred_head:>10}{'correct':>9}{gold_head:>10}{'found':>7}" \
                 f"{'P':>8}{'R':>8}{'F1':>8}"
        lines.append(header)
        lines.append("-" * len(header))
        for score in (*self.per_type, self.overall):
            if score is self.overall:
                lines.append("-" * len(header))
            lines.append(f"{score.event_type:<12}{score.predicted:>10}{score.correct:>9}"
                         f"{score.gold:>10}{score.found:>7}{_cell(score.precision):>8}"
                         f"{_cell(score.recall):>8}{_cell(score.f1):>8}")
        lines.append("")
        if self.gold_format == "lapwing":
            lines.append(f"missed required rows: {', '.join(self.missed) or 'none'}")
            lines.append(f"violations (forbidden readings predicted): {len(self.violations)}")
            for v in self.violations:
                where = f" [{v.article_id}]" if v.article_id else ""
                lines.append(f"  {v.gold_id} {v.event_type}{where}: {v.sentence[:80]}")
            lines.append(f"dates right: {self.dates_right}/{self.dates_total}")
            lines.append(f"locations right: {self.locations_right}/{self.locations_total}")
        else:
            lines.append(f"records: {self.records}  (without any event: {self.records_without_events})")
            lines.append(f"type accuracy: {self.type_right}/{self.records} = {_cell(self.type_accuracy)}")
            lines.append(f"type + source + target: {self.full_right}/{self.records} = "
                         f"{_cell(self.full_accuracy)}")
            if self.ignored_predictions:
                lines.append(f"predictions ignored (article id not in the gold file): "
                             f"{self.ignored_predictions}")
            renamed = {old: new for old, new in self.type_mapping.items() if old != new}
            if renamed:
                lines.append("old types mapped: " + ", ".join(f"{o}->{n}" for o, n in sorted(renamed.items()))
                             + (f" (from {self.mapping_path})" if self.mapping_path else ""))
        return "\n".join(lines)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"
