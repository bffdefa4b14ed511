"""lapwing.yaml_lines: the one YAML reader of the data files."""
from __future__ import annotations

import pytest
import yaml

from lapwing.yaml_lines import LINE_KEY, LineLoader, compose, load_with_lines


def test_mappings_carry_their_line_and_dates_stay_text():
    data = load_with_lines("- name: Libya\n  since: 2011-02-17\n- name: Egypt\n  codes: [EGY]\n")
    assert data == [{"name": "Libya", "since": "2011-02-17", LINE_KEY: 1},
                    {"name": "Egypt", "codes": ["EGY"], LINE_KEY: 3}]


def test_errors_carry_the_line():
    with pytest.raises(yaml.YAMLError) as exc:
        load_with_lines("- name: Libya\n- name: [Egypt\n")
    assert exc.value.problem_mark.line + 1 >= 2


def test_compose_gives_nodes_with_lines():
    root = compose("a:\n  - x\nb:\n  - y\n")
    assert [(key.value, key.start_mark.line + 1) for key, _ in root.value] == [("a", 1), ("b", 3)]


def test_libyaml_is_used_when_pyyaml_has_it():
    if getattr(yaml, "__with_libyaml__", False):
        assert issubclass(LineLoader, yaml.CSafeLoader)
    else:
        assert issubclass(LineLoader, yaml.SafeLoader)
