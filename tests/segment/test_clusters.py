"""Brown-cluster features of the tok2vec (lapwing.segment.clusters) and their training table."""
from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")
numpy = pytest.importorskip("numpy")

from spacy.attrs import LOWER, ORTH  # noqa: E402
from spacy.util import registry  # noqa: E402

from lapwing.segment import clusters  # noqa: E402
from lapwing.segment.nlp import load_pipeline  # noqa: E402
from lapwing.segment.training.cluster_table import cluster_table  # noqa: E402
from lapwing.segment.training.recipe_config import CONFIG_PATH, COMPONENTS, training_config  # noqa: E402


def _ids(nlp, text):
    doc = nlp.make_doc(text)
    array = doc.to_array([ORTH, LOWER]).astype("uint64")
    return list(clusters.cluster_ids(doc.vocab, array[:, 0], array[:, 1]))


def test_a_token_finds_its_cluster_by_its_form_then_by_its_lower_case():
    nlp = spacy.blank("en")
    nlp.vocab.lookups.add_table(clusters.TABLE, {"Libya": 0b10110100110, "libya": 7, "said": 116})
    assert _ids(nlp, "Libya said LIBYA Haftar") == [0b10110100110, 116, 7, 0]


def test_no_table_means_no_cluster():
    assert _ids(spacy.blank("en"), "Libya said") == [0, 0]


def test_a_table_changed_after_use_is_read_again():
    nlp = spacy.blank("en")
    table = nlp.vocab.lookups.add_table(clusters.TABLE, {"said": 116})
    assert _ids(nlp, "said told") == [116, 0]
    table["told"] = 117
    assert _ids(nlp, "said told") == [116, 117]


def test_the_features_are_the_base_attributes_then_one_cluster_prefix_per_length():
    nlp = spacy.blank("en")
    nlp.vocab.lookups.add_table(clusters.TABLE, {"said": 0b1110100})
    extract = clusters.cluster_features(clusters.BASE_ATTRS, [2, 4, 20])
    (features,) = extract.predict([nlp("said it")])
    assert features.shape == (2, 7)
    assert list(features[0, 4:]) == [0b00, 0b0100, 0b1110100]
    assert list(features[1, 4:]) == [0, 0, 0]
    assert features[0, 0] == nlp.vocab.strings["said"]  # NORM


def _models(doc):
    from spacy.ml.models.tok2vec import build_hash_embed_cnn_tok2vec

    old = build_hash_embed_cnn_tok2vec(width=32, depth=2, embed_size=300, window_size=1, maxout_pieces=3,
                                       subword_features=True, pretrained_vectors=None)
    new = registry.architectures.get("lapwing.ClusterHashEmbedCNN.v1")(
        width=32, depth=2, embed_size=300, window_size=1, maxout_pieces=3, cluster_prefixes=[4, 20], cluster_rows=50)
    old.initialize([doc])
    new.initialize([doc])
    return old, new


def test_a_grown_tok2vec_computes_what_the_old_one_did():
    nlp = spacy.blank("en")
    nlp.vocab.lookups.add_table(clusters.TABLE, {"Libya": 1446, "Russia": 1446, "attacked": 3754})
    doc = nlp("Russia attacked Libya on Tuesday.")
    old, new = _models(doc)
    assert not numpy.allclose(old.predict([doc])[0], new.predict([doc])[0])
    assert clusters.grow_tok2vec(old, new) > 0
    numpy.testing.assert_array_equal(old.predict([doc])[0], new.predict([doc])[0])


def test_growing_into_a_model_of_another_shape_is_refused():
    from spacy.ml.models.tok2vec import build_hash_embed_cnn_tok2vec

    doc = spacy.blank("en")("Russia attacked Libya.")
    old, _ = _models(doc)
    deeper = build_hash_embed_cnn_tok2vec(width=32, depth=3, embed_size=300, window_size=1, maxout_pieces=3,
                                          subword_features=True, pretrained_vectors=None)
    deeper.initialize([doc])
    with pytest.raises(ValueError, match="do not line up"):
        clusters.grow_tok2vec(deeper, old)


def test_the_architecture_needs_prefix_lengths():
    make = registry.architectures.get("lapwing.ClusterHashEmbedCNN.v1")
    with pytest.raises(ValueError, match="cluster_prefixes"):
        make(width=32, depth=2, embed_size=300, window_size=1, maxout_pieces=3, cluster_prefixes=[], cluster_rows=50)


def test_a_saved_pipeline_with_clusters_loads_with_its_table(tmp_path):
    """The run-time path: the table travels in the pipeline's vocab and the architecture is registered."""
    from spacy.training import Example

    nlp = spacy.blank("en")
    nlp.add_pipe("tok2vec", config={"model": {
        "@architectures": "lapwing.ClusterHashEmbedCNN.v1", "width": 32, "depth": 2, "embed_size": 300,
        "window_size": 1, "maxout_pieces": 3, "cluster_prefixes": [4, 20], "cluster_rows": 50}})
    nlp.add_pipe("tagger", config={"model": {
        "@architectures": "spacy.Tagger.v2",
        "tok2vec": {"@architectures": "spacy.Tok2VecListener.v1", "width": 32, "upstream": "*"}}})
    nlp.vocab.lookups.add_table(clusters.TABLE, {"Libya": 1446, "Russia": 1446})
    examples = [Example.from_dict(nlp.make_doc("Russia attacked Libya"), {"tags": ["NNP", "VBD", "NNP"]})]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(20):
        nlp.update(examples, sgd=optimizer)
    nlp.to_disk(tmp_path / "pipe")
    loaded = load_pipeline(str(tmp_path / "pipe"), news_rules=False)
    doc = loaded("Russia attacked Libya")
    assert [t.tag_ for t in doc] == ["NNP", "VBD", "NNP"]
    assert doc[0].cluster == 1446


def test_the_training_table_keeps_clustered_words_and_adds_lower_case_keys():
    table = cluster_table({"Libya": 1446, "LIBYA": 9, "US": 5, "us": 11, "Obama": 0},
                          {"Libya": -12.0, "LIBYA": -15.0, "US": -9.0, "us": -8.0})
    assert table == {"Libya": 1446, "LIBYA": 9, "US": 5, "us": 11, "libya": 1446}


def test_training_with_clusters_grows_the_resumed_tok2vec(tmp_path):
    model = tmp_path / "old"
    cfg = training_config(config_path=CONFIG_PATH, corpus_dir=tmp_path, seed=0, max_minutes=5,
                          resume_from=model, clusters=True)
    tok2vec = cfg["components"]["tok2vec"]
    assert tok2vec["model"]["@architectures"] == "lapwing.ClusterHashEmbedCNN.v1"
    assert tok2vec["model"]["width"] == 96
    assert cfg["initialize"]["before_init"] == {"@callbacks": "lapwing.add_clusters.v1"}
    assert cfg["initialize"]["after_init"] == {"@callbacks": "lapwing.grow_tok2vec.v1",
                                               "source": str(model.resolve())}
    assert all(cfg["components"][n] == {"source": str(model.resolve())} for n in COMPONENTS if n != "tok2vec")
    assert cfg["training"]["before_update"]["relink_listeners"] is True


def test_training_with_clusters_from_scratch_sources_nothing(tmp_path):
    cfg = training_config(config_path=CONFIG_PATH, corpus_dir=tmp_path, seed=0, max_minutes=5, clusters=True)
    assert all("source" not in cfg["components"][n] for n in COMPONENTS)
    assert cfg["initialize"]["after_init"] is None
    assert "relink_listeners" not in cfg["training"]["before_update"]


def test_a_pipeline_trained_with_clusters_names_their_source_in_its_meta(tmp_path):
    from lapwing.segment.training.train import CLUSTER_SOURCE, finalize_pipeline

    nlp = spacy.blank("en")
    finalize_pipeline(nlp, tmp_path / "plain", train_seconds=1.0, corpus_info={}, seed=0)
    assert CLUSTER_SOURCE not in spacy.load(tmp_path / "plain").meta["sources"]
    nlp.vocab.lookups.add_table(clusters.TABLE, {"Libya": 1446})
    finalize_pipeline(nlp, tmp_path / "with", train_seconds=1.0, corpus_info={}, seed=0)
    loaded = spacy.load(tmp_path / "with")
    assert CLUSTER_SOURCE in loaded.meta["sources"]
    assert loaded.vocab["Libya"].cluster == 1446
