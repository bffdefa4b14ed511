"""Finding and resolving time expressions in invented newswire sentences (no parse needed)."""
from __future__ import annotations

import datetime as dt

import pytest

from lapwing.dates.stage import DateStage

BASE = dt.date(2020, 5, 8)  # a Friday


@pytest.fixture(scope="module")
def stage() -> DateStage:
    return DateStage({}, {})


def times_of(stage: DateStage, text: str, base: dt.date = BASE) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.value, t.precision) for t in stage.find_times(text, base=base)]


# (sentence, expected time text, value, precision)
CASES = [
    ("The talks collapsed in December 2018.", "December 2018", "2018-12", "month"),
    ("The deal was signed on 4 April 2019 in Doha.", "4 April 2019", "2019-04-04", "day"),
    ("The deal was signed on April 4, 2019 in Doha.", "April 4, 2019", "2019-04-04", "day"),
    ("Rebels seized the town on Sept. 5, 2019.", "Sept. 5, 2019", "2019-09-05", "day"),
    ("Troops withdrew on the 3rd of March 2017.", "the 3rd of March 2017", "2017-03-03", "day"),
    ("The council imposed an embargo in 2011.", "2011", "2011", "year"),
    ("Elections were held in mid-2016.", "mid-2016", "2016", "year"),
    ("Police arrested him yesterday.", "yesterday", "2020-05-07", "day"),
    ("The minister resigned today.", "today", "2020-05-08", "day"),
    ("Fighting broke out last night.", "last night", "2020-05-07", "day"),
    ("The army shelled the city on Saturday.", "Saturday", "2020-05-02", "day"),
    ("Protests began on Friday.", "Friday", "2020-05-08", "day"),
    ("Parliament voted last Friday.", "last Friday", "2020-05-01", "day"),
    ("The envoy will arrive next Tuesday.", "next Tuesday", "2020-05-12", "day"),
    ("He was released last year.", "last year", "2019", "year"),
    ("Haftar launched an offensive a year ago.", "a year ago", "2019", "year"),
    ("The strike started two weeks ago.", "two weeks ago", "2020-04", "month"),
    ("The plant closed three months ago.", "three months ago", "2020-02", "month"),
    ("Talks were held five days ago.", "five days ago", "2020-05-03", "day"),
    ("Sanctions were eased last month.", "last month", "2020-04", "month"),
    ("Sanctions were eased earlier this month.", "earlier this month", "2020-05", "month"),
    ("The summit is due next week.", "next week", "2020-05", "month"),
    ("The truce collapsed last week.", "last week", "2020-04", "month"),
    ("Exports have doubled this year.", "this year", "2020", "year"),
    ("The embassy opened in March.", "March", "2020-03", "month"),
    ("The embassy opened in December.", "December", "2019-12", "month"),
    ("The embassy opened in May.", "May", "2020-05", "month"),
    ("The rebels had regrouped by late last year.", "late last year", "2019", "year"),
    ("Turkey has backed the government since 2014.", "since 2014", "2014", "year"),
    ("The war lasted from 2011 to 2014.", "from 2011 to 2014", "2011", "year"),
    ("The war lasted between 2011 and 2014.", "between 2011 and 2014", "2011", "year"),
    ("During the 2011-14 war, prices rose.", "2011-14", "2011", "year"),
    ("The ceasefire held until March.", "until March", "2020-03", "month"),
    ("The group was founded in the 1990s.", "the 1990s", "1990", "year"),
    ("Fighting resumed last summer.", "last summer", "2019", "year"),
    ("The agreement was signed on 2019-11-21.", "2019-11-21", "2019-11-21", "day"),
    ("Turnout has fallen over the past five years.", "the past five years", "2015", "year"),
    ("The ministry said two days later that it would respond.", "two days later", None, None),
]


@pytest.mark.parametrize("sentence,text,value,precision", CASES, ids=[c[1] for c in CASES])
def test_finds_and_resolves(stage: DateStage, sentence: str, text: str, value: str | None, precision: str | None) -> None:
    found = times_of(stage, sentence)
    assert (text, value, precision) in found, found


@pytest.mark.parametrize("sentence", [
    "Wagner Group has up to 1 200 people deployed in Libya.",
    "Under Article 5 of the treaty, allies must respond.",
    "Resolution 1973 authorised a no-fly zone.",
    "Unemployment rose to 2019 percent, the agency joked.",
    "Unemployment rose by 20% to 2,019 claims.",
    "The 5th brigade and the 3rd battalion attacked.",
    "Some 2000 troops were sent to the border.",
    "Officials said the plan may work.",
])
def test_no_false_positives(stage: DateStage, sentence: str) -> None:
    assert times_of(stage, sentence) == []


def test_may_as_a_modal_needs_the_parse_or_a_preposition(stage: DateStage) -> None:
    # Without a parse, a capitalised ambiguous month alone ("May", "March") counts only after a
    # time preposition; with a parse, its tag decides (tests/dates/test_dates_event_dating.py).
    assert times_of(stage, "May God protect them, the cleric said.") == []
    assert times_of(stage, "Protesters gathered in May.") == [("May", "2020-05", "month")]


def test_spans_carry_start_and_end(stage: DateStage) -> None:
    since, = stage.find_times("Libya has been split since 2014.", base=BASE)
    assert (since.start, since.end) == ("2014", None)
    between, = stage.find_times("It lasted between 2011 and 2014.", base=BASE)
    assert (between.start, between.end) == ("2011", "2014")
    until, = stage.find_times("The truce held until December 2019.", base=BASE)
    assert (until.value, until.start, until.end) == ("2019-12", None, "2019-12")
    week, = stage.find_times("The truce collapsed last week.", base=BASE)
    assert (week.start, week.end) == ("2020-04-27", "2020-05-03")


def test_every_time_says_how_it_was_resolved(stage: DateStage) -> None:
    for time in stage.find_times("Since 2014, a year ago, in March and on Saturday.", base=BASE):
        assert time.resolution is not None and time.resolution.stage == "dates"
        assert time.resolution.rule.startswith("dates.") and time.resolution.reason


def test_offsets_point_at_the_text(stage: DateStage) -> None:
    text = "On Tuesday, March 3, 2020, the talks began; they ended a year ago."
    for time in stage.find_times(text, base=BASE):
        assert text[time.start_char:time.end_char] == time.text
