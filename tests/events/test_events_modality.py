"""Negation, hypotheticals, intent and reported speech."""
from __future__ import annotations

import pytest

from lapwing.events.stage import EventStage

from events_builders import build_doc, dyads

ACTORS = {"US": ("USA", "USA"), "Haftar": ("LBY", "LBY"), "Russia": ("RUS", "RUS"), "Syria": ("SYR", "SYR"),
          "Wooster": ("USA", "USA"), "Washington": ("USA", "USA"), "Portugal": ("PRT", "PRT"),
          "Turkey": ("TUR", "TUR")}


@pytest.fixture(scope="module")
def stage() -> EventStage:
    return EventStage({}, {})


def run(stage, spec):
    return stage(build_doc([spec], ACTORS))


def test_negated_support_is_never_support_and_is_coded_as_disapproval(stage):
    doc = run(stage, [("The", "the", "DET", "DT", "det", 1), ("US", "US", "PROPN", "NNP", "nsubj", 4),
                      ("does", "do", "AUX", "VBZ", "aux", 4), ("not", "not", "PART", "RB", "advmod", 4),
                      ("support", "support", "VERB", "VB", "root", -1), ("Haftar", "Haftar", "PROPN", "NNP", "obj", 4)])
    assert dyads(doc) == {("SUPPORT", "negated", "USA", "LBY"), ("ACCUSE", "asserted", "USA", "LBY")}
    accuse = next(e for e in doc.events if e.event_type == "ACCUSE")
    assert accuse.mode == "disapprove" and accuse.quad_code == 3
    assert accuse.provenance[0].rule == "v.support:negated->ACCUSE"


@pytest.mark.parametrize("aux", ["might", "could", "would", "may"])
def test_speculative_auxiliary_makes_the_event_hypothetical(stage, aux):
    doc = run(stage, [("Washington", "Washington", "PROPN", "NNP", "nsubj", 2), (aux, aux, "AUX", "MD", "aux", 2),
                      ("back", "back", "VERB", "VB", "root", -1), ("Haftar", "Haftar", "PROPN", "NNP", "obj", 2)])
    assert dyads(doc) == {("SUPPORT", "hypothetical", "USA", "LBY")}


def test_conditional_clause_is_hypothetical(stage):
    doc = run(stage, [("if", "if", "SCONJ", "IN", "mark", 2), ("Russia", "Russia", "PROPN", "NNP", "nsubj", 2),
                      ("attacks", "attack", "VERB", "VBZ", "root", -1), ("Syria", "Syria", "PROPN", "NNP", "obj", 2)])
    assert dyads(doc) == {("ASSAULT", "hypothetical", "RUS", "SYR")}


def test_plans_to_attack_is_hypothetical(stage):
    doc = run(stage, [("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("plans", "plan", "VERB", "VBZ", "root", -1),
                      ("to", "to", "PART", "TO", "mark", 3), ("attack", "attack", "VERB", "VB", "xcomp", 1),
                      ("Syria", "Syria", "PROPN", "NNP", "obj", 3)])
    assert dyads(doc) == {("ASSAULT", "hypothetical", "RUS", "SYR")}


def test_will_support_is_expressed_intent_coded_agree(stage):
    doc = run(stage, [("Portugal", "Portugal", "PROPN", "NNP", "nsubj", 2), ("will", "will", "AUX", "MD", "aux", 2),
                      ("support", "support", "VERB", "VB", "root", -1), ("Turkey", "Turkey", "PROPN", "NNP", "obj", 2)])
    assert dyads(doc) == {("AGREE", "asserted", "PRT", "TUR")}


def test_refused_to_withdraw_is_reject_and_no_retreat(stage):
    doc = run(stage, [("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("refused", "refuse", "VERB", "VBD", "root", -1),
                      ("to", "to", "PART", "TO", "mark", 3), ("withdraw", "withdraw", "VERB", "VB", "xcomp", 1),
                      ("from", "from", "ADP", "IN", "case", 5), ("Syria", "Syria", "PROPN", "NNP", "obl", 3)])
    assert {d[0] for d in dyads(doc)} == {"REJECT"}
    assert not any(e.event_type == "RETREAT" and e.modality == "asserted" for e in doc.events)


def test_negated_governor_negates_the_complement(stage):
    # we don't see Russia backing down
    doc = run(stage, [("we", "we", "PRON", "PRP", "nsubj", 3), ("do", "do", "AUX", "VBP", "aux", 3),
                      ("n't", "not", "PART", "RB", "advmod", 3), ("see", "see", "VERB", "VB", "root", -1),
                      ("Russia", "Russia", "PROPN", "NNP", "nsubj", 5), ("backing", "back", "VERB", "VBG", "ccomp", 3),
                      ("down", "down", "ADP", "RP", "compound:prt", 5)])
    assert dyads(doc) == {("RETREAT", "negated", "RUS", "-")}


def test_reported_speech_keeps_the_speaker(stage):
    # Wooster said Russia attacked Syria
    doc = run(stage, [("Wooster", "Wooster", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "root", -1),
                      ("Russia", "Russia", "PROPN", "NNP", "nsubj", 3), ("attacked", "attack", "VERB", "VBD", "ccomp", 1),
                      ("Syria", "Syria", "PROPN", "NNP", "obj", 3)])
    assert dyads(doc) == {("ASSAULT", "reported", "RUS", "SYR")}
    assert doc.events[0].speaker is not None and doc.events[0].speaker.text == "Wooster"


def test_question_is_hypothetical(stage):
    doc = run(stage, [("Did", "do", "AUX", "VBD", "aux", 2), ("Russia", "Russia", "PROPN", "NNP", "nsubj", 2),
                      ("attack", "attack", "VERB", "VB", "root", -1), ("Syria", "Syria", "PROPN", "NNP", "obj", 2),
                      ("?", "?", "PUNCT", ".", "punct", 2)])
    assert dyads(doc) == {("ASSAULT", "hypothetical", "RUS", "SYR")}


def test_urged_is_a_request_of_the_speaker(stage):
    doc = run(stage, [("US", "US", "PROPN", "NNP", "nsubj", 1), ("urged", "urge", "VERB", "VBD", "root", -1),
                      ("Turkey", "Turkey", "PROPN", "NNP", "obj", 1), ("to", "to", "PART", "TO", "mark", 4),
                      ("withdraw", "withdraw", "VERB", "VB", "xcomp", 1)])
    assert dyads(doc) == {("REQUEST", "asserted", "USA", "TUR")}
