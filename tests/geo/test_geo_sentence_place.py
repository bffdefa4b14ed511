"""Issue #6 rules on hand-built parses of invented sentences: the sentence-level fallback
(``event_location.sentence_locative``), "when" read as an adverb, compass reference points,
unresolved names read as places, and the place text without descriptors."""
from __future__ import annotations

import pytest

from lapwing.geo.places import place_name_in
from lapwing.model import Actor

from test_geo_event_location_rules import located, stage  # noqa: F401  (``stage`` is a fixture)
from test_geo_stage import mention_at


# "Gunmen shot officers as they shopped in an attack in India ." with the parse a small model
# gives: "shot" a noun modifier, the "as" clause hung on "officers", "India" under "attack".
BROKEN = [("Gunmen", "NOUN", "compound", 1, ""), ("shot", "NOUN", "compound", 2, ""),
          ("officers", "NOUN", "ROOT", 2, ""), ("as", "SCONJ", "mark", 5, ""),
          ("they", "PRON", "nsubj", 5, ""), ("shopped", "VERB", "advcl", 2, ""),
          ("in", "ADP", "case", 8, ""), ("an", "DET", "det", 8, ""), ("attack", "NOUN", "obl", 5, ""),
          ("in", "ADP", "case", 10, ""), ("India", "PROPN", "nmod", 8, "GPE"),
          (".", "PUNCT", "punct", 2, "")]


def test_a_broken_parse_falls_back_to_the_sentence_s_one_locative_place(stage):
    event = located(stage, BROKEN, "shot")
    assert event.place is not None and event.place.country_code == "IND"
    assert event.provenance[-1].rule == "event_location.sentence_locative"
    assert "place_precision=sentence" in event.provenance[-1].evidence


def test_places_in_two_countries_give_no_sentence_place(stage):
    # "... in an attack in India and in Nepal ."
    rows = BROKEN[:-1] + [("and", "CCONJ", "cc", 13, ""), ("in", "ADP", "case", 13, ""),
                          ("Nepal", "PROPN", "conj", 10, "GPE"), (".", "PUNCT", "punct", 2, "")]
    assert located(stage, rows, "shot").place is None


def test_a_place_behind_a_relative_pronoun_is_not_the_sentence_place(stage):
    # "Gunmen shot officers who lived in India ." parsed as noun compounds
    rows = [("Gunmen", "NOUN", "compound", 1, ""), ("shot", "NOUN", "compound", 2, ""),
            ("officers", "NOUN", "ROOT", 2, ""), ("who", "PRON", "nsubj", 4, ""),
            ("lived", "VERB", "acl:relcl", 2, ""), ("in", "ADP", "case", 6, ""),
            ("India", "PROPN", "obl", 4, "GPE"), (".", "PUNCT", "punct", 2, "")]
    assert located(stage, rows, "shot").place is None


def test_when_as_an_adverb_opens_a_concurrent_clause(stage):
    # "Four soldiers were killed when a bomb exploded in Mosul ." ("when" as advmod)
    rows = [("Four", "NUM", "nummod", 1, ""), ("soldiers", "NOUN", "nsubj:pass", 3, ""),
            ("were", "AUX", "aux:pass", 3, ""), ("killed", "VERB", "ROOT", 3, ""),
            ("when", "ADV", "advmod", 7, ""), ("a", "DET", "det", 6, ""),
            ("bomb", "NOUN", "nsubj", 7, ""), ("exploded", "VERB", "advcl", 3, ""),
            ("in", "ADP", "case", 9, ""), ("Mosul", "PROPN", "obl", 7, "GPE"),
            (".", "PUNCT", "punct", 3, "")]
    event = located(stage, rows, "killed")
    assert event.place_text == "Mosul"
    assert event.provenance[-1].rule == "event_location.locative.concurrent_clause"


def test_a_compass_reference_point_yields_to_the_place_itself(stage):
    # "A bomb exploded in Tikrit , 100 km north of Baghdad ."
    rows = [("A", "DET", "det", 1, ""), ("bomb", "NOUN", "nsubj", 2, ""),
            ("exploded", "VERB", "ROOT", 2, ""), ("in", "ADP", "case", 4, ""),
            ("Tikrit", "PROPN", "obl", 2, "GPE"), (",", "PUNCT", "punct", 8, ""),
            ("100", "NUM", "nummod", 7, ""), ("km", "NOUN", "obl:npmod", 8, ""),
            ("north", "ADV", "advmod", 2, ""), ("of", "ADP", "case", 10, ""),
            ("Baghdad", "PROPN", "obl", 8, "GPE"), (".", "PUNCT", "punct", 2, "")]
    assert located(stage, rows, "exploded").place_text == "Tikrit"
    # alone, the reference point is still the best the sentence gives
    alone = rows[:3] + [(t, p, d, h - 3 if h > 2 else h, e) for t, p, d, h, e in rows[6:]]
    assert located(stage, alone, "exploded").place_text == "Baghdad"


def _unresolved(text: str, word: str, kind: str):
    return mention_at(text, word, kind, actor=Actor(name=word, kind=kind))


def test_an_unresolved_name_before_a_place_noun_is_a_place(stage):
    # "Troops patrolled Grozny 's streets ." : the actors stage read "Grozny" as a person
    rows = [("Troops", "NOUN", "nsubj", 1, ""), ("patrolled", "VERB", "ROOT", 1, ""),
            ("Grozny", "PROPN", "nmod:poss", 4, "PERSON"), ("'s", "PART", "case", 2, ""),
            ("streets", "NOUN", "obj", 1, ""), (".", "PUNCT", "punct", 1, "")]
    text = " ".join(r[0] for r in rows)
    event = located(stage, rows, "patrolled", mentions=(_unresolved(text, "Grozny", "person"),))
    assert event.place is not None and event.place.country_code == "RUS"


def test_an_unresolved_passive_subject_of_capture_stays_a_person(stage):
    # "Grozny was captured by militiamen ." : a hostage's name, not ground
    rows = [("Grozny", "PROPN", "nsubj:pass", 2, "PERSON"), ("was", "AUX", "aux:pass", 2, ""),
            ("captured", "VERB", "ROOT", 2, ""), ("by", "ADP", "case", 4, ""),
            ("militiamen", "NOUN", "obl:agent", 2, ""), (".", "PUNCT", "punct", 2, "")]
    text = " ".join(r[0] for r in rows)
    event = located(stage, rows, "captured", mentions=(_unresolved(text, "Grozny", "person"),))
    assert event.place is None


def test_a_longer_gazetteer_name_covers_a_clipped_location_mention(stage):
    # "Activists demonstrated in Tel Aviv ." with the actors stage's location mention "Aviv"
    rows = [("Activists", "NOUN", "nsubj", 1, ""), ("demonstrated", "VERB", "ROOT", 1, ""),
            ("in", "ADP", "case", 3, ""), ("Tel", "PROPN", "obl", 1, ""),
            ("Aviv", "PROPN", "flat", 3, "GPE"), (".", "PUNCT", "punct", 1, "")]
    text = " ".join(r[0] for r in rows)
    event = located(stage, rows, "demonstrated", mentions=(mention_at(text, "Aviv", "location"),))
    assert event.place_text == "Tel Aviv" and event.place.country_code == "ISR"


@pytest.mark.parametrize("text, name, expected", [
    ("Hamburg Wednesday", "Hamburg", "Hamburg"), ("Mosul province", "Mosul", "Mosul"),
    ("Aden defying anti", "Aden", "Aden"), ("Gulf of Aden", "Aden", "Gulf of Aden"),
    ("Tel Aviv", "Tel Aviv", "Tel Aviv"),
])
def test_the_place_text_drops_descriptors_around_the_name(stage, text, name, expected):
    place = stage.gazetteer.lookup(name)[0].place
    assert place_name_in(text, place, stage.gazetteer) == expected
