"""Coding on one machine with a pool of worker processes.

Each worker assembles the pipeline once (models, dictionaries, gazetteer) and codes chunks of
articles sent to it. The parent reads the input lazily and keeps at most ``max_in_flight`` chunks
out at a time, so memory does not grow with the number of articles, and it yields results in
input order. Workers are started with ``spawn`` (safe with threads, the same on Linux, macOS and
Windows); each is limited to one BLAS thread, so ``workers`` processes use ``workers`` cores,
and does not load PyTorch or CuPy when it runs the bundled pipeline (:mod:`lapwing.scale.frameworks`).
A worker sends a coded chunk back as field values (:mod:`lapwing.scale.transport`), slimmed first
to what the caller reads when it passes ``slim`` (:mod:`lapwing.scale.slim`).

A failure on one article becomes a :class:`~lapwing.model.Rejection` (reason ``coding_error``).
A worker that dies (out of memory, a crash in native code) is replaced; its chunk is retried one
article at a time and only the article that kills a worker again is rejected.
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice
from typing import Any

from ..config import Config
from ..errors import ConfigError
from ..model import Article, CodedArticle, Rejection
from ..pipeline import Pipeline
from .batch import code_chunk, coding_error, time_limit_of
from .slim import Slim
from .transport import dump_results, load_results, record_reducers

Item = Article | Rejection
Result = CodedArticle | Rejection
PipelineFactory = Callable[[Config], Pipeline]

#: Articles sent to a worker at a time (and parsed by spaCy in one ``nlp.pipe`` batch).
DEFAULT_CHUNK_SIZE = 8
#: Articles a worker process codes before it is replaced (``pipeline.worker_max_articles``).
DEFAULT_WORKER_MAX_ARTICLES = 50_000
#: Environment variables that cap the threads of the numerical libraries in a worker.
THREAD_LIMITS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS",
                 "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def code_in_parallel(items: Iterable[Item], *, config: Config, workers: int | None = None,
                     chunk_size: int = DEFAULT_CHUNK_SIZE, max_in_flight: int | None = None,
                     counts: Any = None, pipeline: Pipeline | None = None,
                     pipeline_factory: PipelineFactory | None = None,
                     slim: Slim | None = None) -> Iterator[Result]:
    """Code ``items`` (articles and rejections from a reader) with ``workers`` processes.

    Yields a :class:`CodedArticle` or :class:`Rejection` per item, in input order. ``workers=1``
    codes in this process (with ``pipeline`` when given, else one assembled from ``config``), and
    so does an input of at most ``workers * chunk_size`` items; ``None`` means every core. At
    most ``max_in_flight`` chunks of ``chunk_size`` items (default: two per worker) are read ahead.
    ``counts`` (a :class:`~lapwing.ingest.counts.RunCounts`) is updated as results are yielded.
    ``pipeline_factory`` (a picklable top-level function of the config) replaces
    ``Pipeline.from_config`` in the workers; tests use it. ``slim`` (a picklable top-level
    function, see :mod:`lapwing.scale.slim`) is applied to each coded article where it was coded,
    so that a worker sends back only what the caller reads.
    """
    workers = default_workers() if workers is None else workers
    _check_positive("workers", workers)
    _check_positive("chunk_size", chunk_size)
    max_in_flight = 2 * workers if max_in_flight is None else max_in_flight
    _check_positive("max_in_flight", max_in_flight)
    factory = pipeline_factory or assemble_pipeline
    return _code(iter(items), config=config, workers=workers, chunk_size=chunk_size,
                 max_in_flight=max_in_flight, counts=counts, pipeline=pipeline, factory=factory, slim=slim)


def _code(items: Iterator[Item], *, config: Config, workers: int, chunk_size: int, max_in_flight: int,
          counts: Any, pipeline: Pipeline | None, factory: PipelineFactory,
          slim: Slim | None) -> Iterator[Result]:
    # Starting workers costs seconds (each loads the pipeline): an input that fits in one chunk
    # per worker is coded here instead.
    head = list(islice(items, workers * chunk_size + 1)) if workers > 1 else []
    max_articles = worker_max_articles(config)
    if workers == 1 or len(head) <= workers * chunk_size:
        # a pipeline the caller gave is kept for the whole run; one assembled here is assembled
        # again after ``max_articles`` articles, as a worker would be replaced
        renewed = RenewedPipeline(lambda: factory(config), 0 if pipeline is not None else max_articles,
                                  pipeline=pipeline)
        stream = _code_here(chain(head, items), pipeline=renewed, chunk_size=chunk_size,
                            time_limit_s=time_limit_of(config), slim=slim)
    else:
        stream = _code_in_pool(chain(head, items), config=config, factory=factory, workers=workers,
                               chunk_size=chunk_size, max_in_flight=max_in_flight, slim=slim)
    for result in stream:
        if counts is not None:
            if isinstance(result, Rejection):
                counts.count_rejected(result)
            else:
                counts.count_coded()
        yield result


def assemble_pipeline(config: Config) -> Pipeline:
    """The pipeline a worker codes with: ``Pipeline.from_config(config)``."""
    return Pipeline.from_config(config)


def chunked(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Lists of ``size`` items (the last may be shorter), read lazily."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def worker_max_articles(config: Config) -> int:
    """``pipeline.worker_max_articles``: how many articles a process codes before it is replaced
    (0: never). Not a whole number of at least 0: a ``ConfigError`` (E220)."""
    value = config.get("pipeline", {}).get("worker_max_articles", DEFAULT_WORKER_MAX_ARTICLES)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigError(f"[pipeline] worker_max_articles must be a whole number of at least 0 (0: never "
                          f"replace a worker), got {value!r}", code="E220")
    return value


def tasks_per_worker(config: Config, chunk_size: int) -> int | None:
    """The chunks a worker codes before it is replaced (``max_tasks_per_child``), or None."""
    articles = worker_max_articles(config)
    return max(1, -(-articles // chunk_size)) if articles else None


def _check_positive(name: str, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{name} must be a positive integer, got {value!r}", code="E220")


class RenewedPipeline:
    """A pipeline that is assembled again after every ``max_articles`` articles it is given (0:
    kept for good), for a process that codes in itself: the old one is freed, and with it the
    room spaCy's tables grew to (``pipeline.worker_max_articles``). ``pipeline``: the first one,
    else assembled here."""

    def __init__(self, assemble: Callable[[], Pipeline], max_articles: int, *,
                 pipeline: Pipeline | None = None) -> None:
        self.assemble, self.max_articles, self.coded = assemble, max_articles, 0
        self.pipeline = pipeline if pipeline is not None else assemble()

    def for_articles(self, count: int) -> Pipeline:
        """The pipeline to code the next ``count`` articles with."""
        if self.max_articles and self.coded >= self.max_articles:
            self.pipeline, self.coded = self.assemble(), 0
        self.coded += count
        return self.pipeline


def _code_here(items: Iterable[Item], *, pipeline: RenewedPipeline, chunk_size: int,
               time_limit_s: float | None, slim: Slim | None) -> Iterator[Result]:
    for chunk in chunked(items, chunk_size):
        coder = pipeline.for_articles(len(chunk))
        with one_blas_thread():
            results = slimmed(code_chunk(coder, chunk, time_limit_s=time_limit_s), slim)
        yield from results


def one_blas_thread() -> Any:
    """A context in which this process's BLAS/OpenMP pools use one thread.

    spaCy's matrices are small: with OpenBLAS's default of one thread per core, the extra threads
    mostly spin, nearly doubling the CPU time for the same wall-clock time (docs/scale.md). The
    caller's own settings come back when the context ends. threadpoolctl limits only the pools
    of libraries already loaded, so numpy (whose OpenBLAS spaCy's layers use) is loaded first: a
    pipeline assembled inside the context would otherwise start OpenBLAS with a thread per core.
    """
    import importlib

    from threadpoolctl import threadpool_limits

    importlib.import_module("numpy")  # loads OpenBLAS, so that the limit reaches it
    return threadpool_limits(1)


def slimmed(results: list[Result], slim: Slim | None) -> list[Result]:
    """``results`` with ``slim`` applied to each coded article (rejections as they are)."""
    if slim is None:
        return results
    return [result if isinstance(result, Rejection) else slim(result) for result in results]


# -- the pool ---------------------------------------------------------------------------------

class _Pool:
    """A process pool that can be replaced when one of its workers dies."""

    def __init__(self, *, config: Config, factory: PipelineFactory, workers: int, slim: Slim | None,
                 chunk_size: int = DEFAULT_CHUNK_SIZE) -> None:
        self.config, self.factory, self.workers, self.slim = config, factory, workers, slim
        self.max_tasks = tasks_per_worker(config, chunk_size)
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        # a worker is replaced after ``max_tasks`` chunks (pipeline.worker_max_articles)
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_start_worker, initargs=(self.factory, self.config, self.slim),
                                   max_tasks_per_child=self.max_tasks)

    def submit(self, chunk: list[Item]) -> Future[bytes]:
        """Send ``chunk`` to a worker; the future's result is the coded chunk as
        :func:`~lapwing.scale.transport.dump_results` bytes."""
        try:
            return self.executor.submit(_code_in_worker, chunk)
        except BrokenProcessPool as exc:  # a worker died since the last submit: fail like the others
            failed: Future[bytes] = Future()
            failed.set_exception(exc)
            return failed

    def restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._start()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _code_in_pool(items: Iterable[Item], *, config: Config, factory: PipelineFactory, workers: int,
                  chunk_size: int, max_in_flight: int, slim: Slim | None) -> Iterator[Result]:
    chunks = chunked(items, chunk_size)
    pool = _Pool(config=config, factory=factory, workers=workers, slim=slim, chunk_size=chunk_size)
    # Chunks sent out, oldest first: (chunk, future, retried one article at a time?).
    pending: deque[tuple[list[Item], Future[bytes], bool]] = deque()
    try:
        while True:
            while len(pending) < max_in_flight:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending.append((chunk, pool.submit(chunk), False))
            if not pending:
                return
            chunk, future, single = pending[0]
            try:
                results = future.result()
            except BrokenProcessPool as exc:
                _recover(pool, pending, exc)
                continue
            pending.popleft()
            yield from load_results(results)
    finally:
        pool.close()


def _recover(pool: _Pool, pending: deque[tuple[list[Item], Future[bytes], bool]],
             exc: BrokenProcessPool) -> None:
    """A worker died while the oldest chunk was out: start a new pool and resend every chunk; the
    oldest is resent one article at a time. An article that was already alone is coded once more
    with nothing else in flight, and rejected only if it breaks a worker again."""
    chunk, _, single = pending.popleft()
    pool.restart()
    if single:
        retried = [(chunk, _alone(pool, chunk, exc), True)]
    else:
        retried = [([item], pool.submit([item]), True) for item in chunk]
    others = [(c, pool.submit(c), s) for c, _, s in pending]
    pending.clear()
    pending.extend(retried + others)


def _alone(pool: _Pool, chunk: list[Item], first: BrokenProcessPool) -> Future[bytes]:
    done: Future[bytes] = Future()
    try:
        done.set_result(pool.submit(chunk).result())
    except BrokenProcessPool as exc:
        pool.restart()
        reason = f"the worker process coding it stopped ({exc or first or 'no message'})"
        done.set_result(dump_results([coding_error(item, reason) if isinstance(item, Article) else item
                                      for item in chunk]))
    return done


# -- inside a worker process --------------------------------------------------------------------
# The pipeline lives in the worker process for its whole life; this holder is the one place a
# worker keeps it (set by the pool's initializer, never used in the parent).
_WORKER: dict[str, Any] = {}


def _start_worker(factory: PipelineFactory, config: Config, slim: Slim | None = None) -> None:
    from .frameworks import frameworks_to_skip, skip_frameworks

    limit_threads()
    skip_frameworks(frameworks_to_skip(config))
    _WORKER["pipeline"] = factory(config)
    _WORKER["time_limit_s"] = time_limit_of(config)
    _WORKER["slim"] = slim
    _WORKER["reducers"] = record_reducers()


def _code_in_worker(chunk: list[Item]) -> bytes:
    results = code_chunk(_WORKER["pipeline"], chunk, time_limit_s=_WORKER["time_limit_s"])
    return dump_results(slimmed(results, _WORKER["slim"]), reducers=_WORKER["reducers"])


def limit_threads() -> None:
    """One thread per numerical library in this process (several processes share the cores)."""
    for name in THREAD_LIMITS:
        os.environ.setdefault(name, "1")
    from threadpoolctl import threadpool_limits
    threadpool_limits(1)
