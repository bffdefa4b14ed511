"""scripts/evaluate_syntax.py: the raw text with paragraph breaks it gives the pipeline."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from lapwing.segment.training.train import read_conllu, sentences_to_docs  # noqa: E402

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "evaluate_syntax.py"


def _script():
    spec = importlib.util.spec_from_file_location("evaluate_syntax", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sentence(n: int, words: list[str], newpar: bool) -> str:
    lines = ["# newpar"] if newpar else []
    lines.append(f"# sent_id = s{n}")
    for i, word in enumerate(words, 1):
        lines.append(f"{i}\t{word}\t{word}\tX\tX\t_\t{0 if i == 1 else 1}\t{'root' if i == 1 else 'dep'}\t_\t_")
    return "\n".join(lines) + "\n"


def test_paragraphs_are_separated_by_a_blank_line_and_the_words_kept():
    conllu = "# newdoc id = d\n" + "\n".join([
        _sentence(1, ["Headline", "here"], True),
        _sentence(2, ["Monday"], True),
        _sentence(3, ["Troops", "moved", "."], True),
        _sentence(4, ["They", "stayed", "."], False),
    ])
    sentences = read_conllu(conllu)
    docs = sentences_to_docs(spacy.blank("en").vocab, sentences)
    texts = _script().paragraph_texts(docs, sentences)
    assert texts == ["Headline here\n\nMonday\n\nTroops moved . They stayed ."]
    assert [t.replace("\n\n", " ") for t in texts] == [d.text for d in docs]
