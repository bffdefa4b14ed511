"""Round 59 of event coding (found on the news audit's pass 58 texts): a building, a tower or
another structure that is "detonated" is demolished, not attacked ("a 15-year-old landmark
building ... was also detonated", a day after another's demolition). Hand-built parses as the
bundled parser gives them, with a guard test. (The round's pronoun and capital rules are tested
in tests/actors/test_round59_object_pronouns.py.)"""
from __future__ import annotations

from events_builders import as_cities, build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture


def _detonated(thing: str):
    # A THING in Shandong was detonated .
    return [("A", "a", "DET", "DT", "det", 1), (thing, thing, "NOUN", "NN", "nsubj:pass", 5),
            ("in", "in", "ADP", "IN", "case", 3), ("Shandong", "Shandong", "PROPN", "NNP", "nmod", 1),
            ("was", "be", "AUX", "VBD", "aux:pass", 5), ("detonated", "detonate", "VERB", "VBN", "root", -1),
            (".", ".", "PUNCT", ".", "punct", 5)]


def test_a_building_detonated_is_demolished(stage):
    doc = stage(as_cities(build_doc([_detonated("building")], {"Shandong": ("CHN", "CHN")}), {"Shandong"}))
    assert dyads(doc) == set()


def test_a_bomb_detonated_is_an_attack(stage):
    """Guard: "A bomb in Shandong was detonated"."""
    doc = stage(as_cities(build_doc([_detonated("bomb")], {"Shandong": ("CHN", "CHN")}), {"Shandong"}))
    assert {d[0] for d in dyads(doc)} == {"ASSAULT"}
