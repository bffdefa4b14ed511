"""Turns to read the store: at most ``max_readers`` requests read it at once.

On a small machine forty worker threads running DuckDB queries at once finish later, in total,
than a few taking turns, and each running query holds memory. A request waits for its turn in
the event loop (an asyncio semaphore, so a waiting request holds no worker thread: waiting in a
thread would let the waiters take every thread the running requests need), for ``query_seconds``
at most; then it is answered 503 ``store_busy`` with ``Retry-After``.
"""
from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator

from fastapi import Request

from .snapshot import StoreBusy


def default_max_readers() -> int:
    """Twice the CPU count, at least 2."""
    return max(2, 2 * (os.cpu_count() or 1))


class ReadingTurns:
    """The semaphore of one app, made in the running event loop on first use."""

    def __init__(self, max_readers: int, wait_seconds: float | None) -> None:
        if max_readers < 1:
            raise ValueError(f"max_readers must be at least 1, got {max_readers}")
        self.max_readers = max_readers
        self.wait_seconds = wait_seconds
        self._semaphore: asyncio.Semaphore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def _current(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        if self._semaphore is None or self._loop is not loop:  # a test client may start a new loop
            self._semaphore, self._loop = asyncio.Semaphore(self.max_readers), loop
        return self._semaphore

    async def acquire(self) -> asyncio.Semaphore:
        semaphore = self._current()
        try:
            async with asyncio.timeout(self.wait_seconds):  # cancels the wait itself: no permit lost
                await semaphore.acquire()
        except TimeoutError as exc:
            raise StoreBusy(f"the server is busy: {self.max_readers} requests were reading the store for "
                            f"{self.wait_seconds:g} s while this one waited; try again") from exc
        return semaphore


async def reading_turn(request: Request) -> AsyncIterator[None]:
    """A FastAPI dependency: wait for a turn to read the store, give it back when done."""
    semaphore = await request.app.state.turns.acquire()
    try:
        yield
    finally:
        semaphore.release()
