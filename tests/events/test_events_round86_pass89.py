"""Round 86 of event coding (found on the news audit's pass 89 texts): "a bomb hidden on the road
exploded" read with "hidden" as the verb; a clause after "after" read as the sentence's root; a
subject described by an apposition set off by commas, with its own relative clause, before its
verb; a place's apposition hung on a crowd; a district named by its province ("Narathiwat's
Chanae district"); a roadblock captured is ground taken. Hand-built parses for the repairs, real
sentences through the default pipeline, and guard tests."""
from __future__ import annotations

import datetime as dt

from events_builders import code_text, happened
from test_events_round10_roles import tokens
from lapwing.actors.places import _possessor_name
from lapwing.actors.spans import Span
from lapwing.events.parse_repair import repair_parse
from lapwing.model import Token

DAY = dt.date(2008, 1, 15)


def _happened(text: str) -> set[tuple[str, str | None, str | None]]:
    return happened(text, DAY)


def _rules(spec) -> list[str]:
    return [r.rule for r in repair_parse(tokens(spec), named=lambda t: False)[1]]


# ---- "a bomb hidden on the road exploded"

# when a bomb hidden on the road exploded
HIDDEN = [("when", "when", "ADV", "WRB", "advmod", 3), ("a", "a", "DET", "DT", "det", 2),
          ("bomb", "bomb", "NOUN", "NN", "nsubj", 3), ("hidden", "hidden", "ADJ", "JJ", "root", -1),
          ("on", "on", "ADP", "IN", "case", 6), ("the", "the", "DET", "DT", "det", 6),
          ("road", "road", "NOUN", "NN", "obl", 3), ("exploded", "explode", "VERB", "VBD", "acl", 6),
          (".", ".", "PUNCT", ".", "punct", 3)]


def test_a_verb_after_a_placed_participle_is_the_verb():
    repaired, repairs = repair_parse(tokens(HIDDEN), named=lambda t: False)
    assert [r.rule for r in repairs] == ["verb-after-placed-participle"]
    assert repaired[7].dep == "ROOT" and (repaired[2].head, repaired[2].dep) == (7, "nsubj")
    assert (repaired[3].head, repaired[3].dep) == (2, "acl") and repaired[0].head == 7


def test_a_verb_with_a_subject_of_its_own_stays_on_its_noun():
    """Guard: "the road that ... exploded" has its own subject: a relative clause."""
    spec = [list(t) for t in HIDDEN]
    spec.insert(7, ["it", "it", "PRON", "PRP", "nsubj", 8])
    spec[8][5], spec[9][5] = 6, 3
    assert "verb-after-placed-participle" not in _rules([tuple(t) for t in spec])


def test_the_bomb_hidden_on_the_road_that_exploded_was_an_attack():
    assert ("ASSAULT", "THA", "THA") in _happened(
        "The soldiers had been patrolling Narathiwat's Chanae district when a bomb hidden on the road exploded "
        "and flipped their truck over, according to the army.")


# ---- "clashed ... after two of the fighters were captured"

# Troops clashed with rebels after two were captured .
AFTER = [("Troops", "troops", "NOUN", "NNS", "nsubj:pass", 8), ("clashed", "clash", "VERB", "VBD", "acl", 0),
         ("with", "with", "ADP", "IN", "case", 3), ("rebels", "rebel", "NOUN", "NNS", "obl", 1),
         ("after", "after", "ADP", "IN", "case", 5), ("two", "two", "NUM", "CD", "nsubj:pass", 8),
         ("of", "of", "ADP", "IN", "case", 6), ("them", "they", "PRON", "PRP", "nmod", 5),
         ("captured", "capture", "VERB", "VBN", "root", -1), ("were", "be", "AUX", "VBD", "aux:pass", 8),
         (".", ".", "PUNCT", ".", "punct", 8)]


def test_a_clause_after_after_read_as_the_root_is_the_main_verbs():
    repaired, repairs = repair_parse(tokens(AFTER), named=lambda t: False)
    assert "subordinate-clause-read-as-root" in [r.rule for r in repairs]
    assert repaired[1].dep == "ROOT" and (repaired[0].head, repaired[0].dep) == (1, "nsubj")
    assert (repaired[8].head, repaired[8].dep) == (1, "advcl") and repaired[4].dep == "mark"


def test_two_subjects_with_no_clause_preposition_are_left():
    """Guard: with no "after", "before", "since", "until" or "as", nothing says which is the clause."""
    spec = [list(t) for t in AFTER]
    spec[4] = ["with", "with", "ADP", "IN", "case", 5]
    assert "subordinate-clause-read-as-root" not in _rules([tuple(t) for t in spec])


def test_thai_troops_who_clashed_after_a_capture_attacked():
    assert any(event[:2] == ("ASSAULT", "THA") for event in _happened(
        "Thai troops, supported by helicopter gunships, clashed with ethnic-Wa guerrillas from Myanmar after two "
        "of the fighters were captured inside Thailand."))


# ---- a crowd described by a place in apposition

STUDENTS = ("Hundreds of students in Mossul, the northern city where he remains popular, demonstrated on "
            "Wednesday to show their loyalty to the Iraqi flag which bears the phrase Allahu Akbar (God is "
            "Greatest) in Saddam's own handwriting, written in 1991.")


def test_a_crowd_before_an_apposition_and_its_verb_protested():
    found = _happened(STUDENTS)
    assert any(event[0] == "PROTEST" for event in found)
    assert all(event[1] == "IRQ" for event in found if event[0] == "PROTEST")


def test_the_place_in_apposition_is_not_the_crowd():
    doc = code_text(STUDENTS, DAY)
    assert not any(a.text == "northern city" for e in doc.events for a in e.actors)


def test_the_capital_named_in_apposition_is_the_capital():
    """Guard: "captured the capital Brazzaville": the capital is the place, its name stands for it."""
    assert ("ASSAULT", "COG", "COG") in _happened(
        "As the diplomats deliberated, Sassou-Nguesso's forces captured the capital Brazzaville on Wednesday.")


# ---- a part of a named place, and a roadblock

def _token(i: int, text: str, pos: str) -> Token:
    return Token(i=i, text=text, start_char=0, end_char=0, lemma=text, pos=pos, tag="", dep="", head=i)


def test_the_place_a_district_belongs_to_is_read_from_its_possessive():
    words = [_token(0, "Narathiwat", "PROPN"), _token(1, "'s", "PART"), _token(2, "Chanae", "PROPN"),
             _token(3, "district", "NOUN")]
    assert _possessor_name(Span(start=0, end=4, kind="location"), words) == "Narathiwat"
    army = [_token(0, "the", "DET"), _token(1, "army", "NOUN"), _token(2, "'s", "PART"), _token(3, "base", "NOUN")]
    assert _possessor_name(Span(start=0, end=4, kind="location"), army) is None


def test_a_bomb_in_a_provinces_district_is_placed_in_its_country():
    assert ("ASSAULT", "THA", "THA") in _happened(
        "The bomb was detonated at about 8:00 p.m. local time in Narathiwat's Sungai Padi district while 17 "
        "soldiers were on their way back from duty.")


def test_a_roadblock_captured_is_ground_taken():
    found = _happened("On Saturday, Ravalomanana's soldiers captured the roadblock at Brickaville, about 100 "
                      "kilometers (60 miles) west of Toamasina.")
    assert {event[0] for event in found} == {"ASSAULT"}
