"""Training recipe for Lapwing's bundled English spaCy pipeline (``en_lapwing_news``).

See :mod:`lapwing.segment.training.train` and ``syntax.cfg``.
"""

from __future__ import annotations

__all__ = ["train_syntax", "main"]


def __getattr__(name: str):
    if name in __all__:
        from . import train

        return getattr(train, name)
    raise AttributeError(name)
