import pytest

from lapwing.datafiles import read_tsv_rows
from lapwing.errors import ResourceError


def test_rows_skip_comments_and_blank_lines_and_keep_line_numbers(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text("# a comment\nword\tkind\n\nfoo\ttitle\n# more\nbar\tfacility\n", encoding="utf-8")
    rows = list(read_tsv_rows(path, header=("word", "kind"), what="test words"))
    assert [(n, cells) for n, cells, _ in rows] == [(4, ["foo", "title"]), (6, ["bar", "facility"])]


def test_missing_header_names_file_and_line(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text("\nfoo\ttitle\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"t.tsv:2: the header must start with 'word<TAB>kind'"):
        list(read_tsv_rows(path, header=("word", "kind"), what="test words"))
    assert [n for n, _, _ in read_tsv_rows(path, header=("word", "kind"), what="w", header_optional=True)] == [2]


def test_unreadable_file_is_a_resource_error(tmp_path):
    with pytest.raises(ResourceError, match="cannot read test words"):
        list(read_tsv_rows(tmp_path / "absent.tsv", header=("a",), what="test words"))
