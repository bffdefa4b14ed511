"""The ``lapwing`` command. Each command parses its arguments and calls one library function;
errors become one clear line on stderr and a non-zero exit, never a traceback for bad input."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from . import __version__
from .errors import LapwingError


class UsageError(LapwingError):
    """The command line is inconsistent."""

    code = "E001"

PROG = "lapwing"


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from None


def _add_config_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", metavar="FILE", help="a TOML file overriding settings of the default configuration")
    parser.add_argument("--actors", metavar="FILE", action="append", default=[],
                        help="extra actor file (YAML or CSV) extending or overriding the knowledge base; repeatable")
    parser.add_argument("--model", metavar="NAME",
                        help="spaCy pipeline to parse with: an installed package name or a path "
                             "(default: Lapwing's own en_lapwing_news)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Lapwing: dated news reports in, PLOVER-coded political events out.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = commands.add_parser("extract", help="code articles and write events as JSON Lines",
                            description="Code articles and write one JSON object per event (JSON Lines). "
                                        "INPUT is a file (dated text, .jsonl, .csv, optionally .gz), a "
                                        "directory (read recursively) or - for standard input. Counts of "
                                        "documents read, coded and rejected (by reason) go to stderr.")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--entities", action="store_true",
                   help="write one object per article with its mentions and time expressions instead of events")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                   help="the date of plain-text articles that carry no 'date' line")
    p.add_argument("--rejects", metavar="FILE", help="write rejected documents, with the reason, as JSON Lines")
    _add_config_options(p)

    p = commands.add_parser("evaluate", help="score predicted events against a gold file",
                            description="Score predicted events (Lapwing's JSON Lines) against GOLD: the "
                                        "project's gold format (required/optional/forbidden readings) or "
                                        "PLOVER gold records (the GSR JSON); prints precision, recall and F1 "
                                        "overall and per type. With --gold-set NAME PATH, Lapwing codes the "
                                        "gold set's own texts and scores them: plover-gsr (event type and "
                                        "dyad), re3d (mentions), event-location (event places), seed (a "
                                        "dated article with NAME.gold.jsonl beside it).")
    p.add_argument("paths", nargs="+", metavar="PATH", help="PREDICTED GOLD, or the gold set's PATH with --gold-set")
    p.add_argument("--gold-set", choices=["plover-gsr", "re3d", "event-location", "seed"],
                   help="code this named gold set at PATH and score it")
    p.add_argument("--format", dest="fmt", choices=["auto", "lapwing", "plover-gsr"], default="auto",
                   help="the gold file's format (default: detected)")
    p.add_argument("--mapping", metavar="FILE",
                   help="for PLOVER gold: the CAMEO2PLOVER table mapping the older 18 types to the 16 "
                        "(default: CAMEO2PLOVER-2021.txt beside GOLD)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    _add_config_options(p)

    p = commands.add_parser("explain", help="show how one sentence is parsed and coded",
                            description="Code TEXT (or the article in FILE) and show, sentence by sentence, "
                                        "the parse, the actors found and why each event was or was not coded.")
    p.add_argument("text", metavar="TEXT", help="the sentence(s) to explain, or @FILE to read a file")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", default=None,
                   help="the article date to resolve relative dates against (default: today)")
    _add_config_options(p)

    p = commands.add_parser("info", help="list the pipeline's stages, their versions and resources",
                            description="Assemble the pipeline from the configuration and list its stages, "
                                        "their versioned names, what each needs and adds, and the resources "
                                        "each loaded (lexicons, dictionaries, the spaCy pipeline and its size).")
    p.add_argument("--json", action="store_true", help="print as JSON")
    _add_config_options(p)

    p = commands.add_parser("train-syntax", help="train Lapwing's spaCy pipeline on treebanks",
                            description="Train the tagger, lemmatizer, dependency parser and entity "
                                        "recogniser shipped with Lapwing from Universal Dependencies "
                                        "treebanks and entity-annotated corpora.")
    p.add_argument("--treebank", metavar="DIR", action="append", required=True,
                   help="a folder of CoNLL-U files; repeatable")
    p.add_argument("--ner", metavar="DIR", action="append", default=[],
                   help="a folder of entity-annotated files (GUM, Universal NER); repeatable")
    p.add_argument("--out", metavar="DIR", required=True, help="where to write the trained pipeline")
    p.add_argument("--max-minutes", type=float, default=40.0, help="training time budget (default: 40)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return COMMANDS[args.command](args)
    except LapwingError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (``lapwing extract ... | head``): stop quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def _config(args: argparse.Namespace) -> dict[str, Any]:
    from .config import load_config

    overrides: dict[str, Any] = {}
    if getattr(args, "actors", None):
        overrides["actors.extra"] = list(args.actors)
    if getattr(args, "model", None):
        overrides["segment.model"] = args.model
    return load_config(args.config, overrides=overrides)


def cmd_extract(args: argparse.Namespace) -> int:
    from .run import extract

    config = _config(args)
    with ExitStack() as stack:
        out = stack.enter_context(open(args.output, "w", encoding="utf-8")) if args.output else sys.stdout
        rejects = stack.enter_context(open(args.rejects, "w", encoding="utf-8")) if args.rejects else None
        counts = extract(args.inputs, out=out, config=config, date=args.date, entities=args.entities,
                         rejects=rejects)
    print(counts.summary(), file=sys.stderr)
    return 0 if counts.coded or not counts.read else 1


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate.events import evaluate_events

    if args.gold_set:
        from .evaluate.gold_sets import evaluate_gold_set, format_gold_set

        if len(args.paths) != 1:
            raise UsageError("with --gold-set give exactly one PATH, the gold set")
        outcome = evaluate_gold_set(args.gold_set, args.paths[0], config=_config(args))
        print(json.dumps(outcome, indent=2, default=str) if args.json else format_gold_set(outcome))
        return 0
    if len(args.paths) != 2:
        raise UsageError("give PREDICTED and GOLD (or --gold-set NAME PATH)")
    result = evaluate_events(args.paths[0], args.paths[1], fmt=args.fmt, mapping=args.mapping)
    print(json.dumps(result.to_dict(), indent=2) if args.json else result.format_table())
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from .events.explain import explain_sentence
    from .pipeline import Pipeline
    from .run import code_text

    text = Path(args.text[1:]).read_text(encoding="utf-8") if args.text.startswith("@") else args.text
    pipeline = Pipeline.from_config(_config(args))
    doc = code_text(text, date=args.date or dt.date.today(), pipeline=pipeline)
    for sent in doc.sentences:
        print(explain_sentence(doc, sent.index))
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from .pipeline import Pipeline

    pipeline = Pipeline.from_config(_config(args))
    info = {"version": __version__, "stages": pipeline.info()}
    if args.json:
        print(json.dumps(info, indent=2, default=str))
        return 0
    print(f"lapwing {__version__}")
    for stage in info["stages"]:
        print(f"\n{stage['name']}\n  requires: {', '.join(stage['requires'])}"
              f"\n  assigns:  {', '.join(stage['assigns'])}")
        for key, value in (stage.get("resources") or {}).items():
            print(f"  {key}: {json.dumps(value, default=str)}")
    return 0


def cmd_train_syntax(args: argparse.Namespace) -> int:
    from .segment.training.train import train_syntax

    path = train_syntax(treebanks=[Path(p) for p in args.treebank], ner_sources=[Path(p) for p in args.ner],
                        out_dir=Path(args.out), max_minutes=args.max_minutes)
    print(f"trained pipeline written to {path}")
    return 0


COMMANDS = {
    "extract": cmd_extract,
    "evaluate": cmd_evaluate,
    "explain": cmd_explain,
    "info": cmd_info,
    "train-syntax": cmd_train_syntax,
}


if __name__ == "__main__":
    sys.exit(main())
