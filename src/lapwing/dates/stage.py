"""The dates stage: find time expressions, resolve them against the article date, and date events.

See ``docs/dates.md`` for what is recognised and the choices made.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from ..config import Config
from ..model import CodedArticle, Event, Provenance, TimeExpression
from .events import STAGE, EventDater
from .grammar import Candidate, DateGrammar
from .lexicon import load_time_words
from .resolve import AbsoluteDateParser, Resolver
from .syntax import ParsedText

#: Candidate kinds whose direction (past or future) depends on the tense of the clause.
TENSE_SENSITIVE = frozenset({"day_month", "month", "weekday", "span", "relative_unit", "bare_unit"})
#: Modalities of an event told as having happened: its date cannot lie after the article's.
TOLD_AS_FACT = frozenset({"asserted", "reported"})


def _after(value: str, base: dt.date) -> bool:
    """Whether a date value ("2019-09-06", "2019-09", "2019") lies after ``base`` at its precision."""
    return value > base.isoformat()[:len(value)]


#: Rules of the events stage that code an announcement of a future act as the announcing itself:
#: an intent to cooperate (AGREE), an announced attack or sanction, or an ultimatum (THREATEN).
ANNOUNCEMENT_RULES = (":intent->", ":ultimatum->")


def _announcement(event: Event) -> str:
    """The events stage's rule when it coded the announcing of a future act, else ""."""
    rule = next((p.rule for p in event.provenance if p.stage == "events"), "")
    return rule if any(mark in rule for mark in ANNOUNCEMENT_RULES) else ""


def _announced_now(event: Event, base: dt.date) -> Event:
    """An event that codes the announcing of a future act ("Bush will meet ... on 15 February" is
    an intent to meet, "will march on Sunday" a threat) happened when it was announced, not on the
    day the act is planned for: when the time expression found for it lies after the article date,
    the event takes the article date, and the reason names the planned date."""
    rule = _announcement(event)
    dating = event.provenance[-1] if event.provenance else None
    if not rule or not event.date or dating is None or dating.stage != STAGE or not _after(event.date, base):
        return event
    reason = (f"{dating.reason}; that is the planned act's time ({event.date}): the event is its announcement "
              f"({rule.rsplit(':', 1)[-1]}), which the article reports, so it takes the article date")
    provenance = dating.replace(rule="dates.event.announced", reason=reason,
                                evidence=(event.date_text or "", event.date, base.isoformat()))
    return event.replace(date=base.isoformat(), date_precision="day", date_text=None,
                         provenance=event.provenance[:-1] + (provenance,))


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
        text, base = doc.article.text, doc.article.date
        untensed: dict[tuple[int, int], Candidate] = {}
        triggers = frozenset((e.trigger_start, e.trigger_end) for e in doc.events
                             if e.trigger_start is not None and e.trigger_end is not None)
        times = self.find_times(text, base=base, parsed=parsed, untensed=untensed, triggers=triggers)
        dater = EventDater(parsed, times, doc.events)
        events = []
        for event in doc.events:
            dating = dater.find(event)
            time = dating.time
            cand = untensed.get((time.start_char, time.end_char)) if time is not None else None
            event = dater.dated(event, dating, doc.article)
            events.append(_announced_now(self._past_if_told(event, cand, text, base), base))
        return doc.replace(times=times, events=tuple(events))

    def _past_if_told(self, event: Event, cand: Candidate | None, text: str, base: dt.date) -> Event:
        """An event told as having happened (asserted or reported) that took a date after the
        article's from a time expression whose clause has no tense the parse shows ("On Sept. 6,
        militants shot dead ...", "shot" read as a noun): the nearest reading of a date without a
        year can be the coming one, but a fact already told cannot lie ahead, so the event takes
        the latest such date on or before the article date. The time expression keeps its reading.
        ``cand``: the candidate of the time expression that dated the event, when its clause shows
        no tense. An announcement of a future act is left to :func:`_announced_now`."""
        if (cand is None or event.modality not in TOLD_AS_FACT or not event.date
                or not _after(event.date, base) or _announcement(event)):
            return event
        dating = event.provenance[-1]
        past = self.resolver.resolve(cand, text, base=base, direction="past")
        if past.value is None or _after(past.value, base):
            return event
        reason = (f"{dating.reason}; the clause's tense is unknown and the event is told as having happened "
                  f"({event.modality}), so it takes the latest such date on or before the article date, "
                  f"{past.value}, not the nearest, {event.date}")
        provenance = dating.replace(reason=reason, evidence=(event.date_text, past.value, base.isoformat()))
        return event.replace(date=past.value, date_precision=past.precision,
                             provenance=event.provenance[:-1] + (provenance,))

    def find_times(self, text: str, *, base: dt.date, parsed: ParsedText | None = None,
                   untensed: dict[tuple[int, int], Candidate] | None = None,
                   triggers: frozenset[tuple[int, int]] = frozenset()) -> tuple[TimeExpression, ...]:
        """Every time expression in ``text``, resolved against ``base`` (the article date).
        ``untensed`` collects the tense-sensitive candidates whose clause shows no tense (or that
        have no parse), by their offsets; ``triggers``: the (start, end) of the events' trigger
        words, which a month word cannot also be ("the March for Peace")."""
        parsed = parsed or ParsedText(())
        found = []
        for cand in self.grammar.find(text):
            rejected = self._reject(cand, text, parsed, triggers)
            if rejected:
                continue
            direction = "unknown"
            if cand.kind in TENSE_SENSITIVE:
                if parsed.has_syntax:
                    direction = parsed.tense(cand.start, cand.end) or "unknown"
                if direction == "unknown" and untensed is not None:
                    untensed[(cand.start, cand.end)] = cand
            resolved = self.resolver.resolve(cand, text, base=base, direction=direction)
            reason = resolved.reason + (f" ({direction} tense)" if direction != "unknown" else "")
            found.append(TimeExpression(
                start_char=cand.start, end_char=cand.end, text=text[cand.start:cand.end],
                value=resolved.value, precision=resolved.precision, start=resolved.start, end=resolved.end,
                sentence=parsed.sentence_index(cand.start),
                resolution=Provenance(STAGE, resolved.rule, reason, (cand.kind, base.isoformat()))))
        return tuple(found)

    def _reject(self, cand: Candidate, text: str, parsed: ParsedText,
                triggers: frozenset[tuple[int, int]] = frozenset()) -> str | None:
        """Why a candidate is not a time expression after all, or None."""
        atoms = cand.parts or (cand,)
        for atom in atoms:
            if atom.kind == "month" and not atom.fields.get("part") and not atom.fields.get("mod") \
                    and atom.fields["m"].lower() in self.words.ambiguous:
                if not cand.parts and any(start < atom.end and atom.start < end for start, end in triggers):
                    return "ambiguous month word that is an event's trigger ('the March for Peace')"
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
