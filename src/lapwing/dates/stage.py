"""The dates stage: find time expressions, resolve them against the article date, and date events.

See ``docs/dates.md`` for what is recognised and the choices made.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from ..config import Config
from ..model import CodedArticle, Provenance, TimeExpression
from .events import STAGE, EventDater
from .grammar import Candidate, DateGrammar
from .lexicon import load_time_words
from .resolve import AbsoluteDateParser, Resolver
from .syntax import ParsedText

#: Candidate kinds whose direction (past or future) depends on the tense of the clause.
TENSE_SENSITIVE = frozenset({"day_month", "month", "weekday", "span", "relative_unit", "bare_unit"})


class DateStage:
    """Time expressions (``times``) and each event's date (``events.date``)."""

    name = "dates.rules.v1"
    requires = ("sentences", "syntax", "events")
    assigns = ("times", "events.date")

    def __init__(self, settings: dict[str, Any] | None = None, config: Config | None = None, *,
                 time_words_path: str | None = None) -> None:
        self.settings = dict(settings or {})
        self.words = load_time_words(time_words_path)
        self.grammar = DateGrammar(self.words)
        self.parser = AbsoluteDateParser()
        self.resolver = Resolver(self.words, self.parser)
        # dateparser loads its language data on first use; do it now, not inside the first article
        self.parser.parse("April 2019", base=dt.date(2019, 4, 4), direction="past")

    def __call__(self, doc: CodedArticle) -> CodedArticle:
        parsed = ParsedText(doc.sentences)
        times = self.find_times(doc.article.text, base=doc.article.date, parsed=parsed)
        dater = EventDater(parsed, times, doc.events)
        events = tuple(dater.date_event(event, doc.article) for event in doc.events)
        return doc.replace(times=times, events=events)

    def find_times(self, text: str, *, base: dt.date, parsed: ParsedText | None = None) -> tuple[TimeExpression, ...]:
        """Every time expression in ``text``, resolved against ``base`` (the article date)."""
        parsed = parsed or ParsedText(())
        found = []
        for cand in self.grammar.find(text):
            rejected = self._reject(cand, text, parsed)
            if rejected:
                continue
            direction = "unknown"
            if cand.kind in TENSE_SENSITIVE and parsed.has_syntax:
                direction = parsed.tense(cand.start, cand.end) or "unknown"
            resolved = self.resolver.resolve(cand, text, base=base, direction=direction)
            reason = resolved.reason + (f" ({direction} tense)" if direction != "unknown" else "")
            found.append(TimeExpression(
                start_char=cand.start, end_char=cand.end, text=text[cand.start:cand.end],
                value=resolved.value, precision=resolved.precision, start=resolved.start, end=resolved.end,
                sentence=parsed.sentence_index(cand.start),
                resolution=Provenance(STAGE, resolved.rule, reason, (cand.kind, base.isoformat()))))
        return tuple(found)

    def _reject(self, cand: Candidate, text: str, parsed: ParsedText) -> str | None:
        """Why a candidate is not a time expression after all, or None."""
        atoms = cand.parts or (cand,)
        for atom in atoms:
            if atom.kind == "month" and not atom.fields.get("part") and not atom.fields.get("mod") \
                    and atom.fields["m"].lower() in self.words.ambiguous:
                if parsed.has_syntax:
                    if parsed.is_verb_at(atom.start, atom.end):
                        return "ambiguous month word tagged as a verb"
                elif not _after_time_preposition(text, atom.start) and not cand.parts:
                    return "ambiguous month word without a parse or a preposition before it"
            if atom.kind == "year" and parsed.has_syntax and not cand.parts and not atom.fields.get("part") \
                    and parsed.is_counted_plural(atom.start, atom.end):
                return "a number counting a plural noun, not a year"
        return None

    def info(self) -> dict[str, Any]:
        import dateparser

        return {"resources": {
            "time_words": {"file": self.words.source, "entries": self.words.entries},
            "grammar_patterns": len(self.grammar.patterns),
            "dateparser": dateparser.__version__,
        }}


def _after_time_preposition(text: str, start: int) -> bool:
    before = text[max(0, start - 12):start].lower().split()
    return bool(before) and before[-1] in {"in", "since", "until", "till", "by", "from", "to", "during",
                                           "through", "of", "before", "after", "early", "late", "mid",
                                           "last", "next", "this", "between", "and"}
