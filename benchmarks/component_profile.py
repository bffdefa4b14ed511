"""Where one spaCy component of the bundled pipeline spends its time, below Python.

    PYTHONPATH=src python benchmarks/component_profile.py --component parser            # ops
    PYTHONPATH=src python benchmarks/component_profile.py --component ner --perf         # + native profile

The component runs over the benchmark's articles (``throughput.py``'s synthetic news, tagged by
the components before it once, then copied for every pass), in this process with one BLAS thread,
as Lapwing's workers run it. It prints:

* CPU ms per article with thinc's default ops for the component's layers (blis) and with
  numpy's OpenBLAS (what ``lapwing.segment.nlp.use_fast_cpu_ops`` sets), interleaved, and whether
  the two give the same annotations;
* with ``--perf`` (Linux ``perf`` must be installed), the share of the samples of the component's
  passes alone (perf is attached once the articles are tagged), with Lapwing's ops, that fall in
  taking and releasing the interpreter lock and in blis's generic reference kernels, and the
  hottest native functions.

Numbers in docs/scale.md ("Inside the parser and the entity recogniser") come from this script.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

#: Native functions that take or release the interpreter lock, or that those call.
GIL_SYMBOLS = ("take_gil", "drop_gil", "PyGILState_Ensure", "PyGILState_Release", "PyEval_SaveThread",
               "PyEval_RestoreThread", "_PyThreadState_Swap", "_PyThreadState_MustExit",
               "pthread_getspecific")


def _lock_function(name: str) -> bool:
    """Whether a native function is part of taking or releasing the interpreter lock (the mutex
    and condition calls count whatever their libc alias: ``__GI___pthread_mutex_unlock_usercnt``)."""
    base = name.split("@")[0]
    return base in GIL_SYMBOLS or "pthread_mutex" in base or "pthread_cond" in base


def tagged_docs(component: str, articles: int, words: int) -> tuple[object, list[bytes]]:
    """The pipeline, and the benchmark articles run through the components before ``component``
    (serialised, so that every pass starts from the same state)."""
    import throughput

    from lapwing.segment.nlp import load_pipeline

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "articles.jsonl"
        throughput.write_articles(path, articles, words=words)
        texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    nlp = load_pipeline()
    if component not in nlp.pipe_names:
        sys.exit(f"no component {component!r}; the pipeline has {', '.join(nlp.pipe_names)}")
    docs = [nlp.make_doc(text) for text in texts]
    for name, proc in nlp.pipeline:
        if name == component:
            break
        docs = list(proc.pipe(docs, batch_size=8)) if hasattr(proc, "pipe") else [proc(doc) for doc in docs]
    return nlp, [doc.to_bytes() for doc in docs]


def run_once(nlp, component: str, snapshots: list[bytes]) -> tuple[float, list]:
    """CPU seconds of one pass of ``component`` over the documents, and what it annotated."""
    from spacy.tokens import Doc

    docs = [Doc(nlp.vocab).from_bytes(data) for data in snapshots]
    proc = nlp.get_pipe(component)
    cpu = time.process_time()
    out = list(proc.pipe(docs, batch_size=8)) if hasattr(proc, "pipe") else [proc(doc) for doc in docs]
    spent = time.process_time() - cpu
    return spent, [[(t.tag_, t.pos_, t.head.i, t.dep_, t.ent_iob_, t.ent_type_) for t in doc] for doc in out]


def compare_ops(nlp, component: str, snapshots: list[bytes], rounds: int) -> None:
    from thinc.api import NumpyOps

    model = nlp.get_pipe(component).model
    lapwing_ops = {id(node): node.ops for node in model.walk()}
    blis = NumpyOps()  # thinc's default: blis for matrix products
    spent = {"blis": 0.0, "numpy": 0.0}
    annotations = {}
    for _ in range(rounds):
        for name in ("blis", "numpy"):
            for node in model.walk():
                if isinstance(lapwing_ops[id(node)], NumpyOps):
                    node.ops = blis if name == "blis" else lapwing_ops[id(node)]
            seconds, annotations[name] = run_once(nlp, component, snapshots)
            spent[name] += seconds
    for node in model.walk():
        node.ops = lapwing_ops[id(node)]
    count = len(snapshots) * rounds
    print(f"{component}: CPU ms per article, {len(snapshots)} articles, {rounds} interleaved rounds, one BLAS thread")
    for name, seconds in spent.items():
        print(f"  {name:5s} ops: {1000 * seconds / count:.1f}")
    print(f"  same annotations: {annotations['blis'] == annotations['numpy']}")


def native_profile(args: argparse.Namespace) -> None:
    perf = shutil.which("perf")
    if perf is None:
        sys.exit("--perf needs Linux perf on PATH (Debian: apt-get install linux-perf)")
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "perf.data"
        command = [sys.executable, __file__, "--component", args.component, "--articles", str(args.articles),
                   "--words", str(args.words), "--rounds", str(args.rounds), "--only-run"]
        # The child loads the pipeline and tags the articles, says so, and waits; perf is attached
        # to it only for the passes of the component.
        child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert child.stdin is not None and child.stdout is not None
        if child.stdout.readline().strip() != "ready":
            sys.exit("the profiled process did not start")
        recorder = subprocess.Popen([perf, "record", "-q", "-o", str(data), "-p", str(child.pid)],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.0)  # let perf attach
        child.stdin.write("go\n")
        child.stdin.close()
        child.wait()
        recorder.wait(timeout=60)
        report = subprocess.run([perf, "report", "-i", str(data), "--no-children", "--sort", "symbol",
                                 "--stdio"], check=True, capture_output=True, text=True).stdout
    shares: list[tuple[float, str]] = []
    for line in report.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[0].endswith("%") and not line.lstrip().startswith("#"):
            shares.append((float(parts[0].rstrip("%")), parts[2] if parts[1] in ("[.]", "[k]") else parts[1]))
    gil = sum(share for share, name in shares if _lock_function(name))
    generic = sum(share for share, name in shares if name.startswith("bli_") and "generic" in name)
    print(f"\nnative profile of {2 * args.rounds} passes of {args.component} alone, with Lapwing's ops "
          f"(share of perf's samples):")
    print(f"  interpreter lock taken and released: {gil:.1f}% of samples")
    print(f"  blis generic reference kernels: {generic:.1f}% of samples")
    print("  hottest functions:")
    for share, name in shares[:12]:
        print(f"    {share:5.1f}%  {name}")
    if not shares:
        print("  (perf gave no samples)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--component", default="parser", help="a component of the bundled pipeline (default: parser)")
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--words", type=int, default=500, help="words per article (default: 500)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--perf", action="store_true", help="also profile below Python with Linux perf")
    parser.add_argument("--only-run", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    nlp, snapshots = tagged_docs(args.component, args.articles, args.words)
    if args.only_run:  # what --perf records: the component alone, with Lapwing's ops
        print("ready", flush=True)
        sys.stdin.readline()
        for _ in range(args.rounds * 2):
            run_once(nlp, args.component, snapshots)
        return 0
    compare_ops(nlp, args.component, snapshots, args.rounds)
    if args.perf:
        native_profile(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
