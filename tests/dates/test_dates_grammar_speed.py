"""The date grammar's shortcuts give exactly what the plain scans give: each pattern tried only
where it can open, and full dates read without dateparser."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lapwing.dates.grammar import DateGrammar, _matches_at
from lapwing.dates.lexicon import load_time_words
from lapwing.dates.resolve import AbsoluteDateParser

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="module")
def grammar() -> DateGrammar:
    return DateGrammar(load_time_words())


def plain_and_fast(grammar: DateGrammar, text: str) -> tuple[list, list]:
    """Every pattern's matches by ``finditer`` and by the opening-position shortcut."""
    plain, fast = [], []
    for (kind, pattern), starts in zip(grammar.patterns, grammar._opening_positions(text)):
        assert starts is not None, f"{kind} has no opening words"
        plain += [(kind, m.span(), m.groupdict()) for m in pattern.finditer(text)]
        fast += [(kind, m.span(), m.groupdict()) for m in _matches_at(pattern, text, starts)]
    return plain, fast


SENTENCES = [
    "On Monday, 4 April 2019, the army withdrew; since early 2014 and until the end of May it held the town.",
    "THE ARMY DENIED TODAY THAT GUERRILLAS ATTACKED THE FARM ON 2 FEBRUARY 1989, IN THE LATE 1980S.",
    "Talks held from 2011 to 2014, in the '90s and the sixties, two weeks ago and over the past three months.",
    "Some 2000 troops arrived last Tuesday night; Resolution 1973 passed in mid-2011 (the 21st century).",
    "It rained the day before yesterday, this morning and in the summer of 2015; next week, later this year.",
    "Elle est arrivée en Março 2019, ſome 3 yeArs after 2016-07-15, the_year 2019 and x2019 or 12th May.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_shortcut_finds_what_finditer_finds(grammar, text):
    plain, fast = plain_and_fast(grammar, text)
    assert plain and fast == plain


def words_of_the_grammar() -> list[str]:
    words = load_time_words()
    return [*words.months, *words.weekdays, *words.numbers, *words.units, *words.seasons, *words.parts,
            *words.dayparts, *words.decades, "the", "The", "THE", "last", "this", "past", "next", "ago",
            "of", "in", "since", "to", "and", "-", "'90s", "\u201990s", "1990s", "2019", "12th", "3", "21st",
            "century", "year", "2011-14", "2019-05-04", "today", "yesterday", "tonight", "tomorrow", ",", ".",
            # every word of APPROXIMATELY and of the deictic modifiers in the patterns
            "more than", "over", "almost", "nearly", "about", "around", "some", "just", "just over",
            "less than", "roughly", "this past", "coming", "previous", "following", "same", "current"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(words_of_the_grammar()), min_size=1, max_size=10),
       st.sampled_from([" ", "  ", "-", ""]), st.sampled_from([str, str.upper, str.title]))
def test_shortcut_on_any_run_of_time_words(grammar, words, joiner, case):
    plain, fast = plain_and_fast(grammar, case(joiner.join(words)))
    assert fast == plain


@pytest.mark.skipif(not SHARED.exists(), reason="../shared (development data) is absent")
def test_shortcut_on_the_seed_article(grammar):
    text = (SHARED / "examples" / "seed-article.txt").read_text(encoding="utf-8")
    plain, fast = plain_and_fast(grammar, text)
    assert len(plain) > 5 and fast == plain


def test_a_word_list_that_cannot_be_indexed_leaves_its_pattern_to_finditer(grammar):
    from lapwing.dates.grammar import _opening_words

    assert _opening_words(["Early", "mid-", "the beginning of"]) == {"early", "mid", "the"}
    assert _opening_words(["early", "\u00e9t\u00e9"]) is None
    assert _opening_words(["'til"]) is None


def test_an_empty_match_falls_back_to_finditer():
    pattern = re.compile(r"a*")
    assert [m.span() for m in _matches_at(pattern, "baab", [0, 1, 3])] == \
        [m.span() for m in pattern.finditer("baab")]


@pytest.mark.parametrize("query", ["4 April 2019", "29 February 2020", "31 December 1899", "1 January 2099"])
@pytest.mark.parametrize("direction", ["past", "future"])
def test_full_dates_are_read_as_dateparser_reads_them(query, direction):
    fast, slow = AbsoluteDateParser(), AbsoluteDateParser()
    base = dt.date(2020, 5, 8)
    slow_parser = slow._factory(languages=["en"], settings={
        "RELATIVE_BASE": dt.datetime(2020, 5, 8), "PREFER_DATES_FROM": direction,
        "PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False})
    data = slow_parser.get_date_data(query)
    assert fast.parse(query, base=base, direction=direction) == (data.date_obj.date(), data.period)


def test_an_impossible_full_date_is_left_to_dateparser():
    assert AbsoluteDateParser().parse("30 February 2019", base=dt.date(2020, 5, 8), direction="past") is None
