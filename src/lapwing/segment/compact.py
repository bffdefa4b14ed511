"""Parsing without the extra spaces inside a line.

spaCy's tokenizer keeps every character: a run of several spaces inside a line ("a roadside
bomb  killed one civilian", common in copied and scraped news: 6% of the event-location texts)
leaves a whitespace token between the words. The shipped pipeline was trained on treebank text,
which has none, and reads it as a word (a proper noun, even a subject), which breaks the parse
around it. Only double spaces are mended: a longer run inside a line usually lays out a dateline
or a column, and is left to the parser as the break it is.

:func:`parse` runs the pipeline on a compact copy of each such document (the same words, one
space between them) and gives back a document with the original tokens, whitespace tokens
included, carrying the compact copy's annotation: tags, morphology, lemmas, the dependency tree
(each whitespace token attached to the word before it, as spaCy attaches spaces), sentence
starts and entities (an entity stays whole across a whitespace token inside it). The texts and
offsets are those of the original document, so nothing downstream changes. Whitespace tokens
that hold a line break are kept in the compact copy: they carry the line layout the sentence
rules read. Characters with no width inside a word (a soft hyphen, a zero-width space:
"at\u00adtacked") are left out of the copy's words the same way, so the word is read as the word
it is. Documents with neither go through the pipeline as they are.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any


#: Characters with no width that web text leaves inside words: soft hyphen, zero-width space,
#: non-joiner and joiner, word joiner, byte-order mark ("at\u00adtacked" is "attacked").
INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")


def _visible(text: str) -> str:
    return "".join(ch for ch in text if ch not in INVISIBLE)


def _inner_space(token: Any) -> bool:
    """The whitespace token of a double space between two words: one space after the word's own.
    Longer runs inside a line are kept: three spaces or more lay out a dateline or a column
    ("DAMASCUS     Two senior commanders ..."), and the parser reads them as a break."""
    return token.i > 0 and token.text == " " and not token.nbor(-1).is_space


def compact_copy(doc: Any, text: str | None = None) -> tuple[Any, list[int]] | None:
    """(the copy without the double-space whitespace tokens and the characters with no width,
    the original index of each of its tokens), or None when the document has neither. ``text``:
    the document's text when the caller has it (``doc.text`` is rebuilt from the tokens)."""
    from spacy.tokens import Doc

    text = doc.text if text is None else text
    if INVISIBLE.isdisjoint(text) and ("  " not in text or not any(_inner_space(t) for t in doc)):
        return None
    keep = [t.i for t in doc if not _inner_space(t) and _visible(t.text)]
    if not keep:
        return None
    kept = set(keep)
    words = [_visible(doc[i].text) for i in keep]
    spaces = [bool(doc[i].whitespace_) or (i + 1 < len(doc) and i + 1 not in kept) for i in keep]
    return Doc(doc.vocab, words=words, spaces=spaces), keep


def restore(original: Any, parsed: Any, keep: list[int]) -> Any:
    """A document with ``original``'s tokens and ``parsed``'s annotation (see the module)."""
    from spacy.tokens import Doc

    n = len(original)
    at = dict(zip(keep, range(len(keep))))      # original index -> compact index
    owner = [0] * n                             # original index -> the kept token before it (or the first)
    following = [-1] * n                        # original index -> the kept token after it, or -1
    last = keep[0]
    for i in range(n):
        if i in at:
            last = i
        owner[i] = last
    upcoming = -1
    for i in range(n - 1, -1, -1):
        following[i] = upcoming
        if i in at:
            upcoming = i
    pos, tags, morphs, lemmas, deps, heads, starts, ents = [], [], [], [], [], [], [], []
    for i, token in enumerate(original):
        if i in at:
            p = parsed[at[i]]
            pos.append(p.pos_)
            tags.append(p.tag_)
            morphs.append(str(p.morph))
            lemmas.append(p.lemma_)
            deps.append(p.dep_)
            heads.append(keep[p.head.i])
            starts.append(bool(p.is_sent_start))
            ents.append(f"{p.ent_iob_}-{p.ent_type_}" if p.ent_type_ else "O")
        else:   # an inner whitespace token: attached to the word before it, inside its entity
            p = parsed[at[owner[i]]]
            pos.append("SPACE")
            tags.append("_SP")
            morphs.append("")
            lemmas.append(token.text)
            deps.append("dep")
            heads.append(owner[i])
            starts.append(False)
            nxt = following[i]
            inside = p.ent_type_ and nxt >= 0 and owner[i] < i and parsed[at[nxt]].ent_iob_ == "I"
            ents.append(f"I-{p.ent_type_}" if inside else "O")
    annotation = {}
    for attr, key, values in (("POS", "pos", pos), ("TAG", "tags", tags), ("MORPH", "morphs", morphs),
                              ("LEMMA", "lemmas", lemmas), ("ENT_IOB", "ents", ents)):
        if parsed.has_annotation(attr):
            annotation[key] = values
    if parsed.has_annotation("DEP"):
        annotation.update(heads=heads, deps=deps)
    elif parsed.has_annotation("SENT_START"):
        annotation["sent_starts"] = starts
    return Doc(original.vocab, words=[t.text for t in original], spaces=[bool(t.whitespace_) for t in original],
               **annotation)


def parse(nlp: Any, docs: Iterable[Any], *, batch_size: int = 8, texts: list[str] | None = None) -> Iterator[Any]:
    """``nlp.pipe`` over tokenised documents, each with double spaces and characters with no
    width parsed as the module says; yields documents with the original tokens, in order.
    ``texts``: the documents' texts, when the caller has them (a quicker test)."""
    docs = list(docs)
    copies = [compact_copy(doc, None if texts is None else texts[k]) for k, doc in enumerate(docs)]
    inputs = [doc if copy is None else copy[0] for doc, copy in zip(docs, copies)]
    for doc, copy, parsed in zip(docs, copies, nlp.pipe(inputs, batch_size=batch_size)):
        yield parsed if copy is None else restore(doc, parsed, copy[1])
