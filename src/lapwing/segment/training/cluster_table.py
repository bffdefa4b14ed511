"""The Brown-cluster table the recipe copies into the trained pipeline.

Read from the ``spacy-lookups-data`` package (``pip install
spacy-lookups-data``, MIT licence), needed only to train: its
``en_lexeme_cluster`` table gives a cluster path for about 190,000 word forms
(0 for the others, which are left out) and ``en_lexeme_prob`` their log
frequency. A lower-case key is added for each word whose lower-case form has
no cluster of its own, taken from its most frequent spelling ("libya" gets
the cluster of "Libya"), so words written in an unusual case still find one
(:func:`lapwing.segment.clusters.cluster_ids` looks a token up by its form,
then by its lower case).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path


def _data_file(name: str) -> Path:
    try:
        import spacy_lookups_data
    except ImportError as exc:
        from lapwing.errors import ResourceError

        raise ResourceError(
            "training with word clusters needs the spacy-lookups-data package: pip install spacy-lookups-data"
        ) from exc
    path = Path(spacy_lookups_data.__file__).parent / "data" / name
    if not path.exists():
        from lapwing.errors import ResourceError

        raise ResourceError(f"{path} is missing from the installed spacy-lookups-data package")
    return path


def cluster_table(clusters: dict[str, int], prob: dict[str, float]) -> dict[str, int]:
    """Word form -> cluster integer, nonzero only, with the lower-case keys added.

    A lower-case key without a cluster of its own takes the cluster of its
    most frequent spelling (by ``prob``, a log frequency; ties by spelling).
    """
    table = {w: int(c) for w, c in clusters.items() if int(c) > 0}
    for word in sorted(table, key=lambda w: (-prob.get(w, -99.0), w)):
        table.setdefault(word.lower(), table[word])
    return table


def brown_clusters() -> dict[str, int]:
    """:func:`cluster_table` of the clusters and frequencies in spacy-lookups-data."""
    with gzip.open(_data_file("en_lexeme_cluster.json.gz"), "rt", encoding="utf8") as fh:
        clusters = json.load(fh)
    with gzip.open(_data_file("en_lexeme_prob.json.gz"), "rt", encoding="utf8") as fh:
        prob = json.load(fh)
    return cluster_table(clusters, prob)


def add_cluster_table(nlp) -> None:
    """Put :func:`brown_clusters` in the pipeline's vocab (replacing any cluster table there)."""
    from lapwing.segment.clusters import TABLE

    if nlp.vocab.lookups.has_table(TABLE):
        nlp.vocab.lookups.remove_table(TABLE)
    nlp.vocab.lookups.add_table(TABLE, brown_clusters())


def register_callbacks() -> None:
    """``lapwing.add_clusters.v1`` (before_init) and ``lapwing.grow_tok2vec.v1`` (after_init)."""
    from spacy.util import registry

    from lapwing.segment.clusters import make_grow_callback

    if "lapwing.add_clusters.v1" not in registry.callbacks.get_all():
        @registry.callbacks("lapwing.add_clusters.v1")
        def make_add_clusters():
            def before_init(nlp):
                add_cluster_table(nlp)
                return nlp

            return before_init

    if "lapwing.grow_tok2vec.v1" not in registry.callbacks.get_all():
        @registry.callbacks("lapwing.grow_tok2vec.v1")
        def make_grow(source: str):
            return make_grow_callback(source)
