"""Round 61 of event coding (found on the news audit's pass 60 texts): a device whose participle
names who set it ("a remote-controlled bomb planted by militants of the outlawed Kurdish Workers'
Party (PKK) was detonated") has that attacker, not an unnamed one; a craft or car owned by a
person named before it is the person's ("Arad's plane was shot down over Lebanon"), so the place
is not the one struck. Hand-built parses as the bundled parser gives them, with guard tests."""
from __future__ import annotations

from events_builders import as_cities, build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture

ACTORS = {"PKK": ("TURREB", "TUR"), "Diyarbakir": ("TUR", "TUR"), "Lebanon": ("LBN", "LBN")}


def _bomb(verb: str, lemma: str):
    # A bomb VERB by PKK militants was detonated in Diyarbakir .
    return [("A", "a", "DET", "DT", "det", 1), ("bomb", "bomb", "NOUN", "NN", "nsubj:pass", 7),
            (verb, lemma, "VERB", "VBN", "acl", 1), ("by", "by", "ADP", "IN", "case", 5),
            ("PKK", "PKK", "PROPN", "NNP", "compound", 5), ("militants", "militant", "NOUN", "NNS", "obl:agent", 2),
            ("was", "be", "AUX", "VBD", "aux:pass", 7), ("detonated", "detonate", "VERB", "VBN", "root", -1),
            ("in", "in", "ADP", "IN", "case", 9), ("Diyarbakir", "Diyarbakir", "PROPN", "NNP", "obl", 7),
            (".", ".", "PUNCT", ".", "punct", 7)]


def test_the_planter_of_a_device_is_its_attacker(stage):
    doc = stage(as_cities(build_doc([_bomb("planted", "plant")], ACTORS), {"Diyarbakir"}))
    assert {(d[0], d[2]) for d in dyads(doc)} == {("ASSAULT", "TURREB")}


def _plane(noun: str):
    # Arad 's NOUN was shot down over Lebanon .
    return [("Arad", "Arad", "PROPN", "NNP", "nmod:poss", 2), ("'s", "'s", "PART", "POS", "case", 0),
            (noun, noun, "NOUN", "NN", "nsubj:pass", 4), ("was", "be", "AUX", "VBD", "aux:pass", 4),
            ("shot", "shoot", "VERB", "VBN", "root", -1), ("down", "down", "ADP", "RP", "compound:prt", 4),
            ("over", "over", "ADP", "IN", "case", 7), ("Lebanon", "Lebanon", "PROPN", "NNP", "obl", 4),
            (".", ".", "PUNCT", ".", "punct", 4)]


def test_a_persons_plane_shot_down_is_the_persons(stage):
    doc = stage(as_cities(build_doc([_plane("plane")], ACTORS), {"Lebanon"}, rule="dictionary name"))
    assert not any(d[3] == "LBN" for d in dyads(doc))


def test_a_device_with_no_planter_named_keeps_the_unnamed_attacker(stage):
    """Guard: "A bomb planted in a car was detonated in Diyarbakir": no one named set it."""
    spec = _bomb("planted", "plant")
    spec[3] = ("in", "in", "ADP", "IN", "case", 5)
    spec[4] = ("a", "a", "DET", "DT", "det", 5)
    spec[5] = ("car", "car", "NOUN", "NN", "obl", 2)
    doc = stage(as_cities(build_doc([spec], ACTORS), {"Diyarbakir"}))
    assert {(d[0], d[2]) for d in dyads(doc)} == {("ASSAULT", "TUR")}
