"""PLOVER gold standard records: articles, the 18 -> 16 type mapping, and scoring by article id."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from lapwing.errors import InputError, ResourceError
from lapwing.evaluate import evaluate_events, gsr_articles
from lapwing.evaluate.plover_types import plover_type_mapping, read_cameo_to_plover

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
GSR_DIR = SHARED / "data" / "plover-gsr"

# A small conversion table written for the tests, in PLOVER's CAMEO2PLOVER layout.
MAPPING_TEXT = """# CAMEO to PLOVER conversion table (test excerpt)
03: AGREE
030: AGREE,  , diplomatic # Express intent to cooperate
04: CONSULT
040: CONSULT, ,  # Consult
05: SUPPORT
050: SUPPORT, , diplomatic # Engage in diplomatic cooperation
06: COOPERATE
060: COOPERATE, ,  # Engage in material cooperation
07: AID
070: AID, ,  # Provide aid
08: CONCEDE
080: CONCEDE, ,  # Yield
08: RETREAT
084: RETREAT, ,  # Return, release
090: ACCUSE, investigate,  # Investigate
100: REQUEST,  ,  # REQUEST
110: ACCUSE, disapprove,    # Disapprove
120: REJECT, ,  # Reject
130: THREATEN, ,  # Threaten
140: PROTEST, ,  # Engage in political dissent
150: MOBILIZE, ,  # Demonstrate military or police power
160: SANCTION, ,  # Reduce relations
170: COERCE, ,  # Coerce
180: ASSAULT, ,  # Use unconventional violence
190: ASSAULT, , military # Use conventional military force
~~~~~
"""

RECORDS = [
    {"id": "DOC", "event": "DOCUMENT", "eventText": "documentation"},
    {"id": "R1", "date": "2000-01-01", "event": "DEMAND", "text": "Israel urged Egypt to reopen the border.",
     "source": [{"actorText": "Israel", "code": "ISRGOV"}], "target": [{"actorText": "Egypt", "code": "EGY"}]},
    {"id": "R2", "event": "FIGHT", "text": "Serbian troops clashed with Albanian forces.",
     "source": [{"actorText": "Serbian", "code": "SRB", "sector": "MIL"}],
     "target": [{"actorText": "Albanian", "code": "ALB", "sector": "MIL"}]},
    {"id": "R3", "date": "2000-01-01", "event": "AGREE",
     "text": "The United Nations and Iraq agreed to resume talks.",
     "source": [{"actorText": "United Nations", "code": "IGO"}, {"actorText": "Iraq", "code": "IRQ"}],
     "target": ""},
    {"id": "R4", "date": "2000-01-01", "event": "DISAPPROVE", "text": "Russia criticized NATO.",
     "source": [{"actorText": "Russia", "code": "RUS"}], "target": [{"actorText": "NATO", "code": "IGO"}]},
]


def entity(code=None, country=None, cameo_code=None):
    return {"entity_text": "x", "entity_name": "x", "code": code, "country": country,
            "sector": None, "cameo_code": cameo_code}


def event(article_id, event_type, actor, recipient, **extra):
    return {"article_id": article_id, "event": event_type, "actor": [actor] if actor else [],
            "recipient": [recipient] if recipient else [], "text": "t", "modality": "asserted", **extra}


PREDICTIONS = [
    # R1: REQUEST (DEMAND now), ISR by country against the gold ISRGOV, EGY: full
    event("R1", "REQUEST", entity("ISRGOV", "ISR"), entity("EGY", "EGY")),
    # R2: ASSAULT (FIGHT now), but the target is wrong: type right only; plus a wrong COERCE
    event("R2", "ASSAULT", entity("SRBMIL", "SRB"), entity("MKD", "MKD")),
    event("R2", "COERCE", entity("SRB", "SRB"), entity("ALB", "ALB")),
    # R3: AGREE by the UN (IGO code) with no gold target: full
    event("R3", "AGREE", entity("IGOUNO"), None),
    # R4: the only ACCUSE is negated, so R4 has no event
    event("R4", "ACCUSE", entity("RUS", "RUS"), entity(cameo_code="IGOWSTNAT"), modality="negated"),
    # an article that is not a gold record
    event("elsewhere", "AID", entity("USA", "USA"), entity("HTI", "HTI")),
]


@pytest.fixture
def gsr_dir(tmp_path: Path) -> Path:
    (tmp_path / "CAMEO2PLOVER-2021.txt").write_text(MAPPING_TEXT, encoding="utf-8")
    (tmp_path / "gsr.json").write_text(json.dumps(RECORDS, indent=1), encoding="utf-8")
    return tmp_path


def test_old_types_map_through_cameo(gsr_dir):
    mapping = plover_type_mapping(gsr_dir / "CAMEO2PLOVER-2021.txt")
    renamed = {old: m.new_type for old, m in mapping.items() if old != m.new_type}
    assert renamed == {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
                       "FIGHT": "ASSAULT"}
    assert mapping["DEMAND"].cameo_code == "100"
    assert mapping["DEMAND"].source.endswith("CAMEO2PLOVER-2021.txt:17")
    assert mapping["REQUEST"].source == "identity"
    # the root "08" has two types, so it cannot be looked up
    assert "08" not in read_cameo_to_plover(gsr_dir / "CAMEO2PLOVER-2021.txt")


def test_articles_from_records(gsr_dir):
    articles = gsr_articles(gsr_dir / "gsr.json")
    assert [a.id for a in articles] == ["R1", "R2", "R3", "R4"]
    assert articles[0].text == "Israel urged Egypt to reopen the border."
    assert {a.date for a in articles} == {dt.date(2000, 1, 1)}  # R2 has no date: the default
    assert articles[1].origin == f"{gsr_dir / 'gsr.json'}:{articles[1].origin.rsplit(':', 1)[1]}"
    text = (gsr_dir / "gsr.json").read_text(encoding="utf-8").splitlines()
    assert '"id": "R2"' in text[int(articles[1].origin.rsplit(":", 1)[1])]


def test_scores_by_article_id(gsr_dir):
    result = evaluate_events(PREDICTIONS, gsr_dir / "gsr.json")
    assert result.gold_format == "plover-gsr"
    assert (result.records, result.type_right, result.full_right) == (4, 3, 2)
    assert result.type_accuracy == 0.75 and result.full_accuracy == 0.5
    assert (result.records_without_events, result.ignored_predictions) == (1, 1)
    table = {s.event_type: (s.predicted, s.correct, s.gold, s.found) for s in result.per_type}
    assert table == {"ACCUSE": (0, 0, 1, 0), "AGREE": (1, 1, 1, 1), "ASSAULT": (1, 1, 1, 1),
                     "COERCE": (1, 0, 0, 0), "REQUEST": (1, 1, 1, 1)}
    assert (result.precision, result.recall) == (0.75, 0.75)
    assert result.type_mapping == {"AGREE": "AGREE", "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE",
                                   "FIGHT": "ASSAULT"}
    report = result.format_table()
    assert "type accuracy: 3/4 = 0.750" in report
    assert "type + source + target: 2/4 = 0.500" in report
    assert "DEMAND->REQUEST" in report


def test_mapping_option_and_missing_mapping(gsr_dir, tmp_path):
    moved = tmp_path / "tables"
    moved.mkdir()
    (gsr_dir / "CAMEO2PLOVER-2021.txt").rename(moved / "table.txt")
    with pytest.raises(ResourceError, match="conversion table is missing; pass mapping=PATH"):
        evaluate_events(PREDICTIONS, gsr_dir / "gsr.json")
    result = evaluate_events(PREDICTIONS, gsr_dir / "gsr.json", mapping=moved / "table.txt")
    assert result.type_right == 3


def test_bad_mapping_line_and_unknown_type(gsr_dir):
    table = gsr_dir / "CAMEO2PLOVER-2021.txt"
    table.write_text(MAPPING_TEXT + "999: FIGHT, , # not a current type\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"CAMEO2PLOVER-2021.txt:28: 'FIGHT' is not a PLOVER type"):
        evaluate_events([], gsr_dir / "gsr.json")
    table.write_text(MAPPING_TEXT, encoding="utf-8")
    (gsr_dir / "gsr.json").write_text(json.dumps([dict(RECORDS[1], event="CHAT")]), encoding="utf-8")
    with pytest.raises(InputError, match=r"gsr.json:1: field 'event': event type 'CHAT'"):
        evaluate_events([], gsr_dir / "gsr.json", fmt="plover-gsr")


@pytest.mark.skipif(not GSR_DIR.exists(), reason="../shared (development data) is absent")
def test_shared_gsr_file_reads_and_maps():
    gold = GSR_DIR / "PLOVER_GSR_CAMEO.dev.json"
    articles = gsr_articles(gold)
    assert len(articles) == 228 and len({a.id for a in articles}) == 228
    result = evaluate_events([], gold)
    assert result.records == 228 and result.type_right == 0
    assert set(result.type_mapping.values()) <= {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert {old: result.type_mapping[old] for old in ("DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT")} \
        == {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
    preds = [event("PLOVER-GSR01-AGREE-0008", "AGREE", entity("PRTGOV", "PRT"), entity("TUR", "TUR")),
             event("PLOVER-GSR01-COERCE-0004#2", "COERCE", entity("ISR", "ISR"), entity("PSE", "PSE"))]
    result = evaluate_events(preds, gold)
    assert (result.type_right, result.full_right, result.ignored_predictions) == (2, 2, 0)


def test_repeated_ids_are_made_unique(gsr_dir):
    records = [RECORDS[1], dict(RECORDS[2], id="R1"), dict(RECORDS[3], id="R1")]
    (gsr_dir / "gsr.json").write_text(json.dumps(records), encoding="utf-8")
    assert [a.id for a in gsr_articles(gsr_dir / "gsr.json")] == ["R1", "R1#2", "R1#3"]
