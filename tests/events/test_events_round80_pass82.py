"""Round 80 of event coding (found on the news audit's pass 82 texts): an "in" phrase on a name
hung on a date is where the act happened ("was captured last month in Thailand"); a passive
clause describing the one taken names no captor, nor does it make him a foreigner ("Gotovina,
charged by the UN court in The Hague ..., was captured in Spain"); "U.S. and Pakistani
authorities" are both, with both modifiers on the noun; a sea named after a country is not the
country ("in the Gulf of Oman"); a ball shot into a goal and a wire slug ("TURKEY-BOMBING") are no
attacks. Hand-built parses as the bundled parser gives them, with guard tests, and the bundled
parser for the slug."""
from __future__ import annotations

import datetime as dt

from events_builders import as_cities, build_doc, code_text, dyads, spec_tokens, event_stage as stage  # noqa: F401 - a fixture

from lapwing.events.parse_repair import repair_parse


def _last_month(place: str, pos: str):
    # He was captured last month in PLACE .   ("in PLACE" hung on "month")
    return [("He", "he", "PRON", "PRP", "nsubj:pass", 2), ("was", "be", "AUX", "VBD", "aux:pass", 2),
            ("captured", "capture", "VERB", "VBN", "root", -1), ("last", "last", "ADJ", "JJ", "amod", 4),
            ("month", "month", "NOUN", "NN", "obl:unmarked", 2), ("in", "in", "ADP", "IN", "case", 6),
            (place, place, pos, "NNP", "nmod", 4), (".", ".", "PUNCT", ".", "punct", 2)]


def test_an_in_phrase_on_a_name_hung_on_a_date_is_where_it_happened():
    tokens, repairs = repair_parse(spec_tokens(_last_month("Thailand", "PROPN")), named=lambda t: False)
    assert "phrase-on-date" in [r.rule for r in repairs] and tokens[6].head == 2


def test_an_in_phrase_of_time_on_a_date_stays():
    """Guard: "last month in May" is a time inside a time."""
    tokens, repairs = repair_parse(spec_tokens(_last_month("May", "PROPN")), named=lambda t: False)
    assert "phrase-on-date" not in [r.rule for r in repairs] and tokens[6].head == 4


def _gotovina(describing: bool):
    # Gotovina , charged by the court in Hague , was captured in Spain .
    # (not ``describing``: Gotovina was captured in Spain and charged by the court in Hague .)
    if describing:
        return [("Gotovina", "Gotovina", "PROPN", "NNP", "nsubj:pass", 10), (",", ",", "PUNCT", ",", "punct", 2),
                ("charged", "charge", "VERB", "VBN", "acl", 0), ("by", "by", "ADP", "IN", "case", 5),
                ("the", "the", "DET", "DT", "det", 5), ("court", "court", "NOUN", "NN", "obl", 2),
                ("in", "in", "ADP", "IN", "case", 7), ("Hague", "Hague", "PROPN", "NNP", "nmod", 5),
                (",", ",", "PUNCT", ",", "punct", 2), ("was", "be", "AUX", "VBD", "aux:pass", 10),
                ("captured", "capture", "VERB", "VBN", "root", -1), ("in", "in", "ADP", "IN", "case", 12),
                ("Spain", "Spain", "PROPN", "NNP", "obl", 10), (".", ".", "PUNCT", ".", "punct", 10)]
    return [("Gotovina", "Gotovina", "PROPN", "NNP", "nsubj:pass", 2), ("was", "be", "AUX", "VBD", "aux:pass", 2),
            ("captured", "capture", "VERB", "VBN", "root", -1), ("in", "in", "ADP", "IN", "case", 4),
            ("Spain", "Spain", "PROPN", "NNP", "obl", 2), ("and", "and", "CCONJ", "CC", "cc", 6),
            ("hauled", "haul", "VERB", "VBN", "conj", 2), ("by", "by", "ADP", "IN", "case", 9),
            ("the", "the", "DET", "DT", "det", 9), ("agents", "agent", "NOUN", "NNS", "obl", 6),
            (".", ".", "PUNCT", ".", "punct", 2)]


GOTOVINA_ACTORS = {"Spain": ("ESP", "ESP"), "Hague": ("NLD", "NLD"), "court": ("IGOJUD", None),
                   "agents": ("FRASPY", "FRA")}


def test_a_clause_describing_the_one_taken_names_no_captor(stage):
    doc = stage(as_cities(build_doc([_gotovina(True)], GOTOVINA_ACTORS), {"Spain", "Hague"}, rule="dictionary name"))
    assert any(e.event_type == "COERCE" and e.actors[0].actor.cameo_code == "ESPCOP" for e in doc.events)


def test_another_predicate_with_an_agent_still_names_one(stage):
    """Guard: "captured in Spain and hauled ... by the agents": the agents may have taken him."""
    doc = stage(as_cities(build_doc([_gotovina(False)], GOTOVINA_ACTORS), {"Spain"}, rule="dictionary name"))
    assert not any(e.actors and e.actors[0].actor.cameo_code == "ESPCOP" for e in doc.events)


def _at_sea(water: str):
    # Sailors captured two in the WATER of Oman .
    return [("Sailors", "sailor", "NOUN", "NNS", "nsubj", 1), ("captured", "capture", "VERB", "VBD", "root", -1),
            ("two", "two", "NUM", "CD", "obj", 1), ("in", "in", "ADP", "IN", "case", 5),
            ("the", "the", "DET", "DT", "det", 5), (water, water.lower(), "NOUN", "NN", "obl", 1),
            ("of", "of", "ADP", "IN", "case", 7), ("Oman", "Oman", "PROPN", "NNP", "nmod", 5),
            (".", ".", "PUNCT", ".", "punct", 1)]


SEA_ACTORS = {"Sailors": ("CANMIL", "CAN"), "Oman": ("OMN", "OMN")}


def test_a_sea_named_after_a_country_is_not_the_country(stage):
    doc = stage(as_cities(build_doc([_at_sea("gulf")], SEA_ACTORS), {"Oman"}, rule="dictionary name"))
    assert {(d[0], d[3]) for d in dyads(doc)} == {("COERCE", "-")}


def test_a_town_of_a_country_is_in_it(stage):
    """Guard: "in the town of Oman" (land) still places the act there."""
    doc = stage(as_cities(build_doc([_at_sea("town")], SEA_ACTORS), {"Oman"}, rule="dictionary name"))
    assert {(d[0], d[3]) for d in dyads(doc)} == {("COERCE", "OMN")}


def _shot(prep: str, noun: str):
    # Fernandez shot PREP the NOUN .
    return [("Fernandez", "Fernandez", "PROPN", "NNP", "nsubj", 1), ("shot", "shoot", "VERB", "VBD", "root", -1),
            (prep, prep, "ADP", "IN", "case", 4), ("the", "the", "DET", "DT", "det", 4),
            (noun, noun, "NOUN", "NN", "obl", 1), (".", ".", "PUNCT", ".", "punct", 1)]


def test_a_shot_into_the_goal_is_no_attack(stage):
    doc = stage(build_doc([_shot("into", "goal")], {"Fernandez": ("MYS", "MYS")}))
    assert not dyads(doc)


def test_a_shot_at_a_policeman_is_one(stage):
    """Guard: "shot at the policeman" is an attack."""
    doc = stage(build_doc([_shot("at", "policeman")], {"Fernandez": ("MYS", "MYS"), "policeman": ("MYSCOP", "MYS")}))
    assert ("ASSAULT", "asserted", "MYS", "MYSCOP") in dyads(doc)


def test_a_wire_slug_is_no_sentence():
    text = ("TURKEY-BOMBING   ANKARA, Turkey -- A suspected Kurdish rebel who allegedly carried out a bombing "
            "last week in Turkey's southeast killing six people has been captured.")
    doc = code_text(text, dt.date(2008, 1, 8))
    triggers = [text[e.trigger_start:e.trigger_end] for e in doc.events]
    assert "bombing" in triggers and "BOMBING" not in triggers


def test_two_modifiers_joined_by_and_on_one_noun_are_both_actors():
    """The parser hangs "U.S." and "Pakistani" both on "authorities", the "and" on the second."""
    text = "In September, U.S. and Pakistani authorities captured Ramzi Binalshibh, an alleged planner."
    doc = code_text(text, dt.date(2002, 11, 21))
    assert {e.actors[0].actor.code for e in doc.events if e.event_type == "COERCE"} == {"USA", "PAK"}


def test_a_hyphened_ally_is_no_second_actor():
    """Guard: "American-allied Afghan forces" are Afghan; Americans are whom they are allied to."""
    text = "In September, American-allied Afghan forces captured Ramzi Binalshibh in Kandahar."
    doc = code_text(text, dt.date(2002, 11, 21))
    assert {e.actors[0].actor.code for e in doc.events if e.event_type == "COERCE"} == {"AFG"}
