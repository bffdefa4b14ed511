"""Copying spaCy's tokens into Lapwing's records (``lapwing.segment.scope.sentences_of``), which
reads the attributes as arrays: it must give what reading them token by token gives."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from lapwing.model import Sentence, Token  # noqa: E402
from lapwing.segment.nlp import load_pipeline  # noqa: E402
from lapwing.segment.scope import sentences_of  # noqa: E402

TEXTS = [
    "Russian troops attacked the border town of Kharkiv, officials said.\n\n"
    "Lt. Gen. Smith met U.N. envoys in Geneva on Jan. 5.  The talks  failed.\n",
    "  Odd\t spacing \u00a0here .\n\n\n“We will not stop,” the minister said. 3,000 people marched.",
    "",
]


def token_by_token(spans, *, offset, first, parsed=True):
    """The plain reading of each token's attributes (the reference)."""
    sentences = []
    for sent in spans:
        text = sent.text
        stripped = text.strip()
        if not stripped:
            continue
        tokens = tuple(
            Token(i=tok.i + first, text=tok.text, start_char=tok.idx + offset,
                  end_char=tok.idx + offset + len(tok.text), lemma=tok.lemma_ or tok.text.lower(),
                  pos=tok.pos_, tag=tok.tag_, dep=tok.dep_, head=tok.head.i + first, ent_type=tok.ent_type_)
            if parsed else
            Token(i=tok.i + first, text=tok.text, start_char=tok.idx + offset,
                  end_char=tok.idx + offset + len(tok.text), lemma=tok.text.lower())
            for tok in sent if not tok.is_space)
        start = sent.start_char + offset + len(text) - len(text.lstrip())
        sentences.append(Sentence(index=0, start_char=start, end_char=start + len(stripped), text=stripped,
                                  tokens=tokens))
    return sentences


@pytest.fixture(scope="module")
def parsed_docs():
    return list(load_pipeline().pipe(TEXTS))


@pytest.mark.parametrize("offset, first", [(0, 0), (17, 5)])
@pytest.mark.parametrize("parsed", [True, False])
def test_records_equal_the_token_by_token_reading(parsed_docs, offset, first, parsed):
    for doc in parsed_docs:
        expected = token_by_token(doc.sents, offset=offset, first=first, parsed=parsed)
        assert sentences_of(doc.sents, offset=offset, first=first, parsed=parsed) == expected
        if len(doc) > 6:
            span = [doc[2:len(doc) - 3]]
            assert sentences_of(span, offset=offset, first=first, parsed=parsed) == \
                token_by_token(span, offset=offset, first=first, parsed=parsed)


def test_heads_before_a_token_are_read_as_earlier_indices(parsed_docs):
    tokens = [t for s in sentences_of(parsed_docs[0].sents, offset=0, first=0) for t in s.tokens]
    assert any(t.head < t.i for t in tokens) and any(t.head > t.i for t in tokens)
    assert all(0 <= t.head < len(parsed_docs[0]) for t in tokens)
