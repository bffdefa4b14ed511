"""Train the casing table that truecasing uses (``segment/data/truecase_table.tsv``).

For every word (a run of letters, with inner apostrophes: "don't", "O'Neill") the table counts
how often it was written lower case, capitalised ("Salvador") or in capitals ("NATO") where its
casing tells something: not at the start of a sentence, and not in a sentence that is mostly
capitalised words (a title-case heading) or mostly capitals (shouting). Only counts are kept,
no text; words seen only capitalised are left out unless seen at least ``min_count`` times, since
an unknown word is capitalised anyway.

Sources: the TRAIN splits of UD English EWT (CC BY-SA 4.0) and of the CC BY genres of GUM
(test and dev documents, listed in ``files.test`` / ``files.dev``, are never read). The table is
a model derived from them, like the bundled spaCy pipeline, and carries the same attribution.

Usage::

    python -m lapwing.segment.training.truecase_table [--data /work/shared/data] [--out PATH]
"""
from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from .corpora import _doc_lists, read_conllu

WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
#: The casing classes, in the table's column order.
CASINGS = ("lower", "title", "upper")
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "data" / "truecase_table.tsv"
HEADER = (
    "# Casing table for truecasing all-capitals text (lapwing.segment.truecase).\n"
    "# Trained by `python -m lapwing.segment.training.truecase_table` from the TRAIN splits of\n"
    "# UD English EWT v2.15 (CC BY-SA 4.0) and GUM CC BY genres (CC BY 4.0): counts of how each\n"
    "# word was cased where its casing is informative (not sentence-initial, not in headings).\n"
    "# Licence of this derived table: CC BY-SA 4.0, like the bundled spaCy pipeline.\n"
    "# Columns: word (lower case), lower, title, upper (counts); form: the exact spelling when the\n"
    "# word's usual capitalised form is neither Title nor UPPER (\"McDonald\"), else empty.\n"
)


def casing_of(word: str) -> str | None:
    """``lower``, ``title``, ``upper`` (two letters or more, all capitals), or None (mixed)."""
    if word.islower():
        return "lower"
    if len(word) > 1 and word.isupper():
        return "upper"
    if word[:1].isupper() and (len(word) == 1 or word[1:].islower() or word[1:].replace("'", "").islower()):
        return "title"
    return None


def informative_words(text: str) -> list[str]:
    """The words of a sentence whose casing is informative (all but the first), or none when the
    sentence is a heading (most words capitalised) or shouting (most words in capitals)."""
    words = WORD.findall(text)
    if len(words) < 3:
        return []
    capitalised = sum(1 for w in words if w[:1].isupper())
    if capitalised > 0.6 * len(words):
        return []
    return words[1:]


def count_casings(texts: Iterable[str]) -> tuple[dict[str, Counter[str]], dict[str, Counter[str]]]:
    """Casing counts per lower-cased word, and the mixed-case spellings seen."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    mixed: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        for word in informative_words(text):
            casing = casing_of(word)
            key = word.lower()
            if casing is None:
                mixed[key][word] += 1
                casing = "title"
            counts[key][casing] += 1
    return counts, mixed


def training_texts(data: Path) -> list[str]:
    """Sentence texts of the EWT and GUM train splits."""
    ewt = data / "ud-english-ewt" / "en_ewt-ud-train.conllu"
    gum = data / "gum-ccby"
    dev, test = _doc_lists(gum)
    texts = [s.text for s in read_conllu(ewt)]
    for path in sorted(gum.glob("*.conllu")):
        if path.stem in dev or path.stem in test:
            continue
        texts += [s.text for s in read_conllu(path)]
    return texts


def write_table(out: Path, counts: dict[str, Counter[str]], mixed: dict[str, Counter[str]], *,
                min_count: int = 2) -> int:
    rows = []
    for key in sorted(counts):
        c = counts[key]
        if not c["lower"] and not c["upper"] and key not in mixed and c["title"] < min_count:
            continue
        # a mixed spelling ("McDonald", "iPhone") replaces Title when it is at least half the capitalised uses
        spelling, seen = mixed[key].most_common(1)[0] if key in mixed else ("", 0)
        form = spelling if seen and 2 * seen >= c["title"] else ""
        rows.append("\t".join([key, *(str(c[k]) for k in CASINGS), form]))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(HEADER + "word\tlower\ttitle\tupper\tform\n" + "\n".join(rows) + "\n", encoding="utf8")
    return len(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[5] / "shared" / "data")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--min-count", type=int, default=2)
    args = parser.parse_args(argv)
    texts = training_texts(args.data)
    counts, mixed = count_casings(texts)
    n = write_table(args.out, counts, mixed, min_count=args.min_count)
    print(f"{len(texts)} sentences, {len(counts)} words, {n} rows -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
