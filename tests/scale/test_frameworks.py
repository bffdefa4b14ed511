"""Workers of the bundled pipeline do not load PyTorch or CuPy (lapwing.scale.frameworks)."""
from __future__ import annotations

import sys

import pytest
from scale_fakes import article, frameworks_pipeline

from lapwing.config import load_config
from lapwing.scale.frameworks import UNUSED_BY_BUNDLED, frameworks_to_skip, skip_frameworks
from lapwing.scale.local import code_in_parallel


def seen_by_workers(config, workers=2):
    results = list(code_in_parallel((article(i) for i in range(12)), config=config, workers=workers,
                                    chunk_size=2, pipeline_factory=frameworks_pipeline))
    return {item for doc in results for item in doc.events[0].evidence}


def test_workers_of_the_bundled_pipeline_find_the_frameworks_absent():
    assert seen_by_workers(load_config()) == {f"{name}:blocked" for name in UNUSED_BY_BUNDLED}


@pytest.mark.parametrize("overrides", [{"pipeline.workers_load_torch": True},
                                       {"segment.model": "en_core_web_trf"}])
def test_workers_may_load_them_when_asked_or_for_another_spacy_pipeline(overrides):
    assert seen_by_workers(load_config(overrides=overrides)) == {f"{name}:free" for name in UNUSED_BY_BUNDLED}


def test_the_calling_process_is_left_alone():
    """One worker codes in the calling process, which belongs to the user: nothing is marked there."""
    before = {name: sys.modules.get(name, 0) for name in UNUSED_BY_BUNDLED}
    seen_by_workers(load_config(), workers=1)
    assert {name: sys.modules.get(name, 0) for name in UNUSED_BY_BUNDLED} == before


def test_a_stage_list_without_segment_skips_nothing():
    assert frameworks_to_skip(load_config(overrides={"pipeline.stages": ["actors"]})) == ()


def test_an_imported_module_is_never_marked(monkeypatch):
    monkeypatch.setitem(sys.modules, "lapwing_test_framework", object())
    monkeypatch.delitem(sys.modules, "lapwing_test_absent", raising=False)
    assert skip_frameworks(("lapwing_test_framework", "lapwing_test_absent")) == ["lapwing_test_absent"]
    assert sys.modules["lapwing_test_absent"] is None
    with pytest.raises(ImportError):
        __import__("lapwing_test_absent")
    monkeypatch.delitem(sys.modules, "lapwing_test_absent")


@pytest.mark.parametrize("own_process", [True, False])
def test_the_lapwing_command_skips_them_in_its_own_process_only(own_process, capsys):
    from lapwing.cli import main

    absent = [name for name in UNUSED_BY_BUNDLED if name not in sys.modules]
    if not absent:
        pytest.skip("PyTorch and CuPy are already imported in this test process")
    try:
        assert main(["info"], own_process=own_process) == 0
        marked = [name for name in absent if name in sys.modules and sys.modules[name] is None]
        assert marked == (absent if own_process else [])
    finally:
        for name in absent:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]
