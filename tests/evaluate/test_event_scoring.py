"""Scoring predicted events against Lapwing gold files: exact numbers on hand-written cases."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from lapwing.errors import InputError
from lapwing.evaluate import evaluate_events
from lapwing.evaluate.gold import detect_gold_format, read_lapwing_gold

GOLD_ROWS = [
    {"id": "G1", "status": "required", "sentence": "Egypt and Russia back Haftar.",
     "source": ["EGY", "RUS"], "target": "LBY", "types": ["SUPPORT", "AID"], "date": "2020-05"},
    {"id": "G2", "status": "required", "sentence": "Turkey condemned the strike on Tripoli.",
     "source": "TUR", "target": "*", "types": ["ACCUSE", "DISAPPROVE"], "location": "Tripoli, Libya"},
    {"id": "G3", "status": "optional", "sentence": "The UN envoy met both sides in Geneva.",
     "source": "IGO", "target": "LBY", "types": ["CONSULT"]},
    {"id": "G4", "status": "forbidden", "sentence": "Egypt and Russia back Haftar.",
     "source": "LBY", "target": ["EGY", "RUS"], "types": ["SUPPORT", "AID"]},
    {"id": "G5", "status": "required", "sentence": "France sent aid to the Libyan people.",
     "source": "FRA", "target": "LBY", "types": ["AID"]},
]


def entity(code, country=None):
    return {"entity_text": code, "entity_name": code, "code": code, "country": country,
            "sector": None, "cameo_code": code, "wikidata_id": None}


def event(event_type, actor, recipient, text, **extra):
    return {"event": event_type, "actor": [actor], "recipient": [recipient], "text": text,
            "modality": "asserted", "article_id": "a1", **extra}


PREDICTIONS = [
    # G1 found (EGY is in the source list); its date starts with 2020-05
    event("SUPPORT", entity("EGY", "EGY"), entity("LBY", "LBY"),
          "Egypt and Russia back Haftar, officials said.", date="2020-05-08"),
    # G4 (forbidden, reversed) and nothing allowed: wrong, and a violation
    event("AID", entity("LBY", "LBY"), entity("RUS", "RUS"), "Egypt and Russia back Haftar."),
    # G2 found, typed by the old name DISAPPROVE; place right
    event("DISAPPROVE", entity("TURGOV", "TUR"), entity("LBY", "LBY"),
          "Turkey condemned the strike on Tripoli.",
          event_loc={"extracted_place": "Tripoli", "resolved_place": "Tripoli"}),
    # G3 (optional) found by an IGO code: correct, not counted in recall
    event("CONSULT", entity("IGOUNO"), entity("LBY", "LBY"), "The UN envoy met both sides in Geneva."),
    # negated: not an event at all
    event("AID", entity("FRA", "FRA"), entity("LBY", "LBY"), "France sent aid to the Libyan people.",
          modality="negated"),
    # right sentence, wrong type
    event("AGREE", entity("FRA", "FRA"), entity("LBY", "LBY"), "France sent aid to the Libyan people."),
]


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in GOLD_ROWS), encoding="utf-8")
    return path


def test_overall_numbers(gold_file):
    result = evaluate_events(PREDICTIONS, gold_file)
    assert result.gold_format == "lapwing"
    assert (result.overall.predicted, result.overall.correct) == (5, 3)
    assert (result.overall.gold, result.overall.found) == (3, 2)
    assert result.precision == pytest.approx(0.6)
    assert result.recall == pytest.approx(2 / 3)
    assert result.f1 == pytest.approx(2 * 0.6 * (2 / 3) / (0.6 + 2 / 3))
    assert result.missed == ("G5",)
    assert [(v.gold_id, v.event_type) for v in result.violations] == [("G4", "AID")]
    assert (result.dates_right, result.dates_total) == (1, 1)
    assert (result.locations_right, result.locations_total) == (1, 1)


def test_per_type_counts(gold_file):
    result = evaluate_events(PREDICTIONS, gold_file)
    table = {s.event_type: (s.predicted, s.correct, s.gold, s.found) for s in result.per_type}
    assert table == {
        "ACCUSE": (0, 0, 1, 1),      # G2 counts under its first type; found by a DISAPPROVE event
        "AGREE": (1, 0, 0, 0),
        "AID": (1, 0, 1, 0),         # the reversed AID event; G5 missed
        "CONSULT": (1, 1, 0, 0),     # optional row: correct, but no recall to earn
        "DISAPPROVE": (1, 1, 0, 0),
        "SUPPORT": (1, 1, 1, 1),
    }
    by_type = {s.event_type: s for s in result.per_type}
    assert by_type["ACCUSE"].precision is None and by_type["ACCUSE"].recall == 1.0
    assert by_type["AID"].f1 == 0.0
    assert by_type["CONSULT"].recall is None and by_type["CONSULT"].f1 is None


def test_predictions_from_a_file_and_the_report(gold_file, tmp_path):
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("".join(json.dumps(p) + "\n" for p in PREDICTIONS), encoding="utf-8")
    result = evaluate_events(pred_path, gold_file, fmt="lapwing")
    data = result.to_dict()
    assert data["precision"] == 0.6 and data["recall"] == 0.667 and data["f1"] == 0.632
    assert data["dates_right"] == "1/1" and data["missed"] == ["G5"]
    assert data["violations"][0]["gold_id"] == "G4"
    table = result.format_table()
    assert "precision 0.600  recall 0.667  f1 0.632" in table
    assert "G4 AID [a1]: Egypt and Russia back Haftar." in table
    assert "dates right: 1/1" in table


def test_article_id_restricts_a_row(tmp_path):
    path = tmp_path / "gold.jsonl"
    row = dict(GOLD_ROWS[0], article_id="other")
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert evaluate_events(PREDICTIONS[:1], path).overall.found == 0
    path.write_text(json.dumps(dict(row, article_id="a1")) + "\n", encoding="utf-8")
    assert evaluate_events(PREDICTIONS[:1], path).overall.found == 1


def test_nothing_predicted(gold_file):
    result = evaluate_events([], gold_file)
    assert (result.precision, result.recall, result.f1) == (0.0, 0.0, 0.0)


@pytest.mark.parametrize("line, field, message", [
    ({"id": "X", "status": "maybe", "sentence": "s", "types": ["AID"]}, "status",
     "must be one of required, optional, forbidden, not 'maybe'"),
    ({"id": "X", "status": "required", "sentence": "", "types": ["AID"]}, "sentence",
     "must be a non-empty string"),
    ({"id": "X", "status": "required", "sentence": "s", "types": []}, "types",
     "must be a non-empty list of PLOVER type names"),
    ({"id": "X", "status": "required", "sentence": "s", "types": ["AID"], "source": 3}, "source",
     "must be a code (ISO 3166-1 alpha-3, IGO), '*' or a non-empty list of codes"),
])
def test_bad_gold_rows_name_file_line_and_field(tmp_path, line, field, message):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD_ROWS[0]) + "\n\n" + json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_lapwing_gold(path)
    assert str(caught.value) == f"E100 {path}:3: field '{field}': {message}"


def test_bad_json_and_unknown_format(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "X",\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"gold.jsonl:1: not valid JSON"):
        evaluate_events([], path)
    path.write_text('{"id": "X"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="cannot tell the gold format"):
        detect_gold_format(path)
    with pytest.raises(InputError, match="unknown gold format 'xml'"):
        evaluate_events([], path, fmt="xml")


def test_duplicate_ids_are_refused(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD_ROWS[0]) + "\n" + json.dumps(GOLD_ROWS[0]) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r":2: field 'id': duplicate id 'G1' \(first on line 1\)"):
        read_lapwing_gold(path)
