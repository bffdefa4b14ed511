#!/usr/bin/env python
"""Measure truecasing (``segment.truecase``): UPOS, LAS and entity F1 of the bundled pipeline on
the EWT test and GUM news test texts as written, and UPPER-CASED without and with truecasing.

The upper-cased text keeps the length of the original, character for character; the pipeline
reads it (or its truecased copy) and its tokens are given back the original characters before
scoring, as the segment stage does. On text as written, it also checks that truecasing leaves
every document unchanged. Prints a table; writes nothing.

Usage:
    python scripts/evaluate_truecase.py [--data DIR]
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from lapwing.segment.casing_resources import load_casing_resources  # noqa: E402
from lapwing.segment.nlp import load_pipeline  # noqa: E402
from lapwing.segment.scope import CandidateTest  # noqa: E402
from lapwing.segment.training.train import attach_entities, read_conllu, sentences_to_docs  # noqa: E402
from lapwing.segment.truecase import Truecaser  # noqa: E402

GUM_NEWS_TEST = ["GUM_news_nasa", "GUM_news_sensitive"]


def upper_same_length(text: str) -> str:
    return "".join(ch.upper() if len(ch.upper()) == 1 else ch for ch in text)


def with_original_text(pred, text: str):
    """A copy of a predicted Doc whose words are the original characters at the same offsets."""
    from spacy.tokens import Doc

    words = [text[t.idx:t.idx + len(t.text)] for t in pred]
    ents = ["O" if not t.ent_type_ else f"{t.ent_iob_}-{t.ent_type_}" for t in pred]
    return Doc(pred.vocab, words=words, spaces=[bool(t.whitespace_) for t in pred],
               pos=[t.pos_ for t in pred], tags=[t.tag_ for t in pred], lemmas=[t.lemma_ for t in pred],
               heads=[t.head.i for t in pred], deps=[t.dep_ for t in pred], ents=ents)


def score(nlp, refs, transform) -> dict:
    from spacy.scorer import Scorer, get_ner_prf
    from spacy.training import Example

    texts = [d.text for d in refs]
    preds = list(nlp.pipe([transform(t) for t in texts], batch_size=64))
    examples = [Example(with_original_text(p, t), r) for p, t, r in zip(preds, texts, refs)]
    deps = Scorer.score_deps(examples, "dep", getter=lambda tok, attr: tok.dep_.lower(),
                             head_getter=lambda tok, attr: tok.head, ignore_labels=())
    out = {"upos": Scorer.score_token_attr(examples, "pos")["pos_acc"], "las": deps["dep_las"]}
    if all(r.has_annotation("ENT_IOB") for r in refs):
        out["ents_f"] = get_ner_prf(examples)["ents_f"]
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    args = parser.parse_args(argv)
    import spacy

    ewt_test = read_conllu(args.data / "ud-english-ewt" / "en_ewt-ud-test.conllu")
    gum = args.data / "gum-ccby"
    gum_news = [s for d in GUM_NEWS_TEST for s in read_conllu(gum / f"{d}.conllu")]
    attach_entities({"test": ewt_test}, [args.data / "uner-english-ewt" / "uner_en_ewt-test.iob2"])
    attach_entities({"test": gum_news}, [gum / f"{d}.conllu" for d in GUM_NEWS_TEST])
    vocab = spacy.blank("en").vocab
    sets = {"EWT test": sentences_to_docs(vocab, ewt_test), "GUM news test": sentences_to_docs(vocab, gum_news)}

    nlp = load_pipeline()
    truecaser = Truecaser(load_casing_resources(
        trigger_forms=frozenset(CandidateTest.from_config(None).triggers)))
    variants = {
        "as written": lambda t: t,
        "as written, truecase auto": truecaser.restore,
        "UPPER, truecase off": upper_same_length,
        "UPPER, truecase auto": lambda t: truecaser.restore(upper_same_length(t)),
    }
    print("| test set | text | UPOS | LAS | ent F1 |\n|---|---|---:|---:|---:|")
    for name, refs in sets.items():
        changed = sum(1 for d in refs if truecaser.restore(d.text) != d.text)
        for label, transform in variants.items():
            r = score(nlp, refs, transform)
            ents = f"{100 * r['ents_f']:.1f}" if "ents_f" in r else "-"
            print(f"| {name} | {label} | {100 * r['upos']:.1f} | {100 * r['las']:.1f} | {ents} |", flush=True)
        print(f"({name}: {changed} of {len(refs)} documents as written changed by truecasing)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
