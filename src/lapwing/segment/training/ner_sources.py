"""Entity conventions and extra entity sources for training the NER.

Convention (one for every source, and for evaluation): PERSON spans are the name without
titles or roles ("Foreign Secretary Philip Hammond" -> "Philip Hammond"; "King Louis XV of
France" -> "Louis XV"), as Universal NER annotates; names of facilities (airports, museums,
universities, hospitals, embassies, ...) are ORG, as most UNER and wikigold text does, because
in news they mostly act or are acted on as institutions; LOC is kept for geographic and
political places. The word lists are data: ``entity_conventions.tsv`` (word, kind).

Wikigold (``*.conll.txt``: ``WORD TAG`` lines in IOB1, ``-DOCSTART-`` between articles) gives
entity-only sentences: PER/ORG/LOC become PERSON/ORG/LOC, MISC is dropped (tagged O). Every
tenth article is held out as a test document.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...datafiles import read_tsv_rows
from ...errors import ResourceError

CONVENTIONS_PATH = Path(__file__).resolve().parent / "entity_conventions.tsv"
CONVENTION_KINDS = ("title", "facility")
WIKIGOLD_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
WIKIGOLD_TEST_EVERY = 10
_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m"}
_NO_SPACE_AFTER = {"(", "[", "{", "$"}


@dataclass(frozen=True)
class EntityConventions:
    titles: frozenset[str]
    facilities: frozenset[str]


def load_conventions(path: Path = CONVENTIONS_PATH) -> EntityConventions:
    """Read ``word<TAB>kind`` lines (lower-case words; kind title or facility)."""
    found: dict[str, set[str]] = {kind: set() for kind in CONVENTION_KINDS}
    for number, cols, line in read_tsv_rows(path, header=("word", "kind"), what="entity conventions",
                                            header_optional=True):
        if len(cols) != 2 or cols[1] not in CONVENTION_KINDS or not cols[0] or cols[0] != cols[0].lower():
            raise ResourceError(
                f"{path}:{number}: expected 'word<TAB>kind' (lower-case word, kind one of "
                f"{', '.join(CONVENTION_KINDS)}); got {line!r}"
            )
        found[cols[1]].add(cols[0])
    return EntityConventions(titles=frozenset(found["title"]), facilities=frozenset(found["facility"]))


NAME_DEPRELS = frozenset({"flat", "flat:name", "compound", "goeswith"})


def person_name_span(words: list[str], heads: list[int], deprels: list[str], start: int, end: int,
                     head: int, conventions: EntityConventions) -> tuple[int, int] | None:
    """The name inside a PERSON mention [start, end): the syntactic head and the words joined to it
    by ``flat``/``compound`` (not titles: "NASA Administrator Charles Bolden" -> "Charles Bolden",
    "King Louis XV of France" -> "Louis XV"), as a contiguous span.

    Returns None when the head itself is a title ("NASA Administrator", "Earl of Clare").
    """
    if words[head].lower() in conventions.titles:
        return None
    name = {head}
    changed = True
    while changed:
        changed = False
        for i in range(start, end):
            if (i not in name and heads[i] in name and deprels[i] in NAME_DEPRELS
                    and words[i].lower() not in conventions.titles):
                name.add(i)
                changed = True
    left = right = head
    while left - 1 in name:
        left -= 1
    while right + 1 in name:
        right += 1
    return left, right + 1


def place_label(words: list[str], start: int, end: int, conventions: EntityConventions) -> str:
    """ORG for a facility name (its last word is a facility word), else LOC."""
    return "ORG" if words[end - 1].lower() in conventions.facilities else "LOC"


def detokenized_spaces(words: list[str]) -> list[bool]:
    """Whether each word is followed by a space, for tokenized English text."""
    spaces = []
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        spaces.append(nxt is not None and nxt not in _NO_SPACE_BEFORE and word not in _NO_SPACE_AFTER)
    return spaces


def iob1_to_iob2(tags: list[str]) -> list[str]:
    """IOB1 (B- only between two adjacent same-type entities) to IOB2, labels mapped, MISC dropped."""
    out = []
    previous = "O"
    for tag in tags:
        prefix, _, etype = tag.partition("-")
        label = WIKIGOLD_LABELS.get(etype)
        if label is None or prefix not in ("B", "I"):
            out.append("O")
            previous = "O"
            continue
        if prefix == "B" or previous != label:
            out.append(f"B-{label}")
        else:
            out.append(f"I-{label}")
        previous = label
    return out


def read_wikigold(path: Path) -> list[tuple[str, list[list[str]], list[list[str]]]]:
    """Articles of a wikigold CoNLL file: (doc_id, sentences' words, sentences' IOB2 tags)."""
    docs: list[tuple[str, list[list[str]], list[list[str]]]] = []
    words: list[str] = []
    tags: list[str] = []

    def flush_sentence() -> None:
        nonlocal words, tags
        if words:
            if not docs:
                docs.append((f"{path.stem}-1", [], []))
            docs[-1][1].append(words)
            docs[-1][2].append(iob1_to_iob2(tags))
        words, tags = [], []

    for number, raw in enumerate(Path(path).read_text(encoding="utf8").splitlines(), start=1):
        line = raw.strip()
        if not line:
            flush_sentence()
            continue
        cols = line.split()
        if len(cols) < 2:
            raise ResourceError(f"{path}:{number}: expected 'WORD TAG'; got {raw!r}")
        if cols[0] == "-DOCSTART-":
            flush_sentence()
            docs.append((f"{path.stem}-{len(docs) + 1}", [], []))
            continue
        words.append(cols[0])
        tags.append(cols[-1])
    flush_sentence()
    return [d for d in docs if d[1]]


def wikigold_split(doc_index: int) -> str:
    return "test" if doc_index % WIKIGOLD_TEST_EVERY == WIKIGOLD_TEST_EVERY - 1 else "train"
