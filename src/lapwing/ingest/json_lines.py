"""JSON Lines (``.jsonl``, ``.ndjson``, ``.json``): one JSON object, one article, per line.

    {"id": "a1", "date": "2020-05-08", "text": "...", "title": "...", "url": "...", "source": "..."}

Blank lines are skipped. A line that is not JSON, or is JSON but not an object, is rejected and
reading goes on with the next line. A file whose first line is a lone ``[`` or ``{`` (a JSON
array or a pretty-printed object) is rejected once as ``unsupported_format``.
"""
from __future__ import annotations

import json
from collections.abc import Iterator

from ..model import Article, Rejection
from .fields import ReadOptions, article_from_fields, rejection
from .lines import Line

_JSON_KINDS = {list: "an array", str: "a string", int: "a number", float: "a number",
               bool: "a boolean", type(None): "null"}


def read_json_lines(lines: Iterator[Line], *, path: str,
                    options: ReadOptions) -> Iterator[Article | Rejection]:
    """Yield one article or rejection per non-blank line."""
    seen_record = False
    for line in lines:
        where = {"path": path, "line": line.number, "record": line.content}
        if line.error:
            yield rejection("bad_encoding", line.error, **where)
            seen_record = True
            continue
        if line.truncated:
            yield rejection("too_long", f"line longer than {options.max_line_bytes} bytes "
                            "(limit from setting ingest.max_chars)", **where)
            seen_record = True
            continue
        content = line.content.strip()
        if not content:
            continue
        try:
            value = json.loads(content)
        except (ValueError, RecursionError) as exc:
            if not seen_record and (content.startswith("[") or content == "{"):
                yield rejection("unsupported_format", "a JSON document spread over several lines; "
                                "Lapwing reads JSON Lines (one JSON object per line)", **where)
                return
            yield rejection("bad_json", f"not valid JSON ({_json_problem(exc)})", **where)
            seen_record = True
            continue
        seen_record = True
        if not isinstance(value, dict):
            kind = _JSON_KINDS.get(type(value), type(value).__name__)
            yield rejection("bad_json", f"is {kind}, not a JSON object", **where)
            continue
        yield article_from_fields(value, options=options, **where)


def _json_problem(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at column {exc.colno}"
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc)
