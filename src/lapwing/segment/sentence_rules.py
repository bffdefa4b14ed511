"""News-text rules for tokens and sentence boundaries, applied around the spaCy parser.

Small, general fixes for wire-style news text:

* tokenizer special cases keep dotted abbreviations ("Lt.", "Sgt.", "No.", "U.N.") one token,
  so their period is not read as the end of a sentence;
* the ``lapwing_sentence_rules`` component, placed before the parser, presets sentence
  boundaries the parser then respects: a sentence starts after a blank line (headline,
  dateline, paragraph break) and, in a text whose lines are not hard-wrapped
  (:mod:`lapwing.segment.layout`), after a line break unless the line ends in a comma, a hyphen
  or a word that never ends a headline ("of", "the", "and", "was") or the next goes on in lower
  case; and never, on one line, right after a word, number, comma or
  hyphen (edited news ends its sentences with punctuation), inside a name ("Foreign Secretary Philip Hammond"),
  right after a title abbreviation ("Gen. Smith"), or at the number after "Sept." / "No.";
  quotation marks stay with their quotation: no sentence starts at a closing quote, right after
  an opening one, or after a quotation closed by a comma ('"...," he said'), and an opening quote
  after a sentence's final punctuation starts the next sentence (the spacing tells a straight
  quote's side);
* the ``lapwing_person_titles`` component, after the NER, drops leading title abbreviations
  from PERSON entities ("Lt. Gen. Michael Flynn" -> "Michael Flynn"), Lapwing's convention, and
  a weekday that ends any entity ("Israel Friday reimposed ..." -> "Israel");
* the ``lapwing_facility_names`` component, after it, labels ORG a LOC or PERSON entity of two or
  more words whose last word is a facility word ("Kennedy Space Center", "Heathrow Airport"): the
  entity convention the recogniser is trained to (``segment/training/entity_conventions.tsv``),
  which it does not always follow.

The abbreviations are data (``segment/data/news_abbreviations.tsv``: abbreviation, kind).
"""
from __future__ import annotations

import calendar

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..datafiles import read_tsv_rows
from ..errors import ResourceError
from .layout import wrap_width

ABBREVIATIONS_PATH = Path(__file__).resolve().parent / "data" / "news_abbreviations.tsv"
ABBREVIATION_KINDS = ("title", "name", "month", "number")
COMPONENT_NAME = "lapwing_sentence_rules"
TITLE_TRIM_NAME = "lapwing_person_titles"
FACILITY_NAME = "lapwing_facility_names"
PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS"})
NO_BREAK_AFTER = frozenset(",-\u2010\u2011\u2013\u2014/&(")
NO_BREAK_BEFORE = frozenset(",-\u2010\u2011\u2013/&)")
STRAIGHT_QUOTES = frozenset({'"', "''", "``"})  # open or close: the spacing tells which
OPENING_QUOTES = frozenset({"\u201c", "\u00ab"})  # curly and guillemet quotes that only open ...
CLOSING_QUOTES = frozenset({"\u201d", "\u00bb"})  # ... or only close
SENTENCE_END = frozenset({".", "!", "?", "...", "\u2026"})
#: Word classes (Penn tags) and words that never end a headline, byline or dateline: a line that
#: ends in one goes on in the next ("the town of | Sake"), whatever the layout.
GOES_ON_TAGS = frozenset({"DT", "IN", "CC", "TO", "MD", "PRP$", "WDT", "WP", "WP$", "POS", "EX", "PDT"})
GOES_ON_WORDS = frozenset("""a an the of to in on at by for from with into onto upon about over under after before
and or but nor than as that which who whom whose his her its their our my your is are was were be been being has
have had will would shall should can could may might must""".split())


@dataclass(frozen=True)
class Abbreviations:
    """Abbreviation -> kind, loaded from a TSV file."""

    kinds: dict[str, str]
    source: str

    def of_kind(self, *kinds: str) -> frozenset[str]:
        return frozenset(a for a, k in self.kinds.items() if k in kinds)


def load_abbreviations(path: Path = ABBREVIATIONS_PATH) -> Abbreviations:
    """Read ``abbreviation<TAB>kind`` lines (``#`` comments, one header line)."""
    kinds: dict[str, str] = {}
    for number, cols, line in read_tsv_rows(path, header=("abbreviation", "kind"),
                                            what="abbreviation list", header_optional=True):
        if len(cols) != 2 or not cols[0] or cols[1] not in ABBREVIATION_KINDS:
            raise ResourceError(
                f"{path}:{number}: expected 'abbreviation<TAB>kind' with kind one of "
                f"{', '.join(ABBREVIATION_KINDS)}; got {line!r}"
            )
        if not cols[0].endswith(".") or " " in cols[0]:
            raise ResourceError(f"{path}:{number}: abbreviation {cols[0]!r} must end in '.' and have no space")
        if cols[0] in kinds:
            raise ResourceError(f"{path}:{number}: duplicate abbreviation {cols[0]!r}")
        kinds[cols[0]] = cols[1]
    return Abbreviations(kinds=kinds, source=str(path))


#: A hyphen right after a dotted abbreviation and before a word ("U.S.-led", "U.N.-brokered"):
#: spaCy's hyphen infix asks for a letter or digit before the hyphen, so the whole stayed one
#: token that names no one.
ABBREVIATION_HYPHEN = r"(?<=[A-Za-z]\.)-(?=[A-Za-z])"


def add_abbreviation_special_cases(nlp: Any, abbreviations: Abbreviations | None = None) -> Any:
    """Keep each listed abbreviation (and its all-capitals form) one token in ``nlp.tokenizer``,
    and split a hyphen after a dotted abbreviation ("U.S.-led" -> "U.S.", "-", "led")."""
    import re

    from spacy.symbols import ORTH

    abbreviations = abbreviations or load_abbreviations()
    for abbreviation in abbreviations.kinds:
        for form in {abbreviation, abbreviation.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    infixes = nlp.tokenizer.infix_finditer
    pattern = getattr(getattr(infixes, "__self__", None), "pattern", None)
    if isinstance(pattern, str) and ABBREVIATION_HYPHEN not in pattern:
        nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{ABBREVIATION_HYPHEN}").finditer
    return nlp


class SentenceRules:
    """Presets ``is_sent_start`` on tokens; the parser keeps what is set."""

    def __init__(self, abbreviations: Abbreviations) -> None:
        self.abbreviations = abbreviations
        self.titles = abbreviations.of_kind("title")
        self.before_numbers = abbreviations.of_kind("month", "number")
        self.dotted = frozenset(abbreviations.kinds)

    def __call__(self, doc: Any) -> Any:
        previous = None  # the last non-space token
        gap = ""  # the text between it and the current token
        previous_gap = "\n"  # the text before ``previous`` (the start of the text counts as a line start)
        decided: dict[int, int] = {}  # token index -> 1 (starts a sentence) or -1 (does not)
        lines_end: bool | None = None  # no line break only wraps a line: read at the first one needed
        for token in doc:
            if token.is_space:
                gap += token.text + token.whitespace_
                continue
            if previous is not None:
                line_start = "\n" in gap and self._line_starts(previous, token)
                if line_start and lines_end is None:
                    lines_end = wrap_width(doc.text) is None
                if gap.count("\n") >= 2 or (line_start and lines_end):
                    decided[token.i] = 1
                elif self._inside_phrase(previous, token, gap) or self._held_by_quote(previous, token, gap,
                                                                                      previous_gap):
                    decided[token.i] = -1
                elif self._opens_quoted_sentence(previous, token, gap, doc):
                    decided[token.i] = 1
            previous_gap = gap
            previous = token
            gap = token.whitespace_
        # Set all at once: spaCy's ``token.is_sent_start = ...`` checks the whole document for a
        # parse on every call, which made this component quadratic in the article's length.
        if decided:
            starts = doc.to_array(["SENT_START"]).view("int64")
            for i, value in decided.items():
                starts[i] = value
            doc.from_array(["SENT_START"], starts.view("uint64"))
        return doc

    @staticmethod
    def _line_starts(previous: Any, token: Any) -> bool:
        """Where lines are not hard-wrapped, a new line starts a sentence (after a headline, a
        byline, a dateline), unless the line before ends in a comma, a hyphen or a word that never
        ends one (an article, a preposition, a conjunction, an auxiliary: "the town of | Sake"), or
        the new one goes on in lower case."""
        return not (previous.text[-1] in NO_BREAK_AFTER or token.text[0] in NO_BREAK_BEFORE
                    or token.text[0].islower() or previous.tag_ in GOES_ON_TAGS
                    or previous.text.lower() in GOES_ON_WORDS)

    @staticmethod
    def _closes(token: Any, gap: str) -> bool:
        """A closing quote: a curly one, or a straight one written against the word before it."""
        return token.text in CLOSING_QUOTES or (token.text in STRAIGHT_QUOTES and gap == "")

    @staticmethod
    def _opens(token: Any, gap_before: str) -> bool:
        """An opening quote: a curly one, or a straight one after a space and against the next word."""
        if token.whitespace_:
            return False
        return token.text in OPENING_QUOTES or (token.text in STRAIGHT_QUOTES and gap_before != "")

    def _held_by_quote(self, previous: Any, token: Any, gap: str, previous_gap: str) -> bool:
        """No sentence starts at a closing quote ('... in Australia."'), right after an opening
        quote ('" This was ...'), or, on one line, after a quotation closed by a comma or followed
        by a lower-case word ('... problems," Professor Eastman said'; '"Why?" he asked')."""
        if self._closes(token, gap):
            return True
        if not gap and self._opens(previous, previous_gap):
            return True
        if "\n" in gap or not self._closes(previous, previous_gap):
            return False
        before = previous.nbor(-1) if previous.i > 0 else None
        return (before is not None and before.text == ",") or token.text[:1].islower()

    def _opens_quoted_sentence(self, previous: Any, token: Any, gap: str, doc: Any) -> bool:
        """On one line, an opening quote after a sentence's final punctuation starts a sentence
        ('... KSC employees. "This was ...'): the parser would otherwise leave the quote behind."""
        if "\n" in gap or not gap or previous.text not in SENTENCE_END:
            return False
        return token.i + 1 < len(doc) and self._opens(token, gap)

    def _inside_phrase(self, previous: Any, token: Any, gap: str) -> bool:
        if "\n" in gap:
            return False
        text = previous.text
        # edited news ends a sentence with punctuation: on one line, no sentence starts after a
        # word, a number, a comma or a hyphen ("Palestinian leader | Yasser Arafat", "Zia- | Ul-Haq")
        if text[-1].isalnum() or text[-1] in NO_BREAK_AFTER or token.text[0] in NO_BREAK_BEFORE:
            return True
        if text in self.titles or text.title() in self.titles:
            return True
        if text in self.before_numbers or text.title() in self.before_numbers:
            return token.like_num
        # two proper nouns in a row ("Philip Hammond", "U.N. Secretary-General"): one name
        if previous.tag_ in PROPER_NOUN_TAGS and token.tag_ in PROPER_NOUN_TAGS:
            return not (text.endswith(".") and text not in self.dotted and len(text) > 2)
        return False


#: Weekday names, which news puts right after a name ("Israel Friday reimposed ...").
WEEKDAYS = frozenset(day.lower() for day in calendar.day_name)


class PersonTitleTrimmer:
    """Drops leading title abbreviations from PERSON entities ("Lt. Gen. Michael Flynn" -> "Michael
    Flynn", and without the stop, as British news writes them: "Ms Bauchtman"; a PERSON that is
    only titles, "Gen.", is dropped), and a weekday that ends any entity
    ("Yasser Arafat Wednesday rejected ...", "Israel Friday reimposed ...": news puts the day right
    after the subject, and the recognisers take it in)."""

    def __init__(self, abbreviations: Abbreviations) -> None:
        self.titles = abbreviations.of_kind("title")

    def __call__(self, doc: Any) -> Any:
        from spacy.tokens import Span

        changed = False
        entities = []
        for ent in doc.ents:
            start, end = ent.start, ent.end
            if ent.label_ == "PERSON":
                while start < end - 1 and self._title(doc[start]):
                    start += 1
                if self._title(doc[start]):  # only titles ("Gen." alone): no one's name
                    changed = True
                    continue
            while end - 1 > start and doc[end - 1].text.lower() in WEEKDAYS:
                end -= 1
            if (start, end) != (ent.start, ent.end):
                changed = True
                ent = Span(doc, start, end, label=ent.label_)
            entities.append(ent)
        if changed:
            doc.ents = entities
        return doc

    def _title(self, tok: Any) -> bool:
        # British style writes the titles without their stop: "Ms Bauchtman", "Dr Eastman"
        return any(text in self.titles or text.title() in self.titles
                   for text in (tok.text, tok.text + "." if tok.text[:1].isupper() and tok.text.isalpha() else ""))


class FacilityNames:
    """Labels ORG a LOC or PERSON entity of two or more words ending in a facility word.

    Lapwing's entity convention (training and evaluation alike, ``lapwing.segment.training.
    ner_sources``) makes names of airports, museums, universities, bases, embassies ... ORG, since in
    news they mostly act or are acted on as institutions; the recogniser learns it from converted
    GUM mentions, but Universal NER and wikigold are not consistent about it, and it often says
    LOC ("Kennedy Space Center"). One word alone ("Embassy") is left as the recogniser says.
    """

    def __init__(self, conventions: Any) -> None:
        self.conventions = conventions   # training's EntityConventions: the same facility words

    def __call__(self, doc: Any) -> Any:
        from spacy.tokens import Span

        from .training.ner_sources import place_label

        entities = list(doc.ents)
        changed = False
        for k, ent in enumerate(entities):
            words = [t.text for t in ent]
            if ent.label_ in ("LOC", "PERSON") and len(ent) >= 2 \
                    and place_label(words, 0, len(words), self.conventions) == "ORG":
                entities[k] = Span(doc, ent.start, ent.end, label="ORG")
                changed = True
        if changed:
            doc.ents = entities
        return doc


def make_facility_names(nlp: Any, name: str) -> FacilityNames:  # noqa: ARG001 - spaCy factory signature
    from .training.ner_sources import load_conventions

    return FacilityNames(load_conventions())


def make_person_titles(nlp: Any, name: str) -> PersonTitleTrimmer:  # noqa: ARG001 - spaCy factory signature
    return PersonTitleTrimmer(load_abbreviations())


def make_sentence_rules(nlp: Any, name: str) -> SentenceRules:  # noqa: ARG001 - spaCy factory signature
    return SentenceRules(load_abbreviations())


def register_sentence_rules() -> None:
    """Register the ``lapwing_sentence_rules`` factory with spaCy (idempotent)."""
    from spacy.language import Language

    if not Language.has_factory(COMPONENT_NAME):
        Language.factory(COMPONENT_NAME, func=make_sentence_rules)
    if not Language.has_factory(TITLE_TRIM_NAME):
        Language.factory(TITLE_TRIM_NAME, func=make_person_titles)
    if not Language.has_factory(FACILITY_NAME):
        Language.factory(FACILITY_NAME, func=make_facility_names)


def add_news_rules(nlp: Any) -> Any:
    """Add the abbreviation special cases, the sentence rules (before the parser) and the
    person-title trimmer and the facility-name rule (after the NER)."""
    register_sentence_rules()
    add_abbreviation_special_cases(nlp)
    if COMPONENT_NAME not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT_NAME, before="parser")
    if TITLE_TRIM_NAME not in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe(TITLE_TRIM_NAME, after="ner")
    if FACILITY_NAME not in nlp.pipe_names and TITLE_TRIM_NAME in nlp.pipe_names:
        nlp.add_pipe(FACILITY_NAME, after=TITLE_TRIM_NAME)
    return nlp
