"""Ray Data route: the same pipeline on a local Ray instance (2 CPUs), events written as Parquet."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ray = pytest.importorskip("ray", reason="Ray is not installed (pip install \"lapwing[ray]\")")
pytest.importorskip("ray.data", reason="Ray Data is not installed (pip install \"lapwing[ray]\")")
duckdb = pytest.importorskip("duckdb", reason="DuckDB is not installed")

from lapwing.config import load_config  # noqa: E402
from lapwing.model import Article, CodedArticle  # noqa: E402
from lapwing.run import read_articles  # noqa: E402
from lapwing.scale.local import code_in_parallel  # noqa: E402
from lapwing.scale.parquet import event_row  # noqa: E402
from lapwing.scale.ray_engine import run_ray  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def test_ray_writes_the_same_events_as_the_local_run(local_ray, tmp_path):
    config = load_config()
    summary = run_ray([str(EXAMPLES), str(tmp_path / "missing.txt")], out_dir=tmp_path / "out",
                      config=config, num_workers=2)
    local = [doc for doc in code_in_parallel(read_articles([str(EXAMPLES)], config=config), config=config,
                                             workers=1) if isinstance(doc, CodedArticle)]
    expected = sorted((event_row(e) for doc in local for e in doc.events), key=lambda row: row["id"])
    assert summary["coded"] == len(local)
    assert summary["rejected_by_reason"] == {"not_found": 1}
    assert summary["events"] == len(expected) > 0

    rows = duckdb.sql(f"SELECT * FROM read_parquet('{summary['events_path']}/*.parquet') ORDER BY id")
    columns = rows.columns
    found = [dict(zip(columns, row)) for row in rows.fetchall()]
    assert found == expected
    actors = duckdb.sql(f"SELECT count(*) FROM read_parquet('{summary['events_path']}/*.parquet') "
                        "WHERE json_array_length(actor) > 0").fetchall()[0][0]
    assert actors == sum(1 for row in expected if json.loads(row["actor"]))
    rejections = f"{summary['rejections_path']}/*.parquet"
    reasons = duckdb.sql(f"SELECT reason FROM read_parquet('{rejections}')").fetchall()
    assert reasons == [("not_found",)]


def test_standard_input_is_refused(local_ray, tmp_path):
    from lapwing.errors import ConfigError

    with pytest.raises(ConfigError, match="E221 standard input cannot be read by Ray workers"):
        run_ray(["-"], out_dir=tmp_path, config=load_config())


def test_an_actor_assembles_its_pipeline_again_after_its_share():
    """pipeline.worker_max_articles in a Ray actor (called here in this process): after its share
    of articles the actor codes with a new pipeline, and codes the same."""
    import pyarrow as pa

    from lapwing.scale.ray_engine import ArticleCoder

    records = [json.dumps(a.to_dict()) for a in read_articles([str(EXAMPLES)], config=load_config())
               if isinstance(a, Article)][:2]
    batch = pa.table({"kind": ["article"] * len(records), "record": records})
    coder = ArticleCoder(load_config(overrides={"pipeline.worker_max_articles": len(records)}))
    first, pipeline = coder(batch), coder.pipeline
    second = coder(batch)
    assert coder.pipeline is not pipeline
    assert first.column("events").to_pylist() == second.column("events").to_pylist()
