"""Where dateparser does the job, and where the dates stage has to go beyond it.

Each test states what dateparser itself returns, so a dateparser upgrade that changes it shows up here.
"""
from __future__ import annotations

import datetime as dt

import pytest

dateparser = pytest.importorskip("dateparser")

from lapwing.dates.stage import DateStage  # noqa: E402

BASE = dt.date(2020, 5, 8)  # a Friday
SETTINGS = {"RELATIVE_BASE": dt.datetime(2020, 5, 8), "PREFER_DATES_FROM": "past"}


@pytest.fixture(scope="module")
def stage() -> DateStage:
    return DateStage({}, {})


def ours(stage: DateStage, text: str, base: dt.date = BASE) -> tuple:
    time, = stage.find_times(text, base=base)
    return time.value, time.precision, time.start, time.end


def test_absolute_dates_are_dateparser_s(stage: DateStage) -> None:
    assert dateparser.parse("4 April 2019", settings=SETTINGS).date() == dt.date(2019, 4, 4)
    assert ours(stage, "4 April 2019")[0] == "2019-04-04"
    # "in March" without a year: the latest March not after the article date, as dateparser says
    assert dateparser.parse("March", settings=SETTINGS).date().strftime("%Y-%m") == "2020-03"
    assert ours(stage, "in March")[:2] == ("2020-03", "month")


def test_decades_dateparser_reads_as_seconds_ago(stage: DateStage) -> None:
    parsed = dateparser.parse("the 1990s", settings=SETTINGS)
    assert parsed is None or parsed.year == 2020  # "1990 s(econds)" before the base
    assert ours(stage, "in the 1990s") == ("1990", "year", "1990", "1999")


@pytest.mark.parametrize("text", ["since 2014", "earlier this month", "mid-2019", "between 2011 and 2014"])
def test_forms_dateparser_does_not_parse(stage: DateStage, text: str) -> None:
    assert dateparser.parse(text, settings=SETTINGS) is None
    assert ours(stage, text)[0] is not None


def test_weeks_have_no_precision_name_in_the_model(stage: DateStage) -> None:
    from dateparser.date import DateDataParser

    data = DateDataParser(languages=["en"], settings=SETTINGS).get_date_data("two weeks ago")
    assert data.period == "week"
    value, precision, start, end = ours(stage, "two weeks ago")
    assert (value, precision) == ("2020-04", "month") and (start, end) == ("2020-04-20", "2020-04-26")


def test_a_weekday_named_on_its_own_day_is_that_day(stage: DateStage) -> None:
    saturday = dt.date(2020, 5, 9)
    settings = dict(SETTINGS, RELATIVE_BASE=dt.datetime(2020, 5, 9))
    assert dateparser.parse("Saturday", settings=settings).date() == dt.date(2020, 5, 2)
    assert ours(stage, "on Saturday", saturday)[0] == "2020-05-09"


def test_a_year_ago_is_known_to_the_year(stage: DateStage) -> None:
    from dateparser.date import DateDataParser

    data = DateDataParser(languages=["en"], settings=SETTINGS).get_date_data("a year ago")
    assert data.date_obj.date() == dt.date(2019, 5, 8)  # a day, though only the year is meant
    assert ours(stage, "a year ago")[:2] == ("2019", "year")
