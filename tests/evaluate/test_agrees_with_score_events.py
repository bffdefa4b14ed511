"""The Lapwing-format scorer gives the numbers ../shared/tools/score_events.py gives."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from lapwing.evaluate import evaluate_events

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SCORER = SHARED / "tools" / "score_events.py"
SEED_GOLD = SHARED / "examples" / "seed-article.gold.jsonl"
pytestmark = pytest.mark.skipif(not SCORER.exists() or not SEED_GOLD.exists(),
                                reason="../shared (development data) is absent")

HAFTAR = "Haftar is supported by the United Arab Emirates, Egypt and Russia"


def entity(code, country=None):
    return {"entity_text": code, "entity_name": code, "code": code, "country": country,
            "sector": None, "cameo_code": None}


PREDICTION_SETS = {
    "mixed": [
        {"event": "SUPPORT", "actor": [entity("ARE", "ARE")], "recipient": [entity("LBY", "LBY")],
         "text": HAFTAR + ".", "modality": "asserted", "date": "2020-05-08"},
        {"event": "SUPPORT", "actor": [entity("LBY", "LBY")], "recipient": [entity("ARE", "ARE")],
         "text": HAFTAR + "."},
        {"event": "SANCTION", "actor": [entity("IGOUNO")], "recipient": [entity("LBY", "LBY")],
         "text": "The UN Security Council imposed an arms embargo on Libya in 2011", "date": "2011"},
        {"event": "SUPPORT", "actor": [entity("USA", "USA")], "recipient": [entity("LBY")],
         "text": "The US does not support the offensive", "modality": "negated"},
    ],
    "flat_shape_and_lists": [
        {"event_type": ["RETREAT"], "source": {"code": "XXX"}, "target": {"code": "YYY"},
         "sentence": "As long as there is an objective they can meet through Haftar as an instrument"},
        {"event_type": "REQUEST", "source": {"country": "USA"}, "target": {"code": "LBY"},
         "sentence": "Since then the US urged all sides to de-escalate", "date": {"value": "2020"}},
        {"event": ["ASSAULT", "FIGHT"], "actor": entity("LBYMIL", "LBY"), "recipient": entity("LBY"),
         "text": "Haftar launched an offensive a year ago to seize Tripoli and parts of north-west "
                 "Libya.", "date": "2019-04", "mode": ["hypothetical"]},
        {"event": "COOPERATE", "actor": [entity("LBY", "LBY")], "recipient": [entity("SYR", "SYR")],
         "text": "Haftar opened an embassy in Syria in March", "date": "2020-03-01"},
    ],
    "empty": [],
}


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_events", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", sorted(PREDICTION_SETS))
def test_same_numbers_as_score_events(name, tmp_path):
    preds = PREDICTION_SETS[name]
    path = tmp_path / "pred.jsonl"
    path.write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
    golds = [json.loads(line) for line in SEED_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    expected = load_scorer().score(preds, golds)
    ours = evaluate_events(path, SEED_GOLD).to_dict()
    for key in ("predicted_events", "required", "found", "missed", "recall", "precision", "f1",
                "dates_right"):
        assert ours[key] == expected[key], key
    assert [(v["gold_id"], v["sentence"][:80]) for v in ours["violations"]] == \
        [tuple(v) for v in expected["violations"]]
