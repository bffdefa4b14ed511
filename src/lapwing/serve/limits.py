"""Request size limits for every route, chunked bodies included.

A body is refused with 413 (in the one JSON error shape) when its declared ``Content-Length`` is
over the limit, before any of it is read, and, when no length is declared (``Transfer-Encoding:
chunked``) or the length lies, as soon as the bytes received pass the limit: the app is handed a
``receive`` that counts. Nothing beyond the limit is ever buffered. A ``Content-Length`` that is
not a number is a 400.
"""
from __future__ import annotations

from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import ApiError, error_body

Headers = list[tuple[bytes, bytes]]


class BodyTooLarge(ApiError):
    def __init__(self, max_bytes: int, declared: int | None = None) -> None:
        size = f"of {declared} bytes " if declared is not None else ""
        super().__init__(413, f"request body {size}is over the limit of {max_bytes} bytes")


class BodyLimitMiddleware:
    """Refuses request bodies over ``max_bytes`` (declared or counted) with 413."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _header(scope.get("headers", []), b"content-length")
        if declared is not None:
            if not declared.isdigit():
                await _answer(send, ApiError(400, "the Content-Length header is not a number"))
                return
            if int(declared) > self.max_bytes:
                await _answer(send, BodyTooLarge(self.max_bytes, int(declared)))
                return
        received = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        async def watched_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, watched_send)
        except BodyTooLarge as exc:  # raised where no route handler caught it
            if started:
                raise
            await _answer(send, exc)


def _header(headers: Headers, name: bytes) -> str | None:
    for key, value in headers:
        if key.lower() == name:
            return value.decode("latin-1").strip()
    return None


async def _answer(send: Send, error: ApiError) -> None:
    import json

    body: Any = json.dumps(error_body(error.status, error.code, error.message, error.details)).encode()
    await send({"type": "http.response.start", "status": error.status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
