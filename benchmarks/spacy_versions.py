"""The bundled pipeline's speed and output under several spaCy releases, side by side.

    PYTHONPATH=src python benchmarks/spacy_versions.py --versions 3.8.6,3.8.18
    PYTHONPATH=src python benchmarks/spacy_versions.py --versions 3.8.6,3.8.7,3.8.18 --write-docs

For each release the script makes a virtual environment that sees this one's packages (so Lapwing's
other dependencies are the same) and installs into it that spaCy release with the requirements pip
chooses for it (thinc, numpy ...), ignoring this environment's copies of them (``pip`` from PyPI:
the benchmark needs the network, Lapwing does not). Lapwing itself is imported from ``src``.
In each environment a child process codes the benchmark's articles (``throughput.py``'s synthetic
news) with one BLAS thread and reports:

* CPU ms per article of the tokenizer and of each component of the spaCy pipeline;
* CPU ms per article of each stage of the default pipeline;
* a digest of every token's annotation (tag, lemma, head, label, entity, sentence start) and one
  of the events as JSON, so the table says whether the releases code the same.

The releases run in turn, ``--rounds`` times, so that other work on the machine weighs on them
alike; the table gives the lowest CPU time of the rounds. The environments are kept under
``--venvs`` (default ``~/.cache/lapwing-bench``) and reused. With --write-docs the table goes into
docs/scale.md between its ``spacy-versions`` markers.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
from throughput import write_between  # noqa: E402  (a sibling script, not a package)

DOCS = REPO / "docs" / "scale.md"
START, END = "<!-- spacy-versions:start -->", "<!-- spacy-versions:end -->"


def environment(version: str, venvs: Path) -> Path:
    """The Python of a virtual environment with spaCy ``version`` over this environment's packages."""
    folder = venvs / f"spacy-{version}"
    python = folder / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(folder)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--ignore-installed", f"spacy=={version}"], check=True)
    return python


def child(count: int, words: int, chunk_size: int) -> dict:
    """Measure in this process (run inside one of the environments)."""
    import spacy
    import thinc
    from throughput import coded_chunks, component_times, read_benchmark_articles, write_articles

    from lapwing.output import event_json
    from lapwing.pipeline import Pipeline
    from lapwing.scale.local import one_blas_thread

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "articles.jsonl"
        write_articles(path, count, words=words)
        articles = read_benchmark_articles(path)
    texts = [article.text for article in articles]
    with one_blas_thread():
        pipeline = Pipeline.from_config(None)
        nlp = pipeline.stages[0].nlp          # the segment stage's spaCy pipeline, loaded once
        components = component_times(texts, chunk_size=chunk_size, nlp=nlp)
        parses = hashlib.sha256()
        for doc in nlp.pipe(texts, batch_size=chunk_size):
            for t in doc:
                parses.update(f"{t.i}\t{t.text}\t{t.tag_}\t{t.pos_}\t{t.lemma_}\t{t.morph}\t{t.dep_}\t{t.head.i}\t"
                              f"{t.ent_iob_}\t{t.ent_type_}\t{t.is_sent_start}\n".encode())
        stages: dict[str, float] = {}
        events = hashlib.sha256()
        count_events = 0
        for docs in coded_chunks(pipeline, articles, chunk_size=chunk_size, spent=stages):
            for doc in docs:
                for event in doc.events:
                    events.update(json.dumps(event_json(event), sort_keys=True).encode() + b"\n")
                    count_events += 1
    return {"spacy": spacy.__version__, "thinc": thinc.__version__, "components": components,
            "stages": {name: 1000 * seconds / len(articles) for name, seconds in stages.items()},
            "parses": parses.hexdigest()[:16], "events": events.hexdigest()[:16], "event_count": count_events}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--versions", default="3.8.6,3.8.18", help="spaCy releases, comma-separated")
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--words", type=int, default=500, help="words per article (stories joined)")
    parser.add_argument("--chunk-size", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--venvs", type=Path, default=Path.home() / ".cache" / "lapwing-bench")
    parser.add_argument("--write-docs", action="store_true")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.articles, args.words, args.chunk_size)))
        return 0
    versions = [v.strip() for v in args.versions.split(",") if v.strip()]
    pythons = {v: environment(v, args.venvs) for v in versions}
    results: dict[str, list[dict]] = {v: [] for v in versions}
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO / "src"), os.environ.get("PYTHONPATH")])))
    for _ in range(args.rounds):
        for version in versions:
            out = subprocess.run([str(pythons[version]), __file__, "--child", "--articles", str(args.articles),
                                  "--words", str(args.words), "--chunk-size", str(args.chunk_size)],
                                 check=True, capture_output=True, text=True, env=env)
            results[version].append(json.loads(out.stdout.strip().splitlines()[-1]))
    best = {v: {kind: {name: min(r[kind][name] for r in runs) for name in runs[0][kind]}
                for kind in ("components", "stages")} for v, runs in results.items()}
    for v, runs in results.items():
        if runs[0]["spacy"] != v:
            sys.exit(f"the environment for spaCy {v} ran spaCy {runs[0]['spacy']}")
    lines = [f"Measured {dt.date.today().isoformat()} on {platform.machine()}, Python {platform.python_version()}, "
             f"{args.articles} benchmark articles, one BLAS thread, lowest of {args.rounds} rounds "
             f"(`python benchmarks/spacy_versions.py --versions {','.join(versions)}`); CPU ms per article:", "",
             "| | " + " | ".join(f"spaCy {v} (thinc {results[v][0]['thinc']})" for v in versions) + " |",
             "|---|" + "---:|" * len(versions)]
    for kind in ("components", "stages"):
        for name in best[versions[0]][kind]:
            lines.append(f"| {name} | " + " | ".join(f"{best[v][kind][name]:.1f}" for v in versions) + " |")
        label = "spaCy pipeline, all components" if kind == "components" else "Lapwing, all stages"
        lines.append(f"| **{label}** | " + " | ".join(f"**{sum(best[v][kind].values()):.1f}**" for v in versions)
                     + " |")
    lines.append("| annotations (digest) | " + " | ".join(results[v][0]["parses"] for v in versions) + " |")
    lines.append("| events (digest; count) | " + " | ".join(
        f"{results[v][0]['events']}; {results[v][0]['event_count']}" for v in versions) + " |")
    table = "\n".join(lines)
    print(table)
    if args.write_docs:
        write_between(DOCS, START, END, table)
        print(f"\nwritten to {DOCS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
