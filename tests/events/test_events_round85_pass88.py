"""Round 85 of event coding (found on the news audit's passes 87 and 88): one person who
"demonstrated" a thing showed it (no protest); an act that "rarely" or "seldom" happens is a
generality, not a report; a captive taken "from his last hiding place" was arrested, no ground
was taken; a verb hung on the relative clause of its own subject ("The militants, who are
suspected to belong to ..., detonated an explosive device") is the sentence's predicate. Real
sentences through the default pipeline (the parser's and the actors stage's own readings), a
hand-built parse for the repair, and guard tests."""
from __future__ import annotations

import datetime as dt

import pytest

from events_builders import code_text, happened
from test_events_round10_roles import tokens
from test_events_round11_lexicon import bad_entry_names_file_and_line
from test_lexicon_constraints import ontology  # noqa: F401 - a fixture
from lapwing.events.lexicon import BlockCondition, TriggerFacts
from lapwing.events.parse_repair import repair_parse

DAY = dt.date(2008, 1, 25)


def _happened(text: str) -> set[tuple[str, str | None, str | None]]:
    return happened(text, DAY)


def _types(text: str) -> set[str]:
    return {event[0] for event in _happened(text)}


# ---- "demonstrate": one person shows a thing; a crowd that shows its support rallies

def test_one_person_who_demonstrated_his_support_showed_it():
    found = _happened("Russian President Vladimir Putin demonstrated Friday his support for Serbia's position "
                      "on Kosovo at a Kremlin meeting with Serbian counterpart Boris Tadic.")
    assert "PROTEST" not in {event[0] for event in found}
    assert ("SUPPORT", "RUS", "SRB") in found  # the support itself, no longer under a protest


def test_two_presidents_who_demonstrated_they_were_friends_did_not_protest():
    assert "PROTEST" not in _types("Montenegro President Filip Vujanovic and his Serbian counterpart Boris Tadic "
                                   "demonstrated, however, they were still on friendly terms Monday, speaking at "
                                   "a meeting in Sofia.")


def test_a_crowd_that_demonstrated_its_support_rallied():
    """Guard: a crowd showing its support holds a rally."""
    assert "PROTEST" in _types("More than 1,000 Palestinians from the pro-Iraqi Arab Liberation Front demonstrated "
                               "their support for Saddam Hussein's regime Thursday in the southern Gaza Strip city "
                               "of Khan Yunis.")


def test_one_person_who_demonstrated_outside_parliament_protested():
    """Guard: with no object, a person's demonstration is a protest."""
    assert "PROTEST" in _types("Opposition leader Kizza Besigye demonstrated outside parliament on Monday.")


def test_a_subject_kind_block_holds_only_for_that_kind():
    person_thing = BlockCondition(subject_kinds=("person",), object_kinds=("thing",))
    assert person_thing.holds(TriggerFacts(subject_kinds=frozenset({"person"}), object_kinds=frozenset({"thing"})))
    assert not person_thing.holds(TriggerFacts(object_kinds=frozenset({"thing"})))
    assert not person_thing.holds(TriggerFacts(subject_kinds=frozenset({"person"})))
    assert "subject kind ['person']" in person_thing.describe()


@pytest.mark.parametrize("section, line, message", [
    ("verbs", "{id: x.1, lemma: demonstrate, type: PROTEST, block: [{subject_kind: [crowd]}]}",
     "names kinds of subject (person)"),
    ("nouns", "{id: x.1, lemma: rally, type: PROTEST, block: [{subject_kind: [person]}]}",
     "'block' field 'subject_kind' is for verbs"),
])
def test_a_bad_subject_kind_names_file_and_line(tmp_path, ontology, section, line, message):  # noqa: F811
    bad_entry_names_file_and_line(tmp_path, ontology, section, line, message)


# ---- "rarely", "seldom": a generality

def test_what_is_rarely_done_is_not_reported_as_done():
    text = "Armed Islamic guerrillas are rarely captured alive by Algeria's security forces."
    doc = code_text(text, DAY)
    assert [e.modality for e in doc.events if e.event_type == "COERCE"] == ["negated"]


def test_what_was_done_is_reported():
    """Guard: the same sentence without the adverb reports a capture."""
    assert "COERCE" in _types("Armed Islamic guerrillas were captured alive by Algeria's security forces.")


# ---- captured "from" a hiding place: an arrest

def test_a_captive_taken_from_his_hiding_place_was_arrested():
    found = _happened("After spending two decades on the run, he was captured from his last hiding place in "
                      "Khartoum in 1994 by French secret service agents.")
    assert {event[0] for event in found} == {"COERCE"}
    assert {event[1] for event in found} == {"FRA"}


def test_a_town_taken_from_an_army_is_ground_taken():
    """Guard: what is taken "from" an army is ground."""
    assert "ASSAULT" in _types("Rwandan rebels captured the town of Goma from the Congolese army on Sunday.")


# ---- the verb after its subject's relative clause

# The militants , who are suspected , detonated a bomb .
MILITANTS = [("The", "the", "DET", "DT", "det", 1), ("militants", "militant", "NOUN", "NNS", "root", -1),
             (",", ",", "PUNCT", ",", "punct", 5), ("who", "who", "PRON", "WP", "nsubj:pass", 5),
             ("are", "be", "AUX", "VBP", "aux:pass", 5), ("suspected", "suspect", "VERB", "VBN", "acl:relcl", 1),
             (",", ",", "PUNCT", ",", "punct", 7), ("detonated", "detonate", "VERB", "VBD", "conj", 5),
             ("a", "a", "DET", "DT", "det", 9), ("bomb", "bomb", "NOUN", "NN", "obj", 7),
             (".", ".", "PUNCT", ".", "punct", 1)]


def test_a_verb_hung_on_its_subjects_relative_clause_is_the_root():
    repaired, repairs = repair_parse(tokens(MILITANTS), named=lambda t: False)
    assert [r.rule for r in repairs] == ["verb-after-relative-clause"]
    assert repaired[7].dep == "ROOT" and (repaired[1].head, repaired[1].dep) == (7, "nsubj")
    assert repaired[5].head == 1  # the relative clause stays on its noun


def test_a_second_verb_of_the_relative_clause_stays_there():
    """Guard: "who are suspected and detonated": with "and", the clause's own second verb."""
    spec = [list(t) for t in MILITANTS]
    spec[6] = ["and", "and", "CCONJ", "CC", "cc", 7]
    assert repair_parse(tokens([tuple(t) for t in spec]), named=lambda t: False)[1] == ()


def test_the_militants_who_detonated_a_device_attacked():
    assert "ASSAULT" in _types("The militants, who are suspected to belong to the United Peoples Democratic "
                               "Solidarity, detonated an explosive devise planted on the tracks between Diphu and "
                               "Lailalung stations by remote control under the engine of the train in Monday "
                               "morning, the Press Trust of India quoted a local railway spokesman as saying.")
