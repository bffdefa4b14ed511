"""Reading each input format, directories, gzip and standard input into articles."""
from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from lapwing.config import default_config
from lapwing.ingest import Reader
from lapwing.ingest.fields import content_id
from lapwing.model import Article, Rejection

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEED = SHARED / "examples" / "seed-article.txt"


def make_reader(**settings) -> Reader:
    config = default_config()
    return Reader({**config["ingest"], **settings}, config)


def read_one_file(tmp_path: Path, name: str, data: str | bytes, **options) -> list:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return list(make_reader().read([str(path)], **options))


def test_reader_declares_its_stage_shape():
    reader = make_reader()
    assert reader.name == "ingest.readers.v1"
    assert reader.requires == ()
    assert reader.assigns == ("article",)
    info = reader.info()
    assert info["max_chars"] == 1_000_000
    assert info["min_date"] == "1900-01-01" and info["max_date"] == "2100-12-31"
    assert info["formats"][".jsonl"] == "json_lines"


def test_registered_under_its_versioned_name():
    from lapwing.registry import default_registry

    config = default_config()
    factory = default_registry().get("ingest", "ingest.readers.v1")
    assert isinstance(factory(config["ingest"], config), Reader)


@pytest.mark.skipif(not SEED.exists(), reason="../shared (development data) is absent")
def test_reads_the_seed_article():
    [article] = make_reader().read([str(SEED)])
    assert isinstance(article, Article)
    assert article.date == dt.date(2020, 5, 8)
    assert article.text.startswith("The US does not support")
    assert article.origin == f"{SEED}:1"
    assert article.id == content_id(article.date, article.text)


def test_dated_text_on_the_date_line_and_following_lines(tmp_path):
    [article] = read_one_file(tmp_path, "a.txt", "\n  date 2020-05-08 First line.\r\n\r\nSecond.\n\n")
    assert article == Article(id=content_id(dt.date(2020, 5, 8), "First line.\n\nSecond."),
                              date=dt.date(2020, 5, 8), text="First line.\n\nSecond.",
                              origin=f"{tmp_path / 'a.txt'}:2")


def test_dated_text_starting_on_the_next_line(tmp_path):
    [article] = read_one_file(tmp_path, "a.txt", "date 2020-05-08\n\n  Body text.\n")
    assert article.text == "Body text."


def test_dated_text_keeps_a_utf8_bom_out(tmp_path):
    [article] = read_one_file(tmp_path, "a.txt", b"\xef\xbb\xbfdate 2020-05-08 Caf\xc3\xa9.")
    assert article.text == "Café."


def test_date_line_may_be_an_iso_datetime(tmp_path):
    [article] = read_one_file(tmp_path, "a.txt", "date 2020-05-08T23:30:00-05:00 Text.")
    assert article.date == dt.date(2020, 5, 8)


def test_unknown_ending_named_explicitly_is_read_as_dated_text(tmp_path):
    [article] = read_one_file(tmp_path, "story.news", "date 2020-05-08 Text.")
    assert article.text == "Text."


def test_plain_text_uses_the_given_date(tmp_path):
    [article] = read_one_file(tmp_path, "plain.txt", "Just a report.\nMore.\n",
                              date=dt.date(2021, 1, 2))
    assert (article.date, article.text) == (dt.date(2021, 1, 2), "Just a report.\nMore.")


def test_a_date_line_wins_over_the_given_date(tmp_path):
    [article] = read_one_file(tmp_path, "a.txt", "date 2020-05-08 Text.", date=dt.date(2021, 1, 2))
    assert article.date == dt.date(2020, 5, 8)


def test_json_lines_with_all_fields(tmp_path):
    records = [
        {"id": "r1", "date": "2020-05-08", "text": "One.", "title": "T", "url": "http://x",
         "source": "Reuters", "extra": [1]},
        {"published_at": "2020-05-08T23:30:00+09:00", "text": "Two."},
        {"id": 7, "date": "2020-05-09T01:00:00Z", "text": "Three.", "title": None},
    ]
    data = "\n".join(json.dumps(r) for r in records[:2]) + "\n\n" + json.dumps(records[2]) + "\n"
    one, two, three = read_one_file(tmp_path, "news.jsonl", data)
    path = tmp_path / "news.jsonl"
    assert one == Article(id="r1", date=dt.date(2020, 5, 8), text="One.", title="T",
                          url="http://x", source="Reuters", origin=f"{path}:1")
    assert two.date == dt.date(2020, 5, 8) and two.id == content_id(two.date, "Two.")
    assert (three.id, three.date, three.origin) == ("7", dt.date(2020, 5, 9), f"{path}:4")


@pytest.mark.parametrize("name", ["news.ndjson", "news.json"])
def test_other_json_lines_endings(tmp_path, name):
    [article] = read_one_file(tmp_path, name, '{"date": "2020-05-08", "text": "One."}\n')
    assert article.text == "One."


def test_json_record_without_date_uses_the_given_date(tmp_path):
    [article] = read_one_file(tmp_path, "a.jsonl", '{"text": "One."}', date=dt.date(2020, 1, 1))
    assert article.date == dt.date(2020, 1, 1)


def test_csv_with_quoted_multiline_field_reports_its_starting_line(tmp_path):
    data = ('id,Date,text,title\r\n'
            'c1,2020-05-08,"First, with a comma",Headline\r\n'
            '\r\n'
            ',2020-05-09,"Spans\r\ntwo lines ""quoted""",\r\n'
            'c3,2020-05-10,Plain,\r\n')
    one, two, three = read_one_file(tmp_path, "news.csv", data)
    path = tmp_path / "news.csv"
    assert one == Article(id="c1", date=dt.date(2020, 5, 8), text="First, with a comma",
                          title="Headline", origin=f"{path}:2")
    assert two.text == 'Spans\r\ntwo lines "quoted"' and two.title is None
    assert two.origin == f"{path}:4" and two.id == content_id(two.date, two.text)
    assert three.origin == f"{path}:6"


def test_gzip_files_of_each_format(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(b"date 2020-05-08 Zipped text."))
    (tmp_path / "b.jsonl.gz").write_bytes(
        gzip.compress(b'{"date": "2020-05-08", "text": "Zipped line."}\n'))
    (tmp_path / "c.csv.gz").write_bytes(gzip.compress(b"date,text\n2020-05-08,Zipped row.\n"))
    texts = [a.text for a in make_reader().read([str(tmp_path / n) for n in
                                                 ("a.txt.gz", "b.jsonl.gz", "c.csv.gz")])]
    assert texts == ["Zipped text.", "Zipped line.", "Zipped row."]


def test_directory_is_read_recursively_in_sorted_order_skipping_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "2.txt").write_text("date 2020-05-08 B two.", encoding="utf-8")
    (tmp_path / "b" / "1.jsonl").write_text('{"date": "2020-05-08", "text": "B one."}',
                                            encoding="utf-8")
    (tmp_path / "a.txt").write_text("date 2020-05-08 A.", encoding="utf-8")
    (tmp_path / "c.csv").write_text("date,text\n2020-05-08,C.\n", encoding="utf-8")
    (tmp_path / ".secret.txt").write_text("date 2020-05-08 Hidden.", encoding="utf-8")
    (tmp_path / ".hidden" / "x.txt").write_text("date 2020-05-08 Hidden.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("# notes", encoding="utf-8")
    items = list(make_reader().read([str(tmp_path)]))
    assert [getattr(i, "text", None) for i in items] == ["A.", "B one.", "B two.", "C.", None]
    assert items[1].origin == f"{tmp_path / 'b' / '1.jsonl'}:1"
    assert items[4] == Rejection(
        reason="unsupported_format", path=str(tmp_path / "notes.md"),
        message=f"{tmp_path / 'notes.md'}: not a known input format (known endings: .txt, .text, "
                ".jsonl, .ndjson, .json, .csv, each optionally followed by .gz)")


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_json_lines_is_sniffed(monkeypatch):
    _stdin(monkeypatch, b'\n{"date": "2020-05-08", "text": "One."}\n{"date": "2020-05-08", '
                        b'"text": "Two."}\n')
    one, two = make_reader().read(["-"])
    assert (one.text, one.origin, two.origin) == ("One.", "<stdin>:2", "<stdin>:3")


def test_stdin_dated_text_is_sniffed(monkeypatch):
    _stdin(monkeypatch, b"date 2020-05-08 From a pipe.\n")
    [article] = make_reader().read(["-"])
    assert (article.text, article.origin) == ("From a pipe.", "<stdin>:1")


def test_stdin_replaced_by_a_text_stream(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("date 2020-05-08 Text stream."))
    [article] = make_reader().read(["-"])
    assert article.text == "Text stream."


def test_ids_are_stable_across_runs_and_readers(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"date": "2020-05-08", "text": "Same text."}\n', encoding="utf-8")
    first = [a.id for a in make_reader().read([str(path)])]
    second = [a.id for a in make_reader(max_chars=50).read([path])]
    assert first == second == ["0eafea1a93eaeb32"]
    assert content_id(dt.date(2020, 5, 8), "Same text.") == "0eafea1a93eaeb32"


def test_a_bad_record_does_not_stop_the_batch(tmp_path):
    data = '{"date": "2020-05-08", "text": "One."}\n{broken\n{"date": "2020-05-08", "text": "Two."}\n'
    (tmp_path / "a.jsonl").write_text(data, encoding="utf-8")
    items = list(make_reader().read([str(tmp_path / "missing.txt"), str(tmp_path / "a.jsonl")]))
    assert [type(i).__name__ for i in items] == ["Rejection", "Article", "Rejection", "Article"]


def test_big_file_is_streamed(tmp_path):
    path = tmp_path / "big.jsonl"
    line = json.dumps({"date": "2020-05-08", "text": "x" * 1000}) + "\n"
    with open(path, "w", encoding="utf-8") as out:
        for _ in range(2000):
            out.write(line)
    items = make_reader().read([str(path)])
    first = next(items)   # available before the rest of the file is read
    assert first.origin == f"{path}:1"
    assert sum(1 for _ in items) == 1999
