#!/usr/bin/env python
"""Measure how much the events depend on the text's layout and white space: each text is coded as
it is (paragraphs on one line each, separated by blank lines) and in copies hard-wrapped at 72
columns (as e-mail and wire copy are), with 10% of its spaces no-break spaces (as web pages give
them), with 5% of its spaces tabs and with 5% of its spaces doubled, and the events of each copy
are compared with those of the text as written.

Each copy but the last has the same length as the original (a space becomes a line break, a
no-break space or a tab); in the last, 5% of the spaces are doubled, and its offsets are mapped
back to the original's. Events are compared by their offsets. An event is the same when its offset, type,
modality, actor and recipient codes (the words of a mention with no code) and date are. Texts:
the CC BY GUM documents (their paragraphs from the treebank's ``# newpar``) and the first MUC-4
development documents (their wrapped lines joined, as the MUC-4 gold set reads them). A last row
compares the MUC-4 documents as distributed (hard-wrapped by their makers, with indented
paragraphs) with the joined text, by everything but the offsets. Prints a table; writes nothing.

Usage:
    python scripts/evaluate_layout.py [--data DIR] [--muc4 N] [--width W]
"""
from __future__ import annotations

import argparse
import bisect
import datetime as dt
import json
import os
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Callable

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from lapwing.config import load_config  # noqa: E402
from lapwing.evaluate.news_texts import muc4_text  # noqa: E402
from lapwing.model import Article  # noqa: E402
from lapwing.pipeline import Pipeline  # noqa: E402
from lapwing.segment.layout import wrap  # noqa: E402
from lapwing.segment.training.train import read_conllu  # noqa: E402


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


def event_keys(doc, to_original: Callable[[int], int] = lambda offset: offset) -> Counter:
    def codes(mentions):  # a mention with no code by its words (its text keeps the copy's white space)
        return ",".join((m.actor.code if m.actor and m.actor.code else " ".join(m.text.split())) for m in mentions)

    return Counter((to_original(e.start_char), e.event_type, e.modality, codes(e.actors), codes(e.recipients),
                    e.date) for e in doc.events)


def double_spaces(text: str, share: float, rng: random.Random) -> tuple[str, Callable[[int], int]]:
    """The text with ``share`` of its spaces doubled, and a map from its offsets to the text's."""
    out, inserted = [], []
    for ch in text:
        out.append(ch)
        if ch == " " and rng.random() < share:
            inserted.append(len(out))      # the offset of the added space in the copy
            out.append(" ")

    def to_original(offset: int) -> int:
        return offset - bisect.bisect_right(inserted, offset)

    return "".join(out), to_original


def variants(width: int, seed: int = 7) -> dict[str, Callable[[str], tuple[str, Callable[[int], int]]]]:
    """The copies of a text that are compared with it, each with a map from its offsets to the text's."""
    rng = random.Random(seed)

    def same_length(make: Callable[[str], str]) -> Callable[[str], tuple[str, Callable[[int], int]]]:
        def copy(text: str) -> tuple[str, Callable[[int], int]]:
            variant = make(text)
            assert len(variant) == len(text)
            return variant, lambda offset: offset
        return copy

    def spaces_to(char: str, share: float) -> Callable[[str], str]:
        return lambda text: "".join(char if ch == " " and rng.random() < share else ch for ch in text)

    return {f"hard-wrapped at {width} columns": same_length(lambda text: wrap(text, width)),
            "10% of spaces no-break spaces": same_length(spaces_to("\u00a0", 0.10)),
            "5% of spaces tabs": same_length(spaces_to("\t", 0.05)),
            "5% of spaces doubled": lambda text: double_spaces(text, 0.05, rng)}


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
    copies = variants(args.width)
    print("Events of texts as written and of their copies (the same events: same offset in the text, "
          "type, modality, actor and recipient codes, date):\n")
    print("| texts | documents | copy | events, as written | events, copy | the same events | share |")
    print("|---|---:|---|---:|---:|---:|---:|")
    for name, texts in (("GUM CC BY documents", gum_texts(gum)),
                        ("MUC-4 development documents", muc4_texts(muc4, args.muc4))):
        written = 0
        counts = {copy: [0, 0] for copy in copies}
        for text_id, text in texts:
            def code(t: str) -> Counter:
                return event_keys(pipeline.run(Article(id=text_id, date=dt.date(2020, 1, 1), text=t)))

            plain = code(text)
            written += sum(plain.values())
            for copy, make in copies.items():
                variant, to_original = make(text)
                coded = event_keys(pipeline.run(Article(id=text_id, date=dt.date(2020, 1, 1), text=variant)),
                                   to_original)
                counts[copy][0] += sum(coded.values())
                counts[copy][1] += sum((plain & coded).values())
        for copy, (events, same) in counts.items():
            share = same / written if written else 0.0
            print(f"| {name} | {len(texts)} | {copy} | {written:,} | {events:,} | {same:,} | {share:.3f} |")
    # the MUC-4 documents as distributed: hard-wrapped by their makers, paragraphs indented; the
    # offsets differ from the joined text's, so events are compared without them
    joined_n = raw_n = same = 0
    raw_docs = json.loads(muc4.read_text(encoding="utf8"))
    for key, doc in list(raw_docs.items())[:args.muc4]:
        def unplaced(t: str) -> Counter:
            return Counter(k[1:] for k in event_keys(pipeline.run(Article(id=key, date=dt.date(2020, 1, 1), text=t)))
                           .elements())

        joined, raw = unplaced(muc4_text(doc["doc"])), unplaced(doc["doc"])
        joined_n += sum(joined.values())
        raw_n += sum(raw.values())
        same += sum((joined & raw).values())
    share = same / joined_n if joined_n else 0.0
    print(f"| MUC-4 development documents | {min(args.muc4, len(raw_docs))} | as distributed (wrapped by their "
          f"makers; compared without offsets) | {joined_n:,} | {raw_n:,} | {same:,} | {share:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
