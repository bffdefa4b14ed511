"""Every rejection reason, with its exact message: bad input never raises, it is reported."""
from __future__ import annotations

import datetime as dt
import gzip

import pytest

from lapwing.config import default_config
from lapwing.ingest import Reader
from lapwing.ingest.fields import RECORD_CHARS, ReadOptions
from lapwing.ingest.readers import _read_stream, read_dated_text
from lapwing.model import Article, Rejection

OK = '"date": "2020-05-08", "text": "Fine."'

# (file name, content, reader settings, read options, reason, line, field, message after "path")
CASES = [
    ("a.jsonl", b'{"date": "2020-05-08", "text": "caf\xe9"}\n', {}, {}, "bad_encoding", 1, None,
     ":1: not valid UTF-8 (byte 0xe9 at byte 36 of the line: invalid continuation byte)"),
    ("a.txt", b"date 2020-05-08 Fine.\nBad \xff byte.\n", {}, {}, "bad_encoding", 2, None,
     ":2: not valid UTF-8 (byte 0xff at byte 5 of the line: invalid start byte)"),
    ("a.csv", b"date,text\n2020-05-08,\xc3(\n", {}, {}, "bad_encoding", 2, None,
     ":2: not valid UTF-8 (byte 0xc3 at byte 12 of the line: invalid continuation byte)"),
    ("a.jsonl", b'{"date": "2020-05-08", "text": "a\\ud800"}', {}, {}, "bad_encoding", 1, "text",
     ":1: field 'text': contains an unpaired surrogate '\\ud800' at character 2"),
    ("a.jsonl", b'{"date": "2020-05-08", "text": "x"\n', {}, {}, "bad_json", 1, None,
     ":1: not valid JSON (Expecting ',' delimiter at column 35)"),
    ("a.jsonl", b"[1, 2]\n", {}, {}, "bad_json", 1, None, ":1: is an array, not a JSON object"),
    ("a.jsonl", b'\n"text"\n', {}, {}, "bad_json", 2, None, ":2: is a string, not a JSON object"),
    ("a.jsonl", b'{"text": "No date."}', {}, {}, "missing_date", 1, "date",
     ":1: field 'date': missing (give a 'date' field, or a default date with --date)"),
    ("a.csv", b"id,text\nx,No date.\n", {}, {}, "missing_date", 2, "date",
     ":2: field 'date': missing (give a 'date' field, or a default date with --date)"),
    ("a.txt", b"\n\nNo date line here.\n", {}, {}, "missing_date", 3, "date",
     ":3: field 'date': the file does not start with a 'date YYYY-MM-DD' line (add one, or give "
     "a default date with --date)"),
    ("a.jsonl", b'{"date": "2020-02-30", "text": "x"}', {}, {}, "bad_date", 1, "date",
     ":1: field 'date': '2020-02-30' is not a valid date (day is out of range for month)"),
    ("a.jsonl", b'{"published_at": "May 8", "text": "x"}', {}, {}, "bad_date", 1, "published_at",
     ":1: field 'published_at': 'May 8' is not a date (expected YYYY-MM-DD or an ISO 8601 "
     "date-time)"),
    ("a.jsonl", b'{"date": "2020-05-08T25:00", "text": "x"}', {}, {}, "bad_date", 1, "date",
     ":1: field 'date': '2020-05-08T25:00' is not a valid date-time (expected ISO 8601, e.g. "
     "2020-05-08T14:30:00+02:00)"),
    ("a.txt", b"date 2020-13-01 Text.", {}, {}, "bad_date", 1, "date",
     ":1: field 'date': '2020-13-01' is not a valid date (month must be in 1..12)"),
    ("a.jsonl", b'{"date": "1850-01-01", "text": "x"}', {}, {}, "date_out_of_range", 1, "date",
     ":1: field 'date': 1850-01-01 is outside the accepted range 1900-01-01 to 2100-12-31 "
     "(settings ingest.min_date and ingest.max_date)"),
    ("a.txt", b"date 2020-05-08 x", {"min_date": "2021-01-01"}, {}, "date_out_of_range", 1,
     "date", ":1: field 'date': 2020-05-08 is outside the accepted range 2021-01-01 to "
     "2100-12-31 (settings ingest.min_date and ingest.max_date)"),
    ("a.jsonl", b'{"date": "2020-05-08", "text": " \\n\\t"}', {}, {}, "empty_text", 1, "text",
     ":1: field 'text': contains only whitespace"),
    ("a.csv", b"date,text\n2020-05-08,\n", {}, {}, "empty_text", 2, "text",
     ":2: field 'text': is empty"),
    ("a.txt", b"date 2020-05-08   \n\n  \n", {}, {}, "empty_text", 1, "text",
     ":1: field 'text': is empty"),
    ("a.txt", b"\n \n", {}, {"date": dt.date(2020, 5, 8)}, "empty_text", None, "text",
     ": field 'text': the file has no text"),
    ("a.jsonl", b'{"date": "2020-05-08", "text": "12345678901"}', {"max_chars": 10}, {},
     "too_long", 1, "text",
     ":1: field 'text': 11 characters, more than the limit of 10 (setting ingest.max_chars)"),
    ("a.txt", b"date 2020-05-08 123456\n78901\n", {"max_chars": 10}, {}, "too_long", 1, "text",
     ":1: field 'text': longer than the limit of 10 characters (setting ingest.max_chars)"),
    ("a.jsonl", b"{" + b" " * 70000 + b"}\n" + b'{' + OK.encode() + b'}', {"max_chars": 10}, {},
     "too_long", 1, None,
     ":1: line longer than 65596 bytes (limit from setting ingest.max_chars)"),
    ("a.jsonl", b'{"date": "2020-05-08", "text": 5}', {}, {}, "bad_field", 1, "text",
     ":1: field 'text': must be a string, got number 5"),
    ("a.jsonl", b'{"date": 20200508, "text": "x"}', {}, {}, "bad_field", 1, "date",
     ":1: field 'date': must be a string like '2020-05-08', got number 20200508"),
    ("a.jsonl", b'{"date": "2020-05-08", "text": "x", "title": ["a"]}', {}, {}, "bad_field", 1,
     "title", ":1: field 'title': must be a string, got array ['a']"),
    ("a.jsonl", b'{"id": {}, "date": "2020-05-08", "text": "x"}', {}, {}, "bad_field", 1, "id",
     ":1: field 'id': must be a string or an integer, got object {}"),
    ("a.jsonl", b'{"date": "2020-05-08", "text": null}', {}, {}, "missing_text", 1, "text",
     ":1: field 'text': missing"),
    ("a.json", b'[\n  {"date": "2020-05-08", "text": "x"}\n]\n', {}, {}, "unsupported_format",
     1, None, ":1: a JSON document spread over several lines; Lapwing reads JSON Lines (one "
     "JSON object per line)"),
    ("a.csv", b"date,text\n2020-05-08,a,b\n", {}, {}, "bad_csv", 2, None,
     ":2: record has 3 fields, the header has 2"),
    ("a.csv", b"date,text\n2020-05-08,a\rb\n", {}, {}, "bad_csv", 2, None,
     ":2: not valid CSV (new-line character seen in unquoted field - do you need to open the "
     "file in universal-newline mode?)"),
    ("a.csv", b"date,body\n2020-05-08,a\n", {}, {}, "bad_header", 1, None,
     ":1: the header has no 'text' column (columns: date, body); the file is not read"),
    # a quoted column name with a line break is shown on one line (found by the property test)
    ("a.csv", b'"date\nx",body\n2020-05-08,a\n', {}, {}, "bad_header", 1, None,
     ":1: the header has no 'text' column (columns: date x, body); the file is not read"),
    ("a.txt.gz", b"date 2020-05-08 not zipped", {}, {}, "bad_gzip", None, None,
     ": not a valid gzip file (Not a gzipped file (b'da'))"),
]


def make_reader(**settings) -> Reader:
    config = default_config()
    return Reader({**config["ingest"], **settings}, config)


@pytest.mark.parametrize(("name", "data", "settings", "options", "reason", "line", "field",
                          "message"), CASES, ids=[f"{c[4]}-{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_rejection_reason_and_message(tmp_path, name, data, settings, options, reason, line,
                                      field, message):
    path = tmp_path / name
    path.write_bytes(data)
    rejected = [item for item in make_reader(**settings).read([str(path)], **options)
                if isinstance(item, Rejection)]
    assert rejected, "expected a rejection"
    first = rejected[0]
    assert (first.reason, first.message, first.path, first.line, first.field) == (
        reason, f"{path}{message}", str(path), line, field)


def test_rejection_keeps_the_raw_record_truncated(tmp_path):
    path = tmp_path / "a.jsonl"
    raw = '{"date": "2020-02-30", "text": "' + "x" * 5000 + '"}'
    path.write_text(raw + "\n", encoding="utf-8")
    [rejected] = make_reader().read([str(path)])
    assert rejected.record == raw[:RECORD_CHARS]


def test_csv_rejection_keeps_the_whole_multiline_record(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(b'date,text\n2020-02-30,"two\nlines"\n')
    [rejected] = make_reader().read([str(path)])
    assert (rejected.line, rejected.record) == (2, '2020-02-30,"two\nlines"')


def test_truncated_gzip_keeps_what_was_read_and_reports_where_it_broke(tmp_path):
    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(gzip.compress((("{" + OK + "}\n") * 3000).encode())[:-20])
    items = list(make_reader().read([str(path)]))
    *articles, rejected = items
    assert len(articles) > 1000 and all(isinstance(a, Article) for a in articles)
    assert (rejected.reason, rejected.line) == ("bad_gzip", len(articles) + 1)
    assert rejected.message == (f"{path}:{len(articles) + 1}: not a valid gzip file (Compressed "
                                "file ended before the end-of-stream marker was reached)")


def test_not_found():
    [rejected] = make_reader().read(["no/such/file.jsonl"])
    assert rejected == Rejection(reason="not_found", path="no/such/file.jsonl",
                                 message="no/such/file.jsonl: no such file or directory")


def test_a_name_too_long_is_a_rejection():
    name = "x" * 5000
    [rejected] = make_reader().read(name)  # a single name is read as a list of one
    assert (rejected.reason, rejected.message) == (
        "unreadable", f"{name}: cannot be read (File name too long)")


def test_unreadable_stream_is_a_rejection():
    def opener():
        raise PermissionError(13, "Permission denied")

    options = ReadOptions(max_chars=10, min_date=dt.date(1900, 1, 1), max_date=dt.date(2100, 1, 1))
    [rejected] = _read_stream(opener, read_dated_text, name="locked.txt", gzipped=False,
                              options=options)
    assert (rejected.reason, rejected.message) == (
        "unreadable", "locked.txt: cannot be read (Permission denied)")


def test_reading_goes_on_after_each_bad_record(tmp_path):
    lines = [b'{' + OK.encode() + b'}', b"{broken", b"[]", b'{"text": "x"}', b"\xff",
             b'{"date": "2020-02-30", "text": "x"}', b'{' + OK.encode() + b'}']
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"\n".join(lines))
    items = list(make_reader().read([str(path)]))
    assert [getattr(i, "reason", "article") for i in items] == [
        "article", "bad_json", "bad_json", "missing_date", "bad_encoding", "bad_date", "article"]
    assert [i.line if isinstance(i, Rejection) else None for i in items][1:6] == [2, 3, 4, 5, 6]


def test_csv_goes_on_after_a_bad_line(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(b"date,text\n2020-05-08,\xff\n2020-05-08,After.\n")
    items = list(make_reader().read([str(path)]))
    assert [getattr(i, "reason", None) for i in items] == ["bad_encoding", None]
    assert isinstance(items[1], Article) and items[1].origin == f"{path}:3"


def test_csv_record_too_long_stops_the_file(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(b'date,text\n2020-05-08,"' + b"x\n" * 40000 + b'"\n2020-05-08,After.\n')
    items = list(make_reader(max_chars=10).read([str(path)]))
    assert [(i.reason, i.line) for i in items] == [("too_long", 2)]
    assert items[0].message == (f"{path}:2: record longer than 65556 characters (limit from "
                                "setting ingest.max_chars); the rest of the file is not read")


@pytest.mark.parametrize(("settings", "message"), [
    ({"min_date": "2020-13-01"}, "E207 ingest.min_date must be a date like 1900-01-01, got "
                                 "'2020-13-01'"),
    ({"min_date": "2020-01-01", "max_date": "2019-01-01"},
     "E207 ingest.min_date (2020-01-01) is after ingest.max_date (2019-01-01)"),
    ({"max_chars": 0}, "E207 ingest.max_chars must be a positive integer, got 0"),
])
def test_bad_settings_raise_config_error(settings, message):
    from lapwing.errors import ConfigError

    with pytest.raises(ConfigError) as caught:
        make_reader(**settings)
    assert str(caught.value) == message
