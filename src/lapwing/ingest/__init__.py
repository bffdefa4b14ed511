"""Ingest: sources (dated text, JSON Lines, CSV; files, directories, gzip, standard input) in,
:class:`~lapwing.model.Article` records out, and a :class:`~lapwing.model.Rejection` for every
document that cannot be read. See ``docs/input-formats.md``."""
from .counts import RunCounts, write_rejects
from .readers import Reader

__all__ = ["Reader", "RunCounts", "write_rejects"]
