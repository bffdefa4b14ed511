"""General date patterns added for issue #6's follow-ups, on invented sentences: an explicit date
wins over its weekday, years joined by "and" stay two, decades in words, "this past week", bare
"the weekend", hours, the tense read from "be to" and copulas, and spans without a year."""
from __future__ import annotations

import datetime as dt

import pytest

from lapwing.dates.stage import DateStage
from lapwing.dates.syntax import ParsedText
from lapwing.model import Sentence, Token

BASE = dt.date(2020, 5, 8)  # a Friday


@pytest.fixture(scope="module")
def stage() -> DateStage:
    return DateStage({}, {})


def found(stage: DateStage, text: str, base: dt.date = BASE, parsed: ParsedText | None = None):
    return [(t.text, t.value, t.start, t.end) for t in stage.find_times(text, base=base, parsed=parsed)]


@pytest.mark.parametrize("text, value", [
    ("The accord was signed on Tuesday, June 19, 2018 in Geneva.", "2018-06-19"),
    ("The accord was signed on Tuesday, 19 June 2018 in Geneva.", "2018-06-19"),
    ("The accord was signed on Tue. June 19, 2018.", "2018-06-19"),
    ("Officials met on Monday, February 8, 2010, in Kabul.", "2010-02-08"),
    ("Officials met on February 8, 2010, in Kabul.", "2010-02-08"),
    ("Officials met on Feb. 8th, 2010, in Kabul.", "2010-02-08"),
])
def test_an_explicit_full_date_keeps_its_day_and_year(stage: DateStage, text: str, value: str) -> None:
    (time,) = stage.find_times(text, base=BASE)
    assert time.value == value and time.precision == "day"


def test_a_weekday_that_contradicts_the_date_is_flagged_and_the_date_wins(stage: DateStage) -> None:
    (time,) = stage.find_times("The vote took place on Wednesday, June 19, 2018.", base=BASE)
    assert time.value == "2018-06-19"
    assert "does not match" in time.resolution.reason and "Tuesday" in time.resolution.reason


@pytest.mark.parametrize("text, value", [
    ("The talks resumed on Tuesday, May 12.", "2020-05-12"),   # this year's May 12 is a Tuesday
    ("The talks resumed on Sunday, May 12.", "2019-05-12"),    # last year's is the Sunday
])
def test_a_weekday_picks_the_year_of_a_date_written_without_one(stage: DateStage, text: str, value: str) -> None:
    (time,) = stage.find_times(text, base=BASE)
    assert time.value == value


def test_two_years_joined_by_and_are_two_times_not_a_span(stage: DateStage) -> None:
    assert found(stage, "He was jailed in 2003 and 2005.") == [("2003", "2003", None, None),
                                                               ("2005", "2005", None, None)]
    assert found(stage, "The war lasted between 2003 and 2005.")[0][2:] == ("2003", "2005")


@pytest.mark.parametrize("text, expected", [
    ("Prices rose sharply in the seventies.", [("the seventies", "1970", "1970", "1979")]),
    ("The movement began in the early nineties.", [("the early nineties", "1990", "1990", "1999")]),
    ("Most of the delegates are in their sixties.", []),  # an age, not a decade
])
def test_decades_written_as_words(stage: DateStage, text: str, expected: list) -> None:
    assert found(stage, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("This past week saw heavy shelling.", ("This past week", "2020-04", "2020-04-27", "2020-05-03")),
    ("Markets fell this past weekend.", ("this past weekend", "2020-05-02", "2020-05-02", "2020-05-03")),
    ("Shops opened just over 24 hours ago.", ("just over 24 hours ago", "2020-05-07", None, None)),
    ("The ministry has been silent for the past 48 hours.",
     ("the past 48 hours", "2020-05-06", "2020-05-06", "2020-05-08")),
    ("In the past few days, dozens were detained.", ("the past few days", "2020-05-05", "2020-05-05", "2020-05-08")),
    ("A decision is due by the end of the year.", ("the end of the year", "2020", None, None)),
])
def test_more_relative_units(stage: DateStage, text: str, expected: tuple) -> None:
    assert found(stage, text) == [expected]


def test_bare_weekend_early_in_the_week_is_the_one_just_gone(stage: DateStage) -> None:
    wednesday = dt.date(2020, 5, 6)
    assert found(stage, "Crowds gathered over the weekend.", base=wednesday) == [
        ("the weekend", "2020-05-02", "2020-05-02", "2020-05-03")]
    assert found(stage, "Crowds will gather at the weekend.", base=BASE)[0][1] == "2020-05-09"


def sentence(rows: list[tuple[str, str, str, str, int]]) -> ParsedText:
    """A parse from (text, pos, tag, dep, head) rows; heads are row numbers, the root points at itself."""
    tokens, offset = [], 0
    for i, (text, pos, tag, dep, head) in enumerate(rows):
        lemma = {"is": "be", "are": "be", "was": "be"}.get(text, text.lower())
        tokens.append(Token(i=i, text=text, start_char=offset, end_char=offset + len(text), lemma=lemma,
                            pos=pos, tag=tag, dep=dep, head=head))
        offset += len(text) + 1
    text = " ".join(r[0] for r in rows)
    return ParsedText([Sentence(index=0, start_char=0, end_char=len(text), text=text, tokens=tuple(tokens))])


# "The vote is to be held on Monday"
BE_TO = [("The", "DET", "DT", "det", 1), ("vote", "NOUN", "NN", "nsubj:pass", 5), ("is", "AUX", "VBZ", "aux", 5),
         ("to", "PART", "TO", "mark", 5), ("be", "AUX", "VB", "aux:pass", 5), ("held", "VERB", "VBN", "ROOT", 5),
         ("on", "ADP", "IN", "case", 7), ("Monday", "PROPN", "NNP", "obl", 5)]
# "The summit is expected to open on Monday"
FRAME = [("The", "DET", "DT", "det", 1), ("summit", "NOUN", "NN", "nsubj:pass", 3), ("is", "AUX", "VBZ", "aux:pass", 3),
         ("expected", "VERB", "VBN", "ROOT", 3), ("to", "PART", "TO", "mark", 5), ("open", "VERB", "VB", "xcomp", 3),
         ("on", "ADP", "IN", "case", 7), ("Monday", "PROPN", "NNP", "obl", 5)]
# "He was a guest at the fair this weekend"
COPULA = [("He", "PRON", "PRP", "nsubj", 3), ("was", "AUX", "VBD", "cop", 3), ("a", "DET", "DT", "det", 3),
          ("guest", "NOUN", "NN", "ROOT", 3), ("at", "ADP", "IN", "case", 6), ("the", "DET", "DT", "det", 6),
          ("fair", "NOUN", "NN", "nmod", 3), ("this", "DET", "DT", "det", 8), ("weekend", "NOUN", "NN", "obl", 3)]


@pytest.mark.parametrize("rows, expected", [
    (BE_TO, ("Monday", "2020-05-11")),          # "is to be held": the next Monday
    (FRAME, ("Monday", "2020-05-11")),          # "is expected to open": the next Monday
    (COPULA, ("this weekend", "2020-05-02")),   # "was ... this weekend": the weekend just gone
])
def test_the_tense_of_the_clause_picks_the_direction(stage: DateStage, rows: list, expected: tuple) -> None:
    parsed = sentence(rows)
    text = parsed.sentences[0].text
    assert found(stage, text, parsed=parsed)[0][:2] == expected


def test_a_was_expected_frame_is_not_future(stage: DateStage) -> None:
    rows = [row if row[0] != "is" else ("was", "AUX", "VBD", "aux:pass", 3) for row in FRAME]
    parsed = sentence(rows)
    assert found(stage, parsed.sentences[0].text, parsed=parsed)[0][:2] == ("Monday", "2020-05-04")


def test_a_future_span_without_years_starts_before_it_ends(stage: DateStage) -> None:
    parsed = sentence([("The", "DET", "DT", "det", 1), ("show", "NOUN", "NN", "nsubj", 4),
                       ("is", "AUX", "VBZ", "aux", 4), ("to", "PART", "TO", "mark", 4), ("run", "VERB", "VB", "ROOT", 4),
                       ("from", "ADP", "IN", "case", 6), ("April", "PROPN", "NNP", "obl", 4),
                       ("30", "NUM", "CD", "nummod", 6), ("to", "ADP", "IN", "case", 9),
                       ("June", "PROPN", "NNP", "obl", 4), ("9", "NUM", "CD", "nummod", 9)])
    (time,) = stage.find_times(parsed.sentences[0].text, base=BASE, parsed=parsed)
    assert (time.start, time.end) == ("2020-04-30", "2020-06-09")
