"""The server's limits: body size (declared and chunked), a time limit per request, SQL injection
in every filter, files outside the static folder, timing-safe token comparison, and the network
cut in the database matching the reference cut in Python."""
from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the web extra (fastapi, uvicorn, jinja2) is not installed")
pytest.importorskip("uvicorn", reason="the web extra (fastapi, uvicorn, jinja2) is not installed")

import hashlib
import os
import socket
import time
from pathlib import Path
from urllib.parse import quote

from fastapi.testclient import TestClient

from lapwing.serve.app import create_app
from lapwing.store import EventStore, network
from lapwing.store.network import top_network

from .test_api import FakePipeline, assert_error

AUTH = {"Authorization": "Bearer s3cret"}


def _chunks(total: int, size: int = 100):
    sent = 0
    while sent < total:
        yield b"x" * min(size, total - sent)
        sent += size


@pytest.fixture
def limited_client(built_store):
    app = create_app(built_store, allow_extract=True, token="s3cret", max_body_bytes=300,
                     pipeline_factory=FakePipeline)
    with TestClient(app) as opened:
        yield opened


def test_a_declared_body_over_the_limit_is_refused_on_every_route(limited_client):
    for method, path in (("POST", "/api/extract"), ("GET", "/api/events"), ("POST", "/api/events"),
                         ("PUT", "/articles")):
        response = limited_client.request(method, path, content=b"x" * 1000, headers=AUTH)
        assert "over the limit of 300 bytes" in assert_error(response, 413, "payload_too_large")["message"]


def test_a_chunked_body_over_the_limit_is_refused(limited_client):
    response = limited_client.post("/api/extract", content=_chunks(5000), headers=AUTH)  # no Content-Length
    assert response.request.headers.get("transfer-encoding") == "chunked"
    assert_error(response, 413, "payload_too_large")


def test_a_chunked_body_under_the_limit_is_read(limited_client):
    body = b'{"text": "Russia attacked Ukraine.", "date": "2022-02-24"}'
    response = limited_client.post("/api/extract", content=iter([body[:20], body[20:]]),
                                   headers={**AUTH, "Content-Type": "application/json"})
    assert response.status_code == 200, response.text


def _raw_http(port: int, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall(request)
        received = b""
        while chunk := conn.recv(65536):
            received += chunk
            if b"\r\n\r\n" in received and b"}}" in received:
                break
    return received


def test_limits_hold_on_a_real_socket(built_store, live_server_factory):
    app = create_app(built_store, allow_extract=True, max_body_bytes=300, pipeline_factory=FakePipeline)
    chunk = b"64\r\n" + b"x" * 100 + b"\r\n"
    with live_server_factory(app) as server:
        chunked = _raw_http(server.port, b"POST /api/extract HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                                         b"Content-Type: application/json\r\n\r\n" + chunk * 10 + b"0\r\n\r\n")
        assert chunked.startswith(b"HTTP/1.1 413"), chunked[:200]
        assert b'"payload_too_large"' in chunked
        declared = _raw_http(server.port, b"POST /api/extract HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999\r\n\r\n")
        assert declared.startswith(b"HTTP/1.1 413"), declared[:200]
        bad = _raw_http(server.port, b"POST /api/extract HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n")
        assert bad.startswith(b"HTTP/1.1 400"), bad[:200]


SLOW_SQL = "SELECT count(*) FROM range(1000000000000) a"


def test_a_slow_query_is_interrupted_at_the_time_limit(built_store, monkeypatch):
    import lapwing.serve.api as api

    def slow(store, **_kwargs):
        store.fetch(SLOW_SQL)
        raise AssertionError("the query should have been interrupted")

    monkeypatch.setattr(api, "list_articles", slow)
    with TestClient(create_app(built_store, query_seconds=0.3), raise_server_exceptions=False) as opened:
        began = time.monotonic()
        response = opened.get("/api/articles")
        took = time.monotonic() - began
        error = assert_error(response, 503, "query_timeout")
        assert "limit of 0.3 s" in error["message"] and response.headers["retry-after"]
        assert took < 5, took
        assert opened.get("/api/events").status_code == 200  # the server goes on serving


def test_a_request_past_its_time_starts_no_further_query(built_store, monkeypatch):
    import lapwing.serve.api as api

    def sleepy(store, **_kwargs):
        time.sleep(0.5)  # Python work past the deadline, then another query
        return {"total": store.fetch("SELECT 1")[0][0], "items": []}

    monkeypatch.setattr(api, "list_articles", sleepy)
    with TestClient(create_app(built_store, query_seconds=0.2), raise_server_exceptions=False) as opened:
        assert_error(opened.get("/api/articles"), 503, "query_timeout")


def test_slow_arrow_reads_are_interrupted_too(built_store, monkeypatch):
    import lapwing.serve.api as api

    def slow_table(store, **_kwargs):
        return store.connection.sql(SLOW_SQL).to_arrow_table()

    monkeypatch.setattr(api, "query_events", slow_table)
    with TestClient(create_app(built_store, query_seconds=0.3), raise_server_exceptions=False) as opened:
        assert_error(opened.get("/api/events"), 503, "query_timeout")


INJECTIONS = [
    "' OR '1'='1", "'; DROP TABLE events; --", "\" OR 1=1 --", "1; DELETE FROM articles",
    "x' UNION SELECT * FROM actors --", "%' OR 1=1 --", "_", "%", "\\", "Ukraine'--", "'; CHECKPOINT; --",
    "') OR ('a'='a", "1) OR (1=1", "\x00", "$1", "?", "/* */", "';ATTACH ':memory:' AS x;--",
]
FILTERS = [("/api/events", name) for name in ("actor", "recipient", "type", "modality", "place", "from", "to",
                                               "quad", "limit", "offset", "per_happening")]
FILTERS += [("/api/articles", "q"), ("/api/actors", "q"), ("/api/timeline", "actor"), ("/api/timeline", "role"),
            ("/api/network", "from"), ("/api/network", "max_nodes"), ("/api/places", "to"),
            ("/api/actors/kb:country/UKR", "from"), ("/events", "actor"), ("/events", "quad"),
            ("/articles", "q"), ("/actors", "q")]


def _store_state(path: Path) -> tuple[str, dict[str, int]]:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with EventStore(path, read_only=True) as store:
        counts = {t: store.connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("articles", "events", "actors", "event_actors", "canonical_events", "mentions")}
    return digest, counts


def test_sql_injection_in_every_filter_finds_nothing_and_changes_nothing(store_copy):
    before = _store_state(store_copy)
    with TestClient(create_app(store_copy, refresh_seconds=0), raise_server_exceptions=False) as opened:
        served_before = opened.get("/api/status").json()["counts"]
        for path, name in FILTERS:
            for text in INJECTIONS:
                response = opened.get(path, params={name: text})
                assert response.status_code in (200, 404, 422), (path, name, text, response.text)
                if response.status_code != 200:
                    assert_error(response, response.status_code)
                elif path.startswith("/api/") and "items" in response.json():
                    assert response.json()["items"] == [], (path, name, text)
                elif path == "/api/timeline":
                    assert response.json()["months"] == [], (name, text)
        for text in INJECTIONS:  # in the path too
            for path in ("/api/articles/", "/api/actors/", "/articles/", "/actors/"):
                response = opened.get(path + quote(text, safe=""))
                assert response.status_code in (404, 422), (path, text, response.text)
        assert opened.get("/api/status").json()["counts"] == served_before
    assert _store_state(store_copy) == before


TRAVERSALS = [
    "/static/../app.py", "/static/%2e%2e/app.py", "/static/%2E%2E/app.py", "/static/..%2fapp.py",
    "/static/..%2Fapp.py", "/static/%2e%2e%2fapp.py", "/static/%252e%252e/app.py",
    "/static/%2e%2e/%2e%2e/store/database.py", "/static/vendor/../../app.py",
    "/static/..\\app.py", "/static/..%5capp.py", "/static/%5c..%5capp.py", "/static/\\..\\app.py",
    "/static//etc/passwd", "/static/%2fetc%2fpasswd", "/static/%2Fetc/passwd", "/static/C:%5cWindows%5cwin.ini",
    "/static/./../app.py", "/static/.%2e/app.py", "/static/%00../app.py", "/static/lapwing.css%00.py",
    "/static/..;/app.py", "/static/%c0%ae%c0%ae/app.py",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_no_file_outside_the_static_folder(client, path):
    response = client.get(path)
    assert response.status_code in (400, 404), (path, response.status_code)
    assert b"from __future__" not in response.content and b"root:" not in response.content


def test_symlinks_leaving_the_static_folder_are_not_followed(built_store, tmp_path, monkeypatch):
    import lapwing.serve.app as app_module

    static = tmp_path / "static"
    static.mkdir()
    (static / "inside.css").write_text("body {}")
    secret = tmp_path / "secret.txt"
    secret.write_text("secret")
    os.symlink(secret, static / "leak.txt")
    os.symlink(tmp_path, static / "up")
    monkeypatch.setattr(app_module, "STATIC_DIR", static)
    with TestClient(create_app(built_store)) as opened:
        assert opened.get("/static/inside.css").status_code == 200
        for path in ("/static/leak.txt", "/static/up/secret.txt"):
            response = opened.get(path)
            assert response.status_code == 404 and b"secret" not in response.content, path


def test_the_token_is_compared_in_constant_time(built_store, monkeypatch):
    import lapwing.serve.extract as extract

    seen = []
    original = extract.hmac.compare_digest

    def spy(a, b):
        seen.append((len(a), len(b)))
        return original(a, b)

    monkeypatch.setattr(extract.hmac, "compare_digest", spy)
    app = create_app(built_store, allow_extract=True, token="s3cret", pipeline_factory=FakePipeline)
    with TestClient(app) as opened:
        for given in ("wrong", "s3cre", "s3cret-and-more", "S3CRET"):
            assert_error(opened.post("/api/extract", json={"text": "x", "date": "2022-01-01"},
                                     headers={"Authorization": f"Bearer {given}"}), 403, "forbidden")
    assert len(seen) == 4
    assert {pair for pair in seen} == {(32, 32)}  # digests of equal length: nothing leaks the length


@pytest.mark.parametrize("window", [(None, None), ("2022-03", "2022-03"), ("2022-02-24", None), ("2030", None)])
@pytest.mark.parametrize(("max_nodes", "min_weight"), [(300, 1), (2, 1), (1, 1), (3, 2)])
def test_top_network_matches_the_full_network_cut_in_python(built_store, window, max_nodes, min_weight):
    from lapwing.serve.analytics import trim_network

    with EventStore(built_store, read_only=True) as store:
        full = network(store, date_from=window[0], date_to=window[1])
        top = top_network(store, date_from=window[0], date_to=window[1], max_nodes=max_nodes,
                          min_weight=min_weight)
    assert top == trim_network(full, max_nodes=max_nodes, min_weight=min_weight)


def _get_status(port: int, path: str) -> tuple[int, dict]:
    import http.client
    import json

    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read()
        is_json = response.getheader("content-type", "").startswith("application/json")
        return response.status, json.loads(body) if is_json else {}
    finally:
        connection.close()


def test_many_clients_take_turns_without_starving_the_worker_threads(built_store, live_server_factory):
    from concurrent.futures import ThreadPoolExecutor

    # one reader at a time, 60 clients at once: more than the 40 worker threads. Waiting for a turn
    # must not hold a worker thread, or the request holding the turn could not run.
    app = create_app(built_store, max_readers=1, query_seconds=20)
    paths = ["/api/events?limit=2", "/api/actors", "/api/network", "/articles/a1", "/api/articles/a2"] * 12
    with live_server_factory(app) as server, ThreadPoolExecutor(max_workers=60) as pool:
        results = list(pool.map(lambda path: _get_status(server.port, path), paths))
    assert [status for status, _ in results] == [200] * len(paths)


def test_a_request_that_waits_too_long_for_its_turn_is_503_store_busy(built_store, live_server_factory, monkeypatch):
    import threading

    import lapwing.serve.api as api

    def slow(store, **_kwargs):
        time.sleep(1.5)  # holds the only turn
        return {"total": 0, "items": []}

    monkeypatch.setattr(api, "list_articles", slow)
    app = create_app(built_store, max_readers=1, query_seconds=0.4)
    with live_server_factory(app) as server:
        holder = threading.Thread(target=_get_status, args=(server.port, "/api/articles"))
        holder.start()
        time.sleep(0.3)
        status, body = _get_status(server.port, "/api/events")
        holder.join()
    assert status == 503 and body["error"]["code"] == "store_busy", body
