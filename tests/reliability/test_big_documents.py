"""Huge documents: a megabyte of text, one 200,000-character sentence, a million repeated names.
Each is read, then coded or rejected within the per-document time limit; none crashes."""
from __future__ import annotations

import datetime as dt
import time

import pytest
from reliability_corpus import repeated_names
from reliability_harness import code_items

from lapwing.config import default_config
from lapwing.limits import time_limit_support
from lapwing.model import Article, Rejection
from lapwing.run import read_articles

needs_alarm = pytest.mark.skipif(not time_limit_support()[0],
                                 reason="the time limit needs SIGALRM/setitimer")
#: The limit the heavy rounds use, and how late a timeout may come (one long spaCy call).
HEAVY_LIMIT_S = 30.0
LATE_S = 30.0


def read_one(path, config):
    items = list(read_articles([str(path)], config=config))
    assert len(items) == 1
    return items[0]


@pytest.mark.parametrize("ending", [".txt", ".jsonl", ".csv"])
def test_a_million_repeated_names_is_rejected_as_too_long(ending, tmp_path):
    config = default_config()
    text = repeated_names(1_000_000)                   # 7,000,000 characters
    path = tmp_path / f"names{ending}"
    if ending == ".txt":
        path.write_text("date 2020-05-08 " + text)
    elif ending == ".jsonl":
        path.write_text('{"date": "2020-05-08", "text": "' + text + '"}\n')
    else:
        path.write_text("date,text\n2020-05-08," + text + "\n")
    started = time.monotonic()
    item = read_one(path, config)
    assert isinstance(item, Rejection) and item.reason == "too_long"
    assert len(item.record or "") <= 2000
    assert time.monotonic() - started < 10


def test_a_text_at_the_limit_is_read_and_one_over_it_is_not(tmp_path):
    config = default_config()
    limit = config["ingest"]["max_chars"]
    at_limit = repeated_names(limit // 7) + "x" * (limit % 7)
    assert len(at_limit) == limit
    (tmp_path / "at.txt").write_text("date 2020-05-08 " + at_limit)
    (tmp_path / "over.txt").write_text("date 2020-05-08 " + at_limit + "y")
    item = read_one(tmp_path / "at.txt", config)
    assert isinstance(item, Article) and len(item.text) == limit
    item = read_one(tmp_path / "over.txt", config)
    assert isinstance(item, Rejection) and item.reason == "too_long"


@needs_alarm
@pytest.mark.parametrize("text", [repeated_names(1_500), "word " * 4_000,
                                  "Russia attacked Ukraine and " * 400, "\"" * 1_000],
                         ids=["names-1500", "no-punctuation-20k", "one-long-sentence", "quotes"])
def test_small_versions_are_coded_well_within_the_limit(text, pipeline):
    article = Article(id="big", date=dt.date(2020, 5, 8), text=text)
    outcome = code_items([article], pipeline=pipeline, time_limit_s=20)
    assert outcome.errors == [] and outcome.coded == 1


@pytest.mark.heavy
@needs_alarm
@pytest.mark.parametrize("name", ["names-at-cap", "sentence-200k", "news-1mb"])
def test_huge_documents_are_coded_or_timed_out(name, pipeline, shared):
    texts = {
        "names-at-cap": lambda: repeated_names(1_000_000 // 7),
        "sentence-200k": lambda: ("word " * 40_000)[:200_000],
        "news-1mb": lambda: _news_megabyte(shared),
    }
    article = Article(id=name, date=dt.date(2020, 5, 8), text=texts[name]())
    outcome = code_items([article], pipeline=pipeline, time_limit_s=HEAVY_LIMIT_S)
    assert outcome.errors == []
    assert outcome.coded + outcome.rejected["timeout"] == 1
    assert outcome.slowest_s < HEAVY_LIMIT_S + LATE_S


def _news_megabyte(shared) -> str:
    seed = (shared / "examples" / "seed-article.txt").read_text().split(" ", 2)[2]
    return ((seed + "\n\n") * (1_000_000 // (len(seed) + 2) + 1))[:1_000_000]
