"""Static word vectors in the tok2vec (lapwing.segment.word_vectors) and their training table."""
from __future__ import annotations

import io
import json
import tarfile

import pytest

spacy = pytest.importorskip("spacy")
numpy = pytest.importorskip("numpy")

from spacy.strings import get_string_id  # noqa: E402
from spacy.util import registry  # noqa: E402

from lapwing.segment import clusters, word_vectors  # noqa: E402
from lapwing.segment.nlp import load_pipeline  # noqa: E402
from lapwing.segment.training.recipe_config import CONFIG_PATH, COMPONENTS, training_config  # noqa: E402
from lapwing.segment.training.vector_table import (  # noqa: E402
    VECTOR_SOURCE, VectorFileError, read_word_vectors, vectors_table)

WORDS = ["the", "libya", "russia", "attacked", "tripoli", "benghazi"]
ARRAY = numpy.array([[1, 0, 0], [0, 1, 0], [0, 0.9, 0.1], [0, 0, 1], [0.1, 1, 0], [0, 0.8, 0.3]], dtype="float32")


def _wink(words, array):
    return {"precision": 8, "l2NormIndex": 3, "wordIndex": 4, "size": len(words), "dimensions": array.shape[1],
            "words": list(words),
            "vectors": {w: [*map(float, v), float(numpy.linalg.norm(v)), i] for i, (w, v) in enumerate(zip(words, array))},
            "unkVector": [0.0] * (array.shape[1] + 2)}


def test_glove_text_wink_json_and_npm_tarball_read_the_same(tmp_path):
    text = tmp_path / "v.txt"
    text.write_text("".join(f"{w} {' '.join(map(str, v))}\n" for w, v in zip(WORDS, ARRAY)), encoding="utf8")
    (tmp_path / "v.json").write_text(json.dumps(_wink(WORDS, ARRAY)), encoding="utf8")
    payload = json.dumps(_wink(WORDS, ARRAY)).encode()
    with tarfile.open(tmp_path / "v.tgz", "w:gz") as tar:
        for name, data in (("package/package.json", b"{}"), ("package/vectors.json", payload)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    for name in ("v.txt", "v.json", "v.tgz"):
        words, array = read_word_vectors(tmp_path / name)
        assert words == WORDS
        numpy.testing.assert_allclose(array, ARRAY, rtol=1e-6)


def test_a_malformed_vector_is_named_with_its_file_line_and_word(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("the 1 0 0\nlibya 0 x 0\n", encoding="utf8")
    with pytest.raises(VectorFileError, match=r"bad.txt, line 2, word 'libya'"):
        read_word_vectors(bad)
    short = tmp_path / "short.txt"
    short.write_text("the 1 0 0\nlibya 0 1\n", encoding="utf8")
    with pytest.raises(VectorFileError, match=r"line 2, word 'libya': 2 numbers, the first line has 3"):
        read_word_vectors(short)
    data = _wink(WORDS, ARRAY)
    del data["vectors"]["russia"]
    (tmp_path / "w.json").write_text(json.dumps(data), encoding="utf8")
    with pytest.raises(VectorFileError, match=r"w.json: field 'vectors', word 'russia': missing"):
        read_word_vectors(tmp_path / "w.json")
    with pytest.raises(VectorFileError, match="not found"):
        read_word_vectors(tmp_path / "none.tgz")


def test_the_table_keeps_the_frequent_words_and_maps_the_next_ones_to_their_nearest():
    table = vectors_table(WORDS, ARRAY, rows=4, remap=1)
    assert table.shape == (4, 3)
    assert table.n_keys == 5
    row = table.key2row
    assert row[get_string_id("tripoli")] == row[get_string_id("libya")]  # nearest by cosine
    assert get_string_id("benghazi") not in row  # beyond rows + remap
    numpy.testing.assert_array_equal(table[get_string_id("attacked")], ARRAY[3])


def _models(doc):
    from spacy.ml.models.tok2vec import build_hash_embed_cnn_tok2vec

    old = build_hash_embed_cnn_tok2vec(width=32, depth=2, embed_size=300, window_size=1, maxout_pieces=3,
                                       subword_features=True, pretrained_vectors=None)
    new = registry.architectures.get(word_vectors.ARCHITECTURE)(
        width=32, depth=2, embed_size=300, window_size=1, maxout_pieces=3, cluster_prefixes=[], cluster_rows=50)
    old.initialize([doc])
    new.initialize([doc])
    return old, new


def test_a_tok2vec_grown_with_vectors_computes_what_the_old_one_did_and_reads_them_by_lower_case():
    nlp = spacy.blank("en")
    nlp.vocab.vectors = vectors_table(WORDS, ARRAY, rows=6, remap=0)
    doc = nlp("Russia attacked Libya on Tuesday.")
    old, new = _models(doc)
    assert clusters.grow_tok2vec(old, new) > 0
    numpy.testing.assert_array_equal(old.predict([doc])[0], new.predict([doc])[0])
    # once the mixing layer weighs the vectors, "Libya" and "LIBYA" (one lower-case key) read the same vector
    vectors = next(n for n in new.walk() if n.name == "static_vectors")
    (upper,), (title,) = (vectors.predict([nlp(text)]).dataXd for text in ("LIBYA", "Libya"))
    numpy.testing.assert_array_equal(upper, title)
    assert numpy.abs(title).sum() > 0


def test_growing_a_tok2vec_with_vectors_into_one_without_is_refused():
    nlp = spacy.blank("en")
    nlp.vocab.vectors = vectors_table(WORDS, ARRAY, rows=6, remap=0)
    doc = nlp("Russia attacked Libya.")
    old, new = _models(doc)
    with pytest.raises(ValueError, match="reads static vectors"):
        clusters.grow_tok2vec(new, old)


def test_a_saved_pipeline_with_vectors_loads_them_from_its_vocab(tmp_path):
    """The run-time path: the table travels in the pipeline's vocab and the architecture is registered."""
    nlp = _tiny_pipeline(True, 0, table=vectors_table(WORDS, ARRAY, rows=4, remap=2))
    nlp.to_disk(tmp_path / "pipe")
    loaded = load_pipeline(str(tmp_path / "pipe"), news_rules=False)
    assert loaded.vocab.vectors.shape == (4, 3)
    assert [t.tag_ for t in loaded("Russia attacked Libya")] == ["NNP", "VBD", "NNP"]
    assert "benghazi" not in loaded.vocab.strings  # keys are hashes: the string store is not filled
    # after loading, a capitalised word still finds the vector of its lower-case form
    layer = next(n for n in loaded.get_pipe("tok2vec").model.walk() if n.name == "static_vectors")
    (found, missing) = layer.predict([loaded.make_doc("Tripoli Qqqq")]).dataXd
    assert numpy.abs(found).sum() > 0 and numpy.abs(missing).sum() == 0


def test_training_with_vectors_grows_the_resumed_tok2vec(tmp_path):
    model, vectors = tmp_path / "old", tmp_path / "v.tgz"
    cfg = training_config(config_path=CONFIG_PATH, corpus_dir=tmp_path, seed=0, max_minutes=5,
                          resume_from=model, vectors=vectors, vector_rows=100, vector_remap=7)
    tok2vec = cfg["components"]["tok2vec"]["model"]
    assert tok2vec["@architectures"] == word_vectors.ARCHITECTURE
    assert (tok2vec["width"], tok2vec["cluster_prefixes"]) == (96, [])
    assert cfg["initialize"]["before_init"] == {"@callbacks": "lapwing.add_vectors.v1", "path": str(vectors.resolve()),
                                                "rows": 100, "remap": 7, "clusters": False}
    assert cfg["initialize"]["after_init"]["@callbacks"] == "lapwing.grow_tok2vec.v1"
    assert all(cfg["components"][n] == {"source": str(model.resolve())} for n in COMPONENTS if n != "tok2vec")
    both = training_config(config_path=CONFIG_PATH, corpus_dir=tmp_path, seed=0, max_minutes=5,
                           vectors=vectors, clusters=True)
    assert both["components"]["tok2vec"]["model"]["cluster_prefixes"] == [4, 6, 10, 20]
    assert both["initialize"]["before_init"]["clusters"] is True
    assert all("source" not in both["components"][n] for n in COMPONENTS)


def test_the_before_init_callback_puts_the_table_in_the_vocab(tmp_path):
    from lapwing.segment.training.vector_table import register_callbacks

    register_callbacks()
    path = tmp_path / "v.txt"
    path.write_text("".join(f"{w} {' '.join(map(str, v))}\n" for w, v in zip(WORDS, ARRAY)), encoding="utf8")
    nlp = registry.callbacks.get("lapwing.add_vectors.v1")(path=str(path), rows=3, remap=2)(spacy.blank("en"))
    assert nlp.vocab.vectors.shape == (3, 3)
    assert nlp.vocab.vectors.n_keys == 5


def test_a_pipeline_trained_with_vectors_names_their_source_in_its_meta(tmp_path):
    from lapwing.segment.training.train import finalize_pipeline

    nlp = spacy.blank("en")
    finalize_pipeline(nlp, tmp_path / "plain", train_seconds=1.0, corpus_info={}, seed=0)
    assert VECTOR_SOURCE not in spacy.load(tmp_path / "plain").meta["sources"]
    nlp.vocab.vectors = vectors_table(WORDS, ARRAY, rows=6, remap=0)
    finalize_pipeline(nlp, tmp_path / "with", train_seconds=1.0, corpus_info={}, seed=0)
    loaded = spacy.load(tmp_path / "with")
    assert VECTOR_SOURCE in loaded.meta["sources"]
    assert loaded.vocab.vectors.shape == (6, 3)


def _tiny_pipeline(words_vectors: bool, seed: int, table=None):
    """A pipeline the test trains: tok2vec (with or without vectors: ``table``, else all six
    words), tagger and ner listening to it."""
    from spacy.training import Example

    nlp = spacy.blank("en")
    arch = {"@architectures": word_vectors.ARCHITECTURE, "cluster_prefixes": [], "cluster_rows": 50} if words_vectors \
        else {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None, "subword_features": True}
    nlp.add_pipe("tok2vec", config={"model": {**arch, "width": 32, "depth": 2, "embed_size": 300,
                                              "window_size": 1, "maxout_pieces": 3}})
    listener = {"@architectures": "spacy.Tok2VecListener.v1", "width": 32, "upstream": "*"}
    nlp.add_pipe("tagger", config={"model": {"@architectures": "spacy.Tagger.v2", "tok2vec": listener}})
    nlp.add_pipe("ner", config={"model": {"@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner",
                                          "extra_state_tokens": False, "hidden_width": 16, "maxout_pieces": 2,
                                          "use_upper": True, "tok2vec": listener}})
    if words_vectors:
        nlp.vocab.vectors = table if table is not None else vectors_table(WORDS, ARRAY, rows=6, remap=0)
    examples = [Example.from_dict(nlp.make_doc("Russia attacked Libya"),
                                  {"tags": ["NNP", "VBD", "NNP"], "entities": ["U-LOC", "O", "U-LOC"]})]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(30 + seed * 7):
        nlp.update(examples, sgd=optimizer)
    return nlp


def test_a_composed_pipeline_parses_as_the_base_and_finds_the_entities_of_the_other(tmp_path):
    from lapwing.segment.training.compose import compose

    base, other = _tiny_pipeline(False, 0), _tiny_pipeline(True, 1)
    base.to_disk(tmp_path / "base")
    other.to_disk(tmp_path / "other")
    compose(tmp_path / "base", tmp_path / "other", tmp_path / "out", version="9.9.9")
    loaded = load_pipeline(str(tmp_path / "out"), news_rules=False)
    assert loaded.meta["version"] == "9.9.9"
    assert loaded.meta["lapwing_composed"]["recipe"] == "python -m lapwing.segment.training.compose"
    assert loaded.vocab.vectors.shape == (6, 3)
    text = "Libya attacked Russia and Tripoli"
    want_tags = spacy.load(tmp_path / "base")(text)
    want_ents = spacy.load(tmp_path / "other")(text)
    got = loaded(text)
    assert got.ents  # the tiny recogniser learned something, so the comparison below can fail
    assert [t.tag_ for t in got] == [t.tag_ for t in want_tags]
    assert [(e.start, e.end, e.label_) for e in got.ents] == [(e.start, e.end, e.label_) for e in want_ents.ents]
    ner_tok2vec = loaded.get_pipe("ner").model.get_ref("tok2vec")
    assert any(n.name == "static_vectors" for n in ner_tok2vec.walk())  # its own copy, with the vectors


def test_composing_needs_an_entity_recogniser_on_both_sides(tmp_path):
    from lapwing.segment.training.compose import compose

    spacy.blank("en").to_disk(tmp_path / "blank")
    _tiny_pipeline(False, 0).to_disk(tmp_path / "base")
    with pytest.raises(ValueError, match="entities pipeline has no entity recogniser"):
        compose(tmp_path / "base", tmp_path / "blank", tmp_path / "out")
