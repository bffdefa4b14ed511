"""Running the web application with uvicorn (``lapwing serve``)."""
from __future__ import annotations

from pathlib import Path

from ..errors import ConfigError
from .app import DEFAULT_MAX_BODY_BYTES, DEFAULT_QUERY_SECONDS, create_app

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def run_server(db_path: str | Path, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
               allow_extract: bool = False, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
               refresh_seconds: float = 2.0, query_seconds: float | None = DEFAULT_QUERY_SECONDS,
               max_readers: int | None = None, log_level: str = "info") -> None:
    """Serve the store at ``db_path`` on ``host:port`` until interrupted (loopback by default).

    Coding texts over HTTP (``allow_extract``) on an address other than loopback needs a token.
    """
    import uvicorn

    if allow_extract and token is None and host not in LOOPBACK:
        raise ConfigError(f"--allow-extract on {host} (not loopback) needs a token: give --token, or "
                          "serve on 127.0.0.1", code="E201")
    app = create_app(db_path, token=token, allow_extract=allow_extract, max_body_bytes=max_body_bytes,
                     refresh_seconds=refresh_seconds, query_seconds=query_seconds, max_readers=max_readers)
    uvicorn.run(app, host=host, port=port, log_level=log_level, proxy_headers=False,
                server_header=False)
