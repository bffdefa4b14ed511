"""Round 89 of event coding (found on the news audit's pass 92 texts): a town placed by its
distance from a place ("Yathrib, 75 kilometres (50 miles) north of Baghdad") or named as a
place's quarter ("Baghdad's northern neighborhood of Qahira") lies in that place's country,
whatever else the gazetteer knows by its name; a city or region named before an event noun ("the
Mosul offensive", "the 1956 Sinai campaign") is where it happened, not who did it; a country
named as someone's origin ("a native of Guinea") is no local force's country. Real sentences
through the default pipeline, and guard tests."""
from __future__ import annotations

import datetime as dt

from events_builders import code_text, happened

DAY = dt.date(2005, 2, 3)


def _happened(text: str) -> set[tuple[str, str | None, str | None]]:
    return happened(text, DAY)


def _country(text: str, name: str) -> str | None:
    doc = code_text(text, DAY)
    found = [m.actor.country for m in doc.mentions if m.text == name and m.actor is not None]
    assert found, f"no mention {name!r}"
    return found[0]


def test_a_town_placed_by_its_distance_from_baghdad_is_in_iraq():
    text = ("Elsewhere, three Iraqi soldiers were killed and three wounded in a bomb attack Thursday morning in "
            "Yathrib, 75 kilometres (50 miles) north of Baghdad.")
    assert _country(text, "Yathrib") == "IRQ"
    assert all(event[1] == "IRQ" for event in _happened(text) if event[0] == "ASSAULT")


def test_a_town_named_alone_keeps_the_gazetteers_country():
    """Guard: with no distance from another place, the gazetteer's reading stands."""
    assert _country("Pilgrims gathered in Yathrib on Thursday.", "Yathrib") == "SAU"


def test_a_neighborhood_of_baghdad_is_in_iraq():
    text = ("Earlier, a car bomb and a roadside bomb detonated at about 7:55 a.m. at Baghdad's northern "
            "neighborhood of Qahira in the morning rush hour, killing at least eight people.")
    assert _country(text, "Qahira") == "IRQ"
    assert ("ASSAULT", "IRQ", "IRQ") in _happened(text)


def test_a_city_named_before_an_offensive_is_where_it_happened():
    doc = code_text("The Mosul offensive killed 20 people.", DAY)
    attackers = {a.actor.cameo_code or a.actor.code for e in doc.events for a in e.actors}
    assert attackers == {"IRQUAF"}  # an unnamed attacker of the place's country, not Mosul itself


def test_a_country_named_before_an_offensive_may_be_its_author():
    """Guard: "the U.S. offensive" is the United States'."""
    assert any(event[:2] == ("ASSAULT", "USA") for event in _happened("The U.S. offensive killed 20 people in Mosul."))


def test_the_bombings_a_city_names_are_an_unnamed_attack_there():
    found = _happened("Police are patrolling the London underground in the wake of the Madrid terror bombings.")
    assert ("ASSAULT", "ESP", "ESP") in found


def test_a_country_of_origin_is_no_local_forces_country():
    found = _happened("Diallo, 22, a native of Guinea, was shot and killed by four undercover police officers on "
                      "Feb. 4, 1999.")
    assert not any(event[1] == "GIN" for event in found)


def test_a_country_where_the_police_are_is_theirs():
    """Guard: police named in Guinea's capital are Guinea's."""
    found = _happened("Police shot and killed two protesters in Conakry, Guinea, on Monday.")
    assert any(event[:2] == ("ASSAULT", "GIN") for event in found)
