from __future__ import annotations

import pytest

from lapwing.store import EventStore


@pytest.fixture
def store():
    with EventStore(":memory:") as opened:
        yield opened
