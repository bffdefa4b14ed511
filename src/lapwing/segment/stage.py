"""The segment stage: split the article into sentences and tokens, with tags, lemmas and a
dependency parse, by a spaCy pipeline (Lapwing's own by default).

``parse_scope = "all"`` (the default) parses every sentence; ``"candidates"`` parses only the
sentences that can hold an event and tokenises the rest (see :mod:`lapwing.segment.scope`).

``truecase = "auto"`` (the default) lets the model read passages written in capitals with a
likely case restored, keeping the article's characters in the records (see
:mod:`lapwing.segment.truecase`); ``"off"`` gives the model the text as it is.

Memory. spaCy keeps every word form it reads (a string and a lexeme in its vocabulary) for the
life of the process, so over a long run memory grows with the vocabulary of the news: names,
numbers, misspellings. With ``memory_zones = true`` (the default), after the first
``vocabulary_warmup`` articles (whose words stay, as do the entries they put in the tokenizer's
cache, so the common words are not rebuilt for every batch) each batch is parsed inside a spaCy
memory zone (``Language.memory_zone``), which frees the forms added during it once the batch is
copied into Lapwing's records. The records are the same either way; nothing keeps a spaCy object
past the batch.
"""
from __future__ import annotations

import contextlib
from typing import Any

from ..config import Config
from ..errors import ConfigError
from ..model import CodedArticle, Sentence
from .compact import parse
from .layout import plain_spaces, unwrap
from .scope import PARSE_SCOPES, CandidateTest, ScopedParser, sentences_of
from .truecase import TRUECASE_MODES, Truecaser, capitals_passages, keep_article_text


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
        self.truecase = settings.get("truecase", "auto")
        if self.truecase not in TRUECASE_MODES:
            raise ConfigError(f"[segment] truecase must be one of {', '.join(map(repr, TRUECASE_MODES))}, "
                              f"not {self.truecase!r}", code="E210")
        self.memory_zones = settings.get("memory_zones", True)
        if not isinstance(self.memory_zones, bool):
            raise ConfigError(f"[segment] memory_zones must be true or false, not {self.memory_zones!r}", code="E210")
        self.vocabulary_warmup = settings.get("vocabulary_warmup", 1000)
        if isinstance(self.vocabulary_warmup, bool) or not isinstance(self.vocabulary_warmup, int) \
                or self.vocabulary_warmup < 0:
            raise ConfigError("[segment] vocabulary_warmup must be a whole number of articles, 0 or more, "
                              f"not {self.vocabulary_warmup!r}", code="E210")
        self.articles_seen = 0
        self.config = config
        self.nlp = load_pipeline(self.model_name)
        self.scoped = ScopedParser(self.nlp, CandidateTest.from_config(config)) \
            if self.parse_scope == "candidates" else None
        self._truecaser: Truecaser | None = None

    @property
    def truecaser(self) -> Truecaser:
        """The truecaser, with its resources loaded on first use."""
        if self._truecaser is None:
            from .casing_resources import load_casing_resources

            triggers = self.scoped.test if self.scoped is not None else CandidateTest.from_config(self.config)
            self._truecaser = Truecaser(load_casing_resources(trigger_forms=frozenset(triggers.triggers)))
        return self._truecaser

    def model_text(self, text: str) -> str:
        """What the model reads: the text, truecased where it is written in capitals (``auto``),
        with no-break spaces, tabs and other space-like characters made plain spaces and the line
        breaks that only wrap a hard-wrapped paragraph made spaces (:mod:`lapwing.segment.layout`);
        the same length, so the offsets are the article's."""
        passages = capitals_passages(text) if self.truecase != "off" else []
        return unwrap(plain_spaces(self.truecaser.restore(text, passages) if passages else text))

    def __call__(self, doc: CodedArticle) -> CodedArticle:
        return self.pipe([doc])[0]

    def pipe(self, docs: list[CodedArticle]) -> list[CodedArticle]:
        """The same as calling the stage on each article, parsed in one ``nlp.pipe`` batch."""
        texts = [doc.article.text for doc in docs]
        model_texts = [self.model_text(text) for text in texts]
        with self._memory_zone(len(docs)):  # everything spaCy made is copied into records inside it
            if self.scoped is not None:
                found = self.scoped.sentences(model_texts)
            else:
                parsed = parse(self.nlp, [self.nlp.make_doc(text) for text in model_texts],
                               batch_size=max(1, len(docs)), texts=model_texts)
                found = [sentences_from_spacy(spacy_doc) for spacy_doc in parsed]
        return [doc.replace(sentences=sentences if model == text else keep_article_text(sentences, text))
                for doc, sentences, model, text in zip(docs, found, model_texts, texts)]

    def _memory_zone(self, articles: int) -> contextlib.AbstractContextManager[Any]:
        """A spaCy memory zone for a batch of ``articles``, once the warm-up articles are read."""
        warm = self.articles_seen >= self.vocabulary_warmup
        self.articles_seen += articles
        return self.nlp.memory_zone() if self.memory_zones and warm else contextlib.nullcontext()

    def info(self) -> dict[str, Any]:
        from .nlp import pipeline_info

        info: dict[str, Any] = {"resources": {"spacy_pipeline": pipeline_info(self.nlp)},
                                "parse_scope": self.parse_scope, "truecase": self.truecase,
                                "memory_zones": self.memory_zones, "vocabulary_warmup": self.vocabulary_warmup}
        if self._truecaser is not None:
            info["resources"]["truecasing"] = self._truecaser.info()
        elif self.truecase != "off":
            from .casing_resources import TABLE_PATH

            # loaded with the first article in capitals (about a second), not for every run
            info["resources"]["truecasing"] = {"casing_table": str(TABLE_PATH), "loaded": False}
        if self.scoped is not None:
            info["resources"]["candidate_test"] = self.scoped.test.info()
        return info


def sentences_from_spacy(spacy_doc: Any) -> tuple[Sentence, ...]:
    """Copy a parsed spaCy ``Doc`` into Lapwing's sentence and token records."""
    return tuple(s.replace(index=k) for k, s in enumerate(sentences_of(spacy_doc.sents, offset=0, first=0)))
