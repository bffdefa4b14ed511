"""Dated text: one article per file, its first non-blank line starting ``date YYYY-MM-DD``.

    date 2020-05-08 The US does not support the offensive ...
    <more text, any number of lines>

The text starts after the date on the same line (or on the next non-blank line) and runs to the
end of the file; leading and trailing whitespace is removed and line endings become ``\\n``. A file
without a date line is read as plain text when a default date is given, and rejected otherwise.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Article, Rejection
from .fields import RECORD_CHARS, ReadOptions, check_date, check_text, content_id, rejection
from .lines import Line, skip_blank_lines

#: ``date`` then a value starting with a digit; the value must then be a valid date.
DATE_LINE = re.compile(r"[ \t]*date[ \t]+(?P<value>\d\S*)(?:[ \t]+(?P<text>.*))?", re.DOTALL)


def read_dated_text(lines: Iterator[Line], *, path: str,
                    options: ReadOptions) -> Iterator[Article | Rejection]:
    """Yield the one article of a dated-text (or plain-text) file, or the reason it was rejected."""
    first, rest = skip_blank_lines(lines)
    if first is None:
        yield rejection("empty_text", "the file has no text", path=path, field="text")
        return
    if (problem := _line_problem(first, path=path, options=options)) is not None:
        yield problem
        return
    record = first.content[:RECORD_CHARS]
    match = DATE_LINE.fullmatch(first.content)
    if match is not None:
        date = check_date(match["value"], options=options, path=path, line=first.number,
                          field="date", record=record)
        if isinstance(date, Rejection):
            yield date
            return
        opening = match["text"] or ""
    elif options.default_date is not None:
        date, opening = options.default_date, first.content
    else:
        yield rejection("missing_date", "the file does not start with a 'date YYYY-MM-DD' line "
                        "(add one, or give a default date with --date)", path=path,
                        line=first.number, field="date", record=record)
        return

    collector = TextCollector(max_chars=options.max_chars)
    fits = collector.add(opening)
    for line in rest:
        if not fits:
            break
        if (problem := _line_problem(line, path=path, options=options)) is not None:
            yield problem
            return
        fits = collector.add("\n" + line.content)
    text = collector.text()
    if not fits:
        yield rejection("too_long", f"longer than the limit of {options.max_chars} characters "
                        "(setting ingest.max_chars)", path=path, line=first.number, field="text",
                        record=text)
        return
    if (problem := check_text(text, options=options, path=path, line=first.number,
                              record=record)) is not None:
        yield problem
        return
    yield Article(id=content_id(date, text), date=date, text=text, origin=f"{path}:{first.number}")


def _line_problem(line: Line, *, path: str, options: ReadOptions) -> Rejection | None:
    if line.error:
        return rejection("bad_encoding", line.error, path=path, line=line.number,
                         record=line.content)
    if line.truncated:
        return rejection("too_long", f"line longer than {options.max_line_bytes} bytes "
                         "(limit from setting ingest.max_chars)", path=path, line=line.number,
                         field="text", record=line.content)
    return None


class TextCollector:
    """Gathers a text piece by piece, stripped at both ends, never holding more than about
    ``max_chars`` characters: ``add`` returns False as soon as the stripped text is too long."""

    def __init__(self, *, max_chars: int) -> None:
        self.max_chars = max_chars
        self.parts: list[str] = []
        self.size = 0
        self.only_whitespace_fits = False

    def add(self, piece: str) -> bool:
        if not self.parts:
            piece = piece.lstrip()
            if not piece:
                return True
        if self.only_whitespace_fits:
            return not piece.strip()
        self.parts.append(piece)
        self.size += len(piece)
        if self.size > self.max_chars:
            text = "".join(self.parts).rstrip()
            if len(text) > self.max_chars:
                self.parts = [text[:RECORD_CHARS]]
                return False
            # Only trailing whitespace passes the limit: any more text would make it too long.
            self.parts = [text]
            self.only_whitespace_fits = True
        return True

    def text(self) -> str:
        return "".join(self.parts).rstrip()
