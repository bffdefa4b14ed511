"""Round 23 of event coding (found on the news audit's pass 18 texts):

* "destroyed an empty factory in Baghdad in the wake of a suicide bombing at an Italian base":
  what came before ("in the wake of", "in the aftermath of") is a happening of its own, neither
  part of the act nor its target;
* "Los Angeles police detonated a suspicious package", "an army unit detonated an improvised bomb
  found in the church": a controlled detonation by police or a unit, no attack;
* "Israel captures Sinai desert": a desert, a strip, a road taken are ground.

Hand-built parses as the bundled parser gives them, with guard tests."""
from __future__ import annotations

from events_builders import build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture

ACTORS = {"troops": ("USAMIL", "USA"), "Italian": ("ITA", "ITA"), "police": ("USACOP", "USA"),
          "Israel": ("ISR", "ISR"), "rebels": ("COLREB", "COL")}


def _doc(spec):
    return build_doc([spec], ACTORS)


# troops destroyed a factory in the wake of a bombing at an Italian base .
WAKE = [("troops", "troop", "NOUN", "NNS", "nsubj", 1), ("destroyed", "destroy", "VERB", "VBD", "root", -1),
        ("a", "a", "DET", "DT", "det", 3), ("factory", "factory", "NOUN", "NN", "obj", 1),
        ("in", "in", "ADP", "IN", "case", 6), ("the", "the", "DET", "DT", "det", 6),
        ("wake", "wake", "NOUN", "NN", "obl", 1), ("of", "of", "ADP", "IN", "case", 9),
        ("a", "a", "DET", "DT", "det", 9), ("bombing", "bombing", "NOUN", "NN", "nmod", 6),
        ("at", "at", "ADP", "IN", "case", 13), ("an", "a", "DET", "DT", "det", 13),
        ("Italian", "Italian", "ADJ", "JJ", "amod", 13), ("base", "base", "NOUN", "NN", "nmod", 9),
        (".", ".", "PUNCT", ".", "punct", 1)]


def test_what_came_before_is_no_target(stage):
    found = dyads(stage(_doc(WAKE)))
    assert not any(d[2] == "USAMIL" and d[3] == "ITA" for d in found)


# police detonated a package .
POLICE_DETONATE = [("police", "police", "NOUN", "NNS", "nsubj", 1), ("detonated", "detonate", "VERB", "VBD", "root", -1),
                   ("a", "a", "DET", "DT", "det", 3), ("package", "package", "NOUN", "NN", "obj", 1),
                   (".", ".", "PUNCT", ".", "punct", 1)]


def test_a_controlled_detonation_by_police_is_no_attack(stage):
    assert dyads(stage(_doc(POLICE_DETONATE))) == set()


def test_rebels_detonating_a_bomb_is_an_attack(stage):
    """Guard: who detonates decides: rebels attack."""
    spec = [t if t[0] != "police" else ("rebels", "rebel", "NOUN", "NNS", "nsubj", 1) for t in POLICE_DETONATE]
    assert ("ASSAULT", "asserted", "COLREB", "-") in dyads(stage(_doc(spec)))


# Israel captures Sinai desert .
DESERT = [("Israel", "Israel", "PROPN", "NNP", "nsubj", 1), ("captures", "capture", "VERB", "VBZ", "root", -1),
          ("Sinai", "Sinai", "PROPN", "NNP", "compound", 3), ("desert", "desert", "NOUN", "NN", "obj", 1),
          (".", ".", "PUNCT", ".", "punct", 1)]


def test_a_desert_taken_is_ground(stage):
    assert {d[0] for d in dyads(stage(_doc(DESERT)))} == {"ASSAULT"}
