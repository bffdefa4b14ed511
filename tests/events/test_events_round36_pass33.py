"""Round 36 of event coding (found on the news audit's pass 33 texts):

* "The Marine base at Beirut airport was destroyed ..., killing 241 American servicemen": where the
  object is ("at Beirut airport") names no recipient, so the outcome's victims are the target;
* "Dallas police shot and killed a 13-year-old gorilla": the object a verb shares with the verb
  joined to it counts for its blocks (no shooting of an animal);
* "a roadside bomb targeting a passing police patrol in Palestine street" (in Baghdad): a place
  name before a street noun with no indefinite article names the street, not its place.

Hand-built parses as the bundled parser gives them, with guard tests."""
from __future__ import annotations

from events_builders import as_cities, build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture

ACTORS = {"Beirut": ("LBN", "LBN"), "bomber": ("UAF", None), "servicemen": ("USAMIL", "USA"),
          "police": ("USACOP", "USA"), "Palestine": ("PSE", "PSE"), "Baghdad": ("IRQ", "IRQ"), "man": ("CVL", None)}
PLACES = {"Beirut", "Palestine", "Baghdad"}


def _doc(spec):
    return as_cities(build_doc([spec], ACTORS), PLACES)


# the bomber destroyed the base at Beirut , killing servicemen .
AT_BEIRUT = [("the", "the", "DET", "DT", "det", 1), ("bomber", "bomber", "NOUN", "NN", "nsubj", 2),
             ("destroyed", "destroy", "VERB", "VBD", "root", -1), ("the", "the", "DET", "DT", "det", 4),
             ("base", "base", "NOUN", "NN", "obj", 2), ("at", "at", "ADP", "IN", "case", 6),
             ("Beirut", "Beirut", "PROPN", "NNP", "nmod", 4), (",", ",", "PUNCT", ",", "punct", 8),
             ("killing", "kill", "VERB", "VBG", "advcl", 2), ("servicemen", "serviceman", "NOUN", "NNS", "obj", 8),
             (".", ".", "PUNCT", ".", "punct", 2)]


def test_where_the_object_is_names_no_recipient(stage):
    recipients = {d[3] for d in dyads(stage(_doc(AT_BEIRUT))) if d[0] == "ASSAULT"}
    assert "USAMIL" in recipients and "LBN" not in recipients


def test_a_weapons_at_is_its_target(stage):
    """Guard: "the police fired rockets at Beirut": a weapon's "at" names its target."""
    spec = [("the", "the", "DET", "DT", "det", 1), ("police", "police", "NOUN", "NNS", "nsubj", 2),
            ("fired", "fire", "VERB", "VBD", "root", -1), ("rockets", "rocket", "NOUN", "NNS", "obj", 2),
            ("at", "at", "ADP", "IN", "case", 5), ("Beirut", "Beirut", "PROPN", "NNP", "nmod", 3),
            (".", ".", "PUNCT", ".", "punct", 2)]
    assert ("ASSAULT", "LBN") in {(d[0], d[3]) for d in dyads(stage(_doc(spec)))}


def test_a_phrase_of_the_object_to_someone_still_names_the_recipient(stage):
    """Guard: "sent aid to Beirut": "to" after the object is whom it is for."""
    spec = [("the", "the", "DET", "DT", "det", 1), ("police", "police", "NOUN", "NNS", "nsubj", 2),
            ("sent", "send", "VERB", "VBD", "root", -1), ("aid", "aid", "NOUN", "NN", "obj", 2),
            ("to", "to", "ADP", "IN", "case", 5), ("Beirut", "Beirut", "PROPN", "NNP", "nmod", 3),
            (".", ".", "PUNCT", ".", "punct", 2)]
    assert ("AID", "LBN") in {(d[0], d[3]) for d in dyads(stage(_doc(spec)))}


# police shot and killed a gorilla .
GORILLA = [("police", "police", "NOUN", "NNS", "nsubj", 1), ("shot", "shoot", "VERB", "VBD", "root", -1),
           ("and", "and", "CCONJ", "CC", "cc", 3), ("killed", "kill", "VERB", "VBD", "conj", 1),
           ("a", "a", "DET", "DT", "det", 5), ("gorilla", "gorilla", "NOUN", "NN", "obj", 3),
           (".", ".", "PUNCT", ".", "punct", 1)]


def test_a_shared_animal_object_blocks_the_first_verb_too(stage):
    assert not dyads(stage(_doc(GORILLA)))


def test_a_shared_human_object_is_shot(stage):
    """Guard: "police shot and killed a man"."""
    spec = [t if t[0] != "gorilla" else ("man", "man", "NOUN", "NN", "obj", 3) for t in GORILLA]
    assert "ASSAULT" in {d[0] for d in dyads(stage(_doc(spec)))}


# a bomb detonated in Palestine street .
STREET = [("a", "a", "DET", "DT", "det", 1), ("bomb", "bomb", "NOUN", "NN", "nsubj", 2),
          ("detonated", "detonate", "VERB", "VBD", "root", -1), ("in", "in", "ADP", "IN", "case", 5),
          ("Palestine", "Palestine", "PROPN", "NNP", "compound", 5), ("street", "street", "NOUN", "NN", "obl", 2),
          (".", ".", "PUNCT", ".", "punct", 2)]


def test_a_place_name_before_a_street_noun_names_the_street(stage):
    assert not any(e.actors[0].actor.cameo_code == "PSEUAF" for e in stage(_doc(STREET)).events)


def test_a_street_of_a_place_places_it(stage):
    """Guard: "in a Baghdad street": the indefinite article says where the street is."""
    spec = STREET[:4] + [("a", "a", "DET", "DT", "det", 6), ("Baghdad", "Baghdad", "PROPN", "NNP", "compound", 6),
                         ("street", "street", "NOUN", "NN", "obl", 2), (".", ".", "PUNCT", ".", "punct", 2)]
    assert [e.actors[0].actor.cameo_code for e in stage(_doc(spec)).events] == ["IRQUAF"]
