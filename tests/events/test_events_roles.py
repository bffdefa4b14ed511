"""Who did it to whom, read from hand-built dependency parses."""
from __future__ import annotations

import pytest

from lapwing.events.stage import EventStage

from events_builders import build_doc, dyads

COUNTRIES = {"Haftar": ("LBY", "LBY"), "UAE": ("ARE", "ARE"), "Egypt": ("EGY", "EGY"), "Russia": ("RUS", "RUS"),
             "US": ("USA", "USA"), "Syria": ("SYR", "SYR"), "Damascus": ("SYR", "SYR"), "Turkey": ("TUR", "TUR"),
             "Libya": ("LBY", "LBY"), "Council": ("IGOUNO", None), "Tripoli": ("LBY", "LBY"),
             "Wooster": ("USA", "USA"), "Assad": ("SYR", "SYR")}


@pytest.fixture(scope="module")
def stage() -> EventStage:
    return EventStage({}, {})


def run(stage, *specs):
    return stage(build_doc(list(specs), COUNTRIES))


def test_passive_voice_with_coordinated_agents_gives_one_event_per_supporter(stage):
    doc = run(stage, [
        ("Haftar", "Haftar", "PROPN", "NNP", "nsubj:pass", 2), ("is", "be", "AUX", "VBZ", "aux:pass", 2),
        ("supported", "support", "VERB", "VBN", "root", -1), ("by", "by", "ADP", "IN", "case", 4),
        ("UAE", "UAE", "PROPN", "NNP", "obl:agent", 2), (",", ",", "PUNCT", ",", "punct", 6),
        ("Egypt", "Egypt", "PROPN", "NNP", "conj", 4), ("and", "and", "CCONJ", "CC", "cc", 8),
        ("Russia", "Russia", "PROPN", "NNP", "conj", 4), (".", ".", "PUNCT", ".", "punct", 2)])
    assert dyads(doc) == {("SUPPORT", "asserted", code, "LBY") for code in ("ARE", "EGY", "RUS")}
    assert not any(e.actors[0].actor.code == "LBY" for e in doc.events), "passive voice reversed"


def test_active_voice_subject_acts_on_object(stage):
    doc = run(stage, [("Turkey", "Turkey", "PROPN", "NNP", "nsubj", 1),
                      ("backed", "back", "VERB", "VBD", "root", -1), ("Haftar", "Haftar", "PROPN", "NNP", "obj", 1)])
    assert dyads(doc) == {("SUPPORT", "asserted", "TUR", "LBY")}
    event = doc.events[0]
    assert event.cameo == "051" and event.quad_code == 1 and event.intensity == pytest.approx(3.4)
    assert event.provenance[0].rule == "v.back" and event.provenance[0].stage == "events"
    assert (event.trigger_start, event.trigger_end) == (7, 13)


def test_subject_shared_across_and_and_prepositional_recipient(stage):
    # Haftar opened an embassy in Syria and called on Damascus to unite
    doc = run(stage, [
        ("Haftar", "Haftar", "PROPN", "NNP", "nsubj", 1), ("opened", "open", "VERB", "VBD", "root", -1),
        ("an", "a", "DET", "DT", "det", 3), ("embassy", "embassy", "NOUN", "NN", "obj", 1),
        ("in", "in", "ADP", "IN", "case", 5), ("Syria", "Syria", "PROPN", "NNP", "nmod", 3),
        ("and", "and", "CCONJ", "CC", "cc", 7), ("called", "call", "VERB", "VBD", "conj", 1),
        ("on", "on", "ADP", "IN", "case", 9), ("Damascus", "Damascus", "PROPN", "NNP", "obl", 7),
        ("to", "to", "PART", "TO", "mark", 11), ("unite", "unite", "VERB", "VB", "xcomp", 7)])
    assert dyads(doc) == {("SUPPORT", "asserted", "LBY", "SYR"), ("REQUEST", "asserted", "LBY", "SYR")}
    rules = {e.provenance[0].rule for e in doc.events}
    assert rules == {"v.open_mission", "v.call_on"}


def test_nominal_event_with_light_verb_and_prepositional_recipient(stage):
    # The Council imposed an arms embargo on Libya
    doc = run(stage, [
        ("The", "the", "DET", "DT", "det", 1), ("Council", "Council", "PROPN", "NNP", "nsubj", 2),
        ("imposed", "impose", "VERB", "VBD", "root", -1), ("an", "a", "DET", "DT", "det", 5),
        ("arms", "arm", "NOUN", "NNS", "compound", 5), ("embargo", "embargo", "NOUN", "NN", "obj", 2),
        ("on", "on", "ADP", "IN", "case", 7), ("Libya", "Libya", "PROPN", "NNP", "nmod", 5)])
    assert dyads(doc) == {("SANCTION", "asserted", "IGOUNO", "LBY")}
    assert doc.events[0].evidence == ("imposed", "embargo")


def test_nominal_event_with_by_and_against(stage):
    # the offensive by Haftar against Tripoli began
    doc = run(stage, [
        ("the", "the", "DET", "DT", "det", 1), ("offensive", "offensive", "NOUN", "NN", "nsubj", 6),
        ("by", "by", "ADP", "IN", "case", 3), ("Haftar", "Haftar", "PROPN", "NNP", "nmod", 1),
        ("against", "against", "ADP", "IN", "case", 5), ("Tripoli", "Tripoli", "PROPN", "NNP", "nmod", 1),
        ("began", "begin", "VERB", "VBD", "root", -1)])
    assert dyads(doc) == {("ASSAULT", "asserted", "LBY", "LBY")}


def test_duplicate_predicates_for_the_same_dyad_merge(stage):
    # Russia attacked and attacked Syria: one event per predicate and dyad, duplicates merged
    doc = run(stage, [
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("attacked", "attack", "VERB", "VBD", "root", -1),
        ("Syria", "Syria", "PROPN", "NNP", "obj", 1), ("and", "and", "CCONJ", "CC", "cc", 4),
        ("attacked", "attack", "VERB", "VBD", "conj", 1), ("Syria", "Syria", "PROPN", "NNP", "obj", 4)])
    assert len(doc.events) == 1
    assert len(doc.events[0].provenance) == 2


def test_event_ids_are_deterministic_and_distinct(stage):
    spec = [("Turkey", "Turkey", "PROPN", "NNP", "nsubj", 1), ("attacked", "attack", "VERB", "VBD", "root", -1),
            ("Syria", "Syria", "PROPN", "NNP", "obj", 1), ("and", "and", "CCONJ", "CC", "cc", 4),
            ("Russia", "Russia", "PROPN", "NNP", "conj", 2)]
    first, second = run(stage, spec), run(stage, spec)
    assert [e.id for e in first.events] == [e.id for e in second.events]
    assert len({e.id for e in first.events}) == 2


def test_no_actor_no_event(stage):
    doc = run(stage, [("Someone", "someone", "PRON", "NN", "nsubj", 1),
                      ("attacked", "attack", "VERB", "VBD", "root", -1), ("Syria", "Syria", "PROPN", "NNP", "obj", 1)])
    assert doc.events == ()


def test_requested_action_is_not_coded_as_its_own_event(stage):
    # Turkey called for the withdrawal of Russia: REQUEST only, not RETREAT
    doc = run(stage, [
        ("Turkey", "Turkey", "PROPN", "NNP", "nsubj", 1), ("called", "call", "VERB", "VBD", "root", -1),
        ("for", "for", "ADP", "IN", "case", 4), ("the", "the", "DET", "DT", "det", 4),
        ("withdrawal", "withdrawal", "NOUN", "NN", "obl", 1), ("of", "of", "ADP", "IN", "case", 6),
        ("Russia", "Russia", "PROPN", "NNP", "nmod", 4)])
    assert dyads(doc) == {("REQUEST", "asserted", "TUR", "RUS")}


def test_nominal_event_in_a_compound_split_into_object_and_xcomp(stage):
    """A parser error seen in news: "imposed an arms embargo" parsed as obj 'arms' + xcomp 'embargo'."""
    doc = run(stage, [
        ("Council", "Council", "PROPN", "NNP", "nsubj", 1), ("imposed", "impose", "VERB", "VBD", "root", -1),
        ("an", "a", "DET", "DT", "det", 3), ("arms", "arm", "NOUN", "NNS", "obj", 1),
        ("embargo", "embargo", "NOUN", "NN", "xcomp", 1), ("on", "on", "ADP", "IN", "case", 6),
        ("Libya", "Libya", "PROPN", "NNP", "obl", 1), (".", ".", "PUNCT", ".", "punct", 1)])
    assert dyads(doc) == {("SANCTION", "asserted", "IGOUNO", "LBY")}
