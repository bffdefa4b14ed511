"""Round 22 of event coding (found on the news audit's pass 17 texts):

* "when an Israeli patrol was passing by": a patrol as the subject is the unit, not an event;
* "protested against destroying two Ivorian fighter jets by French force": a gerund's "by"
  phrase names its agent;
* "have kept the peace there since the 1995 truce": a noun after "since" is an earlier happening,
  not the phrase of the verb before it (no light verb lends it an actor).

Hand-built parses as the bundled parser gives them, with guard tests."""
from __future__ import annotations

from events_builders import build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture

ACTORS = {"Israeli": ("ISR", "ISR"), "Israel": ("ISR", "ISR"), "French": ("FRA", "FRA"), "Ivorian": ("CIV", "CIV"),
          "NATO": ("IGONAT", None), "demonstrators": ("CIVOPP", "CIV")}


def _doc(spec):
    return build_doc([spec], ACTORS)


# an Israeli patrol was passing by .
PATROL_SUBJECT = [("an", "a", "DET", "DT", "det", 2), ("Israeli", "Israeli", "ADJ", "JJ", "amod", 2),
                  ("patrol", "patrol", "NOUN", "NN", "nsubj", 4), ("was", "be", "AUX", "VBD", "aux", 4),
                  ("passing", "pass", "VERB", "VBG", "root", -1), ("by", "by", "ADV", "RB", "advmod", 4),
                  (".", ".", "PUNCT", ".", "punct", 4)]


def test_a_patrol_as_the_subject_is_the_unit(stage):
    assert dyads(stage(_doc(PATROL_SUBJECT))) == set()


def test_a_patrol_sent_is_still_a_mobilisation(stage):
    """Guard: "Israel sent a patrol" (the object of a light verb)."""
    spec = [("Israel", "Israel", "PROPN", "NNP", "nsubj", 1), ("launched", "launch", "VERB", "VBD", "root", -1),
            ("a", "a", "DET", "DT", "det", 3), ("patrol", "patrol", "NOUN", "NN", "obj", 1),
            (".", ".", "PUNCT", ".", "punct", 1)]
    assert ("MOBILIZE", "asserted", "ISR", "-") in dyads(stage(_doc(spec)))


# demonstrators protested against destroying Ivorian jets by French force .
GERUND_BY = [("demonstrators", "demonstrator", "NOUN", "NNS", "nsubj", 1), ("protested", "protest", "VERB", "VBD", "root", -1),
             ("against", "against", "SCONJ", "IN", "mark", 3), ("destroying", "destroy", "VERB", "VBG", "advcl", 1),
             ("Ivorian", "Ivorian", "ADJ", "JJ", "amod", 5), ("jets", "jet", "NOUN", "NNS", "obj", 3),
             ("by", "by", "ADP", "IN", "case", 8), ("French", "French", "ADJ", "JJ", "amod", 8),
             ("force", "force", "NOUN", "NN", "obl", 3), (".", ".", "PUNCT", ".", "punct", 1)]


def test_a_gerunds_by_phrase_is_its_agent(stage):
    found = dyads(stage(_doc(GERUND_BY)))
    assert any(d[0] == "ASSAULT" and d[2] == "FRA" for d in found)
    assert not any(d[0] == "ASSAULT" and d[2] == "CIVOPP" for d in found)


# NATO has kept the peace since the truce .
SINCE_TRUCE = [("NATO", "NATO", "PROPN", "NNP", "nsubj", 2), ("has", "have", "AUX", "VBZ", "aux", 2),
               ("kept", "keep", "VERB", "VBN", "root", -1), ("the", "the", "DET", "DT", "det", 4),
               ("peace", "peace", "NOUN", "NN", "obj", 2), ("since", "since", "ADP", "IN", "case", 7),
               ("the", "the", "DET", "DT", "det", 7), ("truce", "truce", "NOUN", "NN", "obl", 2),
               (".", ".", "PUNCT", ".", "punct", 2)]


def test_a_noun_after_since_takes_no_actor_from_the_verb(stage):
    assert not any(d[2] == "IGONAT" for d in dyads(stage(_doc(SINCE_TRUCE))) if d[0] == "RETREAT")
