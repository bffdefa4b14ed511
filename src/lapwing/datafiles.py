"""Reading Lapwing's tab-separated data files: one place for the shared rules.

Blank lines and lines starting with ``#`` are skipped; the first other line is the header and
must name the expected columns; every error names the file and line.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from .errors import ResourceError


def read_tsv_rows(path: str | Path, *, header: Sequence[str], what: str,
                  header_optional: bool = False) -> Iterator[tuple[int, list[str], str]]:
    """``(line number, cells, raw line)`` for each data row of the TSV file at ``path``.

    The header must start with the columns in ``header``; with ``header_optional`` a file may
    also start straight with data rows. ``what`` names the file's content in error messages.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ResourceError(f"{path}: cannot read {what}: {exc}") from None
    header_seen = False
    for number, raw in enumerate(lines, start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if not header_seen:
            header_seen = True
            if cells[:len(header)] == list(header):
                continue
            if not header_optional:
                raise ResourceError(f"{path}:{number}: the header must start with "
                                    f"'{'<TAB>'.join(header)}'")
        yield number, cells, raw
