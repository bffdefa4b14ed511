"""Crash safety of ``lapwing ingest``: kill it with SIGKILL at random points, start it again, and
check the store holds each article completely or not at all, nothing twice, nothing lost.

Used by ``test_kill_ingest.py`` (a small round) and ``scripts/reliability_report.py`` (more).
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SUBJECTS = ["Russia", "Ukraine", "Germany", "France", "China", "Japan", "Turkey", "Iran",
            "Israel", "Egypt", "Libya", "Syria", "the United States", "NATO", "the European Union"]
VERBS = ["attacked", "met", "condemned", "accused", "praised", "threatened", "sanctioned",
         "signed an agreement with", "criticised", "visited"]
#: Per-article counts compared between the killed runs and a clean run.
ARTICLE_COUNTS = {
    "sentences": "SELECT article_id, count(*) FROM sentences GROUP BY article_id",
    "mentions": "SELECT article_id, count(*) FROM mentions GROUP BY article_id",
    "events": "SELECT article_id, count(*) FROM events GROUP BY article_id",
    "event_actors": "SELECT e.article_id, count(*) FROM event_actors a JOIN events e "
                    "ON a.event_rowid = e.event_rowid GROUP BY e.article_id",
}


def write_articles(folder: Path, count: int, *, seed: int) -> list[Path]:
    """``count`` small dated-text articles, each with a few events, distinct texts and dates."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        sentences = []
        for _ in range(rng.randrange(2, 6)):
            actor, target = rng.sample(SUBJECTS, 2)
            sentences.append(f"{actor[0].upper()}{actor[1:]} {rng.choice(VERBS)} {target} "
                             f"on {rng.choice(['Monday', 'Tuesday', 'Friday'])}.")
        day = 1 + number % 28
        path = folder / f"article-{number:03d}.txt"
        path.write_text(f"date 2021-03-{day:02d} Report {number}. " + " ".join(sentences) + "\n",
                        encoding="utf-8")
        paths.append(path)
    return paths


def ingest_command(folder: Path, db: Path) -> list[str]:
    return [sys.executable, "-c", "import sys; from lapwing.cli import main; "
            "sys.exit(main(sys.argv[1:]))", "ingest", str(folder), "--db", str(db)]


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_to_end(folder: Path, db: Path, *, timeout_s: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(ingest_command(folder, db), env=environment(), capture_output=True,
                          text=True, timeout=timeout_s, check=False)


def store_counts(db: Path) -> dict[str, dict[str, int]]:
    """Per-article counts (``{"articles": {id: 1}, "events": {id: n}, ...}``) and table totals."""
    from lapwing.store import EventStore

    with EventStore(db, read_only=True) as store:
        counts = {"articles": {}}
        for article_id, n in store.fetch("SELECT article_id, count(*) FROM articles "
                                         "GROUP BY article_id"):
            counts["articles"][article_id] = n
        for name, sql in ARTICLE_COUNTS.items():
            counts[name] = dict(store.fetch(sql))
        counts["tables"] = store.table_counts()
    return counts


def article_state(counts: dict[str, dict[str, int]], article_id: str) -> tuple[int, ...]:
    return tuple(counts[name].get(article_id, 0) for name in ("articles", *ARTICLE_COUNTS))


@dataclass
class KillReport:
    """What the kill test did and found."""

    articles: int = 0
    kills: int = 0
    kills_while_writing: int = 0    # kills after which the store held some but not all articles
    restarts: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0


def check_store(db: Path, clean: dict[str, dict[str, int]], *, final: bool) -> list[str]:
    """Each stored article complete (its counts equal the clean run's), none twice; at the end,
    every article there and every table the same size as in the clean run."""
    if not db.exists():
        return [] if not final else [f"{db} does not exist after the final run"]
    counts = store_counts(db)
    problems = []
    for article_id, rows in counts["articles"].items():
        if rows != 1:
            problems.append(f"article {article_id} stored {rows} times")
        if article_id not in clean["articles"]:
            problems.append(f"article {article_id} is not one of the inputs")
        elif article_state(counts, article_id) != article_state(clean, article_id):
            problems.append(f"article {article_id} is incomplete: {article_state(counts, article_id)}"
                            f" rows, a clean run stores {article_state(clean, article_id)}")
    for name in ARTICLE_COUNTS:
        orphans = set(counts[name]) - set(counts["articles"])
        if orphans:
            problems.append(f"{name} rows of articles not stored: {sorted(orphans)[:5]}")
    if final:
        missing = set(clean["articles"]) - set(counts["articles"])
        if missing:
            problems.append(f"{len(missing)} articles lost: {sorted(missing)[:5]}")
        if counts["tables"] != clean["tables"]:
            problems.append(f"table sizes {counts['tables']} differ from a clean run's "
                            f"{clean['tables']}")
    return problems


def kill_test(work: Path, *, articles: int, kills: int, seed: int) -> KillReport:
    """Ingest ``articles`` generated articles cleanly, then again with ``kills`` SIGKILLs at
    seeded random moments (each restart resumes), then to the end; compare the stores.

    The kill moments are drawn between the time a run needs to start (load the models and skip
    what is stored, measured on the clean store) and that plus the time the articles still to
    store took in the clean run, so most kills land while articles are being coded and written."""
    started = time.monotonic()
    rng = random.Random(seed)
    report = KillReport(articles=articles)
    folder = work / "articles"
    write_articles(folder, articles, seed=seed)
    clean_db, db = work / "clean.duckdb", work / "killed.duckdb"
    begun = time.monotonic()
    done = run_to_end(folder, clean_db)
    whole_run_s = time.monotonic() - begun
    if done.returncode != 0:
        report.problems.append(f"the clean run failed ({done.returncode}): {done.stderr[-500:]}")
        return report
    clean = store_counts(clean_db)
    if len(clean["articles"]) != articles:
        report.problems.append(f"the clean run stored {len(clean['articles'])} of {articles}")
    begun = time.monotonic()
    again = run_to_end(folder, clean_db)        # a run over a complete store adds nothing
    start_up_s = time.monotonic() - begun
    if "0 coded" not in again.stderr or store_counts(clean_db) != clean:
        report.problems.append(f"a run over the complete store changed it: {again.stderr[-300:]}")
    for _ in range(kills):
        process = subprocess.Popen(ingest_command(folder, db), env=environment(),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        left = articles - (len(store_counts(db)["articles"]) if db.exists() else 0)
        work_s = max(whole_run_s - start_up_s, 1.0) * left / articles
        delay = rng.uniform(0.8 * start_up_s, start_up_s + work_s)
        report.restarts += 1
        try:
            process.wait(timeout=delay)
            continue                        # it finished before its kill: nothing left to do
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait()
        report.kills += 1
        report.problems += check_store(db, clean, final=False)
        if db.exists():
            stored = len(store_counts(db)["articles"])
            report.kills_while_writing += 0 < stored < articles
    done = run_to_end(folder, db)
    if done.returncode != 0:
        report.problems.append(f"the final run failed ({done.returncode}): {done.stderr[-500:]}")
    report.problems += check_store(db, clean, final=True)
    report.seconds = time.monotonic() - started
    return report
