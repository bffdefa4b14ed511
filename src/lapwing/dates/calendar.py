"""Calendar arithmetic for resolving time expressions: shifting by units, and writing values at a
given precision. Built on ``dateutil.relativedelta`` (a dependency of dateparser)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta


@dataclass(frozen=True)
class Resolved:
    """What an expression means: an ISO value at a precision, and a start/end for spans."""

    value: str | None
    precision: str | None
    rule: str
    reason: str
    start: str | None = None
    end: str | None = None


def iso(day: dt.date, precision: str) -> str:
    """``day`` written only as precisely as ``precision`` ("2019", "2019-05", "2019-05-08")."""
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def shift(day: dt.date, unit: str, amount: int) -> dt.date:
    """``day`` moved by ``amount`` units (negative = back in time)."""
    if unit == "hour":
        return day + dt.timedelta(days=int(amount / 24))  # "24 hours ago" is yesterday, "3 hours ago" today
    if unit == "day":
        return day + dt.timedelta(days=amount)
    if unit in ("week", "weekend"):
        return day + dt.timedelta(weeks=amount)
    if unit == "fortnight":
        return day + dt.timedelta(weeks=2 * amount)
    if unit == "month":
        return day + relativedelta(months=amount)
    if unit == "year":
        return day + relativedelta(years=amount)
    if unit == "decade":
        return day + relativedelta(years=10 * amount)
    if unit == "century":
        return day + relativedelta(years=100 * amount)
    raise ValueError(f"unknown unit {unit!r}")


def unit_precision(unit: str) -> str:
    """The precision a value has when known to one ``unit``."""
    if unit in ("hour", "day"):
        return "day"
    if unit in ("week", "weekend", "fortnight", "month"):
        return "month"
    return "year"


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of the ISO week containing ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def week_value(day: dt.date, *, rule: str, reason: str) -> Resolved:
    """A week: PRECISIONS has no "week", so the value is the month holding the week's Thursday
    (as ISO 8601 assigns weeks to years), with the week's Monday and Sunday as start and end."""
    monday, sunday = week_of(day)
    thursday = monday + dt.timedelta(days=3)
    return Resolved(iso(thursday, "month"), "month", rule, reason, monday.isoformat(), sunday.isoformat())


def weekend_value(saturday: dt.date, *, rule: str, reason: str) -> Resolved:
    sunday = saturday + dt.timedelta(days=1)
    return Resolved(saturday.isoformat(), "day", rule, reason, saturday.isoformat(), sunday.isoformat())


def unit_value(day: dt.date, unit: str, *, rule: str, reason: str) -> Resolved:
    """The calendar ``unit`` (week, month, year, decade, century) containing ``day``."""
    if unit == "week":
        return week_value(day, rule=rule, reason=reason)
    if unit == "weekend":
        # the weekend containing ``day``, or the one after it on a weekday
        saturday = day - dt.timedelta(days=1) if day.weekday() == 6 else day + dt.timedelta(days=(5 - day.weekday()) % 7)
        return weekend_value(saturday, rule=rule, reason=reason)
    if unit == "fortnight":
        return week_value(day, rule=rule, reason=reason)
    if unit in ("hour", "day", "month", "year"):
        precision = unit_precision(unit)
        return Resolved(iso(day, precision), precision, rule, reason)
    size = 10 if unit == "decade" else 100
    first = day.year - day.year % size
    return Resolved(f"{first:04d}", "year", rule, reason, f"{first:04d}", f"{first + size - 1:04d}")


def weekday_near(base: dt.date, weekday: int, *, direction: str) -> dt.date:
    """The ``weekday`` (0 = Monday) nearest ``base`` in ``direction``:
    "past" = on or before base, "before" = strictly before, "future"/"after" = strictly after,
    "this" = in base's Monday-Sunday week."""
    if direction == "past":
        return base - dt.timedelta(days=(base.weekday() - weekday) % 7)
    if direction == "before":
        return base - dt.timedelta(days=(base.weekday() - weekday - 1) % 7 + 1)
    if direction in ("future", "after"):
        return base + dt.timedelta(days=(weekday - base.weekday() - 1) % 7 + 1)
    if direction == "this":
        return week_of(base)[0] + dt.timedelta(days=weekday)
    raise ValueError(f"unknown direction {direction!r}")


def season_value(base: dt.date, first_month: int, last_month: int, *, mod: str, rule: str,
                 reason: str, year: int | None = None) -> Resolved:
    """A season (``first_month``..``last_month``, winter crossing the new year). ``mod``: "this" =
    the one containing ``base`` (else the one beginning in base's year), "last" = the latest that
    ended before ``base``, "next" = the first beginning after it; ``year`` pins the start year
    instead. The value is the year the season begins in."""
    def bounds(start_year: int) -> tuple[dt.date, dt.date]:
        end_year = start_year + 1 if first_month > last_month else start_year
        end = dt.date(end_year, last_month, 1) + relativedelta(months=1, days=-1)
        return dt.date(start_year, first_month, 1), end

    if year is None:
        years = range(base.year - 2, base.year + 2)
        if mod == "last":
            year = max(y for y in years if bounds(y)[1] < base)
        elif mod == "next":
            year = min(y for y in years if bounds(y)[0] > base)
        else:
            containing = [y for y in years if bounds(y)[0] <= base <= bounds(y)[1]]
            year = containing[0] if containing else base.year
    start, end = bounds(year)
    return Resolved(f"{year:04d}", "year", rule, reason, iso(start, "month"), iso(end, "month"))
