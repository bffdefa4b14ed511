"""Measure time-expression recognition and resolution on GUM news documents.

GUM (``../shared/data/gum-ccby``) marks dates in its TEI layer (``XML=<date when:::"2017-07-21">``
... ``</date>`` in the CoNLL-U MISC column) with their resolved values, and times as entities
(``Entity=(7-time-...``). This script rebuilds each news document's text and gold UD parse as Lapwing
records, runs the dates stage with the document's dateline date as the article date, and reports:

* recall: gold ``<date>`` elements overlapped by a found time expression;
* precision: found expressions overlapping a gold ``<date>`` element or a GUM ``time`` entity;
* values: of the found gold dates with a ``when``, how many values agree (exactly, and
  at the precision found), and how many spans agree on their start.

    PYTHONPATH=src python -m lapwing.dates.measure ../shared/data/gum-ccby
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Sentence, Token
from .stage import DateStage
from .syntax import ParsedText

DATE_OPEN = re.compile(r'<date\s+([^>]*)>')
ATTRIBUTE = re.compile(r'(\w+):::"([^"]*)"')


@dataclass
class GoldDate:
    start: int
    end: int
    text: str
    attributes: dict[str, str]


@dataclass
class Document:
    name: str
    text: str
    sentences: list[Sentence]
    dates: list[GoldDate] = field(default_factory=list)
    time_entities: list[tuple[int, int]] = field(default_factory=list)
    created: dt.date | None = None


def read_gum_document(path: Path) -> Document:
    """Text, gold parse, ``<date>`` elements and ``time`` entities of one GUM CoNLL-U file."""
    pieces: list[str] = []
    offset = 0
    sentences: list[Sentence] = []
    dates: list[GoldDate] = []
    open_dates: list[tuple[int, dict[str, str]]] = []
    entities: list[tuple[int, int]] = []
    open_entities: dict[str, list[tuple[int, str]]] = {}
    created = None
    base_index = 0
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        rows = []
        for line in block.splitlines():
            if line.startswith("# meta::dateCreated = "):
                created = dt.date.fromisoformat(line.split("=", 1)[1].strip())
            if line and not line.startswith("#"):
                cells = line.split("\t")
                if "-" not in cells[0] and "." not in cells[0]:
                    rows.append(cells)
        if not rows:
            continue
        sent_start = offset
        tokens = []
        for cells in rows:
            word, misc = cells[1], cells[9]
            start, end = offset, offset + len(word)
            pieces.append(word)
            offset = end
            if "SpaceAfter=No" not in misc:
                pieces.append(" ")
                offset += 1
            head = int(cells[6])
            tokens.append(Token(i=base_index + int(cells[0]) - 1, text=word, start_char=start, end_char=end,
                                lemma=cells[2], pos=cells[3], tag=cells[4], dep=cells[7],
                                head=base_index + head - 1 if head else base_index + int(cells[0]) - 1))
            xml = re.search(r"XML=([^|]*)", misc)
            if xml:
                for tag in re.finditer(r"<date\s+[^>]*>|</date>", xml.group(1)):
                    if tag.group(0) == "</date>":
                        if open_dates:
                            first, attrs = open_dates.pop()
                            dates.append(GoldDate(first, end, "", attrs))
                    else:
                        open_dates.append((start, dict(ATTRIBUTE.findall(tag.group(0)))))
            entity = re.search(r"Entity=([^|]*)", misc)
            if entity:
                _read_entities(entity.group(1), start, end, open_entities, entities)
        base_index += len(rows)
        text_so_far = "".join(pieces)
        sentences.append(Sentence(index=len(sentences), start_char=sent_start, end_char=tokens[-1].end_char,
                                  text=text_so_far[sent_start:tokens[-1].end_char], tokens=tuple(tokens)))
        pieces.append("\n")
        offset += 1
    text = "".join(pieces)
    for gold in dates:
        gold.text = text[gold.start:gold.end]
    return Document(path.stem, text, sentences, dates, entities, created)


def _read_entities(spec: str, start: int, end: int, open_entities: dict[str, list[tuple[int, str]]],
                   entities: list[tuple[int, int]]) -> None:
    at = 0
    while at < len(spec):
        if spec[at] == "(":
            match = re.match(r"\((\d+)-([a-z]+)[^()]*", spec[at:])
            if not match:
                return
            open_entities.setdefault(match.group(1), []).append((start, match.group(2)))
            at += match.end()
            if at < len(spec) and spec[at] == ")":
                first, kind = open_entities[match.group(1)].pop()
                if kind == "time":
                    entities.append((first, end))
                at += 1
        elif spec[at].isdigit():
            match = re.match(r"(\d+)\)", spec[at:])
            if not match:
                return
            if open_entities.get(match.group(1)):
                first, kind = open_entities[match.group(1)].pop()
                if kind == "time":
                    entities.append((first, end))
            at += match.end()
        else:
            at += 1


def article_date(doc: Document) -> dt.date:
    """The dateline: of the first three ``<date>`` elements, the first full ``<date when>`` written
    with its year ("Tuesday, June 19, 2018"; a headline's "day five" before it is relative), else
    the first full one, else the document's creation date."""
    full = [gold for gold in sorted(doc.dates, key=lambda g: g.start)[:3]
            if re.fullmatch(r"\d{4}-\d\d-\d\d", gold.attributes.get("when", ""))]
    written = [gold for gold in full if gold.attributes["when"][:4] in gold.text]
    for gold in written or full:
        return dt.date.fromisoformat(gold.attributes["when"])
    if doc.created is None:
        raise ValueError(f"{doc.name}: no dateline and no dateCreated")
    return doc.created


def measure(folder: Path, *, stage: DateStage | None = None, genre: str = "news") -> dict:
    stage = stage or DateStage({}, {})
    totals = {"documents": 0, "gold_dates": 0, "found_gold": 0, "predicted": 0, "predicted_correct": 0,
              "values_checked": 0, "values_exact": 0, "values_compatible": 0, "misses": [], "wrong_values": [],
              "unmatched_predictions": []}
    for path in sorted(folder.glob(f"GUM_{genre}_*.conllu")):
        doc = read_gum_document(path)
        base = article_date(doc)
        times = stage.find_times(doc.text, base=base, parsed=ParsedText(doc.sentences))
        totals["documents"] += 1
        totals["predicted"] += len(times)
        for time in times:
            if any(_overlaps(time.start_char, time.end_char, g.start, g.end) for g in doc.dates) or \
                    any(_overlaps(time.start_char, time.end_char, s, e) for s, e in doc.time_entities):
                totals["predicted_correct"] += 1
            else:
                totals["unmatched_predictions"].append(f"{doc.name}: {time.text!r}")
        for gold in doc.dates:
            totals["gold_dates"] += 1
            found = [t for t in times if _overlaps(t.start_char, t.end_char, gold.start, gold.end)]
            if not found:
                totals["misses"].append(f"{doc.name}: {gold.text!r} {gold.attributes}")
                continue
            totals["found_gold"] += 1
            expected = gold.attributes.get("when") or gold.attributes.get("from")
            if not expected:
                continue
            time = max(found, key=lambda t: t.end_char - t.start_char)
            # a gold date may be one end of a span found whole ("2009" in "from 2004 to 2009")
            readings = [r for r in (time.value, time.start, time.end) if r is not None]
            got = next((r for r in readings if r == expected), None) or \
                next((r for r in readings if expected.startswith(r) or r.startswith(expected)), time.value)
            totals["values_checked"] += 1
            if got == expected:
                totals["values_exact"] += 1
            if got is not None and (expected.startswith(got) or got.startswith(expected)):
                totals["values_compatible"] += 1
            else:
                totals["wrong_values"].append(f"{doc.name}: {time.text!r} -> {got}, gold {expected} (base {base})")
    recall = totals["found_gold"] / max(1, totals["gold_dates"])
    precision = totals["predicted_correct"] / max(1, totals["predicted"])
    totals["recall"] = round(recall, 3)
    totals["precision"] = round(precision, 3)
    totals["f1"] = round(2 * recall * precision / max(1e-9, recall + precision), 3)
    totals["value_exact_rate"] = round(totals["values_exact"] / max(1, totals["values_checked"]), 3)
    totals["value_compatible_rate"] = round(totals["values_compatible"] / max(1, totals["values_checked"]), 3)
    return totals


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="the gum-ccby folder of the development data")
    parser.add_argument("--genre", default="news")
    parser.add_argument("--details", action="store_true", help="list misses and wrong values")
    args = parser.parse_args(argv)
    result = measure(args.folder, genre=args.genre)
    if not args.details:
        for key in ("misses", "wrong_values", "unmatched_predictions"):
            result[key] = len(result[key])
    print(json.dumps(result, indent=2))  # noqa: T201 -- a command-line script's output
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
