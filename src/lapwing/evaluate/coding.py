"""Coding a gold set's texts for the event scorers that need no dates or places.

:func:`events_pipeline` is the configured pipeline cut after the events stage (the dates and geo
stages are not scored there); :data:`HAPPENED` names the modalities that count as events that
happened (negated and hypothetical ones do not).
"""
from __future__ import annotations

import copy
from typing import Any

HAPPENED = frozenset({"asserted", "reported"})


def events_pipeline(config: Any) -> Any:
    """The configured pipeline up to the events stage (a copy of ``config`` is cut)."""
    from ..config import load_config
    from ..pipeline import Pipeline

    config = copy.deepcopy(config if config is not None else load_config())
    stages = list(config["pipeline"]["stages"])
    if "events" in stages:
        config["pipeline"]["stages"] = stages[:stages.index("events") + 1]
    return Pipeline.from_config(config)
