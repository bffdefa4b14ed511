"""Closed classes of English words that more than one stage reads (kept here so the stages
agree: the actors stage runs before the geo stage and does not import from it)."""
from __future__ import annotations

import calendar

#: Compass points, as words of their own or joined by a hyphen ("north-east").
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                           "southwest", "north-east", "north-west", "south-east", "south-west"})

#: Units of a distance that places a name ("Samashki, 35 kilometers west of ... Grozny").
DISTANCE_UNITS = frozenset({"kilometer", "kilometre", "km", "kms", "mile", "kilometers", "kilometres", "miles"})

#: Adjectives of a compass point ("in eastern Baghdad", "northwestern Pakistan").
COMPASS_ADJECTIVES = frozenset({"eastern", "western", "northern", "southern", "northeastern", "northwestern",
                                "southeastern", "southwestern"})

#: Words of which part of a place is meant ("east Jerusalem", "northern Iraq", "central Baghdad").
PLACE_PART_WORDS = COMPASS_WORDS | COMPASS_ADJECTIVES | frozenset({"central"})

#: Month names in full and abbreviated ("jan" ... "dec"), lower-cased.
MONTH_NAMES = frozenset(n.lower() for n in (*calendar.month_name, *calendar.month_abbr) if n)
#: Day and month names in full, and the month abbreviations ("Sept" too), lower-cased.
CALENDAR_NAMES = MONTH_NAMES | frozenset(n.lower() for n in calendar.day_name) | {"sept"}
#: The same with the weekday abbreviations ("Mon" ... "Sun").
CALENDAR_WORDS = CALENDAR_NAMES | frozenset(n.lower() for n in calendar.day_abbr)
#: A country's missions abroad: a bare "embassy" or "consulate" is of another country than the one
#: it stands in ("marched on the embassy in central Tehran"), so neither the article's leading
#: country nor the place of the mission says whose it is.
FOREIGN_MISSION_WORDS = frozenset({"embassy", "embassies", "consulate", "consulates"})

#: Verbs of going by, in a clause of when something struck ("as a UN road convoy was passing",
#: "when an Israeli patrol was driving along a road"): the events stage's role fallbacks and parse
#: repairs read them.
PASSING_VERBS = frozenset({"pass", "drive", "travel", "walk", "move", "patrol", "cross", "ride", "approach"})

#: Words before a month's or a day's name that make it a date ("last May", "in March", "since
#: Monday", "the 5th of May"): the actors stage keeps such a name from being a place or a person,
#: the events stage from being a march.
DATE_CUE_WORDS = frozenset({"last", "next", "this", "early", "late", "mid", "since", "until", "till", "in", "on",
                            "from", "during", "through", "throughout", "by", "of"})
