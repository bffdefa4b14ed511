"""Round 51 of event coding (found on the news audit's pass 50 texts): a relative clause that
tells again the harm an attack did to its target is the same happening ("Israeli troops shot
dead two Palestinians, including a 10-year-old boy who was killed after a stone-throwing clash");
"declared" a state alone is no emergency ("declared the holy city the capital of the Jewish
state"); explosive vests are weapons ("when two suicide bombers set off their explosive
vests"). Hand-built parses as the bundled parser gives them, with guard tests."""
from __future__ import annotations

import datetime as dt

import pytest
from events_builders import build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture

from lapwing.model import Article

ACTORS = {"bombers": ("UAF", None)}


@pytest.fixture(scope="module")
def pipeline():
    """The shipped pipeline: these two sentences are read as its parser reads them."""
    from lapwing.config import load_config
    from lapwing.pipeline import Pipeline

    return Pipeline.from_config(load_config())


def _events(pipeline, text):
    doc = pipeline.run(Article(id="t", date=dt.date(2003, 11, 22), text=text))
    return [(e.event_type, e.actors[0].actor.cameo_code or e.actors[0].actor.code) for e in doc.events]


def test_harm_told_again_in_a_relative_clause_is_the_same_attack(pipeline):
    """The boy's killing was a second attack, by an unidentified attacker of the West Bank."""
    text = ("Earlier Saturday, Israeli troops shot dead two Palestinians, including a 10-year-old boy who was "
            "killed after a stone-throwing clash in the West Bank widened into a battle with gunmen.")
    assert _events(pipeline, text) == [("ASSAULT", "ISRMIL")]


def test_a_relative_clause_with_its_own_agent_is_its_own_event(pipeline):
    """Guard: "... a man who was later arrested by police": another act, by another actor."""
    text = "Israeli troops shot and wounded a Palestinian man who was later arrested by Palestinian police."
    assert ("COERCE", "PSECOP") in _events(pipeline, text)


def test_a_state_alone_declares_no_emergency(pipeline):
    text = "Israel has declared the holy city the capital of the Jewish state."
    assert not [e for e in _events(pipeline, text) if e[0] == "COERCE"]


def test_a_state_of_emergency_is_one(pipeline):
    """Guard: "declared a state of emergency"."""
    assert [e[0] for e in _events(pipeline, "The government of Peru declared a state of emergency.")] == ["COERCE"]


def test_suicide_bombers_setting_off_vests_are_the_attackers(stage):
    """"The pilgrims were killed ... when two suicide bombers set off their explosive vests"."""
    spec = [("pilgrims", "pilgrim", "NOUN", "NNS", "nsubj:pass", 2), ("were", "be", "AUX", "VBD", "aux:pass", 2),
            ("killed", "kill", "VERB", "VBN", "root", -1), ("when", "when", "ADV", "WRB", "advmod", 5),
            ("bombers", "bomber", "NOUN", "NNS", "nsubj", 5), ("set", "set", "VERB", "VBD", "advcl", 2),
            ("off", "off", "ADP", "RP", "compound:prt", 5), ("explosive", "explosive", "ADJ", "JJ", "amod", 8),
            ("vests", "vest", "NOUN", "NNS", "obj", 5), (".", ".", "PUNCT", ".", "punct", 2)]
    assert {(d[0], d[2]) for d in dyads(stage(build_doc([spec], ACTORS)))} == {("ASSAULT", "UAF")}
