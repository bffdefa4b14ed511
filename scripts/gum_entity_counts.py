"""How many named entities the GUM conversion finds per split, and how many of them hold a word
that the treebank tags as part of a name (XPOS NNP/NNPS) under another part of speech.

    python scripts/gum_entity_counts.py [--gum ../shared/data/gum-ccby]

Those are the names the conversion cut before 2026-11-27 ("United States" -> "States": GUM tags
"United" VERB with XPOS NNP; docs/syntax-training.md, "A conversion fix"). Prints one line per
split (train, dev, test) and one for the two GUM news test documents the entity scores use.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from lapwing.segment.training.corpora import _doc_lists, gum_named_entities, read_conllu, split_of  # noqa: E402

NEWS_TEST = ("GUM_news_nasa", "GUM_news_sensitive")
_NAME_POS = ("PROPN", "NUM", "ADJ", "NOUN")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gum", type=Path, default=REPO.parent / "shared" / "data" / "gum-ccby")
    args = parser.parse_args(argv)
    files = sorted(args.gum.glob("*.conllu"))
    if not files:
        print(f"no GUM .conllu files in {args.gum}", file=sys.stderr)
        return 2
    dev, test = _doc_lists(args.gum)
    counts: dict[str, list[int]] = {}
    for path in files:
        groups = [split_of(path, dev, test)] + (["news test documents"] if path.stem in NEWS_TEST else [])
        for sent in read_conllu(path):
            for start, end, _ in gum_named_entities(sent):
                tagged = any(sent.xpos[i] in ("NNP", "NNPS") and sent.upos[i] not in _NAME_POS
                             for i in range(start, end))
                for group in groups:
                    tally = counts.setdefault(group, [0, 0])
                    tally[0] += 1
                    tally[1] += tagged
    for group in ("train", "dev", "test", "news test documents"):
        total, tagged = counts.get(group, [0, 0])
        print(f"{group}: {total:,} named entities, {tagged:,} with a word tagged NNP under another part of speech")
    return 0


if __name__ == "__main__":
    sys.exit(main())
