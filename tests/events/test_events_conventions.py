"""PLOVER/CAMEO coding conventions and general role rules added for coverage: announced
conflict is a threat, intent to yield is AGREE, refusals are REJECT, obligations in reported
speech are demands, pronouns in reported clauses stand for the reporter, parse slips, noun
modifiers that pick the sense ("general strike" vs "air strike"), unnamed actors."""
from __future__ import annotations

import pytest

from lapwing.events.stage import EventStage
from lapwing.model import Actor, Mention

from events_builders import build_doc, dyads

ACTORS = {"Nigeria": ("NGA", "NGA"), "Chad": ("TCD", "TCD"), "Russia": ("RUS", "RUS"), "Sudan": ("SDN", "SDN"),
          "Israel": ("ISR", "ISR"), "Algeria": ("DZA", "DZA"), "Syria": ("SYR", "SYR"), "Jordan": ("JOR", "JOR")}


@pytest.fixture(scope="module")
def stage() -> EventStage:
    return EventStage({}, {})


def V(text, lemma, dep, head, tag="VBD"):
    return (text, lemma, "VERB", tag, dep, head)


def N(text, dep, head, pos="PROPN", lemma=None):
    return (text, lemma or text, pos, "NNP" if pos == "PROPN" else "NN", dep, head)


def AUX(text, head, dep="aux"):
    return (text, text, "AUX", "MD", dep, head)


def said_that(subject, clause):
    """'<subject> said <clause>' with the clause as ccomp of 'said' (token 1)."""
    shifted = [(t, l, p, g, d, h + 2 if h >= 0 else 1) for t, l, p, g, d, h in clause]
    root = shifted.index(next(s for s in shifted if s[5] == 1 and s[4] == "root"))
    shifted[root] = shifted[root][:4] + ("ccomp", 1)
    return [N(subject, "nsubj", 1), V("said", "say", "root", -1)] + shifted


def test_announced_future_sanction_is_a_threat_and_not_an_event(stage):
    # Nigeria said it would boycott Chad: "would" in reported speech is the reported "will"
    doc = stage(build_doc([said_that("Nigeria", [("it", "it", "PRON", "PRP", "nsubj", 2), AUX("would", 2),
                                                 V("boycott", "boycott", "root", -1, "VB"), N("Chad", "obj", 2)])],
                          ACTORS))
    assert ("THREATEN", "reported", "NGA", "TCD") in dyads(doc)
    assert ("PROTEST", "hypothetical", "NGA", "TCD") in dyads(doc)
    assert not dyads(doc, modality="asserted")


def test_would_under_a_condition_stays_hypothetical(stage):
    doc = stage(build_doc([[N("Russia", "nsubj", 2), AUX("would", 2), V("attack", "attack", "root", -1, "VB"),
                            N("Syria", "obj", 2), ("if", "if", "SCONJ", "IN", "mark", 6),
                            N("Israel", "nsubj", 6), V("attacked", "attack", "advcl", 2)]], ACTORS))
    assert ("ASSAULT", "hypothetical", "RUS", "SYR") in dyads(doc)
    assert not any(t == "THREATEN" for t, *_ in dyads(doc))


def test_future_withdrawal_unless_is_a_threat(stage):
    doc = stage(build_doc([[N("Nigeria", "nsubj", 2), AUX("will", 2), V("withdraw", "withdraw", "root", -1, "VB"),
                            ("from", "from", "ADP", "IN", "case", 4), N("Chad", "obl", 2),
                            ("unless", "unless", "SCONJ", "IN", "mark", 7), N("Sudan", "nsubj", 7),
                            V("agrees", "agree", "advcl", 2, "VBZ")]], ACTORS))
    assert ("THREATEN", "asserted", "NGA", "TCD") in dyads(doc)
    assert ("RETREAT", "hypothetical", "NGA", "TCD") in dyads(doc)


def test_intent_to_release_is_agree_and_refusal_is_reject(stage):
    will = stage(build_doc([[N("Sudan", "nsubj", 2), AUX("will", 2), V("release", "release", "root", -1, "VB"),
                             N("Chad", "obj", 2)]], ACTORS))
    assert dyads(will) == {("AGREE", "asserted", "SDN", "TCD")}
    assert will.events[0].cameo == "035"
    wont = stage(build_doc([[N("Sudan", "nsubj", 3), AUX("will", 3), ("not", "not", "PART", "RB", "advmod", 3),
                             V("release", "release", "root", -1, "VB"), N("Chad", "obj", 3)]], ACTORS))
    assert dyads(wont) == {("RETREAT", "negated", "SDN", "TCD"), ("REJECT", "asserted", "SDN", "TCD")}


def test_obligation_in_reported_speech_is_a_demand_of_the_speaker(stage):
    doc = stage(build_doc([said_that("Russia", [("that", "that", "SCONJ", "IN", "mark", 3), N("Sudan", "nsubj", 3),
                                                AUX("must", 3), V("return", "return", "root", -1, "VB"),
                                                ("the", "the", "DET", "DT", "det", 5),
                                                N("helicopter", "obj", 3, pos="NOUN")])], ACTORS))
    assert ("REQUEST", "asserted", "RUS", "SDN") in dyads(doc)
    request = next(e for e in doc.events if e.event_type == "REQUEST")
    assert request.provenance[0].rule == "c.obligation->REQUEST"


def test_pronoun_subject_of_a_reported_clause_is_the_reporter(stage):
    doc = stage(build_doc([said_that("Israel", [("it", "it", "PRON", "PRP", "nsubj", 2),
                                                ("had", "have", "AUX", "VBD", "aux", 2),
                                                V("expelled", "expel", "root", -1, "VBN"), N("Syria", "obj", 2)])],
                          ACTORS))
    assert dyads(doc) == {("SANCTION", "reported", "ISR", "SYR")}


def test_nsubj_pass_without_passive_auxiliary_is_read_as_active(stage):
    # parser slip: "Jordan have agreed" labelled nsubj:pass with the perfect "have"
    doc = stage(build_doc([[N("Jordan", "nsubj:pass", 2), ("have", "have", "AUX", "VBP", "aux", 2),
                            V("agreed", "agree", "root", -1, "VBN"), ("with", "with", "ADP", "IN", "case", 4),
                            N("Syria", "obl", 2)]], ACTORS))
    assert dyads(doc) == {("AGREE", "asserted", "JOR", "SYR")}


@pytest.mark.parametrize("modifier, expected", [("general", ("PROTEST", "strike")), ("air", ("ASSAULT", "aerial")),
                                                ("hunger", ("PROTEST", "hunger"))])
def test_noun_modifiers_pick_the_sense_of_strike(stage, modifier, expected):
    doc = stage(build_doc([[N("Algeria", "nsubj", 1), V("staged", "stage", "root", -1), ("a", "a", "DET", "DT", "det", 4),
                            (modifier, modifier, "ADJ", "JJ", "amod", 4), N("strike", "obj", 1, pos="NOUN"),
                            ("against", "against", "ADP", "IN", "case", 6), N("Syria", "obl", 4)]], ACTORS))
    assert {(e.event_type, e.mode) for e in doc.events if e.modality == "asserted"} == {expected}


def test_unnamed_protesters_take_the_place_and_target_their_government(stage):
    doc = build_doc([[N("protesters", "nsubj", 1, pos="NOUN"), V("rioted", "riot", "root", -1),
                      ("in", "in", "ADP", "IN", "case", 3), N("Algeria", "obl", 1)]], ACTORS)
    place = next(m for m in doc.mentions if m.text == "Algeria")
    protesters = Mention(start_char=0, end_char=10, text="protesters", kind="group", sentence=0,
                         actor=Actor(name="protesters", sector="OPP"))
    doc = doc.replace(mentions=(protesters, place.replace(kind="location")))
    event = next(e for e in stage(doc).events)
    assert (event.event_type, event.actors[0].actor.country, event.actors[0].actor.sector) == ("PROTEST", "DZA", "OPP")
    assert event.actors[0].resolution.rule == "contextual-country"
    assert event.recipients[0].actor.code == "DZA"   # the place of the protest


def test_protest_without_target_is_aimed_at_the_own_government(stage):
    doc = stage(build_doc([[N("Algeria", "nsubj", 1), V("rioted", "riot", "root", -1)]], ACTORS))
    event = doc.events[0]
    assert (event.event_type, event.recipients[0].actor.code) == ("PROTEST", "DZA")
    assert event.recipients[0].resolution.rule == "protest-own-government"


def test_unnamed_civilians_are_not_actors_of_military_events(stage):
    doc = build_doc([[N("people", "nsubj", 1, pos="NOUN"), V("deployed", "deploy", "root", -1),
                      ("in", "in", "ADP", "IN", "case", 3), N("Algeria", "obl", 1)]], ACTORS)
    people = Mention(start_char=0, end_char=6, text="people", kind="group", sentence=0,
                     actor=Actor(name="people", sector="CVL"))
    doc = doc.replace(mentions=(people,) + tuple(m.replace(kind="location") for m in doc.mentions))
    assert stage(doc).events == ()
