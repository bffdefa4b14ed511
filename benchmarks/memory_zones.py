"""Does a process that reads ever new words keep its memory flat inside spaCy's memory zones?

    PYTHONPATH=src python benchmarks/memory_zones.py --texts 400000
    PYTHONPATH=src python benchmarks/memory_zones.py --texts 100000 --full

Each text is a sign-off line of ten made-up name words, new to the run ("Reporting by Kavobe
Tulari ..."), read inside ``nlp.memory_zone()`` by the bundled pipeline's tokenizer (or, with
``--full``, by the whole spaCy pipeline), one text per zone, in this one process. Eight times
during the run the script prints the new words read so far, the process's resident memory and the
number of strings in the pipeline's ``StringStore``.

Lapwing's workers read news inside memory zones (``segment.memory_zones``) so that spaCy does not
keep every word form it has seen. This isolates what is left: the zones free the strings and
lexemes (the count stays flat) but, as this measures, not the room their hash tables grew to,
which is why ``pipeline.worker_max_articles`` replaces a worker after a share of articles
(docs/scale.md, "A million articles").
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))


def made_up_word(rng: random.Random) -> str:
    """Five syllables of consonant + vowel: about 2.4 billion forms."""
    return "".join(rng.choice("bcdfgklmnprstvz") + rng.choice("aeiou") for _ in range(5)).capitalize()


def resident_mib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=400_000, help="texts of ten new words (default 400,000)")
    parser.add_argument("--full", action="store_true", help="run the whole spaCy pipeline, not the tokenizer")
    args = parser.parse_args(argv)
    if args.texts < 8:
        parser.error("--texts must be at least 8")
    from lapwing.segment.nlp import load_pipeline

    nlp = load_pipeline(None)
    rng = random.Random(7)
    print(f"{args.texts:,} texts of 10 new words, each read in its own memory zone by the "
          f"{'whole spaCy pipeline' if args.full else 'tokenizer'}, one process\n")
    print("| new words read | resident memory | strings in the StringStore | seconds |")
    print("|---:|---:|---:|---:|")
    print(f"| 0 | {resident_mib()} MiB | {len(nlp.vocab.strings):,} | 0 |", flush=True)
    started = time.perf_counter()
    every = args.texts // 8
    for number in range(1, args.texts + 1):
        text = "Reporting by " + " ".join(made_up_word(rng) for _ in range(10)) + "."
        with nlp.memory_zone():
            nlp(text) if args.full else nlp.make_doc(text)
        if number % every == 0:
            print(f"| {10 * number:,} | {resident_mib()} MiB | {len(nlp.vocab.strings):,} | "
                  f"{time.perf_counter() - started:.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
