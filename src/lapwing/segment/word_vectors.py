"""Pretrained word vectors as features of the pipeline's shared tok2vec.

The bundled pipeline learns its word representations from about 350,000
words of treebank text. Word vectors learned from billions of words of news
and encyclopaedia text tell the parser and the entity recogniser what a word
they never saw in training is like ("Misrata" is a place like "Benghazi").
spaCy's own way to use them is ``spacy.MultiHashEmbed.v2`` with
``include_static_vectors``; this module's architecture does the same with two
differences:

- the vectors the recipe uses (GloVe 6B) are lower-cased, so they are looked
  up by the token's lower-case form (:func:`lower_case_vectors`). spaCy's
  ``StaticVectors`` reads the key attribute from the vectors table
  (``Vectors(attr=...)``), but spaCy 3.8 saves that attribute only for floret
  tables: a default table saved with ``attr="LOWER"`` loads back as ``ORTH``,
  and "Libya" would no longer find the vector of "libya";
- it can also embed Brown-cluster prefixes (:mod:`lapwing.segment.clusters`),
  and its hash embeddings are built exactly as spaCy's (same columns, rows and
  seeds), so a pipeline trained without vectors can be grown into one with
  them (:func:`lapwing.segment.clusters.grow_tok2vec`): the mixing layer gets
  zero weights for the vector input, so the grown tok2vec computes exactly what
  the old one did.

The vectors themselves are saved in the trained pipeline's vocabulary
(``vocab/vectors``), so nothing is fetched at run time; how the recipe builds
the table is in :mod:`lapwing.segment.training.vector_table`.
"""

from __future__ import annotations

from typing import List

ARCHITECTURE = "lapwing.VectorsHashEmbedCNN.v1"


def lower_case_vectors(width: int):
    """A thinc layer: each token's vector from the vocab's table, found by the token's lower-case
    form (a zero vector when it has none), projected to ``width`` by a learned matrix ``W``.

    It has the name and the parameter of spaCy's ``StaticVectors`` (``static_vectors``, ``W`` of
    shape (width, vector dimensions)), and computes what that layer computes when the table's
    key attribute is ``LOWER``.
    """
    from spacy.attrs import LOWER
    from thinc.api import Model
    from thinc.initializers import glorot_uniform_init
    from thinc.types import Ragged

    def forward(model, docs, is_train: bool):
        ops = model.ops
        lengths = [len(doc) for doc in docs]
        if not sum(lengths):
            return Ragged(ops.alloc2f(0, model.get_dim("nO")), ops.alloc1i(0)), lambda d: []
        table = docs[0].vocab.vectors
        keys = ops.flatten([doc.to_array(LOWER) for doc in docs])
        rows = table.find(keys=keys)
        found = ops.as_contig(ops.asarray(table.data)[rows])
        found[rows < 0] = 0
        W = ops.as_contig(model.get_param("W"))
        output = Ragged(ops.gemm(found, W, trans2=True), ops.asarray1i(lengths))

        def backprop(d_output):
            model.inc_grad("W", ops.gemm(ops.as_contig(d_output.data), found, trans1=True))
            return []

        return output, backprop

    def init(model, X=None, Y=None):
        if X:
            model.set_dim("nM", X[0].vocab.vectors.shape[1])
        if not model.has_dim("nM") or not model.get_dim("nM"):
            raise ValueError("the static-vectors layer needs a vectors table in the vocab before initialising")
        model.set_param("W", glorot_uniform_init(model.ops, (model.get_dim("nO"), model.get_dim("nM"))))
        return model

    return Model("static_vectors", forward, init=init, params={"W": None}, dims={"nO": width, "nM": None})


def _register() -> None:
    from spacy.util import registry

    if ARCHITECTURE in registry.architectures.get_all():
        return

    @registry.architectures(ARCHITECTURE)
    def vectors_hash_embed_cnn(width: int, depth: int, embed_size: int, window_size: int, maxout_pieces: int,
                               cluster_prefixes: List[int], cluster_rows: int):
        """spaCy's HashEmbedCNN.v2 with static vectors (and optional cluster prefixes)."""
        from spacy.ml.featureextractor import FeatureExtractor
        from thinc.api import Maxout, chain, concatenate, list2ragged, ragged2list, with_array

        from .clusters import BASE_ATTRS, cluster_features, hash_embeddings, with_cnn

        if any(int(k) < 1 for k in cluster_prefixes):
            raise ValueError("cluster_prefixes: prefix lengths must be at least 1 bit")
        embeddings = hash_embeddings(width, embed_size, cluster_prefixes, cluster_rows)
        features = cluster_features(BASE_ATTRS, cluster_prefixes) if cluster_prefixes \
            else FeatureExtractor(list(BASE_ATTRS))
        hashed = chain(features, list2ragged(), with_array(concatenate(*embeddings)))
        embed = chain(
            concatenate(hashed, lower_case_vectors(width)),
            with_array(Maxout(width, width * (len(embeddings) + 1), nP=3, dropout=0.0, normalize=True)),
            ragged2list(),
        )
        return with_cnn(embed, width, depth, window_size, maxout_pieces)

    return None


_register()
