"""``.argument_clause``: a place in a clause describing one of the event's participants, on
hand-built parses of invented sentences."""
from __future__ import annotations

import pytest

from lapwing.geo.stage import GeoStage

from test_geo_stage import build_doc


@pytest.fixture(scope="module")
def stage(tmp_path_factory) -> GeoStage:
    return GeoStage({"min_population": 15000}, {}, cache_dir=tmp_path_factory.mktemp("geo-cache"))


def located(stage: GeoStage, rows, trigger: str):
    (event,) = stage(build_doc(rows, trigger=trigger)).events
    return event


# "Troops killed ten militants who tried to storm the town of Kirkuk ."
RELATIVE_TARGET = [("Troops", "NOUN", "nsubj", 1, ""), ("killed", "VERB", "ROOT", 1, ""),
                   ("ten", "NUM", "nummod", 3, ""), ("militants", "NOUN", "obj", 1, ""),
                   ("who", "PRON", "nsubj", 5, ""), ("tried", "VERB", "acl:relcl", 3, ""),
                   ("to", "PART", "mark", 7, ""), ("storm", "VERB", "xcomp", 5, ""),
                   ("the", "DET", "det", 9, ""), ("town", "NOUN", "obj", 7, ""),
                   ("of", "ADP", "case", 11, ""), ("Kirkuk", "PROPN", "nmod", 9, "GPE"),
                   (".", "PUNCT", "punct", 1, "")]
# "Police arrested two men who work in a factory in Lahore ." (the relative pronoun left out)
PARTICIPLE = [("Police", "NOUN", "nsubj", 1, ""), ("arrested", "VERB", "ROOT", 1, ""),
              ("two", "NUM", "nummod", 3, ""), ("men", "NOUN", "obj", 1, ""),
              ("work", "VERB", "acl:relcl", 3, ""), ("in", "ADP", "case", 7, ""),
              ("a", "DET", "det", 7, ""), ("factory", "NOUN", "obl", 4, ""),
              ("in", "ADP", "case", 9, ""), ("Lahore", "PROPN", "nmod", 7, "GPE"),
              (".", "PUNCT", "punct", 1, "")]


@pytest.mark.parametrize("rows, trigger, country, rule", [
    (RELATIVE_TARGET, "killed", "IRQ", "event_location.target.argument_clause"),
    (PARTICIPLE, "arrested", "PAK", "event_location.locative.argument_clause"),
])
def test_a_participant_s_clause_gives_the_place(stage, rows, trigger, country, rule):
    event = located(stage, rows, trigger)
    assert event.place is not None and event.place.country_code == country
    assert event.provenance[-1].rule == rule


def test_a_destination_in_the_participant_s_clause_is_not_the_place(stage):
    # "Guards shot two men who fled to Kirkuk ."
    rows = [("Guards", "NOUN", "nsubj", 1, ""), ("shot", "VERB", "ROOT", 1, ""),
            ("two", "NUM", "nummod", 3, ""), ("men", "NOUN", "obj", 1, ""),
            ("who", "PRON", "nsubj", 5, ""), ("fled", "VERB", "acl:relcl", 3, ""),
            ("to", "ADP", "case", 7, ""), ("Kirkuk", "PROPN", "obl", 5, "GPE"),
            (".", "PUNCT", "punct", 1, "")]
    assert located(stage, rows, "shot").place is None


def test_the_agent_s_clause_is_not_the_place(stage):
    # "The zone is patrolled by troops who have bases in Kirkuk ."
    rows = [("The", "DET", "det", 1, ""), ("zone", "NOUN", "nsubj:pass", 3, ""),
            ("is", "AUX", "aux:pass", 3, ""), ("patrolled", "VERB", "ROOT", 3, ""),
            ("by", "ADP", "case", 5, ""), ("troops", "NOUN", "obl:agent", 3, ""),
            ("who", "PRON", "nsubj", 7, ""), ("have", "VERB", "acl:relcl", 5, ""),
            ("bases", "NOUN", "obj", 7, ""), ("in", "ADP", "case", 10, ""),
            ("Kirkuk", "PROPN", "nmod", 8, "GPE"), (".", "PUNCT", "punct", 3, "")]
    assert located(stage, rows, "patrolled").place is None


def test_the_trigger_s_own_place_comes_first(stage):
    # "Troops killed ten militants in Mosul who tried to storm the town of Kirkuk ."
    rows = RELATIVE_TARGET[:4] + [("in", "ADP", "case", 5, ""), ("Mosul", "PROPN", "obl", 1, "GPE")]
    rows += [(t, p, d, h + 2 if h > 3 else h, e) for t, p, d, h, e in RELATIVE_TARGET[4:]]
    rows[-1] = (".", "PUNCT", "punct", 1, "")
    event = located(stage, rows, "killed")
    assert event.place_text == "Mosul"
