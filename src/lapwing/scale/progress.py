"""A progress bar on standard error (tqdm): count, rate and time left; silent when standard error
is not a terminal (logs, pipes, CI) or when ``quiet`` is true."""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def progress(iterable: Iterable[T], *, total: int | None = None, quiet: bool = False,
             unit: str = "doc", description: str | None = None) -> Iterator[T]:
    """Yield from ``iterable`` unchanged, showing progress on a terminal. Time left needs ``total``."""
    if quiet or not _stderr_is_terminal():
        yield from iterable
        return
    from tqdm import tqdm

    with tqdm(iterable, total=total, unit=unit, desc=description, file=sys.stderr,
              dynamic_ncols=True, smoothing=0.1, mininterval=0.5) as bar:
        yield from bar


def _stderr_is_terminal() -> bool:
    stream = sys.stderr
    return bool(stream is not None and hasattr(stream, "isatty") and stream.isatty())
