"""Round 53 of event coding (found on the news audit's pass 52 texts): a name before the post, the
building or the convoy an attack noun's compound names is the owner of what was struck, not the
attacker ("The Iraqi army checkpoint attack ... occurred in Khalis"); a vehicle of war before the
noun stays the attacker's ("a U.S. helicopter attack"). Hand-built parses as the bundled parser
gives them, with a guard test."""
from __future__ import annotations

from events_builders import build_doc, event_stage as stage  # noqa: F401 - a fixture

ACTORS = {"army": ("IRQMIL", "IRQ"), "U.S.": ("USA", "USA")}


def _attack(owner, middle):
    # The OWNER MIDDLE attack killed three soldiers .
    return [("The", "the", "DET", "DT", "det", 3), (owner, owner, "NOUN", "NN", "compound", 3),
            (middle, middle, "NOUN", "NN", "compound", 3), ("attack", "attack", "NOUN", "NN", "nsubj", 4),
            ("killed", "kill", "VERB", "VBD", "root", -1), ("three", "three", "NUM", "CD", "nummod", 6),
            ("soldiers", "soldier", "NOUN", "NNS", "obj", 4), (".", ".", "PUNCT", ".", "punct", 4)]


def test_the_owner_of_a_checkpoint_attacked_is_not_the_attacker(stage):
    events = stage(build_doc([_attack("army", "checkpoint")], ACTORS)).events
    assert not any(e.actors[0].text == "army" for e in events)


def test_a_helicopter_attack_keeps_its_attacker(stage):
    """Guard: "a U.S. helicopter attack": the helicopters are the attacker's."""
    events = stage(build_doc([_attack("U.S.", "helicopter")], ACTORS)).events
    assert [e.actors[0].text for e in events] == ["U.S."]
