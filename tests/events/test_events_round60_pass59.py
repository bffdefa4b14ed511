"""Round 60 of event coding (found on the news audit's pass 59 texts): a second "against" phrase
the parser joined to the protest verb is a target phrase too, and a place inside a protested
phrase says where the protested thing is, not whose it is ("protested against the escalation of
the conflict in Bosnia and against the German military presence there": Germany's). Hand-built
parses as the bundled parser gives them, with a guard test."""
from __future__ import annotations

from events_builders import build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture

ACTORS = {"Bosnia": ("BIH", "BIH"), "German": ("DEU", "DEU"), "Demonstrators": ("DEUOPP", "DEU")}


def _protested(second: list):
    # Demonstrators protested against the escalation of the conflict in Bosnia [and against the German presence] .
    return [("Demonstrators", "demonstrator", "NOUN", "NNS", "nsubj", 1), ("protested", "protest", "VERB", "VBD", "root", -1),
            ("against", "against", "ADP", "IN", "case", 4), ("the", "the", "DET", "DT", "det", 4),
            ("escalation", "escalation", "NOUN", "NN", "obl", 1), ("of", "of", "ADP", "IN", "case", 7),
            ("the", "the", "DET", "DT", "det", 7), ("conflict", "conflict", "NOUN", "NN", "nmod", 4),
            ("in", "in", "ADP", "IN", "case", 9), ("Bosnia", "Bosnia", "PROPN", "NNP", "nmod", 7),
            *second, (".", ".", "PUNCT", ".", "punct", 1)]


_SECOND = [("and", "and", "CCONJ", "CC", "cc", 14), ("against", "against", "ADP", "IN", "case", 14),
           ("the", "the", "DET", "DT", "det", 14), ("German", "German", "ADJ", "JJ", "amod", 14),
           ("presence", "presence", "NOUN", "NN", "conj", 1)]


def test_a_second_against_phrase_joined_to_the_verb_names_the_target(stage):
    assert {(d[0], d[3]) for d in dyads(stage(build_doc([_protested(_SECOND)], ACTORS)))} == {("PROTEST", "DEU")}


def test_a_place_inside_the_protested_phrase_is_not_its_target(stage):
    """"against the escalation of the conflict in Bosnia": no target named, Bosnia is where."""
    assert not any(d[3] == "BIH" for d in dyads(stage(build_doc([_protested([])], ACTORS))))
