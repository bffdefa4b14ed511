"""lapwing.limits.time_limit: interrupts a document over its limit, and cleans up after itself."""
from __future__ import annotations

import signal
import sys
import threading
import time

import pytest

from lapwing.errors import LapwingError
from lapwing.limits import DocumentTimeout, time_limit, time_limit_support

needs_alarm = pytest.mark.skipif(not time_limit_support()[0],
                                 reason="SIGALRM/setitimer is not available here")


def spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


@needs_alarm
def test_a_block_over_its_limit_raises_document_timeout_soon_after():
    started = time.monotonic()
    with pytest.raises(DocumentTimeout) as caught:
        with time_limit(0.2):
            spin(5)
    assert 0.19 <= time.monotonic() - started < 1.0
    assert isinstance(caught.value, LapwingError)
    assert str(caught.value) == "E410 document took longer than the time limit of 0.2 s"
    assert caught.value.seconds == 0.2


@needs_alarm
def test_a_block_within_its_limit_runs_and_leaves_no_timer_or_handler_behind():
    handler = signal.getsignal(signal.SIGALRM)
    with time_limit(5) as limit:
        spin(0.01)
    assert limit.enforced
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is handler
    spin(0.05)  # nothing fires later


@needs_alarm
def test_the_limit_is_per_block_so_a_batch_goes_on_after_a_timeout():
    outcomes = []
    for cost in (0.01, 3.0, 0.01):
        try:
            with time_limit(0.1):
                spin(cost)
            outcomes.append("coded")
        except DocumentTimeout:
            outcomes.append("timeout")
    assert outcomes == ["coded", "timeout", "coded"]


@needs_alarm
def test_an_outer_timer_is_kept_and_fires_on_time():
    fired = []

    def outer(signum, frame):
        fired.append(time.monotonic())

    previous = signal.signal(signal.SIGALRM, outer)
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.3)
        started = time.monotonic()
        with time_limit(5):
            spin(0.05)
        assert 0.1 < signal.getitimer(signal.ITIMER_REAL)[0] <= 0.26
        spin(0.5)
        assert len(fired) == 1 and 0.25 <= fired[0] - started < 0.5
        # An outer deadline inside the inner block: the outer handler runs, the inner goes on.
        fired.clear()
        signal.setitimer(signal.ITIMER_REAL, 0.05)
        with pytest.raises(DocumentTimeout):
            with time_limit(0.3):
                spin(2)
        assert len(fired) == 1
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_no_limit_and_off_the_main_thread_the_block_just_runs():
    with time_limit(None) as limit:
        pass
    assert not limit.enforced
    with time_limit(0) as limit:
        pass
    assert not limit.enforced
    seen = []

    def worker():
        with time_limit(0.05) as inner:
            spin(0.15)
        seen.append(inner)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert len(seen) == 1 and not seen[0].enforced
    assert "main thread" in seen[0].reason


@pytest.mark.parametrize("bad", [-1, float("nan"), "5", True])
def test_a_bad_limit_is_a_value_error(bad):
    with pytest.raises(ValueError, match="time limit"):
        with time_limit(bad):
            pass


@needs_alarm
def test_the_limit_interrupts_the_pipeline_on_a_pathological_document(pipeline):
    import datetime as dt

    from lapwing.model import Article

    article = Article(id="names", date=dt.date(2020, 5, 8), text="Russia " * 20_000)
    started = time.monotonic()
    with pytest.raises(DocumentTimeout):
        with time_limit(1.0):
            pipeline.run(article)
    # Late by at most one long call into spaCy; the next document codes normally.
    assert time.monotonic() - started < 6
    coded = pipeline.run(Article(id="ok", date=dt.date(2020, 5, 8),
                                 text="Russian troops attacked Ukraine on Monday."))
    assert coded.sentences


@needs_alarm
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_timeout_swallowed_inside_a_gc_callback_fires_again():
    import gc

    swallowed = []

    def slow_callback(phase, info):  # Python drops what a gc callback raises
        if phase == "start" and not swallowed:
            try:
                spin(0.3)
            finally:
                swallowed.append(True)

    # Python hands the dropped exception to sys.unraisablehook. pytest's own hook formats its
    # traceback there and then (reading source files through linecache), slowly enough for the
    # re-fired alarm to land inside the hook, which pytest then reports as an error of its own:
    # this test records the dropped exception with a hook that does nothing slow.
    dropped = []
    gc.callbacks.append(slow_callback)
    saved_hook = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: dropped.append(unraisable.exc_type)
    try:
        started = time.monotonic()
        with pytest.raises(DocumentTimeout):
            with time_limit(0.1):
                gc.collect()    # the first alarm fires inside the callback and is dropped
                spin(5)
        assert swallowed and time.monotonic() - started < 2.0
    finally:
        sys.unraisablehook = saved_hook
        gc.callbacks.remove(slow_callback)
    assert dropped and dropped[0] is DocumentTimeout
