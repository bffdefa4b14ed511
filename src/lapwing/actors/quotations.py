"""Direct quotations in an article and who speaks them.

:func:`quotation_spans` finds the quoted stretches of an article's text: curly quotes pair by
direction, straight quotes by the characters beside them (an opening mark follows a space and
precedes a word; a closing one follows a word), runs of marks count as one (three straight
marks in CSV-escaped text), and a quotation left open ends at its paragraph's end (news opens each
paragraph of a long quotation again).

:func:`quotation_speakers` attributes each quotation to the subject of a speech verb beside it:
after it (``"...," X said`` / ``"...," said X``) or before it (``X said: "..."``, ``X said, "..."``,
also when the quotation opens the next sentence after ``X said:``). A quotation with no
attribution that follows an attributed one in the next sentence continues its speaker
(``"...," he said. "..."``). The speaker is a candidate mention (a span) of that sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .rules import SentenceContext
from .spans import Span

OPENING_MARKS = "\u201c\u00ab\u201e"
CLOSING_MARKS = "\u201d\u00bb"
STRAIGHT_MARKS = '"'
_ANY_MARK = re.compile("[" + re.escape(OPENING_MARKS + CLOSING_MARKS + STRAIGHT_MARKS) + "]")
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
#: The most words between a quotation and its speech verb ("," he told reporters on Monday").
_VERB_REACH = 6


@dataclass(frozen=True)
class Quotation:
    """A quoted stretch ``[start, end)`` of the article text (inside the marks)."""

    start: int
    end: int

    def holds(self, start_char: int) -> bool:
        return self.start <= start_char < self.end


@dataclass(frozen=True)
class Speaker:
    """The span that speaks a quotation, its sentence number and how it was found."""

    sentence: int
    span: Span
    how: str


def quotation_spans(text: str) -> list[Quotation]:
    """The quoted stretches of ``text``, in order."""
    quotations: list[Quotation] = []
    opened: int | None = None
    i = 0
    while i < len(text):
        found = _ANY_MARK.search(text, i)  # jump to the next quote mark
        if found is None:
            break
        i = found.start()
        char = text[i]
        j = i
        while j < len(text) and text[j] == char:
            j += 1          # a run of marks is one mark
        before = text[i - 1] if i else " "
        after = text[j] if j < len(text) else " "
        opens = char in OPENING_MARKS or (char in STRAIGHT_MARKS and (before.isspace() or before in "([-\u2014:")
                                          and not after.isspace())
        closes = char in CLOSING_MARKS or (char in STRAIGHT_MARKS and not before.isspace()
                                           and (after.isspace() or after in ".,;:!?)]\u2014-"))
        if opened is not None:
            paragraph_end = text.find("\n", opened, i)
            if paragraph_end >= 0 and (opens or not closes):
                quotations.append(Quotation(opened, paragraph_end))   # open to its paragraph's end
                opened = None
        if opened is None and (opens or not closes):
            opened = j
        elif opened is not None:
            quotations.append(Quotation(opened, i))
            opened = None
        i = j
    if opened is not None:
        end = text.find("\n", opened)
        quotations.append(Quotation(opened, len(text) if end < 0 else end))
    return [q for q in quotations if q.end > q.start]


#: The most words of a short quotation: a slogan, a title or a scare quote, not reported speech.
SHORT_QUOTATION_WORDS = 8


def short_quotation_positions(quotations: list[Quotation],
                              per_sentence: list[tuple[SentenceContext, list[Span]]]) -> set[tuple[int, int]]:
    """``(sentence number, token position)`` of every token inside a short quotation within one
    sentence: a slogan ("Bush go home!"), a placard or a title, whose words say what is shouted
    or named, not where the story happens."""
    found: set[tuple[int, int]] = set()
    for number, (ctx, _) in enumerate(per_sentence):
        if not ctx.tokens:
            continue
        first, last = ctx.tokens[0].start_char, ctx.tokens[-1].end_char
        for quotation in quotations:
            if quotation.start < first or quotation.end > last:
                continue
            inside = [k for k, tok in enumerate(ctx.tokens) if quotation.holds(tok.start_char)]
            if len([k for k in inside if ctx.tokens[k].text[:1].isalnum()]) <= SHORT_QUOTATION_WORDS:
                found.update((number, k) for k in inside)
    return found


def quotation_speakers(quotations: list[Quotation],
                       per_sentence: list[tuple[SentenceContext, list[Span]]], *,
                       speech_verbs: frozenset[str] | set[str]) -> list[Speaker | None]:
    """The speaker of each quotation (``None`` when no speech verb with a subject mention
    attributes it)."""
    speakers: list[Speaker | None] = []
    for quotation in quotations:
        found = (_attribution_after(quotation, per_sentence, speech_verbs)
                 or _attribution_before(quotation, per_sentence, speech_verbs))
        if found is None and speakers and speakers[-1] is not None:
            start_sentence = _sentence_at(per_sentence, quotation.start)
            if start_sentence is not None and start_sentence - speakers[-1].sentence in (0, 1):
                previous = speakers[-1]
                found = Speaker(previous.sentence, previous.span, "continues the previous quotation's speaker")
        speakers.append(found)
    return speakers


def _sentence_at(per_sentence: list[tuple[SentenceContext, list[Span]]], char: int) -> int | None:
    for number, (ctx, _) in enumerate(per_sentence):
        if ctx.tokens and ctx.tokens[0].start_char <= char <= ctx.tokens[-1].end_char:
            return number
    return None


def _attribution_after(quotation: Quotation, per_sentence: list[tuple[SentenceContext, list[Span]]],
                       speech_verbs: frozenset[str] | set[str]) -> Speaker | None:
    number = _sentence_at(per_sentence, quotation.end)
    if number is None:
        return None
    ctx, spans = per_sentence[number]
    after = [k for k, tok in enumerate(ctx.tokens) if tok.start_char > quotation.end]
    for k in after[:_VERB_REACH]:
        if ctx.tokens[k].text in STRAIGHT_MARKS + OPENING_MARKS:
            break   # another quotation starts
        if _is_speech_verb(ctx, k, speech_verbs):
            return _speaker(number, ctx, spans, k, quotation, "speech verb after the quotation")
    return None


def _attribution_before(quotation: Quotation, per_sentence: list[tuple[SentenceContext, list[Span]]],
                        speech_verbs: frozenset[str] | set[str]) -> Speaker | None:
    number = _sentence_at(per_sentence, quotation.start)
    if number is None:
        return None
    ctx, spans = per_sentence[number]
    before = [k for k, tok in enumerate(ctx.tokens) if tok.end_char <= quotation.start
              and tok.text not in STRAIGHT_MARKS + OPENING_MARKS]
    if not before and number > 0:       # X said:\n "..." split into two sentences
        number -= 1
        ctx, spans = per_sentence[number]
        before = list(range(len(ctx.tokens)))
    if not before or ctx.tokens[before[-1]].text not in (":", ","):
        return None
    for k in reversed(before[-_VERB_REACH - 1:-1]):
        if _is_speech_verb(ctx, k, speech_verbs):
            return _speaker(number, ctx, spans, k, quotation, "speech verb before the quotation")
    return None


def _speaker(number: int, ctx: SentenceContext, spans: list[Span], verb: int, quotation: Quotation,
             how: str) -> Speaker | None:
    span = _subject_span(ctx, spans, verb, quotation)
    return Speaker(number, span, how) if span else None


def _is_speech_verb(ctx: SentenceContext, k: int, speech_verbs: frozenset[str] | set[str]) -> bool:
    tok = ctx.tokens[k]
    return tok.pos in ("VERB", "AUX") and (tok.lemma.lower() or tok.text.lower()) in speech_verbs


def _subject_span(ctx: SentenceContext, spans: list[Span], verb: int, quotation: Quotation) -> Span | None:
    """The span holding the speech verb's subject, outside the quotation."""
    offset = ctx.tokens[0].i
    for k, tok in enumerate(ctx.tokens):
        if tok.head - offset == verb and tok.dep in SUBJECT_DEPS and not quotation.holds(tok.start_char):
            for span in spans:
                if span.start <= k < span.end:
                    return span
            return None
    return None
