"""The time-word table: the bundled file loads, and bad entries name the file and the line."""
from __future__ import annotations

import pytest

from lapwing.dates.lexicon import load_time_words, parse_time_words
from lapwing.errors import ResourceError

HEADER = "kind\tword\tvalue\n"


def test_bundled_table_loads() -> None:
    words = load_time_words()
    assert words.months["march"] == 3 and words.weekdays["sunday"] == 6
    assert words.numbers["two"] == 2 and words.units["weeks"] == "week"
    assert "may" in words.ambiguous and "resolution" in words.numbering
    assert words.full_names(words.months)[:2] == ["april", "august"]


@pytest.mark.parametrize("body,message", [
    ("month\tFoo\t13\n", "x.tsv:2: bad value '13' for a month"),
    ("colour\tred\t1\n", "x.tsv:2: unknown kind 'colour'"),
    ("month\tMarch\n", "x.tsv:2: expected 3 tab-separated cells"),
    ("unit\tyr\tlightyear\n", "x.tsv:2: unknown unit 'lightyear'"),
    ("# a comment\nseason\tdry\tx,y\n", "x.tsv:3: bad value 'x,y' for a season"),
])
def test_bad_entries_name_file_and_line(body: str, message: str) -> None:
    with pytest.raises(ResourceError) as error:
        parse_time_words(HEADER + body, source="x.tsv")
    assert message in str(error.value)


def test_missing_header_is_an_error() -> None:
    with pytest.raises(ResourceError, match="x.tsv:1: expected the header"):
        parse_time_words("month\tMarch\t3\n", source="x.tsv")


def test_missing_file_is_an_error(tmp_path) -> None:
    with pytest.raises(ResourceError, match="cannot read"):
        load_time_words(tmp_path / "absent.tsv")
