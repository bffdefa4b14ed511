"""Options of the training recipe that choose where the corpus comes from and where it trains."""

from __future__ import annotations

import pytest

from lapwing.errors import ResourceError
from lapwing.segment.training.train import main, train_syntax


def test_a_treebank_or_a_built_corpus_is_required(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--out", "unused"])
    assert exc.value.code == 2
    assert "--corpus" in capsys.readouterr().err


def test_a_missing_built_corpus_is_named(tmp_path):
    with pytest.raises(ResourceError) as exc:
        train_syntax(treebanks=[], ner_sources=[], out_dir=tmp_path / "out", corpus=tmp_path / "corpus", gpu=0)
    assert str(tmp_path / "corpus" / "train.spacy") in str(exc.value)
    assert not (tmp_path / "out").exists()
