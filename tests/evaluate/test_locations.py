from __future__ import annotations

import json
from pathlib import Path

import pytest

from lapwing.errors import InputError
from lapwing.evaluate.locations import (evaluate_event_locations, read_event_location_records,
                                        span_offsets)

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
MODEL = Path(__file__).resolve().parents[2] / "src" / "lapwing" / "segment" / "models" / "en_lapwing_news"
DATA = SHARED / "data" / "event-location" / "labeled_text.jsonl.zip"

RECORD = {
    "_id": "r1", "source": "RELABEL", "text": "Gunmen captured two men in Kabul .",
    "tokens": [{"text": w, "start": s, "end": s + len(w), "id": i} for i, (w, s) in
               enumerate([("Gunmen", 0), ("captured", 7), ("two", 16), ("men", 20), ("in", 24),
                          ("Kabul", 27), (".", 33)])],
    "spans": [{"start": 1, "end": 1, "token_start": 1, "token_end": 1, "label": "VERB", "text": "captured"},
              {"start": 27, "end": 32, "token_start": 5, "token_end": 5, "label": "LOCATION"}],
}


def test_span_offsets_read_tokens():
    assert [span_offsets(RECORD, s) for s in RECORD["spans"]] == [(7, 15), (27, 32)]


def test_read_records_keeps_gold(tmp_path):
    path = tmp_path / "records.json"
    path.write_text(json.dumps([RECORD, {**RECORD, "source": "AP"}]))
    assert len(read_event_location_records(path)) == 1
    assert len(read_event_location_records(path, gold_only=False)) == 2


def test_bad_json_lines_names_line(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(RECORD) + "\n{broken\n")
    with pytest.raises(InputError, match=r"records.jsonl:2"):
        read_event_location_records(path)


@pytest.mark.skipif(not (MODEL / "config.cfg").exists(), reason="the bundled spaCy pipeline is absent")
def test_evaluate_small_file(tmp_path):
    path = tmp_path / "records.json"
    path.write_text(json.dumps([RECORD]))
    result = evaluate_event_locations(path, use_actors=False)
    assert result["records"] == 1 and result["gold_location"] == 1
    assert result["country_accuracy"] == 1.0 and result["exact_accuracy"] == 1.0


@pytest.mark.skipif(not DATA.exists(), reason="../shared (development data) is absent")
@pytest.mark.skipif(not (MODEL / "config.cfg").exists(), reason="the bundled spaCy pipeline is absent")
def test_evaluate_gold_sample():
    result = evaluate_event_locations(DATA, limit=60, use_actors=False)
    assert result["records"] >= 55
    assert result["country_precision"] >= 0.8
