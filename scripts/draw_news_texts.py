#!/usr/bin/env python
"""Draw event-location texts for the project's judged news sets, reproducibly.

The held-out set's 60 event-location sentences were drawn this way: every distinct dated text of
``event-location/labeled_text.jsonl.zip`` (as :mod:`lapwing.evaluate.news_texts` rebuilds them),
keyed by (article id, text hash), sorted, less the texts of the news audit's first manifest,
shuffled with ``random.Random(20261125)``; the held-out set is positions 0-59 of that shuffle.
Later judging passes take the next positions, so a new sample never overlaps the held-out texts.

Prints manifest lines (``article_id corpus part text_sha1``, tab-separated) for positions
``--start`` to ``--end`` (end excluded), skipping texts whose article id is already in either
manifest or earlier in the draw (two texts can share one), with the given ``--part`` name. ``--check`` verifies that positions 0-59 are the held-out manifest.

    python scripts/draw_news_texts.py --start 60 --end 100 --part pass8
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from lapwing.evaluate.news_texts import (  # noqa: E402
    EVENT_LOCATION_FILE,
    HELDOUT_MANIFEST,
    MANIFEST,
    _event_location_texts,
    read_manifest,
)

SEED = 20261125
#: Texts of the news audit when the held-out set was drawn (its first two parts).
FIRST_AUDIT_PARTS = ("main", "supplement")


def shuffled_keys(data: Path) -> list[tuple[str, str]]:
    texts = _event_location_texts(data / EVENT_LOCATION_FILE)
    audit = {e.article_id for e in read_manifest(MANIFEST) if e.part in FIRST_AUDIT_PARTS}
    keys = [key for key in sorted(texts) if key[0] not in audit]
    random.Random(SEED).shuffle(keys)
    return keys


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--start", type=int, default=60)
    parser.add_argument("--end", type=int, default=100)
    parser.add_argument("--part", default="new")
    parser.add_argument("--check", action="store_true", help="check that positions 0-59 are the held-out set")
    args = parser.parse_args(argv)
    keys = shuffled_keys(args.data)
    if args.check:
        held = [e.article_id for e in read_manifest(HELDOUT_MANIFEST) if e.corpus == "event-location"]
        same = [k[0] for k in keys[:len(held)]] == held
        print(f"positions 0-{len(held) - 1} are the held-out manifest: {same}")
        return 0 if same else 1
    used = {e.article_id for m in (MANIFEST, HELDOUT_MANIFEST) for e in read_manifest(m)}
    for article_id, sha in keys[args.start:args.end]:
        if article_id not in used:  # a manifest names each article once: of two texts, the first
            used.add(article_id)
            print(f"{article_id}\tevent-location\t{args.part}\t{sha}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
