"""An event told as having happened cannot lie after the article date: when the clause of its
time expression shows no tense, a date without a year takes its past reading for that event."""
from __future__ import annotations

import datetime as dt

import pytest

from lapwing.dates.stage import DateStage
from lapwing.model import Article, CodedArticle, Event

TEXT = "On Sept. 6, militants shot dead three villagers in Minya."


@pytest.fixture(scope="module")
def stage() -> DateStage:
    return DateStage()


def _dated(stage: DateStage, modality: str, text: str = TEXT) -> Event:
    trigger = text.index("shot") if "shot" in text else text.index("meet")
    event = Event(id="e1", article_id="a1", event_type="ASSAULT", modality=modality, text=text,
                  start_char=0, end_char=len(text), trigger_start=trigger, trigger_end=trigger + 4)
    article = Article(id="a1", date=dt.date(2019, 6, 1), text=text)
    # no sentences: no parse, so no tense; the time expression in the event's text dates it
    return stage(CodedArticle(article=article, events=(event,))).events[0]


def test_an_asserted_event_takes_the_past_reading(stage):
    event = _dated(stage, "asserted")
    assert (event.date, event.date_text) == ("2018-09-06", "Sept. 6")
    assert "told as having happened" in event.provenance[-1].reason


def test_a_reported_event_too(stage):
    assert _dated(stage, "reported").date == "2018-09-06"


def test_a_hypothetical_event_keeps_the_nearest_reading(stage):
    event = _dated(stage, "hypothetical")
    assert event.date == "2019-09-06"   # the nearer of 2018-09-06 and 2019-09-06 to 2019-06-01


def test_the_time_expression_keeps_its_reading(stage):
    text = TEXT
    article = Article(id="a1", date=dt.date(2019, 6, 1), text=text)
    trigger = text.index("shot")
    event = Event(id="e1", article_id="a1", event_type="ASSAULT", text=text, start_char=0, end_char=len(text),
                  trigger_start=trigger, trigger_end=trigger + 4)
    doc = stage(CodedArticle(article=article, events=(event,)))
    assert [t.value for t in doc.times] == ["2019-09-06"]
    assert doc.events[0].date == "2018-09-06"


def _announced(stage: DateStage, rule: str, modality: str = "asserted") -> Event:
    from lapwing.model import Provenance

    text = "Cristiani will meet Perez de Cuellar on 31 January."
    trigger = text.index("meet")
    event = Event(id="e2", article_id="a2", event_type="AGREE", modality=modality, text=text, start_char=0,
                  end_char=len(text),
                  trigger_start=trigger, trigger_end=trigger + 4,
                  provenance=(Provenance(stage="events", rule=rule, reason="test"),))
    article = Article(id="a2", date=dt.date(1990, 1, 10), text=text)
    return stage(CodedArticle(article=article, events=(event,))).events[0]


def test_an_announced_intent_happens_when_it_is_announced(stage):
    event = _announced(stage, "v.meet:intent->AGREE")
    assert (event.date, event.date_text) == ("1990-01-10", None)
    assert event.provenance[-1].rule == "dates.event.announced" and "1990-01-31" in event.provenance[-1].reason


def test_the_planned_act_keeps_its_date(stage):
    assert _announced(stage, "v.meet", "hypothetical").date == "1990-01-31"   # the meeting itself


def test_through_the_pipeline_an_intent_to_meet_is_dated_to_the_story(pipeline):
    """Guards the link between the events stage's rule names and the dates stage."""
    doc = pipeline.run(Article(id="a3", date=dt.date(2019, 1, 10),
                               text="Iran's foreign minister will meet his Iraqi counterpart in Geneva on January 31."))
    intent = [e for e in doc.events if e.event_type == "AGREE"]
    assert intent and all(e.date == "2019-01-10" for e in intent)
