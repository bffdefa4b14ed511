"""one_blas_thread holds OpenBLAS to one thread even when numpy is first loaded inside it."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
CHECK = """
import sys
sys.path.insert(0, {src!r})
from lapwing.scale.local import one_blas_thread
assert "numpy" not in sys.modules
with one_blas_thread():
    import numpy  # noqa: F401 - as a pipeline assembled inside the context loads it
    from threadpoolctl import threadpool_info
    print(max((pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"), default=1))
"""


def test_the_limit_reaches_a_blas_loaded_inside_the_context():
    pytest.importorskip("threadpoolctl")
    env = {"PATH": "/usr/bin:/bin", "OPENBLAS_NUM_THREADS": "2", "OMP_NUM_THREADS": "2"}
    out = subprocess.run([sys.executable, "-c", CHECK.format(src=str(SRC))], capture_output=True, text=True,
                         env=env, check=True)
    assert out.stdout.strip() == "1"
