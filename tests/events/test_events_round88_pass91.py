"""Round 88 of event coding (found on the news audit's pass 91 texts): coordinated sides that
shot "at each other" or attacked "one another" each attacked the other; "X and Y shot at ...",
read as a noun phrase with "shot" a noun, has both as subjects; an event noun whose relative
clause says it "failed to materialise" did not happen. Real sentences through the default
pipeline, a hand-built parse for the repair, and guard tests."""
from __future__ import annotations

import datetime as dt

from events_builders import code_text, happened
from test_events_round10_roles import tokens
from lapwing.events.parse_repair import repair_parse

DAY = dt.date(2000, 10, 2)


def _happened(text: str) -> set[tuple[str, str | None, str | None]]:
    return happened(text, DAY)


def test_sides_that_shot_at_each_other_attacked_each_other():
    found = _happened("Israeli troops and Palestinian gunmen shot at each other in a West Bank town Monday.")
    assert {("ASSAULT", "ISR", "PSE"), ("ASSAULT", "PSE", "ISR")} <= found


def test_forces_that_attacked_one_another_attacked_each_other():
    found = _happened("Armenian and Azerbaijani forces attacked one another along the border.")
    assert {("ASSAULT", "ARM", "AZE"), ("ASSAULT", "AZE", "ARM")} <= found


def test_two_sides_that_attacked_a_third_did_not_attack_each_other():
    """Guard: with no "each other", the coordinated actors are no one's recipients."""
    doc = code_text("Israeli troops and Palestinian gunmen attacked a checkpoint in Hebron.", DAY)
    assert doc.events
    assert not any(r.text in ("Israeli troops", "Palestinian gunmen") for e in doc.events for r in e.recipients)


# Troops and gunmen shot at each other .   ("shot" read as a noun, "Troops" the root)
SHOT_AT = [("Troops", "troops", "NOUN", "NNS", "root", -1), ("and", "and", "CCONJ", "CC", "cc", 3),
           ("gunmen", "gunman", "NOUN", "NNS", "compound", 3), ("shot", "shot", "NOUN", "NN", "conj", 0),
           ("at", "at", "ADP", "IN", "case", 5), ("each", "each", "DET", "DT", "obl", 3),
           ("other", "other", "ADJ", "JJ", "fixed", 5), (".", ".", "PUNCT", ".", "punct", 0)]


def test_the_root_noun_before_and_is_the_first_subject():
    repaired, repairs = repair_parse(tokens(SHOT_AT), named=lambda t: False)
    assert [r.rule for r in repairs] == ["verb-read-as-noun-before-phrase"]
    assert repaired[3].dep == "ROOT" and (repaired[0].head, repaired[0].dep) == (3, "nsubj")
    assert (repaired[2].head, repaired[2].dep) == (0, "conj") and repaired[7].head == 3


def test_an_offensive_that_failed_to_materialise_did_not_happen():
    doc = code_text("The rebels captured Kisangani on March 15, shortly after the government had announced a "
                    "\"total and overwhelming\" counter-offensive which failed to materialise.", DAY)
    offensives = [e for e in doc.events if e.actors and e.actors[0].actor.country == "COD"
                  and e.actors[0].actor.sector == "GOV"]
    assert offensives and all(e.modality == "negated" for e in offensives)


def test_an_offensive_that_failed_to_take_a_town_happened():
    """Guard: failing to take a town is an offensive that happened."""
    assert any(event[0] == "ASSAULT" for event in _happened(
        "The Congolese army launched an offensive which failed to take the town of Kisangani."))
