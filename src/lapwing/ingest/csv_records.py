"""CSV (``.csv``): a header row naming the fields, then one article per record.

Read with the :mod:`csv` module (Excel dialect: comma-separated, ``"``-quoted, quoted fields may
span lines). Header names are matched without case or surrounding spaces; the header must have a
``text`` column. A rejected record is reported at the line where it starts.
"""
from __future__ import annotations

import csv
from collections.abc import Iterator

from ..model import Article, Rejection
from .fields import RECORD_CHARS, ReadOptions, article_from_fields, rejection
from .lines import Line


class _RecordTooLong(Exception):
    pass


class _UndecodableLine(Exception):
    def __init__(self, line: Line) -> None:
        super().__init__(line.error)
        self.line = line


class RecordLines:
    """The lines fed to :func:`csv.reader`, remembering where the current record started and its
    raw text, and stopping a record that grows past ``max_record_chars``."""

    def __init__(self, lines: Iterator[Line], *, max_record_chars: int) -> None:
        self.lines = lines
        self.max_record_chars = max_record_chars
        self.start = 0
        self.parts: list[str] = []
        self.size = 0

    def next_record(self) -> None:
        self.parts, self.size, self.start = [], 0, 0

    def record_text(self) -> str:
        return "".join(self.parts)[:RECORD_CHARS].rstrip("\r\n")

    def __iter__(self) -> RecordLines:
        return self

    def __next__(self) -> str:
        line = next(self.lines)
        if not self.start:
            self.start = line.number
        if self.size < RECORD_CHARS:
            self.parts.append(line.text)
        self.size += len(line.text)
        if line.error:
            raise _UndecodableLine(line)
        if line.truncated or self.size > self.max_record_chars:
            raise _RecordTooLong()
        return line.text


def read_csv(lines: Iterator[Line], *, path: str,
             options: ReadOptions) -> Iterator[Article | Rejection]:
    """Yield one article or rejection per CSV record after the header."""
    source = RecordLines(lines, max_record_chars=2 * options.max_chars + 65536)
    # csv's field limit is process-wide; raise it (never lower it) so that a text of max_chars
    # characters fits. RecordLines bounds memory before csv's own limit is reached.
    if csv.field_size_limit() < source.max_record_chars + 1:
        csv.field_size_limit(source.max_record_chars + 1)
    reader = csv.reader(source)
    header: list[str] | None = None
    while True:
        source.next_record()
        try:
            row = next(reader)
        except StopIteration:
            return
        except _UndecodableLine as exc:
            yield rejection("bad_encoding", exc.line.error or "", path=path, line=exc.line.number,
                            record=exc.line.content)
            continue
        except _RecordTooLong:
            yield rejection("too_long", f"record longer than {source.max_record_chars} characters "
                            "(limit from setting ingest.max_chars); the rest of the file is not "
                            "read", path=path, line=source.start, record=source.record_text())
            return
        except csv.Error as exc:
            yield rejection("bad_csv", f"not valid CSV ({exc})", path=path, line=source.start,
                            record=source.record_text())
            continue
        where = {"path": path, "line": source.start, "record": source.record_text()}
        if not row:
            continue
        if header is None:
            header = [name.strip().lower() for name in row]
            if "text" not in header:
                yield rejection("bad_header", "the header has no 'text' column (columns: "
                                f"{', '.join(' '.join(name.split()) for name in header)}); the file is not read",
                                **where)  # (a quoted column name may hold a line break: one line)
                return
            continue
        if len(row) != len(header):
            yield rejection("bad_csv", f"record has {len(row)} fields, the header has "
                            f"{len(header)}", **where)
            continue
        values: dict[str, str] = {}
        for name, value in zip(header, row):
            values.setdefault(name, value)
        yield article_from_fields(values, options=options, **where)
