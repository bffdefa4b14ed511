"""Property-based fuzzing of the JSON API from its own OpenAPI spec (schemathesis).

Every operation in ``/openapi.json`` is called with generated parameters and bodies, valid and
invalid (schemathesis' positive and negative modes), through the ASGI app in-process; no response
may be a 5xx, and every response must match the schema the spec declares for its status (the one
error shape included). Examples per operation are bounded (``LAPWING_FUZZ_EXAMPLES``, 40 by
default) and derandomized, so the test is repeatable and stays well under a minute on 2 cores.
schemathesis is a test-only dependency (the ``test`` extra).
"""
from __future__ import annotations

import os

import pytest

pytest.importorskip("fastapi", reason="the web extra (fastapi, uvicorn, jinja2) is not installed")
schemathesis = pytest.importorskip("schemathesis", reason="schemathesis (test extra) is not installed")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis import GenerationMode  # noqa: E402
from schemathesis.checks import not_a_server_error, response_schema_conformance  # noqa: E402

from lapwing.serve.app import create_app  # noqa: E402

from .test_api import FakePipeline  # noqa: E402

EXAMPLES = int(os.environ.get("LAPWING_FUZZ_EXAMPLES", "40"))


def _fuzz(operation) -> None:
    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def call(case) -> None:
        response = case.call()
        case.validate_response(response, checks=[not_a_server_error, response_schema_conformance])

    call()


def test_every_operation_answers_no_5xx_and_matches_its_schema(built_store):
    # extract on (with a fake pipeline) so its body is fuzzed too; no token, so it is reached
    app = create_app(built_store, allow_extract=True, pipeline_factory=FakePipeline, refresh_seconds=3600)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    schema.config.generation.update(modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10  # every /api route is in the spec
    failures = []
    for operation in operations:
        try:
            _fuzz(operation)
        except Exception as exc:  # noqa: BLE001 - collect every operation's failure, then report
            failures.append(f"{operation.label}: {type(exc).__name__}: {str(exc)[:600]}")
    assert not failures, "\n\n".join(failures)
