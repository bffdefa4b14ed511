"""Coverage of the 16 PLOVER types on NGEC's synthetic stories (``--gold-set ngec-synthetic``).

The NGEC project (Halterman) published machine-written news stories, each written to illustrate
one PLOVER type and mode (``gpt_synthetic_events_2023-10-19_19.csv.zip``: columns ``text``,
``label``, ``mode``, ...). They are NOT gold: the label says what the story was asked to be
about, not what a careful coder would code in it. They are still the only text Lapwing has for
every type, so they measure *coverage*: for each type, the share of its stories in which Lapwing
codes at least one event of that type that happened (asserted or reported; negated and
hypothetical events do not count).

:func:`evaluate_synthetic` samples ``per_type`` stories of each type (a fixed seed, so runs are
comparable), codes them with the configured pipeline (up to the events stage) and reports per
type: stories, found, recall, the types most often coded instead, and *mode agreement* (of the
stories found, those where an event of the type has the story's mode).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import random
import time
import types
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any, Protocol

from ..errors import InputError
from ..model import Article, CodedArticle
from .coding import HAPPENED, events_pipeline

#: The stories carry no date; they were generated on this day (the file's name says so).
SYNTHETIC_DATE = dt.date(2023, 10, 19)
DEFAULT_PER_TYPE = 20
DEFAULT_SEED = 13
# NGEC's spelling of a few modes -> PLOVER's.
_MODE_SPELLING = types.MappingProxyType({"sieze": "seize", "primative": "primitive"})


class _Runner(Protocol):
    def run(self, article: Article) -> CodedArticle: ...


def read_synthetic_stories(path: str | Path) -> list[dict[str, str]]:
    """The stories of the NGEC file (a zipped CSV, or the CSV itself): ``text``, ``label``,
    ``mode`` and the row number (``row``, 1 = the first story)."""
    path = Path(path)
    if not path.exists():
        raise InputError("does not exist", path=str(path), reason="not_found", code="E101")
    try:
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as archive:
                names = [n for n in archive.namelist() if n.endswith(".csv") and not n.startswith("__MACOSX")]
                if not names:
                    raise InputError("the zip file holds no .csv file", path=str(path), code="E104")
                text = archive.read(names[0]).decode("utf-8")
        else:
            text = path.read_text(encoding="utf-8")
    except (OSError, zipfile.BadZipFile, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the synthetic stories ({exc})", path=str(path), code="E104") from exc
    reader = csv.DictReader(io.StringIO(text))
    missing = {"text", "label"} - set(reader.fieldnames or ())
    if missing:
        raise InputError(f"missing column(s) {', '.join(sorted(missing))}", path=str(path), code="E104")
    stories = []
    for row_number, row in enumerate(reader, start=1):
        label = (row.get("label") or "").strip().upper()
        story = (row.get("text") or "").strip()
        if label and story:
            stories.append({"text": story, "label": label, "mode": (row.get("mode") or "").strip(),
                            "row": str(row_number)})
    return stories


def sample_stories(stories: list[dict[str, str]], *, per_type: int = DEFAULT_PER_TYPE,
                   seed: int = DEFAULT_SEED) -> list[dict[str, str]]:
    """``per_type`` stories of each label, drawn with a fixed seed (all when fewer)."""
    by_label: dict[str, list[dict[str, str]]] = {}
    for story in stories:
        by_label.setdefault(story["label"], []).append(story)
    rng = random.Random(seed)
    picked = []
    for label in sorted(by_label):
        group = by_label[label]
        picked.extend(group if len(group) <= per_type else rng.sample(group, per_type))
    return picked


def _plover_mode(mode: str) -> str:
    mode = mode.strip().lower()
    return _MODE_SPELLING.get(mode, mode)


def evaluate_synthetic(path: str | Path, *, config: Any = None, limit: int | None = None,
                       per_type: int = DEFAULT_PER_TYPE, seed: int = DEFAULT_SEED,
                       pipeline: _Runner | None = None) -> dict[str, Any]:
    """Per-type recall (and mode agreement) of Lapwing on a sample of the synthetic stories.

    ``per_type`` stories of each type are drawn with ``seed``; ``limit`` caps the total (for
    quick checks); ``pipeline`` (anything with ``run(article)``) replaces the configured one."""
    stories = sample_stories(read_synthetic_stories(path), per_type=per_type, seed=seed)
    if limit is not None:
        stories = stories[:limit]
    runner = pipeline if pipeline is not None else events_pipeline(config)
    started = time.perf_counter()
    counts: dict[str, Counter[str]] = {}
    instead: dict[str, Counter[str]] = {}
    for story in stories:
        article = Article(id=f"ngec-synthetic:{story['row']}", date=SYNTHETIC_DATE, text=story["text"],
                          origin=f"{Path(path).name}:{story['row']}")
        events = [e for e in runner.run(article).events if e.modality in HAPPENED]
        label, mode = story["label"], _plover_mode(story["mode"])
        tally = counts.setdefault(label, Counter())
        tally["stories"] += 1
        coded = {e.event_type for e in events}
        tally["with_events"] += bool(events)
        if label in coded:
            tally["found"] += 1
            if mode:
                tally["with_mode"] += 1
                tally["mode_right"] += any(e.event_type == label and (e.mode or "") == mode for e in events)
        else:
            instead.setdefault(label, Counter()).update(coded)
    per_type_rows = {}
    for label in sorted(counts):
        tally = counts[label]
        per_type_rows[label] = {
            "stories": tally["stories"], "found": tally["found"],
            "recall": round(tally["found"] / tally["stories"], 3),
            "with_events": tally["with_events"],
            "mode_agreement": round(tally["mode_right"] / tally["with_mode"], 3) if tally["with_mode"] else None,
            "coded_instead": dict(instead.get(label, Counter()).most_common(3)),
        }
    total = sum(c["stories"] for c in counts.values())
    found = sum(c["found"] for c in counts.values())
    with_mode = sum(c["with_mode"] for c in counts.values())
    return {
        "gold_set": "ngec-synthetic", "path": str(path), "stories": total, "per_type_sample": per_type,
        "seed": seed, "found": found, "recall": round(found / total, 3) if total else 0.0,
        "macro_recall": round(sum(r["recall"] for r in per_type_rows.values()) / len(per_type_rows), 3)
        if per_type_rows else 0.0,
        "mode_agreement": round(sum(c["mode_right"] for c in counts.values()) / with_mode, 3) if with_mode else None,
        "per_type": per_type_rows, "seconds": round(time.perf_counter() - started, 1),
        "note": "synthetic, machine-written stories with pseudo-labels: a coverage check, not gold",
    }


def format_synthetic(result: dict[str, Any]) -> str:
    """A readable table of :func:`evaluate_synthetic`'s result."""
    lines = [f"ngec-synthetic: {result['stories']} stories ({result['per_type_sample']} per type, seed "
             f"{result['seed']}); NOT gold: per-type coverage", "",
             f"{'type':<11}{'stories':>8}{'found':>7}{'recall':>8}{'mode':>7}  coded instead"]
    for label, row in result["per_type"].items():
        mode = f"{row['mode_agreement']:.2f}" if row["mode_agreement"] is not None else "-"
        instead = ", ".join(f"{t} {n}" for t, n in row["coded_instead"].items())
        lines.append(f"{label:<11}{row['stories']:>8}{row['found']:>7}{row['recall']:>8.3f}{mode:>7}  {instead}")
    mode_all = f"{result['mode_agreement']:.3f}" if result["mode_agreement"] is not None else "-"
    lines += ["", f"recall {result['recall']:.3f} (macro {result['macro_recall']:.3f}); "
                  f"mode agreement {mode_all}; {result['seconds']} s"]
    return "\n".join(lines)
