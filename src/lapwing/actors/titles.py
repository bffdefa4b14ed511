"""The title lexicon: offices and ranks that say what a named person does ("President",
"deputy assistant secretary", "Lt Gen"), read from ``data/titles.yaml``."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ResourceError
from .data_files import read_records, string_list, where
from .knowledge_base import Tokenize, normalize
from .matcher import PhraseTrie


@dataclass
class TitleLexicon:
    """Titles (as a token trie giving the sector), their modifiers, "former" words, honorifics."""

    trie: PhraseTrie = field(default_factory=PhraseTrie)
    modifiers: set[str] = field(default_factory=set)
    former: set[str] = field(default_factory=set)
    honorifics: set[str] = field(default_factory=set)
    count: int = 0

    @classmethod
    def load(cls, path: Path, *, tokenize: Tokenize, sectors: dict[str, str]) -> TitleLexicon:
        lexicon = cls()
        for record in read_records(path):
            if "modifiers" in record:
                lexicon.modifiers.update(normalize(w) for w in string_list(record, "modifiers"))
                continue
            if "former" in record:
                lexicon.former.update(normalize(w) for w in string_list(record, "former"))
                continue
            if "honorifics" in record:
                lexicon.honorifics.update(normalize(w) for w in string_list(record, "honorifics"))
                continue
            sector = record.get("sector")
            if sector not in sectors:
                raise ResourceError(f"{where(record)}: field 'sector': {sector!r} is not a sector "
                                    f"({', '.join(sectors)})", code="E316")
            titles = string_list(record, "titles")
            if not titles:
                raise ResourceError(f"{where(record)}: field 'titles' is missing or empty",
                                    code="E318")
            for text in titles:
                tokens = tuple(normalize(tok) for tok in tokenize(text))
                lexicon.trie.add(tokens, (sector, text, where(record)))
                lexicon.count += 1
        return lexicon
