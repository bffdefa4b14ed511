"""Sentences written in capitals: where capital letters are no evidence of a name.

Old wire copy (MUC-4, FBIS) and some headlines are written ALL IN CAPITALS. The segment stage
lets the spaCy model read a truecased copy of such passages (:mod:`lapwing.segment.truecase`),
but the tokens keep the article's own characters, so every word of them starts with a capital.
A sentence is *capitals text* when it lies in a passage the truecaser restores (the same test,
:func:`lapwing.segment.truecase.capitals_passages`, on the article's text). There the actors
stage reads the model's reading instead of the letters:

- a word counts as capitalised (a name word for the run rules: titles before names, bodies by
  their head noun, places by their shape, acronym long forms, partial names) only when the model
  tags it ``PROPN`` or puts a named entity over it;
- a dictionary name matches only where the model's reading agrees: an acronym or short name
  ("WHO", "US") needs its words tagged ``PROPN`` or ``NOUN`` or inside an entity, and never a
  pronoun, determiner, preposition, verb or adjective ("WOMEN WHO", "TERRORISTS WHO" are not the
  World Health Organization); a country adjective needs an adjective, noun or proper-noun tag;
  sector words ("army", "government") match as in any text.

Text in normal case is read exactly as before.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..model import Sentence, Token
from ..segment.truecase import capitals_passages
from .schema import Alias

#: Entity labels of the model that mark a name.
NAME_ENTITIES = frozenset({"PERSON", "PER", "ORG", "GPE", "LOC", "NORP", "FAC"})
#: Tags that say a word is a common word, not a name, whatever the dictionary says.
COMMON_WORD_TAGS = frozenset({"PRON", "DET", "ADP", "VERB", "AUX", "ADJ", "ADV", "CCONJ", "SCONJ",
                              "PART", "NUM", "INTJ"})
#: Tags a country adjective ("SALVADORAN") may have.
ADJECTIVE_TAGS = frozenset({"ADJ", "PROPN", "NOUN"})


def truecasing_on(config: Mapping[str, Any] | None) -> bool:
    """Whether the segment stage lets the model read capitals text truecased (``segment.truecase``
    is not ``"off"``). Only then does the model's reading of such text say more than its letters."""
    return ((config or {}).get("segment") or {}).get("truecase", "auto") != "off"


def capitals_sentences(sentences: Sequence[Sentence], text: str, *, enabled: bool = True) -> list[bool]:
    """For each sentence, whether it is capitals text: at least half of its characters lie in a
    passage the truecaser restores. With ``enabled`` false (truecasing is off, so the model read
    the capitals as they are) no sentence is."""
    passages = capitals_passages(text) if enabled else []
    if not passages:
        return [False] * len(sentences)
    flags: list[bool] = []
    for sent in sentences:
        inside = sum(max(0, min(end, sent.end_char) - max(start, sent.start_char)) for start, end in passages)
        flags.append(sent.end_char > sent.start_char and 2 * inside >= sent.end_char - sent.start_char)
    return flags


def reads_as_name(tok: Token) -> bool:
    """Whether the model reads a word as (part of) a name: a ``PROPN`` tag or a name entity."""
    return tok.pos == "PROPN" or tok.ent_type in NAME_ENTITIES


def _agrees(tok: Token) -> bool:
    """The model's reading of a word agrees with a dictionary name."""
    if tok.pos in COMMON_WORD_TAGS:
        return False
    return tok.pos in ("PROPN", "NOUN") or tok.ent_type in NAME_ENTITIES


def alias_fits_capitals(alias: Alias, tokens: Sequence[Token]) -> bool:
    """Whether a dictionary name matched in capitals text is one there (see the module doc)."""
    if alias.case == "any":
        return True
    words = [tok for tok in tokens if any(ch.isalpha() for ch in tok.text)]
    if not words:
        return False
    if alias.form == "adjective" and alias.case != "exact":
        return any(tok.pos in ADJECTIVE_TAGS or tok.ent_type in NAME_ENTITIES for tok in words)
    if alias.case == "exact" or alias.form in ("acronym", "short_name") or len(words) == 1:
        return all(_agrees(tok) for tok in words)
    return any(_agrees(tok) for tok in words)
