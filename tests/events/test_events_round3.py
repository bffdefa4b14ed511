"""Reciprocal partners, demands in purpose clauses, parse repair limits and the new lexicon
senses (joint exercises, easing restrictions, denials), on hand-built parses."""
from __future__ import annotations

import pytest

from lapwing.events.stage import EventStage

from events_builders import build_doc, dyads

ACTORS = {"Kenya": ("KEN", "KEN"), "Ethiopia": ("ETH", "ETH"), "Japan": ("JPN", "JPN"),
          "Pakistan": ("PAK", "PAK"), "Russia": ("RUS", "RUS"), "Belarus": ("BLR", "BLR"),
          "Mexico": ("MEX", "MEX"), "Egypt": ("EGY", "EGY"), "Caracas": ("VEN", "VEN")}


@pytest.fixture(scope="module")
def stage() -> EventStage:
    return EventStage({}, {})


def run(stage, *specs):
    return stage(build_doc(list(specs), ACTORS))


def test_coordinated_actors_of_an_agreement_are_each_others_partners(stage):
    # Kenya and Ethiopia agreed to reopen their border
    doc = run(stage, [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 3), ("and", "and", "CCONJ", "CC", "cc", 2),
                      ("Ethiopia", "Ethiopia", "PROPN", "NNP", "conj", 0),
                      ("agreed", "agree", "VERB", "VBD", "root", -1), ("to", "to", "PART", "TO", "mark", 5),
                      ("reopen", "reopen", "VERB", "VB", "xcomp", 3), ("their", "their", "PRON", "PRP$", "nmod:poss", 7),
                      ("border", "border", "NOUN", "NN", "obj", 5)])
    assert dyads(doc) == {("AGREE", "asserted", "KEN", "ETH"), ("AGREE", "asserted", "ETH", "KEN")}


def test_coordinated_attackers_are_not_made_each_others_targets(stage):
    # Kenya and Ethiopia attacked: no partner is invented for a conflictual event
    doc = run(stage, [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 3), ("and", "and", "CCONJ", "CC", "cc", 2),
                      ("Ethiopia", "Ethiopia", "PROPN", "NNP", "conj", 0),
                      ("attacked", "attack", "VERB", "VBD", "root", -1)])
    assert all(rec == "-" for *_, rec in dyads(doc))


def test_joint_exercise_is_cooperation_and_a_plain_one_mobilization(stage):
    # Russia held joint exercises with Belarus / Russia held military exercises
    joint = run(stage, [("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("held", "hold", "VERB", "VBD", "root", -1),
                        ("joint", "joint", "ADJ", "JJ", "amod", 3), ("exercises", "exercise", "NOUN", "NNS", "obj", 1),
                        ("with", "with", "ADP", "IN", "case", 5), ("Belarus", "Belarus", "PROPN", "NNP", "nmod", 3)])
    assert ("COOPERATE", "asserted", "RUS", "BLR") in dyads(joint)
    assert not any(e.event_type == "MOBILIZE" for e in joint.events)
    plain = run(stage, [("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("held", "hold", "VERB", "VBD", "root", -1),
                        ("military", "military", "ADJ", "JJ", "amod", 3), ("exercises", "exercise", "NOUN", "NNS", "obj", 1)])
    assert {e.event_type for e in plain.events} == {"MOBILIZE"}


def test_lifting_a_ban_is_a_concession_and_lifting_sanctions_a_retreat(stage):
    def lift(obj_text, obj_lemma):
        return run(stage, [("Mexico", "Mexico", "PROPN", "NNP", "nsubj", 1), ("lifted", "lift", "VERB", "VBD", "root", -1),
                           ("the", "the", "DET", "DT", "det", 3), (obj_text, obj_lemma, "NOUN", "NN", "obj", 1)])
    assert {e.event_type for e in lift("ban", "ban").events} == {"CONCEDE"}
    assert {e.event_type for e in lift("sanctions", "sanction").events} == {"RETREAT"}
    assert {e.event_type for e in lift("curfew", "curfew").events} == {"RETREAT"}


def test_protest_aimed_at_demand_object_is_not_the_target(stage):
    # protesters marched in Caracas to demand the release of Kenya's ... : "Kenya" is what is
    # demanded about, the place is the target's country
    doc = build_doc([[("Protesters", "protester", "NOUN", "NNS", "nsubj", 1),
                      ("marched", "march", "VERB", "VBD", "root", -1), ("in", "in", "ADP", "IN", "case", 3),
                      ("Caracas", "Caracas", "PROPN", "NNP", "obl", 1), ("to", "to", "PART", "TO", "mark", 5),
                      ("demand", "demand", "VERB", "VB", "advcl", 1), ("Japan", "Japan", "PROPN", "NNP", "obj", 5)]],
                    {**ACTORS, "Protesters": ("VENOPP", "VEN")})
    events = stage(doc).events
    protests = [e for e in events if e.event_type == "PROTEST"]
    assert protests and all(r.actor.code != "JPN" for e in protests for r in e.recipients)


def test_parse_repair_does_not_reach_past_a_nearer_noun(stage):
    # Japan sent aid to Pakistan after floods killed people: the floods killed, not Pakistan
    doc = run(stage, [("Japan", "Japan", "PROPN", "NNP", "nsubj", 1), ("sent", "send", "VERB", "VBD", "root", -1),
                      ("aid", "aid", "NOUN", "NN", "obj", 1), ("to", "to", "ADP", "IN", "case", 4),
                      ("Pakistan", "Pakistan", "PROPN", "NNP", "nmod", 2), ("after", "after", "ADP", "IN", "case", 6),
                      ("floods", "flood", "NOUN", "NNS", "obl", 1), ("killed", "kill", "VERB", "VBD", "advcl", 1),
                      ("people", "people", "NOUN", "NNS", "obj", 7)])
    assert dyads(doc) == {("AID", "asserted", "JPN", "PAK")}


def test_denying_an_allegation_is_no_rejection_and_negates_what_is_denied(stage):
    # CAMEO 016 (deny responsibility) has no PLOVER event; what is denied did not happen as told
    doc = run(stage, [("Egypt", "Egypt", "PROPN", "NNP", "nsubj", 1), ("denied", "deny", "VERB", "VBD", "root", -1),
                      ("that", "that", "SCONJ", "IN", "mark", 4), ("police", "police", "NOUN", "NNS", "nsubj", 4),
                      ("fired", "fire", "VERB", "VBD", "ccomp", 1)])
    assert not [e for e in doc.events if e.modality == "asserted"]
    assert {(e.event_type, e.modality) for e in doc.events} <= {("ASSAULT", "negated")}


def test_not_accepting_a_proposal_is_also_a_rejection(stage):
    doc = run(stage, [("Ethiopia", "Ethiopia", "PROPN", "NNP", "nsubj", 3), ("did", "do", "AUX", "VBD", "aux", 3),
                      ("not", "not", "PART", "RB", "advmod", 3), ("accept", "accept", "VERB", "VB", "root", -1),
                      ("a", "a", "DET", "DT", "det", 5), ("proposal", "proposal", "NOUN", "NN", "obj", 3)])
    assert ("REJECT", "asserted", "ETH", "-") in dyads(doc)
    assert ("AGREE", "negated", "ETH", "-") in dyads(doc)


def test_drills_by_coordinated_countries_are_joint_cooperation(stage):
    # Chile and Bulgaria held military drills -> COOPERATE between them, not two MOBILIZE
    doc = stage(build_doc([[("Chile", "Chile", "PROPN", "NNP", "nsubj", 3), ("and", "and", "CCONJ", "CC", "cc", 2),
                            ("Bulgaria", "Bulgaria", "PROPN", "NNP", "conj", 0),
                            ("held", "hold", "VERB", "VBD", "root", -1),
                            ("military", "military", "ADJ", "JJ", "amod", 5),
                            ("drills", "drill", "NOUN", "NNS", "obj", 3)]],
                          {"Chile": ("CHL", "CHL"), "Bulgaria": ("BGR", "BGR")}))
    assert dyads(doc) == {("COOPERATE", "asserted", "CHL", "BGR"), ("COOPERATE", "asserted", "BGR", "CHL")}
    assert all(e.cameo == "062" for e in doc.events)


def test_the_place_of_a_prepositional_object_names_the_target_country(stage):
    # Israel fired at targets in Caracas (a place mention) -> the place's country is the target
    doc = build_doc([[("Japan", "Japan", "PROPN", "NNP", "nsubj", 1), ("fired", "fire", "VERB", "VBD", "root", -1),
                      ("at", "at", "ADP", "IN", "case", 3), ("targets", "target", "NOUN", "NNS", "obl", 1),
                      ("in", "in", "ADP", "IN", "case", 5), ("Caracas", "Caracas", "PROPN", "NNP", "nmod", 3)]], ACTORS)
    doc = stage(doc.replace(mentions=tuple(m.replace(kind="location") if m.text == "Caracas" else m
                                           for m in doc.mentions)))
    assert any(d[0] == "ASSAULT" and d[3] == "VEN" for d in dyads(doc)), dyads(doc)


def test_a_quantity_of_unnamed_protesters_placed_by_the_event_is_the_actor(stage):
    # Thousands of protesters marched in Caracas -> VEN protesters protest (own government)
    doc = build_doc([[("Thousands", "thousand", "NOUN", "NNS", "nsubj", 3), ("of", "of", "ADP", "IN", "case", 2),
                      ("protesters", "protester", "NOUN", "NNS", "nmod", 0),
                      ("marched", "march", "VERB", "VBD", "root", -1), ("in", "in", "ADP", "IN", "case", 5),
                      ("Caracas", "Caracas", "PROPN", "NNP", "obl", 3)]], ACTORS)
    mentions = []
    for m in doc.mentions:
        mentions.append(m.replace(kind="location") if m.text == "Caracas" else m)
    protesters = next(t for t in doc.sentences[0].tokens if t.text == "protesters")
    from lapwing.model import Actor, Mention
    mentions.append(Mention(start_char=protesters.start_char, end_char=protesters.end_char, text="protesters",
                            kind="group", sentence=0, actor=Actor(name="protesters", sector="OPP")))
    doc = stage(doc.replace(mentions=tuple(sorted(mentions, key=lambda m: m.start_char))))
    protests = [e for e in doc.events if e.event_type == "PROTEST"]
    assert protests and protests[0].actors[0].actor.country == "VEN"


def test_exercises_with_a_named_partner_or_called_joint_are_cooperation(stage):
    with_partner = run(stage, [("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("held", "hold", "VERB", "VBD", "root", -1),
                               ("naval", "naval", "ADJ", "JJ", "amod", 3), ("exercises", "exercise", "NOUN", "NNS", "obj", 1),
                               ("with", "with", "ADP", "IN", "case", 5), ("Belarus", "Belarus", "PROPN", "NNP", "nmod", 3)])
    assert dyads(with_partner) == {("COOPERATE", "asserted", "RUS", "BLR")}
    joint_military = run(stage, [("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("held", "hold", "VERB", "VBD", "root", -1),
                                 ("joint", "joint", "ADJ", "JJ", "amod", 4), ("military", "military", "ADJ", "JJ", "amod", 4),
                                 ("drills", "drill", "NOUN", "NNS", "obj", 1)])
    assert {e.event_type for e in joint_military.events} == {"COOPERATE"}


def test_parse_repair_does_not_take_a_place_in_a_prepositional_phrase_as_the_subject(stage):
    # ... after floods in Sindh province killed people: "Sindh" (a place of Pakistan) did not kill
    doc = stage(build_doc([[("Japan", "Japan", "PROPN", "NNP", "nsubj", 1), ("sent", "send", "VERB", "VBD", "root", -1),
                            ("aid", "aid", "NOUN", "NN", "obj", 1), ("after", "after", "ADP", "IN", "case", 4),
                            ("floods", "flood", "NOUN", "NNS", "obl", 1), ("in", "in", "ADP", "IN", "case", 7),
                            ("Sindh", "Sindh", "PROPN", "NNP", "compound", 7),
                            ("province", "province", "NOUN", "NN", "nmod", 4),
                            ("killed", "kill", "VERB", "VBD", "advcl", 1), ("people", "people", "NOUN", "NNS", "obj", 8)]],
                          {**ACTORS, "Sindh": ("PAK", "PAK")}))
    assert not any(e.event_type == "ASSAULT" for e in doc.events)
