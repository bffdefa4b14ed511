"""The web application: the JSON API, the pages and the static files, over one event store.

    from lapwing.serve.app import create_app
    app = create_app("events.duckdb")                 # any ASGI server can run it

The store is read through private snapshots (:mod:`lapwing.serve.snapshot`), so the server runs
while ``lapwing ingest`` writes the same file. See docs/web.md.
"""
from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from .. import __version__
from .api import router as api_router
from .errors import install_error_handlers
from .extract import PipelineHolder
from .limits import BodyLimitMiddleware
from .pages import router as pages_router
from .snapshot import SnapshotReader
from .turns import ReadingTurns, default_max_readers

STATIC_DIR = Path(__file__).resolve().parent / "static"
DEFAULT_MAX_BODY_BYTES = 200_000
DEFAULT_QUERY_SECONDS = 10.0


@dataclass(frozen=True, slots=True)
class ServerSettings:
    db_path: str
    token: str | None
    allow_extract: bool
    max_body_bytes: int
    query_seconds: float | None


def create_app(db_path: str | Path, *, token: str | None = None, allow_extract: bool = False,
               max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
               pipeline_factory: Callable[[], Any] | None = None,
               refresh_seconds: float = 2.0,
               query_seconds: float | None = DEFAULT_QUERY_SECONDS,
               max_readers: int | None = None) -> FastAPI:
    """The ASGI app serving the store at ``db_path`` (which must exist).

    ``allow_extract`` enables ``POST /api/extract``; ``token`` (when given) must then be sent as
    ``Authorization: Bearer TOKEN``; ``max_body_bytes`` limits every request's body (declared or
    chunked: 413 beyond); ``query_seconds`` limits how long one request reads the store (503
    ``query_timeout`` beyond; None: no limit); ``max_readers`` requests read the store at once
    (twice the CPU count by default), the others wait their turn (503 ``store_busy`` after
    ``query_seconds``);
    ``pipeline_factory`` builds the pipeline it runs (the default pipeline otherwise);
    ``refresh_seconds``: how often at most the store is checked for new data (0: every request).
    """
    if max_body_bytes < 1:
        raise ValueError(f"max_body_bytes must be at least 1, got {max_body_bytes}")
    reader = SnapshotReader(db_path, refresh_seconds=refresh_seconds, query_seconds=query_seconds)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            reader.close()

    app = FastAPI(title="Lapwing", version=__version__, lifespan=lifespan,
                  description="PLOVER-coded events stored by `lapwing ingest`: articles, events, actors, "
                              "the actor network and timelines. Errors: "
                              '`{"error": {"status", "code", "message", "details"}}`.',
                  docs_url=None, redoc_url=None)
    app.state.reader = reader
    app.state.turns = ReadingTurns(max_readers or default_max_readers(), query_seconds)
    app.state.settings = ServerSettings(str(db_path), token, allow_extract, max_body_bytes, query_seconds)
    app.state.pipeline = PipelineHolder(pipeline_factory)
    install_error_handlers(app)
    app.include_router(api_router)
    app.include_router(pages_router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR, follow_symlink=False), name="static")
    app.add_middleware(BodyLimitMiddleware, max_bytes=max_body_bytes)
    return app
