"""Round 87 of event coding (found on the news audit's pass 90 texts): a nuclear device detonated
is a weapons test (MOBILIZE), unless over a place; the agent of an attack noun in a verb's phrase
is the verb's actor only when the verb's subject is a weapon ("the group captured ..." during
"Israel's invasion"); a titled person holds office where the title's "of" phrase says ("the
governor of ... Al-Anbar", not the country of a US soldier named before); what one "has" now
("has a border security agreement") is a state, not an act; "the U.S. military operation is
headquartered" there names a body, not an attack. Real sentences through the default pipeline,
with guard tests."""
from __future__ import annotations

import datetime as dt

from events_builders import code_text, happened

DAY = dt.date(2006, 5, 2)


def _happened(text: str) -> set[tuple[str, str | None, str | None]]:
    return happened(text, DAY)


def test_nuclear_devices_detonated_are_a_test():
    found = _happened("India detonated five nuclear devices on May 11 and 13, triggering off a nuclear arms race.")
    assert ("MOBILIZE", "IND", None) in found and not any(event[0] == "ASSAULT" for event in found)


def test_a_nuclear_bomb_detonated_over_a_city_is_an_attack():
    """Guard: "over Hiroshima" names the target."""
    assert any(event[0] == "ASSAULT" for event in _happened(
        "An nuclear bomb was detonated over Hiroshima at an altitude of some 600 meters at the end of World War "
        "Two, killing an estimated 140,000 people in 1945."))


def test_a_bomb_detonated_is_an_attack():
    """Guard: a bomb with no nuclear word is the usual attack."""
    assert any(event[0] == "ASSAULT" for event in _happened("Rebels detonated a bomb in Jaffna on Saturday."))


def test_the_group_that_captured_soldiers_is_not_the_invader_named_before():
    text = "During Israel's 1982 invasion of Lebanon, the group captured three Israeli soldiers and held them until 1985."
    doc = code_text(text, DAY)
    assert not any(text[e.trigger_start:e.trigger_end] == "captured" and e.actors and e.actors[0].actor.country == "ISR"
                   for e in doc.events)


def test_a_weapon_killing_in_an_attack_by_someone_is_theirs():
    """Guard: with a weapon as the subject, the attack noun's agent is the attacker."""
    found = _happened("A roadside bomb killed two soldiers in an attack by Taliban militants in Helmand.")
    assert any(event[0] == "ASSAULT" and event[1] == "AFG" for event in found)


def test_a_governor_holds_office_where_his_title_says():
    doc = code_text("Insurgents also killed six people, including a US soldier, across the country and also "
                    "attacked the governor of the restive western province of Al-Anbar who escaped unhurt.", DAY)
    governors = [m for m in doc.mentions if m.text == "governor"]
    assert governors and all(m.actor.country == "IRQ" for m in governors)


def test_an_agreement_a_state_has_is_no_act():
    assert not any(event[0] in ("SUPPORT", "AGREE", "COOPERATE") for event in _happened(
        "Bembe was captured with the help of troops from neighboring Congo that has a border security agreement "
        "with Angola."))


def test_talks_a_state_had_were_held():
    """Guard: "had talks" in the past is an act."""
    assert ("CONSULT", "COD", "AGO") in _happened("Congo had talks with Angola on Monday.")


def test_where_an_operation_is_headquartered_is_no_attack():
    assert not any(event[0] == "ASSAULT" for event in _happened(
        "The statement came from Bagram, where the U.S. military operation is headquartered."))


def test_a_refusal_that_has_raised_concerns_is_a_refusal():
    """Guard: "raised" is no verb of where a body sits ("born and raised" is another matter)."""
    assert any(event[0] == "REJECT" for event in _happened(
        "UN ambassadors said that Andorra's refusal has raised serious concerns among other countries."))
