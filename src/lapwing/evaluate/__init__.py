"""Scorers and gold-file readers behind ``lapwing evaluate`` (docs/evaluation.md).

``evaluate_events(predicted, gold_path, fmt="auto")`` scores predicted events against Lapwing's
own gold format or PLOVER gold standard records; ``gsr_articles(gold_path)`` turns PLOVER gold
records into articles to code.
"""
from __future__ import annotations

from .events import evaluate_events
from .plover_gsr import gsr_articles
from .result import EvaluationResult, TypeScore

__all__ = ["EvaluationResult", "TypeScore", "evaluate_events", "gsr_articles"]
