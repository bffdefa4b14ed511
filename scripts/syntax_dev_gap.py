#!/usr/bin/env python
"""How much of the parser's labelled attachment score raw text costs, on development documents.

Scores a pipeline on the development split of GUM's CC BY documents (``files.dev``) or of UD
English EWT twice: reading the raw text with its paragraph breaks (its own tokenizer and sentence
splitter, as ``scripts/evaluate_syntax.py`` scores the test sets) and reading the gold words and
sentences. It also counts the gold words the tokenizer does not produce. The test documents are
not read, so the split can be looked at freely.

Usage:
    python scripts/syntax_dev_gap.py [--model NAME_OR_PATH] [--split gum-dev|ewt-dev] [--data DIR]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))

from evaluate_syntax import paragraph_texts, score, score_on_gold_words  # noqa: E402
from lapwing.segment.nlp import load_pipeline  # noqa: E402
from lapwing.segment.training.train import read_conllu, sentences_to_docs  # noqa: E402


def missed_words(nlp, docs, texts) -> tuple[int, int]:
    """(gold words whose character span no predicted token has, gold words)."""
    missed = total = 0
    for doc, text in zip(docs, texts):
        pos, gold = 0, set()
        for tok in doc:
            start = text.find(tok.text, pos)
            if start < 0:
                raise ValueError(f"gold word {tok.text!r} not found in the document's text after offset {pos}")
            gold.add((start, start + len(tok.text)))
            pos = start + len(tok.text)
        predicted = {(t.idx, t.idx + len(t.text)) for t in nlp(text)}
        missed += len(gold - predicted)
        total += len(gold)
    return missed, total


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default=None, help="pipeline name or path (default: bundled en_lapwing_news)")
    parser.add_argument("--split", choices=("gum-dev", "ewt-dev"), default="gum-dev")
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    args = parser.parse_args(argv)
    import spacy

    if args.split == "gum-dev":
        gum = args.data / "gum-ccby"
        if not (gum / "files.dev").exists():
            print(f"missing {gum / 'files.dev'}", file=sys.stderr)
            return 2
        ids = (gum / "files.dev").read_text().split()
        sentences = [s for d in ids if (gum / f"{d}.conllu").exists() for s in read_conllu(gum / f"{d}.conllu")]
    else:
        path = args.data / "ud-english-ewt" / "en_ewt-ud-dev.conllu"
        if not path.exists():
            print(f"missing {path}", file=sys.stderr)
            return 2
        sentences = read_conllu(path)
    nlp = load_pipeline(args.model)
    docs = sentences_to_docs(spacy.blank("en").vocab, sentences)
    texts = paragraph_texts(docs, sentences)
    raw = score(nlp, docs, with_ents=False, texts=texts)
    gold = score_on_gold_words(nlp, spacy.blank("en").vocab, sentences)
    missed, total = missed_words(nlp, docs, texts)
    print(json.dumps({"split": args.split, "documents": len(docs), "words": total,
                      "las_raw_text_with_paragraphs": round(raw["las"] * 100, 2),
                      "las_gold_words": round(gold["las"] * 100, 2),
                      "sentence_f1_raw_text": round(raw["sents_f"] * 100, 2),
                      "gold_words_not_tokenized": missed}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
