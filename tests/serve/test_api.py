"""The JSON API: shapes, filters, paging, the one error shape, extract's guards, static files."""
from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the web extra (fastapi, uvicorn, jinja2) is not installed")
pytest.importorskip("uvicorn", reason="the web extra (fastapi, uvicorn, jinja2) is not installed")

import re
from pathlib import Path

from fastapi.testclient import TestClient

from lapwing.model import CodedArticle
from lapwing.serve.app import create_app

from .builders import RUSSIA, UKRAINE, coded

DOCS = Path(__file__).resolve().parents[2] / "docs" / "web.md"


def assert_error(response, status: int, code: str | None = None) -> dict:
    """Every error has one shape: {"error": {"status", "code", "message", "details"}}."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) == {"status", "code", "message", "details"}
    assert error["status"] == status
    assert isinstance(error["message"], str) and error["message"]
    assert isinstance(error["details"], list)
    if code is not None:
        assert error["code"] == code
    return error


def test_articles_page_through_all(client):
    first = client.get("/api/articles", params={"limit": 2}).json()
    assert first["total"] == 5 and first["count"] == 2 and first["next_offset"] == 2
    assert [a["article_id"] for a in first["items"]] == ["a5", "a4"]  # newest first
    rest = client.get("/api/articles", params={"limit": 10, "offset": 2}).json()
    assert [a["article_id"] for a in rest["items"]] == ["a3", "a2", "a1"] and rest["next_offset"] is None
    assert client.get("/api/articles", params={"q": "warsaw"}).json()["total"] == 1
    assert client.get("/api/articles", params={"q": "100%"}).json()["total"] == 0  # % is literal


def test_article_detail_has_offsets_events_and_provenance(client):
    detail = client.get("/api/articles/a1").json()
    text = detail["article"]["text"]
    assert detail["article"]["date"] == "2022-02-24"
    assert detail["sentences"] == [{"index": 0, "start_char": 0, "end_char": len(text), "text": text}]
    by_text = {m["text"]: m for m in detail["mentions"]}
    assert text[by_text["Ukraine"]["start_char"]:by_text["Ukraine"]["end_char"]] == "Ukraine"
    assert by_text["Russia"]["actor"]["key"] == "kb:country/RUS"
    assert by_text["Kyiv"]["place"]["country_code"] == "UKR"
    assert by_text["Kyiv"]["resolution"]["rule"] == "test.dictionary"
    assert detail["times"] == [{"start_char": text.index("Thursday"), "end_char": text.index("Thursday") + 8,
                                "text": "Thursday", "value": "2022-02-24", "precision": "day", "located": "by_text"}]
    (event,) = detail["events"]
    assert event["event"] == "ASSAULT" and event["counted"] is True and event["num_mentions"] == 1
    assert [p["rule"] for p in event["provenance"]] == ["test.assault", "test.date"]
    assert {(r["role"], r["actor_key"]) for r in event["roles"]} == {("actor", "kb:country/RUS"),
                                                                     ("recipient", "kb:country/UKR")}
    kinds = {s["text"]: s["kind"] for s in detail["segments"] if s["kind"]}
    assert kinds == {"Russia": "actor", "attacked": "trigger", "Ukraine": "actor", "Kyiv": "place",
                     "Thursday": "date"}
    assert "".join(s["text"] for s in detail["segments"]) == text


def test_unknown_article_is_a_404_in_the_error_shape(client):
    assert "no article 'nope'" in assert_error(client.get("/api/articles/nope"), 404, "not_found")["message"]


@pytest.mark.parametrize(("params", "expected"), [
    ({}, ["a1", "a2", "a3", "a4", "a5"]),
    ({"actor": "Poland"}, ["a2", "a3"]),
    ({"actor": "pol", "recipient": "UKR"}, ["a2", "a3"]),
    ({"type": "assault"}, ["a1", "a5"]),
    ({"quad": 3}, ["a4"]),
    ({"modality": "negated"}, ["a5"]),
    ({"from": "2022-03", "to": "2022-03-06"}, ["a2", "a3"]),
    ({"place": "Kyiv"}, ["a1"]),
    ({"place": "POL"}, ["a2"]),
    ({"per_happening": "true"}, ["a1", "a2", "a3", "a4"]),
])
def test_event_filters_match_lapwing_query(client, params, expected):
    body = client.get("/api/events", params=params).json()
    assert [e["article_id"] for e in body["items"]] == expected
    assert body["total"] == len(expected)


def test_events_paging(client):
    page = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert [e["article_id"] for e in page["items"]] == ["a3", "a4"]
    assert page["total"] == 5 and page["next_offset"] == 4
    row = page["items"][0]
    assert row["actor_name"] == "Poland" and row["recipient_code"] == "UKR" and row["date"] == "2022-03-05"


@pytest.mark.parametrize("params", [{"quad": 9}, {"limit": 0}, {"limit": 5000}, {"offset": -1},
                                    {"modality": "maybe"}, {"per_happening": "perhaps"}])
def test_invalid_parameters_are_422_with_details(client, params):
    error = assert_error(client.get("/api/events", params=params), 422, "validation_error")
    assert error["details"] and error["details"][0]["loc"][0] == "query"


def test_unreadable_date_is_422_with_lapwing_code(client):
    error = assert_error(client.get("/api/events", params={"from": "soon"}), 422, "E504")
    assert "cannot read date 'soon'" in error["message"]


def test_actors_list_search_and_detail(client):
    listed = client.get("/api/actors").json()
    assert [a["name"] for a in listed["items"]] == ["Ukraine", "Poland", "Russia"]
    assert listed["items"][0]["events"] == 4  # a1-a4
    assert [a["key"] for a in client.get("/api/actors", params={"q": "ssi"}).json()["items"]] == ["kb:country/RUS"]
    detail = client.get("/api/actors/kb:country/UKR").json()
    assert detail["actor"]["name"] == "Ukraine"
    assert detail["timeline"] == [
        {"month": "2022-02", "quad_1": 0, "quad_2": 0, "quad_3": 0, "quad_4": 1, "total": 1, "mentions": 1},
        {"month": "2022-03", "quad_1": 1, "quad_2": 1, "quad_3": 1, "quad_4": 0, "total": 3, "mentions": 3}]
    assert [(p["name"], p["cooperation"]) for p in detail["partners"]] == [("Poland", 2)]
    assert [(p["name"], p["conflict"]) for p in detail["opponents"]] == [("Russia", 2)]
    assert_error(client.get("/api/actors/kb:country/XXX"), 404, "not_found")


def test_network_window_and_timeline(client):
    graph = client.get("/api/network", params={"from": "2022-03", "to": "2022-03"}).json()
    relations = {(e["source"], e["target"], e["relation"]) for e in graph["edges"]}
    assert ("kb:country/POL", "kb:country/UKR", "supports") in relations
    assert ("kb:country/UKR", "kb:country/RUS", "opposes") in relations
    assert not any(r[0] == "kb:country/RUS" for r in relations)  # the February attack is outside
    assert graph["date_from"] == "2022-03-01" and graph["date_to"] == "2022-03-31"
    months = client.get("/api/timeline", params={"actor": "Russia", "role": "actor"}).json()["months"]
    assert [(m["month"], m["quad_4"]) for m in months] == [("2022-02", 1)]
    assert_error(client.get("/api/timeline"), 422, "validation_error")


def test_places_for_the_map(client):
    places = client.get("/api/places").json()
    assert {(p["name"], p["events"]) for p in places["events"]} == {("Kyiv", 1), ("Warsaw", 1)}
    assert {p["name"] for p in places["mentioned"]} == {"Kyiv", "Warsaw"}
    assert client.get("/api/places", params={"to": "2022-02"}).json()["events"][0]["name"] == "Kyiv"


def test_unknown_route_and_method(client):
    assert_error(client.get("/api/nothing-here"), 404, "not_found")
    assert_error(client.delete("/api/events"), 405, "method_not_allowed")


def test_extract_is_disabled_by_default(client):
    error = assert_error(client.post("/api/extract", json={"text": "x", "date": "2022-01-01"}), 403,
                         "extract_disabled")
    assert "--allow-extract" in error["message"]


class FakePipeline:
    """Codes every text as one Russian attack on Ukraine (no models)."""

    def run(self, article) -> CodedArticle:
        doc = coded(article.id, article.date.isoformat(), "Russia attacked Ukraine.", actor=RUSSIA,
                    recipient=UKRAINE, event_type="ASSAULT", trigger="attacked")
        return doc


@pytest.fixture
def extract_client(built_store):
    app = create_app(built_store, allow_extract=True, token="s3cret", max_body_bytes=300,
                     pipeline_factory=FakePipeline)
    with TestClient(app) as opened:
        yield opened


def test_extract_needs_the_token(extract_client):
    body = {"text": "Russia attacked Ukraine.", "date": "2022-02-24"}
    error = assert_error(extract_client.post("/api/extract", json=body), 401, "unauthorized")
    assert "Authorization: Bearer" in error["message"]
    assert_error(extract_client.post("/api/extract", json=body, headers={"Authorization": "Bearer wrong"}),
                 403, "forbidden")
    ok = extract_client.post("/api/extract", json=body, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200, ok.text
    result = ok.json()
    assert result["date"] == "2022-02-24" and [e["event"] for e in result["events"]] == ["ASSAULT"]
    assert result["events"][0]["provenance"][0]["rule"] == "test.assault"
    assert {m["text"] for m in result["mentions"]} == {"Russia", "Ukraine"}


def test_extract_size_limit_and_validation(extract_client):
    auth = {"Authorization": "Bearer s3cret"}
    big = {"text": "x" * 1000, "date": "2022-02-24"}
    assert "over the limit of 300 bytes" in assert_error(
        extract_client.post("/api/extract", json=big, headers=auth), 413, "payload_too_large")["message"]
    error = assert_error(extract_client.post("/api/extract", json={"text": "", "date": "yesterday"}, headers=auth),
                         422, "validation_error")
    assert {tuple(d["loc"]) for d in error["details"]} == {("body", "text"), ("body", "date")}
    assert_error(extract_client.post("/api/extract", content=b"{not json", headers=auth), 422, "validation_error")


def test_static_files_and_no_path_outside_the_folder(client):
    assert client.get("/static/lapwing.css").status_code == 200
    for path in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py",
                 "/static/%2e%2e/%2e%2e/store/database.py", "/static//etc/passwd", "/static/vendor/../../app.py"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert_error(response, 404)


def test_internal_errors_use_the_shape_too(built_store, monkeypatch):
    import lapwing.serve.api as api

    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(api, "list_articles", broken)
    with TestClient(create_app(built_store), raise_server_exceptions=False) as opened:
        error = assert_error(opened.get("/api/articles"), 500, "internal_error")
    assert "boom" not in error["message"]  # no internals leak


def test_openapi_lists_every_route_and_docs_name_them(client):
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/articles", "/api/articles/{article_id}", "/api/events", "/api/actors",
            "/api/actors/{actor_key}", "/api/network", "/api/timeline", "/api/places", "/api/status",
            "/api/extract"} <= paths
    assert "requestBody" in spec["paths"]["/api/extract"]["post"]
    documented = set(re.findall(r"`(?:GET|POST) (/[^`?\s]*)", DOCS.read_text(encoding="utf-8")))
    assert not paths - documented, f"routes missing from docs/web.md: {sorted(paths - documented)}"


def test_missing_store_is_refused_at_start(tmp_path):
    from lapwing.errors import StoreError

    with pytest.raises(StoreError, match="no such store"):
        create_app(tmp_path / "none.duckdb")


def test_extract_on_a_public_address_needs_a_token(built_store):
    from lapwing.errors import ConfigError
    from lapwing.serve.server import run_server

    with pytest.raises(ConfigError, match="needs a token"):
        run_server(built_store, host="0.0.0.0", allow_extract=True)
