"""Worker processes do not load machine-learning frameworks the bundled pipeline never uses.

thinc, spaCy's machine-learning library, imports PyTorch and CuPy whenever they are installed,
and asks each of them how many GPUs there are, even for a pipeline that runs on numpy alone, as
Lapwing's bundled ``en_lapwing_news`` does. On a machine with both installed (a GPU server, a
data-science environment) every worker process then maps their libraries and starts CUDA:
memory and start-up time that grow with the number of workers (docs/scale.md gives the numbers
measured). A worker started by Lapwing that runs the bundled pipeline therefore marks these
modules as absent before anything imports them, so that thinc finds them missing, as it does
on a machine without them.

The ``lapwing`` command does the same in its own process (:func:`lapwing.cli.entry`). It is not
done when the configured spaCy pipeline is another one (a transformer pipeline such as
``en_core_web_trf`` needs PyTorch), in a process that calls Lapwing as a library (it belongs to
the user), or with ``pipeline.workers_load_torch = true`` (for a stage of your own that needs
them).
"""
from __future__ import annotations

import sys

from ..config import Config

#: Modules thinc imports when present, which the bundled pipeline never uses.
UNUSED_BY_BUNDLED = ("torch", "cupy", "cupyx")


def frameworks_to_skip(config: Config) -> tuple[str, ...]:
    """The modules a worker of this configuration need not load (none unless it runs the bundled pipeline)."""
    from ..segment.nlp import BUNDLED_NAME

    pipeline, segment = config.get("pipeline", {}), config.get("segment", {})
    if pipeline.get("workers_load_torch", False):
        return ()
    if "segment" not in pipeline.get("stages", []) or segment.get("model") != BUNDLED_NAME:
        return ()
    return UNUSED_BY_BUNDLED


def skip_frameworks(names: tuple[str, ...]) -> list[str]:
    """Mark ``names`` as absent in this process, unless already imported; returns those marked.

    A ``None`` entry in ``sys.modules`` makes ``import name`` raise ImportError, which is what
    thinc expects of a framework that is not installed.
    """
    skipped = []
    for name in names:
        if name not in sys.modules:
            sys.modules[name] = None  # type: ignore[assignment]
            skipped.append(name)
    return skipped
