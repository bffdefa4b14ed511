"""Reading the training corpora: CoNLL-U treebanks (UD EWT, GUM), GUM's entity layer and
IOB2 entity files (Universal NER, wikigold), and the train/dev/test split of each file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

UNER_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
GUM_LABELS = {"person": "PERSON", "organization": "ORG", "place": "LOC"}


# --------------------------------------------------------------------------
# CoNLL-U reading
# --------------------------------------------------------------------------


@dataclass
class Sentence:
    """One CoNLL-U sentence (syntactic words; multi-word tokens expanded)."""

    sent_id: str
    doc_id: str
    text: str
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    upos: list[str] = field(default_factory=list)
    xpos: list[str] = field(default_factory=list)
    feats: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)  # 0-based; root points to itself
    deprels: list[str] = field(default_factory=list)
    misc: list[str] = field(default_factory=list)
    # IOB tags ("B-PERSON", "I-ORG", "O"); None = no entity annotation
    ents: list[str] | None = None
    new_par: bool = False  # a "# newpar" comment: the sentence starts a paragraph


def _misc_dict(misc: str) -> dict[str, str]:
    if misc in ("", "_"):
        return {}
    out = {}
    for item in misc.split("|"):
        key, _, value = item.partition("=")
        out[key] = value
    return out


def read_conllu(source: str | Path | Iterable[str], *, doc_id: str = "") -> list[Sentence]:
    """Read CoNLL-U text (a path, or an iterable of lines) into sentences.

    Multi-word token ranges are expanded into their syntactic words (the
    words of a range are joined without spaces; ``SpaceAfter=No`` on the
    range applies to its last word). Empty nodes (``8.1``) are skipped.
    ``# newdoc id`` sets the document id, defaulting to ``doc_id``;
    ``# newpar`` (or ``# newpar id = ...``) marks the next sentence as the
    start of a paragraph (``Sentence.new_par``).
    """
    if isinstance(source, (str, Path)) and "\n" not in str(source):
        path = Path(source)
        lines: Iterable[str] = path.read_text(encoding="utf8").splitlines()
        doc_id = doc_id or path.stem
    elif isinstance(source, str):
        lines = source.splitlines()
    else:
        lines = source
    sentences: list[Sentence] = []
    comments: dict[str, str] = {}
    rows: list[list[str]] = []
    current_doc = doc_id
    counter = 0
    new_par = False

    def flush() -> None:
        nonlocal rows, comments, counter, new_par
        if rows:
            counter += 1
            sent_id = comments.get("sent_id", f"{current_doc or 'sent'}-{counter}")
            sentences.append(_build_sentence(rows, sent_id, current_doc, comments.get("text")))
            sentences[-1].new_par = new_par
            new_par = False
        rows = []
        comments = {}

    for raw in lines:
        line = raw.rstrip("\n").rstrip("\r")
        if not line.strip():
            flush()
            continue
        if line.startswith("#"):
            body = line[1:].strip()
            if body.startswith("newdoc"):
                flush()
                _, _, value = body.partition("=")
                current_doc = value.strip() or current_doc
            elif body.partition("=")[0].strip() in ("newpar", "newpar id"):
                new_par = True
            elif "=" in body:
                key, _, value = body.partition("=")
                comments[key.strip()] = value.strip()
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise ValueError(f"bad CoNLL-U line (expected 10 columns): {line!r}")
        rows.append(cols)
    flush()
    return sentences


def _build_sentence(rows: list[list[str]], sent_id: str, doc_id: str, text: str | None) -> Sentence:
    sent = Sentence(sent_id=sent_id, doc_id=doc_id, text=text or "")
    ranges: dict[int, tuple[int, bool]] = {}  # first word id -> (last word id, space after)
    for cols in rows:
        if "-" in cols[0]:
            start, end = (int(x) for x in cols[0].split("-"))
            ranges[start] = (end, _misc_dict(cols[9]).get("SpaceAfter") != "No")
    words = [c for c in rows if c[0].isdigit()]
    id_to_index = {int(c[0]): i for i, c in enumerate(words)}
    inside_until = 0
    range_space = True
    for i, cols in enumerate(words):
        wid = int(cols[0])
        if wid in ranges:
            inside_until, range_space = ranges[wid]
        misc = _misc_dict(cols[9])
        if wid < inside_until:
            space = False
        elif wid == inside_until:
            space = range_space
        else:
            space = misc.get("SpaceAfter") != "No"
        sent.words.append(cols[1])
        sent.spaces.append(space)
        sent.lemmas.append(cols[2] if cols[2] != "_" or cols[1] == "_" else "")
        sent.upos.append(cols[3] if cols[3] != "_" else "")
        sent.xpos.append(cols[4] if cols[4] != "_" else "")
        sent.feats.append(cols[5] if cols[5] != "_" else "")
        head = int(cols[6]) if cols[6] not in ("_", "") else 0
        sent.heads.append(i if head == 0 else id_to_index[head])
        sent.deprels.append(cols[7] if cols[7] != "_" else "")
        sent.misc.append(cols[9])
    if sent.spaces:
        sent.spaces[-1] = False
    if not sent.text:
        sent.text = "".join(w + (" " if s else "") for w, s in zip(sent.words, sent.spaces))
    return sent


# --------------------------------------------------------------------------
# Entities
# --------------------------------------------------------------------------


def gum_mentions(sent: Sentence) -> list[tuple[int, int, str]]:
    """GUM ``Entity=`` mentions of a sentence as (start, end_inclusive, type)."""
    mentions: list[tuple[int, int, str]] = []
    open_: dict[str, list[tuple[int, str]]] = {}
    for i, misc in enumerate(sent.misc):
        value = _misc_dict(misc).get("Entity")
        if not value:
            continue
        j = 0
        while j < len(value):
            if value[j] == "(":
                k = j + 1
                while k < len(value) and value[k] not in "()":
                    k += 1
                parts = value[j + 1 : k].split("-")
                eid, etype = parts[0], (parts[1] if len(parts) > 1 else "")
                if k < len(value) and value[k] == ")":
                    mentions.append((i, i, etype))
                    j = k + 1
                else:
                    open_.setdefault(eid, []).append((i, etype))
                    j = k
            else:
                k = value.find(")", j)
                if k < 0:
                    break
                eid = value[j:k]
                if open_.get(eid):
                    start, etype = open_[eid].pop()
                    mentions.append((start, i, etype))
                j = k + 1
    return mentions


_NAME_LINKS = {"of", "de", "du", "la", "le", "von", "van", "der", "&", "and", "-", ".", "for", "the"}


def _namelike(sent: Sentence, i: int) -> bool:
    """PROPN/NUM, or a capitalised adjective/noun inside a name ("New York", "National ... Museum"),
    or a capitalised word whose treebank tag says it is part of a proper name (XPOS NNP/NNPS)
    whatever its part of speech: GUM tags "United" in "United States", "United Nations" and
    "United Arab Emirates" VERB (a participle) with XPOS NNP, and without this the name lost its
    first word ("States")."""
    if sent.upos[i] in ("PROPN", "NUM"):
        return True
    if not sent.words[i][:1].isupper():
        return False
    return sent.upos[i] in ("ADJ", "NOUN") or (i < len(sent.xpos) and sent.xpos[i] in ("NNP", "NNPS"))


_APPOSITION_DEPRELS = ("appos", "flat", "flat:name")


def _named_apposition(sent: Sentence, head: int, end: int, titles: frozenset[str]) -> tuple[int, int] | None:
    """The name a common-noun PERSON mention gives its referent, as a span [left, right), if any.

    GUM heads a mention such as "Environment Canada spokesperson Julie Hahn" or "his
    then-girlfriend Julie Couillard" by the common noun, with the name joined to it as
    ``flat`` or ``appos``; Universal NER, wikigold and Lapwing's convention mark the name
    ("Julie Hahn") as the person. The name is found at the first PROPN after the head (inside
    the mention, ``end`` inclusive) that depends on the head by one of those relations; it takes
    in the PROPN words before it that depend on it ("Gary" of "Gary Fan") and the PROPN words
    after it that depend on the head or on the name, also across a hyphen ("Lam Cheuk - ting"),
    and loses leading titles ("Colonel Rudolf Strasburgh" -> "Rudolf Strasburgh"). Returns None
    when there is no such word.
    """
    for i in range(head + 1, end + 1):
        if not (sent.heads[i] == head and sent.upos[i] == "PROPN" and sent.deprels[i] in _APPOSITION_DEPRELS):
            continue
        left = right = i
        while left - 1 > head and sent.upos[left - 1] == "PROPN" and left <= sent.heads[left - 1] <= right:
            left -= 1

        def joined(j: int) -> bool:
            return j <= end and sent.upos[j] == "PROPN" and (sent.heads[j] == head or left <= sent.heads[j] < j)

        while True:
            if joined(right + 1):
                right += 1
            elif right + 2 <= end and sent.words[right + 1] == "-" and joined(right + 2):
                right += 2
            else:
                break
        while left < right and sent.words[left].lower() in titles:
            left += 1
        return left, right + 1
    return None


def gum_named_entities(sent: Sentence, conventions=None) -> list[tuple[int, int, str]]:
    """Named PERSON/ORG/LOC spans (start, end_exclusive, label) from GUM mentions.

    GUM marks every mention (pronouns and common-noun phrases too). A mention
    counts as a *named* entity when its syntactic head is a PROPN; the span
    is then trimmed to the name around the head: PROPN/NUM tokens (and
    capitalised ADJ/NOUN tokens) to the left and right of the head, plus
    linking words ("of", "and", "&", "-", ...) between two such tokens
    ("University of Chicago", "National Air and Space Museum"). A person
    mention headed by a common noun counts when the noun has a name in
    apposition ("spokesperson Julie Hahn" -> "Julie Hahn", see
    :func:`_named_apposition`). Nested candidates are resolved longest first.

    Lapwing's entity convention is then applied (see
    :mod:`lapwing.segment.training.ner_sources`): person names lose their
    titles ("NASA Administrator Charles Bolden" -> "Charles Bolden") and
    facility names (museums, airports, universities, ...) are ORG.
    """
    from .ner_sources import load_conventions, person_name_span, place_label

    conventions = conventions or load_conventions()
    candidates = []
    for start, end, etype in gum_mentions(sent):
        label = GUM_LABELS.get(etype)
        if label is None:
            continue
        inside = range(start, end + 1)
        heads = [i for i in inside if not (start <= sent.heads[i] <= end) or sent.heads[i] == i]
        if not heads:
            continue
        head = heads[0]
        if sent.upos[head] != "PROPN":
            name = _named_apposition(sent, head, end, conventions.titles) if label == "PERSON" else None
            if name is not None and not (name[1] - name[0] == 1 and "Number=Plur" in sent.feats[name[0]]):
                candidates.append((*name, label))
            continue
        left = head
        while left - 1 >= start:
            prev = left - 1
            if _namelike(sent, prev):
                left = prev
            elif sent.words[prev].lower() in _NAME_LINKS and prev - 1 >= start and _namelike(sent, prev - 1):
                left = prev - 1
            else:
                break
        right = head
        while right + 1 <= end:
            nxt = right + 1
            if _namelike(sent, nxt):
                right = nxt
            elif sent.words[nxt].lower() in _NAME_LINKS and nxt + 1 <= end and _namelike(sent, nxt + 1):
                right = nxt + 1
            else:
                break
        if label == "PERSON":
            trimmed = person_name_span(
                sent.words, sent.heads, sent.deprels, left, right + 1, head, conventions
            )
            if trimmed is None or (trimmed[1] - trimmed[0] == 1 and "Number=Plur" in sent.feats[trimmed[0]]):
                continue  # a bare title, or a group ("Afghans"), is not a person's name
            candidates.append((*trimmed, label))
            continue
        if label == "LOC":
            label = place_label(sent.words, left, right + 1, conventions)
        candidates.append((left, right + 1, label))
    chosen: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    for start, end, label in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
        if any(i in taken for i in range(start, end)):
            continue
        chosen.append((start, end, label))
        taken.update(range(start, end))
    return sorted(chosen)


def spans_to_iob(n: int, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * n
    for start, end, label in spans:
        tags[start] = f"B-{label}"
        for i in range(start + 1, end):
            tags[i] = f"I-{label}"
    return tags


def read_iob2(path: Path) -> dict[str, tuple[list[str], list[str]]]:
    """Read a UNER ``.iob2`` file: sent_id -> (words, IOB tags mapped to our labels)."""
    out: dict[str, tuple[list[str], list[str]]] = {}
    sent_id = None
    words: list[str] = []
    tags: list[str] = []
    counter = 0

    def flush() -> None:
        nonlocal sent_id, words, tags, counter
        if words:
            counter += 1
            out[sent_id or f"{path.stem}-{counter}"] = (words, tags)
        sent_id, words, tags = None, [], []

    for raw in path.read_text(encoding="utf8").splitlines():
        line = raw.strip("\r\n")
        if not line.strip():
            flush()
            continue
        if line.startswith("#"):
            body = line[1:].strip()
            if body.startswith("sent_id"):
                sent_id = body.partition("=")[2].strip()
            continue
        cols = line.split("\t")
        tag = cols[2] if len(cols) > 2 else "O"
        prefix, _, etype = tag.partition("-")
        label = UNER_LABELS.get(etype)
        words.append(cols[1])
        tags.append(f"{prefix}-{label}" if label and prefix in ("B", "I") else "O")
    flush()
    return out


def _fix_iob(tags: list[str]) -> list[str]:
    fixed = list(tags)
    for i, tag in enumerate(fixed):
        if tag.startswith("I-") and (i == 0 or fixed[i - 1][2:] != tag[2:]):
            fixed[i] = "B-" + tag[2:]
    return fixed


# --------------------------------------------------------------------------
# Corpus assembly
# --------------------------------------------------------------------------


def split_of(path: Path, dev_docs: set[str], test_docs: set[str]) -> str:
    name = path.name.lower()
    for split in ("train", "dev", "test"):
        if f"-{split}" in name or f"_{split}." in name or f".{split}." in name:
            return split
    if path.stem in test_docs:
        return "test"
    if path.stem in dev_docs:
        return "dev"
    return "train"


def _doc_lists(folder: Path) -> tuple[set[str], set[str]]:
    def read(name: str) -> set[str]:
        f = folder / name
        return set(f.read_text(encoding="utf8").split()) if f.exists() else set()

    return read("files.dev"), read("files.test")
