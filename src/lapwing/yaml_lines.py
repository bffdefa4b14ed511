"""Reading Lapwing's YAML data files with the line of every mapping.

Every data file (actor dictionaries, event lexicons, role cues) is read with :class:`LineLoader`,
a safe loader that records the 1-based line of each mapping under ``__line__`` and keeps dates as
the text they were written as (the readers check them and name the line). It is built on
libyaml's parser (``yaml.CSafeLoader``) when PyYAML has it, as its wheels do, which reads these
files about ten times faster than the pure-Python parser; the nodes, values and error marks are
the same, and the pure-Python loader is used where libyaml is missing.
"""
from __future__ import annotations

from typing import Any

import yaml

#: The key under which a mapping's line is recorded.
LINE_KEY = "__line__"
_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineLoader(_BASE):  # type: ignore[misc, valid-type]
    """A safe YAML loader that records each mapping's line under :data:`LINE_KEY`."""


def _construct_mapping_with_line(loader: LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping[LINE_KEY] = node.start_mark.line + 1
    return mapping


def _construct_timestamp_as_text(loader: LineLoader, node: yaml.ScalarNode) -> str:
    return str(loader.construct_scalar(node))


LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping_with_line)
LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp_as_text)


def load_with_lines(text: str) -> Any:
    """Parse YAML ``text``, mappings carrying their line; raises ``yaml.YAMLError`` as PyYAML does."""
    return yaml.load(text, Loader=LineLoader)  # noqa: S506 - a safe loader


def compose(text: str) -> yaml.Node | None:
    """The YAML node tree of ``text`` (with line marks), by the same parser."""
    return yaml.compose(text, Loader=_BASE)
