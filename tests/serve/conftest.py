"""Fixtures for the server tests: a store built by hand, the bundled sample ingested, clients."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lapwing.store import EventStore

from .builders import sample_articles

WEB_REASON = "the web extra (fastapi, uvicorn, jinja2) is not installed: pip install -e '.[web]'"

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def built_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of five hand-built articles (one event each)."""
    path = tmp_path_factory.mktemp("serve") / "built.duckdb"
    with EventStore(path) as store:
        store.ingest(sample_articles())
    return path


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sample, stored as the quickstart does: `lapwing ingest examples/ --db FILE`."""
    path = tmp_path_factory.mktemp("sample") / "sample.duckdb"
    subprocess.run([sys.executable, "-m", "lapwing.cli", "ingest", str(REPO / "examples"), "--db", str(path)],
                   check=True, capture_output=True, text=True, cwd=REPO, env=_env())
    return path


def _env() -> dict[str, str]:
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return env


@pytest.fixture
def client(built_store: Path):
    from fastapi.testclient import TestClient

    from lapwing.serve.app import create_app

    with TestClient(create_app(built_store)) as opened:
        yield opened


@pytest.fixture
def store_copy(built_store: Path, tmp_path: Path) -> Path:
    """A private copy of the hand-built store, for tests that write to it."""
    target = tmp_path / "live.duckdb"
    shutil.copyfile(built_store, target)
    return target


class LiveServer:
    """The app served by uvicorn on a free loopback port, in a thread (for real HTTP clients)."""

    def __init__(self, app) -> None:
        import socket
        import threading

        import uvicorn

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        import time

        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)


@pytest.fixture
def live_server_factory():
    return LiveServer
