"""prep_object / subject constraints in matching (needs the triggers.py change in the lexicon report)."""
from __future__ import annotations

import pytest

from events_builders import build_doc, dyads, event_stage  # noqa: F401 - event_stage is a fixture

ACTORS = {"Russia": ("RUS", "RUS"), "Mali": ("MLI", "MLI"), "France": ("FRA", "FRA"), "Egypt": ("EGY", "EGY")}


def withdrew_from(noun: str, lemma: str) -> list:
    return [[("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("withdrew", "withdraw", "VERB", "VBD", "root", -1),
             ("from", "from", "ADP", "IN", "case", 4), ("the", "the", "DET", "DT", "det", 4),
             (noun, lemma, "NOUN", "NN", "obl", 1)]]


@pytest.mark.parametrize("noun, lemma, expected, rule", [
    ("treaty", "treaty", "SANCTION", "v.withdraw_treaty"),
    ("talks", "talk", "SANCTION", "v.withdraw_talks"),
    ("town", "town", "RETREAT", "v.withdraw"),
])
def test_withdraw_from_depends_on_the_object_of_from(event_stage, noun, lemma, expected, rule):
    doc = event_stage(build_doc(withdrew_from(noun, lemma), ACTORS))
    assert [(e.event_type, e.provenance[0].rule) for e in doc.events] == [(expected, rule)]


@pytest.mark.parametrize("subject, lemma, expected", [
    ("troops", "troop", "MOBILIZE"), ("peacekeepers", "peacekeeper", "AID"), ("minister", "minister", "CONSULT"),
])
def test_who_arrives_decides_the_type(event_stage, subject, lemma, expected):
    doc = event_stage(build_doc([[("France", "France", "PROPN", "NNP", "nmod:poss", 1),
                                  (subject, lemma, "NOUN", "NNS", "nsubj", 2),
                                  ("arrived", "arrive", "VERB", "VBD", "root", -1),
                                  ("in", "in", "ADP", "IN", "case", 4),
                                  ("Mali", "Mali", "PROPN", "NNP", "obl", 2)]], ACTORS))
    assert {e.event_type for e in doc.events} == {expected}
