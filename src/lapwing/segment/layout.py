"""Line layout and white space of an article's text, as the parser should read them.

White space first: web pages give no-break spaces (U+00A0, "&nbsp;"), thin and other Unicode
spaces, and tabs, which spaCy's tokenizer does not split on like a space (a no-break space
becomes a token of its own, which the parser, trained on treebank text, reads as a proper noun
inside the sentence). :func:`plain_spaces` makes each of them a plain space, and the Unicode line
and paragraph separators a line break: one character for one, so offsets do not move.

Then line breaks: which end something, and which only wrap a line.

News reaches Lapwing in two layouts. In most feeds a line is a paragraph, a headline, a byline or
a dateline, so every line break ends something. Wire archives, e-mail and plain-text files are
often *hard-wrapped*: a paragraph is cut into lines of at most 60-80 characters, and a line break
inside it is only a space. The parser reads a line break as a strong sign of a sentence end,
so a hard-wrapped text would be cut into pieces at every wrap (GUM's news test documents wrapped
at 72 columns: sentence F 22.6 against 88.0, docs/syntax.md).

:func:`unwrap` gives the parser a copy of the text of the same length in which the breaks that
only wrap are spaces: the offsets stay those of the article, and the segment stage puts the
article's own characters back into its records. A line break is a *wrap* when it is where a
greedy wrap at the text's width (its longest line) puts one: the next line's first word would
not have fitted on the line. A text is taken as hard-wrapped when its longest line has
:data:`MIN_WRAP_WIDTH` to :data:`MAX_WRAP_WIDTH` characters and at least two line breaks fall
between lines that are not blank, :data:`WRAPPED_SHARE` of them wraps. Only the wraps are joined:
a short line before the next one (a headline, a byline, the end of a paragraph) ends where it ends.
"""
from __future__ import annotations

import unicodedata

#: No hard-wrapped text has longer lines (e-mail and wire copy wrap at 60-80 characters) ...
MAX_WRAP_WIDTH = 100
#: ... or shorter ones: lines of a few words are a headline, a byline, a list.
MIN_WRAP_WIDTH = 30
#: Share of the line breaks between two lines that must look like wraps for the text to be wrapped.
WRAPPED_SHARE = 0.5


def _breaks(text: str) -> list[tuple[int, str, str]]:
    """(offset of the line break, the line before it, the line after it) for each break between
    two lines that are not blank."""
    out = []
    start = 0
    while (end := text.find("\n", start)) >= 0:
        following = text.find("\n", end + 1)
        line, nxt = text[start:end].rstrip("\r "), text[end + 1: following if following >= 0 else len(text)]
        if line.strip() and nxt.strip():
            out.append((end, line, nxt))
        start = end + 1
    return out


def _wraps(line: str, nxt: str, width: int) -> bool:
    """Whether the break is where a greedy wrap at ``width`` put it: the next line's first word
    would not have fitted on this line."""
    return len(line) + 1 + len(nxt.split()[0]) > width


def wrap_width(text: str) -> int | None:
    """The width a hard-wrapped text is wrapped at (its longest line), or None when its line
    breaks are not wraps (see the module's docstring)."""
    width = max((len(line.rstrip("\r ")) for line in text.split("\n")), default=0)
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return None
    breaks = _breaks(text)
    if len(breaks) < 2 or sum(_wraps(line, nxt, width) for _, line, nxt in breaks) < WRAPPED_SHARE * len(breaks):
        return None
    return width


def unwrap(text: str) -> str:
    """The text with each line break that only wraps a line made a space (a ``\\r\\n`` pair two
    spaces), so it has the same length and offsets; the text itself when it is not hard-wrapped."""
    width = wrap_width(text)
    if width is None:
        return text
    out = list(text)
    for end, line, nxt in _breaks(text):
        if _wraps(line, nxt, width):
            out[end] = " "
            if end > 0 and text[end - 1] == "\r":
                out[end - 1] = " "
    return "".join(out)



def wrap(text: str, width: int = 72) -> str:
    """The text hard-wrapped at ``width`` columns, as e-mail and wire copy are: the space before
    the first word that would reach past ``width`` becomes a line break, so the length and every
    offset stay the same (the inverse of :func:`unwrap`); existing line breaks are kept. Used to
    measure how the pipeline reads wrapped text (``scripts/evaluate_layout.py``,
    ``scripts/evaluate_syntax.py``)."""
    out = list(text)
    line_start, last_space = 0, -1
    for i, ch in enumerate(text):
        if ch == "\n":
            line_start, last_space = i + 1, -1
            continue
        if ch == " ":
            last_space = i
        if i - line_start >= width and last_space > line_start:
            out[last_space] = "\n"
            line_start, last_space = last_space + 1, -1
    return "".join(out)

#: Characters read as a plain space or a line break (one for one): Unicode space separators
#: (category Zs: no-break, thin, en, em ... spaces), tabs and form feeds; line and paragraph
#: separators.
_SPACE_LIKE = {ord(ch): " " for ch in map(chr, range(0x3000 + 1))
               if ch != " " and unicodedata.category(ch) == "Zs"}
_SPACE_LIKE.update({ord("\t"): " ", ord("\v"): " ", ord("\f"): " ", 0x2028: "\n", 0x2029: "\n"})


def plain_spaces(text: str) -> str:
    """The text with every space-like character a plain space and every line or paragraph
    separator a line break (the same length)."""
    return text.translate(_SPACE_LIKE)
