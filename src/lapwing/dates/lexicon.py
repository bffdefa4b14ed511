"""The words the date grammar is built from, read from ``data/time_words.tsv``.

The file is tab-separated (kind, word, value) with a header line; ``#`` starts a comment line. A bad
entry raises :class:`~lapwing.errors.ResourceError` naming the file and the line.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..errors import ResourceError

KINDS = ("month", "weekday", "number", "unit", "season", "part", "daypart", "ambiguous", "numbering",
         "quantifier", "decade")
UNITS = ("hour", "day", "week", "weekend", "fortnight", "month", "year", "decade", "century")
PARTS = ("early", "mid", "late")
DEFAULT_FILE = "time_words.tsv"


@dataclass(frozen=True)
class TimeWords:
    """Lookups from lower-cased words to values, by kind."""

    months: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    numbers: dict[str, int] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    seasons: dict[str, tuple[int, int]] = field(default_factory=dict)
    parts: dict[str, str] = field(default_factory=dict)
    dayparts: dict[str, str] = field(default_factory=dict)
    ambiguous: dict[str, str] = field(default_factory=dict)
    numbering: dict[str, str] = field(default_factory=dict)
    quantifiers: dict[str, str] = field(default_factory=dict)
    decades: dict[str, int] = field(default_factory=dict)
    source: str = ""
    entries: int = 0

    def full_names(self, table: dict[str, int]) -> list[str]:
        """The longest word for each value (``March`` not ``Mar``): the ones safe to match alone."""
        longest: dict[int, str] = {}
        for word, value in table.items():
            if len(word) > len(longest.get(value, "")):
                longest[value] = word
        return sorted(longest.values())


def load_time_words(path: str | Path | None = None) -> TimeWords:
    """Read the time-word table; ``path`` defaults to the bundled file."""
    if path is None:
        text = resources.files("lapwing.dates").joinpath("data", DEFAULT_FILE).read_text(encoding="utf-8")
        source = f"lapwing/dates/data/{DEFAULT_FILE}"
    else:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ResourceError(f"{path}: cannot read the time-word table: {exc}", code="E301") from None
        source = str(path)
    return parse_time_words(text, source=source)


def parse_time_words(text: str, *, source: str) -> TimeWords:
    words = TimeWords(source=source)
    tables = {"month": words.months, "weekday": words.weekdays, "number": words.numbers,
              "unit": words.units, "season": words.seasons, "part": words.parts,
              "daypart": words.dayparts, "ambiguous": words.ambiguous,
              "numbering": words.numbering, "quantifier": words.quantifiers, "decade": words.decades}
    seen_header = False
    entries = 0
    for line_number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if not seen_header:
            if cells != ["kind", "word", "value"]:
                raise ResourceError(f"{source}:{line_number}: expected the header 'kind<TAB>word<TAB>value'",
                                    code="E310")
            seen_header = True
            continue
        if len(cells) != 3 or not all(c.strip() for c in cells):
            raise ResourceError(f"{source}:{line_number}: expected 3 tab-separated cells (kind, word, value), "
                                f"got {len(cells)}: {line!r}", code="E311")
        kind, word, value = (c.strip() for c in cells)
        if kind not in KINDS:
            raise ResourceError(f"{source}:{line_number}: unknown kind {kind!r}; kinds are {', '.join(KINDS)}",
                                code="E312")
        tables[kind][word.lower()] = _parse_value(kind, value, source=source, line_number=line_number)
        entries += 1
    if not seen_header:
        raise ResourceError(f"{source}: no header line 'kind<TAB>word<TAB>value'", code="E310")
    object.__setattr__(words, "entries", entries)
    return words


def _parse_value(kind: str, value: str, *, source: str, line_number: int) -> object:
    where = f"{source}:{line_number}"
    try:
        if kind == "month":
            number = int(value)
            if not 1 <= number <= 12:
                raise ValueError(value)
            return number
        if kind == "weekday":
            number = int(value)
            if not 0 <= number <= 6:
                raise ValueError(value)
            return number
        if kind == "number":
            return int(value)
        if kind == "decade":
            number = int(value)
            if number not in range(0, 100, 10):
                raise ValueError(value)
            return number
        if kind == "season":
            first, last = (int(v) for v in value.split(","))
            if not (1 <= first <= 12 and 1 <= last <= 12):
                raise ValueError(value)
            return first, last
    except ValueError:
        raise ResourceError(f"{where}: bad value {value!r} for a {kind}", code="E313") from None
    if kind == "unit" and value not in UNITS:
        raise ResourceError(f"{where}: unknown unit {value!r}; units are {', '.join(UNITS)}", code="E313")
    if kind == "part" and value not in PARTS:
        raise ResourceError(f"{where}: unknown part {value!r}; parts are {', '.join(PARTS)}", code="E313")
    return value
