"""A pipeline composed of two trained ones: one pipeline's tagging and parsing, another's entities.

Lapwing's event rules read the parser's trees, and every retrained parser so far, better on the
treebanks or not, changed the coded events for the worse on the development and held-out news
(docs/syntax-training.md). The entity recogniser is different: it only proposes names, and a
pipeline trained with word vectors finds many more of them. :func:`compose` therefore keeps the
*base* pipeline's tok2vec, tagger, morphologizer, lemmatizer and parser exactly as they are and
takes the entity recogniser from the *entities* pipeline, with its own copy of the tok2vec it was
trained with (spaCy's ``replace_listeners``) and that pipeline's word vectors::

    python -m lapwing.segment.training.compose --base src/lapwing/segment/models/en_lapwing_news \\
        --entities /tmp/vectors/en_lapwing_news --out /tmp/composed --version 0.3.0

Tags, lemmas and parses of the composed pipeline are those of the base; entities are those of
the other pipeline (both tested). The price is a second tok2vec at run time.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path
from typing import Sequence


def compose(base: Path, entities: Path, out: Path, *, version: str | None = None):
    """Write ``out``: ``base`` with its ``ner`` replaced by ``entities``' ``ner`` (own tok2vec and vectors).

    Returns the composed ``Language``. Raises ValueError when either pipeline lacks an entity recogniser.
    """
    import spacy

    from lapwing.segment import clusters, word_vectors  # noqa: F401 - register Lapwing's architectures

    nlp = spacy.load(base)
    source = spacy.load(entities)
    for name, pipeline in (("base", nlp), ("entities", source)):
        if "ner" not in pipeline.pipe_names:
            raise ValueError(f"the {name} pipeline has no entity recogniser (ner): {pipeline.pipe_names}")
    # the shared tok2vec the entity recogniser listens to (if any) becomes its own copy
    for name in [name for name, proc in source.pipeline if "ner" in getattr(proc, "listener_map", {})]:
        source.replace_listeners(name, "ner", ["model.tok2vec"])
    position = nlp.pipe_names.index("ner")
    nlp.remove_pipe("ner")
    nlp.vocab.vectors = source.vocab.vectors  # read by the entity recogniser's own tok2vec
    nlp.add_pipe("ner", source=source, before=nlp.pipe_names[position] if position < len(nlp.pipe_names) else None)
    meta = dict(nlp.meta)
    sources = list(meta.get("sources", []))
    sources += [s for s in source.meta.get("sources", []) if s not in sources]
    meta["sources"] = sources
    if version:
        meta["version"] = version
    meta["lapwing_composed"] = {
        "base": {"name": nlp.meta.get("name"), "version": nlp.meta.get("version"),
                 "training": nlp.meta.get("lapwing_training")},
        "entities": {"name": source.meta.get("name"), "version": source.meta.get("version"),
                     "training": source.meta.get("lapwing_training")},
        "recipe": "python -m lapwing.segment.training.compose",
    }
    nlp.meta.clear()
    nlp.meta.update(meta)
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    return nlp


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lapwing.segment.training.compose",
                                     description="Compose one pipeline's tagging and parsing with another's entities.")
    parser.add_argument("--base", type=Path, required=True, help="pipeline whose tok2vec, tagger, parser ... are kept")
    parser.add_argument("--entities", type=Path, required=True, help="pipeline whose entity recogniser is taken")
    parser.add_argument("--out", type=Path, required=True, help="where to write the composed pipeline")
    parser.add_argument("--version", default=None, help="version for the composed pipeline's meta")
    args = parser.parse_args(argv)
    nlp = compose(args.base, args.entities, args.out, version=args.version)
    print(f"[lapwing] {nlp.pipe_names} written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
