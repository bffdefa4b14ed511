"""The date grammar: compiled regular expressions that find candidate time expressions.

Recognition is two passes over the text, both plain regular expressions (no parser calls):

1. *atoms* -- single expressions ("4 April 2019", "March", "Saturday", "2011", "a year ago",
   "last month", "the 1990s", "2011-14") found by one pattern each; overlapping matches keep
   the longest;
2. *spans* -- atoms joined by the words around them: "since 2014", "until May",
   "from 2011 to 2014", "between 2011 and 2014".

Each atom pattern opens with a word from a known list (its optional prefixes included: "the",
"early", "last", a month, a number word) or with a digit. Rather than trying every pattern at every
word of the article, one pass over the words notes where each pattern can open, and the pattern is
tried only there: the matches are exactly those of ``pattern.finditer`` (see :func:`_matches_at`).

What the expressions *mean* is decided later (:mod:`lapwing.dates.resolve`), and context checks
that need the parse ("May" as a modal verb, "2000 troops") happen in the stage.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .lexicon import TimeWords

YEAR = r"(?:1[89]\d\d|20\d\d)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])"
ORDINAL_SUFFIX = r"(?:st|nd|rd|th)?"
APPROXIMATELY = r"(?i:(?:more\s+than|over|almost|nearly|about|around|some|just|just\s+over|less\s+than|roughly)\s+)"
#: The first words of ``APPROXIMATELY`` and of the deictic modifiers ("last", "this past"), which
#: can open a pattern.
APPROXIMATELY_WORDS = ("more", "over", "almost", "nearly", "about", "around", "some", "just", "less", "roughly")
DEICTIC_MODIFIERS = ("this", "last", "next", "coming", "past", "previous", "following", "same", "current")
#: Runs of word characters: a pattern opening with a word opens at the start of one.
WORD_RUN = re.compile(r"\w+")
QUOTES = re.compile(r"['’]")


@dataclass(frozen=True)
class Candidate:
    """A stretch of text that looks like a time expression, with the pieces the pattern captured."""

    start: int
    end: int
    kind: str
    fields: dict[str, Any] = field(default_factory=dict)
    parts: tuple[Candidate, ...] = ()  # for spans: the atoms joined

    @property
    def length(self) -> int:
        return self.end - self.start


def _alternation(words: list[str], *, capitalised: bool) -> str:
    """A regex alternation of ``words``, longest first; capitalised words match as ``March`` or ``MARCH``."""
    variants: set[str] = set()
    for word in words:
        if capitalised:
            variants.update({word[:1].upper() + word[1:].lower(), word.upper()})
        else:
            variants.add(word.lower())
    ordered = sorted(variants, key=lambda w: (-len(w), w))
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    return f"(?:{body})" if capitalised else f"(?i:{body})"


class DateGrammar:
    """All compiled patterns, built once from a :class:`TimeWords` table (kept on the stage)."""

    def __init__(self, words: TimeWords) -> None:
        self.words = words
        month_any = _alternation(list(words.months), capitalised=True)
        month_full = _alternation(words.full_names(words.months), capitalised=True)
        weekday_any = _alternation(list(words.weekdays), capitalised=True)
        weekday_full = _alternation(words.full_names(words.weekdays), capitalised=True)
        number = _alternation(list(words.numbers), capitalised=False)
        units = _alternation(list(words.units), capitalised=False)
        seasons = _alternation(list(words.seasons), capitalised=False)
        parts = _alternation(list(words.parts), capitalised=False)
        dayparts = _alternation(list(words.dayparts), capitalised=False)
        deictic_mod = r"(?i:this\s+past|last|next|this|coming|past|previous|following|same|current)"
        decade_words = _alternation(list(words.decades), capitalised=False)
        year_guard_before = r"(?<![\d$€£.,/:])(?<!\d\s)"
        year_guard_after = r"(?![\d])(?![.,]\d)(?!\s*(?:%|(?i:per\s*cent|percent)))"
        self.patterns: list[tuple[str, re.Pattern[str]]] = [
            ("iso_date", re.compile(rf"(?<![\d-])(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>{DAY})(?![\d-])")),
            ("day_month", re.compile(
                rf"(?:(?P<wd>{weekday_any})\.?,?\s+)?"
                rf"(?:(?:(?i:the)\s+)?(?<![\d.,])(?P<d1>{DAY}){ORDINAL_SUFFIX}\s+(?:(?i:of)\s+)?(?P<m1>{month_any})\b\.?"
                rf"|(?P<m2>{month_any})\b\.?\s+(?:(?i:the)\s+)?(?P<d2>{DAY}){ORDINAL_SUFFIX}(?![\d:])(?!,\d))"
                rf"(?:,?\s+(?P<y>{YEAR})(?!\d))?")),
            ("month_year", re.compile(
                rf"(?:(?P<part>{parts})[-\s]+)?(?P<m>{month_any})\b\.?,?\s+(?:(?i:of)\s+)?(?P<y>{YEAR})(?!\d)")),
            ("month", re.compile(
                rf"(?:(?P<part>{parts})[-\s]+|(?P<mod>{deictic_mod})\s+)?(?P<m>{month_full})\b(?!-)")),
            ("weekday", re.compile(
                rf"(?:(?P<mod>{deictic_mod})\s+)?(?P<wd>{weekday_full})\b(?:\s+(?P<daypart>{dayparts})\b)?")),
            ("season_year", re.compile(
                rf"(?:(?P<part>{parts})[-\s]+)?(?:(?i:the)\s+)?(?P<season>{seasons})\s+(?:(?i:of)\s+)?(?P<y>{YEAR})(?!\d)")),
            ("year_range", re.compile(
                rf"{year_guard_before}(?P<y1>{YEAR})\s?[-–—/]\s?(?P<y2>{YEAR}|\d\d)(?![\d])")),
            ("decade", re.compile(
                rf"(?:(?i:the)\s+)?(?:(?P<part>{parts})[-\s]+)?(?P<decade>1[89]\d0|20\d0|['’]\d0)['’]?s\b")),
            ("decade_word", re.compile(
                rf"(?i:the)\s+(?:(?P<part>{parts})[-\s]+)?(?P<decade>{decade_words})\b")),
            ("century", re.compile(
                rf"(?:(?i:the)\s+)?(?:(?P<part>{parts})[-\s]+)?(?P<ordinal>1\d|2[01]|[1-9])(?:st|nd|rd|th)[-\s]+(?i:century)\b")),
            ("year", re.compile(
                rf"(?:(?P<part>{parts})[-\s]+)?(?:(?i:the\s+year)\s+)?{year_guard_before}(?P<y>{YEAR}){year_guard_after}")),
            ("deictic_day", re.compile(
                r"(?P<base>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|"
                r"tonight|tomorrow))\b"
                rf"(?:\s+(?P<daypart>{dayparts})\b)?")),
            ("deictic_daypart", re.compile(rf"(?P<mod>(?i:this|last))\s+(?P<daypart>{dayparts})\b")),
            ("ago", re.compile(
                rf"(?:{APPROXIMATELY})?(?P<n>{number}|\d{{1,3}})\s+(?P<unit>{units})\s+"
                r"(?P<dir>(?i:ago|earlier|later|before|after|from\s+now|previously))\b")),
            ("trailing", re.compile(
                rf"(?:(?i:the)\s+)?(?P<mod>(?i:past|last|next|coming|previous|following))\s+"
                rf"(?P<n>{number}|\d{{1,3}})\s+(?P<unit>{units})\b")),
            ("bare_unit", re.compile(
                rf"(?:(?P<part>{parts})\s+)?(?i:the)\s+(?P<unit>(?i:weekend))\b(?!\s+(?i:of|before|after))"
                rf"|(?P<part2>{parts})\s+(?i:the)\s+(?P<unit2>(?i:year|month))\b(?!\s+(?i:of|before|after|earlier|later))")),
            ("relative_unit", re.compile(
                rf"(?:(?P<part>{parts})(?:[-\s]+|\s+(?i:in)\s+))?(?:(?P<the>(?i:the))\s+)?(?P<mod>{deictic_mod})\s+"
                rf"(?P<unit>{units}|{seasons})\b")),
        ]
        # Start only at a word boundary: the optional prefixes make every position a try otherwise.
        self.patterns = [(kind, re.compile((r"(?<![\w'’])(?:" if kind == "decade" else r"\b(?:") + p.pattern + ")"))
                         for kind, p in self.patterns]
        # The words each pattern can open with (beside digits), written out of the same lists as
        # the patterns above; None leaves a pattern to a plain scan (a word list with a word that
        # does not start with an ASCII letter).
        the, mods = ["the"], DEICTIC_MODIFIERS
        opening_words = {
            "iso_date": [], "year_range": [],
            "day_month": [*words.weekdays, *the, *words.months],
            "month_year": [*words.parts, *words.months],
            "month": [*words.parts, *mods, *words.months],
            "weekday": [*mods, *words.weekdays],
            "season_year": [*words.parts, *the, *words.seasons],
            "decade": [*the, *words.parts], "decade_word": the, "century": [*the, *words.parts],
            "year": [*words.parts, *the],
            "deictic_day": [*the, "yesterday", "today", "tonight", "tomorrow"],
            "deictic_daypart": ["this", "last"],
            "ago": [*APPROXIMATELY_WORDS, *words.numbers],
            "trailing": [*the, *mods],
            "bare_unit": [*words.parts, *the],
            "relative_unit": [*words.parts, *the, *mods],
        }
        self.openers = [_opening_words(opening_words[kind]) for kind, _ in self.patterns]
        self._pattern_indexes: dict[str, tuple[int, ...]] = {}
        for index, openers in enumerate(self.openers):
            for word in openers or ():
                self._pattern_indexes[word] = self._pattern_indexes.get(word, ()) + (index,)
        self.since = re.compile(r"(?i:\b(?:ever\s+)?since|\bsince\s+at\s+least)\s+$")
        self.until = re.compile(r"(?i:\b(?:up\s+)?(?:until|till|through|to))\s+$")
        self.from_ = re.compile(r"(?i:\b(?:from|between))\s+$")
        self.joiner = re.compile(r"^\s*(?i:to|until|till|through|and|[-–—])\s*$")
        self.numbering_before = re.compile(
            r"(?P<word>[A-Za-z][A-Za-z.]*)\s+$")

    def find(self, text: str) -> list[Candidate]:
        """Candidate time expressions in ``text``, in order, non-overlapping, spans joined."""
        found: list[Candidate] = []
        for (kind, pattern), starts in zip(self.patterns, self._opening_positions(text)):
            matches = pattern.finditer(text) if starts is None else _matches_at(pattern, text, starts)
            for match in matches:
                fields = {k: v for k, v in match.groupdict().items() if v is not None}
                found.append(Candidate(match.start(), match.end(), kind, fields))
        atoms = [c for c in _longest_first(found) if not self._is_numbered_item(text, c)]
        return self._join_spans(text, atoms)

    def _opening_positions(self, text: str) -> list[list[int] | None]:
        """For each pattern, the sorted positions where a match of it can start (None: anywhere).

        A pattern opening with a listed word opens at the start of a word run equal to it, ignoring
        case (each listed word is followed in its pattern by a space, a hyphen or a word boundary).
        A run that is not all ASCII letters (a number, "12th", a non-English word) may open any
        pattern: it is tried with every one; so is a quote for ``decade`` ("the '90s")."""
        by_word: list[list[int]] = [[] for _ in self.patterns]
        anywhere: list[int] = []
        for run in WORD_RUN.finditer(text):
            word = run.group()
            if word.isascii() and word.isalpha():
                for index in self._pattern_indexes.get(word.lower(), ()):
                    by_word[index].append(run.start())
            else:
                anywhere.append(run.start())
        quotes = [match.start() for match in QUOTES.finditer(text)]
        return [None if openers is None else
                sorted(by_word[index] + anywhere + (quotes if kind == "decade" else []))
                for index, ((kind, _), openers) in enumerate(zip(self.patterns, self.openers))]

    def _is_numbered_item(self, text: str, candidate: Candidate) -> bool:
        """"Resolution 1973": a number after a numbering word is an identifier; "some 2000": a count."""
        if candidate.kind not in ("year", "year_range"):
            return False
        match = self.numbering_before.search(text, max(0, candidate.start - 30), candidate.start)
        if not match:
            return False
        word = match.group("word").lower()
        return word in self.words.numbering or (candidate.kind == "year" and "part" not in candidate.fields
                                                and word in self.words.quantifiers)

    def _join_spans(self, text: str, atoms: list[Candidate]) -> list[Candidate]:
        joined: list[Candidate] = []
        index = 0
        while index < len(atoms):
            atom = atoms[index]
            before_start = joined[-1].end if joined else 0
            before = text[max(before_start, atom.start - 20):atom.start]
            following = atoms[index + 1] if index + 1 < len(atoms) else None
            opener = self.from_.search(before)
            if following is not None and self.joiner.match(text[atom.end:following.start]) and (
                    opener or _same_kind_years(atom, following, text[atom.end:following.start])):
                start = atom.start - len(opener.group(0)) if opener else atom.start
                joined.append(Candidate(start, following.end, "span", {"marker": "between"}, (atom, following)))
                index += 2
                continue
            since = self.since.search(before)
            until = self.until.search(before)
            if since:
                joined.append(Candidate(atom.start - len(since.group(0)), atom.end, "span",
                                        {"marker": "since"}, (atom,)))
            elif until and not until.group(0).lower().startswith("to"):
                joined.append(Candidate(atom.start - len(until.group(0)), atom.end, "span",
                                        {"marker": "until"}, (atom,)))
            else:
                joined.append(atom)
            index += 1
        return joined


def _opening_words(words: list[str]) -> frozenset[str] | None:
    """The lower-cased first words (leading ASCII letters) of ``words``; None when one of them is
    not ASCII or does not start with a letter."""
    openers = set()
    for word in words:
        first = re.match(r"[A-Za-z]+", word)
        if first is None or not word.isascii():
            return None
        openers.add(first.group().lower())
    return frozenset(openers)


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, given the sorted positions where a match can start:
    the leftmost match at or after the end of the previous one, tried only at those positions."""
    matches: list[re.Match[str]] = []
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is None:
            continue
        if match.end() == start:
            return list(pattern.finditer(text))   # an empty match: let finditer step past it
        matches.append(match)
        end = match.end()
    return matches


def _same_kind_years(left: Candidate, right: Candidate, between: str) -> bool:
    """"2011 to 2014" joins without "from"; other pairs need "from"/"between" ("in May and June" stays
    two), and so does "and" ("in 1997 and 1998" names two years, not the span between them)."""
    return left.kind == right.kind == "year" and between.strip().lower() != "and"


def _longest_first(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping candidates (earliest pattern wins ties); return in text order."""
    order = {id(c): n for n, c in enumerate(candidates)}
    kept: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(candidates, key=lambda c: (-c.length, order[id(c)])):
        if cand.length == 0 or any(cand.start < end and start < cand.end for start, end in taken):
            continue
        kept.append(cand)
        taken.append((cand.start, cand.end))
    return sorted(kept, key=lambda c: c.start)
