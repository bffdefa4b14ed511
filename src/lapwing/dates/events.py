"""Give each event the date of the time expression that governs its clause.

The search starts at the event's trigger word and climbs the dependency tree:

* a time expression attached to the trigger is the event's time ("imposed ... in 2011");
* otherwise one attached to a plain noun argument of it ("opened an embassy in Syria in March",
  where the parser may hang "March" on "Syria");
* otherwise the search moves to the trigger's head when the trigger is conjoined to it, its
  complement or adverbial clause, or a noun inside its clause ("called" in "opened ... in March
  and called on Damascus" shares "in March"; "an uprising that ousted Gaddafi" shares the time of
  the clause "uprising" sits in). It does not cross into reported speech (``ccomp``,
  ``parataxis``): "said on Monday that X attacked" does not date the attack to Monday.
* with no time found, the event takes the article date, and its provenance says so.

Without a parse, a time expression inside the event's own text is used, nearest the trigger first.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Article, Event, Provenance, TimeExpression, Token
from .syntax import ParsedText

STAGE = "dates"
#: Dependency relations through which a word shares the time of its head.
INHERIT_THROUGH = frozenset({
    "conj", "xcomp", "advcl", "acl", "acl:relcl", "relcl", "obj", "dobj", "iobj", "nsubj", "nsubj:pass",
    "nsubjpass", "csubj", "obl", "obl:agent", "nmod", "pobj", "prep", "pcomp", "appos", "compound",
    "amod", "agent", "dep", "advmod", "npadvmod", "attr", "oprd",
})
#: Relations of a noun argument whose own time may belong to the predicate.
ARGUMENT_NOUNS = frozenset({"obj", "dobj", "obl", "nmod", "pobj", "prep", "iobj"})
#: Relations by which a time expression is an adverbial of the word it hangs on ("in March"), not a
#: modifier inside a noun phrase ("the 2011 uprising"): only these pass from an argument noun to its predicate.
ADVERBIAL_RELATIONS = frozenset({"obl", "obl:tmod", "obl:npmod", "nmod", "nmod:tmod", "nmod:npmod", "npadvmod",
                                 "advmod", "pobj", "prep", "tmod"})
MAX_CLIMB = 8
#: The auxiliary of a perfect tense, which a "since" time goes with ("has been split since 2014").
PERFECT_AUX = frozenset({"have", "has", "had", "'ve", "'d"})


@dataclass(frozen=True)
class Dating:
    time: TimeExpression | None
    rule: str
    reason: str


class EventDater:
    """Dates events from the time expressions of one article."""

    def __init__(self, parsed: ParsedText, times: tuple[TimeExpression, ...],
                 events: tuple[Event, ...] = ()) -> None:
        self.parsed = parsed
        self.times = times
        self.trigger_starts = sorted(e.trigger_start for e in events if e.trigger_start is not None)
        self.by_attachment: dict[int, list[TimeExpression]] = {}
        self.adverbial: set[int] = set()  # ids of times attached as adverbials
        self.attached_to: dict[int, int] = {}  # id of a time -> index of the token it attaches to
        if parsed.has_syntax:
            for time in times:
                found = parsed.attachment_with_relation(time.start_char, time.end_char)
                if found is not None:
                    self.by_attachment.setdefault(found[0].i, []).append(time)
                    self.attached_to[id(time)] = found[0].i
                    if found[1] in ADVERBIAL_RELATIONS:
                        self.adverbial.add(id(time))

    def dated(self, event: Event, dating: Dating, article: Article) -> Event:
        """The event with the date ``dating`` found for it (the article date when it found none)."""
        if dating.time is None:
            provenance = Provenance(STAGE, dating.rule, dating.reason, (article.date.isoformat(),))
            return event.replace(date=article.date.isoformat(), date_precision="day", date_text=None,
                                 provenance=event.provenance + (provenance,))
        time = dating.time
        provenance = Provenance(STAGE, dating.rule, dating.reason,
                                (time.text, time.value or "unresolved", article.date.isoformat()))
        return event.replace(date=time.value, date_precision=time.precision, date_text=time.text,
                             provenance=event.provenance + (provenance,))

    def find(self, event: Event) -> Dating:
        trigger = self._trigger(event)
        if trigger is not None and self.parsed.has_syntax:
            found = self._climb(trigger) or self._nearest_in_sentence(trigger)
            if found is not None:
                return found
        elif event.end_char > event.start_char:
            inside = [t for t in self.times if event.start_char <= t.start_char and t.end_char <= event.end_char]
            if inside:
                centre = event.trigger_start if event.trigger_start is not None else event.start_char
                best = min(inside, key=lambda t: abs(t.start_char - centre))
                return Dating(best, "dates.event.in_text",
                              f"no parse; {best.text!r} is the time expression in the event's text nearest its trigger")
        return Dating(None, "dates.event.article_date",
                      "no time expression governs the event's clause; the article date is used")

    def _trigger(self, event: Event) -> Token | None:
        if event.trigger_start is None:
            return None
        end = event.trigger_end if event.trigger_end is not None else event.trigger_start + 1
        tokens = self.parsed.tokens_in(event.trigger_start, end)
        if not tokens:
            return None
        return self.parsed.span_root(tokens)

    def _climb(self, trigger: Token) -> Dating | None:
        node: Token | None = trigger
        path: list[str] = []
        for _ in range(MAX_CLIMB):
            if node is None:
                return None
            direct = self._closest([t for t in self.by_attachment.get(node.i, []) if not self._stray_since(t, node)],
                                   trigger)
            if direct is not None:
                return self._dating(direct, trigger, node, path, via_argument=None)
            for child in self.parsed.children.get(node.i, ()):
                if child.dep in ARGUMENT_NOUNS and child.pos in ("NOUN", "PROPN") and child.i != trigger.i:
                    held = self._closest([t for t in self.by_attachment.get(child.i, []) if id(t) in self.adverbial],
                                         trigger)
                    if held is not None:
                        return self._dating(held, trigger, node, path, via_argument=child)
            if node.dep not in INHERIT_THROUGH:
                return None
            path.append(f"{node.dep} of {self.parsed.head_of(node).text!r}" if self.parsed.head_of(node) else node.dep)
            node = self.parsed.head_of(node)
        return None

    def _nearest_in_sentence(self, trigger: Token) -> Dating | None:
        """Parses go wrong ("in 2011 amid ..." hung on "amid"): when the tree finds nothing, take the
        nearest time expression of the sentence with no other event's trigger between it and this one."""
        sentence = self.parsed.sentence_index(trigger.start_char)
        ancestors = self._ancestors(trigger)
        best: TimeExpression | None = None
        for time in self.times:
            if time.sentence != sentence or time.sentence is None or self.attached_to.get(id(time)) in ancestors:
                continue  # a time on a word above the trigger was passed by the climb on purpose (reported speech)
            if self._stray_since(time, trigger):
                continue
            low, high = sorted((trigger.start_char, time.start_char))
            if any(low < start < high for start in self.trigger_starts if start != trigger.start_char):
                continue
            if best is None or abs(time.start_char - trigger.start_char) < abs(best.start_char - trigger.start_char):
                best = time
        if best is None:
            return None
        return Dating(best, "dates.event.nearest_in_sentence",
                      f"the parse links no time expression to the trigger {trigger.text!r}; {best.text!r} is the "
                      "nearest in its sentence with no other event between them")

    def _stray_since(self, time: TimeExpression, verb: Token) -> bool:
        """A "since" time on a verb with no perfect "have" ("was captured ... and has been under UN
        administration since January"): "since" gives the start of a state that lasts, which a
        perfect tense carries, so on a plain past it is a misattached phrase, not the act's date."""
        if not time.text.lower().startswith(("since", "ever since")) or verb.pos not in ("VERB", "AUX"):
            return False
        return not any(PERFECT_AUX & {child.lemma.lower(), child.text.lower()} and child.dep.startswith("aux")
                       for child in self.parsed.children.get(verb.i, ()))

    def _ancestors(self, token: Token) -> set[int]:
        found: set[int] = set()
        node = self.parsed.head_of(token)
        while node is not None and node.i not in found and len(found) < 50:
            found.add(node.i)
            node = self.parsed.head_of(node)
        return found

    def _closest(self, times: list[TimeExpression], trigger: Token) -> TimeExpression | None:
        if not times:
            return None
        return min(times, key=lambda t: (t.value is None, abs(t.start_char - trigger.start_char)))

    def _dating(self, time: TimeExpression, trigger: Token, node: Token, path: list[str],
                via_argument: Token | None) -> Dating:
        where = f"attached to {node.text!r}" + (f" through its argument {via_argument.text!r}" if via_argument else "")
        if not path:
            rule = "dates.event.attached" if via_argument is None else "dates.event.argument"
            reason = f"{time.text!r} is {where}, the event's trigger"
        else:
            rule = "dates.event.inherited"
            reason = f"{time.text!r} is {where}; the trigger {trigger.text!r} shares it as " + ", then ".join(path)
        if time.value is None:
            reason += "; the expression is relative to another time and was not resolved, so the date is unknown"
        elif time.start is not None and time.end is None:
            reason += "; an open interval: the event is dated to its start"
        elif time.start is not None:
            reason += "; a span: the event is dated to its start"
        return Dating(time, rule, reason)
