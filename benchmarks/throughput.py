"""Coding speed and memory of the default pipeline on this machine. Prints a Markdown table and,
with --write-docs, puts it in docs/scale.md.

    PYTHONPATH=src python benchmarks/throughput.py                    # rates and memory (~5 min on 2 cores)
    PYTHONPATH=src python benchmarks/throughput.py --sizes 1000,10000 --write-docs
    PYTHONPATH=src python benchmarks/throughput.py --profile 200      # time per stage, hot functions
    PYTHONPATH=src python benchmarks/throughput.py --scopes all,candidates   # both segment.parse_scope values
    PYTHONPATH=src python benchmarks/throughput.py --slims none,events       # what workers send back
    PYTHONPATH=src python benchmarks/throughput.py --vocabulary 3000 --novel-words 10   # growth in one process
    PYTHONPATH=src python benchmarks/throughput.py --n-process 2 --sizes 1000       # pool against spaCy's n_process

The articles are synthetic but news-like: the machine-written stories of ../shared/data/ngec-synthetic
(about 200 words each) joined into articles of about --words words. ``--source gum-news`` uses
real news instead: the 24 Wikinews documents of ../shared/data/gum-ccby, whole (about 600 words
each; --words is then ignored), repeated in turn; they hold fewer event reports than the
synthetic stories, as general news does. They are generated in a
temporary folder at run time and never kept. The 4,500 stories have a closed vocabulary, which real
news has not (names, numbers); ``--novel-words K`` ends each article with a sign-off line naming
people whose K name words are new forms, as a wire story's "Reporting by ..." does.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import platform
import random
import re
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
STORIES = REPO.parent / "shared" / "data" / "ngec-synthetic" / "gpt_synthetic_events_2023-10-19_19.csv.zip"
GUM = REPO.parent / "shared" / "data" / "gum-ccby"
DOCS = REPO / "docs" / "scale.md"
START, END = "<!-- throughput:start -->", "<!-- throughput:end -->"
#: Where the articles come from (--source): machine-written stories joined, or GUM's Wikinews documents.
SOURCES = {"synthetic": "synthetic news stories joined", "gum-news": "GUM's 24 Wikinews documents, repeated"}
SOURCE = "synthetic"


# -- input ----------------------------------------------------------------------------------

def stories() -> list[str]:
    if not STORIES.exists():
        sys.exit(f"the benchmark needs the development data: {STORIES} is absent")
    with zipfile.ZipFile(STORIES) as archive, archive.open(archive.namelist()[0]) as raw:
        return [row["text"].strip() for row in csv.DictReader(io.TextIOWrapper(raw, "utf-8"))
                if row["text"].strip()]


#: Name words new to every article at the end of each (``--novel-words``); 0: none.
NOVEL_WORDS = 0
#: Each article only the first sentence of one story (``--lede``), for runs of very many articles.
LEDE = False


def novel_word(rng: random.Random) -> str:
    """A made-up name of five syllables (15 x 5 letters each: about 2.4 billion forms)."""
    return "".join(rng.choice("bcdfgklmnprstvz") + rng.choice("aeiou") for _ in range(5)).capitalize()


def sign_off(rng: random.Random, count: int) -> str:
    """ "Reporting by A B, C D and E F." with ``count`` new name words (one per name when odd)."""
    names = [" ".join(novel_word(rng) for _ in range(2)) for _ in range(count // 2)]
    names += [novel_word(rng)] * (count % 2)
    return "Reporting by " + (", ".join(names[:-1]) + " and " if len(names) > 1 else "") + names[-1] + "."


def gum_news() -> list[tuple[dt.date, str]]:
    """(date, text) of each Wikinews document of GUM, rebuilt as the news-audit gold set does."""
    from lapwing.evaluate.news_texts import read_gum_news_article

    paths = sorted(GUM.glob("GUM_news_*.conllu"))
    if not paths:
        sys.exit(f"--source gum-news needs the development data: no GUM_news_*.conllu in {GUM}")
    return [(article.date, article.text) for article in map(read_gum_news_article, paths)]


def write_articles(path: Path, count: int, *, words: int, seed: int = 7, novel_words: int | None = None) -> int:
    """``count`` articles of about ``words`` words (whole documents with ``SOURCE`` gum-news) as
    JSON Lines; returns the number of words. ``novel_words`` (default ``NOVEL_WORDS``): new name
    words in a sign-off line of each article."""
    rng, total = random.Random(seed), 0
    pool = stories() if SOURCE == "synthetic" else []
    documents = gum_news() if SOURCE == "gum-news" else []
    novel = NOVEL_WORDS if novel_words is None else novel_words
    names = random.Random(seed + 1)   # the stories are the same with and without sign-offs
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            parts: list[str] = []
            if documents:
                day, text = documents[number % len(documents)]
                parts.append(text)
            while not documents and sum(len(p.split()) for p in parts) < words:
                parts.append(rng.choice(pool))
                if LEDE:  # the story's first sentence, alone
                    parts[-1] = re.split(r"(?<=[.!?])\s+", parts[-1], maxsplit=1)[0]
                    break
            if novel:
                parts.append(sign_off(names, novel))
            text = "\n\n".join(parts)
            total += len(text.split())
            date = day if documents else dt.date(2023, 1, 1) + dt.timedelta(days=number % 365)
            out.write(json.dumps({"id": f"bench-{number}", "date": date.isoformat(), "text": text}) + "\n")
    return total


def read_benchmark_articles(path: Path) -> list:
    """The articles of a file :func:`write_articles` wrote, as Lapwing ``Article`` records."""
    from lapwing.model import Article

    return [Article(id=r["id"], date=dt.date.fromisoformat(r["date"]), text=r["text"])
            for r in map(json.loads, path.open(encoding="utf-8"))]


def coded_chunks(pipeline, articles: list, *, chunk_size: int, spent: dict[str, float]):
    """Code ``articles`` a chunk at a time, stage by stage (with ``stage.pipe`` where the stage
    has it), adding each stage's CPU seconds to ``spent[stage name]``; yields each coded chunk."""
    from lapwing.model import CodedArticle

    for start in range(0, len(articles), chunk_size):
        docs = [CodedArticle(article=a) for a in articles[start:start + chunk_size]]
        for stage in pipeline.stages:
            cpu = time.process_time()
            docs = stage.pipe(docs) if hasattr(stage, "pipe") else [stage(doc) for doc in docs]
            spent[stage.name] = spent.get(stage.name, 0.0) + time.process_time() - cpu
        yield docs


# -- memory ---------------------------------------------------------------------------------

class PeakMemory:
    """Samples the memory of this process and all its descendants (Linux /proc).

    ``peak`` is the largest sum of resident set sizes (VmRSS), which counts a page shared by
    several processes (the libraries every worker maps) once per process; ``peak_pss`` the
    largest sum of proportional set sizes (``Pss`` in ``/proc/PID/smaps_rollup``, read at every
    fifth sample), which splits
    each shared page between the processes that map it, so it adds up to the memory the run
    really holds (0 where the kernel gives no ``smaps_rollup``).
    """

    def __init__(self, interval: float = 0.2) -> None:
        self.interval, self.peak, self.peak_pss, self._stop = interval, 0, 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "PeakMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        samples = 0
        while not self._stop.is_set():
            # Pss costs the kernel a walk of each process's page tables (about 1.4 ms for a worker):
            # read every fifth sample only, so the sampling thread stays under 1% of a core
            rss, pss = tree_memory(os.getpid(), with_pss=samples % 5 == 0)
            self.peak, self.peak_pss = max(self.peak, rss), max(self.peak_pss, pss)
            samples += 1
            self._stop.wait(self.interval)


def _pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii", errors="replace") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def tree_memory(root: int, *, with_pss: bool = True) -> tuple[int, int]:
    """Summed VmRSS and summed Pss (bytes; 0 without ``with_pss``) of ``root`` and all its descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status", encoding="ascii", errors="replace") as status:
                fields = dict(line.split(":", 1) for line in status if ":" in line)
        except OSError:
            continue
        pid, parent = int(entry), int(fields.get("PPid", "0").strip() or 0)
        children.setdefault(parent, []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0]) * 1024
    total, proportional, stack = 0, 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        proportional += _pss(pid) if with_pss else 0
        stack.extend(children.get(pid, []))
    return total, proportional


# -- runs -----------------------------------------------------------------------------------

#: Further settings for every run ("section.key" -> value), from --set.
EXTRA_SETTINGS: dict = {}


def scoped_config(scope: str) -> dict:
    from lapwing.config import load_config

    return load_config(overrides={**EXTRA_SETTINGS, "segment.parse_scope": scope})


def code_file(path: Path, *, workers: int, chunk_size: int, scope: str = "all",
              slim: str = "events", trace: int | None = None) -> dict[str, float]:
    """Read, code and serialise every event of ``path`` as ``lapwing extract`` does; ``slim``
    names what the workers send back (:data:`lapwing.scale.slim.SLIMS`). ``trace``: every that
    many articles, print the articles coded, the seconds and the memory of all processes now
    (RSS and PSS) and at its peak so far."""
    from lapwing.ingest.counts import RunCounts
    from lapwing.output import event_json
    from lapwing.run import read_articles
    from lapwing.scale.local import code_in_parallel
    from lapwing.scale.slim import SLIMS

    config, counts, events = scoped_config(scope), RunCounts(), 0
    cpu_before = cpu_seconds()
    started = time.perf_counter()
    first = None
    with PeakMemory() as memory, open(os.devnull, "w", encoding="utf-8") as sink:
        for item in code_in_parallel(read_articles([str(path)], config=config), config=config,
                                     workers=workers, chunk_size=chunk_size, counts=counts,
                                     slim=SLIMS[slim]):
            first = first or time.perf_counter()
            for event in getattr(item, "events", ()):
                sink.write(json.dumps(event_json(event), ensure_ascii=False) + "\n")
                events += 1
            if trace and (counts.coded + counts.total_rejected) % trace == 0:
                rss, pss = tree_memory(os.getpid())
                print(f"| {counts.coded + counts.total_rejected:,} | {time.perf_counter() - started:,.0f} | "
                      f"{events:,} | {rss / 2**20:,.0f} MiB | {pss / 2**20:,.0f} MiB | "
                      f"{memory.peak / 2**20:,.0f} MiB |", flush=True)
    ended = time.perf_counter()
    return {"seconds": ended - started, "cpu": cpu_seconds() - cpu_before,
            "first_result": (first or ended) - started, "coded": counts.coded,
            "rejected": counts.total_rejected, "events": events, "peak_rss": memory.peak,
            "peak_pss": memory.peak_pss}


def code_file_spacy_n_process(path: Path, *, processes: int, chunk_size: int) -> dict[str, float]:
    """The design Lapwing does not use, for comparison: one ``nlp.pipe(..., n_process=processes)``
    over the whole input (spaCy's own multiprocessing: its worker processes parse, and send each
    parsed ``Doc`` back to this process), and every other stage in this process; events
    serialised as :func:`code_file` does. Parse scope ``all``, no memory zones; double spaces
    are not mended (the benchmark's articles have none)."""
    from lapwing.model import CodedArticle
    from lapwing.output import event_json
    from lapwing.pipeline import Pipeline
    from lapwing.scale.local import one_blas_thread
    from lapwing.segment.stage import sentences_from_spacy
    from lapwing.segment.truecase import keep_article_text

    articles = read_benchmark_articles(path)
    cpu_before = cpu_seconds()
    started = time.perf_counter()
    first, events = None, 0
    with PeakMemory() as memory, open(os.devnull, "w", encoding="utf-8") as sink, one_blas_thread():
        pipeline = Pipeline.from_config(scoped_config("all"))
        segment, rest = pipeline.stages[0], pipeline.stages[1:]
        texts = [segment.model_text(a.text) for a in articles]
        parsed = segment.nlp.pipe(texts, n_process=processes, batch_size=chunk_size)
        for article, text, spacy_doc in zip(articles, texts, parsed):
            sentences = sentences_from_spacy(spacy_doc)
            doc = CodedArticle(article=article, sentences=sentences if text == article.text
                               else keep_article_text(sentences, article.text))
            for stage in rest:
                doc = stage(doc)
            first = first or time.perf_counter()
            for event in doc.events:
                sink.write(json.dumps(event_json(event), ensure_ascii=False) + "\n")
                events += 1
    ended = time.perf_counter()
    return {"seconds": ended - started, "cpu": cpu_seconds() - cpu_before,
            "first_result": (first or ended) - started, "coded": len(articles), "rejected": 0,
            "events": events, "peak_rss": memory.peak, "peak_pss": memory.peak_pss}


def spacy_n_process_comparison(count: int, *, words: int, chunk_size: int, processes: int) -> None:
    """Lapwing's pool of ``processes`` workers against spaCy's ``n_process`` on the same articles."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "articles.jsonl"
        write_articles(path, count, words=words)
        runs = [("Lapwing's pool: each worker codes its share of the articles", code_file(
                    path, workers=processes, chunk_size=chunk_size)),
                ("spaCy's nlp.pipe(n_process): parsed Docs sent back, the other stages in the parent",
                 code_file_spacy_n_process(path, processes=processes, chunk_size=chunk_size))]
    print(f"{count} articles ({SOURCES[SOURCE]}), {processes} processes, chunks/batches of {chunk_size}, "
          "events serialised as JSON; times include starting the processes and loading the pipeline:\n")
    # no CPU column: spaCy's processes are not waited for, so their CPU time is not counted
    print("| design | seconds | articles/s | first result (s) | events | peak memory (RSS / PSS) |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, r in runs:
        print(f"| {label} | {r['seconds']:.1f} | {count / r['seconds']:.1f} | {r['first_result']:.1f} | "
              f"{r['events']:,} | {r['peak_rss'] / 2**20:,.0f} / {r['peak_pss'] / 2**20:,.0f} MiB |")


def installed_version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the workers, once the pool is shut)."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def tokenize_file(path: Path) -> tuple[float, float]:
    from lapwing.segment.nlp import load_pipeline

    nlp = load_pipeline()
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    started, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        nlp.make_doc(text)
    return time.perf_counter() - started, time.process_time() - cpu


def parsed_share(path: Path, *, chunk_size: int) -> tuple[float, float]:
    """(sentences, tokens) shares the candidates scope sends through the full spaCy pipeline."""
    from lapwing.model import CodedArticle
    from lapwing.segment.stage import SpacySegmenter

    config = scoped_config("candidates")
    segmenter = SpacySegmenter(config["segment"], config)
    docs = [CodedArticle(article=article) for article in read_benchmark_articles(path)]
    for start in range(0, len(docs), chunk_size):
        segmenter.pipe(docs[start:start + chunk_size])
    scoped = segmenter.scoped
    return scoped.sentences_parsed / max(1, scoped.sentences_seen), scoped.tokens_parsed / max(1, scoped.tokens_seen)


def stage_times(count: int, *, words: int, scopes: list[str], chunk_size: int, rounds: int = 2) -> None:
    """CPU ms per article of each stage, for each parse scope, in one process with one BLAS
    thread (as in the workers), the scopes interleaved (``rounds`` times) so that other work on the
    machine weighs on them alike."""
    from lapwing.pipeline import Pipeline

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "articles.jsonl"
        write_articles(path, count, words=words)
        articles = read_benchmark_articles(path)
        sentences, tokens = parsed_share(path, chunk_size=chunk_size) if "candidates" in scopes else (1.0, 1.0)
    pipelines = {scope: Pipeline.from_config(scoped_config(scope)) for scope in scopes}
    for pipeline in pipelines.values():
        # stages load some resources on first use (the actors stage's gazetteer, about 1 s): code
        # one article first, so that the measured rounds hold no loading
        pipeline.run(articles[0])
    spent = {scope: {stage.name: 0.0 for stage in pipeline.stages} for scope, pipeline in pipelines.items()}
    for _ in range(rounds):
        for scope, pipeline in pipelines.items():
            for _chunk in coded_chunks(pipeline, articles, chunk_size=chunk_size, spent=spent[scope]):
                pass
    per_article = {scope: {name: 1000 * seconds / (count * rounds) for name, seconds in times.items()}
                   for scope, times in spent.items()}
    print(f"CPU ms per article, {count} articles in chunks of {chunk_size}, {rounds} interleaved rounds, "
          "one process with one BLAS thread (pipeline loading excluded):\n")
    print("| stage | " + " | ".join(f"parse scope {scope}" for scope in scopes) + " |")
    print("|---|" + "---:|" * len(scopes))
    for name in per_article[scopes[0]]:
        print(f"| {name} | " + " | ".join(f"{per_article[scope][name]:.1f}" for scope in scopes) + " |")
    print("| all stages | " + " | ".join(f"{sum(per_article[scope].values()):.1f}" for scope in scopes) + " |")
    print("\nWithin the spaCy pipeline (every sentence parsed), CPU ms per article:\n")
    print("| component | CPU ms per article |\n|---|---:|")
    from lapwing.segment.nlp import load_pipeline

    nlp = load_pipeline(scoped_config(scopes[0])["segment"].get("model"))  # the configured one (--set segment.model=)
    for name, ms in component_times([a.text for a in articles], chunk_size=chunk_size, nlp=nlp).items():
        print(f"| {name} | {ms:.1f} |")
    if "candidates" in scopes:
        print(f"\nThe candidates scope parsed {100 * sentences:.0f}% of the sentences ({100 * tokens:.0f}% of the tokens).")


def compare_scopes() -> None:
    """Code each distinct source text of ``--source gum-news`` once with parse scope ``all`` and
    once with ``candidates`` and print the events only one of them codes (type, modality, actor
    and recipient codes, and the sentence's start), so a difference in the throughput table's
    event counts can be traced to the sentences behind it."""
    from lapwing.model import Article
    from lapwing.output import event_json
    from lapwing.pipeline import Pipeline

    if SOURCE != "gum-news":
        sys.exit("--compare-scopes reads the distinct documents of --source gum-news")
    pipelines = {scope: Pipeline.from_config(scoped_config(scope)) for scope in ("all", "candidates")}
    totals = {scope: 0 for scope in pipelines}
    for number, (date, text) in enumerate(gum_news()):
        article = Article(id=f"gum-{number}", date=date or dt.date(2020, 1, 1), text=text)
        found = {}
        for scope, pipeline in pipelines.items():
            events = [event_json(e) for e in pipeline.run(article).events]
            totals[scope] += len(events)
            found[scope] = {(e["start_char"], e["event"], e.get("modality"),
                             ",".join(a.get("code") or "?" for a in e["actor"]),
                             ",".join(a.get("code") or "?" for a in e.get("recipient") or []) or "-") for e in events}
        for scope, other in (("all", "candidates"), ("candidates", "all")):
            for start, kind, modality, actor, recipient in sorted(found[scope] - found[other]):
                sentence = text[start:start + 100].replace("\n", " ")
                print(f"only with {scope}: document {number}, {kind} ({modality}) {actor} -> {recipient}: {sentence!r}")
    print(f"events of the {number + 1} documents: " + ", ".join(f"{n} with {scope}" for scope, n in totals.items()))


def component_times(texts: list[str], *, chunk_size: int, nlp=None) -> dict[str, float]:
    """CPU ms per article of the tokenizer and of each component of the spaCy pipeline ``nlp``
    (default: the bundled one, loaded here)."""
    from lapwing.segment.nlp import load_pipeline

    nlp = nlp if nlp is not None else load_pipeline()
    cpu = time.process_time()
    docs = [nlp.make_doc(text) for text in texts]
    spent = {"tokenizer": time.process_time() - cpu} | {name: 0.0 for name in nlp.pipe_names}
    for start in range(0, len(docs), chunk_size):
        batch = docs[start:start + chunk_size]
        for name, component in nlp.pipeline:
            cpu = time.process_time()
            batch = list(component.pipe(batch, batch_size=chunk_size)) if hasattr(component, "pipe") \
                else [component(doc) for doc in batch]
            spent[name] += time.process_time() - cpu
    return {name: 1000 * seconds / len(texts) for name, seconds in spent.items()}


def vocabulary_growth(count: int, *, words: int, chunk_size: int, scope: str = "all", reports: int = 10) -> None:
    """Code ``count`` articles in this process, as one worker does, and print at ``reports``
    points how many strings spaCy's vocabulary holds, how many token forms the actors stage keeps,
    and the process's resident memory."""
    from lapwing.pipeline import Pipeline
    from lapwing.run import read_articles
    from lapwing.scale.local import code_in_parallel, one_blas_thread

    config = scoped_config(scope)
    pipeline = Pipeline.from_config(config)
    segment = next(stage for stage in pipeline.stages if hasattr(stage, "nlp"))
    actors = next((stage for stage in pipeline.stages if hasattr(stage, "cached_forms")), None)
    every = max(1, count // reports)
    settings = {key: config["segment"][key] for key in ("memory_zones", "vocabulary_warmup")}
    print(f"{count} articles of about {words} words, {NOVEL_WORDS} new name words each, one process, "
          f"chunks of {chunk_size}; segment settings {json.dumps(settings)}"
          + (f"; settings {json.dumps(EXTRA_SETTINGS)}" if EXTRA_SETTINGS else "") + "\n")
    print("| articles | spaCy strings | actors' cached forms | resident memory (RSS) | seconds |")
    print("|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "articles.jsonl"
        write_articles(path, count, words=words)
        started = time.perf_counter()
        with one_blas_thread():
            items = code_in_parallel(read_articles([str(path)], config=config), config=config, workers=1,
                                     chunk_size=chunk_size, pipeline=pipeline)
            for number, _ in enumerate(items, start=1):
                if number % every == 0 or number == count:
                    print(f"| {number:,} | {len(segment.nlp.vocab.strings):,} | "
                          f"{actors.cached_forms if actors is not None else 0:,} | "
                          f"{tree_memory(os.getpid(), with_pss=False)[0] / 2**20:,.0f} MiB | "
                          f"{time.perf_counter() - started:.0f} |", flush=True)


def profile(count: int, *, words: int, scope: str = "all") -> None:
    """Time per stage (in this process) and the functions that take the most time."""
    import cProfile
    import pstats

    from lapwing.model import CodedArticle
    from lapwing.pipeline import Pipeline

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "articles.jsonl"
        write_articles(path, count, words=words)
        articles = read_benchmark_articles(path)
    pipeline = Pipeline.from_config(scoped_config(scope))
    pipeline.run(articles[0])
    spent = {stage.name: 0.0 for stage in pipeline.stages}
    profiler = cProfile.Profile()
    profiler.enable()
    for article in articles:
        doc = CodedArticle(article=article)
        for stage in pipeline.stages:
            started = time.perf_counter()
            doc = stage(doc)
            spent[stage.name] += time.perf_counter() - started
    profiler.disable()
    total = sum(spent.values())
    print(f"parse_scope = {scope!r}: {count} articles, {total:.1f} s under cProfile ({count / total:.1f} articles/s)\n")
    print("| stage | seconds | share | ms per article |\n|---|---:|---:|---:|")
    for name, seconds in spent.items():
        print(f"| {name} | {seconds:.1f} | {100 * seconds / total:.0f}% | {1000 * seconds / count:.0f} |")
    print()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(25)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="300,2000",
                        help="article counts, comma-separated: the first for the rate runs (1 and 2 "
                             "workers, tokenizer only), every one for memory with all workers "
                             "(default: 300,2000)")
    parser.add_argument("--words", type=int, default=500, help="words per article (default: 500)")
    parser.add_argument("--source", choices=sorted(SOURCES), default="synthetic",
                        help="the articles: synthetic stories joined (default), or GUM's Wikinews "
                             "documents (gum-news; --write-docs then writes the throughput-gum-news table)")
    parser.add_argument("--chunk-size", type=int, default=8, help="articles per chunk (default: 8)")
    parser.add_argument("--unbatched", action="store_true",
                        help="also run 1 worker with chunks of 1 article (no nlp.pipe batching)")
    parser.add_argument("--profile", type=int, metavar="N", help="profile N articles instead")
    parser.add_argument("--scopes", default="all",
                        help="segment.parse_scope values to run, comma-separated (default: all; "
                             "all,candidates runs both; with --profile the first one is profiled)")
    parser.add_argument("--slims", default="events",
                        help="what the workers send back, comma-separated: none (the whole coded "
                             "article), tokens (all but the tokens), events (the article and its "
                             "events, what `lapwing extract` writes; the default)")
    parser.add_argument("--stage-times", type=int, metavar="N",
                        help="CPU time per stage for N articles, the --scopes interleaved in one process, instead")
    parser.add_argument("--scaling", metavar="N,N,...",
                        help="instead of the default runs: the pipeline with each of these worker counts on "
                             "the last --sizes article count (a scaling series, e.g. 1,2,4,8,16)")
    parser.add_argument("--novel-words", type=int, default=0, metavar="K",
                        help="end each article with a sign-off line of K made-up name words, new forms "
                             "as real news brings (default: 0)")
    parser.add_argument("--lede", action="store_true",
                        help="each article only the first sentence of one story (with --novel-words, its "
                             "sign-off): many more articles per hour, for memory over very long runs")
    parser.add_argument("--trace", type=int, metavar="N",
                        help="with --scaling: every N articles, print the memory of all processes then")
    parser.add_argument("--vocabulary", type=int, metavar="N",
                        help="instead: code N articles in one process and print how spaCy's vocabulary, "
                             "the actors stage's cache and the memory grow")
    parser.add_argument("--n-process", type=int, metavar="N",
                        help="instead: the first --sizes articles coded by Lapwing's pool of N workers and "
                             "by spaCy's nlp.pipe(n_process=N) with the other stages in the parent")
    parser.add_argument("--compare-scopes", action="store_true",
                        help="with --source gum-news: the events only one parse scope codes, document by document")
    parser.add_argument("--write-docs", action="store_true", help=f"write the table into {DOCS}")
    parser.add_argument("--set", action="append", default=[], metavar="SECTION.KEY=VALUE",
                        help="a Lapwing setting for every run (JSON value, e.g. pipeline.workers_load_torch=true); "
                             "repeatable")
    args = parser.parse_args(argv)
    from lapwing.config import parse_assignments

    EXTRA_SETTINGS.update(parse_assignments(args.set))
    global NOVEL_WORDS, SOURCE, LEDE
    NOVEL_WORDS, SOURCE, LEDE = args.novel_words, args.source, args.lede
    if args.vocabulary:
        vocabulary_growth(args.vocabulary, words=args.words, chunk_size=args.chunk_size,
                          scope=args.scopes.split(",")[0])
        return 0
    if args.compare_scopes:
        compare_scopes()
        return 0
    if args.stage_times:
        from lapwing.scale.local import one_blas_thread
        with one_blas_thread():  # as the workers run: one BLAS thread per process
            stage_times(args.stage_times, words=args.words, scopes=args.scopes.split(","),
                        chunk_size=args.chunk_size)
        return 0
    if args.n_process:
        spacy_n_process_comparison(int(args.sizes.split(",")[0]), words=args.words, chunk_size=args.chunk_size,
                                   processes=args.n_process)
        return 0
    if args.profile:
        profile(args.profile, words=args.words, scope=args.scopes.split(",")[0])
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    variants = [(scope, slim) for scope in args.scopes.split(",") for slim in args.slims.split(",")]
    if args.scaling:
        if args.write_docs:
            parser.error("--scaling prints its table only; --write-docs writes the default runs")
        counts = [int(n) for n in args.scaling.split(",")]
        if any(n < 1 or n > cores for n in counts):
            parser.error(f"--scaling: worker counts must be between 1 and the {cores} cores of this machine")
        runs = [(sizes[-1], n, args.chunk_size, variants[0]) for n in counts]
    else:
        runs = [(sizes[0], 1, args.chunk_size, variant) for variant in variants]
        if args.unbatched:
            runs.append((sizes[0], 1, 1, variants[0]))
        runs += [(size, cores, args.chunk_size, variant) for size in sizes for variant in variants] if cores > 1 \
            else [(size, 1, args.chunk_size, variant) for size in sizes[1:] for variant in variants]
    with tempfile.TemporaryDirectory() as folder:
        mean_words = write_articles(Path(folder) / "probe.jsonl", sizes[0], words=args.words) / sizes[0]
    machine = platform.processor() or platform.machine()
    lines = [f"Measured {dt.date.today().isoformat()} on {cores} cores ({machine}), "
             f"Python {platform.python_version()}, spaCy {installed_version('spacy')}; articles of "
             f"{mean_words:.0f} words on average "
             f"({SOURCES[SOURCE]}), read from JSON Lines, events serialised as JSON; "
             "times include starting the workers and loading the pipeline"
             + (f"; settings {', '.join(f'{k} = {json.dumps(v)}' for k, v in EXTRA_SETTINGS.items())}"
                if EXTRA_SETTINGS else "") + ".", "",
             "| run | parse scope | sent back | articles | workers | chunk | seconds | articles/s | words/s | "
             "CPU ms per article | first result (s) | events | rejected | peak memory (all processes, RSS) | "
             "peak memory (all processes, PSS) |",
             "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    with tempfile.TemporaryDirectory() as folder:
        files: dict[int, tuple[Path, int]] = {}
        for size in sorted(set(sizes)):
            path = Path(folder) / f"articles-{size}.jsonl"
            files[size] = (path, write_articles(path, size, words=args.words))
        for size, workers, chunk, (scope, slim) in runs:
            path, words = files[size]
            if args.trace:
                print(f"\nMemory every {args.trace:,} articles ({workers} workers):\n\n| articles | seconds | events | "
                      "RSS now | PSS now | peak RSS so far |\n|---:|---:|---:|---:|---:|---:|", flush=True)
            result = code_file(path, workers=workers, chunk_size=chunk, scope=scope, slim=slim, trace=args.trace)
            seconds = result["seconds"]
            lines.append(f"| pipeline | {scope} | {slim} | {size} | {workers} | {chunk} | {seconds:.1f} | "
                         f"{size / seconds:.1f} | "
                         f"{words / seconds:,.0f} | {1000 * result['cpu'] / size:.0f} | "
                         f"{result['first_result']:.1f} | {result['events']:,} | {result['rejected']:,} | "
                         f"{result['peak_rss'] / 2**20:,.0f} MiB | "
                         + (f"{result['peak_pss'] / 2**20:,.0f} MiB |" if result["peak_pss"] else "- |"))
            print(lines[-1], flush=True)
        path, words = files[sizes[0]]
        seconds, cpu = tokenize_file(path)
        lines.append(f"| tokenizer only | - | - | {sizes[0]} | 1 | - | {seconds:.1f} | {sizes[0] / seconds:,.0f} | "
                     f"{words / seconds:,.0f} | {1000 * cpu / sizes[0]:.1f} | - | - | - | - | - |")
        if "candidates" in args.scopes.split(","):
            sentences, tokens = parsed_share(files[sizes[0]][0], chunk_size=args.chunk_size)
            lines += ["", f"With parse scope `candidates`, the full spaCy pipeline ran on {100 * sentences:.0f}% "
                      f"of the sentences ({100 * tokens:.0f}% of the tokens) of these articles."]
    lines += ["", f"Load average (1, 5, 15 min) at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())} "
              f"on {cores} cores (other work on the machine slows the wall-clock numbers; "
              "CPU ms per article is steadier)."]
    table = "\n".join(lines)
    print("\n" + table)
    if args.write_docs:
        markers = (START, END) if SOURCE == "synthetic" else (f"<!-- throughput-{SOURCE}:start -->",
                                                            f"<!-- throughput-{SOURCE}:end -->")
        write_between(DOCS, *markers, table)
        print(f"\nwritten to {DOCS}")
    return 0


def write_between(path: Path, start: str, end: str, table: str) -> None:
    """Replace what lies between the markers ``start`` and ``end`` in ``path`` with ``table``."""
    text = path.read_text(encoding="utf-8")
    head, rest = text.split(start, 1)
    path.write_text(head + start + "\n" + table + "\n" + end + rest.split(end, 1)[1], encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
