"""Closed classes of English words that more than one stage reads (kept here so the stages
agree: the actors stage runs before the geo stage and does not import from it)."""
from __future__ import annotations

#: Compass points, as words of their own or joined by a hyphen ("north-east").
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                           "southwest", "north-east", "north-west", "south-east", "south-west"})
