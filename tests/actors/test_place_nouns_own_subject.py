"""Round 37 (found on the news audit's pass 34 texts): "that country" never stands for the subject
of its own clause ("... when the United States went to war with that country": Afghanistan,
named before, not the United States)."""
from __future__ import annotations

import datetime as dt

import pytest

from lapwing.config import load_config
from lapwing.model import Article
from lapwing.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_config(load_config())


def _country_of_place_noun(pipeline, text):
    doc = pipeline.run(Article(id="t", date=dt.date(2004, 4, 29), text=text))
    return [m.actor.country for m in doc.mentions if m.text == "country"]


def test_that_country_is_not_its_own_clauses_subject(pipeline):
    text = ("Most of the prisoners were captured in Afghanistan when the United States went to war with that "
            "country in 2001.")
    assert _country_of_place_noun(pipeline, text) == ["AFG"]


def test_the_country_still_refers_back_to_the_last_one_named(pipeline):
    """Guard: "Kenya held elections. Observers said the country was calm." (no clause subject)."""
    text = "Kenya held elections on Monday. Observers said the country was calm."
    assert _country_of_place_noun(pipeline, text) == ["KEN"]
