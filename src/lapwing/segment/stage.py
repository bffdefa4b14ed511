"""The segment stage: split the article into sentences and tokens, with tags, lemmas and a
dependency parse, by a spaCy pipeline (Lapwing's own by default).

``parse_scope = "all"`` (the default) parses every sentence; ``"candidates"`` parses only the
sentences that can hold an event and tokenises the rest (see :mod:`lapwing.segment.scope`).
"""
from __future__ import annotations

from typing import Any

from ..config import Config
from ..errors import ConfigError
from ..model import CodedArticle, Sentence
from .scope import PARSE_SCOPES, CandidateTest, ScopedParser, sentences_of


class SpacySegmenter:
    """Runs a spaCy pipeline and copies what it found into :class:`Sentence`/:class:`Token` records."""

    name = "segment.spacy.v1"
    requires = ("article",)
    assigns = ("sentences", "tokens", "syntax", "entities")

    def __init__(self, settings: dict[str, Any], config: Config | None = None) -> None:
        from .nlp import load_pipeline

        self.model_name = settings.get("model", "en_lapwing_news")
        self.parse_scope = settings.get("parse_scope", "all")
        if self.parse_scope not in PARSE_SCOPES:
            raise ConfigError(f"[segment] parse_scope must be one of {', '.join(map(repr, PARSE_SCOPES))}, "
                              f"not {self.parse_scope!r}", code="E210")
        self.nlp = load_pipeline(self.model_name)
        self.scoped = ScopedParser(self.nlp, CandidateTest.from_config(config)) \
            if self.parse_scope == "candidates" else None

    def __call__(self, doc: CodedArticle) -> CodedArticle:
        if self.scoped is not None:
            return self.pipe([doc])[0]
        return doc.replace(sentences=sentences_from_spacy(self.nlp(doc.article.text)))

    def pipe(self, docs: list[CodedArticle]) -> list[CodedArticle]:
        """The same as calling the stage on each article, parsed in one ``nlp.pipe`` batch."""
        if self.scoped is not None:
            found = self.scoped.sentences([doc.article.text for doc in docs])
            return [doc.replace(sentences=sentences) for doc, sentences in zip(docs, found)]
        parsed = self.nlp.pipe([doc.article.text for doc in docs], batch_size=max(1, len(docs)))
        return [doc.replace(sentences=sentences_from_spacy(spacy_doc))
                for doc, spacy_doc in zip(docs, parsed)]

    def info(self) -> dict[str, Any]:
        from .nlp import pipeline_info

        info: dict[str, Any] = {"resources": {"spacy_pipeline": pipeline_info(self.nlp)},
                                "parse_scope": self.parse_scope}
        if self.scoped is not None:
            info["resources"]["candidate_test"] = self.scoped.test.info()
        return info


def sentences_from_spacy(spacy_doc: Any) -> tuple[Sentence, ...]:
    """Copy a parsed spaCy ``Doc`` into Lapwing's sentence and token records."""
    return tuple(s.replace(index=k) for k, s in enumerate(sentences_of(spacy_doc.sents, offset=0, first=0)))
