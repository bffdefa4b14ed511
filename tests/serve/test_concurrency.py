"""The server reads while `lapwing ingest` writes the same store: no error on either side.

DuckDB refuses any open of a file another process is writing (even read-only), so the server reads
private snapshots of the file (lapwing/serve/snapshot.py); these tests run a real writer process.
"""
from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the web extra (fastapi, uvicorn, jinja2) is not installed")
pytest.importorskip("uvicorn", reason="the web extra (fastapi, uvicorn, jinja2) is not installed")

import http.client
import json
import subprocess
import sys
import time
from pathlib import Path

from lapwing.serve.app import create_app
from lapwing.serve.snapshot import SnapshotReader

from .conftest import REPO, _env

WRITER = """
import sys, time
sys.path.insert(0, {tests!r})
from lapwing.store import EventStore
from serve.builders import coded, RUSSIA, UKRAINE
with EventStore({db!r}) as store:
    for n in range({count}):
        store.ingest([coded(f"w{{n}}", "2023-01-01", f"Russia attacked Ukraine again, report {{n}}.",
                            actor=RUSSIA, recipient=UKRAINE, event_type="ASSAULT", trigger="attacked")])
        time.sleep(0.01)
print("done")
"""


def _get(port: int, path: str) -> tuple[int, dict]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, json.loads(response.read())
    finally:
        connection.close()


def _count(port: int) -> int:
    status, body = _get(port, "/api/events?limit=1")
    assert status == 200, body
    return body["total"]


def test_requests_succeed_while_a_writer_process_ingests(store_copy: Path, live_server_factory):
    app = create_app(store_copy, refresh_seconds=0)
    writer = subprocess.Popen([sys.executable, "-c", WRITER.format(tests=str(REPO / "tests"), db=str(store_copy),
                                                                   count=150)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    seen: list[int] = []
    with live_server_factory(app) as server:
        while writer.poll() is None:
            seen.append(_count(server.port))
            assert _get(server.port, "/api/network")[0] == 200
            assert _get(server.port, "/api/articles?limit=5")[0] == 200
        out, err = writer.communicate()
        assert writer.returncode == 0, err  # the writer was never locked out by the server
        final = _count(server.port)
    assert final == 5 + 150
    assert seen == sorted(seen), "a reader saw the store go back in time"
    assert len(seen) >= 3


def test_cli_ingest_runs_while_the_server_serves(store_copy: Path, live_server_factory):
    """`lapwing ingest examples/ --db STORE` succeeds while requests are made, and its articles appear."""
    app = create_app(store_copy, refresh_seconds=0)
    with live_server_factory(app) as server:
        ingest = subprocess.Popen([sys.executable, "-m", "lapwing.cli", "ingest", str(REPO / "examples"),
                                   "--db", str(store_copy)], cwd=REPO, env=_env(), text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        requests = 0
        while ingest.poll() is None:
            assert _get(server.port, "/api/events?limit=5")[0] == 200
            assert _get(server.port, "/api/actors?limit=5")[0] == 200
            requests += 1
            time.sleep(0.05)
        _, err = ingest.communicate()
        assert ingest.returncode == 0, err
        status, body = _get(server.port, "/api/articles?limit=100")
    assert status == 200 and body["total"] > 5, "the ingested sample is visible once written"
    assert requests > 0


def test_snapshot_is_skipped_when_the_store_changes_while_copied(store_copy: Path, monkeypatch):
    reader = SnapshotReader(store_copy, refresh_seconds=0)
    try:
        import lapwing.serve.snapshot as snapshot

        real_copy = snapshot.shutil.copyfile

        def copy_then_touch(source, target):
            result = real_copy(source, target)
            Path(source).touch()  # the writer changed the file meanwhile
            return result

        before = reader._current
        store_copy.touch()
        monkeypatch.setattr(snapshot.shutil, "copyfile", copy_then_touch)
        assert reader.refresh() is False
        assert reader._current is before, "the old snapshot keeps being served"
        monkeypatch.setattr(snapshot.shutil, "copyfile", real_copy)
        assert reader.refresh() is True and reader._current is not before
    finally:
        reader.close()
    assert not reader.workdir.exists(), "snapshots are deleted when the server stops"


def test_raw_traversal_paths_are_refused_over_http(built_store: Path, live_server_factory):
    with live_server_factory(create_app(built_store)) as server:
        for path in ("/static/../app.py", "/static/../../store/database.py", "/static/%2e%2e/app.py"):
            connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
            connection.request("GET", path)  # sent as written: http.client does not normalise it
            response = connection.getresponse()
            body = response.read()
            connection.close()
            assert response.status == 404, path
            assert json.loads(body)["error"]["code"] == "not_found"
