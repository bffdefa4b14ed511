"""Round 55 of event coding (found on the news audit's pass 54 texts): a recogniser organisation
that is a place the dictionary knows with only words of which part and nationality adjectives
before it ("Arab east Jerusalem") is that place; neo-Nazis and skinheads are a movement
(sector OPP). Sentences hand-built as in test_stage."""
from __future__ import annotations

from test_stage import found, stage  # noqa: F401 - a fixture; tests/actors is on sys.path


def test_a_described_place_stays_the_place(stage) -> None:
    mentions = found(stage, "Israel captured Arab east Jerusalem from Jordan .",
                     ents={"Arab": "ORG", "east": "ORG", "Jerusalem": "ORG"})
    assert "Arab east Jerusalem" not in mentions
    assert mentions["Jerusalem"][0] == "location"


def test_an_organisation_named_with_a_place_stays_the_organisation(stage) -> None:
    """Guard: "the Jerusalem Foundation" (the place is not last) and "the Arab Bank" (no place)
    are organisations."""
    mentions = found(stage, "The Jerusalem Foundation met the Arab Bank .",
                     ents={"Jerusalem": "ORG", "Foundation": "ORG", "Arab": "ORG", "Bank": "ORG"})
    assert mentions["Jerusalem Foundation"][0] == mentions["Arab Bank"][0] == "organization"


def test_neo_nazis_are_a_movement(stage) -> None:
    assert found(stage, "Neo-Nazis marched in Dresden .")["Neo-Nazis"][2] == "OPP"
