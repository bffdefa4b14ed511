"""Round 83 of event coding (found on the news audit's pass 85 texts): a race or a round won is
no capture ("captured the men's 15km nordic skiiing event"); foreign workers taken abroad are as
often kidnapped as arrested ("A female Japanese aid worker was captured in Fallujah"); an armed
force driven out is fought, not expelled as diplomats are ("expelling Fatah forces"). Hand-built
parses as the bundled parser gives them, with guard tests."""
from __future__ import annotations

from events_builders import as_cities, build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture


def _captured(obj: str):
    # Cottrer captured the OBJ .
    return [("Cottrer", "Cottrer", "PROPN", "NNP", "nsubj", 1), ("captured", "capture", "VERB", "VBD", "root", -1),
            ("the", "the", "DET", "DT", "det", 3), (obj, obj, "NOUN", "NN", "obj", 1), (".", ".", "PUNCT", ".", "punct", 1)]


def test_a_race_won_is_no_capture(stage):
    doc = stage(build_doc([_captured("event")], {"Cottrer": ("ITA", "ITA")}))
    assert not dyads(doc)


def test_a_suspect_captured_is_one(stage):
    """Guard: "captured the suspect" is a capture."""
    doc = stage(build_doc([_captured("suspect")], {"Cottrer": ("ITACOP", "ITA")}))
    assert ("COERCE", "asserted", "ITACOP", "-") in dyads(doc)


def _worker(nationality: str):
    # A NATIONALITY worker was captured in Fallujah .
    return [("A", "a", "DET", "DT", "det", 2), (nationality, nationality, "ADJ", "JJ", "amod", 2),
            ("worker", "worker", "NOUN", "NN", "nsubj:pass", 4), ("was", "be", "AUX", "VBD", "aux:pass", 4),
            ("captured", "capture", "VERB", "VBN", "root", -1), ("in", "in", "ADP", "IN", "case", 6),
            ("Fallujah", "Fallujah", "PROPN", "NNP", "obl", 4), (".", ".", "PUNCT", ".", "punct", 4)]


def _worker_doc(stage, nationality: str, code: str):
    doc = as_cities(build_doc([_worker(nationality)], {"Fallujah": ("IRQ", "IRQ"), "worker": (code, code[:3])}),
                    {"Fallujah"})
    doc = doc.replace(mentions=tuple(m.replace(kind="group", actor=m.actor.replace(sector="LAB"))
                                     if m.text == "worker" else m for m in doc.mentions))
    return stage(doc)


def test_a_foreign_worker_taken_abroad_is_not_the_polices(stage):
    doc = _worker_doc(stage, "Japanese", "JPNLAB")
    assert not any(e.actors and e.actors[0].actor.cameo_code == "IRQCOP" for e in doc.events)


def test_a_local_worker_taken_is_the_polices(stage):
    """Guard: an Iraqi worker captured in Fallujah was taken by its police (the convention)."""
    doc = _worker_doc(stage, "Iraqi", "IRQLAB")
    assert any(e.actors and e.actors[0].actor.cameo_code == "IRQCOP" for e in doc.events)


def _expelled(obj: str):
    # Hamas expelled the OBJ .
    return [("Hamas", "Hamas", "PROPN", "NNP", "nsubj", 1), ("expelled", "expel", "VERB", "VBD", "root", -1),
            ("the", "the", "DET", "DT", "det", 3), (obj, obj.rstrip("s"), "NOUN", "NNS", "obj", 1),
            (".", ".", "PUNCT", ".", "punct", 1)]


def test_an_armed_force_driven_out_is_fought(stage):
    doc = stage(build_doc([_expelled("forces")], {"Hamas": ("PSEREB", "PSE")}))
    assert {d[0] for d in dyads(doc)} == {"ASSAULT"}


def test_diplomats_expelled_are_a_sanction(stage):
    """Guard: "expelled the diplomats" is a diplomatic sanction (CAMEO 166)."""
    doc = stage(build_doc([_expelled("diplomats")], {"Hamas": ("PSEGOV", "PSE")}))
    assert {d[0] for d in dyads(doc)} == {"SANCTION"}
