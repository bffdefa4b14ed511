"""Resolve a :class:`~lapwing.dates.grammar.Candidate` against the article date.

Absolute calendar dates ("4 April 2019", "December 2018", "March 3", "in March") are parsed by
``dateparser`` with ``RELATIVE_BASE`` = the article date and ``PREFER_DATES_FROM`` = past (or
future when the clause is in the future tense). Relative expressions are resolved here with
calendar arithmetic, because dateparser either does not recognise them ("since 2014",
"earlier this month", "the 1990s" -- which it reads as 1,990 seconds ago) or gives a precision the
data model has no name for ("two weeks ago" -> period "week"), or picks the previous week for a
weekday named on the article's own day. ``tests/dates/test_resolve.py`` shows each case.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from dateutil.relativedelta import relativedelta

from .calendar import (Resolved, iso, season_value, shift, unit_precision, unit_value,
                       week_value, weekday_near)
from .grammar import Candidate
from .lexicon import TimeWords

#: A full date as the resolver writes it for dateparser ("4 April 2019").
FULL_DATE = re.compile(r"(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|"
                       r"November|December) (1[89]\d\d|20\d\d)")
ANAPHORIC_REASON = "relative to another time in the text, not to the article date; left unresolved"


class AbsoluteDateParser:
    """dateparser, configured per article date and direction, with a cache kept on the instance."""

    def __init__(self, *, max_cache: int = 20000) -> None:
        from dateparser.date import DateDataParser

        self._factory = DateDataParser
        self._parsers: dict[tuple[dt.date, str], Any] = {}
        self._cache: dict[tuple[str, dt.date, str], tuple[dt.date, str] | None] = {}
        self.max_cache = max_cache

    def parse(self, text: str, *, base: dt.date, direction: str) -> tuple[dt.date, str] | None:
        """(date, period) for ``text`` or None when it is not a valid date ("February 30")."""
        key = (text, base, direction)
        if key in self._cache:
            return self._cache[key]
        full_date = FULL_DATE.fullmatch(text)
        if full_date is not None:
            day, month, year = full_date.groups()
            try:   # what dateparser reads, whatever the article date or direction, without its cost
                return dt.date(int(year), _MONTH_NAMES.index(month), int(day)), "day"
            except ValueError:
                pass   # "30 February 2019": dateparser decides
        parser = self._parsers.get((base, direction))
        if parser is None:
            if len(self._parsers) > 64:
                self._parsers.clear()
            parser = self._factory(languages=["en"], settings={
                "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
                "PREFER_DATES_FROM": "future" if direction == "future" else "past",
                "PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False})
            self._parsers[(base, direction)] = parser
        data = parser.get_date_data(text)
        result = (data.date_obj.date(), data.period) if data and data.date_obj else None
        if len(self._cache) > self.max_cache:
            self._cache.clear()
        self._cache[key] = result
        return result


class Resolver:
    """Turns candidates into :class:`Resolved` values relative to an article date."""

    def __init__(self, words: TimeWords, parser: AbsoluteDateParser) -> None:
        self.words = words
        self.parser = parser

    def resolve(self, cand: Candidate, text: str, *, base: dt.date, direction: str = "past") -> Resolved:
        method = getattr(self, f"_{cand.kind}")
        return method(cand, text[cand.start:cand.end], base, direction)

    # -- absolute --------------------------------------------------------------------------------
    def _iso_date(self, cand: Candidate, text: str, base: dt.date, direction: str) -> Resolved:
        f = cand.fields
        try:
            day = dt.date(int(f["y"]), int(f["m"]), int(f["d"]))
        except ValueError:
            return Resolved(None, None, "dates.iso_date", f"{text!r} is not a valid date")
        return Resolved(day.isoformat(), "day", "dates.iso_date", "ISO 8601 date")

    def _day_month(self, cand: Candidate, text: str, base: dt.date, direction: str) -> Resolved:
        f = cand.fields
        month = self.words.months[(f.get("m1") or f["m2"]).lower()]
        day = f.get("d1") or f["d2"]
        query = f"{int(day)} {_MONTH_NAMES[month]}" + (f" {f['y']}" if "y" in f else "")
        weekday = self.words.weekdays[f["wd"].lower()] if "wd" in f else None
        parsed = None
        if weekday is not None and "y" not in f:
            parsed = self._year_from_weekday(query, weekday, base=base)
        how = "with its year" if "y" in f else f"without a year: the {_direction_words(direction)} article date"
        if parsed is not None:
            how = f"without a year: the year near the article date in which it falls on a {f['wd']}"
        else:
            parsed = self._parse_nearest(query, base=base, direction=direction, unit="day")
        if parsed is None:
            return Resolved(None, None, "dates.absolute.day_month", f"{text!r} is not a valid date")
        reason = f"day and month {how}, parsed by dateparser"
        if weekday is not None and parsed[0].weekday() != weekday:
            reason += (f"; the weekday {f['wd']!r} does not match ({parsed[0].isoformat()} is a "
                       f"{parsed[0].strftime('%A')}): the explicit date wins")
        return Resolved(parsed[0].isoformat(), "day", "dates.absolute.day_month", reason)

    def _year_from_weekday(self, query: str, weekday: int, *, base: dt.date) -> tuple[dt.date, str] | None:
        """"Tuesday, June 19" without a year: of the readings in the year before, of and after the
        article date's, the single one that falls on that weekday (None when not exactly one)."""
        readings = {self.parser.parse(f"{query} {year}", base=base, direction="past")
                    for year in (base.year - 1, base.year, base.year + 1)}
        matching = [r for r in readings if r is not None and r[0].weekday() == weekday]
        return matching[0] if len(matching) == 1 else None

    def _month_year(self, cand: Candidate, text: str, base: dt.date, direction: str) -> Resolved:
        f = cand.fields
        month = self.words.months[f["m"].lower()]
        parsed = self.parser.parse(f"{_MONTH_NAMES[month]} {f['y']}", base=base, direction=direction)
        if parsed is None:
            return Resolved(None, None, "dates.absolute.month_year", f"{text!r} is not a valid month")
        return Resolved(iso(parsed[0], "month"), "month", "dates.absolute.month_year",
                        "month and year, parsed by dateparser" + _part_note(f))

    def _month(self, cand: Candidate, text: str, base: dt.date, direction: str) -> Resolved:
        f = cand.fields
        month = self.words.months[f["m"].lower()]
        mod = f.get("mod", "").lower()
        if mod in ("last", "previous", "past"):
            year = base.year if month < base.month else base.year - 1
            reason = "the latest such month before the article's month"
        elif mod in ("next", "coming"):
            year = base.year if month > base.month else base.year + 1
            reason = "the first such month after the article's month"
        elif mod in ("this", "current"):
            year = base.year
            reason = "that month of the article's year"
        else:
            parsed = self._parse_nearest(_MONTH_NAMES[month], base=base, direction=direction, unit="month")
            year = parsed[0].year if parsed else base.year
            reason = (f"the month of that name {_direction_words(direction)} article date "
                      "(dateparser, PREFER_DATES_FROM past or future)")
        return Resolved(f"{year:04d}-{month:02d}", "month", "dates.month", reason + _part_note(f))

    def _season_year(self, cand: Candidate, text: str, base: dt.date, direction: str) -> Resolved:
        first, last = self.words.seasons[cand.fields["season"].lower()]
        return season_value(base, first, last, mod="this", year=int(cand.fields["y"]), rule="dates.season",
                            reason="a season of a named year (northern hemisphere months)")

    def _year(self, cand: Candidate, text: str, base: dt.date, direction: str) -> Resolved:
        return Resolved(cand.fields["y"], "year", "dates.year", "a year" + _part_note(cand.fields))

    def _year_range(self, cand: Candidate, text: str, base: dt.date, direction: str) -> Resolved:
        first, second = cand.fields["y1"], cand.fields["y2"]
        if len(second) == 2:
            second = first[:2] + second
        if int(second) < int(first):
            return Resolved(first, "year", "dates.year_range", f"{text!r}: the second year is not after the first")
        return Resolved(first, "year", "dates.year_range", "a range of years; the value is its start",
                        first, second)

    def _decade(self, cand: Candidate, text: str, base: dt.date, direction: str) -> Resolved:
        digits = cand.fields["decade"].lstrip("'’")
        if len(digits) == 2:
            century = base.year // 100 * 100
            first = century + int(digits) if century + int(digits) <= base.year else century - 100 + int(digits)
        else:
            first = int(digits)
        return Resolved(f"{first:04d}", "year", "dates.decade",
                        "a decade: a span of ten years; the value is its first year" + _part_note(cand.fields),
                        f"{first:04d}", f"{first + 9:04d}")

    def _decade_word(self, cand: Candidate, text: str, base: dt.date, direction: str) -> Resolved:
        """"the sixties": the latest such decade not after the article date, as "the '60s"."""
        digits = f"'{self.words.decades[cand.fields['decade'].lower()]:02d}"
        return self._decade(Candidate(cand.start, cand.end, "decade", {**cand.fields, "decade": digits}),
                            text, base, direction)

    def _century(self, cand: Candidate, text: str, base: dt.date, direction: str) -> Resolved:
        first = (int(cand.fields["ordinal"]) - 1) * 100
        return Resolved(f"{first:04d}", "year", "dates.century",
                        "a century: a span of a hundred years; the value is its first year" + _part_note(cand.fields),
                        f"{first:04d}", f"{first + 99:04d}")

    # -- relative to the article date --------------------------------------------------------------
    def _weekday(self, cand: Candidate, text: str, base: dt.date, direction: str) -> Resolved:
        weekday = self.words.weekdays[cand.fields["wd"].lower()]
        mod = cand.fields.get("mod", "").lower()
        if mod in ("last", "past", "previous"):
            way, reason = "before", "the latest such day before the article date"
        elif mod in ("next", "coming", "following"):
            way, reason = "after", "the first such day after the article date"
        elif mod in ("this", "current"):
            way, reason = "this", "that day of the article's week"
        elif direction == "future":
            way, reason = "after", "the clause is in the future tense: the first such day after the article date"
        else:
            way, reason = "past", "the latest such day on or before the article date (news names past days)"
        if mod in ("same", "following", "previous"):
            return Resolved(None, None, "dates.anaphoric", ANAPHORIC_REASON)
        return Resolved(weekday_near(base, weekday, direction=way).isoformat(), "day", "dates.weekday", reason)

    def _deictic_day(self, cand: Candidate, text: str, base: dt.date, direction: str) -> Resolved:
        word = re.sub(r"\s+", " ", cand.fields["base"].lower())
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
                  "the day before yesterday": -2, "the day after tomorrow": 2}[word]
        return Resolved(shift(base, "day", offset).isoformat(), "day", "dates.deictic_day",
                        f"{word!r} counted from the article date")

    def _deictic_daypart(self, cand: Candidate, text: str, base: dt.date, direction: str) -> Resolved:
        offset = -1 if cand.fields["mod"].lower() == "last" else 0
        return Resolved(shift(base, "day", offset).isoformat(), "day", "dates.deictic_day",
                        "a part of the article's day" if offset == 0 else "a part of the day before the article date")

    def _ago(self, cand: Candidate, text: str, base: dt.date, direction: str) -> Resolved:
        f = cand.fields
        way = re.sub(r"\s+", " ", f["dir"].lower())
        if way not in ("ago", "from now"):
            return Resolved(None, None, "dates.anaphoric", ANAPHORIC_REASON)
        amount = self._amount(f["n"])
        unit = self.words.units[f["unit"].lower()]
        day = shift(base, unit, -amount if way == "ago" else amount)
        reason = (f"{amount} {unit}(s) {'before' if way == 'ago' else 'after'} the article date, "
                  f"known to the {unit_precision(unit) if unit == 'hour' else unit}")
        if unit in ("week", "fortnight"):
            return week_value(day, rule="dates.ago", reason=reason)
        precision = unit_precision(unit)
        return Resolved(iso(day, precision), precision, "dates.ago", reason)

    def _trailing(self, cand: Candidate, text: str, base: dt.date, direction: str) -> Resolved:
        f = cand.fields
        mod = f["mod"].lower()
        if mod in ("previous", "following"):
            return Resolved(None, None, "dates.anaphoric", ANAPHORIC_REASON)
        amount = self._amount(f["n"])
        unit = self.words.units[f["unit"].lower()]
        if mod in ("next", "coming"):
            start, end = base, shift(base, unit, amount)
        else:
            start, end = shift(base, unit, -amount), base
        precision = unit_precision(unit)
        return Resolved(iso(start, precision), precision, "dates.trailing",
                        f"the {amount} {unit}(s) {'after' if mod in ('next', 'coming') else 'up to'} the article "
                        "date; the value is the span's start", start.isoformat(), end.isoformat())

    def _relative_unit(self, cand: Candidate, text: str, base: dt.date, direction: str) -> Resolved:
        f = cand.fields
        mod = re.sub(r"\s+", " ", f["mod"].lower())
        word = f["unit"].lower()
        if mod == "this past":  # "this past week" is last week
            mod = "last"
        if mod in ("previous", "following", "same") or (f.get("the") and mod == "next"):
            return Resolved(None, None, "dates.anaphoric", ANAPHORIC_REASON)  # "the next day"
        offset = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(mod, 0)
        if word in self.words.seasons:
            first, last = self.words.seasons[word]
            return season_value(base, first, last, mod={-1: "last", 1: "next"}.get(offset, "this"),
                                rule="dates.season", reason=f"{mod} {word}, counted from the article date")
        unit = self.words.units[word]
        if unit == "weekend" and offset == 0 and direction == "past" and base.weekday() < 5:
            return unit_value(shift(base, "week", -1), unit, rule="dates.relative_unit",
                              reason="'this weekend' in the past tense: the weekend just gone")
        if offset == -1 and (mod == "past" or f.get("the")) and unit not in ("weekend",):
            start = shift(base, unit, -1)
            precision = unit_precision(unit)
            return Resolved(iso(start, precision), precision, "dates.trailing",
                            f"'the {mod} {unit}': the {unit} up to the article date; the value is its start",
                            start.isoformat(), base.isoformat())
        return unit_value(shift(base, unit, offset), unit, rule="dates.relative_unit",
                          reason=f"'{mod} {unit}': that calendar {unit}, counted from the article date" + _part_note(f))

    def _bare_unit(self, cand: Candidate, text: str, base: dt.date, direction: str) -> Resolved:
        """"the weekend" read as "this weekend"; "by the end of the year" as "the end of this year"."""
        f = cand.fields
        unit = f.get("unit") or f["unit2"]
        part = f.get("part") or f.get("part2")
        fields = {"mod": "this", "unit": unit, **({"part": part} if part else {})}
        if unit.lower() == "weekend" and direction == "unknown" and base.weekday() < 3:
            return unit_value(shift(base, "week", -1), "weekend", rule="dates.relative_unit",
                              reason="'the weekend' early in the week, tense unknown: the weekend just gone")
        return self._relative_unit(Candidate(cand.start, cand.end, "relative_unit", fields), text, base, direction)

    def _span(self, cand: Candidate, text: str, base: dt.date, direction: str) -> Resolved:
        marker = cand.fields["marker"]
        inner = [getattr(self, f"_{part.kind}")(part, text[part.start - cand.start:part.end - cand.start],
                                                base, direction) for part in cand.parts]
        first = inner[0]
        if marker == "since":
            start = first.start or first.value
            return Resolved(start, first.precision, "dates.span.since",
                            "an open interval from a time to the article date; the value is its start. "
                            + first.reason, start, None)
        if marker == "until":
            end = first.end or first.value
            return Resolved(end, first.precision, "dates.span.until",
                            "an open interval ending at a time; the value is its end. " + first.reason, None, end)
        last = inner[1]
        start, end = first.start or first.value, last.end or last.value
        if start and end and start[:len(end)] > end[:len(start)] and cand.parts[0].kind in ("day_month", "month"):
            # "from January 23 through March 9" in a future clause: the start is the latest such
            # day not after the end, not the next one after the article date
            first = self._start_before(cand.parts[0], text[cand.parts[0].start - cand.start:], end)
            start = first.start or first.value
        return Resolved(start, first.precision, "dates.span.between",
                        "a closed interval; the value is its start. " + first.reason, start, end)

    def _start_before(self, part: Candidate, text: str, end: str) -> Resolved:
        """A span's first part without a year, resolved as the latest such time on or before its end."""
        end_day = dt.date.fromisoformat(end + "-01" * (2 - end.count("-")))
        if len(end) == 7:
            end_day = end_day + relativedelta(months=1, days=-1)
        return getattr(self, f"_{part.kind}")(part, text[:part.end - part.start], end_day, "past")

    def _parse_nearest(self, text: str, *, base: dt.date, direction: str, unit: str) -> tuple[dt.date, str] | None:
        """dateparser's reading in ``direction``; with the tense unknown, the nearer of its past and
        future readings ("June 28" in an April article is this June; "December" in May is last December)."""
        if direction in ("past", "future"):
            return self.parser.parse(text, base=base, direction=direction)
        past = self.parser.parse(text, base=base, direction="past")
        future = self.parser.parse(text, base=base, direction="future")
        if past is None or future is None:
            return past or future
        if unit == "month":
            distance = lambda d: abs((d.year - base.year) * 12 + d.month - base.month)  # noqa: E731
        else:
            distance = lambda d: abs((d - base).days)  # noqa: E731
        return future if distance(future[0]) < distance(past[0]) else past

    def _amount(self, word: str) -> int:
        word = re.sub(r"\s+", " ", word.lower())
        return int(word) if word.isdigit() else self.words.numbers[word]


_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")


def _direction_words(direction: str) -> str:
    if direction == "unknown":
        return "nearest to the"
    return "first after the" if direction == "future" else "latest on or before the"


def _part_note(fields: dict[str, Any]) -> str:
    part = fields.get("part")
    return f" ({part.lower()} in it; precision unchanged)" if part else ""
