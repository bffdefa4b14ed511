#!/usr/bin/env python3
"""Measure Lapwing's accuracy on the named gold sets and write the table into docs/accuracy.md.

    python scripts/accuracy.py [--shared ../shared] [--only seed,plover-gsr,...]

Every number in docs/accuracy.md comes from this script (``lapwing evaluate --gold-set`` under
the hood); run it after a change of code, lexicon or model and commit the result.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

from lapwing import __version__
from lapwing.config import load_config
from lapwing.evaluate.gold_sets import GOLD_SETS, evaluate_gold_set

REPO = Path(__file__).resolve().parents[1]
SETS = {
    "seed": "examples/seed-article.txt",
    "plover-gsr": "data/plover-gsr/PLOVER_GSR_CAMEO.dev.json",
    "re3d": "data/re3d",
    "event-location": "data/event-location/labeled_text.jsonl.zip",
    "event-triggers": "data/event-location/labeled_text.jsonl.zip",
    "ngec-synthetic": "data/ngec-synthetic/gpt_synthetic_events_2023-10-19_19.csv.zip",
    "cameo-examples": "data/cameo-codebook-examples/cameo-codes.csv",
    "gsr-actors": "data/plover-gsr/PLOVER_GSR_CAMEO.dev.json",
    "petrarch2-unittests": "data/petrarch2-unittests",
    "gum-dates": "data/gum-ccby",
    "news-audit": "data",
    "news-heldout": "data",
    "muc4-roles": "data/muc4/dev.json",
}
#: Further paths (under a set's PATH) a set needs, beyond PATH itself.
NEEDS = {"news-audit": ("gum-ccby", "event-location/labeled_text.jsonl.zip"),
         "news-heldout": ("muc4/test.json", "event-location/labeled_text.jsonl.zip")}
BEGIN, END = "<!-- accuracy:begin -->", "<!-- accuracy:end -->"
TYPES_BEGIN, TYPES_END = "<!-- accuracy-types:begin -->", "<!-- accuracy-types:end -->"


def pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def rows_for(name: str, result: dict) -> list[tuple[str, str, str]]:
    """(gold set, measure, value) rows for the table."""
    if name == "seed":
        return [("seed article (project gold)", "recall of required readings", pct(result["recall"])),
                ("seed article (project gold)", "precision", pct(result["precision"])),
                ("seed article (project gold)", "forbidden readings predicted",
                 str(len(result.get("violations", [])))),
                ("seed article (project gold)", "dates right", str(result.get("dates_right")))]
    if name in ("news-audit", "news-heldout"):
        label = (f"unseen news audit ({result['articles']} texts; project judgments)"
                 if name == "news-audit"
                 else f"held-out news ({result['articles']} texts; each event judged once, not for development)")
        return [(label, "event precision (right events / events)", pct(result["precision"])),
                (label, "recall of required readings", pct(result["recall"])),
                (label, "forbidden readings predicted", str(result["violation_count"])),
                (label, "events no reading judges (unjudged)", str(result["unjudged"]))]
    if name == "muc4-roles":
        label = (f"MUC-4 role fillers (dev, {result['documents']} documents, "
                 f"{result['with_template']} with a template)")
        rows = [(label, f"{role} found (recall)", pct(row["recall"])) for role, row in result["roles"].items()]
        return rows + [(label, "all four roles found (recall)", pct(result["recall"])),
                       (label, "actors and recipients of violent events matching a gold string (precision)",
                        pct(result["precision"])),
                       (label, f"violent events in the {result['without_template']} documents without a template",
                        str(result["false_alarms"]))]
    if name == "plover-gsr":
        return [("PLOVER gold records (228, dev)", "type accuracy", pct(result.get("type_accuracy"))),
                ("PLOVER gold records (228, dev)", "type + actor + recipient country",
                 pct(result.get("full_accuracy"))),
                ("PLOVER gold records (228, dev)", "event precision", pct(result.get("precision")))]
    if name == "gsr-actors":
        return [("PLOVER gold records' actors (461)", "actor found (mention overlaps)", pct(result["found_share"])),
                ("PLOVER gold records' actors (461)", "actor resolved to the right country/IGO code",
                 pct(result["resolved_share"]))]
    if name == "ngec-synthetic":
        rows = [("NGEC synthetic stories (not gold; sample)", "recall over all 16 types",
                 pct(result["recall"]))]
        rows += [("NGEC synthetic stories (not gold; sample)", f"{label} recall", pct(row["recall"]))
                 for label, row in result["per_type"].items()]
        return rows
    if name == "cameo-examples":
        label = f"CAMEO codebook examples ({result['scored']} with a PLOVER type)"
        return [(label, "PLOVER type right", pct(result["type_accuracy"])),
                (label, "CAMEO root right", pct(result["root_accuracy"])),
                (label, "CAMEO code right", pct(result["code_accuracy"])),
                (label, f"PLOVER type right, the {result['unseen']} not among the PLOVER gold records",
                 pct(result["type_accuracy_unseen"]))]
    if name == "petrarch2-unittests":
        label = "PETRARCH2 unit tests (own dictionaries)"
        return [(label, f"assertions met: {level}", pct(value)) for level, value in result["share"].items()]
    if name == "re3d":
        out = []
        for kind in ("Person", "Organisation", "Location", "Nationality", "ALL"):
            row = result["overlap"][kind]
            out.append(("re3d (98 documents)", f"{kind} mention F1 (overlap; P {pct(row['precision'])}, "
                        f"R {pct(row['recall'])})", pct(row["f1"])))
        return out
    if name == "event-location":
        return [("event-location (gold-marked)", "event location in the right country",
                 pct(result.get("country_accuracy"))),
                ("event-location (gold-marked)", "right country when a place is given",
                 pct(result.get("country_precision"))),
                ("event-location (gold-marked)", "place text exactly right (or rightly none)",
                 pct(result.get("exact_accuracy"))),
                ("event-location (gold-marked)", "places below country level given with coordinates",
                 pct(result.get("subnational_coordinates")))]
    if name == "event-triggers":
        label = f"event-location marked verbs (not gold; {result['texts']:,} texts)"
        return [(label, "marked verb found as an event that happened", pct(result["recall"])),
                (label, "texts with any event that happened", pct(result["event_share"]))]
    if name == "gum-dates":
        label = "GUM news documents' dates (Wikinews)"
        return [(label, "time expressions found: precision", pct(result.get("precision"))),
                (label, "time expressions found: recall", pct(result.get("recall"))),
                (label, "time expressions found: F1", pct(result.get("f1"))),
                (label, "values right (of found gold dates with a value)", pct(result.get("value_accuracy")))]
    return [(name, key, pct(value) if isinstance(value, float) else str(value))
            for key, value in result.items() if isinstance(value, (int, float)) and key != "seconds"]


def gsr_type_table(result: dict) -> list[str]:
    """The PLOVER gold records' per-type table (records of each gold type, found, predicted, P/R/F1)."""
    lines = ["| type | records | found | predicted | precision | recall | F1 |", "|---|---:|---:|---:|---:|---:|---:|"]
    for row in result.get("per_type", []):
        lines.append(f"| {row['event_type']} | {row['gold']} | {row['found']} | {row['predicted']} | "
                     f"{pct(row['precision'])} | {pct(row['recall'])} | {pct(row['f1'])} |")
    return lines


def replace_block(text: str, begin: str, end: str, lines: list[str]) -> str:
    """``text`` with the block between the ``begin`` and ``end`` markers replaced (appended when absent)."""
    if begin not in text:
        text = text.rstrip("\n") + "\n\n" + begin + "\n" + end + "\n"
    head, _, rest = text.partition(begin)
    _, _, tail = rest.partition(end)
    return head + "\n".join([begin, *lines, end]) + tail


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(REPO.parent / "shared"))
    parser.add_argument("--only", default="", help="comma-separated gold sets (default: all present)")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--config", default=None, help="a Lapwing TOML config to measure instead of the defaults (implies --no-write)")
    args = parser.parse_args(argv)
    shared = Path(args.shared)
    config = load_config(args.config)
    if args.config:
        args.no_write = True  # the docs table always describes the default configuration
    wanted = [s for s in args.only.split(",") if s] or [s for s in SETS if s in GOLD_SETS]
    table: list[tuple[str, str, str]] = []
    type_table: list[str] = []
    for name in wanted:
        path = shared / SETS[name]
        absent = [p for p in (path, *(path / n for n in NEEDS.get(name, ()))) if not p.exists()]
        if absent:
            print(f"skip {name}: {absent[0]} is absent", file=sys.stderr)
            continue
        started = time.perf_counter()
        try:
            result = evaluate_gold_set(name, path, config=config)
        except Exception as exc:  # noqa: BLE001 - reported, and the other sets still run
            print(f"{name}: failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        rows = rows_for(name, result)
        table += rows
        if name == "plover-gsr":
            type_table = gsr_type_table(result)
        for row in rows:
            print(" | ".join(row))
        print(f"  ({name}: {time.perf_counter() - started:.1f} s)", file=sys.stderr)
    if args.no_write or not table:
        return 0
    lines = [f"Measured {dt.date.today().isoformat()} with Lapwing {__version__} by "
             f"`python scripts/accuracy.py` on the gold sets in `../shared/data`.", "",
             "| gold set | measure | value |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in table]
    doc = REPO / "docs" / "accuracy.md"
    text = doc.read_text(encoding="utf-8") if doc.exists() else "# Accuracy\n"
    text = replace_block(text, BEGIN, END, lines)
    if type_table:
        text = replace_block(text, TYPES_BEGIN, TYPES_END, type_table)
    doc.write_text(text, encoding="utf-8")
    print(f"wrote {doc}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
