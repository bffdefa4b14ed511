"""The event store: one embedded DuckDB database file, one writer, many readers.

DuckDB lets exactly one process open a database file for writing; while it is open, no other
process can open the file at all (not even read-only). Several processes may open the same file
``read_only=True`` at once when no writer holds it. Within one process, share one
:class:`EventStore` (its queries are safe to run between writes). Opening a store that another
process is writing raises :class:`~lapwing.errors.StoreError` ``E501`` saying so.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from ..errors import StoreError
from .migrations import MIGRATIONS, MIGRATIONS_TABLE, latest_version
from .sql import first_row

if TYPE_CHECKING:
    from ..model import CodedArticle
    from .writer import IngestCounts

MEMORY = ":memory:"


class EventStore:
    """An event store in a DuckDB file (or ``":memory:"``).

    ``EventStore(path)`` opens (creating if needed) and migrates the store for writing;
    ``EventStore(path, read_only=True)`` opens an existing, up-to-date store for reading only.
    Use it as a context manager so the file is closed (and its lock released) on exit.

    ``link_window_days`` is how far apart two reports' dates may be and still describe one event
    (see docs/store.md, "One event per happening").
    """

    def __init__(self, path: str | Path, *, read_only: bool = False, link_window_days: int = 3) -> None:
        self.path = str(path)
        self.read_only = read_only
        if link_window_days < 0:
            raise StoreError(f"link_window_days must be 0 or more, got {link_window_days}", code="E500")
        self.link_window_days = link_window_days
        if read_only and self.path != MEMORY and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store; create it by opening it for writing first",
                             code="E502")
        if self.path != MEMORY and not read_only:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self._con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as exc:
            raise StoreError(
                f"{self.path}: cannot open the store ({exc}). DuckDB allows one writer process and no "
                "reader while it writes: close the other process, or wait for it to finish",
                code="E501") from exc
        self._con.execute("SET enable_progress_bar = false")
        try:
            if read_only:
                self._check_version()
            else:
                self._migrate()
        except BaseException:
            self._con.close()
            raise

    # -- lifecycle ---------------------------------------------------------------------------
    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._con.close()

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection (for the store's own modules; prefer the query functions)."""
        return self._con

    # -- migrations --------------------------------------------------------------------------
    def applied_migrations(self) -> list[tuple[int, str, _dt.datetime]]:
        """(version, name, applied_at) of every migration applied, oldest first."""
        return [tuple(row) for row in self._con.execute(  # type: ignore[misc]
            "SELECT version, name, applied_at FROM schema_migrations ORDER BY version").fetchall()]

    def schema_version(self) -> int:
        row = first_row(self._con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations"))
        return int(row[0]) if row else 0

    def _has_migrations_table(self) -> bool:
        row = first_row(self._con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
        ))
        return bool(row and row[0])

    def _check_version(self) -> None:
        if not self._has_migrations_table():
            raise StoreError(f"{self.path}: not a Lapwing event store (no schema_migrations table)",
                             code="E502")
        version = self.schema_version()
        if version > latest_version():
            raise StoreError(f"{self.path}: store schema version {version} is newer than this Lapwing "
                             f"knows ({latest_version()}); upgrade Lapwing", code="E502")
        if version < latest_version():
            raise StoreError(f"{self.path}: store schema version {version} is out of date "
                             f"(latest {latest_version()}); open it once for writing to migrate it",
                             code="E502")

    def _migrate(self) -> None:
        self._con.execute(MIGRATIONS_TABLE)
        version = self.schema_version()
        if version > latest_version():
            raise StoreError(f"{self.path}: store schema version {version} is newer than this Lapwing "
                             f"knows ({latest_version()}); upgrade Lapwing", code="E502")
        for migration in MIGRATIONS:
            if migration.version <= version:
                continue
            with self.transaction():
                for statement in migration.statements:
                    self._con.execute(statement)
                self._con.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                    [migration.version, migration.name, _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)])

    # -- writing -----------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        if self.read_only:
            raise StoreError(f"{self.path}: the store is open read-only", code="E503")
        self._con.execute("BEGIN TRANSACTION")
        try:
            yield self._con
        except BaseException:
            self._con.execute("ROLLBACK")
            raise
        self._con.execute("COMMIT")

    def ingest(self, docs: Iterable[CodedArticle], *, recode: bool = False) -> IngestCounts:
        """Store coded articles, each in one transaction; see :func:`lapwing.store.writer.ingest`."""
        from .writer import ingest

        return ingest(self, docs, recode=recode)

    def has_article(self, article_id: str, text: str) -> bool:
        """True when this article, with this very text, is already stored (resume: skip it)."""
        from .writer import text_hash

        row = first_row(self._con.execute(
            "SELECT text_hash FROM articles WHERE article_id = ? LIMIT 1", [article_id]))
        return row is not None and row[0] == text_hash(text)

    def delete_article(self, article_id: str) -> bool:
        """Remove an article and everything coded from it; False if it was not stored."""
        from .writer import delete_article

        with self.transaction() as con:
            return delete_article(con, article_id)

    # -- reading -----------------------------------------------------------------------------
    def table_counts(self) -> dict[str, int]:
        """Rows in each table (for reports and tests)."""
        counts: dict[str, int] = {}
        for table in ("articles", "sentences", "actors", "mentions", "events", "event_actors",
                      "canonical_events", "canonical_pairs"):
            row = first_row(self._con.execute(f"SELECT count(*) FROM {table}"))  # fixed names only
            counts[table] = int(row[0]) if row else 0
        return counts

    def fetch(self, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        """Run a parameterised query (placeholders only, never user text in ``sql``)."""
        return self._con.execute(sql, params or []).fetchall()
