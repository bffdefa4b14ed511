"""Subject pronouns continuing the previous sentence's subject (rule ``coreference: pronoun``)."""
from __future__ import annotations

from pathlib import Path

import pytest

MODELS = Path(__file__).resolve().parents[2] / "src" / "lapwing" / "segment" / "models" / "en_lapwing_news"
pytestmark = pytest.mark.skipif(not MODELS.exists(), reason="the bundled spaCy model is not built")


@pytest.fixture(scope="module")
def run():
    import datetime as dt

    from lapwing.actors.stage import ActorStage
    from lapwing.config import load_config
    from lapwing.model import Article, CodedArticle
    from lapwing.segment.stage import SpacySegmenter

    config = load_config()
    segment, actors = SpacySegmenter(config["segment"], config), ActorStage(config["actors"], config)

    def code(text):
        return actors(segment(CodedArticle(article=Article(id="p", date=dt.date(2020, 1, 1), text=text))))
    return code


def _pronoun_mentions(doc):
    return {m.text: m for m in doc.mentions if m.resolution.rule == "coreference: pronoun"}


def test_it_continues_a_country_subject(run):
    found = _pronoun_mentions(run("Japan sent emergency aid to Pakistan. It also pledged to rebuild schools."))
    assert found["It"].actor.country == "JPN"


def test_a_pronoun_of_the_wrong_kind_or_after_an_unresolved_subject_is_left_alone(run):
    assert not _pronoun_mentions(run("Japan sent emergency aid to Pakistan. He also pledged to rebuild schools."))
    assert not _pronoun_mentions(run("The rebels attacked the town. They killed ten soldiers."))


def test_a_pronoun_in_a_reported_clause_is_left_to_the_events_stage(run):
    assert not _pronoun_mentions(run("Japan sent aid. Officials said it would send more."))
