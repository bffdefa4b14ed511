"""Checking one record's fields and turning them into an :class:`Article` or a :class:`Rejection`.

Shared by every input format: the dated-text reader, JSON Lines and CSV all end here, so a date,
a text or an id means the same thing whatever file it came from.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from ..model import Article, Rejection

#: The raw record kept in a rejection is cut to this many characters.
RECORD_CHARS = 2000
#: Characters of the content hash kept as an article id.
CONTENT_ID_CHARS = 16
#: Optional string fields copied onto the article as they are.
OPTIONAL_FIELDS: tuple[str, ...] = ("title", "url", "source")
#: Accepted names of the date field, in order of preference.
DATE_FIELDS: tuple[str, ...] = ("date", "published_at")

_DATE_SHAPE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?", re.DOTALL)
_SURROGATE = re.compile("[\ud800-\udfff]")
_JSON_KINDS = {dict: "object", list: "array", bool: "boolean", int: "number", float: "number",
               type(None): "null"}


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """What every record is checked against: the text length limit and the accepted dates.

    ``default_date`` is given to records and plain-text files that carry no date of their own.
    """

    max_chars: int
    min_date: dt.date
    max_date: dt.date
    default_date: dt.date | None = None

    @property
    def max_line_bytes(self) -> int:
        """Longest physical line read whole: room for a text of ``max_chars`` characters written
        as JSON ``\\uXXXX`` escapes (6 bytes each), plus 64 KiB for the other fields."""
        return 6 * self.max_chars + 65536


def rejection(reason: str, detail: str, *, path: str, line: int | None = None,
              field: str | None = None, record: str | None = None) -> Rejection:
    """A rejection whose message reads ``path:line: field 'name': detail``."""
    message = InputError(detail, path=path, line=line, field=field, reason=reason).message
    return Rejection(reason=reason, message=message, path=path, line=line, field=field,
                     record=None if record is None else record[:RECORD_CHARS])


def content_id(date: dt.date, text: str) -> str:
    """The id of an article that has none: the first 16 hex digits of the SHA-1 of
    ``"YYYY-MM-DD\\n" + text`` (UTF-8). The same date and text always give the same id."""
    digest = hashlib.sha1(f"{date.isoformat()}\n{text}".encode("utf-8"))
    return digest.hexdigest()[:CONTENT_ID_CHARS]


def parse_date(value: str) -> dt.date:
    """A calendar date from ``YYYY-MM-DD`` or an ISO 8601 date-time (its date as written, in its
    own time zone). Raises ValueError with a message fit for a user."""
    text = value.strip()
    match = _DATE_SHAPE.fullmatch(text)
    if match is None:
        raise ValueError(f"{value!r} is not a date (expected YYYY-MM-DD or an ISO 8601 date-time)")
    year, month, day = (int(part) for part in match.groups())
    try:
        date = dt.date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a valid date ({exc})") from None
    if len(text) > match.end(3):
        try:
            return dt.datetime.fromisoformat(text).date()
        except ValueError:
            raise ValueError(f"{value!r} is not a valid date-time "
                             "(expected ISO 8601, e.g. 2020-05-08T14:30:00+02:00)") from None
    return date


def check_date(value: str, *, options: ReadOptions, path: str, line: int | None, field: str,
               record: str | None) -> dt.date | Rejection:
    """Parse a date and check it lies in the accepted range."""
    try:
        date = parse_date(value)
    except ValueError as exc:
        return rejection("bad_date", str(exc), path=path, line=line, field=field, record=record)
    if not options.min_date <= date <= options.max_date:
        return rejection(
            "date_out_of_range",
            f"{date.isoformat()} is outside the accepted range {options.min_date.isoformat()} to "
            f"{options.max_date.isoformat()} (settings ingest.min_date and ingest.max_date)",
            path=path, line=line, field=field, record=record)
    return date


def check_text(text: str, *, options: ReadOptions, path: str, line: int | None,
               record: str | None, field: str = "text") -> Rejection | None:
    """Reject an empty, whitespace-only or too long text; None when it is fine."""
    if not text.strip():
        detail = "is empty" if not text else "contains only whitespace"
        return rejection("empty_text", detail, path=path, line=line, field=field, record=record)
    if len(text) > options.max_chars:
        return rejection(
            "too_long", f"{len(text)} characters, more than the limit of {options.max_chars} "
            "(setting ingest.max_chars)", path=path, line=line, field=field, record=record)
    return None


def article_from_fields(values: Mapping[str, Any], *, options: ReadOptions, path: str, line: int,
                        record: str) -> Article | Rejection:
    """Check the fields of one JSON or CSV record and build its article.

    Fields: ``id`` (string or integer; absent, null or empty -> content hash), ``date`` or
    ``published_at`` (string; absent -> ``options.default_date``), ``text`` (string), optional
    ``title``, ``url``, ``source`` (string or null). Other fields are ignored.
    """
    where = {"path": path, "line": line, "record": record}
    for name, value in values.items():
        if isinstance(value, str) and (bad := _SURROGATE.search(value)):
            return rejection("bad_encoding", f"contains an unpaired surrogate {bad.group()!r} at "
                             f"character {bad.start() + 1}", field=str(name), **where)

    date_field = next((name for name in DATE_FIELDS if values.get(name) not in (None, "")), None)
    if date_field is None:
        if options.default_date is None:
            return rejection("missing_date", "missing (give a 'date' field, or a default date "
                             "with --date)", field="date", **where)
        date: dt.date | Rejection = options.default_date
    else:
        raw_date = values[date_field]
        if not isinstance(raw_date, str):
            return rejection("bad_field", f"must be a string like '2020-05-08', got "
                             f"{_describe(raw_date)}", field=date_field, **where)
        date = check_date(raw_date, options=options, field=date_field, **where)
    if isinstance(date, Rejection):
        return date

    text = values.get("text")
    if text is None:
        return rejection("missing_text", "missing", field="text", **where)
    if not isinstance(text, str):
        return rejection("bad_field", f"must be a string, got {_describe(text)}", field="text",
                         **where)
    if (problem := check_text(text, options=options, **where)) is not None:
        return problem

    article_id = values.get("id")
    if isinstance(article_id, int) and not isinstance(article_id, bool):
        article_id = str(article_id)
    elif article_id is not None and not isinstance(article_id, str):
        return rejection("bad_field", f"must be a string or an integer, got "
                         f"{_describe(article_id)}", field="id", **where)
    optional: dict[str, str | None] = {}
    for name in OPTIONAL_FIELDS:
        value = values.get(name)
        if value is not None and not isinstance(value, str):
            return rejection("bad_field", f"must be a string, got {_describe(value)}", field=name,
                             **where)
        optional[name] = value.strip() or None if isinstance(value, str) else None
    article_id = (article_id or "").strip() or content_id(date, text)
    return Article(id=article_id, date=date, text=text, origin=f"{path}:{line}", **optional)


def _describe(value: Any) -> str:
    """``int 5``, ``list [1, 2]``: the type and a short view of a wrongly typed value."""
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return f"{_JSON_KINDS.get(type(value), type(value).__name__)} {shown}"
