"""How a predicted event is read and matched: its types, sentence, actors, date, and whether it
happened at all. The rules are those of ``score_events.py`` (docs/evaluation.md states them).

A predicted event is Lapwing's output object (``event``, ``actor``, ``recipient``, ``text``,
``modality``) or the flat shape (``event_type``, ``source``, ``target``, ``sentence``).
"""
from __future__ import annotations

import re
from typing import Any

from .gold import ActorSpec, GoldRow

_WORD = re.compile(r"[a-z0-9]+")
#: Share of the shorter sentence's distinct words two sentences must share to count as the same.
SENTENCE_OVERLAP = 0.6


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def is_event(pred: dict[str, Any]) -> bool:
    """False for events marked negated or hypothetical (by ``modality`` or in ``mode``)."""
    modes = {str(m).lower() for m in _as_list(pred.get("mode")) if m}
    modality = str(pred.get("modality") or "asserted").lower()
    return modality not in ("negated", "hypothetical") and not modes & {"negation", "negated", "hypothetical"}


def event_types(pred: dict[str, Any]) -> list[str]:
    """The predicted types, upper case, in the order given (Lapwing gives one)."""
    types = []
    for value in _as_list(pred.get("event_type") or pred.get("event")):
        if value and str(value).upper() not in types:
            types.append(str(value).upper())
    return types


def primary_type(pred: dict[str, Any]) -> str:
    """The type a prediction is counted under in per-type scores: its first listed type."""
    types = event_types(pred)
    return types[0] if types else "(none)"


def sentence_of(pred: dict[str, Any]) -> str:
    return pred.get("sentence") or pred.get("event_text") or pred.get("text") or ""


def date_of(pred: dict[str, Any]) -> str:
    date = pred.get("date")
    return str(date.get("value", "")) if isinstance(date, dict) else str(date or "")


def sources_of(pred: dict[str, Any]) -> Any:
    return pred.get("source", pred.get("actor"))


def targets_of(pred: dict[str, Any]) -> Any:
    return pred.get("target", pred.get("recipient"))


def _words(text: str) -> set[str]:
    return set(_WORD.findall((text or "").lower()))


def same_sentence(gold: str, pred: str) -> bool:
    """One sentence contains the other (as words), or they share most of their words."""
    g = " ".join(_WORD.findall(gold.lower()))
    p = " ".join(_WORD.findall((pred or "").lower()))
    if not g or not p:
        return False
    if g in p or p in g:
        return True
    gw, pw = _words(gold), _words(pred)
    return len(gw & pw) >= SENTENCE_OVERLAP * min(len(gw), len(pw))


def actor_matches(want: ActorSpec, actor: Any) -> bool:
    """Whether a predicted actor (an entity object or a list of them) fits a gold spec.

    ``*`` fits anything; a tuple fits when any of its codes does; ``-`` fits only an event
    without one (no entity); ``?`` fits one that names an actor but gave it no actor code (a
    country taken from the place may be there); ``=CODE`` fits an entity whose CAMEO actor code (``cameo_code``,
    else ``code``) is exactly CODE (``=USA`` fits a bare ``USA``, not ``USACOP``); ``IGO`` fits
    a code starting with IGO; any other code fits the entity's ``country`` or the start of its
    ``code``.
    """
    if want == "*":
        return True
    if isinstance(want, (tuple, list)):
        return any(actor_matches(one, actor) for one in want)
    if want == "-":
        return not actor
    if want == "?":
        entities = actor if isinstance(actor, list) else [actor]
        return bool(actor) and not any(isinstance(one, dict) and one.get("code") for one in entities)
    if want.startswith("="):
        entities = actor if isinstance(actor, list) else [actor]
        return any(isinstance(one, dict) and str(one.get("cameo_code") or one.get("code") or "").upper()
                   == want[1:] for one in entities)
    if isinstance(actor, list):
        return any(actor_matches(want, one) for one in actor)
    if not isinstance(actor, dict):
        return False
    code = (actor.get("code") or "").upper()
    country = (actor.get("country") or "").upper()
    if want == "IGO":
        return code.startswith("IGO") or bool(actor.get("igo"))
    return country == want or code.startswith(want)


def matches(row: GoldRow, pred: dict[str, Any]) -> bool:
    """A prediction matches a gold row: same sentence (by span overlap when the row has a span and
    the event its offsets; and the same article, when the row names one), a type among the row's
    types, and source and target fitting the row's."""
    if row.article_id is not None and str(pred.get("article_id") or "") != row.article_id:
        return False
    return (
        bool(set(event_types(pred)) & set(row.types))
        and _same_place(row, pred)
        and actor_matches(row.source, sources_of(pred))
        and actor_matches(row.target, targets_of(pred))
    )


def _same_place(row: GoldRow, pred: dict[str, Any]) -> bool:
    """The row's span overlaps the event's offsets when both are known; else the same sentence."""
    start, end = pred.get("start_char"), pred.get("end_char")
    if row.span is not None and isinstance(start, int) and isinstance(end, int):
        return start < row.span[1] and row.span[0] < end
    return same_sentence(row.sentence, sentence_of(pred))


def place_matches(want: str, pred: dict[str, Any]) -> bool:
    """The gold location's first part ("Tripoli" of "Tripoli, Libya") names the predicted place
    (its resolved or extracted name), case aside."""
    loc = pred.get("event_loc")
    if not isinstance(loc, dict):
        return False
    first = want.split(",")[0].strip().lower()
    names = {str(loc.get(key) or "").strip().lower() for key in ("resolved_place", "extracted_place")}
    return bool(first) and first in names
