"""Round 91 of event coding (found on the news audit's pass 94 texts): "U.S.-led", "U.N.-brokered"
and the like are split at the hyphen by the tokenizer, so the country before "-led" is read (the
capture "during the U.S.-led offensive" is the United States', not Afghanistan's police's by the
one-person-taken convention). Real sentences through the default pipeline, with a guard."""
from __future__ import annotations

import datetime as dt

from events_builders import happened

DAY = dt.date(2002, 11, 14)


def test_a_capture_during_a_us_led_offensive_is_the_uss():
    found = happened("Sassi was captured during the U.S.-led offensive in Afghanistan.", DAY)
    assert {event[1] for event in found if event[0] == "COERCE"} == {"USA"}


def test_us_led_raids_captured_suspects():
    found = happened("U.S.-led raids captured 33 suspects overnight across Iraq.", DAY)
    assert any(event[:2] == ("COERCE", "USA") for event in found)


def test_a_capture_with_no_offensive_named_keeps_the_convention():
    """Guard: with no captor or offensive named, the one-person-taken convention stands."""
    found = happened("Sassi was captured in Afghanistan.", DAY)
    assert {event[1] for event in found if event[0] == "COERCE"} == {"AFG"}
