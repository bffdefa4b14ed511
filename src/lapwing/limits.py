"""Per-document limits: a wall-clock time limit on coding one document.

    from lapwing.limits import DocumentTimeout, time_limit

    try:
        with time_limit(60):
            doc = pipeline.run(article)
    except DocumentTimeout:
        ...  # reject this document with reason "timeout"; the batch goes on

How it works, and where it does not: on POSIX, in the main thread, the limit is a real-time
interval timer (``signal.setitimer(ITIMER_REAL)``) whose ``SIGALRM`` handler raises
:class:`DocumentTimeout` in the code that is running. Python runs a signal handler between two
bytecode instructions, so a single long call into C (one spaCy component on a huge text, one
regular expression) finishes before the timeout is raised: the limit is exact for Python code and
late by at most the longest single C call. Elsewhere the limit is **not enforced** and
:func:`time_limit` is a no-op that says so (its ``enforced`` attribute is False):

- on Windows, which has neither ``SIGALRM`` nor ``setitimer``;
- off the main thread (a thread pool, a web server's worker threads), because Python delivers
  signals to the main thread only and ``signal.signal`` may only be called there.

There, bound the work another way (a worker process that can be killed, see ``lapwing.scale``).

The timer is the process's one ``ITIMER_REAL`` timer. A timer and handler set by someone else
(an outer :func:`time_limit`, a test runner's timeout) are saved and restored on exit, with
the time spent inside deducted; an outer deadline that falls inside ours is honoured by handing
the signal to the outer handler.

Interrupting code at an arbitrary point is only safe for work that keeps its state in the
document being coded: Lapwing's stages build new frozen records and cache only what they load at
start-up, so a document cut short leaves nothing half-changed that the next document reads.
Never put a store write inside a time limit (the store's own transactions are the guard there).
"""
from __future__ import annotations

import math
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from .errors import LapwingError

#: The rejection reason of a document that ran over its time limit.
TIMEOUT_REASON = "timeout"
#: Shortest delay used to re-arm an outer timer whose deadline has already passed.
_REARM_SECONDS = 0.001
#: How soon a timeout fires again when the first one was dropped.
_REFIRE_SECONDS = 0.05


class DocumentTimeout(LapwingError):
    """Coding one document took longer than its time limit."""

    code = "E410"

    def __init__(self, message: str, *, seconds: float, code: str | None = None) -> None:
        super().__init__(message, code=code)
        self.seconds = seconds


@dataclass
class TimeLimit:
    """What :func:`time_limit` yields: the limit, and whether it is enforced here (with why not)."""

    seconds: float | None
    enforced: bool
    reason: str = ""


def time_limit_support() -> tuple[bool, str]:
    """Whether :func:`time_limit` can enforce a limit in the calling thread, and why not."""
    if not hasattr(signal, "setitimer") or not hasattr(signal, "SIGALRM"):
        return False, "this platform has no SIGALRM/setitimer (Windows): the limit is not enforced"
    if threading.current_thread() is not threading.main_thread():
        return False, ("not in the main thread (Python delivers signals to the main thread "
                       "only): the limit is not enforced")
    return True, ""


@contextmanager
def time_limit(seconds: float | None, *, what: str = "document") -> Iterator[TimeLimit]:
    """Raise :class:`DocumentTimeout` in the ``with`` block once ``seconds`` of wall-clock time
    have passed. ``None`` or ``0`` means no limit. A no-op (``enforced=False``) off the main thread
    and on platforms without ``SIGALRM``; see the module documentation."""
    if seconds is not None and (isinstance(seconds, bool) or not isinstance(seconds, (int, float))
                                or math.isnan(seconds) or seconds < 0):
        raise ValueError(f"a time limit must be a number of seconds >= 0 or None, got {seconds!r}")
    if not seconds or math.isinf(seconds):
        yield TimeLimit(seconds=None, enforced=False, reason="no limit")
        return
    enforced, why_not = time_limit_support()
    if not enforced:
        yield TimeLimit(seconds=seconds, enforced=False, reason=why_not)
        return

    start = time.monotonic()
    deadline = start + seconds
    outer_remaining, outer_interval = signal.getitimer(signal.ITIMER_REAL)
    outer = _Outer(deadline=start + outer_remaining if outer_remaining > 0 else None,
                   interval=outer_interval)
    finished = [False]

    def on_alarm(signum: int, frame: Any) -> None:
        if finished[0]:
            return                          # the block is leaving: nothing left to interrupt
        now = time.monotonic()
        if outer.deadline is not None and outer.deadline <= now < deadline \
                and callable(outer.handler):
            outer.fired = True              # the outer deadline came first: its handler decides
            outer.handler(signum, frame)
            signal.setitimer(signal.ITIMER_REAL, max(deadline - time.monotonic(), _REARM_SECONDS))
            return
        # Python drops an exception raised while a gc callback, a __del__ or a weakref callback
        # runs ("Exception ignored in ..."); fire again soon, until the block is left.
        signal.setitimer(signal.ITIMER_REAL, _REFIRE_SECONDS)
        raise DocumentTimeout(f"{what} took longer than the time limit of {seconds:g} s",
                              seconds=seconds)

    outer.handler = signal.signal(signal.SIGALRM, on_alarm)
    first = deadline if outer.deadline is None else min(deadline, outer.deadline)
    signal.setitimer(signal.ITIMER_REAL, max(first - start, _REARM_SECONDS))
    try:
        yield TimeLimit(seconds=seconds, enforced=True)
    finally:
        while True:  # a timeout raised while tidying up is dropped, and the tidying done again
            try:
                finished[0] = True
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM,
                              signal.SIG_DFL if outer.handler is None else outer.handler)
                outer.rearm()
                break
            except DocumentTimeout:
                continue


@dataclass
class _Outer:
    """The timer and handler that were in place before a :func:`time_limit` block."""

    deadline: float | None
    interval: float
    handler: Any = None
    fired: bool = False

    def rearm(self) -> None:
        if self.deadline is None:
            return
        if self.fired:  # its handler already ran: only a repeating timer goes on
            if self.interval > 0:
                signal.setitimer(signal.ITIMER_REAL, self.interval, self.interval)
            return
        left = max(self.deadline - time.monotonic(), _REARM_SECONDS)
        signal.setitimer(signal.ITIMER_REAL, left, self.interval)
