"""Round 72 of event coding (found on the news audit's pass 72 texts): a text cut off at its verb
("Soviet soldiers capture", "U.S. troops capture") names no one taken, so no arrest is coded from
it (whether people or ground were captured, and so the type, is not said); a shooting or a patrol
cut off so keeps its event. Hand-built parses as the bundled parser gives them, with guard
tests."""
from __future__ import annotations

from events_builders import build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture


def _cut(verb: str, lemma: str, *, stop: bool, obj: bool = False):
    # U.S. troops VERB [Noriega] [.]
    spec = [("U.S.", "U.S.", "PROPN", "NNP", "compound", 1), ("troops", "troops", "NOUN", "NNS", "nsubj", 2),
            (verb, lemma, "VERB", "VBP", "root", -1)]
    if obj:
        spec.append(("Noriega", "Noriega", "PROPN", "NNP", "obj", 2))
    if stop:
        spec.append((".", ".", "PUNCT", ".", "punct", 2))
    return spec


ACTORS = {"troops": ("USAMIL", "USA"), "Noriega": ("PANELI", "PAN")}


def test_a_capture_cut_off_at_its_verb_is_no_arrest(stage):
    assert not dyads(stage(build_doc([_cut("capture", "capture", stop=False)], ACTORS)))


def test_a_capture_with_its_object_and_stop_is_one(stage):
    """Guard: "U.S. troops capture Noriega." names the one taken."""
    assert ("COERCE", "asserted", "USAMIL", "PANELI") in dyads(stage(build_doc(
        [_cut("capture", "capture", stop=True, obj=True)], ACTORS)))


def test_a_shooting_cut_off_at_its_verb_keeps_its_event(stage):
    """Guard: "U.S. troops shoot": an attack whatever it struck (as the audit's judgments have it)."""
    assert {d[0] for d in dyads(stage(build_doc([_cut("shoot", "shoot", stop=False)], ACTORS)))} == {"ASSAULT"}
