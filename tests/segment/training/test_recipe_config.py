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
