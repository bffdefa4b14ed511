from __future__ import annotations

import io

from lapwing.scale.progress import progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_quiet_when_asked_or_not_on_a_terminal(monkeypatch):
    stream = io.StringIO()
    monkeypatch.setattr("sys.stderr", stream)
    assert list(progress(range(5))) == [0, 1, 2, 3, 4]
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert list(progress(range(5), quiet=True)) == [0, 1, 2, 3, 4]
    assert stream.getvalue() == "" and terminal.getvalue() == ""


def test_a_bar_with_count_and_unit_on_a_terminal(monkeypatch):
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert list(progress(iter(range(30)), total=30, unit="article")) == list(range(30))
    shown = terminal.getvalue()
    assert "30/30" in shown and "article/s" in shown
