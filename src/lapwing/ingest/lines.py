"""Numbered, strictly decoded lines from a byte stream, with bounded memory.

Every input format is read through :class:`LineReader`: it reads one line at a time (never the
whole file), cuts lines longer than a byte limit (the rest of such a line is read and discarded),
drops a UTF-8 byte-order mark at the start, and decodes each line as strict UTF-8. A line that is
not valid UTF-8 is not an exception: it comes back with ``error`` set, so a reader can reject that
one record and go on with the next.
"""
from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol


class ByteStream(Protocol):
    """What :class:`LineReader` needs from a stream: ``readline(limit)`` returning bytes."""

    def readline(self, size: int = -1, /) -> bytes: ...


@dataclass(frozen=True, slots=True)
class Line:
    """One physical line: its 1-based number and its text, line ending included.

    ``error`` describes why the line is not valid UTF-8 (``text`` then holds the line with the bad
    bytes shown as ``\\xNN``); ``truncated`` says the line was longer than the reader's limit and
    ``text`` holds only its beginning.
    """

    number: int
    text: str
    error: str | None = None
    truncated: bool = False

    @property
    def content(self) -> str:
        """The text without its line ending."""
        return self.text.rstrip("\r\n")

    def is_blank(self) -> bool:
        return not self.text.strip()


class LineReader:
    """Iterate over the lines of ``stream``; ``lines_read`` is how many have been read so far."""

    def __init__(self, stream: ByteStream, *, max_line_bytes: int) -> None:
        if max_line_bytes < 16:
            raise ValueError("max_line_bytes must be at least 16")
        self.stream = stream
        self.max_line_bytes = max_line_bytes
        self.lines_read = 0

    def __iter__(self) -> Iterator[Line]:
        while True:
            chunk = self.stream.readline(self.max_line_bytes)
            if not chunk:
                return
            self.lines_read += 1
            truncated = False
            if not chunk.endswith(b"\n") and len(chunk) >= self.max_line_bytes:
                truncated = True
                self._discard_rest_of_line()
            if self.lines_read == 1 and chunk.startswith(codecs.BOM_UTF8):
                chunk = chunk[len(codecs.BOM_UTF8):]
            yield decode_line(chunk, number=self.lines_read, truncated=truncated)

    def _discard_rest_of_line(self) -> None:
        while True:
            rest = self.stream.readline(self.max_line_bytes)
            if not rest or rest.endswith(b"\n"):
                return


def decode_line(chunk: bytes, *, number: int, truncated: bool = False) -> Line:
    """Decode one line as strict UTF-8 (a truncated line may end inside a character: not an error)."""
    if truncated:
        return Line(number, chunk.decode("utf-8", errors="ignore"), truncated=True)
    try:
        return Line(number, chunk.decode("utf-8"))
    except UnicodeDecodeError as exc:
        bad = chunk[exc.start:exc.start + 1].hex()
        error = (f"not valid UTF-8 (byte 0x{bad} at byte {exc.start + 1} of the line: "
                 f"{exc.reason})")
        return Line(number, chunk.decode("utf-8", errors="backslashreplace"), error=error)


def skip_blank_lines(lines: Iterator[Line]) -> tuple[Line | None, Iterator[Line]]:
    """The first non-blank line (None at the end of input) and an iterator over the lines after it.

    A line that could not be decoded or was truncated counts as non-blank, so it is never lost.
    """
    for line in lines:
        if line.error or line.truncated or not line.is_blank():
            return line, lines
    return None, lines
