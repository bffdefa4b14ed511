"""Line layout: hard-wrapped lines are joined for the parser, real line breaks are kept."""
from __future__ import annotations

import textwrap

import pytest

from lapwing.segment.layout import MAX_WRAP_WIDTH, unwrap, wrap_width

PARAGRAPH = ("Rebels seized the town of Sake on Tuesday after two days of fighting with government "
             "troops, residents and a United Nations official said, and thousands of people fled "
             "towards the provincial capital Goma along the lake shore.")


def test_a_hard_wrapped_paragraph_is_joined_with_the_same_length():
    wrapped = textwrap.fill(PARAGRAPH, 72)
    assert wrapped.count("\n") >= 2
    assert wrap_width(wrapped) is not None
    joined = unwrap(wrapped)
    assert len(joined) == len(wrapped) and "\n" not in joined
    assert joined == PARAGRAPH


def test_blank_lines_and_short_lines_of_a_wrapped_text_stay():
    headline = "Rebels seize Sake"
    text = headline + "\n" + textwrap.fill(PARAGRAPH, 72) + "\n\n" + textwrap.fill(PARAGRAPH, 72)
    joined = unwrap(text)
    assert joined.startswith(headline + "\n")        # a short line ends where it ends
    assert "\n\n" in joined                           # the paragraph break
    assert joined.count("\n") == 3
    assert [i for i, c in enumerate(text) if c != joined[i]] == \
        [i for i, c in enumerate(text) if c == "\n" and joined[i] == " "]


def test_windows_line_ends_become_two_spaces():
    wrapped = textwrap.fill(PARAGRAPH, 72).replace("\n", "\r\n")
    joined = unwrap(wrapped)
    assert len(joined) == len(wrapped) and "\r" not in joined and "\n" not in joined


@pytest.mark.parametrize("text", [
    "Rebels seize key town in eastern Congo\nGOMA, Congo (Reuters) - Rebels seized the town of Sake on "
    "Tuesday, residents said, and thousands of people fled towards the provincial capital.",
    "One line only, however long it is.",
    "Headline\nBy John Smith\nBody.",
    ("x" * (MAX_WRAP_WIDTH + 1) + "\n") * 3,
])
def test_texts_whose_lines_end_something_are_not_wrapped(text):
    assert wrap_width(text) is None
    assert unwrap(text) == text


def test_the_segment_stage_parses_a_wrapped_text_as_one_paragraph_and_keeps_its_characters():
    pytest.importorskip("spacy")
    import datetime as dt

    from lapwing.config import load_config
    from lapwing.model import Article, CodedArticle
    from lapwing.segment.stage import SpacySegmenter

    config = load_config()
    segment = SpacySegmenter(config["segment"], config)
    text = textwrap.fill(PARAGRAPH, 40)
    doc = segment(CodedArticle(article=Article(id="a", date=dt.date(2024, 1, 1), text=text)))
    assert len(doc.sentences) == 1
    assert doc.sentences[0].text == text              # the article's own line breaks
    headline = segment(CodedArticle(article=Article(id="b", date=dt.date(2024, 1, 1), text=(
        "Rebels seize key town in eastern Congo\nGOMA, Congo (Reuters) - Rebels seized the town of Sake "
        "on Tuesday, residents said."))))
    assert [s.text for s in headline.sentences][0] == "Rebels seize key town in eastern Congo"


def test_space_like_characters_become_plain_spaces_one_for_one():
    from lapwing.segment.layout import plain_spaces

    text = "Russian\u00a0troops\tattacked\u2009the town of\u202fSake.\u2028Then\u2029more."
    plain = plain_spaces(text)
    assert len(plain) == len(text)
    assert plain == "Russian troops attacked the town of Sake.\nThen\nmore."
    assert plain_spaces("no change here") == "no change here"


def test_the_segment_stage_reads_no_break_spaces_as_spaces_and_keeps_them_in_its_records():
    pytest.importorskip("spacy")
    import datetime as dt

    from lapwing.config import load_config
    from lapwing.model import Article, CodedArticle
    from lapwing.segment.stage import SpacySegmenter

    config = load_config()
    segment = SpacySegmenter(config["segment"], config)

    def code(text):
        return segment(CodedArticle(article=Article(id="a", date=dt.date(2024, 1, 1), text=text)))

    plain = code("Russian troops attacked the town of Sake on Tuesday.")
    odd = code("Russian\u00a0troops attacked the town of\u00a0Sake on\tTuesday.")
    assert [(t.text, t.pos, t.dep, t.head) for t in odd.sentences[0].tokens] == \
        [(t.text, t.pos, t.dep, t.head) for t in plain.sentences[0].tokens]
    assert odd.sentences[0].text == "Russian\u00a0troops attacked the town of\u00a0Sake on\tTuesday."
