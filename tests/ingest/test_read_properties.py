"""Property tests: any bytes given as a file never raise, and articles survive a JSON round trip."""
from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lapwing.config import default_config
from lapwing.ingest import Reader
from lapwing.model import Article, Rejection

FILE_NAMES = ["a.txt", "a.jsonl", "a.csv", "a.json", "a.news", "a.txt.gz", "a.jsonl.gz",
              "a.csv.gz"]
FIELD_NAMES = ["id", "date", "published_at", "text", "title", "url", "source", "other"]
PROPERTY_SETTINGS = settings(max_examples=150, deadline=None,
                             suppress_health_check=[HealthCheck.function_scoped_fixture])

# Bytes that look a little like the real formats, so the parsers get past their first checks.
shaped_bytes = st.lists(
    st.one_of(
        st.binary(max_size=40),
        st.sampled_from([b"\n", b"\r\n", b"date 2020-05-08 ", b"date 2020-02-30 ", b"{", b"}",
                         b'"text": "x"', b'"date": "2020-05-08", ', b",", b'"', b"date,text\n",
                         b"\xef\xbb\xbf", b"\xff", b"\xc3", b"[", b" ", b"\\ud800"]),
    ), max_size=30,
).map(b"".join)


def make_reader(**overrides) -> Reader:
    config = default_config()
    return Reader({**config["ingest"], **overrides}, config)


def _non_blank_lines(data: bytes) -> int:
    count = 0
    for number, raw in enumerate(data.split(b"\n")):
        if number == 0 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            count += bool(raw.decode("utf-8").strip())
        except UnicodeDecodeError:
            count += 1
    return count


@PROPERTY_SETTINGS
@given(data=st.one_of(st.binary(max_size=300), shaped_bytes), name=st.sampled_from(FILE_NAMES),
       default_date=st.one_of(st.none(), st.just(dt.date(2020, 1, 1))))
def test_any_bytes_as_a_file_never_raise(tmp_path_factory, data, name, default_date):
    path = tmp_path_factory.mktemp("any") / name
    path.write_bytes(data)
    items = list(make_reader(max_chars=50).read([str(path)], date=default_date))
    assert all(isinstance(item, (Article, Rejection)) for item in items)
    if name.endswith(".gz"):
        assert len(items) == 1 and items[0].reason == "bad_gzip" or not data
    elif name.endswith((".txt", ".news")):
        assert len(items) == 1
    elif name.endswith((".jsonl", ".json")):
        assert (len(items) >= 1) == (_non_blank_lines(data) >= 1)
        assert len(items) <= _non_blank_lines(data)
    for item in items:
        if isinstance(item, Rejection):
            assert item.message.startswith(str(path)) and "\n" not in item.message


@PROPERTY_SETTINGS
@given(data=shaped_bytes, name=st.sampled_from(["a.txt", "a.jsonl", "a.csv"]))
def test_gzip_reads_the_same_as_plain(tmp_path_factory, data, name):
    folder = tmp_path_factory.mktemp("gz")
    (folder / name).write_bytes(data)
    (folder / (name + ".gz")).write_bytes(gzip.compress(data))
    plain = [i.to_dict() for i in make_reader().read([str(folder / name)])]
    zipped = [i.to_dict() for i in make_reader().read([str(folder / (name + ".gz"))])]
    text = json.dumps(zipped).replace(str(folder / (name + ".gz")), str(folder / name))
    assert json.loads(text) == plain


@PROPERTY_SETTINGS
@given(data=st.one_of(st.binary(max_size=300), shaped_bytes))
def test_any_bytes_on_stdin_never_raise(monkeypatch, data):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    items = list(make_reader(max_chars=50).read(["-"]))
    assert all(isinstance(item, (Article, Rejection)) for item in items)


json_values = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                        st.text(max_size=30), st.sampled_from(["2020-05-08", "2020-02-30",
                                                               "2020-05-08T10:00:00+02:00",
                                                               "1850-01-01", " "]),
                        st.lists(st.integers(), max_size=2),
                        st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))


@PROPERTY_SETTINGS
@given(records=st.lists(st.dictionaries(st.sampled_from(FIELD_NAMES), json_values), max_size=8))
def test_every_json_record_gives_one_article_or_rejection(tmp_path_factory, records):
    path = tmp_path_factory.mktemp("records") / "a.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    items = list(make_reader(max_chars=20).read([str(path)]))
    assert len(items) == len(records)
    for number, item in enumerate(items, start=1):
        where = item.origin if isinstance(item, Article) else f"{item.path}:{item.line}"
        assert where == f"{path}:{number}"


article_texts = st.text(min_size=1, max_size=200).filter(lambda t: t.strip())
optional_texts = st.one_of(st.none(), st.text(min_size=1, max_size=20).filter(lambda t: t.strip()
                                                                              == t))


@PROPERTY_SETTINGS
@given(text=article_texts, date=st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)),
       article_id=st.one_of(st.none(), st.text(alphabet="abc123-", min_size=1, max_size=10)),
       title=optional_texts, source=optional_texts)
def test_json_lines_round_trip(tmp_path_factory, text, date, article_id, title, source):
    text = text.encode("utf-8", errors="replace").decode("utf-8")
    record = {"id": article_id, "date": date.isoformat(), "text": text, "title": title,
              "source": source}
    path = tmp_path_factory.mktemp("round") / "a.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    [article] = make_reader().read([str(path)])
    assert isinstance(article, Article), article
    assert (article.date, article.text, article.title, article.source) == (date, text, title,
                                                                           source)
    if article_id is not None:
        assert article.id == article_id
