"""Extra spaces inside a line: the pipeline parses a compact copy and the tokens stay the original's."""
from __future__ import annotations

import datetime as dt

import pytest

spacy = pytest.importorskip("spacy")

from spacy.tokens import Doc  # noqa: E402

from lapwing.segment.compact import compact_copy, restore  # noqa: E402


def test_the_compact_copy_drops_whitespace_tokens_inside_a_line_only():
    nlp = spacy.blank("en")
    doc = nlp("New  York  troops\n\nleft.")
    copy, keep = compact_copy(doc)
    assert [t.text for t in copy] == ["New", "York", "troops", "\n\n", "left", "."]
    assert copy.text == "New York troops \n\nleft." or copy.text == "New York troops\n\nleft."
    assert [doc[i].text for i in keep] == [t.text for t in copy]
    assert compact_copy(nlp("No extra spaces here.")) is None
    assert compact_copy(nlp("DAMASCUS     Two commanders were killed.")) is None   # a laid-out break stays


def test_restore_puts_the_annotation_on_the_original_tokens():
    nlp = spacy.blank("en")
    original = nlp("New  York troops left.")
    assert [t.text for t in original] == ["New", " ", "York", "troops", "left", "."]
    _, keep = compact_copy(original)
    parsed = Doc(nlp.vocab, words=["New", "York", "troops", "left", "."], spaces=[True, True, True, False, False],
                 pos=["PROPN", "PROPN", "NOUN", "VERB", "PUNCT"], heads=[1, 2, 3, 3, 3],
                 deps=["compound", "compound", "nsubj", "ROOT", "punct"], ents=["B-LOC", "I-LOC", "O", "O", "O"])
    restored = restore(original, parsed, keep)
    assert restored.text == original.text
    assert [(t.text, t.pos_, t.dep_, t.head.i) for t in restored] == [
        ("New", "PROPN", "compound", 2), (" ", "SPACE", "dep", 0), ("York", "PROPN", "compound", 3),
        ("troops", "NOUN", "nsubj", 4), ("left", "VERB", "ROOT", 4), (".", "PUNCT", "punct", 4)]
    assert [(e.text, e.label_) for e in restored.ents] == [("New  York", "LOC")]


def test_the_segment_stage_parses_extra_spaces_as_one_space():
    from lapwing.config import load_config
    from lapwing.model import Article, CodedArticle
    from lapwing.segment.stage import SpacySegmenter

    config = load_config()
    segment = SpacySegmenter(config["segment"], config)

    def tokens(text):
        doc = segment(CodedArticle(article=Article(id="a", date=dt.date(2024, 1, 1), text=text)))
        return [(t.text, t.pos, t.dep, doc.sentences[0].tokens[0].i) for s in doc.sentences for t in s.tokens], doc

    plain, _ = tokens("Rebels attacked the town of Sake on Tuesday.")
    spaced, doc = tokens("Rebels  attacked the town of Sake on Tuesday.")
    assert [t[:3] for t in spaced] == [t[:3] for t in plain]
    rebels = next(t for t in doc.sentences[0].tokens if t.text == "Rebels")
    attacked = next(t for t in doc.sentences[0].tokens if t.text == "attacked")
    assert rebels.head == attacked.i and rebels.dep == "nsubj"
    assert doc.sentences[0].text == "Rebels  attacked the town of Sake on Tuesday."
    assert attacked.start_char == doc.article.text.index("attacked")


def test_characters_with_no_width_are_left_out_of_the_words_the_parser_reads():
    from lapwing.config import load_config
    from lapwing.model import Article, CodedArticle
    from lapwing.segment.stage import SpacySegmenter

    config = load_config()
    segment = SpacySegmenter(config["segment"], config)
    text = "Russian troops at\u00adtacked the town of Sake \u200b on Tuesday."
    doc = segment(CodedArticle(article=Article(id="a", date=dt.date(2024, 1, 1), text=text)))
    attacked = next(t for t in doc.sentences[0].tokens if t.text.startswith("at"))
    assert attacked.text == "at\u00adtacked" and attacked.lemma == "attack" and attacked.pos == "VERB"
    assert attacked.start_char == text.index("at\u00ad")
