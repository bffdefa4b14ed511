"""Counting a run's documents and keeping its rejections.

    counts = RunCounts()
    ... counts.count_coded() / counts.count_rejected(rejection) ...
    print(counts.summary(), file=sys.stderr)
    # read 12 documents: 10 coded, 2 rejected (bad_json: 1, missing_date: 1)
"""
from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..model import Rejection


@dataclass
class RunCounts:
    """How many documents a run read, coded and rejected (by reason)."""

    coded: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    events: int | None = None  # events written, when the run writes events
    skipped: int = 0  # documents already stored with the same text (ingest resumes past them)

    @property
    def read(self) -> int:
        """Every document seen: coded or rejected."""
        return self.coded + self.total_rejected + self.skipped

    @property
    def total_rejected(self) -> int:
        return sum(self.rejected.values())

    def count_coded(self, number: int = 1) -> None:
        self.coded += number

    def count_rejected(self, rejected: Rejection) -> None:
        self.rejected[rejected.reason] += 1

    def summary(self) -> str:
        """One line for standard error."""
        noun = "document" if self.read == 1 else "documents"
        line = f"read {self.read} {noun}: "
        if self.skipped:
            line += f"{self.skipped} already stored, "
        line += f"{self.coded} coded, {self.total_rejected} rejected"
        if self.rejected:
            by_reason = sorted(self.rejected.items())
            line += " (" + ", ".join(f"{reason}: {n}" for reason, n in by_reason) + ")"
        if self.events is not None:
            line += f"; {self.events} events written"
        return line

    def to_dict(self) -> dict[str, Any]:
        return {"read": self.read, "coded": self.coded, "rejected": self.total_rejected,
                "rejected_by_reason": dict(sorted(self.rejected.items())), "events": self.events}


def write_rejects(rejections: Iterable[Rejection], path: str | os.PathLike[str]) -> int:
    """Write rejections as JSON Lines (one ``Rejection.to_dict()`` per line); return how many."""
    written = 0
    with open(path, "w", encoding="utf-8") as out:
        for rejected in rejections:
            out.write(json.dumps(rejected.to_dict(), ensure_ascii=False) + "\n")
            written += 1
    return written
