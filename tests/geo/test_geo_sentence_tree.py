"""SentenceTree's indexes (bisection over the tokens in text order) give what a scan of every
token gives, also for tokens that overlap or touch (hand-built ones may)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lapwing.geo.locate import SentenceTree
from lapwing.geo.places import _name_run_ends
from lapwing.model import Mention, Token

NAMES = ["Sana'a", "Abu", "Dhabi", "of", "the", "in", "US", "troops", "Gulf", "Aden", "de", "2019", ","]


def scanned(tree: SentenceTree, start: int, end: int) -> list[Token]:
    return [t for t in tree.ordered if t.start_char < end and t.end_char > start]


@st.composite
def tokens_and_mentions(draw, *, overlapping: bool):
    tokens, offset = [], 0
    for i in range(draw(st.integers(0, 12))):
        text = draw(st.sampled_from(NAMES))
        start = offset - draw(st.integers(0, 2)) if overlapping and offset else offset
        start = max(start, 0)
        tokens.append(Token(i=i, text=text, start_char=start, end_char=start + len(text),
                            ent_type=draw(st.sampled_from(["", "GPE", "PERSON"]))))
        offset = start + len(text) + draw(st.integers(0, 1))
    mentions = [Mention(start_char=a, end_char=a + draw(st.integers(0, 8)), text="x",
                        kind=draw(st.sampled_from(["person", "location", "organization", "group"])))
                for a in draw(st.lists(st.integers(0, max(offset, 1)), max_size=4))]
    order = draw(st.permutations(tokens))
    return tuple(order), tuple(mentions), offset


@settings(max_examples=200, deadline=None)
@given(st.booleans().flatmap(lambda o: tokens_and_mentions(overlapping=o)), st.data())
def test_covered_and_blocked_tokens_match_a_full_scan(case, data):
    tokens, mentions, length = case
    tree = SentenceTree(tokens, mentions, not_places={"the": "never"})
    for _ in range(5):
        start = data.draw(st.integers(0, length + 1))
        end = data.draw(st.integers(start, length + 2))
        assert tree._covered(start, end) == scanned(tree, start, end)
        before = [t for t in tree.ordered if t.end_char <= start]
        assert tree.last_token_before(start) == (before[-1] if before else None)
    blocked = {t.i for m in mentions if m.kind in ("person", "organization", "group")
               for t in tokens if t.start_char < m.end_char and m.start_char < t.end_char}
    # a name cannot run through a person or group mention, "the" (listed "never"), "US" or a PERSON
    assert tree.not_a_name == blocked | {t.i for t in tokens
                                         if t.text in ("the", "US") or t.ent_type == "PERSON"}


def test_name_runs_end_at_the_first_word_outside_a_name():
    words = ["the", "Gulf", "of", "Aden", "troops", "Abu", "Dhabi"]
    tokens = tuple(Token(i=i, text=w, start_char=0, end_char=0) for i, w in enumerate(words))
    capitalised = [w[0].isupper() for w in words]
    assert _name_run_ends(tokens, capitalised) == [0, 4, 4, 4, 4, 7, 7, 7]
