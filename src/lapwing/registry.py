"""Name -> implementation, under versioned names such as ``"events.rules.v1"``.

Implementations are registered explicitly in :mod:`lapwing.registrations`; nothing is registered
at import time of the stage modules, and the registry is an object, not module state.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .errors import PipelineError

#: The pipeline's slots, in order. Each is a folder of the package.
SLOTS: tuple[str, ...] = ("ingest", "segment", "actors", "events", "dates", "geo")


@dataclass
class Registry:
    """Factories by slot and versioned name. A factory takes (settings, config) and returns a stage;
    one that also takes a ``resources`` keyword gets the pipeline's
    :class:`~lapwing.pipeline.SharedResources`."""

    factories: dict[str, dict[str, Callable[..., Any]]] = field(default_factory=dict)

    def register(self, slot: str, name: str, factory: Callable[..., Any]) -> None:
        if slot not in SLOTS:
            raise PipelineError(f"unknown slot {slot!r}; slots are {', '.join(SLOTS)}", code="E401")
        if not name.startswith(slot + ".") or not name.rsplit(".", 1)[-1].startswith("v"):
            raise PipelineError(
                f"stage name {name!r} must look like '{slot}.<impl>.v<N>'", code="E402")
        self.factories.setdefault(slot, {})[name] = factory

    def get(self, slot: str, name: str) -> Callable[..., Any]:
        try:
            return self.factories[slot][name]
        except KeyError:
            known = ", ".join(sorted(self.factories.get(slot, {}))) or "none"
            raise PipelineError(
                f"no implementation {name!r} for stage '{slot}'; known: {known}", code="E403"
            ) from None

    def names(self, slot: str) -> list[str]:
        return sorted(self.factories.get(slot, {}))


def default_registry() -> Registry:
    """A registry holding Lapwing's own implementations."""
    from .registrations import register_all

    registry = Registry()
    register_all(registry)
    return registry
