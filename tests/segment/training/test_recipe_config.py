"""The training config the recipe builds (no training is run here)."""
from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("spacy")

from lapwing.segment.training.recipe_config import COMPONENTS, CONFIG_PATH, training_config  # noqa: E402


def _config(tmp_path: Path, **options):
    return training_config(config_path=CONFIG_PATH, corpus_dir=tmp_path, seed=3, max_minutes=5, **options)


def test_fresh_run_fills_paths_seed_and_time_limit(tmp_path):
    cfg = _config(tmp_path)
    assert cfg["paths"]["train"] == str(tmp_path / "train.spacy")
    assert cfg["paths"]["dev"] == str(tmp_path / "dev.spacy")
    assert cfg["system"]["seed"] == 3
    assert cfg["training"]["before_update"] == {"@callbacks": "lapwing.time_limit.v1", "max_minutes": 5}
    assert cfg["training"]["frozen_components"] == []
    assert all("source" not in cfg["components"][name] for name in COMPONENTS)


def test_resume_sources_only_the_named_components_and_freezes_them(tmp_path):
    model = tmp_path / "old_model"
    syntax = ["tok2vec", "tagger", "morphologizer", "trainable_lemmatizer", "parser"]
    cfg = _config(tmp_path, resume_from=model, resume_components=syntax, freeze_resumed=True)
    for name in syntax:
        assert cfg["components"][name] == {"source": str(model.resolve())}
    assert cfg["components"]["ner"]["factory"] == "ner"
    assert cfg["training"]["frozen_components"] == syntax


def test_resume_without_names_sources_every_component_unfrozen(tmp_path):
    cfg = _config(tmp_path, resume_from=tmp_path, total_steps=700)
    assert all(cfg["components"][name] == {"source": str(tmp_path.resolve())} for name in COMPONENTS)
    assert cfg["training"]["frozen_components"] == []
    assert cfg["training"]["max_steps"] == 700
    assert cfg["training"]["optimizer"]["learn_rate"]["total_steps"] == 700


def test_resuming_an_unknown_component_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="textcat"):
        _config(tmp_path, resume_from=tmp_path, resume_components=["textcat"])


def test_new_component_over_a_frozen_tok2vec(tmp_path):
    """A parser trained from scratch over the resumed, frozen tok2vec: the width
    reference is filled in and the tok2vec annotates during training."""
    frozen = ["tok2vec", "tagger", "morphologizer", "trainable_lemmatizer", "ner"]
    cfg = _config(tmp_path, resume_from=tmp_path, resume_components=frozen, freeze_resumed=True)
    assert isinstance(cfg["components"]["parser"]["model"]["tok2vec"]["width"], int)
    assert cfg["training"]["annotating_components"] == ["tok2vec"]
    assert cfg["paths"]["train"] == str(tmp_path / "train.spacy")
    assert cfg["corpora"]["train"]["path"] == str(tmp_path / "train.spacy")


def test_frozen_tok2vec_nobody_trains_on_does_not_annotate(tmp_path):
    cfg = _config(tmp_path, resume_from=tmp_path, resume_components=list(COMPONENTS), freeze_resumed=True)
    assert cfg["training"]["annotating_components"] == []


def test_own_tok2vec_copies_the_shared_tok2vec_and_keeps_that_component_learning(tmp_path):
    """Warm-started NER with its own tok2vec (a recipe tried for a separate entity recogniser)."""
    cfg = _config(tmp_path, resume_from=tmp_path, freeze_resumed=True, own_tok2vec=["ner"],
                  learn_rate=0.0003, total_steps=6000)
    assert cfg["components"]["ner"] == {"source": str(tmp_path.resolve()), "replace_listeners": ["model.tok2vec"]}
    assert cfg["training"]["frozen_components"] == [name for name in COMPONENTS if name != "ner"]
    assert cfg["training"]["annotating_components"] == []
    assert cfg["training"]["optimizer"]["learn_rate"]["initial_rate"] == 0.0003


def test_learn_rate_without_schedule_is_constant_and_default_is_the_configs(tmp_path):
    assert _config(tmp_path, learn_rate=0.0002)["training"]["optimizer"]["learn_rate"] == 0.0002
    assert _config(tmp_path)["training"]["optimizer"]["learn_rate"] == 0.001


def test_own_tok2vec_needs_a_resumed_component(tmp_path):
    with pytest.raises(ValueError, match="ner"):
        _config(tmp_path, resume_from=tmp_path, resume_components=["tok2vec"], own_tok2vec=["ner"])
    with pytest.raises(ValueError, match="resume_from"):
        _config(tmp_path, own_tok2vec=["ner"])


def test_own_tok2vec_pipeline_builds_with_an_independent_copy(tmp_path):
    """The sourced NER gets a CNN of its own; the shared tok2vec no longer feeds it."""
    import spacy
    from spacy.util import load_model_from_config

    source = spacy.blank("en")
    source.add_pipe("tok2vec")
    source.add_pipe("ner", config={"model": {"tok2vec": {"@architectures": "spacy.Tok2VecListener.v1",
                                                         "width": 96, "upstream": "*"}}})
    source.get_pipe("ner").add_label("PERSON")
    source.initialize()
    source.to_disk(tmp_path / "source")
    cfg = _config(tmp_path, resume_from=tmp_path / "source", resume_components=["tok2vec", "ner"],
                  freeze_resumed=True, own_tok2vec=["ner"])
    cfg["nlp"]["pipeline"] = ["tok2vec", "ner"]
    for name in ("tagger", "morphologizer", "trainable_lemmatizer", "parser"):
        del cfg["components"][name]
    cfg["nlp"]["after_creation"] = None
    nlp = load_model_from_config(cfg, auto_fill=True, validate=False)
    assert "ner" not in nlp.get_pipe("tok2vec").listening_components
    ner_tok2vec = nlp.get_pipe("ner").model.get_ref("tok2vec")
    names = [node.name for node in ner_tok2vec.walk()]
    assert "tok2vec-listener" not in names
    assert "hashembed" in names


def test_keep_learning_trains_the_resumed_ner_over_the_frozen_rest(tmp_path):
    """--keep-learning ner: the entity recogniser goes on from its weights; everything else,
    the shared tok2vec included, is frozen, and the tok2vec annotates so the NER has input."""
    cfg = _config(tmp_path, resume_from=tmp_path, freeze_resumed=True, keep_learning=["ner"])
    assert cfg["components"]["ner"] == {"source": str(tmp_path.resolve())}
    assert cfg["training"]["frozen_components"] == [name for name in COMPONENTS if name != "ner"]
    assert cfg["training"]["annotating_components"] == ["tok2vec"]


def test_keep_learning_needs_a_resumed_component_and_frozen_others(tmp_path):
    with pytest.raises(ValueError, match="ner"):
        _config(tmp_path, resume_from=tmp_path, resume_components=["tok2vec"], freeze_resumed=True,
                keep_learning=["ner"])
    with pytest.raises(ValueError, match="freeze_resumed"):
        _config(tmp_path, resume_from=tmp_path, keep_learning=["ner"])
    with pytest.raises(ValueError, match="resume_from"):
        _config(tmp_path, keep_learning=["ner"])


@pytest.mark.parametrize("options", [{}, {"resume_from": Path("/nonexistent")}, {"clusters": True}])
def test_the_seed_reaches_training_also_when_resuming(tmp_path, options):
    """Resuming interpolates the config; the seed must be set before, or training.seed stays 0."""
    if options.get("clusters"):
        pytest.importorskip("spacy_lookups_data")
    from thinc.api import Config

    cfg = Config(_config(tmp_path, **options)).interpolate()
    assert cfg["system"]["seed"] == 3
    assert cfg["training"]["seed"] == 3


def test_a_pipeline_that_already_reads_the_vectors_is_resumed_not_grown(tmp_path):
    """--vectors with --resume-from over the shipped pipeline (whose tok2vec already reads the
    vectors): the tok2vec is resumed and, with --freeze-resumed, frozen like the rest, so that
    --keep-learning ner leaves the tags and parses as they were. A pipeline whose tok2vec reads
    other inputs (no config here: grown) still gets the grown tok2vec, which learns."""
    from lapwing.segment.nlp import bundled_model_path

    bundled = bundled_model_path()

    cfg = _config(tmp_path, resume_from=bundled, vectors=tmp_path / "vectors.tgz",
                  freeze_resumed=True, keep_learning=["ner"])
    assert cfg["components"]["tok2vec"] == {"source": str(bundled.resolve())}
    assert "tok2vec" in cfg["training"]["frozen_components"]
    assert not cfg["initialize"].get("after_init")
    grown = _config(tmp_path, resume_from=tmp_path, vectors=tmp_path / "vectors.tgz",
                    freeze_resumed=True, keep_learning=["ner"])
    assert "tok2vec" not in grown["training"]["frozen_components"]
    assert grown["initialize"]["after_init"]["@callbacks"] == "lapwing.grow_tok2vec.v1"
