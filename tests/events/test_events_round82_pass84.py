"""Round 82 of event coding (found on the news audit's pass 84 texts): a protest that "will" be
held is scheduled, not threatened ("Unions ... will march from Alexanderplatz ... on Sunday"),
while a vow to protest stays a threat; what a present or infinitive "protect" guards against did
not happen ("to protect the Kurdish population from attacks by Iraqi army"); the Irish National
Liberation Army is known. Hand-built parses as the bundled parser gives them, with guard tests."""
from __future__ import annotations

import datetime as dt

from events_builders import build_doc, code_text, dyads, event_stage as stage  # noqa: F401 - a fixture


def _will_march(governor: str | None):
    # Unions will march in Berlin .   (or: Unions vowed to march in Berlin .)
    if governor is None:
        return [("Unions", "union", "NOUN", "NNS", "nsubj", 2), ("will", "will", "AUX", "MD", "aux", 2),
                ("march", "march", "VERB", "VB", "root", -1), ("in", "in", "ADP", "IN", "case", 4),
                ("Berlin", "Berlin", "PROPN", "NNP", "obl", 2), (".", ".", "PUNCT", ".", "punct", 2)]
    return [("Unions", "union", "NOUN", "NNS", "nsubj", 1), (governor, "vow", "VERB", "VBD", "root", -1),
            ("to", "to", "PART", "TO", "mark", 3), ("march", "march", "VERB", "VB", "xcomp", 1),
            ("in", "in", "ADP", "IN", "case", 5), ("Berlin", "Berlin", "PROPN", "NNP", "obl", 3),
            (".", ".", "PUNCT", ".", "punct", 1)]


ACTORS = {"Unions": ("DEULAB", "DEU"), "Berlin": ("DEU", "DEU")}


def test_a_protest_that_will_be_held_is_scheduled_not_threatened(stage):
    doc = stage(build_doc([_will_march(None)], ACTORS))
    assert {(d[0], d[1]) for d in dyads(doc)} == {("PROTEST", "hypothetical")}


def test_a_vow_to_protest_is_still_a_threat(stage):
    """Guard: "vowed to march" is a threat of protest (CAMEO 133)."""
    doc = stage(build_doc([_will_march("vowed")], ACTORS))
    assert ("THREATEN", "asserted") in {(d[0], d[1]) for d in dyads(doc)}


def _protect(tag: str):
    # Jets patrol ( TAG: protect / protected ) the Kurds from attacks by the army .
    verb = "protect" if tag in ("VB", "VBP") else "protected"
    return [("Jets", "jet", "NOUN", "NNS", "nsubj", 1), (verb, "protect", "VERB", tag, "root", -1),
            ("the", "the", "DET", "DT", "det", 3), ("Kurds", "Kurd", "PROPN", "NNPS", "obj", 1),
            ("from", "from", "ADP", "IN", "case", 5), ("attacks", "attack", "NOUN", "NNS", "obl", 1),
            ("by", "by", "ADP", "IN", "case", 8), ("the", "the", "DET", "DT", "det", 8),
            ("army", "army", "NOUN", "NN", "nmod", 5), (".", ".", "PUNCT", ".", "punct", 1)]


PROTECT_ACTORS = {"Jets": ("USAMIL", "USA"), "army": ("IRQMIL", "IRQ"), "Kurds": ("IRQETH", "IRQ")}


def test_what_a_present_protection_guards_against_did_not_happen(stage):
    doc = stage(build_doc([_protect("VBP")], PROTECT_ACTORS))
    assert not any(d[0] == "ASSAULT" and d[1] != "negated" for d in dyads(doc))


def test_what_a_past_defence_was_against_happened(stage):
    """Guard: "protected the Kurds from attacks by the army" tells of attacks that were made."""
    doc = stage(build_doc([_protect("VBD")], PROTECT_ACTORS))
    assert any(d[0] == "ASSAULT" and d[1] == "asserted" and d[2] == "IRQMIL" for d in dyads(doc))


def test_the_inla_is_known():
    doc = code_text("The INLA shot dead six Protestant men in Belfast last year.", dt.date(1995, 4, 5))
    assert any(e.event_type == "ASSAULT" and e.actors[0].actor.cameo_code == "GBRREB" for e in doc.events)
