"""The phrase trie: leftmost-longest walks, and the quick answer for a token that starts nothing."""
from __future__ import annotations

from lapwing.actors.matcher import PhraseTrie


def test_walk_finds_every_phrase_starting_at_a_token_longest_first():
    trie = PhraseTrie()
    for phrase in [("united",), ("united", "nations"), ("united", "nations", "council"), ("nations",)]:
        trie.add(phrase, " ".join(phrase))
    keys = ["the", "united", "nations", "said"]
    assert trie.walk(keys, 1) == [(3, ["united nations"]), (2, ["united"])]
    assert trie.walk(keys, 2) == [(3, ["nations"])]
    assert trie.walk(keys, 0) == [] and trie.walk(keys, 3) == [] and trie.walk(keys, 4) == []
    assert trie.walk(["united", "states"], 0) == [(1, ["united"])]
