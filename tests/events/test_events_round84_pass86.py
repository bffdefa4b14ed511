"""Round 84 of event coding (found on the news audit's pass 86 texts): what rebels, insurgents
or gunmen capture is abducted, an attack (CAMEO 181), however they are named ("were captured by
the FARC"); a place under a participle of where someone belongs ("a brigade based in ...
Szczecin") is not where an attack happened; the country "on the border with" which a place lies
is its neighbour, not a target. Hand-built parses as the bundled parser gives them, with guard
tests."""
from __future__ import annotations

from events_builders import as_cities, build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture


def _captured_by(agent: str):
    # The men were captured by the AGENT .
    return [("The", "the", "DET", "DT", "det", 1), ("men", "man", "NOUN", "NNS", "nsubj:pass", 3),
            ("were", "be", "AUX", "VBD", "aux:pass", 3), ("captured", "capture", "VERB", "VBN", "root", -1),
            ("by", "by", "ADP", "IN", "case", 6), ("the", "the", "DET", "DT", "det", 6),
            (agent, agent, "PROPN" if agent.isupper() else "NOUN", "NNP" if agent.isupper() else "NN", "obl:agent", 3),
            (".", ".", "PUNCT", ".", "punct", 3)]


CAPTORS = {"FARC": ("COLREB", "COL"), "police": ("COLCOP", "COL")}


def test_what_a_rebel_group_captures_is_abducted(stage):
    doc = stage(build_doc([_captured_by("FARC")], CAPTORS))
    assert {(d[0], d[2]) for d in dyads(doc)} == {("ASSAULT", "COLREB")}
    assert all(e.cameo == "181" for e in doc.events)


def test_what_the_police_capture_is_arrested(stage):
    """Guard: the police's capture is an arrest."""
    doc = stage(build_doc([_captured_by("police")], CAPTORS))
    assert {(d[0], d[2]) for d in dyads(doc)} == {("COERCE", "COLCOP")}


def _based(participle: str):
    # A major with the brigade PARTICIPLE in Szczecin was shot .
    return [("A", "a", "DET", "DT", "det", 1), ("major", "major", "NOUN", "NN", "nsubj:pass", 9),
            ("with", "with", "ADP", "IN", "case", 4), ("the", "the", "DET", "DT", "det", 4),
            ("brigade", "brigade", "NOUN", "NN", "nmod", 1),
            (participle, participle[:-1] if participle == "based" else participle, "VERB", "VBN", "acl", 4),
            ("in", "in", "ADP", "IN", "case", 7), ("Szczecin", "Szczecin", "PROPN", "NNP", "obl", 5),
            ("was", "be", "AUX", "VBD", "aux:pass", 9), ("shot", "shoot", "VERB", "VBN", "root", -1),
            (".", ".", "PUNCT", ".", "punct", 9)]


def _attackers(doc):
    return {a.actor.cameo_code for e in doc.events for a in e.actors if a.actor}


def test_where_a_unit_is_based_is_not_where_it_was_attacked(stage):
    doc = stage(as_cities(build_doc([_based("based")], {"Szczecin": ("POL", "POL")}), {"Szczecin"}))
    assert "POLUAF" not in _attackers(doc)


def test_where_a_unit_was_seen_may_be(stage):
    """Guard: "the brigade seen in Szczecin" says where the brigade was: the sentence's one place."""
    doc = stage(as_cities(build_doc([_based("seen")], {"Szczecin": ("POL", "POL")}), {"Szczecin"}))
    assert "POLUAF" in _attackers(doc)


def _border(noun: str):
    # Rebels captured Kasumbalesa on the NOUN with Zambia .
    return [("Rebels", "rebel", "NOUN", "NNS", "nsubj", 1), ("captured", "capture", "VERB", "VBD", "root", -1),
            ("Kasumbalesa", "Kasumbalesa", "PROPN", "NNP", "obj", 1), ("on", "on", "ADP", "IN", "case", 5),
            ("the", "the", "DET", "DT", "det", 5), (noun, noun, "NOUN", "NN", "obl", 1),
            ("with", "with", "ADP", "IN", "case", 7), ("Zambia", "Zambia", "PROPN", "NNP", "nmod", 5),
            (".", ".", "PUNCT", ".", "punct", 1)]


def test_the_country_across_a_border_is_no_target(stage):
    doc = stage(build_doc([_border("border")], {"Rebels": ("CODREB", "COD"), "Zambia": ("ZMB", "ZMB")}))
    assert dyads(doc) and not any(d[3] == "ZMB" for d in dyads(doc))
