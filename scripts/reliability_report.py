"""Run the heavy reliability rounds and write their figures into docs/reliability.md.

    python scripts/reliability_report.py                # all rounds (about 10 minutes on 2 cores)
    python scripts/reliability_report.py --quick        # small rounds, to try the script

Rounds: bad-input fuzzing through the readers and the whole pipeline (hand-made bad files plus
seeded random and mutated ones), huge documents under the per-document time limit, and the
SIGKILL test of ``lapwing ingest``. The figures (inputs tried, faults injected, documents
rejected by reason, errors) are printed and written between the markers in docs/reliability.md.
Exits 1 when any round found an error.
"""
from __future__ import annotations

import argparse
import datetime as dt
import platform
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "src"), str(REPO / "tests" / "reliability")]

from reliability_corpus import fixed_cases, generated_cases, repeated_names  # noqa: E402
from reliability_harness import Outcome, code_items, run_cases  # noqa: E402
from reliability_kill import kill_test  # noqa: E402

from lapwing.config import default_config  # noqa: E402
from lapwing.model import Article  # noqa: E402
from lapwing.pipeline import Pipeline  # noqa: E402
from lapwing.store import EventStore  # noqa: E402

DOC = REPO / "docs" / "reliability.md"
BEGIN, END = "<!-- reliability-figures:begin -->", "<!-- reliability-figures:end -->"
#: Coding errors already reported (see tests/reliability/test_bad_input.py); counted apart.
KNOWN: dict[str, str] = {}  # error text -> label, for coding errors still open (none at present)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small rounds")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--limit", type=float, default=60.0, help="per-document limit (s)")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    rounds, per_round = (1, 20) if args.quick else (4, 150)
    kill_articles, kills = (12, 2) if args.quick else (45, 6)
    big = ["names-20k"] if args.quick else ["names-at-cap", "sentence-200k", "news-1mb"]

    config = default_config()
    started = time.monotonic()
    pipeline = Pipeline.from_config(config)
    total = Outcome()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as work, EventStore(":memory:") as store:
        folder = Path(work)
        total.add(run_cases(fixed_cases(), folder / "fixed", config=config, pipeline=pipeline,
                            time_limit_s=args.limit, store=store))
        for number in range(rounds):
            outcome = run_cases(generated_cases(rng.randrange(2**32), per_round),
                                folder / f"round{number}", config=config, pipeline=pipeline,
                                time_limit_s=args.limit, store=store)
            total.add(outcome)
            print(f"fuzz round {number + 1}/{rounds}: {outcome.documents} documents, "
                  f"{len(outcome.errors)} errors, {outcome.seconds:.0f} s", file=sys.stderr)
        big_rows = []
        for name in big:
            text = _big_text(name)
            outcome = code_items([Article(id=name, date=dt.date(2020, 5, 8), text=text)],
                                 pipeline=pipeline, time_limit_s=args.limit)
            total.add(outcome)
            result = "coded" if outcome.coded else ", ".join(outcome.rejected)
            big_rows.append((name, len(text), result, outcome.slowest_s, len(outcome.errors)))
            print(f"big {name}: {result} in {outcome.slowest_s:.1f} s", file=sys.stderr)
        kill = kill_test(folder / "kill", articles=kill_articles, kills=kills, seed=args.seed)
        print(f"kill test: {kill.kills} kills, {len(kill.problems)} problems", file=sys.stderr)

    known = Counter()
    unexplained = []
    for error in total.errors:
        label = next((name for pattern, name in KNOWN.items() if pattern in error), None)
        if label:
            known[label] += 1
        else:
            unexplained.append(error)
    figures = _figures(total, big_rows, kill, known, unexplained, args=args,
                       seconds=time.monotonic() - started)
    print(figures)
    if not args.no_write:
        _write(figures)
    return 1 if unexplained or kill.problems else 0


def _big_text(name: str) -> str:
    if name == "names-20k":
        return repeated_names(20_000)
    if name == "names-at-cap":
        return repeated_names(1_000_000 // 7)
    if name == "sentence-200k":
        return ("word " * 40_000)[:200_000]
    seed = (REPO.parent / "shared" / "examples" / "seed-article.txt")
    text = seed.read_text().split(" ", 2)[2] if seed.exists() else \
        "Russian troops attacked Ukrainian positions near Kharkiv on Monday, officials said. "
    return ((text + "\n\n") * (1_000_000 // (len(text) + 2) + 1))[:1_000_000]


def _figures(total: Outcome, big_rows, kill, known: Counter, unexplained: list[str], *,
             args, seconds: float) -> str:
    lines = [f"Measured {dt.date.today().isoformat()} on {platform.machine()} "
             f"({'quick' if args.quick else 'full'} rounds, seed {args.seed}, per-document "
             f"limit {args.limit:g} s), {seconds:.0f} s in all.", "",
             "| figure | value |", "|---|---|",
             f"| input files tried | {total.files} |",
             f"| documents (articles and rejections) | {total.documents} |",
             f"| documents coded | {total.coded} |",
             f"| documents rejected | {sum(total.rejected.values())} |",
             f"| slowest document | {total.slowest_s:.1f} s |",
             f"| ingest processes killed with SIGKILL | {kill.kills} (of {kill.restarts} "
             f"starts; {kill.kills_while_writing} with the store part-written) |",
             f"| articles in the kill test | {kill.articles} |",
             f"| kill-test problems (partial, duplicate or lost articles) | {len(kill.problems)} |",
             f"| errors (crashes, bad offsets or output, store failures) | {len(unexplained)} |",
             f"| known coding errors (reported, not yet fixed) | "
             f"{', '.join(f'{k}: {v}' for k, v in known.items()) or 0} |", "",
             "Rejected by reason:", "", "| reason | documents |", "|---|---|"]
    lines += [f"| `{reason}` | {n} |" for reason, n in sorted(total.rejected.items())]
    lines += ["", "Huge documents:", "", "| document | characters | result | seconds |",
              "|---|---|---|---|"]
    lines += [f"| {name} | {chars:,} | {result} | {took:.1f} |"
              for name, chars, result, took, _ in big_rows]
    for problem in (unexplained + kill.problems)[:20]:
        lines.append(f"\nERROR: {problem}")
    return "\n".join(lines)


def _write(figures: str) -> None:
    text = DOC.read_text(encoding="utf-8")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    DOC.write_text(f"{head}{BEGIN}\n{figures}\n{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
