"""Readers for the gold files ``lapwing evaluate`` scores against, and for predicted events.

Two gold formats are read (docs/evaluation.md describes both):

- the Lapwing gold format: JSON Lines, one object per reading of a sentence, with ``status``
  (``required``, ``optional`` or ``forbidden``), ``sentence``, ``source``, ``target`` and
  ``types``; read into :class:`GoldRow`;
- PLOVER gold standard records (``PLOVER_GSR_CAMEO``): a JSON array (or JSON Lines) of coded
  sentences with ``id``, ``event``, ``text``, ``source`` and ``target`` actor lists; read into
  :class:`GsrRecord`.

Every error names the file and the line of the bad entry.
"""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError

#: Gold format names accepted by ``fmt=``.
GOLD_FORMATS: tuple[str, ...] = ("auto", "lapwing", "plover-gsr")
#: The statuses a Lapwing gold row may have.
GOLD_STATUSES: tuple[str, ...] = ("required", "optional", "forbidden")

#: A source or target in a Lapwing gold row: one code, ``"*"``, or a tuple meaning "any of these".
ActorSpec = str | tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GoldRow:
    """One reading of a sentence in a Lapwing gold file.

    ``source``/``target`` are an ISO 3166-1 alpha-3 code, ``IGO``, ``*`` (anything), ``-`` (no
    actor at all), ``?`` (an actor named but given no actor code), ``=CODE`` (exactly that code), or a tuple of these (any of them). ``date`` is what the event's date must start with; ``article_id``, when
    given, restricts the row to predictions from that article. ``once`` says the row is one
    happening: of the events matching it, only the first counts as correct (a retelling in the
    same sentence is a duplicate, not a second right event). ``span``, when given, is the
    sentence's character offsets in its article: an event giving its own offsets then matches
    by overlap with it rather than by shared words.
    """

    id: str
    status: str
    sentence: str
    source: ActorSpec
    target: ActorSpec
    types: tuple[str, ...]
    date: str | None = None
    location: str | None = None
    article_id: str | None = None
    note: str | None = None
    once: bool = False
    span: tuple[int, int] | None = None
    line: int = 0


@dataclass(frozen=True, slots=True)
class GsrActor:
    """An actor of a PLOVER gold standard record: its text, code (``USA``, ``IGO``, ...) and sector."""

    text: str
    code: str
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class GsrRecord:
    """One coded sentence of a PLOVER gold standard file, with its type as written (``event``)."""

    id: str
    event: str
    text: str
    sources: tuple[GsrActor, ...] = ()
    targets: tuple[GsrActor, ...] = ()
    date: str | None = None
    event_text: str | None = None
    mode: str | None = None
    context: str | None = None
    line: int = 0


def detect_gold_format(path: str | Path) -> str:
    """``"lapwing"`` or ``"plover-gsr"``, from the first record of the gold file."""
    path = Path(path)
    records = _read_json_records(path)
    for line, record in records:
        if "status" in record:
            return "lapwing"
        if "event" in record:
            return "plover-gsr"
        raise InputError("cannot tell the gold format: the first record has neither 'status' "
                         "(Lapwing gold) nor 'event' (PLOVER gold standard record); "
                         "pass fmt='lapwing' or fmt='plover-gsr'",
                         path=str(path), line=line, reason="unknown_gold_format")
    raise InputError("the gold file holds no records", path=str(path), reason="empty_gold")


def read_lapwing_gold(path: str | Path, *,
                      resolve: Callable[[dict[str, Any], int], dict[str, Any]] | None = None
                      ) -> list[GoldRow]:
    """The rows of a Lapwing gold file (JSON Lines), checked field by field.

    ``resolve(record, line)``, when given, returns the record to read in place of each one: a gold
    set whose rows name their sentence by position rather than quoting it
    (:mod:`lapwing.evaluate.news_audit`) fills in ``sentence`` there.
    """
    path = Path(path)
    rows = []
    seen: dict[str, int] = {}
    for line, record in _read_json_records(path):
        if resolve is not None:
            record = resolve(record, line)
        row = _gold_row(record, path=str(path), line=line)
        if row.id in seen:
            raise InputError(f"duplicate id {row.id!r} (first on line {seen[row.id]})",
                             path=str(path), line=line, field="id", reason="duplicate_id")
        seen[row.id] = line
        rows.append(row)
    return rows


def read_gsr_gold(path: str | Path) -> list[GsrRecord]:
    """The coded sentences of a PLOVER gold standard file; ``DOCUMENT`` records are skipped.

    Records are scored by id, so ids must be unique: a record repeating an earlier record's id
    (PLOVER_GSR_CAMEO has one) gets ``#2`` (``#3``, ...) appended to its id.
    """
    path = Path(path)
    out = []
    seen: dict[str, int] = {}
    for line, record in _read_json_records(path):
        if record.get("event") == "DOCUMENT":
            continue
        gsr = _gsr_record(record, path=str(path), line=line)
        seen[gsr.id] = seen.get(gsr.id, 0) + 1
        if seen[gsr.id] > 1:
            gsr = dataclasses.replace(gsr, id=f"{gsr.id}#{seen[gsr.id]}")
        out.append(gsr)
    return out


def read_predictions(predicted: str | Path | Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Predicted events: a JSON Lines file (Lapwing's output) or event objects already loaded."""
    if isinstance(predicted, (str, Path)):
        path = Path(predicted)
        records = [record for _, record in _read_json_lines(path)]
    else:
        records = list(predicted)
    for number, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            raise InputError("a predicted event must be a JSON object",
                             path=str(predicted) if isinstance(predicted, (str, Path)) else "<records>",
                             line=number, reason="bad_prediction")
    return records


# ---------------------------------------------------------------------------------------------
# Lapwing gold rows


def _gold_row(record: dict[str, Any], *, path: str, line: int) -> GoldRow:
    def fail(field: str, message: str) -> InputError:
        return InputError(message, path=path, line=line, field=field, reason="bad_gold")

    row_id = record.get("id")
    if not isinstance(row_id, str) or not row_id:
        raise fail("id", "must be a non-empty string")
    status = record.get("status")
    if status not in GOLD_STATUSES:
        raise fail("status", f"must be one of {', '.join(GOLD_STATUSES)}, not {status!r}")
    sentence = record.get("sentence")
    if not isinstance(sentence, str) or not sentence.strip():
        raise fail("sentence", "must be a non-empty string")
    types = record.get("types")
    if isinstance(types, str):
        types = [types]
    if not isinstance(types, list) or not types or not all(isinstance(t, str) and t for t in types):
        raise fail("types", "must be a non-empty list of PLOVER type names")
    source = _actor_spec(record.get("source", "*"), fail=lambda m: fail("source", m))
    target = _actor_spec(record.get("target", "*"), fail=lambda m: fail("target", m))
    optional = {}
    for key in ("date", "location", "article_id", "note"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise fail(key, "must be a string")
        optional[key] = value or None
    once = record.get("once", False)
    if not isinstance(once, bool):
        raise fail("once", "must be true or false")
    span = record.get("span")
    if span is not None:
        if not (isinstance(span, list) and len(span) == 2 and all(type(n) is int for n in span)
                and 0 <= span[0] < span[1]):
            raise fail("span", "must be [start, end], character offsets with start < end")
        span = (span[0], span[1])
    return GoldRow(once=once, span=span, id=row_id, status=status, sentence=sentence, source=source, target=target,
                   types=tuple(t.upper() for t in types), line=line, **optional)


def _actor_spec(value: Any, *, fail: Any) -> ActorSpec:
    if isinstance(value, str) and value:
        return value.upper() if value != "*" else "*"
    if isinstance(value, list) and value and all(isinstance(v, str) and v for v in value):
        return tuple(v.upper() if v != "*" else "*" for v in value)
    raise fail("must be a code (ISO 3166-1 alpha-3, IGO), '*' or a non-empty list of codes")


# ---------------------------------------------------------------------------------------------
# PLOVER gold standard records


def _gsr_record(record: dict[str, Any], *, path: str, line: int) -> GsrRecord:
    def fail(field: str, message: str) -> InputError:
        return InputError(message, path=path, line=line, field=field, reason="bad_gold")

    for key in ("id", "event", "text"):
        value = record.get(key)
        if not isinstance(value, str) or not value.strip():
            raise fail(key, "must be a non-empty string")
    sources = _gsr_actors(record.get("source"), fail=lambda m: fail("source", m))
    targets = _gsr_actors(record.get("target"), fail=lambda m: fail("target", m))
    optional = {}
    for key, name in (("date", "date"), ("eventText", "event_text"), ("mode", "mode"),
                      ("context", "context")):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise fail(key, "must be a string")
        optional[name] = value or None
    return GsrRecord(id=record["id"], event=record["event"].strip().upper(), text=record["text"],
                     sources=sources, targets=targets, line=line, **optional)


def _gsr_actors(value: Any, *, fail: Any) -> tuple[GsrActor, ...]:
    if value is None or value == "" or value == []:
        return ()
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        raise fail("must be a list of actor objects")
    actors = []
    for item in value:
        if not isinstance(item, dict):
            raise fail("must be a list of actor objects")
        code = item.get("code")
        if not isinstance(code, str) or not code.strip():
            raise fail("each actor needs a 'code'")
        sector = item.get("sector")
        actors.append(GsrActor(text=str(item.get("actorText") or ""), code=code.strip().upper(),
                               sector=sector if isinstance(sector, str) and sector else None))
    return tuple(actors)


# ---------------------------------------------------------------------------------------------
# JSON reading with line numbers


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("no such file", path=str(path), reason="missing_file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot be read: {exc}", path=str(path), reason="unreadable") from None


def _read_json_records(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """(line, object) pairs from a JSON array or a JSON Lines file."""
    text = _read_text(path)
    if text.lstrip().startswith("["):
        return list(_iter_json_array(text, path=path))
    return list(_read_json_lines(path, text=text))


def _read_json_lines(path: Path, *, text: str | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    text = _read_text(path) if text is None else text
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(f"not valid JSON: {exc.msg} (column {exc.colno})", path=str(path),
                             line=number, reason="bad_json") from None
        if not isinstance(record, dict):
            raise InputError("each line must be a JSON object", path=str(path), line=number,
                             reason="bad_json")
        yield number, record


def _iter_json_array(text: str, *, path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """The objects of a top-level JSON array, each with the line it starts on."""
    decoder = json.JSONDecoder()

    def bad(pos: int, message: str) -> InputError:
        return InputError(message, path=str(path), line=text.count("\n", 0, pos) + 1,
                          reason="bad_json")

    pos = text.index("[") + 1
    expect_item = True
    while True:
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
        if pos >= len(text):
            raise bad(pos, "not valid JSON: the array is not closed")
        if text[pos] == "]":
            if text[pos + 1:].strip():
                raise bad(pos + 1, "not valid JSON: extra data after the array")
            return
        if text[pos] == ",":
            if expect_item:
                raise bad(pos, "not valid JSON: unexpected ','")
            pos += 1
            expect_item = True
            continue
        if not expect_item:
            raise bad(pos, "not valid JSON: expected ',' or ']'")
        try:
            record, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            raise bad(exc.pos, f"not valid JSON: {exc.msg}") from None
        if not isinstance(record, dict):
            raise bad(pos, "each item of the array must be a JSON object")
        yield text.count("\n", 0, pos) + 1, record
        pos = end
        expect_item = False
