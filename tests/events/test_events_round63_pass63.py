"""Round 63 of event coding (found on the news audit's pass 63 texts): a protest that marched on
a city's place takes the target of its purpose clause ("marched
on Papeete's main stadium ... to protest against French plans"); the named victim of an attack's
outcome participle keeps the place from standing in for the target ("shot his way into a nearby
home in this West Bank settlement, killing ... Katya Greenberg"); "by two men" names no
attacker. Hand-built parses as the bundled parser gives them, with guard tests."""
from __future__ import annotations

from events_builders import as_cities, build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture

ACTORS = {"Papeete": ("PYF", "PYF"),
          "French": ("FRA", "FRA"), "Bangladesh": ("BGD", "BGD"), "Hebron": ("PSE", "PSE"),
          "judge": ("PAKJUD", "PAK"), "Karachi": ("PAK", "PAK"), "Tahitians": ("PYF", "PYF")}


def _marched(place: str):
    # Tahitians marched on PLACE to protest against French plans .
    return [("Tahitians", "Tahitians", "PROPN", "NNPS", "nsubj", 1),
            ("marched", "march", "VERB", "VBD", "root", -1), ("on", "on", "ADP", "IN", "case", 3),
            (place, place, "PROPN", "NNP", "obl", 1), ("to", "to", "PART", "TO", "mark", 5),
            ("protest", "protest", "VERB", "VB", "advcl", 1), ("against", "against", "ADP", "IN", "case", 8),
            ("French", "French", "ADJ", "JJ", "amod", 8), ("plans", "plan", "NOUN", "NNS", "obl", 5),
            (".", ".", "PUNCT", ".", "punct", 1)]


def test_a_march_on_a_city_takes_the_target_of_its_purpose(stage):
    doc = stage(as_cities(build_doc([_marched("Papeete")], ACTORS), {"Papeete"}))
    assert {d[3] for d in dyads(doc) if d[0] == "PROTEST"} == {"FRA"}


def test_a_march_on_a_country_keeps_the_country(stage):
    """Guard: "marched on Bangladesh" (a country named, as "a Bangladesh diplomatic mission")."""
    doc = stage(as_cities(build_doc([_marched("Bangladesh")], ACTORS), {"Bangladesh"}, rule="dictionary name"))
    assert {d[3] for d in dyads(doc) if d[0] == "PROTEST"} == {"BGD"}


def _shot_his_way(victim: str, pos: str):
    # Gunmen shot their way into a home in Hebron , killing VICTIM .
    return [("Gunmen", "gunman", "NOUN", "NNS", "nsubj", 1), ("shot", "shoot", "VERB", "VBD", "root", -1),
            ("their", "their", "PRON", "PRP$", "nmod:poss", 3), ("way", "way", "NOUN", "NN", "obj", 1),
            ("into", "into", "ADP", "IN", "case", 6), ("a", "a", "DET", "DT", "det", 6),
            ("home", "home", "NOUN", "NN", "obl", 1), ("in", "in", "ADP", "IN", "case", 8),
            ("Hebron", "Hebron", "PROPN", "NNP", "nmod", 6), (",", ",", "PUNCT", ",", "punct", 10),
            ("killing", "kill", "VERB", "VBG", "advcl", 1), (victim, victim, pos, "NNP", "obj", 10),
            (".", ".", "PUNCT", ".", "punct", 1)]


def test_a_named_victim_of_the_outcome_keeps_the_place_from_being_the_target(stage):
    doc = stage(as_cities(build_doc([_shot_his_way("Greenberg", "PROPN")], ACTORS), {"Hebron"}))
    assert not any(d[3] == "PSE" for d in dyads(doc))


def _shot_by(agent: str, lemma: str):
    # A judge was shot by two AGENT in Karachi .
    return [("A", "a", "DET", "DT", "det", 1), ("judge", "judge", "NOUN", "NN", "nsubj:pass", 3),
            ("was", "be", "AUX", "VBD", "aux:pass", 3), ("shot", "shoot", "VERB", "VBN", "root", -1),
            ("by", "by", "ADP", "IN", "case", 6), ("two", "two", "NUM", "CD", "nummod", 6),
            (agent, lemma, "NOUN", "NNS", "obl:agent", 3), ("in", "in", "ADP", "IN", "case", 8),
            ("Karachi", "Karachi", "PROPN", "NNP", "obl", 3), (".", ".", "PUNCT", ".", "punct", 3)]


def test_shot_by_two_men_is_an_unnamed_attacker(stage):
    doc = stage(as_cities(build_doc([_shot_by("men", "man")], ACTORS), {"Karachi"}))
    assert {(d[0], d[2], d[3]) for d in dyads(doc)} == {("ASSAULT", "PAK", "PAKJUD")}
