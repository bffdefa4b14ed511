"""Shared test helpers: where the development data lives, and one pipeline per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SHARED_REASON = "../shared (the development data beside the repository) is absent"

needs_shared = pytest.mark.skipif(not SHARED.exists(), reason=SHARED_REASON)


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip(SHARED_REASON)
    return SHARED


@pytest.fixture(scope="session")
def pipeline():
    """The default pipeline, assembled once (loading models and dictionaries is the slow part)."""
    from lapwing.pipeline import Pipeline

    return Pipeline.from_config()
