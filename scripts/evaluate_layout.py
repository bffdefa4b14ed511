#!/usr/bin/env python
"""Measure how much the events depend on the text's line layout: each text is coded as it is
(paragraphs on one line each, separated by blank lines) and hard-wrapped at 72 columns, as e-mail
and wire copy are, and the two sets of events are compared.

The wrapped copy has the same length as the original: a space where a line is cut becomes a line
break, so events can be compared by their offsets. An event is the same when its offset, type,
modality, actor and recipient codes and date are. Texts: the CC BY GUM documents (their
paragraphs from the treebank's ``# newpar``) and the first MUC-4 development documents (their
wrapped lines joined, as the MUC-4 gold set reads them). Prints a table; writes nothing.

Usage:
    python scripts/evaluate_layout.py [--data DIR] [--muc4 N] [--width W]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections import Counter
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from lapwing.config import load_config  # noqa: E402
from lapwing.evaluate.news_texts import muc4_text  # noqa: E402
from lapwing.model import Article  # noqa: E402
from lapwing.pipeline import Pipeline  # noqa: E402
from lapwing.segment.training.train import read_conllu  # noqa: E402


def hard_wrap(text: str, width: int = 72) -> str:
    """The text with lines cut at the last space before ``width`` characters (the space becomes a
    line break, so the length and every offset stay the same); existing line breaks are kept."""
    out = list(text)
    line_start, last_space = 0, -1
    for i, ch in enumerate(text):
        if ch == "\n":
            line_start, last_space = i + 1, -1
            continue
        if ch == " ":
            last_space = i
        if i - line_start >= width and last_space > line_start:
            out[last_space] = "\n"
            line_start, last_space = last_space + 1, -1
    return "".join(out)


def gum_texts(folder: Path) -> list[tuple[str, str]]:
    """(id, text) of each GUM document: sentences joined by their spacing, paragraphs by a blank line."""
    texts = []
    for path in sorted(folder.glob("*.conllu")):
        parts: list[str] = []
        for sent in read_conllu(path):
            if sent.new_par and parts:
                parts[-1] = parts[-1].rstrip(" ") + "\n\n"
            parts.append("".join(w + (" " if space else "") for w, space in zip(sent.words, sent.spaces)).rstrip()
                         + " ")
        texts.append((path.stem, "".join(parts).strip()))
    return texts


def muc4_texts(path: Path, limit: int) -> list[tuple[str, str]]:
    docs = json.loads(path.read_text(encoding="utf8"))
    return [(f"muc4-{key}", muc4_text(doc["doc"])) for key, doc in list(docs.items())[:limit]]


def event_keys(doc) -> Counter:
    def codes(mentions):
        return ",".join((m.actor.code if m.actor and m.actor.code else m.text) for m in mentions)

    return Counter((e.start_char, e.event_type, e.modality, codes(e.actors), codes(e.recipients), e.date)
                   for e in doc.events)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--muc4", type=int, default=300, help="MUC-4 development documents to use (default 300)")
    parser.add_argument("--width", type=int, default=72, help="wrap width (default 72)")
    args = parser.parse_args(argv)
    gum, muc4 = args.data / "gum-ccby", args.data / "muc4" / "dev.json"
    for needed in (gum, muc4):
        if not needed.exists():
            print(f"missing {needed}", file=sys.stderr)
            return 2
    pipeline = Pipeline.from_config(load_config())
    rows = []
    for name, texts in (("GUM CC BY documents", gum_texts(gum)), ("MUC-4 development documents",
                                                                   muc4_texts(muc4, args.muc4))):
        plain_n = wrapped_n = same = lines = 0
        for text_id, text in texts:
            wrapped = hard_wrap(text, args.width)
            lines += wrapped.count("\n") - text.count("\n")
            coded = [pipeline.run(Article(id=text_id, date=dt.date(2020, 1, 1), text=t)) for t in (text, wrapped)]
            plain, wrap = event_keys(coded[0]), event_keys(coded[1])
            plain_n += sum(plain.values())
            wrapped_n += sum(wrap.values())
            same += sum((plain & wrap).values())
        rows.append((name, len(texts), lines, plain_n, wrapped_n, same))
    print(f"Events of texts as written and hard-wrapped at {args.width} columns (same offsets):\n")
    print("| texts | documents | line breaks added | events, as written | events, wrapped | "
          "the same events | share |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, docs, lines, plain_n, wrapped_n, same in rows:
        share = same / plain_n if plain_n else 0.0
        print(f"| {name} | {docs} | {lines:,} | {plain_n:,} | {wrapped_n:,} | {same:,} | {share:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
