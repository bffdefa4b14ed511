"""The event-location rules beyond the trigger's own phrase, on hand-built parses."""
from __future__ import annotations

import pytest

from lapwing.errors import ResourceError
from lapwing.geo.resources import load_territorial_verbs
from lapwing.inflection import inflections
from lapwing.geo.stage import GeoStage
from lapwing.model import Actor

from test_geo_stage import build_doc, mention_at


@pytest.fixture(scope="module")
def stage(tmp_path_factory) -> GeoStage:
    return GeoStage({"min_population": 15000}, {}, cache_dir=tmp_path_factory.mktemp("geo-cache"))


def located(stage: GeoStage, rows, trigger: str, mentions=()):
    (event,) = stage(build_doc(rows, trigger=trigger, mentions=mentions)).events
    return event


# "He was shot while covering clashes in Gaza ."
WHILE_COVERING = [("He", "PRON", "nsubj:pass", 2, ""), ("was", "AUX", "aux:pass", 2, ""),
                  ("shot", "VERB", "ROOT", 2, ""), ("while", "SCONJ", "mark", 4, ""),
                  ("covering", "VERB", "advcl", 2, ""), ("clashes", "NOUN", "obj", 4, ""),
                  ("in", "ADP", "case", 7, ""), ("Gaza", "PROPN", "nmod", 5, "GPE"),
                  (".", "PUNCT", "punct", 2, "")]


def test_concurrent_clause_gives_the_place(stage):
    event = located(stage, WHILE_COVERING, "shot")
    assert event.place_text == "Gaza"
    assert event.provenance[-1].rule == "event_location.locative.concurrent_clause"


def test_destination_in_a_later_clause_is_not_the_place(stage):
    # "He was arrested before fleeing to Turkey ." : "before" is no concurrent marker
    rows = [("He", "PRON", "nsubj:pass", 2, ""), ("was", "AUX", "aux:pass", 2, ""),
            ("arrested", "VERB", "ROOT", 2, ""), ("before", "SCONJ", "mark", 4, ""),
            ("fleeing", "VERB", "advcl", 2, ""), ("to", "ADP", "case", 6, ""),
            ("Turkey", "PROPN", "obl", 4, "GPE"), (".", "PUNCT", "punct", 2, "")]
    assert located(stage, rows, "arrested").place is None
    # "... as he fled to Turkey ." : concurrent, but "to" is a destination
    rows[3] = ("as", "SCONJ", "mark", 4, "")
    assert located(stage, rows, "arrested").place is None


def test_locative_of_a_conjoined_verb_is_shared(stage):
    # "Gunmen shot two soldiers and wounded five in Fallujah ."
    rows = [("Gunmen", "NOUN", "nsubj", 1, ""), ("shot", "VERB", "ROOT", 1, ""),
            ("two", "NUM", "nummod", 3, ""), ("soldiers", "NOUN", "obj", 1, ""),
            ("and", "CCONJ", "cc", 5, ""), ("wounded", "VERB", "conj", 1, ""),
            ("five", "NUM", "obj", 5, ""), ("in", "ADP", "case", 8, ""),
            ("Fallujah", "PROPN", "obl", 5, "GPE"), (".", "PUNCT", "punct", 1, "")]
    event = located(stage, rows, "shot")
    assert event.place.country_code == "IRQ"
    assert event.provenance[-1].rule == "event_location.locative"


def test_fronted_locative_sets_the_scene(stage):
    # "In Vienna, thousands of people, many festooned in the rainbow colours of the gay
    # community, marched." with "Vienna" hung on the participle, too far for the surface search
    rows = [("In", "ADP", "case", 1, ""), ("Vienna", "PROPN", "obl", 8, "GPE"),
            (",", "PUNCT", "punct", 1, ""), ("thousands", "NOUN", "nsubj", 17, ""),
            ("of", "ADP", "case", 5, ""), ("people", "NOUN", "nmod", 3, ""),
            (",", "PUNCT", "punct", 3, ""), ("many", "ADJ", "amod", 8, ""),
            ("festooned", "NOUN", "advcl", 17, ""), ("in", "ADP", "case", 11, ""),
            ("rainbow", "NOUN", "compound", 11, ""), ("colours", "NOUN", "obl", 8, ""),
            ("of", "ADP", "case", 15, ""), ("the", "DET", "det", 15, ""),
            ("gay", "ADJ", "amod", 15, ""), ("community", "NOUN", "nmod", 11, ""),
            (",", "PUNCT", "punct", 8, ""), ("marched", "VERB", "ROOT", 17, ""),
            (".", "PUNCT", "punct", 17, "")]
    event = located(stage, rows, "marched")
    assert event.place.country_code == "AUT"
    assert event.provenance[-1].rule == "event_location.fronted_locative"


CAPTURED_LIBERIA = [("Rebels", "NOUN", "nsubj", 1, ""), ("captured", "VERB", "ROOT", 1, ""),
                    ("much", "ADJ", "obj", 1, ""), ("of", "ADP", "case", 4, ""),
                    ("Liberia", "PROPN", "nmod", 2, "GPE"), (".", "PUNCT", "punct", 1, "")]


def test_country_is_the_ground_of_a_territorial_verb(stage):
    event = located(stage, CAPTURED_LIBERIA, "captured")
    assert event.place.country_code == "LBR" and event.provenance[-1].rule == "event_location.target"


def test_country_modifying_a_person_is_not_ground(stage):
    # "Police captured Haiti 's leader ."
    rows = [("Police", "NOUN", "nsubj", 1, ""), ("captured", "VERB", "ROOT", 1, ""),
            ("Haiti", "PROPN", "nmod:poss", 4, "GPE"), ("'s", "PART", "case", 2, ""),
            ("leader", "NOUN", "obj", 1, ""), (".", "PUNCT", "punct", 1, "")]
    assert located(stage, rows, "captured").place is None


def test_capital_standing_for_its_state(stage):
    # "The army captured Seoul ." vs "Washington criticised Moscow ."
    rows = [("The", "DET", "det", 1, ""), ("army", "NOUN", "nsubj", 2, ""),
            ("captured", "VERB", "ROOT", 2, ""), ("Seoul", "PROPN", "obj", 2, "GPE"),
            (".", "PUNCT", "punct", 2, "")]
    text = " ".join(r[0] for r in rows)
    seoul = mention_at(text, "Seoul", "organization",
                       actor=Actor(name="South Korea", code="KOR", country="KOR", kind="country"))
    event = located(stage, rows, "captured", mentions=(seoul,))
    assert event.place.country_code == "KOR"
    rows = [("Washington", "PROPN", "nsubj", 1, "GPE"), ("criticised", "VERB", "ROOT", 1, ""),
            ("Moscow", "PROPN", "obj", 1, "GPE"), (".", "PUNCT", "punct", 1, "")]
    text = " ".join(r[0] for r in rows)
    moscow = mention_at(text, "Moscow", "organization",
                        actor=Actor(name="Russia", code="RUS", country="RUS", kind="country"))
    event = located(stage, rows, "criticised", mentions=(moscow,))
    assert event.place is None
    # the state mention still names a place
    doc = stage(build_doc(rows, trigger="criticised", mentions=(moscow,)))
    assert next(m for m in doc.mentions if m.text == "Moscow").place.country_code == "RUS"


def test_country_modifier_in_a_locative_phrase_is_an_actor(stage):
    # "Five were killed in a US strike ."
    rows = [("Five", "NUM", "nsubj:pass", 2, ""), ("were", "AUX", "aux:pass", 2, ""),
            ("killed", "VERB", "ROOT", 2, ""), ("in", "ADP", "case", 6, ""),
            ("a", "DET", "det", 6, ""), ("US", "PROPN", "compound", 6, "GPE"),
            ("strike", "NOUN", "obl", 2, ""), (".", "PUNCT", "punct", 2, "")]
    assert located(stage, rows, "killed").place is None


def test_unresolved_person_after_a_locative_cue_is_a_place(stage):
    # "Troops shot two rebels in Papua ." with the parser's PERSON guess on "Papua"
    rows = [("Troops", "NOUN", "nsubj", 1, ""), ("shot", "VERB", "ROOT", 1, ""),
            ("two", "NUM", "nummod", 3, ""), ("rebels", "NOUN", "obj", 1, ""),
            ("in", "ADP", "case", 5, ""), ("Papua", "PROPN", "obl", 1, "PERSON"),
            (".", "PUNCT", "punct", 1, "")]
    text = " ".join(r[0] for r in rows)
    papua = mention_at(text, "Papua", "person", actor=Actor(name="Papua", kind="person"))
    event = located(stage, rows, "shot", mentions=(papua,))
    assert event.place is not None and event.place_text == "Papua"
    # a resolved person is left alone
    known = mention_at(text, "Papua", "person",
                       actor=Actor(name="Papua", code="IDN", country="IDN", kind="person",
                                   entry_id="person/x"))
    assert located(stage, rows, "shot", mentions=(known,)).place is None


def test_territorial_verbs_file_and_inflections(tmp_path):
    words = load_territorial_verbs()
    assert {"capture", "captured", "patrolled", "patrolling", "bombed", "seizes"} <= words
    assert "criticised" not in words
    assert inflections("occupy", "verb") >= {"occupied", "occupies", "occupying"}
    bad = tmp_path / "verbs.csv"
    bad.write_text("# comment\nlemma\ncapture\nShell\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"verbs\.csv:4: lemma 'Shell'"):
        load_territorial_verbs(bad)
