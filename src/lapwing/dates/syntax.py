"""What the dependency parse says about a time expression: its tokens, the word it attaches to,
whether its clause is in the future tense, and whether an ambiguous word is really a date."""
from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable

from ..model import Sentence, Token

FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo"})
#: Verbs and adjectives whose infinitive complement, in the present tense, is a plan or schedule.
FUTURE_FRAMES = frozenset({"expect", "expected", "schedule", "scheduled", "set", "due", "plan", "intend",
                           "go", "going", "about"})
VERBAL_POS = frozenset({"AUX", "VERB"})
#: Relations of a participle that modifies a noun ("suspected rebels", "a bomb planted near ...").
MODIFIER_DEPS = frozenset({"amod", "acl"})
#: How many heads :meth:`ParsedText.tense` climbs from a time expression to find its clause's verb.
MAX_CLAUSE_CLIMB = 6


class ParsedText:
    """Tokens of an article indexed by position and by character, with their children."""

    def __init__(self, sentences: Iterable[Sentence]) -> None:
        self.sentences = tuple(sentences)
        self.tokens: dict[int, Token] = {}
        self.children: dict[int, list[Token]] = defaultdict(list)
        ordered: list[Token] = []
        for sent in self.sentences:
            for tok in sent.tokens:
                self.tokens[tok.i] = tok
                ordered.append(tok)
        ordered.sort(key=lambda t: t.start_char)
        self._ordered = ordered
        self._starts = [t.start_char for t in ordered]
        self._sentence_starts = [s.start_char for s in self.sentences]
        for tok in ordered:
            if tok.head >= 0 and tok.head != tok.i:
                self.children[tok.head].append(tok)
        self.has_syntax = any(t.head >= 0 and t.dep for t in ordered)

    def sentence_index(self, char: int) -> int | None:
        at = bisect.bisect_right(self._sentence_starts, char) - 1
        if at >= 0 and self.sentences[at].start_char <= char < max(self.sentences[at].end_char, char + 1):
            return self.sentences[at].index
        return None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens overlapping the characters ``start``..``end``."""
        at = max(0, bisect.bisect_right(self._starts, start) - 1)
        found = []
        while at < len(self._ordered) and self._ordered[at].start_char < end:
            tok = self._ordered[at]
            if tok.end_char > start:
                found.append(tok)
            at += 1
        return found

    def token_at(self, char: int) -> Token | None:
        found = self.tokens_in(char, char + 1)
        return found[0] if found else None

    def head_of(self, tok: Token) -> Token | None:
        if tok.head < 0 or tok.head == tok.i:
            return None
        return self.tokens.get(tok.head)

    def span_root(self, tokens: list[Token]) -> Token | None:
        """The token of a span whose head lies outside it (the first such, if several)."""
        inside = {t.i for t in tokens}
        for tok in tokens:
            if tok.head not in inside or tok.head == tok.i:
                return tok
        return tokens[0] if tokens else None

    def attachment(self, start: int, end: int) -> Token | None:
        """The word outside a time expression that the expression hangs on ("opened" for "in March")."""
        found = self.attachment_with_relation(start, end)
        return found[0] if found else None

    def attachment_with_relation(self, start: int, end: int) -> tuple[Token, str] | None:
        """The attachment word and the relation the expression has to it. A preposition outside the
        span ("in" of "in March" in a parse where "March" hangs on "in") is stepped over."""
        tokens = self.tokens_in(start, end)
        root = self.span_root(tokens)
        if root is None:
            return None
        head = self.head_of(root)
        relation = root.dep
        if head is not None and head.pos == "ADP" and head.dep in ("prep", "case", "mark", "obl", "advmod"):
            relation = head.dep
            head = self.head_of(head)
        return (head, relation) if head is not None else None

    def is_future(self, start: int, end: int) -> bool:
        """True when the clause a time expression attaches to is about the future: a future auxiliary
        ("will", "shall"), "be to" + verb ("the vote is to be held", "they are to travel"), or a
        present-tense frame such as "is expected to", "is set to", "plans to", "is going to"."""
        head = self.attachment(start, end)
        for _ in range(MAX_CLAUSE_CLIMB):
            if head is None:
                return False
            children = self.children.get(head.i, ())
            auxiliaries = [c for c in children if c.dep.startswith(("aux", "cop"))]
            if any(_is_word(c, FUTURE_AUXILIARIES) for c in auxiliaries if c.dep.startswith("aux")):
                return True
            if _modifying_participle(head, auxiliaries):
                head = self.head_of(head)   # "the talks scheduled for August 6 will ...": the clause's verb
                continue
            if head.pos in VERBAL_POS or any(c.dep == "cop" for c in children):
                return self._be_to(head, children) or self._future_frame(head)
            head = self.head_of(head)
        return False

    def _be_to(self, head: Token, children: list[Token]) -> bool:
        """"is to be held", "are to travel": a present form of "be" and the infinitive "to"."""
        return any(c.dep == "mark" and c.text.lower() == "to" for c in children) and any(
            c.dep in ("aux", "cop") and c.lemma.lower() == "be" and c.tag in ("VBZ", "VBP") for c in children)

    def _future_frame(self, head: Token) -> bool:
        """An infinitive under "expected", "set", "due", "plans", "going" in the present tense."""
        frame = self.head_of(head) if head.dep == "xcomp" else None
        if frame is None or frame.lemma.lower() not in FUTURE_FRAMES or frame.tag == "VBD":
            return False
        auxiliaries = [c for c in self.children.get(frame.i, ()) if c.dep.startswith(("aux", "cop"))]
        return not any(c.tag == "VBD" for c in auxiliaries)

    def tense(self, start: int, end: int) -> str | None:
        """"future", "past" or None (unknown) for the clause a time expression attaches to.

        From the word the expression attaches to, up through the nouns of a noun phrase ("killed
        130 people at a stadium, a string of cafes and a concert hall ... on Nov. 13") and through
        participles that modify a noun ("On October 2, suspected rebels detonated ..."), which have
        no tense of their own, to the first verb or copula: past for a past form (VBD), "have" +
        participle, or a participle with a subject and no auxiliary (a past form the tagger took
        for a participle: "SDF forces captured Manbij on August 6"; a passive has its "be")."""
        if self.is_future(start, end):
            return "future"
        head = self.attachment(start, end)
        for _ in range(MAX_CLAUSE_CLIMB):
            if head is None:
                return None
            children = self.children.get(head.i, ())
            copulas = [c for c in children if c.dep == "cop"]
            if head.pos in VERBAL_POS or copulas:
                auxiliaries = [c for c in children if c.dep.startswith("aux")] + copulas
                if _modifying_participle(head, auxiliaries):
                    head = self.head_of(head)
                    continue
                if head.tag == "VBD" or any(c.tag == "VBD" for c in auxiliaries) or (
                        head.tag == "VBN" and any(c.lemma.lower() == "have" for c in auxiliaries)):
                    return "past"
                if head.tag == "VBN" and not auxiliaries and any(c.dep == "nsubj" for c in children):
                    return "past"
                return None
            head = self.head_of(head)
        return None

    def is_verb_at(self, start: int, end: int) -> bool:
        """True when the word at ``start`` is tagged as a verb or auxiliary ("may", "march")."""
        tokens = self.tokens_in(start, end)
        return bool(tokens) and (tokens[0].pos in VERBAL_POS or tokens[0].tag == "MD")

    def is_counted_plural(self, start: int, end: int) -> bool:
        """True when a number is followed by a plural noun ("2000 troops") with no determiner before it."""
        tokens = self.tokens_in(start, end)
        if not tokens:
            return False
        last = tokens[-1]
        after = self.tokens_in(last.end_char, last.end_char + 2)
        nxt = after[0] if after and after[0].i != last.i else self.tokens.get(last.i + 1)
        if nxt is None or nxt.tag not in ("NNS", "NNPS"):
            return False
        before = self.tokens.get(tokens[0].i - 1)
        return before is None or before.pos not in ("DET", "ADP", "PRON") and before.tag not in ("POS", "PRP$")


def _modifying_participle(tok: Token, auxiliaries: list[Token]) -> bool:
    """A participle that modifies a noun ("suspected rebels", "the talks scheduled for May 6"),
    with no auxiliary or copula of its own: it has no tense; its clause's verb is further up."""
    return tok.pos in VERBAL_POS and tok.dep in MODIFIER_DEPS and tok.tag in ("VBN", "VBG") and not auxiliaries


def _is_word(tok: Token, words: frozenset[str]) -> bool:
    return tok.lemma.lower() in words or tok.text.lower() in words
