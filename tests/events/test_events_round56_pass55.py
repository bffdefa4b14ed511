"""Round 56 of event coding (found on the news audit's pass 55 texts): whoever was going by when
an attack struck is its target ("detonated a bomb in his car when an Israeli patrol was passing");
"by remote control" says how, not by whom; burning a flag is no attack; a place "across from"
another is a point of reference, not where it happened; a participle joined to a passive lends
it its "by" agent ("was shot and killed by Israeli soldiers"). Hand-built parses as the bundled
parser gives them, with guard tests."""
from __future__ import annotations

from events_builders import as_cities, build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture

ISRAELI = {"Israeli": ("ISR", "ISR")}


def _passing(verb: str, lemma: str):
    # Guerrillas detonated a bomb when an Israeli patrol was VERB .
    return [("Guerrillas", "guerrilla", "NOUN", "NNS", "nsubj", 1), ("detonated", "detonate", "VERB", "VBD", "root", -1),
            ("a", "a", "DET", "DT", "det", 3), ("bomb", "bomb", "NOUN", "NN", "obj", 1),
            ("when", "when", "ADV", "WRB", "advmod", 9), ("an", "a", "DET", "DT", "det", 7),
            ("Israeli", "Israeli", "ADJ", "JJ", "amod", 7), ("patrol", "patrol", "NOUN", "NN", "nsubj", 9),
            ("was", "be", "AUX", "VBD", "aux", 9), (verb, lemma, "VERB", "VBG", "advcl", 1),
            (".", ".", "PUNCT", ".", "punct", 1)]


def test_whoever_was_passing_when_the_bomb_went_off_is_its_target(stage):
    assert {(d[0], d[3]) for d in dyads(stage(build_doc([_passing("passing", "pass")], ISRAELI)))} == {("ASSAULT", "ISR")}


def test_a_clause_of_when_of_something_else_names_no_target(stage):
    """Guard: "when an Israeli patrol was sleeping" is no going by."""
    doc = stage(build_doc([_passing("sleeping", "sleep")], {**ISRAELI, "Guerrillas": ("LBNREB", "LBN")}))
    assert {(d[0], d[3]) for d in dyads(doc)} == {("ASSAULT", "-")}


def _remote(agent: str, lemma: str, det: list):
    # The bomb was detonated by [the] AGENT near an Israeli patrol .
    k = len(det)
    return [("The", "the", "DET", "DT", "det", 1), ("bomb", "bomb", "NOUN", "NN", "nsubj:pass", 3),
            ("was", "be", "AUX", "VBD", "aux:pass", 3), ("detonated", "detonate", "VERB", "VBN", "root", -1),
            ("by", "by", "ADP", "IN", "case", 5 + k), *det, (agent, lemma, "NOUN", "NN", "obl:agent", 3),
            ("when", "when", "ADV", "WRB", "advmod", 11 + k), ("an", "a", "DET", "DT", "det", 9 + k),
            ("Israeli", "Israeli", "ADJ", "JJ", "amod", 9 + k), ("patrol", "patrol", "NOUN", "NN", "nsubj", 11 + k),
            ("was", "be", "AUX", "VBD", "aux", 11 + k), ("passing", "pass", "VERB", "VBG", "advcl", 3),
            (".", ".", "PUNCT", ".", "punct", 3)]


def test_remote_control_is_no_agent(stage):
    doc = stage(build_doc([_remote("control", "control", [])], ISRAELI))
    assert dyads(doc) == {("ASSAULT", "asserted", "UAF", "ISR")}


def test_a_named_agent_is_still_the_agent(stage):
    """Guard: "detonated by the rebels": the rebels set it off, no unnamed attacker."""
    doc = stage(build_doc([_remote("rebels", "rebel", [("the", "the", "DET", "DT", "det", 6)])], ISRAELI))
    assert not any(e.actors[0].actor.code == "UAF" for e in doc.events)


def _burned(obj: str, lemma: str):
    # Students burned a OBJ .
    return [("Students", "student", "NOUN", "NNS", "nsubj", 1), ("burned", "burn", "VERB", "VBD", "root", -1),
            ("an", "a", "DET", "DT", "det", 4), ("Israeli", "Israeli", "ADJ", "JJ", "amod", 4),
            (obj, lemma, "NOUN", "NN", "obj", 1), (".", ".", "PUNCT", ".", "punct", 1)]


def test_burning_a_flag_is_no_attack(stage):
    assert dyads(stage(build_doc([_burned("flag", "flag")], {**ISRAELI, "Students": ("PSEOPP", "PSE")}))) == set()


def test_burning_a_house_stays_an_attack(stage):
    """Guard: "burned an Israeli house"."""
    doc = stage(build_doc([_burned("house", "house")], {**ISRAELI, "Students": ("PSEOPP", "PSE")}))
    assert {d[0] for d in dyads(doc)} == {"ASSAULT"}


def _shot_in_city(prep: list):
    # A Mexican officer was shot dead in a city PREP Texas .
    return [("A", "a", "DET", "DT", "det", 2), ("Mexican", "Mexican", "ADJ", "JJ", "amod", 2),
            ("officer", "officer", "NOUN", "NN", "nsubj:pass", 4), ("was", "be", "AUX", "VBD", "aux:pass", 4),
            ("shot", "shoot", "VERB", "VBN", "root", -1), ("dead", "dead", "ADJ", "JJ", "xcomp", 4),
            ("in", "in", "ADP", "IN", "case", 8), ("a", "a", "DET", "DT", "det", 8),
            ("city", "city", "NOUN", "NN", "obl", 4), *prep, (".", ".", "PUNCT", ".", "punct", 4)]


def test_a_place_across_from_another_is_no_place_of_the_attack(stage):
    prep = [("across", "across", "ADP", "IN", "case", 11), ("from", "from", "ADP", "IN", "case", 11),
            ("Texas", "Texas", "PROPN", "NNP", "nmod", 8)]
    doc = stage(as_cities(build_doc([_shot_in_city(prep)], {"Mexican": ("MEX", "MEX"), "Texas": ("USA", "USA")}),
                          {"Texas"}))
    assert {(d[0], d[2]) for d in dyads(doc)} == {("ASSAULT", "UAF")}


def test_a_place_the_city_is_in_places_the_attack(stage):
    """Guard: "in a city in Texas"."""
    prep = [("in", "in", "ADP", "IN", "case", 10), ("Texas", "Texas", "PROPN", "NNP", "nmod", 8)]
    doc = stage(as_cities(build_doc([_shot_in_city(prep)], {"Mexican": ("MEX", "MEX"), "Texas": ("USA", "USA")}),
                          {"Texas"}))
    assert {(d[0], d[2]) for d in dyads(doc)} == {("ASSAULT", "USA")}


def test_a_participle_joined_to_a_passive_lends_it_its_agent(stage):
    # An Egyptian was shot and killed by Israeli soldiers .
    spec = [("An", "a", "DET", "DT", "det", 1), ("Egyptian", "Egyptian", "PROPN", "NNP", "nsubj:pass", 3),
            ("was", "be", "AUX", "VBD", "aux:pass", 3), ("shot", "shoot", "VERB", "VBN", "root", -1),
            ("and", "and", "CCONJ", "CC", "cc", 5), ("killed", "kill", "VERB", "VBN", "conj", 3),
            ("by", "by", "ADP", "IN", "case", 8), ("Israeli", "Israeli", "ADJ", "JJ", "amod", 8),
            ("soldiers", "soldier", "NOUN", "NNS", "obl:agent", 5), (".", ".", "PUNCT", ".", "punct", 3)]
    doc = stage(build_doc([spec], {**ISRAELI, "Egyptian": ("EGY", "EGY")}))
    assert {(d[0], d[2]) for d in dyads(doc)} == {("ASSAULT", "ISR")}
