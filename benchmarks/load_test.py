"""Load test: concurrent clients against a live `lapwing serve` on loopback, with a realistic mix.

    PYTHONPATH=src python benchmarks/load_test.py                                 # 1,000,000 events, 50 clients, 60 s
    PYTHONPATH=src python benchmarks/load_test.py --events 100000 --seconds 20    # a quick check
    PYTHONPATH=src python benchmarks/load_test.py --write-docs                    # also update the docs

A store of synthetic events is built with benchmarks/api_latency.py's builder, then served by
uvicorn in a child process on 127.0.0.1 (a free port; nothing else is listened on or called).
``--clients`` asyncio clients (httpx, keep-alive) each send requests one after another until
``--seconds`` have passed: event lists with filters and paging, actor lists and actor pages,
month-window networks, timelines, article pages (API and HTML), article lists and map places,
drawn by a seeded random generator. Every loop is bounded by the deadline and every request by
a timeout; the server is stopped at the end. Reported: requests served, errors (any status but
200, or a failed request, by kind), median and p99 latency, and the server's resident memory
(VmRSS, sampled every ``--sample-seconds``): first, last and highest.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import platform
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from api_latency import build_store  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
WEB_DOC = ROOT / "docs" / "web.md"
RELIABILITY_DOC = ROOT / "docs" / "reliability.md"
WEB_MARKS = ("<!-- load-test:start -->", "<!-- load-test:end -->")
RELIABILITY_MARKS = ("<!-- server-load:begin -->", "<!-- server-load:end -->")
TYPES = ["AGREE", "CONSULT", "SUPPORT", "AID", "ACCUSE", "THREATEN", "PROTEST", "ASSAULT"]
SERVER = """
import sys
from lapwing.serve import run_server
run_server(sys.argv[1], host="127.0.0.1", port=int(sys.argv[2]), log_level="warning", refresh_seconds=2.0)
"""


def request_mix(rng: random.Random, *, articles: int, actors: int) -> tuple[str, str]:
    """One (kind, URL) drawn from a mix like a person browsing the pages."""
    year = rng.randint(2015, 2024)
    month = f"{year}-{rng.randint(1, 12):02d}"
    actor = f"syn:{int(actors * rng.random() ** 3)}"  # the builder's skew: a few actors in most events
    roll = rng.random()
    if roll < 0.30:
        params = [f"limit={rng.choice([25, 50, 100])}", f"offset={rng.choice([0, 0, 0, 100, 500, 2000])}"]
        flavour = rng.random()
        if flavour < 0.25:
            params += [f"from={month}", f"to={month}"]
        elif flavour < 0.45:
            params += [f"actor=C{rng.randint(0, 199)}", f"type={rng.choice(TYPES)}"]
        elif flavour < 0.60:
            params += [f"place=C{rng.randint(0, 199)}", f"quad={rng.randint(1, 4)}"]
        elif flavour < 0.70:
            params += [f"recipient=C{rng.randint(0, 199)}", f"from={year}", f"to={year}"]
        elif flavour < 0.80:
            params += ["per_happening=true", f"from={month}"]
        return "events", "/api/events?" + "&".join(params)
    if roll < 0.38:
        if rng.random() < 0.3:
            return "actors", f"/api/actors?q=Actor%20{rng.randint(1, 99)}&limit=50"
        return "actors", f"/api/actors?limit=50&offset={rng.choice([0, 0, 50, 100, 1000])}"
    if roll < 0.48:
        return "actor", f"/api/actors/{actor}?from={year}&to={year}" if rng.random() < 0.5 else f"/api/actors/{actor}"
    if roll < 0.63:
        return "network", f"/api/network?from={month}&to={month}"
    if roll < 0.71:
        return "timeline", f"/api/timeline?actor=C{rng.randint(0, 199)}"
    if roll < 0.86:
        article = f"art{rng.randrange(articles)}"
        return "article", f"/articles/{article}" if rng.random() < 0.5 else f"/api/articles/{article}"
    if roll < 0.93:
        return "articles", f"/api/articles?limit=50&offset={rng.choice([0, 0, 50, 1000])}"
    return "places", f"/api/places?from={month}&to={month}&limit=500"


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: Counter[str] = field(default_factory=Counter)

    def add(self, kind: str, seconds: float) -> None:
        self.latencies.setdefault(kind, []).append(seconds * 1000)


async def client_loop(number: int, base: str, deadline: float, tally: Tally, *, articles: int,
                      actors: int, seed: int) -> None:
    rng = random.Random(seed * 1000 + number)
    async with httpx.AsyncClient(base_url=base, timeout=30.0) as client:
        while time.monotonic() < deadline:
            kind, url = request_mix(rng, articles=articles, actors=actors)
            began = time.perf_counter()
            try:
                response = await client.get(url)
                await response.aread()
            except httpx.HTTPError as exc:
                tally.errors[f"{kind}: {type(exc).__name__}"] += 1
                continue
            took = time.perf_counter() - began
            if response.status_code != 200:
                tally.errors[f"{kind}: HTTP {response.status_code}"] += 1
            else:
                tally.add(kind, took)


def cpu_seconds(pid: int) -> float:
    """User and system CPU time a process has used (from /proc; 0 where unreadable)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


async def sample_memory(pid: int, deadline: float, every: float, samples: list[tuple[float, float]]) -> None:
    began = time.monotonic()
    while time.monotonic() < deadline:
        value = rss_mb(pid)
        if value is not None:
            samples.append((time.monotonic() - began, value))
        await asyncio.sleep(every)
    value = rss_mb(pid)
    if value is not None:
        samples.append((time.monotonic() - began, value))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(db), str(port)], env=env)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited with {server.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/status", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.terminate()
    raise RuntimeError("the server did not start within 120 s")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))] if ordered else float("nan")


async def run_load(base: str, pid: int, args: argparse.Namespace) -> tuple[Tally, list[tuple[float, float]], float]:
    tally = Tally()
    samples: list[tuple[float, float]] = []
    began = time.monotonic()
    deadline = began + args.seconds
    articles = max(args.events // 5, 1)
    await asyncio.gather(
        sample_memory(pid, deadline, args.sample_seconds, samples),
        *(client_loop(n, base, deadline, tally, articles=articles, actors=args.actors, seed=args.seed)
          for n in range(args.clients)))
    return tally, samples, time.monotonic() - began


def report(args: argparse.Namespace, tally: Tally, samples: list[tuple[float, float]], wall: float,
           build_seconds: float, size_mb: float, load: tuple[float, float], cpu: tuple[float, float]) -> str:
    every = [ms for values in tally.latencies.values() for ms in values]
    served = len(every)
    errors = sum(tally.errors.values())
    rss = [value for _, value in samples]
    kinds = " (" + ", ".join(f"{k}: {v}" for k, v in sorted(tally.errors.items())) + ")" if errors else ""
    lines: list[str | None] = [
        f"Measured {dt.date.today().isoformat()} with `benchmarks/load_test.py --events {args.events} "
        f"--clients {args.clients} --seconds {args.seconds}`: {args.events:,} event mentions ({size_mb:.0f} MB "
        f"store, built in {build_seconds:.0f} s), one uvicorn process on 127.0.0.1, {args.clients} concurrent "
        f"keep-alive clients (httpx, asyncio, in one process on the same machine) for {wall:.0f} s; "
        f"{platform.machine()}, {os.cpu_count()} cores shared by the clients, the server and other work "
        f"(load average {load[0]:.1f} before, {load[1]:.1f} after).",
        "",
        "| figure | value |",
        "|---|---|",
        f"| requests served (HTTP 200) | {served:,} ({served / wall:.0f} per second) |",
        f"| errors | {errors}{kinds} |",
        f"| latency, median | {statistics.median(every):.0f} ms |" if every else "| latency | no request served |",
        f"| latency, p99 | {percentile(every, 0.99):.0f} ms |" if every else None,
        f"| CPU time used: server, clients | {cpu[0]:.0f} s, {cpu[1]:.0f} s of {wall * (os.cpu_count() or 1):.0f} "
        f"core-seconds ({1000 * cpu[0] / max(served, 1):.0f} ms of server CPU per request) |",
        f"| server memory (RSS): first, last, highest | {rss[0]:.0f} MB, {rss[-1]:.0f} MB, {max(rss):.0f} MB "
        f"({len(rss)} samples) |" if rss else "| server memory | not sampled |",
        f"| server memory over the run (MB, every {max(wall / 6, 1):.0f} s) | "
        f"{', '.join(f'{value:.0f}' for value in _spread(rss, 7))} |" if rss else None,
        "",
        "| request kind | served | median | p99 |",
        "|---|---|---|---|",
    ]
    for kind, values in sorted(tally.latencies.items(), key=lambda item: -len(item[1])):
        lines.append(f"| {kind} | {len(values):,} | {statistics.median(values):.0f} ms | "
                     f"{percentile(values, 0.99):.0f} ms |")
    return "\n".join(line for line in lines if line is not None)


def _spread(values: list[float], count: int) -> list[float]:
    """``count`` values evenly spaced through ``values`` (first and last included)."""
    if len(values) <= count:
        return values
    return [values[round(i * (len(values) - 1) / (count - 1))] for i in range(count)]


def write_between(path: Path, marks: tuple[str, str], text: str, *, heading: str) -> None:
    """Replace the text between ``marks`` in ``path``; append a section with them when absent."""
    start, end = marks
    current = path.read_text(encoding="utf-8")
    if start in current and end in current:
        updated = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda _m: f"{start}\n{text}\n{end}",
                         current, flags=re.S)
    else:
        updated = current.rstrip("\n") + f"\n\n{heading}\n\n{start}\n{text}\n{end}\n"
    path.write_text(updated, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000, help="synthetic event mentions (1,000,000)")
    parser.add_argument("--actors", type=int, default=5_000)
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients (50)")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long the clients send (60)")
    parser.add_argument("--sample-seconds", type=float, default=1.0, help="server RSS sampling period (1)")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--db", help="store path (default: a temporary file; an existing file is reused)")
    parser.add_argument("--write-docs", action="store_true",
                        help=f"write the figures into {WEB_DOC.name} and {RELIABILITY_DOC.name}")
    args = parser.parse_args()
    if not 1 <= args.clients <= 1000 or not 0 < args.seconds <= 3600:
        parser.error("--clients must be 1 to 1000 and --seconds more than 0 and at most 3600")

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "load.duckdb"
        build_seconds = 0.0
        if not db.exists():
            build_seconds = build_store(db, events=args.events, actors=args.actors)
        size_mb = db.stat().st_size / 1e6
        print(f"store: {db} ({size_mb:.0f} MB, built in {build_seconds:.1f} s)", flush=True)
        port = free_port()
        server = start_server(db, port)
        try:
            load_before = os.getloadavg()[0]
            server_cpu, client_cpu = cpu_seconds(server.pid), cpu_seconds(os.getpid())
            tally, samples, wall = asyncio.run(run_load(f"http://127.0.0.1:{port}", server.pid, args))
            load_after = os.getloadavg()[0]
            cpu = (cpu_seconds(server.pid) - server_cpu, cpu_seconds(os.getpid()) - client_cpu)
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
    text = report(args, tally, samples, wall, build_seconds, size_mb, (load_before, load_after), cpu)
    print(text)
    if args.write_docs:
        write_between(WEB_DOC, WEB_MARKS, text, heading="### Under load")
        write_between(RELIABILITY_DOC, RELIABILITY_MARKS, text, heading="## The server under load")
        print(f"wrote the figures into {WEB_DOC} and {RELIABILITY_DOC}")


if __name__ == "__main__":
    main()
