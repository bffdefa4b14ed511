"""The event-triggers check: marked event verbs of event-location records found as events, on a
file the test writes (one text twice, one held out, one with no marked verb), and on the real
data when ../shared is there."""
from __future__ import annotations

import json

from lapwing.evaluate.news_texts import MANIFEST_COLUMNS, text_hash
from lapwing.evaluate.triggers import evaluate_event_triggers, format_event_triggers, trigger_texts


SHOT = "Israeli troops shot two Palestinian protesters in Hebron."
TITLE = "Roger Federer captured the Wimbledon title on Sunday."
HELD = "Russian troops shelled the town of Avdiivka on Monday."


def _verb(text: str, word: str) -> dict:
    start = text.index(word)
    return {"start": start, "end": start + len(word), "label": "VERB"}


def _write(tmp_path):
    records = [{"_id": "APW_ENG_20040101.0001_1_shoot", "text": SHOT, "spans": [_verb(SHOT, "shot")]},
               {"_id": "APW_ENG_20040101.0001_2_shoot", "text": SHOT, "spans": [_verb(SHOT, "shot")]},
               {"_id": "x", "text": TITLE, "spans": [_verb(TITLE, "captured")]},
               {"_id": "y", "text": HELD, "spans": [_verb(HELD, "shelled")]},
               {"_id": "z", "text": "No verb is marked here.", "spans": []}]
    path = tmp_path / "labeled_text.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    manifest = tmp_path / "heldout.tsv"
    manifest.write_text("\t".join(MANIFEST_COLUMNS) + "\n"
                        + f"EL_y\tevent-location\theldout\t{text_hash(HELD)}\n", encoding="utf-8")
    return path, manifest


def test_texts_are_distinct_dated_and_held_out_texts_left_out(tmp_path):
    path, manifest = _write(tmp_path)
    items = trigger_texts(path, exclude_hashes={text_hash(HELD)}, sample=None)
    assert sorted(a.text for a, _ in items) == sorted([SHOT, TITLE])
    shot = next(a for a, _ in items if a.text == SHOT)
    assert shot.date.isoformat() == "2004-01-01"
    assert len(trigger_texts(path, sample=1)) == 1


def test_a_marked_attack_is_found_and_a_sports_win_is_not(tmp_path, pipeline):
    path, manifest = _write(tmp_path)
    result = evaluate_event_triggers(path, code=pipeline.run, heldout_manifest=manifest, sample=None)
    assert (result["texts"], result["found"], result["excluded_heldout"]) == (2, 1, 1)
    assert result["per_verb"]["shot"] == {"texts": 1, "found": 1, "recall": 1.0}
    assert result["per_verb"]["captured"]["found"] == 0
    assert "marked verb found as an event that happened: 1 (0.500)" in format_event_triggers(result)


def test_the_real_file_a_sample(shared, pipeline):
    path = shared / "data" / "event-location" / "labeled_text.jsonl.zip"
    result = evaluate_event_triggers(path, code=pipeline.run, sample=60)
    assert result["texts"] == 60 and 0 < result["found"] < 60
