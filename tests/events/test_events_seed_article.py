"""The seed article end to end (segment -> actors -> events), scored with the shared scorer."""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
MODEL = REPO / "src" / "lapwing" / "segment" / "models" / "en_lapwing_news"

pytestmark = [
    pytest.mark.skipif(not SHARED.exists(), reason="../shared (development data) is absent"),
    pytest.mark.skipif(not MODEL.exists(), reason="the bundled spaCy pipeline has not been trained"),
]


def test_seed_article_recall_precision_and_no_forbidden_reading():
    from lapwing.actors.stage import ActorStage
    from lapwing.events.stage import EventStage
    from lapwing.model import Article, CodedArticle
    from lapwing.segment.stage import SpacySegmenter

    raw = (SHARED / "examples" / "seed-article.txt").read_text(encoding="utf-8")
    text = re.sub(r"^\s*date\s+\S+\s+", "", raw).strip()
    doc = CodedArticle(article=Article(id="seed", date=dt.date(2020, 5, 8), text=text))
    for stage in (SpacySegmenter({"model": "en_lapwing_news"}), ActorStage({}, {}), EventStage({}, {})):
        doc = stage(doc)
    preds = [{"event": e.event_type, "modality": e.modality, "text": e.text,
              "actor": [{"code": m.actor.code, "country": m.actor.country} for m in e.actors],
              "recipient": [{"code": m.actor.code, "country": m.actor.country} for m in e.recipients]}
             for e in doc.events]
    spec = importlib.util.spec_from_file_location("score_events", SHARED / "tools" / "score_events.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    golds = [json.loads(line) for line in (SHARED / "examples" / "seed-article.gold.jsonl").open(encoding="utf-8")
             if line.strip()]
    result = scorer.score(preds, golds)
    assert result["violations"] == []
    assert result["recall"] >= 0.9, result
    assert result["precision"] >= 0.85, result
    assert all(e.provenance and e.provenance[0].stage == "events" for e in doc.events)
