"""Run counts and the rejects file."""
from __future__ import annotations

import json

from lapwing.ingest import RunCounts, write_rejects
from lapwing.model import Rejection


def _rejected(reason: str) -> Rejection:
    return Rejection(reason=reason, message=f"a.jsonl:1: {reason}", path="a.jsonl", line=1)


def test_summary_counts_by_reason_in_name_order():
    counts = RunCounts()
    for _ in range(10):
        counts.count_coded()
    counts.count_rejected(_rejected("missing_date"))
    counts.count_rejected(_rejected("bad_json"))
    assert counts.read == 12
    assert counts.summary() == (
        "read 12 documents: 10 coded, 2 rejected (bad_json: 1, missing_date: 1)")
    assert counts.to_dict() == {"read": 12, "coded": 10, "rejected": 2,
                                "rejected_by_reason": {"bad_json": 1, "missing_date": 1}, "events": None}


def test_summary_of_one_document_and_of_none():
    counts = RunCounts()
    assert counts.summary() == "read 0 documents: 0 coded, 0 rejected"
    counts.count_coded()
    assert counts.summary() == "read 1 document: 1 coded, 0 rejected"


def test_write_rejects_as_json_lines(tmp_path):
    rejections = [_rejected("bad_json"), Rejection(reason="not_found", message="x: gone", path="x")]
    path = tmp_path / "rejects.jsonl"
    assert write_rejects(iter(rejections), path) == 2
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [Rejection.from_dict(json.loads(line)) for line in lines] == rejections


def test_summary_names_the_events_written_when_a_run_writes_events():
    counts = RunCounts()
    counts.count_coded()
    counts.events = 3
    assert counts.summary() == "read 1 document: 1 coded, 0 rejected; 3 events written"
