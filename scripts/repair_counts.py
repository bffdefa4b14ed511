#!/usr/bin/env python
"""How often each parse repair of the events stage fires, on event-location news sentences.

Runs the segment and actors stages over the first N texts of the `event-triggers` order (the
seeded order of ``lapwing.evaluate.triggers``, the held-out news texts left out), builds each
sentence's graph as the events stage does, and counts the repairs by rule
(``lapwing.events.parse_repair``), printing the first examples of the rules asked for. A
development aid: it says how often a repair changes a parse, and shows where, so that a new
repair can be read on sentences it was not written for.

Usage:
    python scripts/repair_counts.py [--texts 2500] [--show RULE ...] [--examples 12] [--data DIR]
"""
from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from lapwing.config import load_config  # noqa: E402
from lapwing.evaluate.news_audit import NEWS_SETS  # noqa: E402
from lapwing.evaluate.news_texts import read_manifest  # noqa: E402
from lapwing.evaluate.triggers import trigger_texts  # noqa: E402
from lapwing.events.syntax import SentenceGraph  # noqa: E402
from lapwing.model import CodedArticle  # noqa: E402
from lapwing.pipeline import Pipeline  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--texts", type=int, default=2500)
    parser.add_argument("--show", nargs="*", default=[], metavar="RULE", help="print examples of these rules")
    parser.add_argument("--examples", type=int, default=12)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    args = parser.parse_args(argv)
    source = args.data / "event-location" / "labeled_text.jsonl.zip"
    if not source.exists():
        print(f"missing {source}", file=sys.stderr)
        return 2
    held_out = {e.text_sha1 for e in read_manifest(NEWS_SETS["news-heldout"][1])}
    items = trigger_texts(source, exclude_hashes=held_out, sample=args.texts)
    pipeline = Pipeline.from_config(load_config())
    before_events = [s for s in pipeline.stages if s.name.split(".")[0] in ("segment", "actors")]
    counts: Counter[str] = Counter()
    shown: Counter[str] = Counter()
    for article, _ in items:
        doc = CodedArticle(article=article)
        for stage in before_events:
            doc = stage(doc)
        for sentence in doc.sentences:
            for repair in SentenceGraph(sentence, doc.mentions).repairs.values():
                counts[repair.rule] += 1
                if repair.rule in args.show and shown[repair.rule] < args.examples:
                    shown[repair.rule] += 1
                    print(f"{repair.rule}: {sentence.text.strip()[:220]}\n    {repair.reason}")
    print(f"parse repairs in the first {len(items)} event-triggers texts (held-out texts left out):")
    for rule, n in counts.most_common():
        print(f"  {rule:36} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
