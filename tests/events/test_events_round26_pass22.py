"""Round 26 of event coding (found on the news audit's pass 22 texts):

* "bombed a Coca-Cola factory ... in retaliation for US military action against Afghanistan":
  the phrase of what an act answers is no place to look for its target;
* "a Madrid-bound Boeing 727 ... hit a television antenna ... and crashed, killing 148 people": a
  destination names no one, and a crash is an accident (role cue ``accident_verbs``);
* "military commanders ordered forces on highest alert": an order that raises an alert is a
  mobilisation, not a request;
* "protested ... against a threatened attack on Iraq": the attacked are not what the protest is
  against.

Hand-built parses as the bundled parser gives them, with guard tests."""
from __future__ import annotations

from events_builders import build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture

ACTORS = {"rebels": ("INDREB", "IND"), "Afghanistan": ("AFG", "AFG"), "US": ("USA", "USA"),
          "Madrid": ("ESP", "ESP"), "commanders": ("USAMIL", "USA"), "students": ("ESPEDU", "ESP"),
          "Iraq": ("IRQ", "IRQ")}
PLACES = {"Madrid"}


def _doc(spec):
    doc = build_doc([spec], ACTORS)
    mentions = tuple(m.replace(kind="location") if m.text in PLACES else m for m in doc.mentions)
    return doc.replace(mentions=mentions)


# rebels bombed a factory in retaliation for US action against Afghanistan .
RETALIATION = [("rebels", "rebel", "NOUN", "NNS", "nsubj", 1), ("bombed", "bomb", "VERB", "VBD", "root", -1),
               ("a", "a", "DET", "DT", "det", 3), ("factory", "factory", "NOUN", "NN", "obj", 1),
               ("in", "in", "ADP", "IN", "case", 5), ("retaliation", "retaliation", "NOUN", "NN", "obl", 1),
               ("for", "for", "ADP", "IN", "case", 8), ("US", "US", "PROPN", "NNP", "compound", 8),
               ("action", "action", "NOUN", "NN", "nmod", 5), ("against", "against", "ADP", "IN", "case", 10),
               ("Afghanistan", "Afghanistan", "PROPN", "NNP", "nmod", 8), (".", ".", "PUNCT", ".", "punct", 1)]


def test_what_an_act_answers_holds_no_target(stage):
    assert not any(d[3] == "AFG" for d in dyads(stage(_doc(RETALIATION))))


def test_a_target_inside_an_argument_is_still_found(stage):
    """Guard: "bombed a factory in a campaign against Afghanistan" (no motive noun)."""
    spec = [t if t[0] != "retaliation" else ("campaign", "campaign", "NOUN", "NN", "obl", 1) for t in RETALIATION]
    spec = [t if t[0] != "for" else ("of", "of", "ADP", "IN", "case", 8) for t in spec]
    assert ("ASSAULT", "asserted", "INDREB", "AFG") in dyads(stage(_doc(spec)))


# a Madrid - bound Boeing crashed , killing 148 people .
CRASH = [("a", "a", "DET", "DT", "det", 4), ("Madrid", "Madrid", "PROPN", "NNP", "compound", 3),
         ("-", "-", "PUNCT", "HYPH", "punct", 3), ("bound", "bound", "ADJ", "JJ", "amod", 4),
         ("Boeing", "Boeing", "PROPN", "NNP", "nsubj", 5), ("crashed", "crash", "VERB", "VBD", "root", -1),
         (",", ",", "PUNCT", ",", "punct", 7), ("killing", "kill", "VERB", "VBG", "advcl", 5),
         ("148", "148", "NUM", "CD", "nummod", 9), ("people", "people", "NOUN", "NNS", "obj", 7),
         (".", ".", "PUNCT", ".", "punct", 5)]


def test_a_crash_is_no_attack_and_a_destination_no_actor(stage):
    assert dyads(stage(_doc(CRASH))) == set()


# commanders ordered forces on highest alert .
ALERT = [("commanders", "commander", "NOUN", "NNS", "nsubj", 1), ("ordered", "order", "VERB", "VBD", "root", -1),
         ("forces", "force", "NOUN", "NNS", "obj", 1), ("on", "on", "ADP", "IN", "case", 5),
         ("highest", "high", "ADJ", "JJS", "amod", 5), ("alert", "alert", "NOUN", "NN", "obl", 1),
         (".", ".", "PUNCT", ".", "punct", 1)]


def test_ordering_forces_on_alert_is_a_mobilisation(stage):
    assert {d[0] for d in dyads(stage(_doc(ALERT)))} == {"MOBILIZE"}


# students protested against an attack on Iraq .
ATTACK_ON = [("students", "student", "NOUN", "NNS", "nsubj", 1), ("protested", "protest", "VERB", "VBD", "root", -1),
             ("against", "against", "ADP", "IN", "case", 4), ("an", "a", "DET", "DT", "det", 4),
             ("attack", "attack", "NOUN", "NN", "obl", 1), ("on", "on", "ADP", "IN", "case", 6),
             ("Iraq", "Iraq", "PROPN", "NNP", "nmod", 4), (".", ".", "PUNCT", ".", "punct", 1)]


def test_the_attacked_are_not_what_a_protest_is_against(stage):
    found = dyads(stage(_doc(ATTACK_ON)))
    assert found and not any(d[0] == "PROTEST" and d[3] == "IRQ" for d in found)


def test_the_protested_attacker_is_the_target(stage):
    """Guard: "students protested against the US attack on Iraq": the attacker."""
    spec = [t if t[0] != "an" else ("US", "US", "PROPN", "NNP", "compound", 4) for t in ATTACK_ON]
    assert ("PROTEST", "asserted", "ESPEDU", "USA") in dyads(stage(_doc(spec)))

