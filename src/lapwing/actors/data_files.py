"""Reading YAML and CSV data files as lists of records that remember their line number, so
that a bad entry can be reported as ``file:line``."""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from ..errors import ResourceError
from ..yaml_lines import load_with_lines


def read_records(path: Path | str) -> list[dict[str, Any]]:
    """The records of a YAML list-of-mappings file or a CSV file with a header.

    Each record carries ``__line__`` (1-based) and ``__file__``. CSV cells holding several values
    separate them with ``|``; the loader splits the list-valued columns.
    """
    path = Path(path)
    if not path.exists():
        raise ResourceError(f"{path}: actor file does not exist", code="E301")
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        records = _read_yaml(path)
    elif suffix in (".csv", ".tsv"):
        records = _read_csv(path, delimiter="\t" if suffix == ".tsv" else ",")
    else:
        raise ResourceError(f"{path}: actor files must be .yaml, .yml, .csv or .tsv", code="E302")
    for record in records:
        record["__file__"] = str(path)
    return records


def _read_yaml(path: Path) -> list[dict[str, Any]]:
    try:
        data = load_with_lines(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise ResourceError(f"{where}: not valid YAML: {getattr(exc, 'problem', exc)}",
                            code="E303") from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise ResourceError(f"{path}:1: expected a list of entries (lines starting '- ')",
                            code="E304")
    for item in data:
        if not isinstance(item, dict):
            raise ResourceError(f"{path}: every entry must be a mapping, found {item!r}", code="E304")
    return data


def _read_csv(path: Path, *, delimiter: str) -> list[dict[str, Any]]:
    records = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader((line for line in handle if not line.startswith("#")),
                                delimiter=delimiter)
        for row in reader:
            record: dict[str, Any] = {k.strip(): (v.strip() if isinstance(v, str) else v)
                                      for k, v in row.items() if k}
            record = {k: v for k, v in record.items() if v not in ("", None)}
            record["__line__"] = reader.line_num
            records.append(record)
    return records


def where(record: dict[str, Any]) -> str:
    """``file:line`` of a record."""
    return f"{record.get('__file__', '<input>')}:{record.get('__line__', '?')}"


def string_list(record: dict[str, Any], key: str) -> list[str]:
    """A list-valued field: a YAML list, or a string with ``|`` between values (CSV)."""
    value = record.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split("|") if part.strip()]
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return [str(v) for v in value]
    raise ResourceError(f"{where(record)}: field '{key}' must be a list of strings", code="E305")


def optional_date(record: dict[str, Any], key: str, value: Any) -> dt.date | None:
    """A date field given as an ISO string or a YAML date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ResourceError(f"{where(record)}: field '{key}': {value!r} is not an ISO date "
                            f"(YYYY-MM-DD)", code="E306") from None


def word_groups(path: Path | str, groups: tuple[str, ...], *, code: str) -> dict[str, set[str]]:
    """A file of word lists, one mapping per group (``- {group: [words]}``), lower-cased; an
    entry with no known group, or with more than one field, raises ``ResourceError`` naming the
    file and line."""
    found: dict[str, set[str]] = {group: set() for group in groups}
    for record in read_records(path):
        fields = sorted(set(record) - {"__line__", "__file__"})
        if len(fields) != 1 or fields[0] not in groups:
            raise ResourceError(f"{where(record)}: each entry has exactly one of "
                                f"{', '.join(groups)} (found {', '.join(fields) or 'none'})", code=code)
        values = string_list(record, fields[0])
        if not values:
            raise ResourceError(f"{where(record)}: field '{fields[0]}' is empty", code=code)
        found[fields[0]].update(value.lower() for value in values)
    return found
