"""The seed article: all six gold dates found and resolved; its dated events dated right."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from lapwing.dates.stage import DateStage
from lapwing.model import Article, CodedArticle, Event

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
EXAMPLES = SHARED / "examples"
needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared (development data) is absent")


@pytest.fixture(scope="module")
def seed() -> tuple[Article, dict]:
    if not SHARED.exists():
        pytest.skip("../shared (development data) is absent")
    gold = json.loads((EXAMPLES / "seed-article.entities.json").read_text(encoding="utf-8"))
    text = (EXAMPLES / "seed-article.txt").read_text(encoding="utf-8")
    return Article(id="seed", date=dt.date.fromisoformat(gold["doc_date"]), text=text), gold


@needs_shared
def test_all_gold_dates_found_and_resolved(seed) -> None:
    article, gold = seed
    times = DateStage({}, {}).find_times(article.text, base=article.date)
    for entry in gold["dates"]:
        matching = [t for t in times if t.text.lower() in entry["text"].lower() or entry["text"].lower() in t.text.lower()]
        assert matching, f"{entry['text']!r} not found among {[t.text for t in times]}"
        assert matching[0].value.startswith(entry["resolves_to"]), (entry, matching[0])


#: (trigger as it appears in the text, the gold date of the event it names)
DATED_TRIGGERS = [("launched", "2019"), ("imposed", "2011"), ("called Haftar", "2019"), ("opened", "2020-03"),
                  ("called on Damascus", "2020-03"), ("reopened", "2018-12"), ("has been split", "2014")]


@needs_shared
def test_seed_events_dated_with_the_real_parse(seed) -> None:
    pytest.importorskip("spacy")
    from lapwing.segment.nlp import bundled_model_path

    if not Path(bundled_model_path()).exists():
        pytest.skip("the bundled spaCy pipeline has not been built")
    from lapwing.segment.stage import SpacySegmenter

    article, _ = seed
    doc = SpacySegmenter({"model": "en_lapwing_news"})(CodedArticle(article=article))
    events = []
    for number, (phrase, _) in enumerate(DATED_TRIGGERS):
        start = article.text.index(phrase)
        word = phrase.split()[-1] if phrase.startswith("has been") else phrase.split()[0]
        start = article.text.index(word, start)
        events.append(Event(id=f"e{number}", article_id="seed", event_type="X", trigger_start=start,
                            trigger_end=start + len(word)))
    dated = DateStage({}, {})(doc.replace(events=tuple(events))).events
    for event, (phrase, gold) in zip(dated, DATED_TRIGGERS):
        assert event.date is not None and event.date.startswith(gold), (phrase, event.date, event.provenance[-1])
