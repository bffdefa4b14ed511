"""Round 58 of event coding (found on the news audit's pass 57 texts): an "against" phrase the
parser hung inside one of a protest's phrases is the protest's target ("demonstrated after the
weekly Friday prayer in mosques against the Israeli army's raids"), a named target in it taken
whole; a place the harmed made their way to afterwards is not where the attack was ("survived and
made her way to government-held Zenica in central Bosnia"). Hand-built parses as the bundled
parser gives them, with guard tests. Tried and not kept (docs/events.md): a person named by a
name no dictionary knows as the attacker."""
from __future__ import annotations

from events_builders import as_cities, build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture


def _prayer(target: list):
    # Qataris demonstrated after prayer in mosques against TARGET in Doha .
    return [("Qataris", "Qatari", "PROPN", "NNPS", "nsubj", 1), ("demonstrated", "demonstrate", "VERB", "VBD", "root", -1),
            ("after", "after", "ADP", "IN", "case", 3), ("prayer", "prayer", "NOUN", "NN", "obl", 1),
            ("in", "in", "ADP", "IN", "case", 5), ("mosques", "mosque", "NOUN", "NNS", "nmod", 3),
            *target, ("in", "in", "ADP", "IN", "case", 7 + len(target)),
            ("Doha", "Doha", "PROPN", "NNP", "obl", 1), (".", ".", "PUNCT", ".", "punct", 1)]


_QATAR = {"Qataris": ("QAT", "QAT"), "Doha": ("QAT", "QAT"), "Israel": ("ISR", "ISR")}


def test_an_against_phrase_inside_a_protests_phrase_is_its_target(stage):
    target = [("against", "against", "ADP", "IN", "case", 7), ("Israel", "Israel", "PROPN", "NNP", "nmod", 5)]
    doc = stage(as_cities(build_doc([_prayer(target)], _QATAR), {"Doha"}))
    assert {(d[0], d[3]) for d in dyads(doc)} == {("PROTEST", "ISR")}


def test_a_phrase_of_no_target_leaves_the_place_as_the_default(stage):
    """Guard: "after prayer in mosques near the port": the place's country, as before."""
    target = [("near", "near", "ADP", "IN", "case", 7), ("port", "port", "NOUN", "NN", "nmod", 5)]
    doc = stage(as_cities(build_doc([_prayer(target)], _QATAR), {"Doha"}))
    assert {(d[0], d[3]) for d in dyads(doc)} == {("PROTEST", "QAT")}


def _girl(verb: str, lemma: str, obj: str):
    # A girl , also shot , survived and VERB her OBJ to Zenica in Bosnia .
    return [("A", "a", "DET", "DT", "det", 1), ("girl", "girl", "NOUN", "NN", "nsubj:pass", 5),
            (",", ",", "PUNCT", ",", "punct", 5), ("also", "also", "ADV", "RB", "advmod", 5),
            (",", ",", "PUNCT", ",", "punct", 5), ("shot", "shoot", "VERB", "VBN", "root", -1),
            ("survived", "survive", "VERB", "VBD", "conj", 5), ("and", "and", "CCONJ", "CC", "cc", 8),
            (verb, lemma, "VERB", "VBD", "conj", 5), ("her", "her", "PRON", "PRP$", "nmod:poss", 10),
            (obj, obj, "NOUN", "NN", "obj", 8), ("to", "to", "ADP", "IN", "case", 12),
            ("Zenica", "Zenica", "PROPN", "NNP", "obl", 8), ("in", "in", "ADP", "IN", "case", 14),
            ("Bosnia", "Bosnia", "PROPN", "NNP", "nmod", 12), (".", ".", "PUNCT", ".", "punct", 5)]


def test_where_the_harmed_made_their_way_afterwards_is_not_the_place(stage):
    doc = stage(as_cities(build_doc([_girl("made", "make", "way")], {"Bosnia": ("BIH", "BIH")}), {"Bosnia"}))
    assert dyads(doc) == set()
