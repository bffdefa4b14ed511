"""Loading Lapwing's spaCy pipeline.

``load_pipeline()`` (or ``load_pipeline("en_lapwing_news")``) loads the small
English pipeline shipped inside the package (``segment/models/en_lapwing_news``,
trained by :mod:`lapwing.segment.training.train`); it needs no network and no
installed spaCy model package. Any other name is handed to :func:`spacy.load`
(an installed pipeline package such as ``en_core_web_sm`` or a path to a
pipeline directory).

Nothing is cached here: loading takes about a second, and callers that need
the pipeline repeatedly keep the returned object.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import spacy

BUNDLED_NAME = "en_lapwing_news"
MODELS_DIR = Path(__file__).resolve().parent / "models"


def bundled_model_path(name: str = BUNDLED_NAME) -> Path:
    """Directory of a pipeline shipped as package data."""
    return MODELS_DIR / name


def _error(message: str) -> Exception:
    try:
        from lapwing.errors import ResourceError

        return ResourceError(message)
    except ImportError:  # pragma: no cover - errors module always present in releases
        from lapwing.errors import LapwingError

        return LapwingError(message)


def use_fast_cpu_ops(nlp: "spacy.Language") -> "spacy.Language":
    """Run every layer of the pipeline with numpy's BLAS instead of thinc's blis.

    On CPUs where blis falls back to its generic reference kernels (``bli_sgemm_generic_ref``
    on the AMD EPYC hosts Lapwing was built on), numpy's OpenBLAS multiplies several times
    faster. The tok2vec CNN, which dominates the run time, gains most (measured 5x); the parser
    and entity recogniser gain on the layer that precomputes each token's features (13% and 10%
    of their time with one BLAS thread, 2026-11-26, ``benchmarks/component_profile.py``).
    Their per-transition multiply is made by spaCy's compiled code through blis whatever the
    ops, so it is unchanged. Results are identical up to float rounding (the parses and entities
    of the benchmark's articles were identical). Only pipelines on plain CPU ops are touched (GPU
    pipelines are left alone). Lapwing codes with one BLAS thread per process
    (``lapwing.scale``); a caller who runs the pipeline with several should measure.
    """
    from thinc.api import NumpyOps

    fast = NumpyOps(use_blis=False)
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is None:
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:
                node.ops = fast
    return nlp


def _finish(nlp: "spacy.Language", *, fast_cpu: bool, news_rules: bool) -> "spacy.Language":
    if news_rules:
        from .sentence_rules import add_news_rules

        add_news_rules(nlp)
    return use_fast_cpu_ops(nlp) if fast_cpu else nlp


def load_pipeline(name: str | None = None, *, fast_cpu: bool = True, news_rules: bool = True) -> "spacy.Language":
    """Load a spaCy pipeline.

    ``None`` or ``"en_lapwing_news"``: the bundled pipeline (package data).
    Anything else: ``spacy.load(name)``, i.e. an installed package name or a
    path to a pipeline directory. With ``fast_cpu`` (default) the pipeline's
    CNN layers use numpy's matrix multiply (see :func:`use_fast_cpu_ops`).
    With ``news_rules`` (default) dotted news abbreviations ("Lt.", "U.N.")
    stay one token and the ``lapwing_sentence_rules`` component is added
    before the parser (sentence breaks at blank lines, none inside names; see
    :mod:`lapwing.segment.sentence_rules`).
    Raises ``lapwing.errors.ResourceError`` (a ``LapwingError``) with the
    reason when the pipeline cannot be loaded.
    """
    import spacy

    from . import clusters  # noqa: F401 - registers lapwing.ClusterHashEmbedCNN.v1 for pipelines that use it
    from . import word_vectors  # noqa: F401 - registers lapwing.VectorsHashEmbedCNN.v1

    if name is None or name == BUNDLED_NAME:
        path = bundled_model_path()
        if not (path / "config.cfg").exists():
            raise _error(
                f"the bundled spaCy pipeline {BUNDLED_NAME!r} is missing from {path}; "
                "reinstall lapwing or train it with `lapwing train-syntax` "
                "(python -m lapwing.segment.training.train)"
            )
        try:
            nlp = spacy.load(path)
        except Exception as exc:  # corrupt files, incompatible spaCy version
            raise _error(f"could not load the bundled spaCy pipeline from {path}: {exc}") from exc
        return _finish(nlp, fast_cpu=fast_cpu, news_rules=news_rules)

    target: str | Path = name
    if isinstance(name, str) and (Path(name).expanduser().exists() or "/" in name or name.startswith(".")):
        target = Path(name).expanduser()
    try:
        nlp = spacy.load(target)
    except OSError as exc:
        if isinstance(target, Path):
            hint = "it is not a spaCy pipeline directory (with config.cfg and meta.json)"
            if not target.exists():
                hint = "the path does not exist"
        else:
            hint = (
                "it is neither an installed spaCy pipeline package nor a path to a pipeline "
                f"directory; use {BUNDLED_NAME!r} (bundled) or install the package"
            )
        raise _error(f"cannot load spaCy pipeline {str(name)!r}: {hint}") from exc
    except Exception as exc:
        raise _error(f"cannot load spaCy pipeline {str(name)!r}: {exc}") from exc
    return _finish(nlp, fast_cpu=fast_cpu, news_rules=news_rules)


def _dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def pipeline_info(nlp: "spacy.Language") -> dict[str, Any]:
    """Name, version, components, on-disk size (bytes) and path of a pipeline, the spaCy
    releases it was made for (``spacy_version``, from its meta) and the one running it
    (``spacy_running``: speed depends on it, see docs/scale.md).

    ``path`` and ``size_bytes`` are None when the pipeline was not loaded from
    disk (e.g. ``spacy.blank``). ``vectors``: the word-vector table its tok2vec reads
    (rows, dimensions, words that find a vector), None when it has none.
    """
    import spacy

    meta = nlp.meta or {}
    path = getattr(nlp, "_path", None)
    path = Path(path) if path else None
    return {
        "name": f"{meta.get('lang', nlp.lang)}_{meta.get('name', 'pipeline')}",
        "version": meta.get("version"),
        "spacy_version": meta.get("spacy_version"),
        "spacy_running": spacy.__version__,
        "license": meta.get("license"),
        "components": list(nlp.pipe_names),
        "size_bytes": _dir_size(path) if path and path.exists() else None,
        "path": str(path) if path else None,
        "vectors": ({"rows": int(nlp.vocab.vectors.shape[0]), "dimensions": int(nlp.vocab.vectors.shape[1]),
                     "words": int(nlp.vocab.vectors.n_keys)} if nlp.vocab.vectors.shape[0] else None),
    }
