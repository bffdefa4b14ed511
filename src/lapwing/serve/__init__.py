"""HTTP API and web pages over the event store (docs/web.md); translation only, no coding logic.

    from lapwing.serve import create_app, run_server
    run_server("events.duckdb", port=8000)          # http://127.0.0.1:8000/

Needs the ``web`` extra (FastAPI, uvicorn, Jinja2); imported lazily so the rest of Lapwing does not.
"""
from __future__ import annotations

from typing import Any


def create_app(*args: Any, **kwargs: Any) -> Any:
    """See :func:`lapwing.serve.app.create_app`."""
    from .app import create_app as _create_app

    return _create_app(*args, **kwargs)


def run_server(*args: Any, **kwargs: Any) -> None:
    """See :func:`lapwing.serve.server.run_server`."""
    from .server import run_server as _run_server

    _run_server(*args, **kwargs)


__all__ = ["create_app", "run_server"]
