"""Crash safety: ``lapwing ingest`` killed with SIGKILL at random points and started again leaves
each article stored completely or not at all, none twice, none lost."""
from __future__ import annotations

import signal

import pytest
from reliability_kill import kill_test

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL here")


def test_killed_and_restarted_ingest_stores_whole_articles_once(tmp_path):
    report = kill_test(tmp_path, articles=12, kills=1, seed=11)
    assert report.problems == []
    assert report.restarts == 1


@pytest.mark.heavy
def test_killed_and_restarted_ingest_many_rounds(tmp_path):
    report = kill_test(tmp_path, articles=45, kills=6, seed=5)
    assert report.problems == []
    assert report.kills >= 3 and report.kills_while_writing >= 1
