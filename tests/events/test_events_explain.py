"""explain_sentence: the parse, the mentions, and a verdict per candidate trigger."""
from __future__ import annotations

import pytest

from lapwing.errors import InputError
from lapwing.events.explain import explain_sentence

from events_builders import build_doc


def test_explain_shows_parse_mentions_and_verdicts():
    doc = build_doc([[("Turkey", "Turkey", "PROPN", "NNP", "nsubj", 1), ("backed", "back", "VERB", "VBD", "root", -1),
                      ("rebels", "rebel", "NOUN", "NNS", "obj", 1), ("and", "and", "CCONJ", "CC", "cc", 4),
                      ("attacked", "attack", "VERB", "VBD", "conj", 1)]], {"Turkey": ("TUR", "TUR")})
    text = explain_sentence(doc, 0)
    assert "backed           back             VERB   ROOT         ROOT" in text
    assert "'Turkey' (organization): Turkey code=TUR" in text
    assert "'backed' (lemma 'back', VERB): CODED" in text
    assert "'attacked' (lemma 'attack', VERB): CODED" in text
    assert "SUPPORT (asserted, cameo 051, rule v.back" in text


def test_explain_says_why_not():
    doc = build_doc([[("Someone", "someone", "PRON", "NN", "nsubj", 1),
                      ("attacked", "attack", "VERB", "VBD", "root", -1)]], {})
    assert "not coded: lexicon entry v.attack (verbs.yaml:" in explain_sentence(doc, 0)
    assert "no resolved actor found for the source" in explain_sentence(doc, 0)


def test_explain_unknown_sentence():
    doc = build_doc([[("Hello", "hello", "INTJ", "UH", "root", -1)]], {})
    with pytest.raises(InputError, match="no sentence 3"):
        explain_sentence(doc, 3)
