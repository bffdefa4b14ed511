"""Round 62 of event coding (found on the news audit's pass 62 texts): a number the parser hung
as a numeric modifier on the verb after it is the verb's subject ("About 500 marched through
Wiesbaden"); the subject after a fronted time phrase read as its conjunct is the subject of a
passive verb too ("On Sunday afternoon, Anthony Shadid, a ... reporter ..., was shot"); what a
camera or a news agency "captures", and a lead or a scene captured, is no one taken; a place in
what someone says or alleges, in a clause below the attack, does not place its attacker. Hand-
built parses as the bundled parser gives them, with guard tests."""
from __future__ import annotations

from events_builders import as_cities, build_doc, dyads, spec_tokens, event_stage as stage  # noqa: F401 - a fixture

from lapwing.events.parse_repair import repair_parse

ACTORS = {"Wiesbaden": ("DEU", "DEU"), "Shadid": ("USA", "USA"), "London": ("GBR", "GBR"),
          "Prammanasudh": ("USA", "USA"), "AP": ("USA", "USA"), "Russia": ("RUS", "RUS")}


def _march(number_dep: str):
    # About 500 marched through Wiesbaden .
    return [("About", "about", "ADV", "RB", "advmod", 1), ("500", "500", "NUM", "CD", number_dep, 2),
            ("marched", "march", "VERB", "VBD", "root", -1), ("through", "through", "ADP", "IN", "case", 4),
            ("Wiesbaden", "Wiesbaden", "PROPN", "NNP", "obl", 2), (".", ".", "PUNCT", ".", "punct", 2)]


def test_a_number_read_as_the_verbs_modifier_is_its_subject():
    tokens, repairs = repair_parse(spec_tokens(_march("nummod")), named=lambda t: False)
    assert [r.rule for r in repairs] == ["number-read-as-modifier"]
    assert (tokens[1].dep, tokens[1].head) == ("nsubj", 2)


def test_a_crowd_of_a_number_marching_is_a_protest(stage):
    doc = stage(as_cities(build_doc([_march("nummod")], ACTORS), {"Wiesbaden"}))
    assert {d[0] for d in dyads(doc)} == {"PROTEST"}


def test_a_number_before_a_verb_with_a_subject_is_left_alone():
    """Guard: "Police 500 ..." has its subject; the number is not made a second one."""
    spec = _march("nummod")
    spec[0] = ("Police", "police", "NOUN", "NNS", "nsubj", 2)
    _, repairs = repair_parse(spec_tokens(spec), named=lambda t: False)
    assert not repairs


def _shot(aux: str):
    # On Sunday , Shadid , a reporter , was shot in Ramallah .
    return [("On", "on", "ADP", "IN", "case", 1), ("Sunday", "Sunday", "PROPN", "NNP", "obl", 9),
            (",", ",", "PUNCT", ",", "punct", 3), ("Shadid", "Shadid", "PROPN", "NNP", "conj", 1),
            (",", ",", "PUNCT", ",", "punct", 6), ("a", "a", "DET", "DT", "det", 6),
            ("reporter", "reporter", "NOUN", "NN", "appos", 3), (",", ",", "PUNCT", ",", "punct", 1),
            (aux, "be", "AUX", "VBD", "aux:pass", 9), ("shot", "shoot", "VERB", "VBN", "root", -1),
            (".", ".", "PUNCT", ".", "punct", 9)]


def test_a_passive_subject_read_as_the_time_phrases_conjunct_is_its_subject():
    tokens, repairs = repair_parse(spec_tokens(_shot("was")), named=lambda t: False)
    assert "subject-read-as-conjunct" in [r.rule for r in repairs]
    assert (tokens[3].dep, tokens[3].head) == ("nsubj:pass", 9)


def test_the_repaired_passive_subject_is_the_one_shot(stage):
    doc = stage(build_doc([_shot("was")], ACTORS))
    assert {(d[0], d[3]) for d in dyads(doc)} == {("ASSAULT", "USA")}


def _captured(obj: str, lemma: str):
    # Prammanasudh captured the OBJ .
    return [("Prammanasudh", "Prammanasudh", "PROPN", "NNP", "nsubj", 1),
            ("captured", "capture", "VERB", "VBD", "root", -1), ("the", "the", "DET", "DT", "det", 3),
            (obj, lemma, "NOUN", "NN", "obj", 1), (".", ".", "PUNCT", ".", "punct", 1)]


def test_a_lead_captured_is_no_one_taken(stage):
    assert not dyads(stage(build_doc([_captured("lead", "lead")], ACTORS)))


def test_a_person_captured_is_still_taken(stage):
    """Guard: "Prammanasudh captured the smuggler" is a capture."""
    assert {d[0] for d in dyads(stage(build_doc([_captured("smuggler", "smuggler")], ACTORS)))} == {"COERCE"}


def _scene(agent: str, lemma: str):
    # The scene was captured by AP Television News .  /  ... by AP agents .
    return [("The", "the", "DET", "DT", "det", 1), ("suspect", "suspect", "NOUN", "NN", "nsubj:pass", 3),
            ("was", "be", "AUX", "VBD", "aux:pass", 3), ("captured", "capture", "VERB", "VBN", "root", -1),
            ("by", "by", "ADP", "IN", "case", 6), ("AP", "AP", "PROPN", "NNP", "compound", 6),
            (agent, lemma, "PROPN", "NNP", "obl:agent", 3), (".", ".", "PUNCT", ".", "punct", 3)]


def test_what_a_news_agency_captures_is_no_one_taken(stage):
    assert not dyads(stage(build_doc([_scene("News", "news")], ACTORS)))


def _alleged():
    # Joyal was shot after he alleged that Russia was involved in a poisoning in London .
    return [("Joyal", "Joyal", "PROPN", "NNP", "nsubj:pass", 2), ("was", "be", "AUX", "VBD", "aux:pass", 2),
            ("shot", "shoot", "VERB", "VBN", "root", -1), ("after", "after", "SCONJ", "IN", "mark", 5),
            ("he", "he", "PRON", "PRP", "nsubj", 5), ("alleged", "allege", "VERB", "VBD", "advcl", 2),
            ("that", "that", "SCONJ", "IN", "mark", 9), ("Russia", "Russia", "PROPN", "NNP", "nsubj:pass", 9),
            ("was", "be", "AUX", "VBD", "aux:pass", 9), ("involved", "involve", "VERB", "VBN", "ccomp", 5),
            ("in", "in", "ADP", "IN", "case", 12), ("a", "a", "DET", "DT", "det", 12),
            ("poisoning", "poisoning", "NOUN", "NN", "obl", 9), ("in", "in", "ADP", "IN", "case", 14),
            ("London", "London", "PROPN", "NNP", "nmod", 12), (".", ".", "PUNCT", ".", "punct", 2)]


def test_a_place_in_what_someone_alleged_does_not_place_the_attacker(stage):
    actors = {"London": ("GBR", "GBR"), "Russia": ("RUS", "RUS")}
    doc = stage(as_cities(build_doc([_alleged()], actors), {"London"}))
    assert not any(d[2] == "GBR" for d in dyads(doc))


def test_a_place_in_a_clause_of_when_still_places_the_attacker(stage):
    """Guard: "was shot after he drove into a market in London": the clause's place is the attack's."""
    spec = _alleged()[:6] + [("into", "into", "ADP", "IN", "case", 8), ("a", "a", "DET", "DT", "det", 8),
                              ("market", "market", "NOUN", "NN", "obl", 5), ("in", "in", "ADP", "IN", "case", 10),
                              ("London", "London", "PROPN", "NNP", "nmod", 8), (".", ".", "PUNCT", ".", "punct", 2)]
    spec[5] = ("drove", "drive", "VERB", "VBD", "advcl", 2)
    doc = stage(as_cities(build_doc([spec], {"London": ("GBR", "GBR")}), {"London"}))
    assert {(d[0], d[2]) for d in dyads(doc)} == {("ASSAULT", "GBR")}
