"""Reading a store that `lapwing ingest` may be writing: the server reads a private snapshot.

DuckDB lets one process open a database file for writing and, while it does, no other process
may open the file at all, not even read-only (``IO Error: Could not set lock on file``). A server
that opened the live file would fail while an ingest runs, and an ingest started while the server
held the file would fail too. So the server never opens the live file: it copies the file (and
its write-ahead log, ``FILE.wal``) into a private folder and opens the copy read-only.

- A copy is kept only when neither file changed while it was copied (their modification time,
  size and inode are the same before and after); otherwise it is retried, then given up until the
  next refresh. DuckDB writes a checkpoint's new blocks before switching its header to them, and
  replays only whole committed transactions from the log, so such a copy is a consistent state
  of the store: readers see every transaction the writer had committed, and never half of one.
- The snapshot is refreshed when the live files change, at most every ``refresh_seconds``, in a
  background thread; requests keep reading the previous snapshot meanwhile and never wait.
- Each request reads through its own cursor on the snapshot's read-only connection (DuckDB
  cursors are safe to use from one thread each). A replaced snapshot is closed and deleted once
  the last request reading it is done.
- A request may read for ``query_seconds`` at most: then its cursor is interrupted (DuckDB's
  ``interrupt()``: the running query stops with ``InterruptException``) and any further query of
  that request is refused, so a slow query cannot hold a worker thread for ever. The server
  answers 503 ``query_timeout`` (:mod:`lapwing.serve.errors`).
"""
from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreError
from ..store import EventStore

COPY_ATTEMPTS = 3


@dataclass(frozen=True, slots=True)
class FileState:
    """What tells whether a file changed: modification time, size and inode (None: absent)."""

    mtime_ns: int
    size: int
    inode: int


def file_state(path: Path) -> FileState | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return FileState(st.st_mtime_ns, st.st_size, st.st_ino)


class QueryTimeout(Exception):
    """A request read for longer than its time limit (its cursor was interrupted)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"the request took longer than the server's limit of {seconds:g} s and was "
                         "stopped: narrow it (a date window, a filter, a smaller page) or try again")
        self.seconds = seconds


class StoreBusy(Exception):
    """No turn to read the store came within the request's time limit (see :mod:`.turns`)."""


class RequestDeadline:
    """Interrupts a cursor's running query once ``seconds`` have passed, and marks the request
    expired so that it starts no further query. ``seconds`` None: no limit."""

    def __init__(self, cursor: duckdb.DuckDBPyConnection, seconds: float | None) -> None:
        self.seconds = seconds
        self.expired = False
        self._cursor = cursor
        self._timer: threading.Timer | None = None
        if seconds is not None:
            self._timer = threading.Timer(seconds, self._expire)
            self._timer.daemon = True
            self._timer.start()

    def _expire(self) -> None:
        self.expired = True
        self._cursor.interrupt()

    def check(self) -> None:
        if self.expired:
            raise QueryTimeout(self.seconds or 0.0)

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()


class CursorStore:
    """What the store's query functions need of an :class:`EventStore` (``connection``,
    ``read_only``, ``path``), over one cursor of a snapshot: one per request, with its deadline."""

    read_only = True

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: str,
                 deadline: RequestDeadline | None = None, memo: Memo | None = None) -> None:
        self._connection = connection
        self.path = path
        self.deadline = deadline
        self.memo = memo if memo is not None else Memo(0)

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The request's cursor; refused once the request's time is up."""
        if self.deadline is not None:
            self.deadline.check()
        return self._connection

    def fetch(self, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        """Run a parameterised query (placeholders only, never user text in ``sql``)."""
        try:
            return self.connection.execute(sql, params or []).fetchall()
        except duckdb.InterruptException as exc:
            raise QueryTimeout(self.deadline.seconds if self.deadline else 0.0) from exc


class Memo:
    """Results computed from one snapshot, kept while it is served (a snapshot never changes, so
    they never go stale): totals for paging, the actor ranking. At most ``max_entries`` (least
    recently used dropped first); safe across threads (two requests may compute the same value
    once each)."""

    def __init__(self, max_entries: int = 256) -> None:
        self.max_entries = max_entries
        self._values: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        with self._lock:
            if key in self._values:
                self._values.move_to_end(key)
                return self._values[key]
        value = compute()
        if self.max_entries > 0:
            with self._lock:
                self._values[key] = value
                while len(self._values) > self.max_entries:
                    self._values.popitem(last=False)
        return value


class Snapshot:
    """One copied store, open read-only, counting the requests that read it."""

    def __init__(self, folder: Path, live: Path, states: tuple[FileState | None, FileState | None], *,
                 memo_entries: int = 256) -> None:
        self.folder = folder
        self.states = states
        self.taken_at = time.time()
        self.store = EventStore(folder / live.name, read_only=True)
        self.memo = Memo(memo_entries)
        self._readers = 0
        self._retired = False
        self._lock = threading.Lock()

    def acquire(self) -> None:
        with self._lock:
            self._readers += 1

    def release(self) -> None:
        with self._lock:
            self._readers -= 1
            done = self._retired and self._readers == 0
        if done:
            self._dispose()

    def retire(self) -> None:
        with self._lock:
            self._retired = True
            done = self._readers == 0
        if done:
            self._dispose()

    def _dispose(self) -> None:
        self.store.close()
        shutil.rmtree(self.folder, ignore_errors=True)


class SnapshotReader:
    """Serves read-only views of the store at ``path`` from private snapshots (module docstring).

    ``refresh_seconds``: how often at most the live files are checked for changes (0: on every
    request, for tests). ``workdir``: where snapshots are written (a new temporary folder by
    default; it needs room for one or two copies of the store). ``query_seconds``: how long one
    request may read (None: no limit). ``memo_entries``: how many computed results (totals,
    rankings) each snapshot keeps (0: none).
    """

    def __init__(self, path: str | Path, *, refresh_seconds: float = 2.0, workdir: str | Path | None = None,
                 query_seconds: float | None = None, memo_entries: int = 256) -> None:
        self.path = Path(path)
        self.wal_path = Path(str(self.path) + ".wal")
        if not self.path.exists():
            raise StoreError(f"{self.path}: no such store; create it with `lapwing ingest ... --db "
                             f"{self.path}` first", code="E502")
        self.refresh_seconds = refresh_seconds
        if query_seconds is not None and query_seconds <= 0:
            raise ValueError(f"query_seconds must be more than 0 (or None), got {query_seconds}")
        self.query_seconds = query_seconds
        self.memo_entries = memo_entries
        self._owns_workdir = workdir is None
        self.workdir = Path(workdir) if workdir is not None else Path(tempfile.mkdtemp(prefix="lapwing-serve-"))
        self._lock = threading.Lock()
        self._refreshing = threading.Lock()
        self._checked_at = 0.0
        self._generation = 0
        self._current: Snapshot | None = None
        self.last_error: str | None = None
        if not self.refresh():
            raise StoreError(f"{self.path}: could not take a consistent copy of the store "
                             f"({self.last_error})", code="E501")

    # -- snapshots ----------------------------------------------------------------------------
    def _live_states(self) -> tuple[FileState | None, FileState | None]:
        return file_state(self.path), file_state(self.wal_path)

    def refresh(self) -> bool:
        """Take a new snapshot if the live files changed; True when the current one is up to date."""
        with self._refreshing:
            self._checked_at = time.monotonic()
            states = self._live_states()
            current = self._current
            if current is not None and current.states == states:
                return True
            for _attempt in range(COPY_ATTEMPTS):
                snapshot = self._copy(states)
                if snapshot is not None:
                    self._install(snapshot)
                    return True
                states = self._live_states()
            return False

    def _copy(self, states: tuple[FileState | None, FileState | None]) -> Snapshot | None:
        db_state, wal_state = states
        if db_state is None:
            self.last_error = f"{self.path} disappeared"
            return None
        self._generation += 1
        folder = self.workdir / f"snapshot-{self._generation}"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / self.path.name
        try:
            shutil.copyfile(self.path, target)
            if wal_state is not None:
                shutil.copyfile(self.wal_path, Path(str(target) + ".wal"))
        except FileNotFoundError:  # the log was checkpointed away while copying: try again
            shutil.rmtree(folder, ignore_errors=True)
            self.last_error = "the store changed while it was copied"
            return None
        except OSError as exc:  # no room, no permission: keep serving the previous snapshot
            shutil.rmtree(folder, ignore_errors=True)
            self.last_error = f"cannot copy the store into {self.workdir}: {exc}"
            return None
        if self._live_states() != states:
            shutil.rmtree(folder, ignore_errors=True)
            self.last_error = "the store changed while it was copied"
            return None
        try:
            return Snapshot(folder, self.path, states, memo_entries=self.memo_entries)
        except (StoreError, duckdb.Error) as exc:
            shutil.rmtree(folder, ignore_errors=True)
            self.last_error = str(exc)
            return None

    def _install(self, snapshot: Snapshot) -> None:
        with self._lock:
            old, self._current = self._current, snapshot
        if old is not None:
            old.retire()
        self.last_error = None

    def _maybe_refresh(self) -> None:
        """Start a background refresh when the last check is older than ``refresh_seconds``."""
        if time.monotonic() - self._checked_at < self.refresh_seconds:
            return
        if self.refresh_seconds == 0:
            self.refresh()
            return
        if self._refreshing.locked():
            return
        self._checked_at = time.monotonic()
        threading.Thread(target=self.refresh, name="lapwing-snapshot", daemon=True).start()

    # -- reading ------------------------------------------------------------------------------
    @contextmanager
    def reader(self) -> Iterator[CursorStore]:
        """A read-only view for one request (its own cursor on the current snapshot)."""
        self._maybe_refresh()
        with self._lock:
            snapshot = self._current
            if snapshot is None:
                raise StoreError(f"{self.path}: the store is not readable yet", code="E501")
            snapshot.acquire()
        cursor = snapshot.store.connection.cursor()
        deadline = RequestDeadline(cursor, self.query_seconds)
        try:
            yield CursorStore(cursor, str(self.path), deadline, snapshot.memo)
        except duckdb.InterruptException as exc:
            raise QueryTimeout(self.query_seconds or 0.0) from exc
        finally:
            deadline.cancel()
            cursor.close()
            snapshot.release()

    def snapshot_age_seconds(self) -> float:
        current = self._current
        return time.time() - current.taken_at if current else float("inf")

    def close(self) -> None:
        with self._refreshing, self._lock:
            current, self._current = self._current, None
        if current is not None:
            current.retire()
        if self._owns_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)
