"""The pipeline: ordered named stages, assembled from one config.

    ingest -> segment -> actors -> events -> dates -> geo

``ingest`` turns sources into :class:`~lapwing.model.Article` records (see
:mod:`lapwing.ingest`); every later stage takes a :class:`~lapwing.model.CodedArticle` and returns a
new one with what it adds. Each stage declares what it ``requires`` and ``assigns``; the chain is
checked when the pipeline is assembled, so a misconfigured pipeline fails before it reads a byte.
"""
from __future__ import annotations

import inspect
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import Any, Protocol, runtime_checkable

from .config import Config, load_config
from .errors import PipelineError
from .model import Article, CodedArticle
from .registry import Registry, default_registry


@runtime_checkable
class Stage(Protocol):
    """One step of the pipeline."""

    name: str                    # versioned, e.g. "events.rules.v1"
    requires: tuple[str, ...]    # what must be on the CodedArticle before it runs
    assigns: tuple[str, ...]     # what it adds

    def __call__(self, doc: CodedArticle) -> CodedArticle: ...

    def info(self) -> dict[str, Any]: ...


class SharedResources:
    """Resources several stages of one pipeline use, loaded once (the gazetteer, say).

    A factory that takes a ``resources`` keyword gets the pipeline's instance; a stage asks it
    with ``get(key, build)``, which returns what was built for ``key`` or calls ``build()`` once.
    The key must name everything the resource depends on (``("gazetteer", min_population)``).
    """

    def __init__(self) -> None:
        self._built: dict[Hashable, Any] = {}

    def get(self, key: Hashable, build: Callable[[], Any]) -> Any:
        if key not in self._built:
            self._built[key] = build()
        return self._built[key]

    def keys(self) -> list[Hashable]:
        return list(self._built)


def accepts_resources(factory: Callable[..., Any]) -> bool:
    """Whether a stage factory takes the ``resources`` keyword (factories written for the plain
    ``(settings, config)`` protocol keep working)."""
    try:
        parameters = inspect.signature(factory).parameters.values()
    except (TypeError, ValueError):  # builtins without a signature
        return False
    return any(p.name == "resources" or p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters)


class Pipeline:
    """Stages in order; ``run`` codes one article, ``run_batch`` a stream of them."""

    def __init__(self, stages: list[Stage], *, config: Config | None = None) -> None:
        check_chain(stages)
        self.stages = list(stages)
        self.config = config or {}

    @classmethod
    def from_config(cls, config: Config | None = None, *, registry: Registry | None = None) -> Pipeline:
        config = config if config is not None else load_config()
        registry = registry or default_registry()
        resources = SharedResources()
        stages = []
        for slot in config["pipeline"]["stages"]:
            if slot not in config or "impl" not in config[slot]:
                raise PipelineError(f"stage {slot!r} has no [{slot}] section with an impl", code="E404")
            factory = registry.get(slot, config[slot]["impl"])
            if accepts_resources(factory):
                stages.append(factory(config[slot], config, resources=resources))
            else:
                stages.append(factory(config[slot], config))
        return cls(stages, config=config)

    def run(self, article: Article) -> CodedArticle:
        doc = CodedArticle(article=article)
        for stage in self.stages:
            doc = stage(doc)
            doc = doc.replace(stages=doc.stages + (stage.name,))
        return doc

    def run_batch(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        for article in articles:
            yield self.run(article)

    def info(self) -> list[dict[str, Any]]:
        return [{"name": s.name, "requires": list(s.requires), "assigns": list(s.assigns), **s.info()}
                for s in self.stages]


def check_chain(stages: list[Stage]) -> None:
    """Raise if a stage needs something no earlier stage assigns."""
    available = {"article"}
    for stage in stages:
        missing = [need for need in stage.requires if need not in available]
        if missing:
            raise PipelineError(
                f"stage {stage.name} requires {', '.join(missing)}, which no earlier stage assigns "
                f"(available: {', '.join(sorted(available))})", code="E405")
        available.update(stage.assigns)
