"""The spaCy training config of the recipe, and the callbacks it names.

:func:`training_config` reads ``syntax.cfg`` and fills in what a run needs:
the corpus paths, the seed, a time limit, and optionally which components
continue from an earlier pipeline (and whether those stay frozen).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Sequence

CONFIG_PATH = Path(__file__).with_name("syntax.cfg")
CLUSTER_PREFIXES = (4, 6, 10, 20)  # path prefixes in bits; 20 is the whole path (the longest has 18)
CLUSTER_ROWS = 2500
COMPONENTS = ("tok2vec", "tagger", "morphologizer", "trainable_lemmatizer", "parser", "ner")


def training_config(
    *,
    config_path: Path,
    corpus_dir: Path,
    seed: int,
    max_minutes: float,
    resume_from: Path | None = None,
    resume_components: Sequence[str] | None = None,
    freeze_resumed: bool = False,
    total_steps: int = 0,
    own_tok2vec: Sequence[str] = (),
    learn_rate: float | None = None,
    clusters: bool = False,
    keep_learning: Sequence[str] = (),
    vectors: Path | None = None,
    vector_rows: int | None = None,
    vector_remap: int | None = None,
):
    """The config of one training run (a ``thinc`` Config, not interpolated).

    ``resume_from``: a pipeline directory whose components (all of
    :data:`COMPONENTS`, or only ``resume_components``) are sourced instead of
    initialised; ``freeze_resumed`` lists them in ``training.frozen_components``
    so only the components built from the config learn. ``own_tok2vec``:
    resumed components (e.g. ``ner``) that get their own copy of the shared
    tok2vec (spaCy's ``replace_listeners``) and keep learning, with that copy,
    even when the other resumed components are frozen. ``keep_learning``:
    resumed components that go on learning from their weights while the
    other resumed ones stay frozen (with ``freeze_resumed``): ``ner`` over the
    frozen shared tok2vec changes only the entity recogniser's own layers, so
    the tags and parses stay exactly those of the resumed pipeline. ``total_steps`` > 0:
    the learning rate decays linearly to zero over that many steps (after 200
    warm-up steps) and training stops there. ``learn_rate``: the (initial)
    learning rate instead of the config's 0.001. ``clusters``: the shared
    tok2vec also embeds Brown-cluster prefixes (:mod:`lapwing.segment.clusters`;
    the cluster table is added to the vocab before initialisation and saved
    with the pipeline); with ``resume_from`` the tok2vec is not sourced but
    built with the extra embeddings and given the resumed pipeline's weights
    (new weights start at zero), and the other components are resumed.
    ``vectors``: a word-vector file (:mod:`lapwing.segment.training.vector_table`)
    whose ``vector_rows`` most frequent words (and ``vector_remap`` more, mapped to
    their nearest) the shared tok2vec reads by lower-case form
    (:mod:`lapwing.segment.word_vectors`); the table is saved with the pipeline, and
    with ``resume_from`` the tok2vec is grown as with ``clusters`` (both may be given).
    """
    from spacy.util import load_config

    _register_time_limit()
    _register_news_tokenizer()
    cfg = load_config(config_path, interpolate=False)
    # before any interpolation below fills ${system.seed} in (training.seed, the shuffling's seed)
    cfg["system"]["seed"] = seed
    cfg["nlp"]["after_creation"] = {"@callbacks": "lapwing.news_tokenizer.v1"}
    cfg["paths"]["train"] = str(Path(corpus_dir) / "train.spacy")
    cfg["paths"]["dev"] = str(Path(corpus_dir) / "dev.spacy")
    if clusters or vectors is not None:
        from .cluster_table import register_callbacks

        register_callbacks()
        cfg = cfg.interpolate()
        base = cfg["components"]["tok2vec"]["model"]
        cfg["components"]["tok2vec"]["model"] = {
            "@architectures": "lapwing.ClusterHashEmbedCNN.v1",
            **{key: base[key] for key in ("width", "depth", "embed_size", "window_size", "maxout_pieces")},
            "cluster_prefixes": list(CLUSTER_PREFIXES) if clusters else [],
            "cluster_rows": CLUSTER_ROWS,
        }
        cfg["initialize"]["before_init"] = {"@callbacks": "lapwing.add_clusters.v1"}
        if vectors is not None:
            from lapwing.segment.word_vectors import ARCHITECTURE

            from .vector_table import DEFAULT_REMAP, DEFAULT_ROWS
            from .vector_table import register_callbacks as register_vector_callbacks

            register_vector_callbacks()
            cfg["components"]["tok2vec"]["model"]["@architectures"] = ARCHITECTURE
            cfg["initialize"]["before_init"] = {
                "@callbacks": "lapwing.add_vectors.v1", "path": str(Path(vectors).resolve()),
                "rows": DEFAULT_ROWS if vector_rows is None else vector_rows,
                "remap": DEFAULT_REMAP if vector_remap is None else vector_remap, "clusters": clusters,
            }
        if resume_from is not None and not _reads_the_same(resume_from, cfg["components"]["tok2vec"]["model"]):
            resume_components = [c for c in (resume_components or COMPONENTS) if c != "tok2vec"]
            cfg["initialize"]["after_init"] = {
                "@callbacks": "lapwing.grow_tok2vec.v1", "source": str(Path(resume_from).resolve()),
            }
    if resume_from is not None:
        _register_resume_fix()
        cfg["nlp"]["after_pipeline_creation"] = {"@callbacks": "lapwing.resume_fix.v1"}
        resumed = list(resume_components or COMPONENTS)
        unknown = sorted(set(resumed) - set(cfg["nlp"]["pipeline"]))
        if unknown:
            raise ValueError(f"cannot resume components that are not in the pipeline: {', '.join(unknown)}")
        # values such as ${components.tok2vec.model.width} must be filled in
        # before the section they point to is replaced by a source
        cfg = cfg.interpolate()
        for name in resumed:
            cfg["components"][name] = {"source": str(Path(resume_from).resolve())}
        for name in own_tok2vec:
            if name not in resumed:
                raise ValueError(f"--own-tok2vec {name}: only a resumed component can copy the shared tok2vec")
            cfg["components"][name]["replace_listeners"] = ["model.tok2vec"]
        for name in keep_learning:
            if name not in resumed:
                raise ValueError(f"--keep-learning {name}: only a resumed component can keep learning")
        if freeze_resumed:
            frozen = [name for name in resumed if name not in own_tok2vec and name not in keep_learning]
            cfg["training"]["frozen_components"] = frozen
            annotating = _frozen_but_listened_to(cfg, frozen)
            if keep_learning and "tok2vec" in frozen:
                # a resumed component that keeps learning listens to the shared tok2vec,
                # which must then run (annotate) though it is frozen
                annotating = sorted({*annotating, "tok2vec"})
            cfg["training"]["annotating_components"] = annotating
        elif keep_learning:
            raise ValueError("keep_learning needs freeze_resumed (every resumed component learns otherwise)")
    elif own_tok2vec or keep_learning:
        raise ValueError("own_tok2vec and keep_learning need resume_from (a pipeline to resume)")
    rate = 0.001 if learn_rate is None else learn_rate
    if learn_rate is not None:
        cfg["training"]["optimizer"]["learn_rate"] = rate
    if total_steps > 0:
        cfg["training"]["max_steps"] = total_steps
        cfg["training"]["optimizer"]["learn_rate"] = {
            "@schedules": "warmup_linear.v1", "warmup_steps": 200,
            "total_steps": total_steps, "initial_rate": rate,
        }
    cfg["training"]["before_update"] = {"@callbacks": "lapwing.time_limit.v1", "max_minutes": max_minutes}
    if (clusters or vectors is not None) and resume_from is not None:
        cfg["training"]["before_update"]["relink_listeners"] = True
    return cfg


def _reads_the_same(resume_from: str | Path, model: dict) -> bool:
    """Whether the resumed pipeline's tok2vec already reads what ``model`` would (the same
    architecture and cluster prefixes: 0.3.0 resumed with ``--vectors``): then it is resumed, and
    frozen with the others under ``freeze_resumed``, instead of grown into a new one that learns."""
    from spacy.util import load_config

    path = Path(resume_from) / "config.cfg"
    if not path.exists():
        return False
    old = load_config(path, interpolate=False)["components"]["tok2vec"]["model"]
    return all(old.get(key) == model.get(key) for key in ("@architectures", "cluster_prefixes", "width", "depth"))


def _frozen_but_listened_to(cfg, frozen: Sequence[str]) -> list[str]:
    """Frozen tok2vec components that a trained component listens to.

    spaCy must run (annotate with) such a tok2vec during training, or the
    listening component gets no input.
    """
    listened = []
    for name, section in cfg["components"].items():
        if name in frozen or "source" in section:
            continue
        tok2vec = section.get("model", {}).get("tok2vec", {})
        if tok2vec.get("@architectures", "").startswith("spacy.Tok2VecListener"):
            upstream = tok2vec.get("upstream", "*")
            listened += [n for n in frozen if (upstream in ("*", n)) and n.endswith("tok2vec")]
    return sorted(set(listened))


class TrainingTimeUp(Exception):
    """Raised from the before_update callback once the time budget is spent."""


def _register_time_limit() -> None:
    from spacy.util import registry

    if "lapwing.time_limit.v1" in registry.callbacks.get_all():
        return

    @registry.callbacks("lapwing.time_limit.v1")
    def make_time_limit(max_minutes: float, relink_listeners: bool = False):
        deadline = time.monotonic() + max_minutes * 60.0
        linked = [not relink_listeners]

        def before_update(nlp, info):  # noqa: ARG001
            if not linked[0]:
                # spaCy initialises a new tok2vec with the sourced components disabled, and
                # linking then drops their listeners; link again with every component enabled
                nlp._link_components()
                linked[0] = True
            if time.monotonic() > deadline:
                raise TrainingTimeUp(f"time limit of {max_minutes} minutes reached at step {info['step']}")

        return before_update


def _register_news_tokenizer() -> None:
    """``lapwing.news_tokenizer.v1``: adds the abbreviation special cases after nlp creation.

    The special cases are saved with the tokenizer, so the shipped pipeline
    keeps them without this callback (``finalize_pipeline`` removes it from
    the saved config).
    """
    from spacy.util import registry

    if "lapwing.news_tokenizer.v1" in registry.callbacks.get_all():
        return

    @registry.callbacks("lapwing.news_tokenizer.v1")
    def make_news_tokenizer():
        from lapwing.segment.sentence_rules import add_abbreviation_special_cases

        return add_abbreviation_special_cases

    return None


def _register_resume_fix() -> None:
    """``lapwing.resume_fix.v1``: makes sourced trainable lemmatizers trainable again.

    spaCy 3.8's ``EditTreeLemmatizer.from_disk`` restores the labels but not
    the tree -> label map that its loss uses, so a sourced lemmatizer would
    learn label 0 for every token. This rebuilds the map after the pipeline is
    created (a no-op for freshly initialised components).
    """
    from spacy.util import registry

    if "lapwing.resume_fix.v1" in registry.callbacks.get_all():
        return

    @registry.callbacks("lapwing.resume_fix.v1")
    def make_resume_fix():
        from spacy.pipeline import EditTreeLemmatizer

        def fix(nlp):
            for _, proc in nlp.pipeline:
                if isinstance(proc, EditTreeLemmatizer):
                    for label, tree in enumerate(proc.labels):
                        proc.tree2label[tree] = label
            return nlp

        return fix

    return None
