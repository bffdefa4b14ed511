"""Configuration: one file with every default (``default_config.toml``), validated on load.

A user file may override any key. Unknown sections and keys, and values of the wrong type, raise
:class:`ConfigError` naming the setting.
"""
from __future__ import annotations

import copy
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError

Config = dict[str, dict[str, Any]]


def default_config() -> Config:
    """The built-in configuration, freshly parsed (callers may modify their copy)."""
    text = resources.files("lapwing").joinpath("default_config.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def load_config(path: str | Path | None = None, *, overrides: dict[str, Any] | None = None) -> Config:
    """Defaults, then the file at ``path``, then ``overrides`` ("section.key" -> value)."""
    config = default_config()
    if path is not None:
        path = Path(path)
        try:
            user = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"config file {path} does not exist", code="E201") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}", code="E202") from None
        config = merge_config(config, user, origin=str(path))
    for dotted, value in (overrides or {}).items():
        section, _, key = dotted.partition(".")
        config = merge_config(config, {section: {key: value}}, origin="command line")
    return config


def parse_assignments(items: list[str]) -> dict[str, Any]:
    """``KEY=VALUE`` strings (a command line's ``--set``) as a dict; VALUE is read as JSON when it
    is JSON (``true``, ``3``, ``["a"]``), else kept as the string."""
    import json

    assignments: dict[str, Any] = {}
    for item in items:
        key, _, value = item.partition("=")
        try:
            assignments[key] = json.loads(value)
        except json.JSONDecodeError:
            assignments[key] = value
    return assignments


def merge_config(base: Config, user: dict[str, Any], *, origin: str) -> Config:
    """``base`` with ``user``'s values, checked against the defaults' keys and types."""
    merged = copy.deepcopy(base)
    for section, values in user.items():
        if section not in merged:
            raise ConfigError(
                f"{origin}: unknown section [{section}]; sections are {', '.join(merged)}",
                code="E203")
        if not isinstance(values, dict):
            raise ConfigError(f"{origin}: [{section}] must be a table", code="E204")
        for key, value in values.items():
            if key not in merged[section]:
                raise ConfigError(
                    f"{origin}: unknown setting {section}.{key}; "
                    f"settings are {', '.join(merged[section])}", code="E205")
            expected = type(merged[section][key])
            if expected is float and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
                raise ConfigError(
                    f"{origin}: {section}.{key} must be {expected.__name__}, "
                    f"got {type(value).__name__} {value!r}", code="E206")
            merged[section][key] = value
    return merged
