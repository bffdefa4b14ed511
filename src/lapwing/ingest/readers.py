"""Reading sources into articles: files, directories, gzip files and standard input.

    reader = Reader(config["ingest"], config)
    for item in reader.read(["news/", "extra.jsonl.gz", "-"], date=None):
        ...  # an Article, or a Rejection saying what was wrong and where

Reading streams: one line at a time, so a big file is never loaded whole. Bad input never raises;
it becomes a :class:`~lapwing.model.Rejection` and reading goes on with the next record or file.
The formats, the id rule and every rejection reason are described in ``docs/input-formats.md``.
"""
from __future__ import annotations

import datetime as dt
import gzip
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..model import Article, Rejection
from .csv_records import read_csv
from .dated_text import read_dated_text
from .fields import ReadOptions, rejection
from .json_lines import read_json_lines
from .lines import Line, LineReader, skip_blank_lines

Parser = Callable[..., Iterator[Article | Rejection]]

#: File name endings (after an optional ``.gz``) and the format they are read as.
FORMATS: dict[str, str] = {
    ".txt": "text", ".text": "text",
    ".jsonl": "json_lines", ".ndjson": "json_lines", ".json": "json_lines",
    ".csv": "csv",
}
PARSERS: dict[str, Parser] = {
    "text": read_dated_text, "json_lines": read_json_lines, "csv": read_csv,
}
#: How standard input is named in messages and origins.
STDIN_NAME = "<stdin>"


class Reader:
    """The ingest stage: sources in, :class:`Article` or :class:`Rejection` records out."""

    name = "ingest.readers.v1"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ("article",)

    def __init__(self, settings: dict[str, Any], config: dict[str, Any] | None = None) -> None:
        self.max_chars = settings.get("max_chars", 1_000_000)
        if isinstance(self.max_chars, bool) or not isinstance(self.max_chars, int) \
                or self.max_chars < 1:
            raise ConfigError(f"ingest.max_chars must be a positive integer, got "
                              f"{self.max_chars!r}", code="E207")
        self.min_date = _setting_date(settings, "min_date", "1900-01-01")
        self.max_date = _setting_date(settings, "max_date", "2100-12-31")
        if self.min_date > self.max_date:
            raise ConfigError(f"ingest.min_date ({self.min_date}) is after ingest.max_date "
                              f"({self.max_date})", code="E207")

    def info(self) -> dict[str, Any]:
        return {"max_chars": self.max_chars, "min_date": self.min_date.isoformat(),
                "max_date": self.max_date.isoformat(),
                "formats": {ending: fmt for ending, fmt in FORMATS.items()}, "gzip": True}

    def options(self, *, date: dt.date | None = None) -> ReadOptions:
        return ReadOptions(max_chars=self.max_chars, min_date=self.min_date,
                           max_date=self.max_date, default_date=date)

    def read(self, inputs: Iterable[str | os.PathLike[str]], *,
             date: dt.date | None = None) -> Iterator[Article | Rejection]:
        """Articles and rejections from each input in turn: a file, a directory (its files,
        recursively, in sorted order, hidden ones skipped) or ``-`` for standard input.

        ``date`` is the default date of documents that carry none (plain-text files, JSON and CSV
        records without a date field).
        """
        options = self.options(date=date)
        if isinstance(inputs, (str, os.PathLike)):
            inputs = [inputs]
        for item in inputs:
            name = os.fspath(item)
            if name == "-":
                yield from read_stdin(options=options)
                continue
            path = Path(name)
            try:
                is_dir, exists = path.is_dir(), path.exists()
            except (OSError, ValueError) as exc:  # a name too long, or holding a NUL byte
                yield rejection("unreadable", f"cannot be read ({_os_problem(exc)})", path=name)
                continue
            if is_dir:
                yield from read_directory(path, name=name, options=options)
            elif exists:
                yield from read_file(path, name=name, options=options)
            else:
                yield rejection("not_found", "no such file or directory", path=name)


def read_directory(directory: Path, *, name: str,
                   options: ReadOptions) -> Iterator[Article | Rejection]:
    """Every file under ``directory`` (recursively, sorted, skipping names starting with ``.``).
    Files of a format Lapwing does not know are rejected as ``unsupported_format``."""
    for path in _walk(directory, name=name):
        if isinstance(path, Rejection):
            yield path
            continue
        shown = os.path.join(name, os.path.relpath(path, directory))
        if format_of(path.name) is None:
            yield rejection("unsupported_format", "not a known input format (known endings: "
                            f"{', '.join(FORMATS)}, each optionally followed by .gz)", path=shown)
            continue
        yield from read_file(path, name=shown, options=options)


def _walk(directory: Path, *, name: str) -> Iterator[Path | Rejection]:
    """Files under ``directory`` in sorted path order (a folder's files and subfolders sorted
    together by name), skipping hidden names; links to folders are not followed."""
    try:
        entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
    except OSError as exc:
        yield rejection("unreadable", f"cannot be read ({_os_problem(exc)})", path=name)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path), name=os.path.join(name, entry.name))
        else:
            yield Path(entry.path)


def format_of(file_name: str) -> str | None:
    """The format a file name's ending says (``.gz`` looked through), or None."""
    lowered = file_name.lower()
    if lowered.endswith(".gz"):
        lowered = lowered[:-3]
    return FORMATS.get(os.path.splitext(lowered)[1])


def read_file(path: Path, *, name: str, options: ReadOptions) -> Iterator[Article | Rejection]:
    """One file, in the format its name says; a file of unknown ending is read as dated text."""
    gzipped = path.name.lower().endswith(".gz")
    parser = PARSERS[format_of(path.name) or "text"]
    opener: Callable[[], AbstractContextManager[Any]]
    opener = (lambda: gzip.open(path, "rb")) if gzipped else (lambda: open(path, "rb"))
    yield from _read_stream(opener, parser, name=name, gzipped=gzipped, options=options)


def read_stdin(*, options: ReadOptions) -> Iterator[Article | Rejection]:
    """Standard input: JSON Lines when its first non-blank character is ``{``, dated text
    otherwise."""
    stream = getattr(sys.stdin, "buffer", None) or _EncodedText(sys.stdin)
    yield from _read_stream(lambda: nullcontext(stream), None, name=STDIN_NAME, gzipped=False,
                            options=options)


def _read_stream(opener: Callable[[], AbstractContextManager[Any]], parser: Parser | None, *,
                 name: str, gzipped: bool, options: ReadOptions) -> Iterator[Article | Rejection]:
    """Parse one stream, turning read errors (unreadable file, broken gzip) into a rejection."""
    reader: LineReader | None = None
    try:
        with opener() as stream:
            reader = LineReader(stream, max_line_bytes=options.max_line_bytes)
            lines: Iterator[Line] = iter(reader)
            if parser is None:
                parser, lines = _sniff(lines)
            yield from parser(lines, path=name, options=options)
    except (OSError, EOFError, zlib.error) as exc:
        at = reader.lines_read + 1 if reader is not None and reader.lines_read else None
        if gzipped and not isinstance(exc, (PermissionError, IsADirectoryError)):
            yield rejection("bad_gzip", f"not a valid gzip file ({_os_problem(exc)})", path=name,
                            line=at)
        else:
            yield rejection("unreadable", f"cannot be read ({_os_problem(exc)})", path=name,
                            line=at)


def _sniff(lines: Iterator[Line]) -> tuple[Parser, Iterator[Line]]:
    first, rest = skip_blank_lines(lines)
    if first is None:
        return read_dated_text, iter(())
    parser = read_json_lines if first.text.lstrip().startswith("{") else read_dated_text
    return parser, _prepend(first, rest)


def _prepend(first: Line, rest: Iterator[Line]) -> Iterator[Line]:
    yield first
    yield from rest


def _os_problem(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


class _EncodedText:
    """A text stream (standard input replaced by a test or an embedding program) read as bytes."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def readline(self, size: int = -1, /) -> bytes:
        return self.stream.readline(size).encode("utf-8", errors="surrogateescape")


def _setting_date(settings: dict[str, Any], key: str, default: str) -> dt.date:
    value = settings.get(key, default)
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ConfigError(f"ingest.{key} must be a date like 1900-01-01, got {value!r}",
                          code="E207") from None
