"""``[geo] article_fallback``: the dateline's place, else the lead sentence's single place, for
events with no place in their own sentence; on invented multi-sentence articles."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from lapwing.errors import ConfigError
from lapwing.geo.stage import GeoStage
from lapwing.model import Article, CodedArticle, Event

MODEL = Path(__file__).resolve().parents[2] / "src" / "lapwing" / "segment" / "models" / "en_lapwing_news"
pytestmark = pytest.mark.skipif(not MODEL.exists(), reason="the bundled spaCy model is absent")


@pytest.fixture(scope="module")
def segmenter():
    from lapwing.segment.stage import SpacySegmenter

    return SpacySegmenter({"model": "en_lapwing_news"}, {})


@pytest.fixture(scope="module")
def stages(tmp_path_factory) -> dict[bool, GeoStage]:
    cache = tmp_path_factory.mktemp("geo-cache")
    return {flag: GeoStage({"min_population": 15000, "article_fallback": flag}, {}, cache_dir=cache)
            for flag in (False, True)}


def placed(segmenter, stage: GeoStage, text: str, triggers: list[str]) -> list[Event]:
    doc = segmenter(CodedArticle(article=Article(id="a1", date=dt.date(2020, 5, 8), text=text)))
    events = []
    for number, word in enumerate(triggers):
        start = text.index(word)
        events.append(Event(id=f"e{number}", article_id="a1", event_type="ASSAULT",
                            trigger_start=start, trigger_end=start + len(word)))
    return list(stage(doc.replace(events=tuple(events))).events)


DATELINE = ("MOGADISHU, Somalia (Reuters) - Militants stormed a hotel on Sunday, police said. "
            "Security forces later killed four gunmen. The government condemned the attack.")
LEAD = ("Heavy fighting broke out in the Yemeni port city of Aden on Thursday. Separatists attacked "
        "government positions overnight. The United Nations urged both sides to talk.")
TWO_PLACES = ("Ministers from Kenya and Uganda met in Nairobi and Kampala this week. Officials "
              "signed a trade agreement. Both governments praised the talks.")


def test_off_by_default_and_then_no_place(segmenter, stages):
    assert GeoStage({}, {}).article_fallback is False
    assert all(e.place is None for e in placed(segmenter, stages[False], DATELINE, ["killed", "condemned"]))


def test_the_dateline_places_events_with_no_place_of_their_own(segmenter, stages):
    events = placed(segmenter, stages[True], DATELINE, ["killed", "condemned"])
    for event in events:
        assert event.place is not None and event.place.country_code == "SOM"
        assert event.provenance[-1].rule == "event_location.article_dateline"
        assert "place_precision=article" in event.provenance[-1].evidence


def test_the_lead_sentence_s_single_place(segmenter, stages):
    attacked, urged = placed(segmenter, stages[True], LEAD, ["attacked", "urged"])
    assert attacked.place_text == "Aden" and attacked.place.country_code == "YEM"
    assert attacked.provenance[-1].rule == "event_location.article_lead"
    assert urged.place_text == "Aden"


def test_a_place_in_the_event_s_own_sentence_wins(segmenter, stages):
    (broke,) = placed(segmenter, stages[True], LEAD, ["broke"])
    assert broke.place_text == "Aden" and broke.provenance[-1].rule.startswith("event_location.locative")


def test_a_lead_about_several_places_gives_no_fallback(segmenter, stages):
    (signed,) = placed(segmenter, stages[True], TWO_PLACES, ["signed"])
    assert signed.place is None and signed.provenance[-1].rule == "event_location.none"


def test_the_setting_must_be_a_boolean():
    with pytest.raises(ConfigError, match="article_fallback must be true or false"):
        GeoStage({"article_fallback": "yes"}, {})
