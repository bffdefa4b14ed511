"""Round 66 of event coding (found on the news audit's pass 66 texts): the name opening a
sentence, hung on a passive verb as an adverb, is its subject ("Barbot, who worked as a
technician ..., was shot dead"); a passive's subject that the recogniser took for a place and no
gazetteer knows is a person taken, not ground ("Badini was captured ... during a raid"). Hand-
built parses as the bundled parser gives them, with guard tests."""
from __future__ import annotations

from events_builders import as_cities, build_doc, dyads, spec_tokens, event_stage as stage  # noqa: F401 - a fixture

from lapwing.events.parse_repair import repair_parse


def _shot(first_pos: str):
    # Barbot , a technician , was shot .
    return [("Barbot", "Barbot", first_pos, "NNP", "advmod", 6), (",", ",", "PUNCT", ",", "punct", 3),
            ("a", "a", "DET", "DT", "det", 3), ("technician", "technician", "NOUN", "NN", "appos", 0),
            (",", ",", "PUNCT", ",", "punct", 0), ("was", "be", "AUX", "VBD", "aux:pass", 6),
            ("shot", "shoot", "VERB", "VBN", "root", -1), (".", ".", "PUNCT", ".", "punct", 6)]


def test_the_opening_name_hung_as_an_adverb_is_the_passive_subject():
    tokens, repairs = repair_parse(spec_tokens(_shot("PROPN")), named=lambda t: False)
    assert "passive-by-form" in [r.rule for r in repairs]
    assert tokens[0].dep == "nsubj:pass"


def test_an_opening_adverb_stays_one():
    """Guard: "Later, ... was shot": an adverb (no name) is no subject."""
    spec = _shot("ADV")
    spec[0] = ("Later", "later", "ADV", "RB", "advmod", 6)
    tokens, _ = repair_parse(spec_tokens(spec), named=lambda t: False)
    assert tokens[0].dep == "advmod"


def _captured(name: str):
    # NAME was captured by Indonesian troops .
    return [(name, name, "PROPN", "NNP", "nsubj:pass", 2), ("was", "be", "AUX", "VBD", "aux:pass", 2),
            ("captured", "capture", "VERB", "VBN", "root", -1), ("by", "by", "ADP", "IN", "case", 5),
            ("Indonesian", "Indonesian", "ADJ", "JJ", "amod", 5), ("troops", "troops", "NOUN", "NNS", "obl:agent", 2),
            (".", ".", "PUNCT", ".", "punct", 2)]


def test_an_unknown_place_name_captured_is_a_person_taken(stage):
    actors = {"Gusmao": (None, None), "troops": ("IDNMIL", "IDN")}
    doc = stage(as_cities(build_doc([_captured("Gusmao")], actors), {"Gusmao"}))
    assert {d[0] for d in dyads(doc)} == {"COERCE"}


def test_a_known_place_captured_is_ground_taken(stage):
    """Guard: "Dili was captured by Indonesian troops" took ground (a place resolved to a country)."""
    actors = {"Dili": ("TLS", "TLS"), "troops": ("IDNMIL", "IDN")}
    doc = stage(as_cities(build_doc([_captured("Dili")], actors), {"Dili"}))
    assert {d[0] for d in dyads(doc)} == {"ASSAULT"}
