"""``POST /api/extract``: code one text given in the request (text and date in, events out).

Off unless the server was started with ``allow_extract``; when a token is set the request must
carry it (``Authorization: Bearer TOKEN``). The body is read up to ``max_body_bytes`` and refused
beyond (413) before it is parsed. The pipeline is built on the first request (by
``pipeline_factory``, the default pipeline otherwise) and runs one text at a time.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import hmac
import json
import threading
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from ..output import entities_json, event_json
from .errors import ApiError


class ExtractRequest(BaseModel):
    """The body of ``POST /api/extract``."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, description="the text to code")
    date: _dt.date = Field(description="the article's date (YYYY-MM-DD): relative dates resolve against it")
    article_id: str = Field(default="text", max_length=200, description="the id given to the article")


class PipelineHolder:
    """Builds the pipeline once, on first use, and lets one text through it at a time."""

    def __init__(self, factory: Any) -> None:
        self._factory = factory
        self._pipeline: Any = None
        self._lock = threading.Lock()

    def code(self, body: ExtractRequest) -> dict[str, Any]:
        from ..run import code_text

        with self._lock:
            if self._pipeline is None:
                if self._factory is not None:
                    self._pipeline = self._factory()
                else:
                    from ..pipeline import Pipeline

                    self._pipeline = Pipeline.from_config()
            doc = code_text(body.text, date=body.date, article_id=body.article_id, pipeline=self._pipeline)
        return {**entities_json(doc), "events": [event_json(event) for event in doc.events]}


def check_token(request: Request, token: str | None) -> None:
    if token is None:
        return
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if not header or scheme.lower() != "bearer" or not given:
        raise ApiError(401, "this server needs a token: send the header 'Authorization: Bearer TOKEN'")
    # compare_digest takes the same time whatever the bytes are; comparing SHA-256 digests (always
    # 32 bytes) also keeps the token's length from showing in the time taken
    if not hmac.compare_digest(hashlib.sha256(given.strip().encode("utf-8")).digest(),
                               hashlib.sha256(token.encode("utf-8")).digest()):
        raise ApiError(403, "the token given is not this server's token")


async def read_limited_body(request: Request, max_bytes: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > max_bytes:
        raise ApiError(413, f"request body of {declared} bytes is over the limit of {max_bytes} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise ApiError(413, f"request body is over the limit of {max_bytes} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def extract_route(request: Request) -> dict[str, Any]:
    settings = request.app.state.settings
    if not settings.allow_extract:
        raise ApiError(403, "coding texts is disabled on this server: start it with --allow-extract "
                            "(allow_extract=True) to enable POST /api/extract", code="extract_disabled")
    check_token(request, settings.token)
    raw = await read_limited_body(request, settings.max_body_bytes)
    try:
        payload = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ApiError(422, f"the body is not JSON: {exc}", code="validation_error") from exc
    try:
        body = ExtractRequest.model_validate(payload)
    except ValidationError as exc:
        raise RequestValidationError([{**err, "loc": ("body", *err["loc"])} for err in exc.errors()]) from exc
    return await run_in_threadpool(request.app.state.pipeline.code, body)


extract_route.openapi_extra = {  # type: ignore[attr-defined]
    "requestBody": {"required": True,
                    "content": {"application/json": {"schema": ExtractRequest.model_json_schema()}}},
}
