"""Regression: random bad text whose sentences have gaps in their token numbers (whitespace and
control characters are not tokens) crashed the events stage's parse repairs, which walked a
sentence by counting numbers (a KeyError, so the article was rejected as a coding error). These
seeded fuzz files, found by the heavy rounds of scripts/reliability_report.py, now code to the end."""
from __future__ import annotations

import pytest
from reliability_corpus import generated_cases

from lapwing.config import load_config
from lapwing.model import Article

#: (seed, file numbers) of fuzz files that crashed before the fix
CRASHED = [(2140188135, (25, 143)), (4137125744, (3, 26)), (1304602151, (13, 28, 98))]


@pytest.fixture(scope="module")
def pipeline():
    from lapwing.pipeline import Pipeline

    return Pipeline.from_config(load_config())


@pytest.mark.parametrize("seed,numbers", CRASHED)
def test_gapped_fuzz_sentences_are_coded(pipeline, tmp_path, seed, numbers):
    from lapwing.run import read_articles

    wanted = {f"gen{seed}-{n}" for n in numbers}
    cases = [c for c in generated_cases(seed, max(numbers) + 1) if c.name.rsplit(".", 1)[0] in wanted]
    assert len(cases) == len(numbers)
    coded = 0
    for case in cases:
        path = tmp_path / case.name
        path.write_bytes(case.data)
        for item in read_articles([str(path)], config=load_config()):
            if isinstance(item, Article):
                doc = pipeline.run(item)
                assert "events.rules.v1" in doc.stages
                coded += 1
    assert coded >= len(numbers)
