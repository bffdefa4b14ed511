"""Docs that cannot drift: the CLI reference, and every command and setting documented."""
from pathlib import Path

from lapwing.clidocs import cli_reference
from lapwing.config import default_config

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_cli_reference_matches_help():
    assert (DOCS / "cli.md").read_text(encoding="utf-8") == cli_reference(), (
        "docs/cli.md is out of date: run `python -m lapwing.clidocs > docs/cli.md`")


def test_every_setting_is_documented():
    text = (DOCS / "configuration.md").read_text(encoding="utf-8")
    missing = [f"{section}.{key}" for section, values in default_config().items()
               for key in values if f"`{section}.{key}`" not in text]
    assert not missing, f"settings missing from docs/configuration.md: {missing}"
