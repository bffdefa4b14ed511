"""Finding known names in a sentence: a trie over normalised token sequences, matched
leftmost-longest in one pass over the tokens (no per-entry scans)."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..model import Token
from .capitals import alias_fits_capitals
from .schema import Alias

_END = None  # trie key holding the values that end at a node (never a token key, even an empty one)


class PhraseTrie:
    """Token-sequence trie: ``add(("united", "nations"), value)``; ``walk(keys, i)`` finds the
    phrases starting at ``keys[i]``, longest first."""

    def __init__(self) -> None:
        self.root: dict[str, Any] = {}
        self.size = 0

    def add(self, tokens: Sequence[str], value: Any) -> None:
        node = self.root
        for key in tokens:
            node = node.setdefault(key, {})
        node.setdefault(_END, []).append(value)
        self.size += 1

    def walk(self, keys: Sequence[str], start: int) -> list[tuple[int, list[Any]]]:
        """``(end, values)`` for each phrase starting at ``start`` (end exclusive), longest first."""
        if start >= len(keys) or keys[start] not in self.root:
            return []   # most tokens start no phrase: answer before building anything
        found: list[tuple[int, list[Any]]] = []
        node = self.root
        for i in range(start, len(keys)):
            node = node.get(keys[i])
            if node is None:
                break
            values = node.get(_END)
            if values:
                found.append((i + 1, values))
        found.reverse()
        return found


def build_alias_trie(aliases: Iterable[Alias]) -> PhraseTrie:
    trie = PhraseTrie()
    for alias in aliases:
        trie.add(alias.tokens, alias)
    return trie


def case_matches(alias: Alias, tokens: Sequence[Token], *, capitals: bool = False) -> bool:
    """Whether the text's casing fits the alias (see :attr:`Alias.case`); in a sentence written
    in capitals (``capitals``), whether the model's reading does (see :mod:`.capitals`)."""
    if capitals:
        return alias_fits_capitals(alias, tokens)
    if alias.case == "any":
        return True
    if alias.case == "exact":
        surface = "".join(tok.text for tok in tokens).replace("\u2019", "'")
        return surface == alias.text.replace(" ", "")
    first = tokens[0].text
    if alias.form == "short_name":
        return first[:1].isupper()
    return any(tok.text[:1].isupper() for tok in tokens)


def find_aliases(trie: PhraseTrie, keys: Sequence[str], tokens: Sequence[Token], *,
                 capitals: bool = False) -> list[tuple[int, int, list[Alias]]]:
    """Leftmost-longest, non-overlapping matches: ``(start, end, aliases)`` with token positions
    in ``tokens`` (end exclusive) and the aliases whose casing fits (``capitals``: the sentence
    is written in capitals, see :func:`case_matches`)."""
    matches: list[tuple[int, int, list[Alias]]] = []
    i = 0
    n = len(keys)
    while i < n:
        advanced = False
        for end, values in trie.walk(keys, i):
            fitting = [alias for alias in values if case_matches(alias, tokens[i:end], capitals=capitals)]
            if fitting:
                matches.append((i, end, fitting))
                i = end
                advanced = True
                break
        if not advanced:
            i += 1
    return matches
