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


def test_layout_variants_keep_the_words_and_wrap_at_72_columns():
    module = _script()
    text = "Headline here\n\n" + " ".join(["Troops moved towards the border on Monday."] * 6) + "\n\nThey stayed."
    variants = module.layout_texts(text)
    assert list(variants) == list(module.LAYOUTS)
    for layout, variant in variants.items():
        assert variant.split() == text.split(), layout
    assert variants["single newlines"].count("\n") == 2 and "\n\n" not in variants["single newlines"]
    wrapped = variants["wrapped at 72, blank lines"]
    assert max(len(line) for line in wrapped.split("\n")) <= 72 and wrapped.count("\n\n") == 2
    assert "\n\n" not in variants["wrapped at 72, no blank lines"]


def test_the_layout_scripts_wrap_without_moving_any_character():
    from lapwing.segment.layout import unwrap, wrap

    text = "Headline\n\n" + " ".join(["Troops moved towards the border on Monday."] * 6)
    wrapped = wrap(text, 72)
    assert unwrap(wrapped) == text
    assert len(wrapped) == len(text) and wrapped.count("\n") > 2
    assert all(a == b or (a == " " and b == "\n") for a, b in zip(text, wrapped))
    assert max(len(line) for line in wrapped.split("\n")) <= 73


def test_the_layout_script_maps_offsets_of_a_copy_with_doubled_spaces_back():
    import random

    spec = importlib.util.spec_from_file_location("evaluate_layout", SCRIPT.with_name("evaluate_layout.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = " ".join(["Troops moved towards the border on Monday."] * 8)
    copy, to_original = module.double_spaces(text, 0.3, random.Random(1))
    assert len(copy) > len(text) and copy.replace("  ", " ") == text
    for word in ("Troops", "border", "Monday"):
        starts = [i for i in range(len(copy)) if copy.startswith(word, i)]
        assert [to_original(i) for i in starts] == [i for i in range(len(text)) if text.startswith(word, i)]


def _example(words: list[str], sent_starts: list[bool], gold: list[str], predicted: list[str]):
    from spacy.tokens import Doc
    from spacy.training import Example

    vocab = spacy.blank("en").vocab
    reference = Doc(vocab, words=words, sent_starts=sent_starts, ents=gold)
    prediction = Doc(vocab, words=words, ents=predicted)
    return Example(prediction, reference)


def test_entity_counts_sum_to_spacys_entity_scores_and_split_by_gold_sentence():
    from spacy.scorer import get_ner_prf

    module = _script()
    words = ["Annan", "met", "Powell", ".", "The", "UN", "left", "Paris", "."]
    starts = [True, False, False, False, True, False, False, False, False]
    examples = [
        # one right (Annan), one wrong label (Powell), one missed (Paris), one right (UN)
        _example(words, starts, ["B-PERSON", "O", "B-PERSON", "O", "O", "B-ORG", "O", "B-LOC", "O"],
                 ["B-PERSON", "O", "B-ORG", "O", "O", "B-ORG", "O", "O", "O"]),
        # a prediction over a token whose gold annotation is missing is neither right nor wrong
        _example(["Kofi", "spoke", "."], [True, False, False], ["", "O", "O"], ["B-PERSON", "O", "O"]),
    ]
    counts = module.entity_counts(examples)
    assert counts == [(1, 2, 2), (1, 1, 2), (0, 0, 0)]
    right, predicted, gold = (sum(c[k] for c in counts) for k in range(3))
    assert 2 * right / (predicted + gold) == pytest.approx(get_ner_prf(examples)["ents_f"])


def test_the_f1_interval_holds_the_score_and_narrows_with_more_sentences():
    module = _script()
    few = [(1, 2, 2), (0, 1, 1), (2, 2, 3), (1, 1, 1)]
    low, high = module.f1_interval(few)
    right, predicted, gold = (sum(c[k] for c in few) for k in range(3))
    assert low <= 2 * right / (predicted + gold) <= high
    many_low, many_high = module.f1_interval(few * 50)
    assert many_high - many_low < high - low
    assert module.f1_interval(few) == (low, high)        # a fixed seed: the docs do not move between runs
    assert module.f1_interval([]) is None
