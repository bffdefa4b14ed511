"""Word clusters as features of the pipeline's shared tok2vec.

The bundled pipeline learns its word representations from about 350,000
words of treebank text, too little to see most words of the news. Brown
clusters (Brown et al. 1992) group words that occur in similar contexts in a
much larger text: "Libya", "Russia", "Moscow" and "Tripoli" share a cluster
that no treebank word needs to have taught. Parsers and entity recognisers
trained on small treebanks gain from them (Koo et al. 2008; Turian et al.
2010).

The clusters come from the ``en_lexeme_cluster`` table of the
``spacy-lookups-data`` package (MIT licence; clusters computed by Explosion
for spaCy 2 on Reddit comments): about 190,000 words, each with a path in
the binary cluster tree, stored as an integer whose lowest bit is the first
step from the root, so ``cluster & (2**k - 1)`` is the path's prefix of
length ``k``: a coarser cluster. The table is needed only to train; the
training recipe copies it into the trained pipeline (``vocab/lookups.bin``,
table :data:`TABLE`), which is what is read at run time.

:func:`cluster_hash_embed_cnn` (registered as
``lapwing.ClusterHashEmbedCNN.v1``) is spaCy's ``HashEmbedCNN.v2`` (hash
embeddings of NORM, PREFIX, SUFFIX, SHAPE, then a CNN) with one more hash
embedding per cluster prefix length. The first four embeddings are built
exactly as spaCy builds them (same columns, rows and seeds), so the weights
of a pipeline trained without clusters can be carried over
(:func:`grow_tok2vec`) and training continues from there.
"""

from __future__ import annotations

from typing import Callable, List, Sequence

TABLE = "lexeme_cluster"  # spaCy's name: Lexeme.cluster reads the same table
BASE_ATTRS = ("NORM", "PREFIX", "SUFFIX", "SHAPE")


def _sorted_table(vocab):
    """The cluster table as sorted key and value arrays, kept on the table object itself and
    rebuilt when its size changes (a loaded pipeline's table never changes)."""
    import numpy

    if not vocab.lookups.has_table(TABLE):
        return None
    table = vocab.lookups.get_table(TABLE)
    kept = getattr(table, "_lapwing_sorted", None)
    if kept is not None and kept[0] == len(table):
        return kept[1], kept[2]
    keys = numpy.fromiter((int(k) for k in table.keys()), dtype="uint64", count=len(table))
    values = numpy.fromiter((int(v) for v in table.values()), dtype="uint64", count=len(table))
    order = numpy.argsort(keys)
    keys, values = keys[order], values[order]
    table._lapwing_sorted = (len(table), keys, values)
    return keys, values


def cluster_ids(doc_vocab, orths, lowers):
    """Cluster integer of each token: by its exact form, else its lower case, else 0."""
    import numpy

    found = _sorted_table(doc_vocab)
    out = numpy.zeros(len(orths), dtype="uint64")
    if found is None or len(found[0]) == 0 or len(orths) == 0:
        return out
    keys, values = found
    for column in (lowers, orths):  # the exact form wins: written second
        idx = numpy.searchsorted(keys, column)
        idx[idx >= len(keys)] = 0
        hit = keys[idx] == column
        out[hit] = values[idx[hit]]
    return out


def cluster_features(attrs: Sequence[str], prefixes: Sequence[int]):
    """A feature extractor: the columns ``attrs`` followed by one column per cluster prefix."""
    from thinc.api import Model

    def forward(model, docs, is_train: bool):
        import numpy
        from spacy.attrs import LOWER, ORTH

        columns = list(model.attrs["columns"]) + [ORTH, LOWER]
        masks = [numpy.uint64((1 << k) - 1) for k in model.attrs["prefixes"]]
        features = []
        for doc in docs:
            array = doc.to_array(columns) if hasattr(doc, "to_array") else doc.doc.to_array(columns)[doc.start: doc.end]
            array = array.reshape((array.shape[0], len(columns))).astype("uint64")
            ids = cluster_ids(doc.vocab, array[:, -2], array[:, -1])
            prefix_columns = [(ids & mask) for mask in masks]
            full = numpy.concatenate([array[:, :-2]] + [c.reshape((-1, 1)) for c in prefix_columns], axis=1)
            features.append(model.ops.asarray2i(numpy.ascontiguousarray(full), dtype="uint64"))
        return features, lambda d_features: []

    return Model("lapwing_cluster_features", forward,
                 attrs={"columns": list(attrs), "prefixes": [int(k) for k in prefixes]})


def hash_embeddings(width: int, embed_size: int, cluster_prefixes: Sequence[int], cluster_rows: int) -> list:
    """spaCy's four hash embeddings of :data:`BASE_ATTRS` (the rows and seeds of its
    ``MultiHashEmbed``), then one of ``cluster_rows`` rows per cluster prefix."""
    from thinc.api import HashEmbed

    rows = [embed_size, embed_size // 2, embed_size // 2, embed_size // 2] + [cluster_rows] * len(cluster_prefixes)
    # seeds 8, 9, ... in column order, as spaCy's MultiHashEmbed gives them
    return [HashEmbed(width, n, column=i, seed=8 + i, dropout=0.0) for i, n in enumerate(rows)]


def with_cnn(embed, width: int, depth: int, window_size: int, maxout_pieces: int):
    """The tok2vec model: ``embed`` followed by spaCy's CNN encoder (as in ``HashEmbedCNN.v2``)."""
    from spacy.ml.models.tok2vec import MaxoutWindowEncoder, build_Tok2Vec_model

    return build_Tok2Vec_model(
        embed=embed,
        encode=MaxoutWindowEncoder(width=width, depth=depth, window_size=window_size, maxout_pieces=maxout_pieces),
    )


def _register() -> None:
    from spacy.util import registry

    if "lapwing.ClusterHashEmbedCNN.v1" in registry.architectures.get_all():
        return

    @registry.architectures("lapwing.ClusterHashEmbedCNN.v1")
    def cluster_hash_embed_cnn(width: int, depth: int, embed_size: int, window_size: int, maxout_pieces: int,
                               cluster_prefixes: List[int], cluster_rows: int):
        """spaCy's HashEmbedCNN.v2 (subword features, no static vectors) plus cluster-prefix embeddings."""
        from thinc.api import Maxout, chain, concatenate, list2ragged, ragged2list, with_array

        if not cluster_prefixes or any(int(k) < 1 for k in cluster_prefixes):
            raise ValueError("cluster_prefixes: give one or more prefix lengths of at least 1 bit")
        embeddings = hash_embeddings(width, embed_size, cluster_prefixes, cluster_rows)
        embed = chain(
            cluster_features(BASE_ATTRS, cluster_prefixes),
            list2ragged(),
            with_array(concatenate(*embeddings)),
            with_array(Maxout(width, width * len(embeddings), nP=3, dropout=0.0, normalize=True)),
            ragged2list(),
        )
        return with_cnn(embed, width, depth, window_size, maxout_pieces)

    return None


def grow_tok2vec(old, new) -> int:
    """Copy the weights of tok2vec model ``old`` into ``new``, which has more embedding columns.

    Layers are matched in order; the embedding tables of ``old`` go to the first
    tables of ``new`` (same column, rows and seed), a static-vectors layer of
    ``new`` keeps its initial weights, and the mixing layer keeps its weights
    for the old columns and gets zeros for the new ones, so ``new``
    computes exactly what ``old`` did until training moves it. Returns the
    number of layers copied. Raises ValueError when the models do not line up.
    """
    import numpy

    def with_params(model):
        return [node for node in model.walk() if node.param_names]

    old_nodes, new_nodes = with_params(old), with_params(new)
    old_embeds = [n for n in old_nodes if n.name == "hashembed"]
    new_embeds = [n for n in new_nodes if n.name == "hashembed"]
    # a static-vectors layer (lapwing.segment.word_vectors) that only ``new`` has keeps its initial
    # weights: the mixing layer's zero weights for its output leave the old computation unchanged
    old_rest = [n for n in old_nodes if n.name not in ("hashembed", "static_vectors")]
    new_rest = [n for n in new_nodes if n.name not in ("hashembed", "static_vectors")]
    old_vectors = [n for n in old_nodes if n.name == "static_vectors"]
    new_vectors = [n for n in new_nodes if n.name == "static_vectors"]
    if len(old_vectors) > len(new_vectors):
        raise ValueError("the old tok2vec reads static vectors and the new one does not")
    if old_vectors:
        old_rest, new_rest = old_vectors + old_rest, new_vectors + new_rest
    if len(new_embeds) < len(old_embeds) or len(old_rest) != len(new_rest):
        raise ValueError("the two tok2vec models do not line up (embedding tables or layers differ)")
    copied = 0
    for o, n in zip(old_embeds, new_embeds):
        if (o.attrs["column"], o.attrs["seed"], o.get_dim("nV")) != (n.attrs["column"], n.attrs["seed"], n.get_dim("nV")):
            raise ValueError(f"embedding table {o.attrs['column']} differs in column, seed or rows")
        n.set_param("E", o.get_param("E").copy())
        copied += 1
    for o, n in zip(old_rest, new_rest):
        if o.name != n.name:
            raise ValueError(f"layer {o.name} faces {n.name}")
        for param in o.param_names:
            value, target = o.get_param(param), n.get_param(param)
            if value.shape == target.shape:
                n.set_param(param, value.copy())
            elif param == "W" and value.ndim == target.ndim and value.shape[:-1] == target.shape[:-1]:
                grown = numpy.zeros(target.shape, dtype=target.dtype)
                grown[..., : value.shape[-1]] = value
                n.set_param(param, grown)
            else:
                raise ValueError(f"layer {o.name}: parameter {param} {value.shape} cannot become {target.shape}")
        copied += 1
    return copied


def make_grow_callback(source: str) -> Callable:
    """An ``[initialize.after_init]`` callback: carries ``source``'s tok2vec weights over."""

    def after_init(nlp):
        import spacy

        old = spacy.load(source)
        grow_tok2vec(old.get_pipe("tok2vec").model, nlp.get_pipe("tok2vec").model)
        return nlp

    return after_init


_register()
