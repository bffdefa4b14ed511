"""The ``heavy`` marker: big fuzz rounds, megabyte documents and the long kill test.

They are skipped in the default run (which keeps small versions of each) and run when
``LAPWING_HEAVY=1`` is set, as ``scripts/reliability_report.py`` does:

    LAPWING_HEAVY=1 python -m pytest tests/reliability -m heavy
"""
from __future__ import annotations

import os

import pytest

HEAVY = os.environ.get("LAPWING_HEAVY", "") not in ("", "0")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "heavy: slow reliability rounds; run with LAPWING_HEAVY=1")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if HEAVY:
        return
    skip = pytest.mark.skip(reason="heavy reliability round; set LAPWING_HEAVY=1 to run it")
    for item in items:
        if "heavy" in item.keywords:
            item.add_marker(skip)
