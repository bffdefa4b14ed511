#!/usr/bin/env python
"""Evaluate Lapwing's spaCy pipeline on held-out UD / NER data and write docs/syntax.md.

Test sets (never used for training or model selection):

* UD English EWT test (``en_ewt-ud-test.conllu``), with Universal NER
  English-EWT test entities (PER/ORG/LOC -> PERSON/ORG/LOC);
* GUM news test documents (``GUM_news_nasa``, ``GUM_news_sensitive``, from
  GUM's official ``files.test``), entities converted as in training
  (named person/organization/place mentions -> PERSON/ORG/LOC);
* all GUM CC BY test documents (syntax only, for reference).

The pipeline reads raw text (its own tokenizer and sentence splitter); the
scores are computed on aligned tokens with spaCy's Scorer. LAS/UAS count
every token including punctuation (CoNLL 2018 style); spaCy's usual LAS,
which skips punctuation, is reported in the ``las_nopunct`` column.
Speed: words per second of the full pipeline with one thread, on raw text.

Usage:
    python scripts/evaluate_syntax.py [--model NAME_OR_PATH] [--data DIR] [--out docs/syntax.md]
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import platform
import sys
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from lapwing.segment.nlp import load_pipeline, pipeline_info  # noqa: E402
from lapwing.segment.training.train import (  # noqa: E402
    attach_entities,
    read_conllu,
    sentences_to_docs,
)

GUM_NEWS_TEST = ["GUM_news_nasa", "GUM_news_sensitive"]


def _examples(nlp, ref_docs):
    from spacy.training import Example

    texts = [d.text for d in ref_docs]
    preds = list(nlp.pipe(texts, batch_size=64))
    return [Example(p, r) for p, r in zip(preds, ref_docs)]


def score(nlp, ref_docs, *, with_ents: bool) -> dict:
    from spacy.scorer import Scorer, get_ner_prf

    examples = _examples(nlp, ref_docs)
    out = {
        "words": sum(len(d) for d in ref_docs),
        "upos": Scorer.score_token_attr(examples, "pos")["pos_acc"],
        "xpos": Scorer.score_token_attr(examples, "tag")["tag_acc"],
        "lemma": Scorer.score_token_attr(examples, "lemma")["lemma_acc"],
    }

    def dep_getter(token, attr):
        return token.dep_.lower()

    def head_getter(token, attr):
        return token.head

    deps_all = Scorer.score_deps(examples, "dep", getter=dep_getter, head_getter=head_getter, ignore_labels=())
    deps_np = Scorer.score_deps(
        examples, "dep", getter=dep_getter, head_getter=head_getter, ignore_labels=("punct", "p")
    )
    out["uas"] = deps_all["dep_uas"]
    out["las"] = deps_all["dep_las"]
    out["las_nopunct"] = deps_np["dep_las"]
    sents = Scorer.score_spans(examples, "sents", has_annotation=lambda d: d.has_annotation("SENT_START"))
    out["sents_f"] = sents["sents_f"]
    if with_ents:
        prf = get_ner_prf(examples)
        out["ents_p"], out["ents_r"], out["ents_f"] = prf["ents_p"], prf["ents_r"], prf["ents_f"]
        out["ents_per_type"] = prf["ents_per_type"]
    return out


def speed(nlp, texts, repeats: int = 2) -> dict:
    """Words/second of the full pipeline on raw text (best of ``repeats`` passes).

    ``words_per_second`` divides by the process's CPU time (one thread), so it
    does not depend on other load on a shared machine; the wall-clock figure
    is given too.
    """
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
    except Exception:
        pass
    list(nlp.pipe(texts[:50]))  # warm-up
    best_wall = best_cpu = 0.0
    words = 0
    for _ in range(repeats):
        w0, c0 = time.perf_counter(), time.process_time()
        words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=256))
        wall, cpu = time.perf_counter() - w0, time.process_time() - c0
        best_wall = max(best_wall, words / wall)
        best_cpu = max(best_cpu, words / cpu)
    return {"words": words, "words_per_second": best_cpu, "words_per_wall_second": best_wall}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default=None, help="pipeline name or path (default: bundled en_lapwing_news)")
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "syntax.md")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)

    import spacy

    data = args.data
    ewt = data / "ud-english-ewt"
    gum = data / "gum-ccby"
    uner = data / "uner-english-ewt"
    for folder in (ewt, gum, uner):
        if not folder.exists():
            print(f"missing data folder {folder}", file=sys.stderr)
            return 2

    nlp = load_pipeline(args.model)
    info = pipeline_info(nlp)
    vocab = spacy.blank("en").vocab

    ewt_test = read_conllu(ewt / "en_ewt-ud-test.conllu")
    gum_test_ids = (gum / "files.test").read_text().split()
    gum_test = {doc: read_conllu(gum / f"{doc}.conllu") for doc in gum_test_ids if (gum / f"{doc}.conllu").exists()}
    gum_news = [s for d in GUM_NEWS_TEST for s in gum_test[d]]
    gum_all = [s for sents in gum_test.values() for s in sents]
    attach_entities({"test": ewt_test}, [uner / "uner_en_ewt-test.iob2"])
    attach_entities({"test": gum_news}, [gum / f"{d}.conllu" for d in GUM_NEWS_TEST])

    results = {
        "EWT test (+UNER test)": score(nlp, sentences_to_docs(vocab, ewt_test), with_ents=True),
        "GUM news test (nasa, sensitive)": score(nlp, sentences_to_docs(vocab, gum_news), with_ents=True),
        f"GUM test, all {len(gum_test)} CC BY docs": score(nlp, sentences_to_docs(vocab, gum_all), with_ents=False),
    }
    texts = [d.text for d in sentences_to_docs(vocab, ewt_test + gum_all)]
    spd = speed(nlp, texts)

    print(json.dumps({"pipeline": info, "results": results, "speed": spd}, indent=2))
    if not args.no_write:
        write_markdown(args.out, info, results, spd, argv)
        print(f"wrote {args.out}")
    return 0


def _pct(x):
    return "–" if x is None else f"{100 * x:.1f}"


def write_markdown(out: Path, info: dict, results: dict, spd: dict, argv) -> None:
    cmd = "python scripts/evaluate_syntax.py" + ("".join(f" {a}" for a in argv) if argv else "")
    size_mb = (info["size_bytes"] or 0) / 1e6
    lines = [
        "# Syntax pipeline: accuracy and speed",
        "",
        f"Pipeline `{info['name']}` {info['version']} ({', '.join(info['components'])}), "
        f"{size_mb:.1f} MB on disk, spaCy {spacy_version()}.",
        "",
        f"Measured {_dt.date.today().isoformat()} with `{cmd}` "
        f"(Python {platform.python_version()}, {platform.machine()}, one thread).",
        "",
        "The pipeline reads raw text (its own tokenization and sentence splitting); scores are on "
        "tokens aligned to the gold words. LAS/UAS include punctuation; `LAS-p` leaves it out "
        "(spaCy's usual figure). Entities: PERSON/ORG/LOC, exact span and type.",
        "",
        "| test set | words | UPOS | XPOS | lemma | UAS | LAS | LAS-p | sent F | ent P | ent R | ent F1 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r in results.items():
        lines.append(
            f"| {name} | {r['words']} | {_pct(r['upos'])} | {_pct(r['xpos'])} | {_pct(r['lemma'])} | "
            f"{_pct(r['uas'])} | {_pct(r['las'])} | {_pct(r['las_nopunct'])} | {_pct(r['sents_f'])} | "
            f"{_pct(r.get('ents_p'))} | {_pct(r.get('ents_r'))} | {_pct(r.get('ents_f'))} |"
        )
    lines += ["", "Entity F1 by type:", "", "| test set | PERSON | ORG | LOC |", "|---|---:|---:|---:|"]
    for name, r in results.items():
        per = r.get("ents_per_type")
        if per:
            cells = " | ".join(
                f"{_pct(per[t]['f'])}" if t in per else "–" for t in ("PERSON", "ORG", "LOC")
            )
            lines.append(f"| {name} | {cells} |")
    lines += [
        "",
        f"Speed: **{spd['words_per_second']:,.0f} words per CPU-second** for the full pipeline on one "
        f"thread ({spd['words_per_wall_second']:,.0f} words per wall-clock second on the shared "
        f"machine; {spd['words']} words of EWT + GUM test text, `nlp.pipe`, best of 2 passes).",
        "",
        "Targets from the issue: UPOS >= 95%, LAS >= 85% on news-like text, entity F1 >= 0.75 "
        "on GUM news test, >= 10,000 words/s on one core.",
        "",
        "Known gaps: LAS is about 80 (target 85) and entity F1 on GUM news test well below 0.75. "
        "Many entity errors on GUM news are convention differences between the two training "
        "sources: GUM marks museums, airports and centres as places and keeps titles inside person "
        "names (\"NASA Administrator Charles Bolden\"), while UNER/OntoNotes-style annotation "
        "calls facilities ORG and leaves titles out. Speed relies on `load_pipeline` running the "
        "CNN layers with numpy's matrix multiply (`lapwing.segment.nlp.use_fast_cpu_ops`); with "
        "thinc's default blis kernels the tok2vec layer is about 5x slower on these AMD EPYC hosts.",
        "",
        "Data: UD English EWT v2.15 test; GUM (CC BY genres) official test documents; Universal NER "
        "English-EWT test. GUM entities are converted as in training "
        "(`lapwing.segment.training.train.gum_named_entities`). The GUM news test set is small "
        "(two documents), so its entity scores are noisy.",
        "",
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines), encoding="utf8")


def spacy_version() -> str:
    import spacy

    return spacy.__version__


if __name__ == "__main__":
    sys.exit(main())
