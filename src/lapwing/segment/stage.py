"""The segment stage: split the article into sentences and tokens, with tags, lemmas and a
dependency parse, by a spaCy pipeline (Lapwing's own by default)."""
from __future__ import annotations

from typing import Any

from ..config import Config
from ..model import CodedArticle, Sentence, Token


class SpacySegmenter:
    """Runs a spaCy pipeline and copies what it found into :class:`Sentence`/:class:`Token` records."""

    name = "segment.spacy.v1"
    requires = ("article",)
    assigns = ("sentences", "tokens", "syntax", "entities")

    def __init__(self, settings: dict[str, Any], config: Config | None = None) -> None:
        from .nlp import load_pipeline

        self.model_name = settings.get("model", "en_lapwing_news")
        self.nlp = load_pipeline(self.model_name)

    def __call__(self, doc: CodedArticle) -> CodedArticle:
        spacy_doc = self.nlp(doc.article.text)
        return doc.replace(sentences=sentences_from_spacy(spacy_doc))

    def pipe(self, docs: list[CodedArticle]) -> list[CodedArticle]:
        """The same as calling the stage on each article, parsed in one ``nlp.pipe`` batch."""
        parsed = self.nlp.pipe([doc.article.text for doc in docs], batch_size=max(1, len(docs)))
        return [doc.replace(sentences=sentences_from_spacy(spacy_doc))
                for doc, spacy_doc in zip(docs, parsed)]

    def info(self) -> dict[str, Any]:
        from .nlp import pipeline_info

        return {"resources": {"spacy_pipeline": pipeline_info(self.nlp)}}


def sentences_from_spacy(spacy_doc: Any) -> tuple[Sentence, ...]:
    """Copy a parsed spaCy ``Doc`` into Lapwing's sentence and token records."""
    sentences: list[Sentence] = []
    for sent in spacy_doc.sents:
        if not sent.text.strip():
            continue
        tokens = tuple(
            Token(
                i=tok.i, text=tok.text, start_char=tok.idx, end_char=tok.idx + len(tok.text),
                lemma=tok.lemma_ or tok.text.lower(), pos=tok.pos_, tag=tok.tag_, dep=tok.dep_,
                head=tok.head.i, ent_type=tok.ent_type_,
            )
            for tok in sent
            if not tok.is_space
        )
        lead = len(sent.text) - len(sent.text.lstrip())
        stripped = sent.text.strip()
        start = sent.start_char + lead
        sentences.append(Sentence(index=len(sentences), start_char=start,
                                  end_char=start + len(stripped), text=stripped,
                                  tokens=tokens))
    return tuple(sentences)
