"""The CAMEO codebook's example sentences as a check of event types (``--gold-set cameo-examples``).

The CAMEO 1.1b3 codebook gives one example sentence for most of its codes; the table published
with the ``icews`` R package (``cameo-codes.csv``: ``code``, ``name``, ``example``, ...) holds
them. Each example is coded as a one-sentence article and scored by the code it illustrates:

- *type right*: Lapwing codes an event that happened (asserted or reported) whose PLOVER type is
  the one the CAMEO code maps to (Lapwing's own CAMEO<->PLOVER table,
  :mod:`lapwing.ontology`); examples of codes with no PLOVER event (plain statements, 01x/02x
  without a cooperative content) are counted apart and not scored;
- *root right* / *code right*: some event's CAMEO code has the example's two-digit root, or is
  the example's code itself;
- per PLOVER type: examples, found, recall, and the types most often coded instead.

The examples are short, edited and written to show one code each, so they measure coverage of
the codebook's categories rather than accuracy on news; a few of the PLOVER gold records are
codebook examples too, so the type accuracy is also given over the examples that are not
(``development_texts``).

The file is cp1252 text in which some punctuation had already been turned into mojibake
(UTF-8 bytes read as Mac Roman: "Europe‚Äôs"); :func:`repair_mojibake` mends those runs.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Article
from .coding import HAPPENED, events_pipeline

#: The examples carry no date; the CAMEO 1.1b3 codebook was published in 2012.
EXAMPLE_DATE = dt.date(2012, 1, 1)
_MOJIBAKE = re.compile("\u201a\u00c4[\u00f4\u00fa\u00f9\u00ec\u00ee\u00f2\u00b6\u00a2]")
_MISSING = frozenset({"", "NA", "N/A"})


def repair_mojibake(text: str) -> str:
    """UTF-8 punctuation that was read as Mac Roman ("‚Äô") turned back into itself ("’")."""
    def mend(match: re.Match[str]) -> str:
        try:
            return match.group(0).encode("mac_roman").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return match.group(0)
    return _MOJIBAKE.sub(mend, text)


def read_cameo_examples(path: str | Path) -> list[dict[str, str]]:
    """The codebook rows that have an example: ``code``, ``name``, ``example``, ``line``."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("cp1252")
    except OSError as exc:
        raise InputError(f"cannot be read: {exc}", path=str(path), code="E104") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"not cp1252 text: {exc}", path=str(path), code="E104") from exc
    reader = csv.DictReader(io.StringIO(text))
    missing = {"code", "example"} - set(reader.fieldnames or ())
    if missing:
        raise InputError(f"missing column(s) {', '.join(sorted(missing))}", path=str(path), code="E104")
    rows = []
    for row in reader:
        line = reader.line_num
        code = (row.get("code") or "").strip()
        example = repair_mojibake((row.get("example") or "").strip())
        if example in _MISSING:
            continue
        if not code.isdigit() or len(code) not in (3, 4):
            raise InputError(f"code {code!r} is not a 3- or 4-digit CAMEO code", path=str(path),
                             line=line, field="code", reason="bad_code")
        rows.append({"code": code, "name": (row.get("name") or "").strip(), "example": example,
                     "line": str(line)})
    return rows


def _key(text: str) -> str:
    """A text compared without case and spacing."""
    return " ".join(repair_mojibake(text).lower().split())


def evaluate_cameo_examples(path: str | Path, *, config: Any = None, pipeline: Any = None,
                            ontology: Any = None, development_texts: list[str] | None = None) -> dict[str, Any]:
    """Type, root and code agreement of Lapwing on the codebook's example sentences.

    ``development_texts`` (the PLOVER gold records' sentences, say) are texts rules were
    developed on: the type accuracy is also given over the examples not among them."""
    from ..ontology import load_ontology

    ontology = ontology if ontology is not None else load_ontology()
    examples = read_cameo_examples(path)
    runner = pipeline if pipeline is not None else events_pipeline(config)
    started = time.perf_counter()
    counts: dict[str, Counter[str]] = {}
    instead: dict[str, Counter[str]] = {}
    totals: Counter[str] = Counter()
    development = {_key(t) for t in development_texts or ()}
    for row in examples:
        gold_type = ontology.plover_for_cameo(row["code"])
        if gold_type is None:
            totals["without_plover_type"] += 1
            continue
        article = Article(id=f"cameo:{row['code']}", date=EXAMPLE_DATE, text=row["example"],
                          origin=f"{Path(path).name}:{row['line']}")
        events = [e for e in runner.run(article).events if e.modality in HAPPENED]
        coded = {e.event_type for e in events}
        cameo = {str(e.cameo or "") for e in events}
        tally = counts.setdefault(gold_type, Counter())
        tally["examples"] += 1
        totals["scored"] += 1
        unseen = _key(row["example"]) not in development
        totals["unseen"] += unseen
        if gold_type in coded:
            tally["found"] += 1
            totals["type_right"] += 1
            totals["unseen_type_right"] += unseen
        else:
            instead.setdefault(gold_type, Counter()).update(coded)
        totals["root_right"] += any(c[:2] == row["code"][:2] for c in cameo)
        totals["code_right"] += row["code"] in cameo
        totals["other_types"] += len(coded - {gold_type})
        totals["with_events"] += bool(events)
    scored = totals["scored"]
    per_type = {label: {"examples": c["examples"], "found": c["found"],
                        "recall": round(c["found"] / c["examples"], 3),
                        "coded_instead": dict(instead.get(label, Counter()).most_common(3))}
                for label, c in sorted(counts.items())}

    def share(key: str) -> float:
        return round(totals[key] / scored, 3) if scored else 0.0
    return {
        "gold_set": "cameo-examples", "path": str(path), "examples": len(examples), "scored": scored,
        "without_plover_type": totals["without_plover_type"],
        "type_accuracy": share("type_right"), "root_accuracy": share("root_right"),
        "code_accuracy": share("code_right"),
        "unseen": totals["unseen"], "type_accuracy_unseen":
            round(totals["unseen_type_right"] / totals["unseen"], 3) if totals["unseen"] else None,
        "with_events": totals["with_events"],
        "other_types_coded": totals["other_types"], "per_type": per_type,
        "seconds": round(time.perf_counter() - started, 1),
        "note": "one edited example sentence per CAMEO code: a check of the codebook's coverage",
    }


def format_cameo_examples(result: dict[str, Any]) -> str:
    """A readable table of :func:`evaluate_cameo_examples`'s result."""
    lines = [f"cameo-examples: {result['scored']} example sentences scored ({result['without_plover_type']} "
             f"of codes with no PLOVER event left out)", "",
             f"{'type':<11}{'examples':>9}{'found':>7}{'recall':>8}  coded instead"]
    for label, row in result["per_type"].items():
        other = ", ".join(f"{t} {n}" for t, n in row["coded_instead"].items())
        lines.append(f"{label:<11}{row['examples']:>9}{row['found']:>7}{row['recall']:>8.3f}  {other}")
    lines += ["", f"type right {result['type_accuracy']:.3f}; CAMEO root right {result['root_accuracy']:.3f}; "
                  f"CAMEO code right {result['code_accuracy']:.3f}; other types coded "
                  f"{result['other_types_coded']}; {result['seconds']} s"]
    if result.get("type_accuracy_unseen") is not None:
        lines.append(f"type right on the {result['unseen']} examples not among the development texts: "
                     f"{result['type_accuracy_unseen']:.3f}")
    return "\n".join(lines)
