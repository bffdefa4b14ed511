"""Truecasing: a likely casing for text written in capitals, for the spaCy model only.

Old wire copy (MUC-4, FBIS) and some headlines are written ALL IN CAPITALS; a model trained on
mixed-case text tags, parses and finds entities badly there. ``segment.truecase = "auto"`` gives
the model a copy of the article with the capitals of such passages restored to a likely case; the
copy has the same length, character for character, so the tokens' offsets are those of the
article, and the stage puts the article's own characters back into the sentence and token texts
(:func:`keep_article_text`). Lemmas, tags, parse and entities are what the model found on the
restored copy.

When it fires: the whole article when most of its words (of two letters or more) are in
capitals; otherwise each paragraph (lines between blank lines) where most are; otherwise each
line (a headline) where nearly all are. Text in normal case is never changed, and inside a passage
only the words written wholly in capitals are.

How a word is cased, first rule that applies:

1. a run of words that is a name of two words or more (actor data, countries, cities) takes the
   name's casing ("EL SALVADOR" -> "El Salvador", "UNITED NATIONS" -> "United Nations");
2. a single letter before or after a full stop stays a capital (initials, "U.S.");
3. "US" is the country before a word that is not a closed-class word, else the pronoun;
4. an acronym of the actor data ("FMLN", "NATO") stays in capitals, unless it is a closed-class
   word ("WHO", "IT");
5. a month name next to a number is capitalised ("16 MAY" -> "16 May");
6. a word of the casing table takes its usual casing there;
7. a closed-class word (spaCy's stop words) or an event trigger form is lower case;
8. an inflected form ("KIDNAPPERS", "STORMED") of a word usually lower case is lower case;
9. a word without vowels ("FMLN"), or a short word alone in brackets ("(URNG)"), stays in capitals;
10. anything else is a name and is capitalised ("CRISTIANI" -> "Cristiani").

The first word of a sentence (after a blank line, ".", "!", "?" or a dateline's "--") is
capitalised whatever the rules said. A possessive "'S" follows its word and is lower case.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Sentence
from .casing_resources import CasingResources
from .training.truecase_table import WORD

TRUECASE_MODES = ("auto", "off")
#: share of words in capitals that makes an article or paragraph, or a line, capitals text
ARTICLE_SHARE = 0.8
LINE_SHARE = 0.9
MIN_WORDS = 4
VOWELS = frozenset("aeiouy")
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
SENTENCE_END = re.compile(r"[.!?]|\)\s*--|\n[ \t]*\n")
INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""),
               ("ing", "e"), ("ers", ""), ("er", ""), ("ers", "e"), ("er", "e"), ("ly", ""), ("ment", ""))
#: Prefixes of English derived words ("UNLEASHED", "DISLODGE"), stripped when looking for a base.
PREFIXES = ("un", "dis", "re", "in", "im", "non", "pre", "over", "counter", "anti", "mis", "under", "out")
#: Endings of English common nouns and adjectives (derivational suffixes), rare in names.
COMMON_ENDINGS = ("tion", "sion", "ment", "ness", "ism", "ity", "ous", "ive", "less", "able", "ible", "ful",
                  "ical", "ist", "ize", "ise", "ency", "ancy")
MIN_DERIVED = 7


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str


def capitals_share(text: str) -> tuple[float, int]:
    """Share of the words of two letters or more written wholly in capitals, and their number."""
    words = [w for w in WORD.findall(text) if len(w) > 1]
    if not words:
        return 0.0, 0
    return sum(1 for w in words if w.isupper()) / len(words), len(words)


def capitals_passages(text: str) -> list[tuple[int, int]]:
    """Character ranges of the passages to truecase (see the module's notes)."""
    upper = [w.isupper() for w in WORD.findall(text) if len(w) > 1]
    if not any(a and b for a, b in zip(upper, upper[1:])):
        # A passage (the text, a paragraph or a line: a run of its words) has at least MIN_WORDS
        # words, at least ARTICLE_SHARE of them in capitals, so two of them are next to each
        # other; without such a pair there is none, and the text is not read again per paragraph
        # and per line (the segment, actors and geo stages each ask, for every article).
        return []
    if len(upper) >= MIN_WORDS and sum(upper) >= ARTICLE_SHARE * len(upper):
        return [(0, len(text))]
    passages: list[tuple[int, int]] = []
    start = 0
    for brk in [*PARAGRAPH_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        paragraph = text[start:end]
        share, count = capitals_share(paragraph)
        if count >= MIN_WORDS and share >= ARTICLE_SHARE:
            passages.append((start, end))
        else:
            offset = start
            for line in paragraph.split("\n"):
                share, count = capitals_share(line)
                if count >= MIN_WORDS and share >= LINE_SHARE:
                    passages.append((offset, offset + len(line)))
                offset += len(line) + 1
        start = brk.end() if brk else len(text)
    return passages


class Truecaser:
    """Restores a likely case to the capitals passages of a text, keeping its length."""

    def __init__(self, resources: CasingResources) -> None:
        self.resources = resources
        self.longest = resources.longest_phrase
        common = [w for w, casing in resources.table.items() if casing.usual == "lower"]
        self.common_stems = frozenset(stem for w in (*common, *resources.lower_words) for stem in _stems(w))

    def restore(self, text: str, passages: Sequence[tuple[int, int]] | None = None) -> str:
        """The text with its capitals passages truecased (the text itself when there are none);
        ``passages``: :func:`capitals_passages` of the text, when the caller has them."""
        passages = capitals_passages(text) if passages is None else passages
        if not passages:
            return text
        chars = list(text)
        for start, end in passages:
            # finditer with a start position gives offsets into the whole text, not the passage
            words = [Word(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start, end)]
            for word, form in zip(words, self.forms(text, words, start)):
                if word.text.isupper() and form != word.text:
                    _write(chars, word.start, form)
        return "".join(chars)

    def forms(self, text: str, words: Sequence[Word], start: int) -> list[str]:
        """The chosen spelling of each word of a passage (starting at ``start``)."""
        forms: list[str | None] = [None] * len(words)
        self._names(words, forms, text)
        out: list[str] = []
        previous_end = start
        for k, word in enumerate(words):
            gap = text[previous_end:word.start]
            initial = k == 0 or bool(SENTENCE_END.search(gap)) and not _after_initial(text, words, k)
            form = forms[k] or self.word_form(text, words, k)
            out.append(form[:1].upper() + form[1:] if initial else form)
            previous_end = word.end
        return out

    def _names(self, words: Sequence[Word], forms: list[str | None], text: str) -> None:
        """Rule 1: runs of words that are a name of several words take its casing."""
        k = 0
        while k < len(words):
            for n in range(min(self.longest, len(words) - k), 1, -1):
                run = words[k:k + n]
                if not all(_joined(text, a, b) for a, b in zip(run, run[1:])):
                    continue
                name = self.resources.phrases.get(tuple(_stem(w.text).lower() for w in run))
                if name is not None:
                    for j, (w, spelled) in enumerate(zip(run, name)):
                        forms[k + j] = spelled + w.text[len(_stem(w.text)):].lower()
                    k += n - 1
                    break
            k += 1

    def word_form(self, text: str, words: Sequence[Word], k: int) -> str:
        """Rules 2-10 for one word; a possessive "'S" is cased with lower case."""
        word = words[k].text
        stem = _stem(word)
        suffix = word[len(stem):].lower()
        return self._stem_form(text, words, k, stem) + suffix

    def _stem_form(self, text: str, words: Sequence[Word], k: int, word: str) -> str:
        res = self.resources
        key = word.lower()
        w = words[k]
        before, after = text[max(0, w.start - 1):w.start], text[w.end:w.end + 1]
        if len(word) == 1 and "." in (before, after) and key not in ("a", "i"):
            return word
        following = words[k + 1].text.lower() if k + 1 < len(words) and _joined(text, w, words[k + 1]) else ""
        if key == "us":
            return "US" if following and following not in res.lower_words else "us"
        if key in res.acronyms and key not in res.lower_words:
            return word
        if key in res.months and _next_to_number(text, w):
            return word.capitalize()
        casing = res.table.get(key)
        if casing is not None:
            return _spelled(word, casing.usual, casing.form)
        if key in res.lower_words or self._inflected_common(key):
            return key
        if len(word) > 1 and (not VOWELS & set(key) or (before == "(" and after == ")" and len(word) <= 6)):
            return word
        return word.capitalize()

    def _inflected_common(self, key: str) -> bool:
        """Rule 8: an inflected or derived form of a word usually written lower case, or a word
        with a common-noun or adjective ending."""
        bases = [key] + [key[len(p):] for p in PREFIXES if key.startswith(p) and len(key) - len(p) > 3]
        if any(len(stem) > 3 and stem in self.common_stems for base in bases for stem in _stems(base)):
            return True
        return len(key) >= MIN_DERIVED and any(stem.endswith(COMMON_ENDINGS) for stem in _stems(key))

    def info(self) -> dict[str, object]:
        return self.resources.info()


def keep_article_text(sentences: Sequence[Sentence], text: str) -> tuple[Sentence, ...]:
    """Sentences parsed from a truecased copy, with the article's own characters put back into
    the sentence and token texts (offsets are the same: the copy has the same length)."""
    return tuple(s.replace(text=text[s.start_char:s.end_char],
                           tokens=tuple(t.replace(text=text[t.start_char:t.end_char]) for t in s.tokens))
                 for s in sentences)


def _stems(word: str) -> set[str]:
    """The word and what is left of it without an inflection ("kidnapped" -> "kidnap")."""
    stems = {word}
    for suffix, replacement in INFLECTIONS:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[: -len(suffix)] + replacement
            stems.add(base)
            if len(base) > 3 and base[-1] == base[-2]:
                stems.add(base[:-1])
    return stems


def _stem(word: str) -> str:
    """The word without a possessive "'S" or "'"."""
    for suffix in ("'S", "\u2019S", "'s", "\u2019s"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word


def _spelled(word: str, casing: str, form: str) -> str:
    if casing == "lower":
        return word.lower()
    if casing == "upper":
        return word
    return form if form and len(form) == len(word) else word.capitalize()


def _joined(text: str, a: Word, b: Word) -> bool:
    """Whether two words follow each other within a phrase (only spaces, a hyphen or a full stop)."""
    gap = text[a.end:b.start]
    return gap.strip(" \t\n") in ("", "-", ".") and "\n\n" not in gap


def _after_initial(text: str, words: Sequence[Word], k: int) -> bool:
    """Whether the full stop before word ``k`` ends an initial or a dotted abbreviation ("U.S.")."""
    previous = words[k - 1]
    return len(previous.text) == 1 and text[previous.end:previous.end + 1] == "." and \
        not SENTENCE_END.search(text[previous.end + 1:words[k].start])


def _next_to_number(text: str, word: Word) -> bool:
    before = text[max(0, word.start - 6):word.start].rstrip(" ,.")
    after = text[word.end:word.end + 6].lstrip(" ,.")
    return (before[-1:].isdigit()) or (after[:1].isdigit())


def _write(chars: list[str], start: int, form: str) -> None:
    """Write a form over the word at ``start``, character by character, where the new character
    is one character (a case mapping that changes length is left as it was)."""
    for offset, ch in enumerate(form):
        if len(ch) == 1 and ch.lower() == chars[start + offset].lower():
            chars[start + offset] = ch
