"""One JSON error shape for every error the server answers (docs/web.md, "Errors"):

    {"error": {"status": 404, "code": "not_found", "message": "no article 'x'", "details": []}}

``status`` repeats the HTTP status; ``code`` is a stable name (``not_found``, ``validation_error``,
``payload_too_large``, ``unauthorized``, ``forbidden``, ``extract_disabled``, ``store_busy``,
``query_timeout``, ``internal_error``) or a Lapwing error code (``E504``: a date that cannot be read); ``details``
lists the invalid fields of a validation error (``loc``, ``message``), else it is empty.
"""
from __future__ import annotations

import logging
from typing import Any

import duckdb

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import LapwingError, StoreError
from .snapshot import QueryTimeout, StoreBusy

logger = logging.getLogger("lapwing.serve")

_STATUS_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
                 405: "method_not_allowed", 413: "payload_too_large", 415: "unsupported_media_type",
                 422: "validation_error", 500: "internal_error", 503: "store_busy"}


class ErrorDetail(BaseModel):
    loc: list[str]
    message: str


class ErrorInfo(BaseModel):
    status: int
    code: str
    message: str
    details: list[ErrorDetail]


class ErrorResponse(BaseModel):
    """The one error shape, as the OpenAPI spec declares it for every error status."""

    error: ErrorInfo


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` declaring the error shape for ``statuses`` (replacing FastAPI's own
    422 schema, which is not what this server answers)."""
    return {status: {"model": ErrorResponse, "description": _STATUS_CODES.get(status, "error")}
            for status in statuses}


class ApiError(Exception):
    """An error the API answers with its status, code and message."""

    def __init__(self, status: int, message: str, *, code: str | None = None,
                 details: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or _STATUS_CODES.get(status, "error")
        self.message = message
        self.details = details or []


def error_body(status: int, code: str, message: str, details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"error": {"status": status, "code": code, "message": message, "details": details or []}}


def error_response(status: int, code: str, message: str, details: list[dict[str, Any]] | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(status, code, message, details), status_code=status, headers=headers)


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    return [{"loc": [str(part) for part in err.get("loc", ())], "message": str(err.get("msg", ""))}
            for err in exc.errors()]


def install_error_handlers(app: FastAPI) -> None:
    """Route every error (HTTP, validation, Lapwing, unexpected) to the one JSON shape."""

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return error_response(exc.status, exc.code, exc.message, exc.details, headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = "no such page or resource"
        return error_response(exc.status_code, _STATUS_CODES.get(exc.status_code, "error"), message,
                              headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        details = _validation_details(exc)
        fields = ", ".join(".".join(d["loc"][1:] or d["loc"]) + ": " + d["message"] for d in details)
        return error_response(422, "validation_error", f"invalid request: {fields}", details)

    @app.exception_handler(QueryTimeout)
    async def _query_timeout(_request: Request, exc: QueryTimeout) -> JSONResponse:
        return error_response(503, "query_timeout", str(exc), headers={"Retry-After": "5"})

    @app.exception_handler(StoreBusy)
    async def _store_busy(_request: Request, exc: StoreBusy) -> JSONResponse:
        return error_response(503, "store_busy", str(exc), headers={"Retry-After": "5"})

    @app.exception_handler(duckdb.InterruptException)
    async def _interrupted(_request: Request, _exc: duckdb.InterruptException) -> JSONResponse:
        return error_response(503, "query_timeout", "the request was stopped at the server's time limit: "
                              "narrow it (a date window, a filter, a smaller page) or try again",
                              headers={"Retry-After": "5"})

    @app.exception_handler(LapwingError)
    async def _lapwing_error(_request: Request, exc: LapwingError) -> JSONResponse:
        if isinstance(exc, StoreError) and exc.code in ("E501", "E502"):
            return error_response(503, exc.code, exc.message)
        return error_response(422 if exc.code == "E504" else 400, exc.code, exc.message)

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        logger.exception("unexpected error answering a request", exc_info=exc)
        return error_response(500, "internal_error", f"internal error: {type(exc).__name__}")
